import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { app } from '../../../wailsjs/go/models'
import { useSession } from '../../stores/session'
import { AppError } from '../../api/errors'
import * as outreach from '../../api/outreach'
import * as places from '../../api/places'
import * as documents from '../../api/documents'
import OutreachView from './OutreachView.vue'

vi.mock('../../api/outreach', () => ({
  outreachInfo: vi.fn(),
  outreachList: vi.fn(),
  printCallList: vi.fn(),
  exportList: vi.fn(),
  allowances: vi.fn(),
  printPaySheet: vi.fn(),
  saveOutreachSettings: vi.fn(),
}))
vi.mock('../../api/places', () => ({ listVillages: vi.fn() }))
vi.mock('../../api/documents', () => ({ deliverDocument: vi.fn(() => '已下载') }))

const api = vi.mocked(outreach)
let wrapper: VueWrapper | undefined
let router: Router

const settings = { reviewMonths: 12, collectionStart: '09-01', collectionEnd: '12-31', newbornMonths: 12 }
const lists = [
  { key: 'turning60', label: '下月年满60周岁', itemCode: 'YL-03', purpose: '' },
  { key: 'review', label: '低保到期复核', itemCode: 'DB-03', purpose: '' },
  { key: 'newborn', label: '新生儿未参保', itemCode: 'YB-01', purpose: '' },
  { key: 'unpaid', label: '医保未缴费', itemCode: 'YB-02', purpose: '' },
]

function info(patch: Partial<outreach.OutreachInfo> = {}): outreach.OutreachInfo {
  return {
    lists, settings: { ...settings }, collection: { open: false, from: '', to: '', coverYear: 2027 },
    canReveal: true, canConfigure: false, today: '2026-03-15', ...patch,
  } as outreach.OutreachInfo
}

const row = {
  residentId: 42, name: '李建国', sex: '男', birthDate: '', birthMonth: '1966-04', age: 59, idNumber: '**************0133', phone: '139****5678',
  villageId: 1, villageName: '巴图塔村', groupName: '一组', address: '', reason: '2026年4月年满60周岁，可申请养老保险待遇领取',
  due: '', dueMonth: '2026-04', overdue: false, approvedOn: '', monthlyAmount: '', // masked: the month, not the day
} as outreach.OutreachRow

function page(items: outreach.OutreachRow[], patch: Partial<outreach.OutreachPage> = {}): outreach.OutreachPage {
  return { list: lists[0], items, total: items.length, page: 1, note: '将于2026年4月年满60周岁的群众', inactive: false, full: false, truncated: false, ...patch } as outreach.OutreachPage
}

