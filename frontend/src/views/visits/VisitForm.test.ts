import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as visits from '../../api/visits'
import * as households from '../../api/households'
import type { Cadre } from '../../api/cadres'
import type { ServiceItem } from '../../api/catalog'
import VisitForm from './VisitForm.vue'

vi.mock('../../api/visits', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/visits')>()
  return { ...orig, coveredHouseholds: vi.fn(), listPairs: vi.fn(), feedbackOwed: vi.fn(), recordVisit: vi.fn(), giveFeedback: vi.fn() }
})
vi.mock('../../api/households', () => ({ getHousehold: vi.fn(), searchHouseholds: vi.fn() }))

const api = vi.mocked(visits)

const cadres = [
  { id: 3, name: '额尔敦毕力格', type: '驻村干部', active: true },
  { id: 4, name: '赵调走', type: '驻村干部', active: false },
] as unknown as Cadre[]
const items = [
  { id: 11, code: 'YB-01', name: '城乡居民医保参保登记', defaultLedger: '即办', materials: [] },
  { id: 12, code: 'DB-01', name: '低保申请', defaultLedger: '上报', materials: [] },
] as unknown as ServiceItem[]

let wrapper: VueWrapper | undefined

function byTestId<T extends Element = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

function all(id: string, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)]
}

/** setModel sets a component's v-model through the component with the test id (nth of them). */
async function setModel(name: string, testid: string, value: unknown, nth = 0) {
  const c = wrapper!.findAllComponents({ name }).filter((s) => s.attributes('data-testid') === testid)[nth]
  if (!c) throw new Error(`no ${name} ${testid}#${nth}`)
  c.vm.$emit('update:modelValue', value)
  await flushPromises()
  c.vm.$emit('change', value)
  await flushPromises()
}

