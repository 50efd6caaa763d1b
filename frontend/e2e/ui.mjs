// ui.mjs: helpers that drive Element Plus widgets through playwright-core.
import { exact, waitFor } from './support.mjs'

/** byId is page.getByTestId, visible ones only (Element Plus keeps closed dialogs in the DOM). */
export function byId(scope, id) {
  return scope.getByTestId(id).filter({ visible: true })
}

/**
 * inputOf returns the native input behind a test ID: el-input puts the attribute on the
 * <input> itself, other wrappers on a surrounding element.
 */
async function inputOf(scope, id) {
  const el = byId(scope, id).first()
  await el.waitFor({ state: 'visible' })
  const tag = await el.evaluate((n) => n.tagName.toLowerCase())
  if (tag === 'input' || tag === 'textarea') return el
  return el.locator('input:not([type=hidden]), textarea').first()
}

/** fill types value into the field with the test ID, replacing what was there. */
export async function fill(scope, id, value) {
  const input = await inputOf(scope, id)
  await input.fill(value)
}

/** valueOf reads the field's current value. */
export async function valueOf(scope, id) {
  const input = await inputOf(scope, id)
  return input.inputValue()
}

/**
 * choose opens the el-select with the test ID and clicks the option whose text is exactly
 * `text` in the dropdown that opened. Radio groups (el-radio-group) work too.
 */
export async function choose(page, scope, id, text) {
  const el = byId(scope, id).first()
  await el.waitFor({ state: 'visible' })
  const radio = el.locator('.el-radio, .el-radio-button').filter({ hasText: exact(text) })
  if ((await radio.count()) > 0) {
    await radio.first().click()
    return
  }
  const item = page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(text) }).first()
  await waitFor(`下拉框 ${id} 出现选项「${text}」`, async () => {
    if (!(await item.isVisible())) {
      // (re)open the dropdown: the options may still be loading from the server
      if (!(await page.locator('.el-select-dropdown:visible').count())) await el.click()
      return false
    }
    return true
  })
  await item.click()
  await waitFor(`下拉框 ${id} 显示「${text}」`, async () => (await el.innerText()).includes(text) || (await selectedText(el)) === text)
  // A single select closes itself; wait for its popper to be gone so that it covers nothing.
  // (No Escape key here: it would close the dialog the select sits in.)
  await waitFor(`下拉框 ${id} 收起`, async () => (await page.locator('.el-select-dropdown:visible').count()) === 0)
}

async function selectedText(el) {
  return el.evaluate((n) => {
    const input = n.matches('input') ? n : n.querySelector('input')
    return (input && (input.value || input.placeholder)) || n.textContent.trim()
  })
}

/** confirmBox clicks the primary (confirm) button of the open el-message-box. */
export async function confirmBox(page) {
  const btn = page.locator('.el-message-box__btns .el-button--primary')
  await btn.waitFor({ state: 'visible' })
  await btn.click()
  await btn.waitFor({ state: 'hidden' })
}

/** bodyText is everything the user can read on the page. */
export function bodyText(page) {
  return page.locator('body').innerText()
}

/** toast waits for an el-message whose text matches re and returns its text. */
export async function toast(page, re, timeout = 10_000) {
  const msg = page.locator('.el-message').filter({ hasText: re }).first()
  await msg.waitFor({ state: 'visible', timeout })
  return msg.innerText()
}

/**
 * settled waits until no Vue transition is running (dialogs, poppers and loading masks fading in
 * or out), so that a screenshot shows a screen rather than a cross-fade. It never fails.
 */
export async function settled(page, timeout = 3000) {
  await page
    .waitForFunction(
      () =>
        !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]') &&
        !Array.from(document.querySelectorAll('.el-loading-mask')).some((m) => m.offsetParent !== null),
      null,
      { timeout, polling: 50 },
    )
    .catch(() => {})
}

/** dialogClosed waits until no el-dialog is open (the overlay is gone). */
export async function dialogClosed(page) {
  await waitFor('对话框关闭', async () => (await page.locator('.el-overlay-dialog:visible, .el-dialog:visible').count()) === 0)
}

/**
 * dialogReady waits until the dialog that is opening has put the cursor in its first field (its
 * @opened handler, after the fade-in). Fill a dialog only after that: a focus() arriving late moves
 * the cursor out of the field being filled, and the rest of the text lands in the first field.
 * (Element Plus focuses the dialog container itself at once; that does not count.)
 */
export async function dialogReady(page, timeout = 10_000) {
  await page.waitForFunction(
    () => {
      const a = document.activeElement
      const d = a?.closest?.('.el-dialog')
      return !!d && a !== d && !a.closest('.el-dialog__headerbtn')
    },
    null,
    { timeout, polling: 50 },
  )
}

/** loginScreen waits until the login form is shown. */
export async function loginScreen(page) {
  await byId(page, 'login-username').first().waitFor({ state: 'visible' })
  await byId(page, 'login-submit').first().waitFor({ state: 'visible' })
}

/** signOut signs the current operator out (confirming) and waits for the login form. */
export async function signOut(page) {
  await byId(page, 'logout').first().click()
  await confirmBox(page)
  await loginScreen(page)
}

/**
 * signIn signs who ({ username, password, name }) in from the login page, first signing out
 * whoever a failed step left signed in, and waits for their name at the top right.
 */
export async function signIn(page, who) {
  if (await byId(page, 'current-operator').count()) await signOut(page)
  await loginScreen(page)
  await fill(page, 'login-username', who.username)
  await fill(page, 'login-password', who.password)
  await byId(page, 'login-submit').first().click()
  const op = byId(page, 'current-operator').first()
  await op.waitFor({ state: 'visible' })
  await waitFor(`右上角显示当前操作员 ${who.name}`, async () => (await op.innerText()).includes(who.name))
}
