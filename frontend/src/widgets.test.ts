import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import { firstWidgets, installFirstWidgets, loadAllWidgets } from './widgets'

const first = import.meta.glob(['./views/LoginView.vue', './views/SetupView.vue', './App.vue'],
  { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** tagsOf lists the Element Plus tags (el-form-item → ElFormItem) in a component's source. */
function tagsOf(src: string): string[] {
  const pascal = (name: string) => name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')
  return [...new Set([...src.matchAll(/<el-([a-z-]+)/g)].map((m) => 'El' + pascal(m[1])))]
}

describe('widgets', () => {
  it('registers the first screens\u2019 widgets at once and the rest only when asked, once', async () => {
    const app = createApp({ render: () => null })
    installFirstWidgets(app)
    expect(app.component('ElButton')).toBeDefined()
    expect(app.config.globalProperties.$message).toBeDefined()
    expect(app.component('ElTable')).toBeUndefined()
    expect(app._context.directives.loading).toBeUndefined()
    const first = loadAllWidgets()
    expect(loadAllWidgets()).toBe(first)
    await first
    expect(app.component('ElTable')).toBeDefined()
    expect(app.component('ElDatePicker')).toBeDefined()
    expect(app._context.directives.loading).toBeDefined()
  })

  it('covers every widget of the screens drawn before the rest has loaded', () => {
    const have = new Set(firstWidgets.map((c) => c.name))
    expect(Object.keys(first)).toHaveLength(3)
    expect(tagsOf(first['./views/LoginView.vue'])).toContain('ElFormItem')
    for (const [file, src] of Object.entries(first)) {
      const missing = tagsOf(src).filter((t) => !have.has(t))
      expect(missing, file).toEqual([])
    }
  })
})
