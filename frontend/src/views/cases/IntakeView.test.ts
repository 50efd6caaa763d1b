import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as cases from '../../api/cases'
import * as catalog from '../../api/catalog'
import * as residents from '../../api/residents'
import IntakeView from './IntakeView.vue'

vi.mock('../../api/cases', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/cases')>()
  return { ...orig, intake: vi.fn(), openCasesFor: vi.fn(), missingCalendarYears: vi.fn(), printReceipt: vi.fn(), printNotice: vi.fn() }
})
vi.mock('../../api/catalog', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/catalog')>()
  return { ...orig, listServiceItems: vi.fn() }
})
vi.mock('../../api/residents', () => ({ searchResidents: vi.fn(), getResident: vi.fn(), inspectID: vi.fn(), saveResident: vi.fn() }))
vi.mock('../../api/places', () => ({ listVillages: vi.fn().mockResolvedValue([]) }))

const casesApi = vi.mocked(cases)
const catalogApi = vi.mocked(catalog)
const residentsApi = vi.mocked(residents)

function item(over: Partial<catalog.ServiceItem>): catalog.ServiceItem {
  return {
    id: 1,
    code: 'YB-01',
    name: '城乡居民医保参保登记',
    category: '医保',
    defaultLedger: '即办',
    legalBasis: '',
    eligibility: '',
    materials: [{ name: '居民身份证或户口簿', original: true, copies: 0, required: true, note: '出示原件' }],
    steps: [],
    statutoryDays: 0,
    promisedDays: 0,
    fee: '不收费',
    department: '旗医疗保障局',
    placeHours: '',
    enquiryPhone: '',
    complaintPhone: '',
    qa: '',
    active: true,
    updatedAt: '',
    ...over,
  } as catalog.ServiceItem
}

const DIBAO = item({
  id: 11,
  code: 'DB-01',
  name: '最低生活保障新申请',
  category: '低保',
  defaultLedger: '代办',
  promisedDays: 30,
  statutoryDays: 30,
  materials: [
    { name: '户口簿', original: false, copies: 1, required: true, note: '' },
    { name: '书面申请', original: true, copies: 1, required: true, note: '' },
    { name: '疾病或残疾证明', original: false, copies: 1, required: false, note: '' },
  ],
})
const items = [item({}), DIBAO]

const resident = {
  id: 7, name: '王芳', idNumber: '150627********0662', hasIdNumber: true, birthDate: '2000-01-01', sex: '女', age: 26,
  phone: '166****5263', villageId: 1, villageName: '乌兰木伦社区', groupId: 3, groupName: '三组', address: '', householdId: 0,
  relation: '户主', residency: '常住', tags: [], note: '', updatedAt: '',
} as unknown as residents.Resident

function saved(over: Partial<cases.Case>): cases.Case {
  return {
    id: 41, number: '2026D0012', ledger: '代办', itemId: 11, itemName: '最低生活保障新申请', itemCategory: '低保', applicantId: 7,
    applicantName: '王芳', applicantIdNumber: '150627********0662', applicantPhone: '', villageId: 1, villageName: '乌兰木伦社区',
    source: '大厅窗口', summary: '', intakeNote: '', materials: [], status: 'accepted', statusLabel: '已受理',
    createdAt: '2026-11-25T02:00:00Z', acceptedOn: '2026-11-25', promisedDays: 30, statutoryDays: 30, extensionDays: 0,
    dueDate: '2027-01-06', dueVerified: true, daysLeft: 30, overdue: false, handlerId: 2, handlerName: '王丽娜', departments: '',
    outcome: '', outcomeNote: '', monthlyAmount: '', firstPaidMonth: '', feedbackMethod: '', feedbackAt: '', feedbackBy: '',
    rating: 0, ratingLabel: '', ratingNote: '', remedyDue: '', remedyNote: '', remedyResolved: false, closedAt: '', closedBy: '',
    timeline: [], actions: [],
    ...over,
  } as cases.Case
}

let wrapper: VueWrapper | undefined

