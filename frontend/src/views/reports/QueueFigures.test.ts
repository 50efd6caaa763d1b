import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import * as reports from '../../api/reports'
import * as ratingApi from '../../api/ratings'
import type { QueueFigures as Figures } from '../../api/reports'
import QueueFigures from './QueueFigures.vue'

vi.mock('../../api/reports', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/reports')>()
  return { ...orig, getQueueFigures: vi.fn() }
})
vi.mock('../../api/ratings', () => ({ badTicketRatings: vi.fn() }))
const api = vi.mocked(reports)
const ratings = vi.mocked(ratingApi)

const times = (key: string, name: string, over: Partial<Figures['total']> = {}) => ({
  key, name, tickets: 3, called: 2, served: 1, noShows: 1, avgWait: 750, p90Wait: 1200, avgService: 45, p90Service: 600, ...over,
})

function figures(): Figures {
  return {
    period: { from: '2025-03-10', to: '2025-03-10' },
    total: times('', ''),
    byDay: [{ key: '2025-03-10', tickets: 3 }],
    byHour: [{ key: '09', tickets: 2 }, { key: '14', tickets: 1 }],
    byGroup: [times('A', '医保养老')],
    byWindow: [times('1', '医保窗口', { served: 0, avgService: 0, p90Service: 0 })],
    waitingNow: 4,
  } as unknown as Figures
}

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('QueueFigures', () => {
  it('shows the period’s queue figures and reads them again on each reload', async () => {
    api.getQueueFigures.mockReset().mockResolvedValue(figures())
    ratings.badTicketRatings.mockResolvedValue([])
    const period = { from: '2025-03-10', to: '2025-03-10' }
    wrapper = mount(QueueFigures, { props: { period, reloads: 1 }, global: { plugins: [ElementPlus] } })
    await flushPromises()
    expect(api.getQueueFigures).toHaveBeenCalledWith(period)
    const fig = (k: string) => wrapper!.get(`[data-testid="dash-queue-${k}"] .value`).text()
    expect(fig('tickets')).toBe('3')
    expect(fig('noShows')).toBe('1')
    expect(fig('waitingNow')).toBe('4')
    expect(fig('avgWait')).toBe('12分30秒')
    expect(fig('p90Wait')).toBe('20分钟')
    expect(fig('avgService')).toBe('45秒')
    expect(wrapper.get('[data-testid="dash-queue-by-hour"]').text()).toContain('14时')
    expect(wrapper.get('[data-testid="dash-queue-groups"]').text()).toContain('A 医保养老')
    // A window that finished nobody has no service time rather than a zero.
    const win = wrapper.get('[data-testid="dash-queue-windows"]').text()
    expect(win).toContain('医保窗口')
    expect(win).toContain('—')

    await wrapper.setProps({ reloads: 2 })
    await flushPromises()
    expect(api.getQueueFigures).toHaveBeenCalledTimes(2)
  })

  it('reads the bad ratings of tickets with the figures and shows the window service’s ratings', async () => {
    setActivePinia(createPinia())
    const tally = { key: '', name: '', rated: 2, good: 1, bad: 1, unrated: 0, satisfaction: 0.5 }
    api.getQueueFigures.mockReset().mockResolvedValue({ ...figures(), ratings: { total: tally, byWindow: [{ ...tally, key: '1', name: '医保窗口' }], byClerk: [] } } as unknown as Figures)
    ratings.badTicketRatings.mockReset().mockResolvedValue([
      { ticketNo: 'A002', ticketDay: '2025-03-10', windowName: '医保窗口', rating: { id: 5, level: 4, levelLabel: '不满意', pending: false, comment: '', clerkName: '宝音', at: '', rectifyDue: '2025-03-31', rectified: false, excluded: false, reviews: [], callbacks: [], indicators: [] } },
    ] as unknown as ratingApi.TicketRating[])
    const period = { from: '2025-03-10', to: '2025-03-10' }
    wrapper = mount(QueueFigures, { props: { period, reloads: 1 }, global: { plugins: [ElementPlus] } })
    await flushPromises()
    expect(ratings.badTicketRatings).toHaveBeenCalledWith(period)
    expect(wrapper.get('[data-testid="window-rating-satisfaction"] .value').text()).toBe('50.0%')
    expect(wrapper.get('[data-testid="window-bad-ratings"]').text()).toContain('A002')
  })

  it('says when the period had no tickets', async () => {
    ratings.badTicketRatings.mockResolvedValue([])
    api.getQueueFigures.mockReset().mockResolvedValue({ ...figures(), total: times('', '', { tickets: 0, called: 0, served: 0, noShows: 0 }), byDay: [], byHour: [], byGroup: [], byWindow: [] } as unknown as Figures)
    wrapper = mount(QueueFigures, { props: { period: { from: '2025-03-10', to: '2025-03-10' }, reloads: 1 }, global: { plugins: [ElementPlus] } })
    await flushPromises()
    expect(wrapper.text()).toContain('本期间没有取号记录')
    expect(wrapper.get('[data-testid="dash-queue-avgWait"] .value').text()).toBe('—')
  })
})
