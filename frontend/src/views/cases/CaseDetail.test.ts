import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia } from 'pinia'
import { AppError } from '../../api/errors'
import * as cases from '../../api/cases'
import * as ratings from '../../api/ratings'
import CaseDetail from './CaseDetail.vue'

vi.mock('../../api/cases', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/cases')>()
  return { ...orig, getCase: vi.fn(), act: vi.fn(), printReceipt: vi.fn(), printNotice: vi.fn(), printCompletion: vi.fn() }
})
const api = vi.mocked(cases)
vi.mock('../../api/ratings', () => ({ caseRatings: vi.fn().mockResolvedValue([]) }))
const ratingApi = vi.mocked(ratings)

function kase(over: Partial<cases.Case>): cases.Case {
  return {
    id: 41, number: '2026D0012', ledger: '代办', itemId: 11, itemCode: 'YB-02', itemName: '城乡居民医保代缴费', itemCategory: '医保', applicantId: 7,
    applicantName: '王芳', applicantIdNumber: '150627********0662', applicantPhone: '166****5263', villageId: 1, villageName: '乌兰木伦社区',
    source: '大厅窗口', summary: '代缴2027年度医保', intakeNote: '', status: 'in_progress', statusLabel: '办理中',
    materials: [
      { name: '户口簿', original: false, copies: 1, required: true, note: '', received: true },
      { name: '银行卡', original: false, copies: 1, required: true, note: '', received: false },
    ],
    createdAt: '2026-11-20T01:05:00Z', acceptedOn: '2026-11-20', promisedDays: 5, statutoryDays: 10, extensionDays: 0,
    dueDate: '2026-11-27', dueVerified: true, daysLeft: 2, overdue: false, handlerId: 2, handlerName: '王丽娜', departments: '',
    outcome: '', outcomeNote: '', monthlyAmount: '', firstPaidMonth: '', feedbackMethod: '', feedbackAt: '', feedbackBy: '',
    rating: 0, ratingLabel: '', ratingNote: '', remedyDue: '', remedyNote: '', remedyResolved: false, closedAt: '', closedBy: '',
    timeline: [
      { id: 1, at: '2026-11-20T01:05:00Z', operatorName: '王丽娜', action: 'intake', actionLabel: '受理登记', from: '', to: 'accepted', note: '' },
      { id: 2, at: '2026-11-20T16:30:00Z', operatorName: '王丽娜', action: 'start', actionLabel: '开始办理', from: 'accepted', to: 'in_progress', note: '已联系' },
    ],
    actions: [
      { action: 'request_materials', label: '要求补正材料' },
      { action: 'complete', label: '办结' },
    ],
    ...over,
  } as cases.Case
}

let wrapper: VueWrapper | undefined

async function mountView(c: cases.Case) {
  api.getCase.mockResolvedValue(c)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/cases/:id', name: 'case', component: { render: () => null } },
      { path: '/cases', name: 'ledgers', component: { render: () => null } },
      { path: '/residents/:id', name: 'resident', component: { render: () => null } },
    ],
  })
  await router.push(`/cases/${c.id}`)
  wrapper = mount(CaseDetail, { props: { id: c.id }, global: { plugins: [ElementPlus, router, createPinia()] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

// byTestId finds an element anywhere in the document (dialogs are teleported to <body>).
function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}
const exists = (id: string) => !!document.querySelector(`[data-testid="${id}"]`)

async function settle() {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150)) // Element Plus shows a form item's error after a debounce
}

