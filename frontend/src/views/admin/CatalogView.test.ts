import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { AppError } from '../../api/errors'
import * as catalog from '../../api/catalog'
import CatalogView from './CatalogView.vue'

vi.mock('../../api/catalog', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/catalog')>()
  return { ...orig, listServiceItems: vi.fn(), getServiceItem: vi.fn(), saveServiceItem: vi.fn() }
})

const api = vi.mocked(catalog)

function item(over: Partial<catalog.ServiceItemInput>): catalog.ServiceItem {
  return {
    id: 1,
    code: 'YB-01',
    name: '城乡居民医保参保登记',
    category: '医保',
    defaultLedger: '即办',
    legalBasis: '《中华人民共和国社会保险法》',
    eligibility: '没有参加职工医保的城乡居民',
    materials: [{ name: '居民身份证或户口簿', original: true, copies: 0, required: true, note: '出示原件' }],
    steps: ['带上身份证到窗口', '当场办结'],
    statutoryDays: 0,
    promisedDays: 0,
    fee: '不收费',
    department: '旗医疗保障局',
    placeHours: '苏木乡镇便民服务大厅',
    enquiryPhone: '',
    complaintPhone: '',
    qa: '问：谁可以参保？\n答：没有参加职工医保的人。',
    active: true,
    updatedAt: '2025-03-10T01:00:00Z',
    ...over,
  } as catalog.ServiceItem
}

const items = [
  item({}),
  item({ id: 2, code: 'YB-02', name: '城乡居民医保代缴费', defaultLedger: '代办', promisedDays: 1 }),
  item({ id: 5, code: 'YL-04', name: '养老保险领取资格认证', category: '养老', active: false }),
  item({ id: 11, code: 'DB-01', name: '最低生活保障新申请', category: '低保', defaultLedger: '代办', statutoryDays: 30, promisedDays: 30 }),
]

let wrapper: VueWrapper | undefined

