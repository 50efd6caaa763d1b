// ui.ts: helpers that drive Element Plus widgets and the login page.
import { expect, type Locator, type Page } from '@playwright/test'

import { exact, waitFor } from './support'

type Scope = Page | Locator

/** Who is someone who signs in: login name, password and the name shown at the top right. */
export interface Who {
  username: string
  password: string
  name: string
}

/** byId is page.getByTestId, visible ones only (Element Plus keeps closed dialogs in the DOM). */
export function byId(scope: Scope, id: string): Locator {
  return scope.getByTestId(id).filter({ visible: true })
}

/**
 * inputOf returns the native input behind a test ID: el-input puts the attribute on the
 * <input> itself, other wrappers on a surrounding element.
 */
async function inputOf(scope: Scope, id: string): Promise<Locator> {
  const el = byId(scope, id).first()
  await el.waitFor({ state: 'visible' })
  const tag = await el.evaluate((n) => n.tagName.toLowerCase())
  if (tag === 'input' || tag === 'textarea') return el
  return el.locator('input:not([type=hidden]), textarea').first()
}

/** fill types value into the field with the test ID, replacing what was there. */
export async function fill(scope: Scope, id: string, value: string): Promise<void> {
  const input = await inputOf(scope, id)
  await input.fill(value)
}

/** valueOf reads the field's current value. */
export async function valueOf(scope: Scope, id: string): Promise<string> {
  const input = await inputOf(scope, id)
  return input.inputValue()
}

/**
 * choose opens the el-select with the test ID and clicks the option whose text is exactly
 * `text` in the dropdown that opened. Radio groups (el-radio-group) work too.
 */
export async function choose(page: Page, scope: Scope, id: string, text: string): Promise<void> {
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
  await expect(page.locator('.el-select-dropdown:visible'), `下拉框 ${id} 收起`).toHaveCount(0)
}

async function selectedText(el: Locator): Promise<string> {
  return el.evaluate((n) => {
    const input = (n.matches('input') ? n : n.querySelector('input')) as HTMLInputElement | null
    return (input && (input.value || input.placeholder)) || (n.textContent ?? '').trim()
  })
}

/** confirmBox clicks the primary (confirm) button of the open el-message-box. */
export async function confirmBox(page: Page): Promise<void> {
  const btn = page.locator('.el-message-box__btns .el-button--primary')
  await btn.waitFor({ state: 'visible' })
  await btn.click()
  await btn.waitFor({ state: 'hidden' })
}

/** bodyText is everything the user can read on the page. */
export function bodyText(page: Page): Promise<string> {
  return page.locator('body').innerText()
}

/** toast waits for an el-message whose text matches re and returns its text. */
export async function toast(page: Page, re: RegExp, timeout = 10_000): Promise<string> {
  const msg = page.locator('.el-message').filter({ hasText: re }).first()
  await msg.waitFor({ state: 'visible', timeout })
  return msg.innerText()
}

/**
 * settled waits until no Vue transition is running (dialogs, poppers and loading masks fading in
 * or out), so that a screenshot shows a screen rather than a cross-fade. It never fails.
 */
