// sessions.mjs: logins and sessions, as the hall meets them. The administrator adds a clerk; the
// clerk signs in on a second computer (a second browser context). A wrong password and an
// unknown name get the same answer on the login page. The administrator resets the clerk's
// password: the clerk's other computer is signed out at its next step, the old password no
// longer works and the new one does; then the clerk changes it in the change-password dialog.
import path from 'node:path'

import { waitFor } from './support.mjs'
import { byId, choose, confirmBox, dialogClosed, dialogReady, fill, settled, toast } from './ui.mjs'

const CLERK = { username: 'zhaomin', name: '赵敏', role: '窗口人员', password: 'Zhao-2024!desk' }
const RESET = 'Zhao-2025!reset'
const CHANGED = 'Zhao-2026!mine'
const REFUSED = '登录名或密码不正确'

/** sessionsFlow runs the story on page (signed out) against the server at base. */
export async function sessionsFlow({ page, base, outDir, step, shot, check, admin }) {
  let other // the clerk's second computer: a browser context of its own (own cookies)
  let elsewhere

  /** login submits the login form and waits for the server's answer. */
  async function login(p, who, password = who.password) {
    await byId(p, 'login-username').first().waitFor({ state: 'visible' })
    await fill(p, 'login-username', who.username)
    await fill(p, 'login-password', password)
    await Promise.all([
      p.waitForResponse((r) => r.url().endsWith('/api/AuthService/Login')),
      byId(p, 'login-submit').first().click(),
    ])
  }

  async function signedIn(p, who, password) {
    await login(p, who, password)
    const op = byId(p, 'current-operator').first()
    await op.waitFor({ state: 'visible' })
    await waitFor(`右上角显示当前操作员 ${who.name}`, async () => (await op.innerText()).includes(who.name))
  }

  async function refused(p, who, password) {
    await login(p, who, password)
    const err = byId(p, 'login-error').first()
    await err.waitFor({ state: 'visible' })
    return (await err.innerText()).trim()
  }

  async function logout(p) {
    await byId(p, 'logout').first().click()
    await confirmBox(p)
    await byId(p, 'login-username').first().waitFor({ state: 'visible' })
  }

  async function openOperators() {
    const entry = page.getByRole('menuitem', { name: '操作员管理' })
    if (!(await entry.isVisible())) await byId(page, 'nav-admin').first().locator('.el-sub-menu__title').click()
    await entry.click()
    await byId(page, 'op-table').first().waitFor({ state: 'visible' })
  }

  function clerkRow() {
    return byId(page, 'op-table').first().locator('.el-table__row').filter({ hasText: CLERK.username })
  }

  try {
    await step('sessions-add-clerk', async () => {
      await signedIn(page, admin)
      await openOperators()
      if (!(await clerkRow().count())) {
        await byId(page, 'op-new').first().click()
        await byId(page, 'op-username').first().waitFor({ state: 'visible' })
        await dialogReady(page)
        await fill(page, 'op-username', CLERK.username)
        await fill(page, 'op-name', CLERK.name)
        await choose(page, page, 'op-role', CLERK.role)
        await fill(page, 'op-password', CLERK.password)
        await fill(page, 'op-password2', CLERK.password)
        await byId(page, 'op-submit').first().click()
        await dialogClosed(page)
      }
      await clerkRow().first().waitFor({ state: 'visible' })
      await logout(page)
    }, { critical: true })

    await step('sessions-clerk-elsewhere', async () => {
      other = await page.context().browser().newContext({ viewport: page.viewportSize() ?? undefined })
      elsewhere = await other.newPage()
      await elsewhere.goto(base + '/#/login')
      await signedIn(elsewhere, CLERK)
    }, { critical: true })

    await step('sessions-refusals-look-alike', async () => {
      const wrong = await refused(page, CLERK, CLERK.password + 'x')
      const unknown = await refused(page, { username: 'nobody-here' }, CLERK.password)
      check(wrong.includes(REFUSED), `输错密码的提示应为“${REFUSED}……”，实际为「${wrong}」`)
      check(wrong === unknown, `输错密码与登录名不存在的提示应完全相同：「${wrong}」与「${unknown}」`)
      await shot('sessions-login-refused')
    })

    await step('sessions-reset-signs-out-elsewhere', async () => {
      await signedIn(page, admin)
      await openOperators()
      await clerkRow().first().locator('[data-testid="op-reset"]').click()
      await byId(page, 'op-reset-password').first().waitFor({ state: 'visible' })
      await dialogReady(page)
      await fill(page, 'op-reset-password', RESET)
      await fill(page, 'op-reset-password2', RESET)
      await byId(page, 'op-reset-submit').first().click()
      await dialogClosed(page)
      // The clerk's next step on the other computer finds the session gone.
      await byId(elsewhere, 'nav-cases').first().click()
      await byId(elsewhere, 'login-username').first().waitFor({ state: 'visible' })
      check(!(await byId(elsewhere, 'current-operator').count()), '重置密码后，窗口人员另一台电脑上的登录应已退出')
      await shot('sessions-reset-admin')
      await settled(elsewhere)
      await elsewhere.screenshot({ path: path.join(outDir, 'sessions-signed-out-elsewhere.png'), fullPage: true })
      await logout(page)
    })

    await step('sessions-new-password', async () => {
      const old = await refused(elsewhere, CLERK)
      check(old.includes(REFUSED), `旧密码应不能再登录，实际提示「${old}」`)
      await signedIn(elsewhere, CLERK, RESET)
      await byId(elsewhere, 'change-password').first().click()
      await byId(elsewhere, 'pw-old').first().waitFor({ state: 'visible' })
      await dialogReady(elsewhere)
      await fill(elsewhere, 'pw-old', RESET)
      await fill(elsewhere, 'pw-new', CHANGED)
      await fill(elsewhere, 'pw-new2', CHANGED)
      await byId(elsewhere, 'pw-submit').first().click()
      await toast(elsewhere, /密码已修改/)
      await dialogClosed(elsewhere)
      await logout(elsewhere)
      await signedIn(elsewhere, CLERK, CHANGED)
      await logout(elsewhere)
    })
  } finally {
    await other?.close().catch(() => {})
  }
}
