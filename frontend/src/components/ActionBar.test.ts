import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { h } from 'vue'
import ActionBar from './ActionBar.vue'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

type A = { action: string; label: string }

function bar(actions: A[], picked: A[] = []) {
  wrapper = mount(ActionBar, {
    props: {
      actions,
      buttonType: (a: A) => (a.action === 'close' ? 'danger' : 'primary'),
      buttonTestid: (a: string) => `act-${a}`,
      emptyText: '当前没有可进行的操作',
      onPick: (a: A) => picked.push(a),
    },
    slots: { default: () => h('button', { 'data-testid': 'extra' }, '关联办件') },
    global: { plugins: [ElementPlus] },
  })
  return wrapper
}

describe('ActionBar', () => {
  it('draws a button per allowed action, close plain and red, and emits the clicked one', async () => {
    const picked: A[] = []
    const w = bar([{ action: 'start', label: '开始办理' }, { action: 'close', label: '销号' }], picked)
    const start = w.get('[data-testid="act-start"]')
    const close = w.get('[data-testid="act-close"]')
    expect(start.text()).toBe('开始办理')
    expect(start.classes()).toContain('el-button--primary')
    expect(close.classes()).toEqual(expect.arrayContaining(['el-button--danger', 'is-plain']))
    await close.trigger('click')
    expect(picked).toEqual([{ action: 'close', label: '销号' }])
    expect(w.text()).not.toContain('当前没有可进行的操作')
    expect(w.find('[data-testid="extra"]').exists()).toBe(true)
  })

  it('says why when no action is allowed', () => {
    const w = bar([])
    expect(w.findAll('.el-button')).toHaveLength(0)
    expect(w.text()).toContain('当前没有可进行的操作')
  })
})
