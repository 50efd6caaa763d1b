// backups.spec.ts: a backup and its restore, on the seeded foundation (a restore replaces the data,
// so it has a server of its own like every spec).
//
//   1. the administrator backs up now on the backup screen;
//   2. 恢复 on that backup asks for confirmation: the dialog says that nothing but data is
//      brought, that the audit chain is whole, and lists the accounts the backup holds;
//   3. after the restore the result lists the accounts again and every session has ended: the
//      server refuses the old session, and 去登录 leads to the login page;
//   4. signing in again opens the backup screen, whose 最近一次恢复 card shows the accounts to check.
import { test, expect, ADMIN } from './fixtures'
import { check, waitFor } from './support'
import { byId, fill, settled } from './ui'

test('数据恢复', async ({ page, shot, foundation, baseURL }) => {
  const base = baseURL!
  const admin = ADMIN
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  let taken = '' // the name of the backup taken here

  async function signIn() {
    await expect(byId(page, 'login-username').first()).toBeVisible()
    await fill(page, 'login-username', admin.username)
    await fill(page, 'login-password', admin.password)
    await byId(page, 'login-submit').first().click()
    await expect(byId(page, 'current-operator').first()).toBeVisible()
  }

  /** accountsIn reads the login names of the accounts table inside scope. */
  async function accountsIn(scope) {
    const rows = scope.getByTestId('restore-accounts').locator('.el-table__body .el-table__row')
    return (await rows.allInnerTexts()).map((r) => r.trim().split(/\s+/)[0])
  }

  await test.step('backup-now', async () => {
    await signIn()
    await page.goto(base + '/#/admin/backups')
    await expect(byId(page, 'backup-now').first()).toBeVisible()
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/BackupService/BackupNow'))
    await byId(page, 'backup-now').first().click()
    const res = await answer
    check(res.ok(), `立即备份失败：HTTP ${res.status()}`)
    taken = (await res.json()).file.name
    await expect(byId(page, 'backup-table').first(), `备份列表出现 ${taken}`).toContainText(taken)
    await settled(page)
    // the backup's name carries the audit chain head, shown in its row to write down
    const row = byId(page, 'backup-table').first().locator('.el-table__row').filter({ hasText: taken }).first()
    const head = await row.getByTestId('backup-chain-head').innerText()
    check(/^第 \d+ 条　[0-9a-f]{4}( [0-9a-f]{4}){3}$/.test(head.trim()), `备份行应显示审计链头，实际：${head}`)
  })

  await test.step('restore-confirm-lists-accounts', async () => {
    const row = byId(page, 'backup-table').first().locator('.el-table__row').filter({ hasText: taken }).first()
    await row.getByTestId('backup-restore').first().click()
    await expect(byId(page, 'restore-date').first()).toBeVisible()
    const dialog = page.locator('.el-dialog:visible').filter({ has: page.getByTestId('restore-date') })
    await expect(dialog.getByTestId('restore-accounts').first()).toBeVisible()
    const accounts = await accountsIn(dialog)
    check(accounts.includes(admin.username), `确认框应列出备份中的账号 ${admin.username}：${accounts.join('、')}`)
    const chain = await dialog.getByTestId('restore-chain').innerText()
    check(chain.includes('校验链完整'), `确认框应说明审计校验链完整：「${chain}」`)
    await expect(dialog.getByTestId('restore-dropped-none'), '本程序自己的备份不应有需要去除的触发器、视图或索引').toHaveCount(1)
    await shot('restore-confirm')
  })

  await test.step('restore-ends-every-session', async () => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/BackupService/Restore'))
    await byId(page, 'restore-confirm-ok').first().click()
    const res = await answer
    check(res.ok(), `恢复失败：HTTP ${res.status()}`)
    const done = page.locator('.el-dialog:visible').filter({ has: page.getByTestId('restore-done-message') })
    await expect(done).toBeVisible()
    const accounts = await accountsIn(done)
    check(accounts.includes(admin.username), `恢复结果应列出账号 ${admin.username}：${accounts.join('、')}`)
    await expect(done, '恢复结果应提示停用或重置不认识的账号').toContainText('不认识的账号')
    await shot('restore-done')
    // The server has ended the session of this page too.
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/BackupService/Overview', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' })
      return r.status
    })
    check(status === 401, `恢复后原来的登录应已失效，实际 HTTP ${status}`)
    await byId(page, 'restore-done-login').first().click()
    await expect(byId(page, 'login-username').first()).toBeVisible()
    const notice = await byId(page, 'login-notice').first().innerText()
    check(notice.includes('重新登录'), `登录页应说明需要重新登录：「${notice}」`)
  })

  await test.step('relogin-shows-accounts', async () => {
    await signIn()
    await waitFor('重新登录后先到数据备份页', async () => new URL(page.url()).hash.startsWith('#/admin/backups'))
    const card = byId(page, 'last-restore').first()
    await expect(card).toBeVisible()
    const accounts = await accountsIn(card)
    check(accounts.includes(admin.username), `“最近一次恢复”应列出账号 ${admin.username}：${accounts.join('、')}`)
    await shot('restore-relogin')
  })
})