async function type(el: HTMLElement, value: string) {
  const input = (el.querySelector('input, textarea') ?? el) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function click(el: Element) {
  ;(el as HTMLElement).click()
  await flushPromises()
}

async function mountForm(props: Record<string, unknown> = {}) {
  wrapper = mount(VisitForm, { props: { cadres, items, ...props }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

/** ready mounts the form, picks the cadre and the household. */
async function ready() {
  await mountForm()
  await setModel('ElSelect', 'visit-cadre', 3)
  await setModel('ElSelect', 'visit-household', 21)
}

beforeEach(() => {
  vi.clearAllMocks()
  setActivePinia(createPinia())
  useSession().status = app.Status.createFrom({ needsSetup: false, hallName: '大厅', permissions: ['visits.record'], today: '2026-03-05',
    operator: { id: 2, username: 'chuangkou', name: '王丽娜', role: 'clerk', roleLabel: '窗口人员' } })
  api.coveredHouseholds.mockResolvedValue({
    items: [
      { householdId: 21, headName: '张伟', villageName: '巴图塔村', groupName: '一组', kinds: ['常住户'] },
      { householdId: 22, headName: '王芳', villageName: '巴图塔村', groupName: '二组', kinds: ['外出户'] },
    ],
    total: 2,
    page: 1,
  } as unknown as visits.CoveredPage)
  api.listPairs.mockResolvedValue([{ id: 1, householdId: 30, headName: '李强', villageName: '哈拉沟村', groupName: '' }] as unknown as visits.Pair[])
  vi.mocked(households.getHousehold).mockResolvedValue({
    id: 21,
    members: [
      { id: 101, name: '张伟', relation: '户主' },
      { id: 102, name: '刘梅', relation: '配偶' },
    ],
  } as unknown as households.Household)
  api.feedbackOwed.mockResolvedValue([])
  api.recordVisit.mockImplementation(async (input) => ({
    id: 77,
    date: input.date,
    issues: input.issues.map((is, i) => ({ id: 500 + i, kind: is.kind, caseNumber: is.kind === 'case' ? '2026D0012' : '' })),
    feedbackGiven: [],
  }) as unknown as visits.Visit)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('VisitForm', () => {
  it('offers the active cadres, then the households the cadre covers and is paired with', async () => {
    await mountForm()
    const cadreSelect = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'visit-cadre')!
    const labels = cadreSelect.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))
    expect(labels).toEqual(['额尔敦毕力格（驻村干部）'])
    await setModel('ElSelect', 'visit-cadre', 3)
    expect(api.coveredHouseholds).toHaveBeenCalledWith({ cadreId: 3, pageSize: 100 })
    expect(api.listPairs).toHaveBeenCalledWith(3)
    const hh = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'visit-household')!
    expect(hh.findAllComponents({ name: 'ElOption' }).map((o) => o.props('value'))).toEqual([21, 22, 30])
    // A household that has gone out is reached by phone.
    await setModel('ElSelect', 'visit-household', 22)
    expect((wrapper!.vm as unknown as { form: { way: string } }).form.way).toBe('电话')
  })

  it('adds issue rows, shows the case fields only for a case, and removes rows', async () => {
    await ready()
    expect(all('issue-row')).toHaveLength(0)
    await click(byTestId('visit-issue-add'))
    await click(byTestId('visit-issue-add'))
    await click(byTestId('visit-issue-add'))
    const rows = all('issue-row')
    expect(rows).toHaveLength(3)
    // A new row is a case with the head as applicant.
    expect(all('issue-item', rows[0])).toHaveLength(1)
    expect(all('issue-ledger', rows[0])).toHaveLength(1)
    expect(all('issue-applicant', rows[0])).toHaveLength(1)
    expect((wrapper!.vm as unknown as { form: { issues: { applicantId: number }[] } }).form.issues[0].applicantId).toBe(101)
    await setModel('ElRadioGroup', 'issue-kind', 'suggestion', 1)
    await setModel('ElRadioGroup', 'issue-kind', 'dispute', 2)
    const after = all('issue-row')
    expect(all('issue-item', after[1])).toHaveLength(0)
    expect(all('issue-item', after[2])).toHaveLength(0)
    expect(after[1].textContent).toContain('问题2')
    await click(byTestId('issue-remove', after[0]))
    const left = all('issue-row')
    expect(left).toHaveLength(2)
    expect(left[0].textContent).toContain('问题1')
    expect(all('issue-item', left[0])).toHaveLength(0) // the suggestion moved up
  })

  it('sends each issue with its disposition and gives the feedback ticked on this visit', async () => {
    api.feedbackOwed.mockResolvedValue([
      { id: 900, caseNumber: '2026D0003', caseItemName: '医保报销', caseStatus: 'done', caseStatusLabel: '已办结', caseOutcome: '办成', visitDate: '2026-02-10', text: '报销' },
    ] as unknown as visits.IssueRow[])
    api.giveFeedback.mockResolvedValue({} as visits.IssueRow)
    await ready()
    expect(all('feedback-row')).toHaveLength(1)
    await type(byTestId('visit-diary'), '老人想参加居民医保，村口路灯不亮。')
    await click(byTestId('visit-issue-add'))
    await click(byTestId('visit-issue-add'))
    let rows = all('issue-row')
    await type(byTestId('issue-text', rows[0]), '老人想参加城乡居民医保')
    await setModel('ElSelect', 'issue-item', 11)
    await setModel('ElSelect', 'issue-ledger', '代办')
    await setModel('ElSelect', 'issue-applicant', 102)
    await setModel('ElRadioGroup', 'issue-kind', 'suggestion', 1)
    rows = all('issue-row')
    await type(byTestId('issue-text', rows[1]), '村口路灯不亮')
    const give = byTestId('feedback-give').querySelector('input')!
    await click(give)
    await type(byTestId('feedback-note'), '已告知报销款到账')

    await click(byTestId('visit-submit'))
    expect(api.recordVisit).toHaveBeenCalledWith({
      cadreId: 3,
      householdId: 21,
      date: '2026-03-05',
      way: '入户',
      purpose: '',
      diary: '老人想参加居民医保，村口路灯不亮。',
      issues: [
        { kind: 'case', text: '老人想参加城乡居民医保', itemId: 11, ledger: '代办', applicantId: 102, materialsReceived: false },
        { kind: 'suggestion', text: '村口路灯不亮', itemId: 0, ledger: '', applicantId: 0, materialsReceived: false },
      ],
    })
    expect(api.giveFeedback).toHaveBeenCalledWith({ issueId: 900, visitId: 77, date: '2026-03-05', note: '已告知报销款到账', recordCase: true })
    const saved = wrapper!.emitted('saved')!
    expect(saved).toHaveLength(1)
    expect(saved[0][1]).toEqual(['走访已登记', '已转为办件：2026D0012', '已记录 1 项入户反馈'])
  })

  it('catches what is obviously missing and shows the server error at the issue', async () => {
    await ready()
    await click(byTestId('visit-issue-add'))
    await click(byTestId('visit-submit'))
    expect(api.recordVisit).not.toHaveBeenCalled()
    await vi.waitFor(() => {
      const text = [...document.querySelectorAll('.el-form-item__error')].map((e) => e.textContent).join('|')
      expect(text).toContain('请填写民情日记')
      expect(text).toContain('请填写问题内容')
      expect(text).toContain('请选择服务事项')
    })
    // the first field in error has the cursor
    await vi.waitFor(() => expect(document.querySelector('.el-form-item.is-error')?.contains(document.activeElement)).toBe(true))

    await type(byTestId('visit-diary'), '走访。')
    await type(byTestId('issue-text'), '参保')
    await setModel('ElSelect', 'issue-item', 12)
    api.recordVisit.mockRejectedValueOnce(new AppError('invalid', '第1个问题：缺少必需材料仍受理时，请写明受理说明', 'issues.0.intakeNote'))
    await click(byTestId('visit-submit'))
    await vi.waitFor(() => expect(byTestId('issue-row').querySelector('.el-form-item__error')?.textContent).toContain('第1个问题：缺少必需材料仍受理时'))
    expect(wrapper!.emitted('saved')).toBeUndefined()
  })

  it('starts from the cadre and household chosen on the reminders page', async () => {
    await mountForm({ cadreId: 3, householdId: 21 })
    expect(households.getHousehold).toHaveBeenCalledWith(21)
    expect(api.feedbackOwed).toHaveBeenCalledWith(21)
    const vm = wrapper!.vm as unknown as { form: { cadreId: number; householdId: number } }
    expect(vm.form.cadreId).toBe(3)
    expect(vm.form.householdId).toBe(21)
    expect(byTestId('feedback-none').textContent).toContain('没有待反馈')
  })
})