export async function settled(page: Page, timeout = 3000): Promise<void> {
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
export async function dialogClosed(page: Page): Promise<void> {
  await expect(page.locator('.el-overlay-dialog:visible, .el-dialog:visible'), '对话框关闭').toHaveCount(0)
}

/**
 * dialogReady waits until the dialog that is opening has put the cursor in its first field (its
 * @opened handler, after the fade-in). Fill a dialog only after that: a focus() arriving late moves
 * the cursor out of the field being filled, and the rest of the text lands in the first field.
 * (Element Plus focuses the dialog container itself at once; that does not count.)
 */
export async function dialogReady(page: Page, timeout = 10_000): Promise<void> {
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
export async function loginScreen(page: Page): Promise<void> {
  await byId(page, 'login-username').first().waitFor({ state: 'visible' })
  await byId(page, 'login-submit').first().waitFor({ state: 'visible' })
}

/** signOut signs the current operator out (confirming) and waits for the login form. */
export async function signOut(page: Page): Promise<void> {
  await byId(page, 'logout').first().click()
  await confirmBox(page)
  await loginScreen(page)
}

/**
 * signIn signs who ({ username, password, name }) in from the login page, first signing out
 * whoever a failed step left signed in, and waits for their name at the top right.
 */
export async function signIn(page: Page, who: Who): Promise<void> {
  if (await byId(page, 'current-operator').count()) await signOut(page)
  await loginScreen(page)
  await fill(page, 'login-username', who.username)
  await fill(page, 'login-password', who.password)
  await byId(page, 'login-submit').first().click()
  await expect(byId(page, 'current-operator').first(), `右上角显示当前操作员 ${who.name}`).toContainText(who.name)
}

// ---- the residents page and the resident form ----

/** gotoResidents opens 群众查询 from the menu. */
export async function gotoResidents(page: Page): Promise<void> {
  await byId(page, 'nav-residents').first().click()
  await byId(page, 'resident-search').first().waitFor({ state: 'visible' })
}

/**
 * searchResidents types text in the residents search box, presses 查询, reads the server's answer
 * and waits until the table shows exactly those residents. It returns the total and the texts of
 * the table rows (name, masked ID, phone, village …).
 */
export async function searchResidents(page: Page, text: string): Promise<{ total: number; rows: string[] }> {
  await gotoResidents(page)
  await fill(page, 'resident-search', text)
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/ResidentService/Search') && r.request().method() === 'POST' &&
    (r.request().postData() ?? '').includes(JSON.stringify(text)))
  await byId(page, 'resident-search-btn').first().click()
  const res = await answer
  expect(res.ok(), `搜索「${text}」失败：HTTP ${res.status()}`).toBe(true)
  const body = await res.json()
  const want: string[] = body.items.map((r: { name: string }) => r.name)
  // resident-row marks the name cell; the whole table row holds the masked ID and phone too.
  const table = byId(page, 'resident-table').first()
  await expect(table.getByTestId('resident-row'), `表格显示搜索「${text}」的结果`).toHaveText(want.map(exact))
  await settled(page)
  return { total: body.total, rows: await table.locator('.el-table__body .el-table__row').allInnerTexts() }
}

/** ResidentForm is what fillResident types: a person, and the place unless the household presets it. */
export interface ResidentForm {
  name: string
  id: string
  phone?: string
  relation?: string
}

/** fillResident fills the resident form of an open dialog (new member or new resident). */
export async function fillResident(page: Page, p: ResidentForm, place?: { village: string; group: string; address: string }): Promise<void> {
  await fill(page, 'rf-name', p.name)
  await fill(page, 'rf-id', p.id)
  if (p.phone) await fill(page, 'rf-phone', p.phone)
  if (place) {
    await choose(page, page, 'rf-village', place.village)
    await choose(page, page, 'rf-group', place.group)
    await fill(page, 'rf-address', place.address)
  }
  if (p.relation) await choose(page, page, 'rf-relation', p.relation)
}

/** idInfo waits for the live explanation under the ID field to match re and returns it. */
export async function idInfo(page: Page, re: RegExp): Promise<string> {
  const info = byId(page, 'id-info').first()
  await expect(info, `身份证号码下方的提示符合 ${re}`).toHaveText(re)
  return info.innerText()
}

/**
 * openMenu opens item, an entry of the side menu's group (nav-admin, nav-reports …), unfolding the
 * group when it is closed. The group unfolds with an animation, and a click that lands while it runs
 * can be lost: the click waits for the menu to be still and is repeated until the entry is the active one.
 */
export async function openMenu(page: Page, group: string, item: Locator): Promise<void> {
  await expect(async () => {
    if (!(await item.isVisible())) await byId(page, group).first().locator('.el-sub-menu__title').click()
    await page.waitForFunction(() => (document.querySelector('aside .el-menu')?.getAnimations({ subtree: true }) ?? []).length === 0, null, { timeout: 2000 })
    await item.click({ timeout: 2000 })
    await expect(item).toHaveClass(/is-active/, { timeout: 2000 })
  }, `打开菜单项 ${group}`).toPass({ timeout: 20_000 })
}

/** openAdmin opens an entry of the 系统管理 sub-menu (村组管理, 审计日志 …). */
export async function openAdmin(page: Page, name: string): Promise<void> {
  await openMenu(page, 'nav-admin', page.getByRole('menuitem', { name }))
}

/**
 * newOperator adds an account through 新增操作员 on 操作员管理 (the page must be open) and returns
 * its row in the table. role is the label the dialog offers (窗口人员, 督导 …).
 */
export async function newOperator(page: Page, op: { username: string; name: string; role: string; password: string }): Promise<Locator> {
  await byId(page, 'op-new').first().click()
  await expect(byId(page, 'op-username').first()).toBeVisible()
  await dialogReady(page)
  await fill(page, 'op-username', op.username)
  await fill(page, 'op-name', op.name)
  await choose(page, page, 'op-role', op.role)
  await fill(page, 'op-password', op.password)
  await fill(page, 'op-password2', op.password)
  await byId(page, 'op-submit').first().click()
  await dialogClosed(page)
  const row = byId(page, 'op-table').first().locator('.el-table__row').filter({ hasText: op.username }).first()
  await expect(row).toBeVisible()
  return row
}
