import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { app } from '../../wailsjs/go/models'
import { useSession } from '../stores/session'
import CalendarNotice from './CalendarNotice.vue'

let pinia: Pinia
const wrappers: VueWrapper[] = []

function signIn(role: string, permissions: string[]) {
  useSession().status = app.Status.createFrom({
    needsSetup: false, hallName: '乌兰木伦镇便民服务大厅', township: '乌兰木伦镇', version: 'test',
    operator: { id: role === 'admin' ? 1 : 2, username: role, name: '王丽娜', role, roleLabel: '', phone: '', active: true, lockedUntil: '', createdAt: '' },
    permissions, idleMinutes: 30, today: '2026-12-06',
  })
}

async function mountNotice(years: number[]) {
  const w = mount(CalendarNotice, { props: { years }, global: { plugins: [pinia, ElementPlus], stubs: { RouterLink: RouterLinkStub } } })
  wrappers.push(w)
  await flushPromises()
  return w
}

beforeEach(() => {
  sessionStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  while (wrappers.length) wrappers.pop()!.unmount()
})

describe('CalendarNotice', () => {
  it('tells a clerk once per session, quietly, and can be closed', async () => {
    signIn('clerk', ['cases.intake'])
    const first = await mountNotice([2027])
    const note = first.find('[data-testid="calendar-missing"]')
    expect(note.exists()).toBe(true)
    expect(note.classes()).toContain('calendar-quiet')
    expect(first.find('.el-alert--warning').exists()).toBe(false)
    expect(first.findComponent(RouterLinkStub).exists()).toBe(false)
    expect(note.text()).toContain('2027 年工作日历尚未核对')
    await first.find('[data-testid="calendar-missing-close"]').trigger('click')
    expect(first.find('[data-testid="calendar-missing"]').exists()).toBe(false)

    const next = await mountNotice([2027]) // the next page of the same session
    expect(next.find('[data-testid="calendar-missing"]').exists()).toBe(false)
  })

  it('shows the administrator what to do, on every page', async () => {
    signIn('admin', ['calendar.manage'])
    for (let i = 0; i < 2; i++) {
      const w = await mountNotice([2027])
      expect(w.find('.el-alert--warning').exists()).toBe(true)
      expect(w.text()).toContain('请在“工作日历”中按国务院放假通知核对录入')
      expect(w.findComponent(RouterLinkStub).props('to')).toEqual({ name: 'admin-calendar' })
    }
  })

  it('shows nothing when no year is missing', async () => {
    signIn('clerk', ['cases.intake'])
    const w = await mountNotice([])
    expect(w.find('[data-testid="calendar-missing"]').exists()).toBe(false)
  })
})
