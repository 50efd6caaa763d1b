import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import * as queue from '../../api/queue'
import { AppError } from '../../api/errors'
import KioskPage from './KioskPage.vue'

vi.mock('../../api/queue', () => ({ kioskMenu: vi.fn(), kioskTake: vi.fn(), kioskInspectID: vi.fn() }))
vi.mock('../../api/events', () => ({ openEvents: vi.fn(() => () => {}) }))
vi.mock('../../api/documents', () => ({ printPdf: vi.fn(() => true) }))

const api = vi.mocked(queue)
let wrapper: VueWrapper | null = null
const find = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

const menu = {
  hallName: '乌兰镇便民服务中心',
  groups: [{ id: 3, prefix: 'A', name: '医保养老', itemNames: ['城乡居民医保参保登记'], waiting: 2 }],
  priorities: [{ value: 'elderly', label: '70岁以上老人' }],
  kioskSeconds: 20,
} as unknown as queue.KioskMenu

const slip = { ticketId: 5, number: 'A003', groupName: '医保养老', ahead: 2, priority: '', queryCode: 'K7M2Q9XW', residentName: '张某某', pdf: { base64: '' } } as unknown as queue.TicketSlip

async function mountKiosk() {
  wrapper = mount(KioskPage, {
    props: { state: { status: 'paired', code: '', name: '取号机', role: 'kiosk', window: 0, hallName: '乌兰镇便民服务中心' } },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  api.kioskMenu.mockResolvedValue(menu)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

describe('KioskPage', () => {
  it('takes a ticket: group, ID number on the keypad, no priority, the ticket on screen', async () => {
    api.kioskTake.mockResolvedValue(slip)
    await mountKiosk()
    expect(find('kiosk-group-A').text()).toContain('城乡居民医保参保登记')
    await find('kiosk-group-A').trigger('click')
    for (const k of '11010519491231002X') await find(`kiosk-key-${k}`).trigger('click')
    await find('kiosk-id-next').trigger('click')
    await find('kiosk-priority-none').trigger('click')
    await flushPromises()
    expect(api.kioskTake).toHaveBeenCalledWith({ groupId: 3, idNumber: '11010519491231002X', priority: '' })
    expect(find('kiosk-number').text()).toBe('A003')
    expect(find('kiosk-found').text()).toContain('张某某')
    expect(find('kiosk-code').text()).toContain('K7M2Q9XW')
  })

  it('a refused ID number goes back to the ID step with the reason', async () => {
    api.kioskTake.mockRejectedValue(new AppError('invalid', '身份证号码校验位不对', 'idNumber', undefined, [{ field: 'idNumber', message: '身份证号码校验位不对' }]))
    await mountKiosk()
    await find('kiosk-group-A').trigger('click')
    await find('kiosk-key-1').trigger('click')
    await find('kiosk-id-next').trigger('click')
    await find('kiosk-priority-elderly').trigger('click')
    await flushPromises()
    expect(find('kiosk-id').exists()).toBe(true)
    expect(find('kiosk-error').text()).toContain('校验位')
  })

  it('goes back to the start after the hall timeout', async () => {
    vi.useFakeTimers()
    await mountKiosk()
    await find('kiosk-group-A').trigger('click')
    await find('kiosk-skip').trigger('click')
    expect(find('kiosk-priority-none').exists()).toBe(true)
    vi.advanceTimersByTime(21_000)
    await flushPromises()
    expect(find('kiosk-group-A').exists()).toBe(true)
  })
})