async function mountView(query = '') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSession().status = app.Status.createFrom({
    needsSetup: false, hallName: '乌兰木伦镇便民服务大厅', operator: { id: 2, name: '王丽娜', role: 'clerk' },
    permissions: ['cases.view', 'cases.handle', 'residents.view', 'residents.edit'],
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/counter', name: 'counter', component: { render: () => null } },
      { path: '/cases/:id', name: 'case', component: { render: () => null } },
      { path: '/residents/:id', name: 'resident', component: { render: () => null } },
    ],
  })
  await router.push('/counter' + query)
  wrapper = mount(IntakeView, { global: { plugins: [ElementPlus, pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const find = (testid: string) => wrapper!.find(`[data-testid="${testid}"]`)
const material = (name: string) => wrapper!.find(`[data-testid="material-check"][data-name="${name}"] input`)

/** pickApplicant types in the picker, presses Enter to search and Enter again to pick. */
async function pickApplicant(text: string) {
  const input = find('intake-applicant')
  await input.setValue(text)
  await input.trigger('keydown', { key: 'Enter' })
  await flushPromises()
  await find('intake-applicant').trigger('keydown', { key: 'Enter' })
  await flushPromises()
}

/** chooseItem picks a service item through the select (its dropdown lives in a popper). */
async function chooseItem(id: number) {
  const select = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'intake-item')!
  select.vm.$emit('update:modelValue', id)
  await flushPromises()
}

/** errorOf returns the error text of the form item around the element with the test id. */
function errorOf(testid: string): string {
  const el = find(testid).element.closest('.el-form-item')
  return el?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

async function shown() {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150))
}

describe('IntakeView', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    catalogApi.listServiceItems.mockResolvedValue(items)
    casesApi.openCasesFor.mockResolvedValue([])
    casesApi.missingCalendarYears.mockResolvedValue([])
    residentsApi.searchResidents.mockResolvedValue({ items: [resident], total: 1, page: 1 } as residents.ResidentPage)
    residentsApi.getResident.mockResolvedValue(resident)
    document.body.innerHTML = ''
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('finds and picks the applicant with Enter, Enter', async () => {
    await mountView()
    await pickApplicant('王芳')
    expect(residentsApi.searchResidents).toHaveBeenCalledWith({ text: '王芳', villageId: 0, tag: '', page: 1, pageSize: 8 })
    expect(find('picker-picked').text()).toContain('王芳')
    expect(find('picker-picked').text()).toContain('150627********0662')
    expect(find('intake-applicant').exists()).toBe(false)
  })

  it('choosing an item fills the ledger and the materials checklist', async () => {
    await mountView()
    expect(find('intake-ledger').exists()).toBe(false)
    await chooseItem(11)
    const checked = find('intake-ledger').find('.is-active')
    expect(checked.text()).toBe('代办')
    const names = wrapper!.findAll('[data-testid="material-check"]').map((w) => w.attributes('data-name'))
    expect(names).toEqual(['户口簿', '书面申请', '疾病或残疾证明'])
    await chooseItem(1)
    expect(find('intake-ledger').find('.is-active').text()).toBe('即办')
    expect(wrapper!.findAll('[data-testid="material-check"]').map((w) => w.attributes('data-name'))).toEqual(['居民身份证或户口簿'])
  })

  it('offers to wait or to accept with a note while a required material is unticked', async () => {
    await mountView('?applicant=7')
    expect(residentsApi.getResident).toHaveBeenCalledWith(7)
    await chooseItem(11)
    expect(find('intake-missing').text()).toContain('户口簿、书面申请')
    await material('户口簿').setValue(true)
    expect(find('intake-missing').text()).toContain('缺少必需材料：书面申请')
    expect(find('intake-missing').text()).not.toContain('户口簿')
    // waiting is the default
    expect(find('intake-wait').classes()).toContain('is-checked')
    expect(find('intake-note').exists()).toBe(false)
    // accepting with missing materials needs a note
    await find('intake-accept-missing').find('input').setValue(true)
    expect(find('intake-note').exists()).toBe(true)
    await find('intake-submit').trigger('click')
    await shown()
    expect(casesApi.intake).not.toHaveBeenCalled()
    expect(errorOf('intake-note')).toBe('缺少必需材料仍受理时，请写明受理说明')

    casesApi.intake.mockResolvedValue(
      saved({
        intakeNote: '群众承诺三日内补交书面申请',
        materials: [
          { name: '户口簿', original: false, copies: 1, required: true, note: '', received: true },
          { name: '书面申请', original: true, copies: 1, required: true, note: '', received: false },
        ],
      }),
    )
    await find('intake-note').setValue('群众承诺三日内补交书面申请')
    await find('intake-submit').trigger('click')
    await flushPromises()
    expect(casesApi.intake).toHaveBeenCalledWith({
      applicantId: 7, itemId: 11, ledger: '代办', source: '大厅窗口', summary: '', received: ['户口簿'],
      acceptMissing: true, intakeNote: '群众承诺三日内补交书面申请',
    })
    // accepted with a material missing: both the receipt and the notice can be printed
    expect(find('intake-print-receipt').exists()).toBe(true)
    expect(find('intake-print-notice').exists()).toBe(true)
  })

  it('the choice disappears once every required material is ticked', async () => {
    await mountView('?applicant=7')
    await chooseItem(11)
    await material('户口簿').setValue(true)
    await material('书面申请').setValue(true)
    expect(find('intake-missing').exists()).toBe(false)
  })

  it('saves a waiting case without acceptMissing and shows the notice to print', async () => {
    casesApi.intake.mockResolvedValue(saved({ status: 'awaiting_materials', statusLabel: '待补正', acceptedOn: '', dueDate: '' }))
    casesApi.printNotice.mockResolvedValue({ fileName: '一次性告知单-2026D0012.pdf', base64: '', savedPath: '/tmp/x.pdf', warning: '' } as cases.Document)
    await mountView('?applicant=7')
    await chooseItem(11)
    await find('intake-submit').trigger('click')
    await flushPromises()
    expect(casesApi.intake.mock.calls[0][0]).toMatchObject({ received: [], acceptMissing: false, intakeNote: '' })
    expect(find('intake-number').text()).toBe('2026D0012')
    expect(find('intake-due').text()).toBe('材料补齐后起算，30个工作日')
    expect(find('intake-print-receipt').exists()).toBe(false)
    await find('intake-print-notice').trigger('click')
    await flushPromises()
    expect(casesApi.printNotice).toHaveBeenCalledWith(41)
  })

  it('save sends the whole IntakeInput: agent, changed ledger, materials, source, summary', async () => {
    casesApi.intake.mockResolvedValue(saved({ ledger: '上报', number: '2026S0003' }))
    await mountView()
    await pickApplicant('王芳')
    await chooseItem(11)
    await find('intake-agent').trigger('click')
    await flushPromises()
    await find('intake-agent-name').setValue(' 李强 ')
    const relation = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'intake-agent-relation')!
    relation.vm.$emit('update:modelValue', '子女')
    await find('intake-agent-id').setValue('11010519491231002X')
    await find('intake-agent-entrusted').find('input').setValue(true)
    await find('intake-ledger').findAll('input').find((i) => (i.element as HTMLInputElement).value === '上报')!.setValue(true)
    await find('materials-all').trigger('click')
    const source = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'intake-source')!
    source.vm.$emit('update:modelValue', '入户走访')
    await find('intake-summary').setValue(' 老人卧床，申请低保 ')
    await flushPromises()
    // Ctrl+Enter saves from anywhere on the screen
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    await flushPromises()
    expect(casesApi.intake).toHaveBeenCalledTimes(1)
    expect(casesApi.intake.mock.calls[0][0]).toEqual({
      applicantId: 7,
      agent: { name: '李强', idNumber: '11010519491231002X', relation: '子女', entrusted: true },
      itemId: 11,
      ledger: '上报',
      source: '入户走访',
      summary: '老人卧床，申请低保',
      received: ['户口簿', '书面申请'],
      acceptMissing: false,
      intakeNote: '',
    })
    expect(find('intake-result').exists()).toBe(true)
    expect(find('intake-number').text()).toBe('2026S0003')
  })

  it('shows the open cases of the same item before saving', async () => {
    casesApi.openCasesFor.mockResolvedValue([saved({ id: 30, number: '2026D0007', status: 'in_progress', statusLabel: '办理中' })])
    await mountView('?applicant=7')
    await chooseItem(11)
    expect(casesApi.openCasesFor).toHaveBeenLastCalledWith(7, 11)
    expect(find('intake-duplicates').text()).toContain('2026D0007')
    expect(find('intake-duplicates').text()).toContain('办理中')
  })

  it('puts every field error of the server next to its field and keeps the form', async () => {
    casesApi.intake.mockRejectedValue(
      new AppError('invalid', '代办人姓名不能超过20个字', 'agent.name', undefined, [
        { field: 'agent.name', message: '代办人姓名不能超过20个字' },
        { field: 'agent.idNumber', message: '代办人身份证号校验位不正确' },
      ]),
    )
    await mountView('?applicant=7')
    await chooseItem(1)
    await find('intake-agent').trigger('click')
    await flushPromises()
    await find('intake-agent-name').setValue('李强')
    const relation = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'intake-agent-relation')!
    relation.vm.$emit('update:modelValue', '子女')
    await find('intake-agent-id').setValue('110105194912310021')
    await find('intake-submit').trigger('click')
    await shown()
    expect(errorOf('intake-agent-name')).toBe('代办人姓名不能超过20个字')
    expect(errorOf('intake-agent-id')).toBe('代办人身份证号校验位不正确')
    expect(find('intake-result').exists()).toBe(false)
  })

  it('says while typing that the agent’s name cannot be printed, and does not save it', async () => {
    await mountView('?applicant=7')
    await chooseItem(1)
    await find('materials-all').trigger('click')
    await find('intake-agent').trigger('click')
    await flushPromises()
    await find('intake-agent-name').setValue('李强😀')
    await shown()
    expect(errorOf('intake-agent-name')).toContain('“😀”无法打印')
    await find('intake-submit').trigger('click')
    await shown()
    expect(casesApi.intake).not.toHaveBeenCalled()
  })

  it('after the applicant is picked the cursor goes to step 2, 代为申请', async () => {
    await mountView()
    await pickApplicant('王芳')
    await flushPromises()
    expect(document.activeElement).toBe(find('intake-agent').find('input').element)
  })

  it('a second Ctrl+Enter while the first save is under way saves nothing more', async () => {
    let answer!: (c: cases.Case) => void
    casesApi.intake.mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    await mountView('?applicant=7')
    await chooseItem(1)
    await find('materials-all').trigger('click')
    const ctrlEnter = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    ctrlEnter()
    await flushPromises()
    ctrlEnter()
    await find('intake-submit').trigger('click')
    await flushPromises()
    expect(casesApi.intake).toHaveBeenCalledTimes(1)
    answer(saved({ ledger: '即办', number: '2026J0001' }))
    await flushPromises()
    expect(find('intake-number').text()).toBe('2026J0001')
  })

  it('the duplicate question starts on 返回核对: Enter or a second Ctrl+Enter does not save', async () => {
    casesApi.openCasesFor.mockResolvedValue([saved({ id: 30, number: '2026D0007', status: 'in_progress', statusLabel: '办理中' })])
    await mountView('?applicant=7')
    await chooseItem(1)
    await find('materials-all').trigger('click')
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    await shown()
    const box = document.querySelector('.el-message-box')!
    expect(box.textContent).toContain('可能重复受理')
    const back = box.querySelector<HTMLButtonElement>('.deliberate-cancel')!
    expect(back.textContent).toContain('返回核对')
    expect(document.activeElement).toBe(back)
    // the second press lands in the box (ignored by the form); Enter on the focused button goes back
    back.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    await find('intake-submit').trigger('click')
    back.click()
    await shown()
    expect(casesApi.intake).not.toHaveBeenCalled()
    expect(find('intake-result').exists()).toBe(false)
  })

  it('marks every missing field at once and puts the cursor in the first', async () => {
    await mountView()
    await find('intake-agent').trigger('click')
    await flushPromises()
    await find('intake-submit').trigger('click')
    await shown()
    expect(find('intake-applicant-error').text()).toContain('请选择申请人')
    expect(errorOf('intake-item')).not.toBe('')
    expect(errorOf('intake-agent-name')).not.toBe('')
    expect(document.activeElement).toBe(find('intake-applicant').element)
    expect(casesApi.intake).not.toHaveBeenCalled()
  })

  it('next case clears the form and goes back to the applicant', async () => {
    casesApi.intake.mockResolvedValue(saved({ ledger: '即办', number: '2026J0001' }))
    await mountView('?applicant=7')
    await chooseItem(1)
    await find('materials-all').trigger('click')
    await find('intake-submit').trigger('click')
    await flushPromises()
    expect(find('intake-due').text()).toBe('当场办结')
    await find('intake-next').trigger('click')
    await flushPromises()
    expect(find('intake-result').exists()).toBe(false)
    expect(find('intake-applicant').exists()).toBe(true)
    expect(find('intake-ledger').exists()).toBe(false)
    expect(document.activeElement).toBe(find('intake-applicant').element)
  })
})