async function setText(id: string, value: string) {
  const el = byTestId<HTMLInputElement | HTMLTextAreaElement>(id)
  el.value = value
  el.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** errorOf returns the error text of the form item around the element with the test id. */
function errorOf(id: string): string {
  return byTestId(id).closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

async function openAction(action: string) {
  byTestId(`action-${action}`).click()
  await flushPromises()
  expect(byTestId('action-dialog')).toBeTruthy()
}

describe('CaseDetail', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    document.body.innerHTML = ''
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('shows the header, the materials and the timeline in Asia/Shanghai time', async () => {
    await mountView(kase({}))
    expect(byTestId('case-number').textContent).toBe('2026D0012')
    expect(byTestId('case-status').textContent?.trim()).toBe('办理中')
    expect(byTestId('case-deadline').textContent).toContain('剩2个工作日')
    const timeline = byTestId('case-timeline').textContent ?? ''
    expect(timeline).toContain('2026-11-20 09:05')
    expect(timeline).toContain('2026-11-21 00:30') // 16:30 UTC is past midnight in China
    expect(timeline).toContain('已受理 → 办理中')
    expect(timeline).toContain('已联系')
    expect(document.querySelectorAll('[data-testid="material-received"]')).toHaveLength(1)
    expect(document.querySelectorAll('[data-testid="material-missing"]')).toHaveLength(1)
  })

  it('shows only the actions the server allows as buttons', async () => {
    await mountView(kase({}))
    const buttons = Array.from(document.querySelectorAll('[data-testid="case-actions"] button')).map((b) => b.getAttribute('data-testid'))
    expect(buttons).toEqual(['action-request_materials', 'action-complete'])
    for (const a of ['materials_arrived', 'start', 'feedback', 'rate', 'close', 'extend']) expect(exists(`action-${a}`)).toBe(false)
  })

  it('shows no action at all when the server allows none, e.g. a clerk on a rated case', async () => {
    await mountView(kase({ status: 'rated', statusLabel: '已评价', actions: [], outcome: '办成', rating: 1, ratingLabel: '非常满意' }))
    expect(document.querySelectorAll('[data-testid="case-actions"] button')).toHaveLength(0)
    expect(byTestId('case-actions').textContent).toContain('当前没有可进行的操作')
    expect(exists('print-completion')).toBe(true)
  })

  it('a supervisor sees 销号 (and 延期) exactly when the server offers them', async () => {
    await mountView(kase({ status: 'rated', statusLabel: '已评价', outcome: '办成', actions: [{ action: 'close', label: '销号' }] }))
    expect(exists('action-close')).toBe(true)
    expect(exists('action-extend')).toBe(false)
  })

  it('the complete dialog sends the outcome and the note, then shows the case the server returns', async () => {
    const done = kase({ status: 'done', statusLabel: '已办结', outcome: '转办', outcomeNote: '旗医疗保障局', actions: [{ action: 'feedback', label: '反馈群众' }] })
    api.act.mockResolvedValue(done)
    await mountView(kase({}))
    await openAction('complete')
    ;(byTestId('outcome-转办').querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    // 转办 needs to whom: the form asks before calling the server
    byTestId('action-submit').click()
    await settle()
    expect(api.act).not.toHaveBeenCalled()
    expect(errorOf('action-note')).toBe('请填写转办单位')

    await setText('action-note', ' 旗医疗保障局 ')
    byTestId('action-submit').click()
    await flushPromises()
    expect(api.act).toHaveBeenCalledTimes(1)
    expect(api.act.mock.calls[0][0]).toEqual({
      caseId: 41, action: 'complete', note: '旗医疗保障局', received: [], missing: [], departments: '', outcome: '转办',
      monthlyAmount: '', firstPaidMonth: '', feedbackMethod: '', feedbackDate: '', extensionDays: 0,
    })
    await settle()
    expect(byTestId('case-status').textContent?.trim()).toBe('已办结')
    expect(exists('action-feedback')).toBe(true)
    expect(exists('action-complete')).toBe(false)
    expect(byTestId('case-outcome').textContent?.trim()).toBe('转办')
  })

  it('asks for the monthly amount by the item\'s role, whatever its code', async () => {
    await mountView(kase({ itemCode: 'DB-21', itemRole: 'allowance_review', itemName: '低保复核（本镇）', itemCategory: '低保' }))
    await openAction('complete')
    ;(byTestId('outcome-办成').querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    expect(exists('action-amount')).toBe(true)
    wrapper?.unmount()
    document.body.innerHTML = ''
    await mountView(kase({ itemCode: 'DB-01', itemRole: '', itemName: '低保政策咨询', itemCategory: '低保' }))
    await openAction('complete')
    ;(byTestId('outcome-办成').querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    expect(exists('action-amount')).toBe(false)
  })

  it('puts a server field error next to its field and keeps the dialog open', async () => {
    api.act.mockRejectedValue(new AppError('invalid', '请填写首次发放月份（如 2026-12）', 'firstPaidMonth'))
    await mountView(kase({ itemCode: 'DB-01', itemRole: 'allowance_new', itemName: '最低生活保障新申请', itemCategory: '低保' }))
    await openAction('complete')
    ;(byTestId('outcome-办成').querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    await setText('action-amount', '680')
    byTestId('action-submit').click()
    await settle()
    expect(api.act.mock.calls[0][0]).toMatchObject({ action: 'complete', outcome: '办成', monthlyAmount: '680', firstPaidMonth: '' })
    expect(errorOf('action-first-month')).toBe('请填写首次发放月份（如 2026-12）')
    expect(errorOf('action-amount')).toBe('')
    expect(exists('case-error')).toBe(false)
    expect(byTestId('case-status').textContent?.trim()).toBe('办理中')
  })

  it('shows a refusal without a field (role or state) on top of the dialog', async () => {
    api.act.mockRejectedValue(new AppError('conflict', '办件当前为“办理中”，不能要求补正材料'))
    await mountView(kase({}))
    await openAction('request_materials')
    await setText('action-note', '银行卡复印件')
    byTestId('action-submit').click()
    await settle()
    expect(api.act.mock.calls[0][0]).toMatchObject({ action: 'request_materials', note: '银行卡复印件' })
    expect(byTestId('case-error').textContent).toContain('不能要求补正材料')
  })

  it('acts on the version it shows; refused as stale, it reads the case again and says so', async () => {
    api.act.mockRejectedValue(new AppError('stale', '该记录已被他人修改，您看到的不是最新内容。请重新载入后再修改。'))
    await mountView(kase({ version: 3 }))
    api.getCase.mockResolvedValue(kase({ version: 4, status: 'done', statusLabel: '已办结', actions: [] }))
    await openAction('request_materials')
    await setText('action-note', '银行卡复印件')
    byTestId('action-submit').click()
    await settle()
    expect(api.act.mock.calls[0][0]).toMatchObject({ action: 'request_materials', version: 3 })
    expect(api.getCase).toHaveBeenCalledTimes(2) // the page no longer shows the old state
    await vi.waitFor(() => expect(byTestId('case-status').textContent?.trim()).toBe('已办结'))
    expect(byTestId('stale-dialog').textContent).toContain('该记录已被他人修改')
  })

  it('shows the citizen\'s ratings once the case is finished, and no way for the clerk to rate', async () => {
    ratingApi.caseRatings.mockResolvedValue([
      { id: 5, caseId: 41, level: 2, levelLabel: '满意', channel: 'pad', channelLabel: '评价器', deviceName: '1号窗口评价器', pending: false,
        indicators: [{ code: 'attitude', name: '服务态度', level: 2 }], callbacks: [], reviews: [], comment: '', at: '2026-11-21T02:00:00Z' } as unknown as ratings.Rating,
    ])
    await mountView(kase({ status: 'fed_back', statusLabel: '已反馈', outcome: '办成', rating: 2, ratingLabel: '满意', actions: [] }))
    expect(ratingApi.caseRatings).toHaveBeenCalledWith(41)
    expect(byTestId('rating-channel').textContent?.trim()).toBe('评价器')
    expect(byTestId('rating-indicators').textContent).toContain('服务态度')
    expect(exists('action-rate')).toBe(false)
    expect(exists('rating-enter-card')).toBe(false) // the clerk may not enter a rating
  })

  it('sends the feedback method with today\'s date by default', async () => {
    api.act.mockResolvedValue(kase({ status: 'fed_back', statusLabel: '已反馈', actions: [] }))
    await mountView(kase({ status: 'done', statusLabel: '已办结', outcome: '办成', actions: [{ action: 'feedback', label: '反馈群众' }] }))
    await openAction('feedback')
    ;(byTestId('feedback-电话').querySelector('input') as HTMLInputElement).click()
    await flushPromises()
    byTestId('action-submit').click()
    await flushPromises()
    const sent = api.act.mock.calls[0][0]
    expect(sent).toMatchObject({ action: 'feedback', feedbackMethod: '电话' })
    expect(sent.feedbackDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('offers the prints that apply', async () => {
    await mountView(kase({}))
    expect(exists('print-receipt')).toBe(true)
    expect(exists('print-notice')).toBe(true) // 银行卡 is required and missing
    expect(exists('print-completion')).toBe(false)
    api.printReceipt.mockResolvedValue({ fileName: 'x.pdf', base64: '', savedPath: '/data/prints/x.pdf', warning: '' } as cases.Document)
    byTestId('print-receipt').click()
    await flushPromises()
    expect(api.printReceipt).toHaveBeenCalledWith(41)
  })
})
