import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import * as cases from '../../api/cases'
import LedgersView from './LedgersView.vue'

vi.mock('../../api/cases', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/cases')>()
  return { ...orig, searchLedger: vi.fn(), caseHandlers: vi.fn(), missingCalendarYears: vi.fn() }
})
vi.mock('../../api/catalog', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/catalog')>()
  return { ...orig, listServiceItems: vi.fn().mockResolvedValue([]) }
})
vi.mock('../../api/places', () => ({ listVillages: vi.fn().mockResolvedValue([]) }))

const casesApi = vi.mocked(cases)

/** The server's answer for a page: its number marks where it starts and ends. */
function answer(q: cases.CaseQuery): cases.CasePage {
  const n = q.pageSize > 1 ? q.page : 0
  const row = { id: 100 + n, number: `2026D${n}`, ledger: '代办', itemName: '最低生活保障新申请', applicantName: '王*', status: 'done',
    statusLabel: '已办结', dueDate: '', daysLeft: 0, overdue: false, handlerName: '王丽娜', source: '大厅窗口', createdAt: '', acceptedOn: '' }
  return { items: [row], total: 1000, page: q.page, first: `first-${n}`, last: `last-${n}` } as unknown as cases.CasePage
}

let wrapper: VueWrapper | undefined

async function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSession().status = app.Status.createFrom({
    needsSetup: false, hallName: '乌兰木伦镇便民服务大厅', operator: { id: 2, name: '王丽娜', role: 'clerk' },
    permissions: ['cases.view', 'cases.handle'],
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/cases', name: 'ledgers', component: LedgersView },
      { path: '/cases/:id', name: 'case', component: { render: () => null } },
    ],
  })
  await router.push('/cases?l=代办')
  wrapper = mount(LedgersView, { global: { plugins: [ElementPlus, pinia, router] }, attachTo: document.body })
  await flushPromises()
  return router
}

/** pageCalls are the ledger pages asked for (not the overdue and due-soon counts). */
function pageCalls(): cases.CaseQuery[] {
  return casesApi.searchLedger.mock.calls.map((c) => c[0]).filter((q) => q.pageSize > 1)
}

async function goTo(page: number) {
  const pager = wrapper!.findAllComponents({ name: 'ElPagination' })[0]
  pager.vm.$emit('current-change', page)
  await flushPromises()
}

describe('LedgersView paging', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    casesApi.searchLedger.mockImplementation(async (q) => answer(q))
    casesApi.caseHandlers.mockResolvedValue([])
    casesApi.missingCalendarYears.mockResolvedValue([])
    document.body.innerHTML = ''
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('reads the next and previous page from the page shown, and a jump by its number', async () => {
    await mountView()
    expect(pageCalls().at(-1)).toMatchObject({ ledger: '代办', page: 1 })
    expect(pageCalls().at(-1)?.after).toBeUndefined()

    await goTo(2)
    expect(pageCalls().at(-1)).toMatchObject({ page: 2, after: 'last-1' })
    await goTo(3)
    expect(pageCalls().at(-1)).toMatchObject({ page: 3, after: 'last-2' })
    await goTo(2)
    expect(pageCalls().at(-1)).toMatchObject({ page: 2, before: 'first-3' })

    await goTo(40)
    const jump = pageCalls().at(-1)!
    expect(jump.page).toBe(40)
    expect(jump.after ?? jump.before).toBeUndefined()
  })

  it('reads the page by its number when the cases next to the page shown are gone', async () => {
    await mountView()
    casesApi.searchLedger.mockImplementation(async (q) => (q.after ? ({ ...answer(q), items: [] } as unknown as cases.CasePage) : answer(q)))
    casesApi.searchLedger.mockClear()
    await goTo(2)
    const calls = pageCalls()
    expect(calls.map((q) => [q.page, q.after])).toEqual([[2, 'last-1'], [2, undefined]])
  })
})
