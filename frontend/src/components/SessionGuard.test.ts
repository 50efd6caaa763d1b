import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import SessionGuard from './SessionGuard.vue'
import { useSession } from '../stores/session'
import { call } from '../api/call'
import * as system from '../api/system'
import * as auth from '../api/auth'

vi.mock('../api/system', () => ({ getStatus: vi.fn() }))
vi.mock('../api/auth', () => ({ login: vi.fn(), logout: vi.fn() }))

const operator = { id: 3, username: 'wangfang', name: '王芳', role: 'clerk' }
const signedIn = () => ({ operator, permissions: ['cases.handle'], idleMinutes: 30, idleSeconds: 20 })
let wrapper: VueWrapper

beforeEach(async () => {
  vi.useFakeTimers()
  setActivePinia(createPinia())
  useSession().status = signedIn() as never
  vi.mocked(system.getStatus).mockImplementation(() => call(() => Promise.resolve(signedIn() as never)))
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }, { path: '/login', name: 'login', component: { render: () => null } }] })
  await call(() => Promise.resolve()) // the server's last answer: now
  wrapper = mount(SessionGuard, { global: { plugins: [ElementPlus, router] }, attachTo: document.body })
})

afterEach(() => {
  wrapper.unmount()
  vi.useRealTimers()
  vi.clearAllMocks()
})

const visible = (testid: string) => {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
  return !!el && el.closest<HTMLElement>('.el-overlay')?.style.display !== 'none'
}

async function wait(ms: number) {
  for (let i = 0; i < ms / 1000; i++) {
    vi.advanceTimersByTime(1000)
    await flushPromises()
  }
}

describe('SessionGuard', () => {
  it('keeps the session alive while the operator types, without any other request', async () => {
    await wait(3000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    await wait(3000)
    expect(system.getStatus).toHaveBeenCalledTimes(1) // 5 s (a quarter of 20 s) after the last answer
    await wait(8000) // 14 s after the keep-alive: no warning yet
    expect(visible('idle-countdown')).toBe(false)
  })

  it('warns before the idle logout with a countdown; 继续工作 keeps the session', async () => {
    await wait(16000)
    expect(visible('idle-countdown')).toBe(true)
    expect(document.querySelector('[data-testid="idle-countdown"]')!.textContent).toContain('4 秒后将自动退出登录')
    ;(document.querySelector('[data-testid="idle-keep"]') as HTMLElement).click()
    await wait(1000)
    expect(system.getStatus).toHaveBeenCalled()
    expect(visible('idle-countdown')).toBe(false)
  })

  it('once the server has ended the session, signs in again over the page and completes the save', async () => {
    vi.mocked(system.getStatus).mockImplementation(() => call(() => Promise.resolve({ operator: null } as never)))
    await wait(22000)
    expect(visible('reauth-dialog')).toBe(true)
    expect((document.querySelector('input[data-testid="reauth-username"]') as HTMLInputElement).value).toBe('wangfang')

    // a save that meets the ended session waits for the same dialog, then goes through
    const save = vi.fn().mockRejectedValueOnce('{"code":"unauthenticated","message":"请先登录"}').mockResolvedValueOnce('saved')
    const saving = call(save)
    await flushPromises()
    vi.mocked(auth.login).mockResolvedValue(operator as never)
    vi.mocked(system.getStatus).mockImplementation(() => call(() => Promise.resolve(signedIn() as never)))
    const pw = document.querySelector('input[data-testid="reauth-password"]') as HTMLInputElement
    pw.value = 'pass-wang'
    pw.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid="reauth-submit"]') as HTMLElement).click()
    await flushPromises()
    expect(auth.login).toHaveBeenCalledWith('wangfang', 'pass-wang')
    await expect(saving).resolves.toBe('saved')
    expect(save).toHaveBeenCalledTimes(2)
  })
})
