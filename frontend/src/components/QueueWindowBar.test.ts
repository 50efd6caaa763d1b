import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '../stores/session'
import { app } from '../../wailsjs/go/models'
import * as queue from '../api/queue'
import * as events from '../api/events'
import QueueWindowBar from './QueueWindowBar.vue'

vi.mock('../api/queue', () => ({
  myWindow: vi.fn(),
  refreshWindow: vi.fn(),
  callNext: vi.fn(),
  recall: vi.fn(),
  noShow: vi.fn(),
  transfer: vi.fn(),
  finishTicket: vi.fn(),
  pauseWindow: vi.fn(),
  resumeWindow: vi.fn(),
  startTicket: vi.fn(),
}))
vi.mock('../api/events', () => ({ openEvents: vi.fn(() => () => {}) }))

const api = vi.mocked(queue)
let wrapper: VueWrapper | null = null

function panel(current: Partial<queue.Ticket> | null, more: Partial<queue.WindowPanel> = {}): queue.WindowPanel {
  return {
    hasWindow: true,
    window: { no: 1, name: 'W', groupIds: [1], groupNames: [], operatorId: 2, operatorName: '', paused: false, version: 1 },
    current: current ? ({ id: 7, number: 'A001', status: 'called', statusLabel: '', groupId: 1, priorityLabel: '', ...current } as queue.Ticket) : null,
    waiting: 2,
    noShows: [],
    windows: [],
    groups: [],
    noShowMinutes: 3,
    ...more,
  } as unknown as queue.WindowPanel
}

async function mountBar(perms = ['queue.serve']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSession().status = app.Status.createFrom({ needsSetup: false, hallName: 'H', operator: { id: 2, name: 'N', role: 'clerk' }, permissions: perms })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }, { path: '/counter', name: 'counter', component: { render: () => null } }] })
  await router.push('/')
  wrapper = mount(QueueWindowBar, { global: { plugins: [ElementPlus, pinia, router] }, attachTo: document.body })
  await flushPromises()
  return router
}

const find = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

beforeEach(() => vi.clearAllMocks())
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('QueueWindowBar', () => {
  it('stays hidden for an operator whose seat has no window, and for one who may not serve', async () => {
    api.myWindow.mockResolvedValue(panel(null, { hasWindow: false }))
    await mountBar()
    expect(find('queue-bar').exists()).toBe(false)
    wrapper!.unmount()
    await mountBar(['cases.view'])
    expect(api.myWindow).toHaveBeenCalledTimes(1)
    expect(find('queue-bar').exists()).toBe(false)
  })

  it('calls the next citizen on F2 and shows the number', async () => {
    api.myWindow.mockResolvedValue(panel(null))
    api.callNext.mockResolvedValue(panel({ number: 'A002' }))
    await mountBar()
    expect(find('queue-current').text()).not.toContain('A0')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', bubbles: true }))
    await flushPromises()
    expect(api.callNext).toHaveBeenCalledTimes(1)
    expect(find('queue-current').text()).toBe('A002')
    expect(find('queue-call').attributes('disabled')).toBeDefined()
  })

  it('开始受理 opens the counter with the resident and the ticket', async () => {
    api.myWindow.mockResolvedValue(panel({ id: 9, number: 'B003' }))
    api.startTicket.mockResolvedValue({ ticket: { id: 9, number: 'B003' }, residentId: 41, idNumber: '' } as unknown as queue.TicketStart)
    const router = await mountBar()
    await find('queue-start').trigger('click')
    await flushPromises()
    expect(api.startTicket).toHaveBeenCalledWith(9)
    expect(router.currentRoute.value.name).toBe('counter')
    expect(router.currentRoute.value.query).toEqual({ ticket: '9', ticketNo: 'B003', applicant: '41' })
  })

  it('继续受理 reopens the counter for a ticket already served, without starting it again', async () => {
    api.myWindow.mockResolvedValue(panel({ id: 9, number: 'B003', status: 'serving', residentId: 41 }))
    const router = await mountBar()
    expect(find('queue-start').text()).toBe('继续受理')
    await find('queue-start').trigger('click')
    await flushPromises()
    expect(api.startTicket).not.toHaveBeenCalled()
    expect(router.currentRoute.value.query).toEqual({ ticket: '9', ticketNo: 'B003', applicant: '41' })
  })

  it('re-reads itself quietly when the hall says the queue changed', async () => {
    api.myWindow.mockResolvedValue(panel(null))
    api.refreshWindow.mockResolvedValue(panel(null, { waiting: 5 }))
    await mountBar()
    const onEvent = vi.mocked(events.openEvents).mock.calls[0][0]
    onEvent({ seq: 1, kind: 'queue', at: '' })
    await flushPromises()
    expect(api.refreshWindow).toHaveBeenCalledTimes(1)
    expect(api.myWindow).toHaveBeenCalledTimes(1) // the first read only
    expect(find('queue-waiting').text()).toContain('5')
  })

  it('offers 未到 first once the called citizen is past the hall\'s 过号 time', async () => {
    api.myWindow.mockResolvedValue(panel({ calledAt: new Date(Date.now() - 10 * 60_000).toISOString() }))
    await mountBar()
    expect(find('queue-noshow').classes()).toContain('el-button--warning')
    wrapper!.unmount()
    api.myWindow.mockResolvedValue(panel({ calledAt: new Date(Date.now() - 60_000).toISOString() }))
    await mountBar()
    expect(find('queue-noshow').classes()).not.toContain('el-button--warning')
  })

  it('no-show only for a called ticket, not one being served', async () => {
    api.myWindow.mockResolvedValue(panel({ status: 'serving' }))
    await mountBar()
    expect(find('queue-noshow').attributes('disabled')).toBeDefined()
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F4', bubbles: true }))
    await flushPromises()
    expect(api.noShow).not.toHaveBeenCalled()
  })
})
