import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { h } from 'vue'
import RecordHeader from './RecordHeader.vue'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function header(number?: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/petitions/:id', name: 'petition', component: { render: () => null } },
      { path: '/petitions', name: 'petitions', component: { render: () => null } },
    ],
  })
  await router.push('/petitions/3')
  wrapper = mount(RecordHeader, {
    props: { title: '信访事项', number, numberTestid: 'no', fallback: 'petitions' },
    slots: { default: () => h('span', { 'data-testid': 'tag' }, '已受理'), tools: () => h('button', { 'data-testid': 'print' }, '打印') },
    global: { plugins: [ElementPlus, router] },
  })
  return { w: wrapper, router }
}

describe('RecordHeader', () => {
  it('shows the title, number and tags once the record is there', async () => {
    const { w } = await header('2026X0003')
    expect(w.get('h1').text()).toBe('信访事项 2026X0003')
    expect(w.get('[data-testid="no"]').text()).toBe('2026X0003')
    expect(w.find('[data-testid="tag"]').exists()).toBe(true)
    expect(w.find('[data-testid="print"]').exists()).toBe(true)
  })

  it('before it is loaded shows only 返回, which goes to the fallback page when opened directly', async () => {
    const { w, router } = await header(undefined)
    expect(w.find('h1').exists()).toBe(false)
    expect(w.find('[data-testid="tag"]').exists()).toBe(false)
    const back = w.get('button')
    expect(back.text()).toBe('返回')
    await back.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('petitions')
  })
})
