// setup.spec.ts: first start through the UI, on a data folder that has nothing yet. The
// administrator fills in the hall and their own account, signs out and in again (a wrong password
// first), adds 巴图塔村 with its group on 村组管理, a household, and its three members, whose sex the
// form reads from the ID number. Every other spec gets this foundation seeded (fixtures.ts).
import type { Page } from '@playwright/test'
import { test, expect, ADDRESS, ADMIN, CHILD, HALL, HEAD, SPOUSE, VILLAGE } from './fixtures'
import { byId, choose, confirmBox, dialogClosed, dialogReady, fill, fillResident, idInfo, loginScreen, openAdmin, valueOf } from './ui'

/** residentsScreen waits for 群众查询 with the administrator's name at the top right. */
async function residentsScreen(page: Page) {
  await expect(byId(page, 'resident-search').first()).toBeVisible()
  await expect(byId(page, 'current-operator').first(), `右上角显示当前操作员 ${ADMIN.name}`).toContainText(ADMIN.name)
  await expect(page).toHaveURL(/#\/residents/)
}

/** loggedOut waits for the login page, with no operator shown any more. */
async function loggedOut(page: Page) {
  await loginScreen(page)
  await expect(byId(page, 'current-operator'), '登录页上不应再显示当前操作员').toHaveCount(0)
}

async function login(page: Page, password: string) {
  await fill(page, 'login-username', ADMIN.username)
  await fill(page, 'login-password', password)
  await byId(page, 'login-submit').first().click()
}

test('首次启动：大厅、管理员、村组、家庭户与成员', async ({ page, server, shot }) => {
  await test.step('healthz', async () => {
    expect(server.health.ok, '/healthz 的 ok 应为 true').toBe(true)
    expect(String(server.health.version ?? ''), '/healthz 应带版本号').not.toBe('')
  })

  await test.step('setup', async () => {
    await page.goto('/')
    await expect(byId(page, 'setup-hall-name').first()).toBeVisible({ timeout: 20_000 })
    await shot('setup-form')
    await fill(page, 'setup-hall-name', HALL.name)
    await fill(page, 'setup-township', HALL.township)
    await fill(page, 'setup-banner', HALL.banner)
    await fill(page, 'setup-phone', HALL.phone)
    await fill(page, 'setup-admin-username', ADMIN.username)
    await fill(page, 'setup-admin-name', ADMIN.name)
    await fill(page, 'setup-admin-password', ADMIN.password)
    await fill(page, 'setup-admin-password2', ADMIN.password)
    await byId(page, 'setup-submit').first().click()
    await residentsScreen(page)
    await expect(page.locator('body'), `设置完成后页面上应显示大厅名称 ${HALL.name}`).toContainText(HALL.name)
    await shot('residents-after-setup')
  })

  await test.step('logout-confirm', async () => {
    await byId(page, 'logout').first().click()
    await confirmBox(page)
    await loggedOut(page)
    await shot('login')
  })

  await test.step('login-wrong-password', async () => {
    await login(page, ADMIN.password + 'x')
    await expect(byId(page, 'login-error').first(), '登录错误提示应提到“密码”').toContainText('密码')
    await loggedOut(page)
    await shot('login-wrong-password')
  })

  await test.step('login', async () => {
    await login(page, ADMIN.password)
    await residentsScreen(page)
  })

  await test.step('village', async () => {
    await openAdmin(page, '村组管理')
    await byId(page, 'place-new-village').first().click()
    await dialogReady(page)
    await fill(page, 'village-name', VILLAGE.name)
    await choose(page, page, 'village-kind', VILLAGE.kind)
    await byId(page, 'village-submit').first().click()
    await dialogClosed(page)
    const card = page.getByTestId('village').filter({ hasText: VILLAGE.name })
    await expect(card, `${VILLAGE.name} 的类型应为 ${VILLAGE.kind}`).toContainText(VILLAGE.kind)
    await card.getByTestId('group-new').click()
    await dialogReady(page)
    await fill(page, 'group-name', VILLAGE.group)
    await byId(page, 'group-submit').first().click()
    await dialogClosed(page)
    await expect(card.getByTestId('group').filter({ hasText: VILLAGE.group })).toBeVisible()
    await shot('places')
  })

  await test.step('household', async () => {
    await byId(page, 'nav-households').first().click()
    await byId(page, 'household-new').first().click()
    await dialogReady(page)
    await choose(page, page, 'hf-village', VILLAGE.name)
    await choose(page, page, 'hf-group', VILLAGE.group)
    await fill(page, 'hf-address', ADDRESS)
    await byId(page, 'hf-submit').first().click()
    await dialogClosed(page)
    await expect(byId(page, 'household-add-member').first()).toBeVisible()
    await expect(page.locator('body'), `家庭户页面应显示 ${VILLAGE.name} 和住址 ${ADDRESS}`).toContainText(ADDRESS)
    await expect(page.locator('body')).toContainText(VILLAGE.name)
    await shot('household-new')
  })

  for (const [i, p] of [HEAD, SPOUSE, CHILD].entries()) {
    await test.step(`member-${i + 1}-${p.relation}`, async () => {
      await byId(page, 'household-add-member').first().click()
      await expect(byId(page, 'rf-name').first()).toBeVisible()
      await dialogReady(page)
      // the household's village, group and address come preset
      expect(await valueOf(page, 'rf-address'), `新成员的住址应预填为 ${ADDRESS}`).toBe(ADDRESS)
      await fillResident(page, p)
      await idInfo(page, new RegExp(`性别\\s*${p === SPOUSE ? '女' : '男'}`))
      if (i === 0) await shot('member-form')
      await byId(page, 'rf-submit').first().click()
      await dialogClosed(page)
      const row = byId(page, 'household-members').first().locator('.el-table__row').filter({ hasText: p.name }).first()
      await expect(row, `${p.name} 的与户主关系应为 ${p.relation}`).toContainText(p.relation)
      await expect(row, `成员列表中 ${p.name} 的身份证号码应打码`).not.toContainText(p.id)
      if (p === CHILD) await shot('household-members')
    })
  }
})
