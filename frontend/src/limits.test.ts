import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElInput } from 'element-plus'
import { h } from 'vue'
import { limits } from './generated/limits'

// Every .vue source, as text: the forms whose maxlength must be the server's limit.
const sources = import.meta.glob('./**/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

describe('form length limits', () => {
  it('take every maxlength from the generated limits, never a typed number', () => {
    const typed = Object.entries(sources)
      .filter(([, text]) => /(?<![\w-])maxlength="\d+"|:maxlength="\d+"/.test(text))
      .map(([file]) => file)
    expect(typed).toEqual([])
  })

  it('name only limits the server defines', () => {
    const named = new Set<string>()
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/:maxlength="limits\.(\w+)"/g)) named.add(m[1])
    }
    expect(named.size).toBeGreaterThan(50)
    for (const name of named) expect(limits, name).toHaveProperty(name)
  })

  it('let a search box take 40 Chinese characters, as the server does', () => {
    expect(limits.query).toBe(40)
    const w = mount({ render: () => h(ElInput, { modelValue: '', maxlength: limits.query }) }, { global: { plugins: [ElementPlus] } })
    expect(w.find('input').attributes('maxlength')).toBe('40')
    // the browser counts UTF-16 code units and the server characters: a common Chinese character is one
    // in both, and a rare one (two code units) only makes the form stricter than the server
    expect('群'.repeat(40).length).toBe(40)
  })
})
