import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createRouter, createMemoryHistory, type Router } from 'vue-router'
import * as reports from '../../api/reports'
import type { Dashboard } from '../../api/reports'
import DashboardView from './DashboardView.vue'
import DrillView from './DrillView.vue'

vi.mock('../../api/reports', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/reports')>()
  return { ...orig, getDashboard: vi.fn(), drill: vi.fn(), getQueueFigures: vi.fn(async () => ({ total: {}, byDay: [], byHour: [], byGroup: [], byWindow: [] })) }
})
// Canvas charts do not draw in jsdom; the figures and tables are what is tested here.
vi.mock('echarts/core', () => ({ use: vi.fn(), init: vi.fn(() => ({ setOption: vi.fn(), on: vi.fn(), dispose: vi.fn(), resize: vi.fn() })) }))

const api = vi.mocked(reports)

function dashboard(): Dashboard {
  return {
    period: { from: '2025-03-01', to: '2025-03-31' },
    today: '2025-03-20',
    summary: { sorted: 9, onSpot: 2, proxy: 0, joint: 1, declined: 1, inProgress: 5, rated: 3, good: 1, bad: 2, satisfaction: 1 / 3 },
    ledgers: [{ id: 0, key: '即办', name: '即办', total: 3, solved: 2, declined: 0, inProgress: 1, overdue: 1, bad: 1 }],
    items: [{ id: 7, key: '', name: '异地就医备案', total: 2, solved: 0, declined: 1, inProgress: 1, overdue: 1, bad: 1 }],
    villages: [],
    handlers: [],
    overdue: 2,
    dueSoon: 1,
    overdueAll: 3,
    dueSoonAll: 1,
    remedy: { bad: 2, resolved: 1, open: 1, overdue: 0 },
    petitions: { received: 1, closed: 1, replied: 2, repliedOnTime: 1, open: 3, overdue: 1 },
    visits: { visits: 2, households: 1, duties: 4, onTime: 3, coverage: 0.75 },
    prints: { guides: 30, cards: 50, leaflets: 0 },
  } as unknown as Dashboard
}

let wrapper: VueWrapper | undefined
let router: Router

async function mountAt(path: string) {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reports/dashboard', name: 'report-dashboard', component: DashboardView },
      { path: '/reports/cases', name: 'report-cases', component: DrillView },
      { path: '/cases/:id', name: 'case', component: { render: () => null } },
      { path: '/petitions', name: 'petitions', component: { render: () => null } },
      { path: '/visits/due', name: 'visit-due', component: { render: () => null } },
    ],
  })
  await router.push(path)
  await router.isReady()
  wrapper = mount({ template: '<router-view />' }, { global: { plugins: [ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  api.getDashboard.mockReset().mockImplementation(async () => dashboard())
  api.drill.mockReset().mockResolvedValue({ title: '逾期（2025-03-01至2025-03-31受理）', items: [], total: 0, page: 1 } as unknown as reports.DrillPage)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('DashboardView', () => {
  it('asks for the period in the address and shows its figures', async () => {
    const w = await mountAt('/reports/dashboard?from=2025-03-01&to=2025-03-31')
    expect(api.getDashboard).toHaveBeenCalledWith({ from: '2025-03-01', to: '2025-03-31' })
    expect(w.get('[data-testid="dash-fig-all"]').text()).toContain('9')
    expect(w.get('[data-testid="dash-fig-overdue-all"]').text()).toBe('全部在办逾期 3 件')
    expect(w.get('[data-testid="dash-satisfaction"]').text()).toBe('33.3%')
    expect(w.get('[data-testid="dash-visits"]').text()).toContain('75.0%')
    expect(w.get('[data-testid="dash-prints"]').text()).toContain('30 份')
  })

  it('opens the list behind a figure and behind a table cell', async () => {
    const w = await mountAt('/reports/dashboard?from=2025-03-01&to=2025-03-31')
    await w.get('[data-testid="dash-fig-overdue"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('report-cases')
    expect(router.currentRoute.value.query).toEqual({ b: 'overdue', from: '2025-03-01', to: '2025-03-31' })
    expect(api.drill).toHaveBeenLastCalledWith(expect.objectContaining({ bucket: 'overdue', from: '2025-03-01', to: '2025-03-31', allTime: false, page: 1 }))
    expect(w.get('[data-testid="drill-title"]').text()).toBe('逾期（2025-03-01至2025-03-31受理）')

    await router.push('/reports/dashboard?from=2025-03-01&to=2025-03-31')
    await flushPromises()
    await w.get('[data-testid="dash-item-bad"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ b: 'bad', from: '2025-03-01', to: '2025-03-31', item: '7' })
    expect(api.drill).toHaveBeenLastCalledWith(expect.objectContaining({ bucket: 'bad', itemId: 7 }))
  })

  it('asks for every running case for the all-time overdue figure', async () => {
    const w = await mountAt('/reports/dashboard?from=2025-03-01&to=2025-03-31')
    await w.get('[data-testid="dash-fig-overdue-all"]').trigger('click')
    await flushPromises()
    expect(api.drill).toHaveBeenLastCalledWith(expect.objectContaining({ bucket: 'overdue', allTime: true, from: '', to: '' }))
  })
})

describe('DrillView', () => {
  it('sends an unusable address back to the dashboard', async () => {
    await mountAt('/reports/cases?b=nonsense&from=2025-03-01&to=2025-03-31')
    expect(api.drill).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('report-dashboard')
  })
})

describe('presetPeriod', () => {
  it('gives this week from Monday, this month and this year', () => {
    expect(reports.presetPeriod('week', '2025-03-20')).toEqual({ from: '2025-03-17', to: '2025-03-23' })
    expect(reports.presetPeriod('week', '2025-03-23')).toEqual({ from: '2025-03-17', to: '2025-03-23' })
    expect(reports.presetPeriod('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(reports.presetPeriod('year', '2025-03-20')).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(reports.kindOf({ from: '2025-03-01', to: '2025-03-31' }, '2025-03-20')).toBe('month')
    expect(reports.kindOf({ from: '2025-03-02', to: '2025-03-31' }, '2025-03-20')).toBe('custom')
  })
})
