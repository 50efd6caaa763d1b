import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import ImportView from './ImportView.vue'
import * as excel from '../../api/excel'
import { AppError } from '../../api/errors'

vi.mock('../../api/excel', () => ({
  checkImport: vi.fn(),
  commitImport: vi.fn(),
  importTemplate: vi.fn(),
  fileToBase64: vi.fn(async () => 'QkFTRTY0'),
}))
vi.mock('../../api/documents', () => ({ deliverDocument: vi.fn(() => '已下载：群众信息导入模板.xlsx') }))
const checkImport = vi.mocked(excel.checkImport)
const commitImport = vi.mocked(excel.commitImport)

const report = {
  total: 3, good: 2, badRows: 1, households: 1, skipped: 1, moreProblems: 0,
  problems: [{ row: 4, column: '身份证号码', value: '110105194912310021', reason: '身份证号码校验位不符，请核对身份证原件后重新输入' }],
  preview: [
    { row: 2, name: '巴特尔', idNumber: '**************0019', sex: '男', age: 40, villageName: '东风嘎查', groupName: '一组', household: '1', relation: '户主' },
    { row: 3, name: '其其格', idNumber: '**************0027', sex: '女', age: 40, villageName: '东风嘎查', groupName: '一组', household: '1', relation: '配偶' },
  ],
} as excel.ImportReport

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', name: 'residents', component: { render: () => null } }] })
  await router.push('/residents/import')
  const wrapper = mount(ImportView, { global: { plugins: [ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

async function choose(wrapper: ReturnType<typeof mount>, name = '群众.xlsx', size = 1000) {
  const input = wrapper.find('[data-testid="import-file"]')
  const file = new File([new Uint8Array(size)], name)
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('ImportView', () => {
  beforeEach(() => {
    checkImport.mockReset()
    commitImport.mockReset()
    document.body.innerHTML = ''
  })

  it('shows the report naming each bad row and imports only the good rows after confirmation', async () => {
    checkImport.mockResolvedValue(structuredClone(report))
    commitImport.mockResolvedValue({ residents: 2, households: 1, skipped: 1 })
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const { wrapper } = await mountView()
    await choose(wrapper)
    expect(checkImport).toHaveBeenCalledWith('QkFTRTY0')
    expect(wrapper.find('[data-testid="import-summary"]').text()).toContain('共 3 行：正确 2 行（新建家庭户 1 户），有错误 1 行')
    expect(wrapper.find('[data-testid="import-problem"]').text()).toBe('第4行：身份证号码校验位不符，请核对身份证原件后重新输入')
    expect(wrapper.find('[data-testid="import-preview"]').text()).toContain('其其格')
    expect(wrapper.find('[data-testid="import-all"]').exists()).toBe(false)
    await wrapper.find('[data-testid="import-good"]').trigger('click')
    await flushPromises()
    expect(confirm.mock.calls[0][0]).toContain('有错误的 1 行不会导入')
    expect(commitImport).toHaveBeenCalledWith('QkFTRTY0', 'good')
    expect(wrapper.find('[data-testid="import-done"]').text()).toContain('已导入群众 2 人、家庭户 1 户，有错误的 1 行未导入')
    confirm.mockRestore()
  })

  it('imports nothing when the confirmation is cancelled, and offers all-or-nothing for a clean file', async () => {
    checkImport.mockResolvedValue({ ...structuredClone(report), badRows: 0, problems: [] } as unknown as excel.ImportReport)
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const { wrapper } = await mountView()
    await choose(wrapper)
    await wrapper.find('[data-testid="import-all"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalled()
    expect(commitImport).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="import-report"]').exists()).toBe(true)
    confirm.mockRestore()
  })

  it('refuses a file that is not .xlsx or too big before uploading, and shows the server refusal', async () => {
    const { wrapper } = await mountView()
    await choose(wrapper, '群众.csv')
    await choose(wrapper, '大.xlsx', 21 * 1024 * 1024)
    expect(checkImport).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请选择 .xlsx 格式的 Excel 文件')
    expect(document.body.textContent).toContain('文件超过 20 MB')
    checkImport.mockRejectedValue(new AppError('invalid', '第1行缺少“姓名”列，请使用下载的模板填写', 'file'))
    await choose(wrapper)
    expect(document.body.textContent).toContain('第1行缺少“姓名”列')
    expect(wrapper.find('[data-testid="import-report"]').exists()).toBe(false)
  })
})
