import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { useSession } from '../../stores/session'
import { AppError } from '../../api/errors'
import * as backups from '../../api/backups'
import BackupsView from './BackupsView.vue'
import HeaderReminder from './HeaderReminder.vue'

vi.mock('../../api/backups', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/backups')>()
  return {
    ...orig,
    getBackups: vi.fn(),
    backupNow: vi.fn(),
    checkBackup: vi.fn(),
    restoreBackup: vi.fn(),
    chooseFolder: vi.fn(),
    chooseFile: vi.fn(),
    downloadBackup: vi.fn(),
  }
})

const api = vi.mocked(backups)
let wrapper: VueWrapper | undefined
let pinia: Pinia
let router: Router

const file = (name: string, kind: string, kindLabel: string, takenAt: string, size: number, chainCount = 0, chainHash = ''): backups.BackupFile =>
  ({ name, path: `/data/backups/${name}`, kind, kindLabel, takenAt, size, chainCount, chainHash }) as backups.BackupFile

/** overview is a browser-mode backup screen whose last backup is four days old. */
function overview(patch: Partial<backups.BackupOverview> = {}): backups.BackupOverview {
  return {
    folder: '/data/backups',
    files: [
      file('halldesk-20250310-170000-exit-n1234-9f3c2b1d0a4e5f67.db', 'exit', '退出时自动', '2025-03-10T09:00:00Z', 3 * 1024 * 1024 + 300 * 1024, 1234, '9f3c2b1d0a4e5f67'),
      file('halldesk-20250228-170000-exit.db', 'exit', '退出时自动', '2025-02-28T09:00:00Z', 2 * 1024 * 1024),
    ],
    totalSize: 5 * 1024 * 1024 + 300 * 1024,
    lastSuccess: '2025-03-10T09:00:00Z',
    lastPath: '/data/backups/halldesk-20250310-170000-exit.db',
    lastError: '',
    lastErrorAt: '',
    rotateError: '',
    warning: '最近一次成功备份是4天前（2025-03-10 17:00），已超过2天。请到“系统管理 → 数据备份”立即备份，并检查备份失败的原因。',
    keepDaily: 30,
    keepMonthly: 12,
    desktop: false,
    downloadUrl: '/download/backup/',
    ...patch,
  } as backups.BackupOverview
}

const check = {
  name: 'halldesk-20250228-170000-exit.db',
  path: '/data/backups/halldesk-20250228-170000-exit.db',
  size: 2 * 1024 * 1024,
  takenAt: '2025-02-28T09:00:00Z',
  lastActivity: '2025-02-28T08:41:00Z',
  hallName: '乌兰木伦镇便民服务大厅',
  schemaVersion: 6,
  operators: 5,
  residents: 344,
  cases: 157,
  dropped: [
    { kind: 'trigger', name: 'keep_password', table: 'operators', changed: false },
    { kind: 'column', name: 'full_id', table: 'residents', changed: false },
    { kind: 'trigger', name: 'audit_log_no_delete', table: 'audit_log', changed: true },
  ],
  chain: { checked: 1679, broken: null, problems: [], more: 0, anchors: [{ status: 'match' }] },
  accounts: [
    { username: 'admin', name: '其其格', role: 'admin', roleLabel: '管理员', active: true },
    { username: 'heike', name: '黑客', role: 'admin', roleLabel: '管理员', active: true },
    { username: 'jiedai', name: '乌云', role: 'reception', roleLabel: '接待人员', active: false },
  ],
} as unknown as backups.BackupCheck

