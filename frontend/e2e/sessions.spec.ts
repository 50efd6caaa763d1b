// sessions.spec.ts: logins and sessions, as the hall meets them. The administrator adds a clerk; the
// clerk signs in on a second computer (a second browser context). A wrong password and an
// unknown name get the same answer on the login page. The administrator resets the clerk's
// password: the clerk's other computer is signed out at its next step, the old password no
// longer works and the new one does; then the clerk changes it in the change-password dialog.
import path from 'node:path'

import { test, expect, ADMIN } from './fixtures'
import { check } from './support'
import { byId, confirmBox, dialogClosed, dialogReady, fill, newOperator, openAdmin, settled, toast } from './ui'

const CLERK = { username: 'zhaomin', name: '赵敏', role: '窗口人员', password: 'Zhao-2024!desk' }
const RESET = 'Zhao-2025!reset'
const CHANGED = 'Zhao-2026!mine'
const REFUSED = '登录名或密码不正确'

test('登录与会话', async ({ page, shot, foundation, baseURL, outDir }) => {
  const base = baseURL!
  const admin = ADMIN
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  let other // the clerk's second computer: a browser context of its own (own cookies)
  let elsewhere

  /** login submits the login form and waits for the server's answer. */
  async function login(p, who, password = who.password) {
    await expect(byId(p, 'login-username').first()).toBeVisible()
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
    await expect(op).toBeVisible()
    await expect(op, `右上角显示当前操作员 ${who.name}`).toContainText(who.name)
  }

  async function refused(p, who, password) {
    await login(p, who, password)
    const err = byId(p, 'login-error').first()
    await expect(err).toBeVisible()
    return (await err.innerText()).trim()
  }

  async function logout(p) {
    await byId(p, 'logout').first().click()
    await confirmBox(p)
    await expect(byId(p, 'login-username').first()).toBeVisible()
  }

  async function openOperators() {
    await openAdmin(page, '操作员管理')
    await expect(byId(page, 'op-table').first()).toBeVisible()
  }

  function clerkRow() {
    return byId(page, 'op-table').first().locator('.el-table__row').filter({ hasText: CLERK.username })
  }

  try {
    await test.step('sessions-add-clerk', async () => {
      await signedIn(page, admin)
      await openOperators()
      await newOperator(page, CLERK)
      await logout(page)
    })

    await test.step('sessions-clerk-elsewhere', async () => {
      other = await page.context().browser().newContext({ viewport: page.viewportSize() ?? undefined })
      elsewhere = await other.newPage()
      await elsewhere.goto(base + '/#/login')
      await signedIn(elsewhere, CLERK)
    })

    await test.step('sessions-refusals-look-alike', async () => {
      const wrong = await refused(page, CLERK, CLERK.password + 'x')
      const unknown = await refused(page, { username: 'nobody-here' }, CLERK.password)
      check(wrong.includes(REFUSED), `输错密码的提示应为“${REFUSED}……”，实际为「${wrong}」`)
      check(wrong === unknown, `输错密码与登录名不存在的提示应完全相同：「${wrong}」与「${unknown}」`)
      await shot('sessions-login-refused')
    })

    await test.step('sessions-reset-signs-out-elsewhere', async () => {
      await signedIn(page, admin)
      await openOperators()
      await clerkRow().first().locator('[data-testid="op-reset"]').click()
      await expect(byId(page, 'op-reset-password').first()).toBeVisible()
      await dialogReady(page)
      await fill(page, 'op-reset-password', RESET)
      await fill(page, 'op-reset-password2', RESET)
      await byId(page, 'op-reset-submit').first().click()
      await dialogClosed(page)
      // The clerk's next step on the other computer finds the session gone: the page asks to sign
      // in again over it, where the old password is refused too; the clerk goes to the login page.
      await byId(elsewhere, 'nav-cases').first().click()
      await expect(byId(elsewhere, 'reauth-password').first()).toBeVisible()
      await byId(elsewhere, 'reauth-password').first().fill(CLERK.password)
      await byId(elsewhere, 'reauth-submit').first().click()
      await expect(elsewhere.locator('.el-form-item__error').filter({ hasText: REFUSED }).first()).toBeVisible()
      await byId(elsewhere, 'reauth-give-up').first().click()
      await expect(byId(elsewhere, 'login-username').first()).toBeVisible()
      check(!(await byId(elsewhere, 'current-operator').count()), '重置密码后，窗口人员另一台电脑上的登录应已退出')
      await shot('sessions-reset-admin')
      await settled(elsewhere)
      await elsewhere.screenshot({ path: path.join(outDir, 'sessions-signed-out-elsewhere.png'), fullPage: true })
      await logout(page)
    })

    await test.step('sessions-new-password', async () => {
      const old = await refused(elsewhere, CLERK)
      check(old.includes(REFUSED), `旧密码应不能再登录，实际提示「${old}」`)
      await signedIn(elsewhere, CLERK, RESET)
      await byId(elsewhere, 'change-password').first().click()
      await expect(byId(elsewhere, 'pw-old').first()).toBeVisible()
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
})