async function mountView() {
  wrapper = mount(CatalogView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

// byTestId finds an element anywhere in the document (dialogs are teleported to <body>).
function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

function allByTestId<T extends Element = HTMLElement>(id: string): T[] {
  return [...document.querySelectorAll<T>(`[data-testid="${id}"]`)]
}

async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

const type = (id: string, value: string) => typeInto(byTestId<HTMLInputElement>(id), value)

function tableRows(): string[] {
  const rows = byTestId('catalog-table').querySelectorAll('.el-table__body tbody tr')
  return [...rows].map((r) => r.textContent ?? '')
}

beforeEach(() => {
  vi.clearAllMocks()
  api.listServiceItems.mockResolvedValue(structuredClone(items))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('CatalogView', () => {
  it('lists the items grouped by category with ledger, limits and status', async () => {
    await mountView()
    expect(api.listServiceItems).toHaveBeenCalledWith(true)
    const rows = tableRows()
    expect(rows).toHaveLength(4)
    // grouped: 医保, 医保, 养老, 低保 — the category cell spans its group
    expect(rows[0]).toContain('医保')
    expect(rows[0]).toContain('YB-01')
    expect(rows[0]).toContain('城乡居民医保参保登记')
    expect(rows[0]).toContain('即办')
    expect(rows[0]).toContain('当场办结')
    expect(rows[1]).toContain('代办')
    expect(rows[1]).toContain('1个工作日')
    expect(rows[2]).toContain('养老保险领取资格认证')
    expect(rows[2]).toContain('停用')
    expect(rows[2]).toContain('启用') // an inactive item offers 启用
    expect(rows[3]).toContain('低保')
    expect(rows[3]).toContain('30个工作日')
    const firstCells = [...byTestId('catalog-table').querySelectorAll('.el-table__body tbody tr')].map(
      (r) => r.querySelector('td')!,
    )
    expect(firstCells.map((c) => c.textContent?.trim())).toEqual(['医保', 'YB-02', '养老', '低保'])
    expect(firstCells[0].getAttribute('rowspan')).toBe('2') // 医保 spans both of its items
    expect(byTestId('catalog-table').textContent).not.toContain('删除')
  })

  it('shows a server field error next to the field and keeps the dialog open', async () => {
    api.saveServiceItem.mockRejectedValue(new AppError('conflict', '事项编码“YB-02”已被其他事项使用', 'code'))
    await mountView()
    allByTestId<HTMLButtonElement>('catalog-edit')[0].click()
    await flushPromises()
    expect(byTestId<HTMLInputElement>('ci-name').value).toBe('城乡居民医保参保登记')
    await type('ci-code', 'YB-02')
    byTestId<HTMLButtonElement>('ci-submit').click()
    await flushPromises()

    expect(api.saveServiceItem).toHaveBeenCalledTimes(1)
    expect(api.saveServiceItem.mock.calls[0][0]).toMatchObject({ id: 1, code: 'YB-02', active: true })
    const formItem = byTestId('ci-code').closest('.el-form-item')!
    expect(formItem.classList.contains('is-error')).toBe(true)
    await vi.waitFor(() =>
      expect(formItem.querySelector('.el-form-item__error')?.textContent).toContain('事项编码“YB-02”已被其他事项使用'),
    )
    expect(byTestId('ci-submit')).toBeTruthy()
  })

  it('adds a new item with a material row and a step, and sends them', async () => {
    api.saveServiceItem.mockImplementation(async (input) => ({ ...input, id: 99 }) as catalog.ServiceItem)
    await mountView()
    byTestId('catalog-new').click()
    await flushPromises()

    await type('ci-code', 'QT-02')
    await type('ci-name', '临时救助申请')
    const category = wrapper!.findAllComponents({ name: 'ElSelect' })[0]
    category.vm.$emit('update:modelValue', '其他')
    await flushPromises()
    const ledger = wrapper!.findAllComponents({ name: 'ElRadioGroup' }).find((c) => c.attributes('data-testid') === 'ci-ledger')!
    ledger.vm.$emit('update:modelValue', '上报')
    await flushPromises()

    byTestId('ci-material-add').click()
    await flushPromises()
    await type('ci-material-name', '书面申请')
    await type('ci-material-note', '本人签字')
    byTestId('ci-material-add').click() // a second row left empty is dropped, not refused
    await flushPromises()
    byTestId('ci-step-add').click()
    await flushPromises()
    await type('ci-step', '入户调查')

    byTestId<HTMLButtonElement>('ci-submit').click()
    await flushPromises()

    expect(api.saveServiceItem).toHaveBeenCalledTimes(1)
    const sent = api.saveServiceItem.mock.calls[0][0]
    expect(sent).toMatchObject({
      id: 0,
      code: 'QT-02',
      name: '临时救助申请',
      category: '其他',
      defaultLedger: '上报',
      fee: '不收费',
      placeHours: '苏木乡镇便民服务大厅',
      steps: ['入户调查'],
      active: true,
    })
    expect(sent.materials).toEqual([{ name: '书面申请', original: false, copies: 1, required: true, note: '本人签字' }])
    expect(api.listServiceItems).toHaveBeenCalledTimes(2) // reloaded after saving
  })

  it('keeps the code and role of a built-in item and sends the role back with an edit', async () => {
    api.listServiceItems.mockResolvedValue([
      item({ id: 11, code: 'DB-01', name: '最低生活保障新申请', category: '低保', role: 'allowance_new', builtin: true } as Partial<catalog.ServiceItemInput>),
      item({ id: 40, code: 'QT-09', name: '本镇事项', category: '其他', role: '' }),
    ])
    api.saveServiceItem.mockImplementation(async (input) => input as catalog.ServiceItem)
    await mountView()
    allByTestId<HTMLButtonElement>('catalog-edit')[0].click()
    await flushPromises()
    expect(byTestId<HTMLInputElement>('ci-code').disabled).toBe(true)
    expect(byTestId('ci-role').querySelector('input')?.disabled).toBe(true)
    expect(byTestId('ci-role-hint').textContent).toContain('内置事项的编码和业务角色不能修改')
    await type('ci-name', '低保申请')
    byTestId<HTMLButtonElement>('ci-submit').click()
    await flushPromises()
    expect(api.saveServiceItem.mock.calls[0][0]).toMatchObject({ id: 11, code: 'DB-01', name: '低保申请', role: 'allowance_new' })
    await flushPromises()

    allByTestId<HTMLButtonElement>('catalog-edit')[1].click()
    await flushPromises()
    expect(byTestId<HTMLInputElement>('ci-code').disabled).toBe(false)
    expect(byTestId('ci-role').querySelector('input')?.disabled).toBe(false)
  })

  it('asks before deactivating and sends the whole item inactive', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    api.saveServiceItem.mockImplementation(async (input) => input as catalog.ServiceItem)
    await mountView()
    const toggles = allByTestId<HTMLButtonElement>('catalog-toggle')
    toggles[0].click()
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    const [text, title] = confirm.mock.calls[0] as unknown as [string, string]
    expect(title).toBe('停用服务事项')
    expect(text).toContain('城乡居民医保参保登记')
    expect(text).toContain('已受理的办件')
    expect(api.saveServiceItem).not.toHaveBeenCalled()

    confirm.mockResolvedValueOnce('confirm' as never)
    toggles[0].click()
    await flushPromises()
    expect(api.saveServiceItem).toHaveBeenCalledWith(expect.objectContaining({ id: 1, code: 'YB-01', active: false, steps: items[0].steps }))
  })
})