async function mountView() {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/admin/backups', name: 'admin-backups', component: BackupsView },
      { path: '/login', name: 'login', component: { render: () => null } },
    ],
  })
  router.push('/admin/backups')
  await router.isReady()
  wrapper = mount(BackupsView, { global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

beforeEach(() => {
  vi.clearAllMocks()
  sessionStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('BackupsView', () => {
  it('warns when the last backup is old and lists the backups with their sizes', async () => {
    api.getBackups.mockResolvedValue(overview())
    await mountView()
    expect(byTestId('backup-warning').textContent).toContain('已超过2天')
    expect(byTestId('backup-last-success').textContent).toContain('2025-03-10 17:00')
    const rows = byTestId('backup-table').querySelectorAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].textContent).toContain('2025-03-10 17:00')
    expect(rows[0].textContent).toContain('退出时自动')
    expect(rows[0].textContent).toContain('3.3 MB')
    expect(rows[0].textContent).toContain('第 1234 条　9f3c 2b1d 0a4e 5f67') // the anchor to write down
    expect(rows[1].textContent).toContain('—') // a backup named before the chain head was
    expect(document.querySelector('[data-testid="backup-folder"]')).toBeNull() // no folder on the host from a browser
  })

  it('shows no warning when the last backup is recent', async () => {
    api.getBackups.mockResolvedValue(overview({ warning: '' }))
    await mountView()
    expect(document.querySelector('[data-testid="backup-warning"]')).toBeNull()
  })

  it('backs up now and, in a browser, downloads the backup', async () => {
    api.getBackups.mockResolvedValue(overview())
    api.backupNow.mockResolvedValue({
      file: file('halldesk-20250314-100000-manual.db', 'manual', '手动', '2025-03-14T02:00:00Z', 1024),
      message: '已在主机上备份（1 KB），正在下载到本机；请把下载的文件存到U盘。',
      downloadUrl: '/download/backup/halldesk-20250314-100000-manual.db',
    } as backups.BackupResult)
    await mountView()
    byTestId('backup-now').click()
    await flushPromises()
    expect(api.backupNow).toHaveBeenCalledWith('')
    expect(api.downloadBackup).toHaveBeenCalledWith('/download/backup/halldesk-20250314-100000-manual.db', 'halldesk-20250314-100000-manual.db')
    expect(api.getBackups).toHaveBeenCalledTimes(2)
  })

  it('backs up to the chosen folder on the desktop and shows a refusal next to it', async () => {
    api.getBackups.mockResolvedValue(overview({ desktop: true, downloadUrl: '' }))
    api.chooseFolder.mockResolvedValue('/media/usb/备份')
    api.backupNow.mockRejectedValue(new AppError('invalid', '无法在该位置建立备份文件夹', 'folder'))
    await mountView()
    const pick = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('选择文件夹'))!
    pick.click()
    await flushPromises()
    byTestId('backup-now').click()
    await flushPromises()
    expect(api.backupNow).toHaveBeenCalledWith('/media/usb/备份')
    const item = byTestId('backup-folder').closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('无法在该位置'))
  })

  it('asks for confirmation, saying what date the data is from, before restoring', async () => {
    api.getBackups.mockResolvedValue(overview())
    api.checkBackup.mockResolvedValue(check)
    api.restoreBackup.mockResolvedValue({
      restored: check,
      before: file('halldesk-20250314-100000-before-restore.db', 'before-restore', '恢复前自动保存', '2025-03-14T02:00:00Z', 4096),
      message: '已恢复为 2025年2月28日 17:00 的数据。恢复前的数据已另存为 halldesk-20250314-100000-before-restore.db。所有人需要重新登录。',
    } as backups.RestoreResult)
    await mountView()
    const session = useSession()
    const reset = vi.spyOn(session, 'reset')

    document.querySelectorAll<HTMLButtonElement>('[data-testid="backup-restore"]')[1].click()
    await flushPromises()
    expect(api.checkBackup).toHaveBeenCalledWith({ name: 'halldesk-20250228-170000-exit.db', path: '' })
    // Nothing is restored until the administrator confirms.
    expect(api.restoreBackup).not.toHaveBeenCalled()
    expect(byTestId('restore-date').textContent).toContain('2025-02-28 17:00')
    const dialog = byTestId('restore-date').closest('.el-dialog')!.textContent ?? ''
    expect(dialog).toContain('恢复前自动保存')
    expect(dialog).toContain('重新登录')
    expect(dialog).toContain('群众 344 人')
    // What the backup brings besides data is named and left behind; the chain and the accounts are shown.
    expect(byTestId('restore-dropped').textContent).toContain('触发器 keep_password')
    expect(byTestId('restore-dropped').textContent).toContain('字段 residents.full_id')
    expect(byTestId('restore-dropped').textContent).toContain('按本程序的定义重建')
    expect(byTestId('restore-chain').textContent).toContain('校验链完整（共 1679 条）')
    expect(byTestId('restore-chain').textContent).toContain('链头一致')
    const accounts = byTestId('restore-accounts').querySelectorAll('tbody tr')
    expect(accounts).toHaveLength(3)
    expect(accounts[1].textContent).toContain('heike')
    expect(accounts[2].textContent).toContain('已停用')

    byTestId('restore-confirm-ok').click()
    await flushPromises()
    expect(api.restoreBackup).toHaveBeenCalledWith({ name: 'halldesk-20250228-170000-exit.db', path: '' })
    // The result lists the accounts to check before the administrator signs in again.
    expect(byTestId('restore-done-message').textContent).toContain('2025年2月28日 17:00')
    const done = byTestId('restore-done-message').closest('.el-dialog')!
    expect(done.querySelectorAll('[data-testid="restore-accounts"] tbody tr')).toHaveLength(3)
    expect(done.textContent).toContain('不认识的账号')
    expect(sessionStorage.getItem(backups.RESTORE_REVIEW_KEY)).toBe('1')
    expect(reset).not.toHaveBeenCalled()
    byTestId('restore-done-login').click()
    await flushPromises()
    expect(reset).toHaveBeenCalledWith(expect.stringContaining('重新登录'))
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('restores nothing when the confirmation is cancelled, or when the backup fails its check', async () => {
    api.getBackups.mockResolvedValue(overview())
    api.checkBackup.mockResolvedValueOnce(check)
    await mountView()
    document.querySelectorAll<HTMLButtonElement>('[data-testid="backup-restore"]')[1].click()
    await flushPromises()
    const cancel = [...byTestId('restore-date').closest('.el-dialog')!.querySelectorAll('button')].find((b) => b.textContent?.includes('取消'))!
    cancel.click()
    await flushPromises()
    expect(api.restoreBackup).not.toHaveBeenCalled()

    api.checkBackup.mockRejectedValueOnce(new AppError('invalid', '备份文件已损坏（完整性检查未通过），不能使用；请换一个备份。'))
    document.querySelectorAll<HTMLButtonElement>('[data-testid="backup-restore"]')[0].click()
    await flushPromises()
    expect(api.restoreBackup).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('备份文件已损坏'))
  })

  it('shows the latest restore with the accounts there are now, and clears the pending review', async () => {
    sessionStorage.setItem(backups.RESTORE_REVIEW_KEY, '1')
    api.getBackups.mockResolvedValue(
      overview({
        lastRestore: {
          at: '2025-03-14T02:00:00Z',
          by: '其其格',
          detail: '从 /data/backups/halldesk-20250228-170000-exit.db 恢复',
          accounts: check.accounts,
        },
      } as Partial<backups.BackupOverview>),
    )
    await mountView()
    const card = byTestId('last-restore')
    expect(card.textContent).toContain('2025-03-14 10:00')
    expect(card.textContent).toContain('其其格')
    expect(card.querySelectorAll('[data-testid="restore-accounts"] tbody tr')).toHaveLength(3)
    expect(card.textContent).toContain('操作员管理')
    expect(sessionStorage.getItem(backups.RESTORE_REVIEW_KEY)).toBeNull()
  })

  it('shows no restore card when the data was never restored', async () => {
    api.getBackups.mockResolvedValue(overview())
    await mountView()
    expect(document.querySelector('[data-testid="last-restore"]')).toBeNull()
  })
})

describe('BackupReminder', () => {
  it('shows the status warning to the administrator in the header', async () => {
    router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] })
    const session = useSession()
    session.status = { backupWarning: '还没有成功的数据备份。' } as never
    wrapper = mount(HeaderReminder, { props: { kind: 'backup' }, global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
    await flushPromises()
    expect(byTestId('header-backup-warning').textContent).toContain('请立即备份')
    wrapper.unmount()
    session.status = { backupWarning: '' } as never
    wrapper = mount(HeaderReminder, { props: { kind: 'backup' }, global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
    await flushPromises()
    expect(document.querySelector('[data-testid="header-backup-warning"]')).toBeNull()
  })
})
