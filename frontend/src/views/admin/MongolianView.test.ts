import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { AppError } from '../../api/errors'
import * as admin from '../../api/admin'
import * as mongolian from '../../api/mongolian'
import { mongolianLabelKeys } from '../../generated/vocabulary'
import MongolianView from './MongolianView.vue'

vi.mock('../../api/admin', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../api/admin')>()), getSettings: vi.fn() }))
vi.mock('../../api/mongolian', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/mongolian')>()),
  getMongolian: vi.fn(),
  saveMongolian: vi.fn(),
}))

const api = vi.mocked(mongolian)
let wrapper: VueWrapper | undefined

// Mongolian test words, typed as Unicode.
const sumu = 'ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ'
const hota = 'ᠬᠣᠲᠠ'
const fresh = { hallName: '', township: '', banner: '', address: '', officeHours: '', labels: {}, version: 1 }

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function type(id: string, value: string) {
  const el = byTestId(id)
  const input = (el.matches('input') ? el : el.querySelector('input')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function mountView() {
  wrapper = mount(MongolianView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  vi.mocked(admin.getSettings).mockResolvedValue({
    hallName: '测试镇便民服务大厅', township: '测试镇', banner: '测试旗', phone: '0477-8612345',
    supervisionPhone: '', idleMinutes: 30, address: '', officeHours: '', remedyDays: 15, version: 1,
  })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('MongolianView', () => {
  it('starts empty, lists every translatable title, previews vertically and saves only what was typed', async () => {
    api.getMongolian.mockResolvedValue({ ...fresh })
    api.saveMongolian.mockImplementation(async (m) => ({ ...m, version: m.version + 1 }))
    await mountView()
    const rows = document.querySelectorAll('[data-testid="mn-labels"] .el-table__body .el-table__row')
    expect([...rows].map((r) => r.querySelector('td')?.textContent?.trim())).toEqual([...mongolianLabelKeys])
    expect(byTestId('mn-labels-filled').textContent).toContain('0')
    expect(byTestId('mn-form').textContent).toContain('测试镇便民服务大厅') // the Chinese beside its Mongolian
    expect(document.querySelector('[data-testid="mn-preview-text"]')).toBeNull()

    await type('mn-hallName', sumu)
    await type('mn-banner', hota)
    await type('mn-label-受理回执', hota)
    expect([...byTestId('mn-masthead-preview').querySelectorAll('.mn-column')].map((c) => c.textContent)).toEqual([sumu, hota])
    expect(byTestId('mn-labels-filled').textContent).toContain('1')

    byTestId('mn-submit').click()
    await flushPromises()
    expect(api.saveMongolian).toHaveBeenCalledWith({ ...fresh, hallName: sumu, banner: hota, labels: { 受理回执: hota } })
  })

  it('shows a refused label next to the table and a refused field next to the field', async () => {
    api.getMongolian.mockResolvedValue({ ...fresh, hallName: sumu, labels: { 政策宣传单: hota }, version: 7 })
    await mountView()
    expect((byTestId('mn-hallName').querySelector('input') ?? byTestId<HTMLInputElement>('mn-hallName')) as HTMLInputElement).toHaveProperty('value', sumu)
    api.saveMongolian.mockRejectedValueOnce(new AppError('invalid', '「受理回执」的蒙古文只能填写蒙古文、数字、空格和标点，不能含有「回」', 'labels'))
    byTestId('mn-submit').click()
    await flushPromises()
    expect(api.saveMongolian).toHaveBeenCalledWith(expect.objectContaining({ version: 7, labels: { 政策宣传单: hota } }))
    expect(byTestId('mn-labels-error').textContent).toContain('「受理回执」的蒙古文')

    api.saveMongolian.mockRejectedValueOnce(new AppError('invalid', '服务大厅名称（蒙古文）只能填写蒙古文、数字、空格和标点，不能含有「便」', 'hallName'))
    byTestId('mn-submit').click()
    await flushPromises()
    const item = byTestId('mn-hallName').closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('不能含有「便」'))
  })
})