async function mountView(role = 'clerk', perms = ['residents.view', 'cases.handle', 'print']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSession().status = app.Status.createFrom({ needsSetup: false, hallName: '便民服务大厅', operator: { id: 2, name: '王丽娜', role }, permissions: perms })
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reports/outreach', name: 'report-outreach', component: OutreachView },
      { path: '/counter', name: 'counter', component: { render: () => null } },
      { path: '/residents/:id', name: 'resident', component: { render: () => null } },
    ],
  })
  router.push('/reports/outreach')
  await router.isReady()
  wrapper = mount(OutreachView, { global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
}

const find = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('OutreachView', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    vi.mocked(places.listVillages).mockResolvedValue([{ id: 1, name: '巴图塔村', kind: '村', active: true, sort: 0, groups: [] }] as unknown as places.Village[])
    api.outreachInfo.mockResolvedValue(info())
    api.outreachList.mockResolvedValue(page([row]))
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('shows the first list, paged on the server, and starts a case pre-filled from a row', async () => {
    await mountView()
    expect(api.outreachList).toHaveBeenCalledWith('turning60', 0, 1, 20)
    expect(find('outreach-table').text()).toContain('李建国')
    expect(find('outreach-table').text()).toContain('**************0133')
    expect(find('outreach-table').text()).toContain('2026-04') // the month of turning 60, not the day
    expect(find('outreach-note').text()).toContain('共 1 人')
    await find('outreach-start').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('counter')
    expect(router.currentRoute.value.query).toEqual({ applicant: '42', item: 'YL-03', summary: '主动服务：下月年满60周岁' })
  })

  it('prints and exports with masked numbers unless 完整号码 is ticked', async () => {
    api.printCallList.mockResolvedValue({ fileName: 'a.pdf', base64: 'JVBE', savedPath: '', warning: '', hintSteps: [], number: '' } as outreach.Document)
    api.exportList.mockResolvedValue({ fileName: 'a.xlsx', base64: 'UEs=', savedPath: '', warning: '', hintSteps: [], number: '' } as outreach.Document)
    await mountView()
    await find('outreach-print').trigger('click')
    await flushPromises()
    expect(api.printCallList).toHaveBeenCalledWith('turning60', 0, false)
    await find('outreach-full').find('input').setValue(true)
    await find('outreach-export').trigger('click')
    await flushPromises()
    expect(api.exportList).toHaveBeenCalledWith('turning60', 0, true)
    expect(documents.deliverDocument).toHaveBeenCalledTimes(2)
  })

  it('hides full numbers, starting cases and the settings from roles without them', async () => {
    api.outreachInfo.mockResolvedValue(info({ canReveal: false }))
    await mountView('leader', ['residents.view', 'print'])
    expect(find('outreach-full').exists()).toBe(false)
    expect(find('outreach-start').exists()).toBe(false)
    expect(find('outreach-settings').exists()).toBe(false)
  })

  it('says when the unpaid list is out of season', async () => {
    api.outreachList.mockResolvedValue(page([], { inactive: true, note: '当前不在医保集中征缴期（每年09-01至12-31）' }))
    await mountView()
    await find('outreach-tab-unpaid').trigger('click')
    await flushPromises()
    expect(api.outreachList).toHaveBeenLastCalledWith('unpaid', 0, 1, 20)
    expect(find('outreach-inactive').text()).toContain('不在医保集中征缴期')
  })

  it('previews and prints the sign-for sheet of the current month', async () => {
    api.allowances.mockResolvedValue({ month: '2026-03', households: 2, total: '1150.00', items: [
      { residentId: 1, name: '张伟', idNumber: '110105********002X', villageId: 1, villageName: '巴图塔村', groupName: '', members: 3, monthlyAmount: '650', firstPaid: '2025-04', caseNumber: '2025D0001' },
      { residentId: 2, name: '刘芳', idNumber: '340524********001X', villageId: 1, villageName: '巴图塔村', groupName: '', members: 0, monthlyAmount: '500', firstPaid: '2025-10', caseNumber: '2025D0007' },
    ] } as outreach.PaySummary)
    api.printPaySheet.mockResolvedValue({ fileName: 'p.pdf', base64: 'JVBE', savedPath: '', warning: '', hintSteps: [], number: '' } as outreach.Document)
    await mountView()
    await find('outreach-tab-pay').trigger('click')
    await flushPromises()
    expect(api.allowances).toHaveBeenCalledWith('2026-03', 0)
    expect(find('pay-stats').text()).toBe('共 2 户，月保障金合计 1150.00 元')
    expect(find('pay-table').text()).toContain('110105********002X')
    await find('pay-print').trigger('click')
    await flushPromises()
    expect(api.printPaySheet).toHaveBeenCalledWith('2026-03', 0)
  })

  it('lets the administrator change the rules and shows the server’s field error', async () => {
    api.outreachInfo.mockResolvedValue(info({ canConfigure: true }))
    api.saveOutreachSettings.mockRejectedValueOnce(new AppError('invalid', '请填写征缴期开始日期（如 09-01）', 'collectionStart'))
    await mountView('admin', ['residents.view', 'settings.manage', 'print'])
    await find('outreach-settings').trigger('click')
    await flushPromises()
    const start = document.querySelector('input[data-testid="settings-collectionStart"], [data-testid="settings-collectionStart"] input') as HTMLInputElement
    start.value = '9-1'
    start.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid="settings-save"]') as HTMLElement).click()
    await flushPromises()
    expect(api.saveOutreachSettings).toHaveBeenCalledWith({ ...settings, collectionStart: '9-1' })
    await vi.waitFor(() => expect(start.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent).toContain('请填写征缴期开始日期（如 09-01）'))
    api.saveOutreachSettings.mockResolvedValueOnce({ ...settings, reviewMonths: 6 })
    ;(document.querySelector('[data-testid="settings-save"]') as HTMLElement).click()
    await flushPromises()
    expect(api.outreachInfo).toHaveBeenCalledTimes(2)
  })
})
