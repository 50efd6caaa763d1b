import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { AppError } from '../../api/errors'
import * as admin from '../../api/admin'
import PlacesView from './PlacesView.vue'
import SettingsView from './SettingsView.vue'
import AuditView from './AuditView.vue'
import { adminRoutes } from './routes'
import { formatTime } from './format'

vi.mock('../../api/admin', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/admin')>()
  return {
    ...orig,
    listVillages: vi.fn(),
    saveVillage: vi.fn(),
    saveGroup: vi.fn(),
    getSettings: vi.fn(),
    saveSettings: vi.fn(),
    listAudit: vi.fn(),
    auditHead: vi.fn(),
  }
})

const api = vi.mocked(admin)
let wrapper: VueWrapper | undefined
let pinia: Pinia

async function mountView(c: object) {
  wrapper = mount(c, { global: { plugins: [pinia, ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function type(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('adminRoutes', () => {
  it('names each page with its title and permission', () => {
    expect(adminRoutes.map((r) => [r.path, r.name, r.meta?.title, r.meta?.perm])).toEqual([
      ['operators', 'admin-operators', '操作员管理', 'operators.manage'],
      ['places', 'admin-places', '村组管理', 'places.manage'],
      ['catalog', 'admin-catalog', '服务事项目录', 'catalog.manage'],
      ['calendar', 'admin-calendar', '工作日历', 'calendar.manage'],
      ['settings', 'admin-settings', '大厅信息', 'settings.manage'],
      ['mongolian', 'admin-mongolian', '蒙古文', 'settings.manage'],
      ['devices', 'admin-devices', '大厅设备', 'devices.manage'],
      ['queue', 'admin-queue', '排队叫号', 'devices.manage'],
      ['verify', 'admin-verify', '文书核验', 'documents.verify'],
      ['audit', 'admin-audit', '审计日志', 'audit.view'],
      ['backups', 'admin-backups', '数据备份', 'backups.manage'],
      ['replica', 'admin-replica', '旗县汇总', 'backups.manage'],
    ])
  })
})

describe('formatTime', () => {
  it('shows UTC times in Asia/Shanghai', () => {
    expect(formatTime('2025-03-02T17:30:05Z')).toBe('2025-03-03 01:30:05')
    expect(formatTime('')).toBe('')
  })
})

describe('PlacesView', () => {
  const villages: admin.Village[] = [
    {
      id: 1,
      name: '东风嘎查',
      kind: '嘎查',
      active: true,
      groups: [
        { id: 11, villageId: 1, name: '一组', active: true },
        { id: 12, villageId: 1, name: '二组', active: false },
      ],
    },
    { id: 2, name: '团结社区', kind: '社区', active: false, groups: [] },
  ] as admin.Village[]

  it('greys inactive villages and groups, and confirms before deactivating', async () => {
    api.listVillages.mockResolvedValue(structuredClone(villages))
    api.saveVillage.mockResolvedValue(1)
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    await mountView(PlacesView)

    const blocks = document.querySelectorAll('[data-testid="village"]')
    expect(blocks).toHaveLength(2)
    expect(blocks[0].classList.contains('inactive')).toBe(false)
    expect(blocks[1].classList.contains('inactive')).toBe(true)
    const groups = blocks[0].querySelectorAll('[data-testid="group"]')
    expect(groups[1].classList.contains('inactive')).toBe(true)

    blocks[0].querySelector<HTMLButtonElement>('[data-testid="village-toggle"]')!.click()
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(api.saveVillage).toHaveBeenCalledWith({ id: 1, name: '东风嘎查', kind: '嘎查', active: false })
  })

  it('a deactivation refused as stale reads the list again and says what changed', async () => {
    const listed = structuredClone(villages).map((v) => ({ ...v, version: 2 })) as admin.Village[]
    api.listVillages.mockResolvedValue(listed)
    api.saveVillage.mockRejectedValue(new AppError('stale', '该记录已被他人修改', undefined, undefined, [], [{ label: '名称', old: '东风嘎查', new: '东风村' }]))
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    await mountView(PlacesView)
    document.querySelector<HTMLButtonElement>('[data-testid="village-toggle"]')!.click()
    await flushPromises()
    expect(api.saveVillage).toHaveBeenCalledWith(expect.objectContaining({ id: 1, version: 2, active: false }))
    expect(api.listVillages).toHaveBeenCalledTimes(2) // the page no longer shows the old state
    await vi.waitFor(() => expect(byTestId('stale-dialog').textContent).toContain('东风村'))
  })

  it('adds a village and shows a duplicate name next to the field', async () => {
    api.listVillages.mockResolvedValue(structuredClone(villages))
    api.saveVillage.mockRejectedValue(new AppError('conflict', '已有同名的嘎查村/社区：东风嘎查', 'name'))
    await mountView(PlacesView)
    byTestId('place-new-village').click()
    await flushPromises()
    await type('village-name', '东风嘎查')
    byTestId('village-submit').click()
    await flushPromises()
    expect(api.saveVillage).toHaveBeenCalledWith({ id: 0, version: 0, name: '东风嘎查', kind: '嘎查', active: true })
    const item = byTestId('village-name').closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('已有同名'))
  })
})

describe('SettingsView', () => {
  it('loads the settings and shows a field error from the server', async () => {
    api.getSettings.mockResolvedValue({
      hallName: '测试镇便民服务大厅',
      township: '测试镇',
      banner: '测试旗',
      phone: '0477-8612345',
      supervisionPhone: '',
      idleMinutes: 30,
      address: '',
      officeHours: '',
      remedyDays: 15,
      version: 3,
    })
    api.saveSettings.mockRejectedValue(new AppError('invalid', '大厅电话格式不正确', 'phone'))
    await mountView(SettingsView)
    expect(byTestId<HTMLInputElement>('settings-hall-name').value).toBe('测试镇便民服务大厅')
    byTestId('settings-submit').click()
    await flushPromises()
    expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ phone: '0477-8612345', idleMinutes: 30 }))
    const item = byTestId('settings-phone').closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('大厅电话格式不正确'))
  })

  it('edits the hall address and office hours printed on the counter documents', async () => {
    api.getSettings.mockResolvedValue({
      hallName: '测试镇便民服务大厅', township: '测试镇', banner: '测试旗', phone: '0477-8612345',
      supervisionPhone: '', idleMinutes: 30, address: '', officeHours: '', remedyDays: 15, version: 1,
    })
    api.saveSettings.mockImplementation(async (s) => s)
    await mountView(SettingsView)
    await type('settings-address', '测试镇人民政府一楼')
    await type('settings-office-hours', '工作日8:30—17:30')
    byTestId('settings-submit').click()
    await flushPromises()
    expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ address: '测试镇人民政府一楼', officeHours: '工作日8:30—17:30' }))
  })

  it('sends the version it loaded; a save refused as stale shows what changed and 重新载入 reads the settings again', async () => {
    const loaded = {
      hallName: '测试镇便民服务大厅', township: '测试镇', banner: '测试旗', phone: '0477-8612345',
      supervisionPhone: '', idleMinutes: 30, address: '', officeHours: '', remedyDays: 15, version: 4,
    }
    api.getSettings.mockResolvedValueOnce(loaded).mockResolvedValueOnce({ ...loaded, hallName: '党群服务中心', version: 5 })
    api.saveSettings.mockRejectedValue(
      new AppError('stale', '该记录已被他人修改', undefined, undefined, [], [{ label: '服务大厅名称', old: '测试镇便民服务大厅', new: '党群服务中心' }]),
    )
    await mountView(SettingsView)
    byTestId('settings-submit').click()
    await flushPromises()
    expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }))
    await vi.waitFor(() => expect(byTestId('stale-dialog').textContent).toContain('党群服务中心'))
    expect(byTestId('stale-dialog').textContent).toContain('服务大厅名称')
    byTestId('stale-reload').click()
    await flushPromises()
    expect(api.getSettings).toHaveBeenCalledTimes(2)
    expect(byTestId<HTMLInputElement>('settings-hall-name').value).toBe('党群服务中心')
  })
})

describe('AuditView', () => {
  it('asks for the first page and shows times in Asia/Shanghai', async () => {
    api.listAudit.mockResolvedValue({
      items: [
        { id: 5, at: '2025-03-02T17:30:05Z', operatorId: 1, operatorName: '管理员甲', action: '停用', entity: '操作员', entityId: 2, detail: '' },
      ],
      total: 1,
      page: 1,
    } as admin.AuditPage)
    await mountView(AuditView)
    expect(api.listAudit).toHaveBeenCalledWith({ operatorId: 0, entity: '', action: '', from: '', to: '', page: 1, pageSize: 50 })
    const text = byTestId('audit-table').textContent ?? ''
    expect(text).toContain('2025-03-03 01:30:05')
    expect(text).toContain('管理员甲')
    expect(text).toContain('停用')

    await type('audit-entity', '群众')
    byTestId('audit-search').click()
    await flushPromises()
    expect(api.listAudit).toHaveBeenLastCalledWith(expect.objectContaining({ entity: '群众', page: 1 }))
  })
})
