import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import { ElMessageBox } from 'element-plus'
import { useFormSnapshot, useUnsavedGuard } from './useUnsavedGuard'

vi.mock('element-plus', async (orig) => {
  const mod = await orig<typeof import('element-plus')>()
  return { ...mod, ElMessageBox: { confirm: vi.fn() } }
})

const form = reactive({ name: '' })
let markClean: () => void = () => {}

const FormPage = defineComponent({
  setup() {
    const snap = useFormSnapshot(() => form)
    markClean = snap.markClean
    useUnsavedGuard(snap.dirty)
    return () => h('input')
  },
})

let router: Router

beforeEach(async () => {
  form.name = ''
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/form', name: 'form', component: FormPage },
      { path: '/other', name: 'other', component: { render: () => null } },
      { path: '/login', name: 'login', component: { render: () => null } },
    ],
  })
  router.push('/form')
  await router.isReady()
  mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [router] } })
  await nextTick()
})

afterEach(() => vi.mocked(ElMessageBox.confirm).mockReset())

describe('useUnsavedGuard', () => {
  it('leaves an untouched form without asking', async () => {
    await router.push('/other')
    expect(ElMessageBox.confirm).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('other')
  })

  it('asks before leaving a changed form and stays when told to', async () => {
    form.name = '张伟'
    vi.mocked(ElMessageBox.confirm).mockResolvedValue({ action: 'confirm' } as never) // 留在此页 is the primary button
    await router.push('/other')
    expect(ElMessageBox.confirm).toHaveBeenCalledWith('有未保存的内容，确定离开吗？', expect.any(String), expect.any(Object))
    expect(router.currentRoute.value.name).toBe('form')
    expect(form.name).toBe('张伟')
  })

  it('leaves a changed form when the operator chooses to', async () => {
    form.name = '张伟'
    vi.mocked(ElMessageBox.confirm).mockRejectedValue('cancel') // 离开
    await router.push('/other')
    expect(router.currentRoute.value.name).toBe('other')
  })

  it('stays when the question is closed without an answer', async () => {
    form.name = '张伟'
    vi.mocked(ElMessageBox.confirm).mockRejectedValue('close')
    await router.push('/other')
    expect(router.currentRoute.value.name).toBe('form')
  })

  it('does not ask after a save, nor on the way to the login page', async () => {
    form.name = '张伟'
    markClean()
    await router.push('/other')
    expect(router.currentRoute.value.name).toBe('other')
    await router.push('/form')
    await nextTick()
    form.name = '李秀英'
    await router.push('/login')
    expect(ElMessageBox.confirm).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('asks the browser before the tab is closed or reloaded with changes', async () => {
    const quiet = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(quiet)
    expect(quiet.defaultPrevented).toBe(false)
    form.name = '张伟'
    const loud = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(loud)
    expect(loud.defaultPrevented).toBe(true)
  })
})
