// nothing-lost.spec.ts: typed work is not lost on the way, on the seeded foundation (the hall,
// 巴图塔村, 张伟's household).
//
//   1. Back with changes: in the middle of the counter's intake form a menu item and the browser's
//      Back ask "有未保存的内容，确定离开吗？"; 留在此页 keeps the page and what was typed, 离开 leaves;
//   2. drafts survive a reload: the petition form, half typed, comes back after a reload with
//      "已恢复未保存的草稿" (kept in this tab's sessionStorage only); 丢弃 empties it for good;
//   3. each role lands on its own first screen: reception on 今日接待, the leader on 我包保的,
//      the supervisor on the dashboard, the counter on 办件受理;
//   4. 打印 in browser mode opens the PDF in the browser's own viewer (a tab of its own) with its print
//      dialog, and the download is still there;
//   5. a dialog asks too: a new village's name typed in 村组管理, then Esc, asks "有未保存的内容，
//      确定放弃吗？"; 继续编辑 keeps the dialog and the name, 放弃 closes it.
import type { Page } from '@playwright/test'
import { test, expect, ADMIN } from './fixtures'
import { byId, choose, dialogClosed, dialogReady, fill, openAdmin, signIn, valueOf } from './ui'

test.describe.configure({ mode: 'serial' })

const LEAVE_QUESTION = '有未保存的内容，确定离开吗？'

/** leaveBox is the open "leave with changes?" question. */
function leaveBox(page: Page) {
  return page.locator('.el-message-box').filter({ hasText: LEAVE_QUESTION })
}

/** answerLeave answers the question: stay (留在此页, the primary button) or leave (离开). */
async function answerLeave(page: Page, leave: boolean) {
  await expect(leaveBox(page), `应问“${LEAVE_QUESTION}”`).toBeVisible()
  await leaveBox(page).locator(leave ? '.leave-go' : '.leave-stay').click()
  await expect(leaveBox(page)).toBeHidden()
}

test('有改动时离开要先确认（菜单与浏览器后退）', async ({ page, foundation, shot }) => {
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')
  await signIn(page, ADMIN) // lands on 群众查询: Back has somewhere to go
  await byId(page, 'nav-counter').first().click()
  await byId(page, 'intake-summary').first().waitFor({ state: 'visible' })
  const summary = '申请人外出务工，由配偶代办，材料下周补交'
  await fill(page, 'intake-summary', summary)

  await byId(page, 'nav-residents').first().click()
  await shot('leave-question')
  await answerLeave(page, false)
  expect(new URL(page.url()).hash).toBe('#/counter')
  expect(await valueOf(page, 'intake-summary')).toBe(summary)

  await page.goBack()
  await answerLeave(page, false)
  await expect.poll(() => new URL(page.url()).hash, { message: '后退被拦下，仍在办件受理页' }).toBe('#/counter')
  expect(await valueOf(page, 'intake-summary')).toBe(summary)

  await byId(page, 'nav-residents').first().click()
  await answerLeave(page, true)
  await byId(page, 'resident-search').first().waitFor({ state: 'visible' })

  // Left on purpose: the form starts empty again, without a draft.
  await byId(page, 'nav-counter').first().click()
  await expect(byId(page, 'intake-summary').first()).toHaveValue('')
  await expect(byId(page, 'draft-restored')).toHaveCount(0)
  // An untouched form leaves without a question.
  await byId(page, 'nav-residents').first().click()
  await byId(page, 'resident-search').first().waitFor({ state: 'visible' })
  await expect(leaveBox(page)).toHaveCount(0)
})

test('草稿在刷新后恢复，可丢弃', async ({ page, foundation, shot }) => {
  expect(foundation.villageId).toBeGreaterThan(0)
  page.on('dialog', (d) => d.accept()) // the browser's own "leave site?" before a reload
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await page.goto('/#/petitions/new')
  await byId(page, 'pt-mode-new').first().click()
  const draft = { name: '乌云其木格', phone: '13904771234', facts: '草场界线与邻村有争议，已协调两次未果。', request: '请求镇里组织勘界。' }
  await fill(page, 'pt-name', draft.name)
  await fill(page, 'pt-phone', draft.phone)
  await choose(page, page, 'pt-category', '土地草场')
  await fill(page, 'pt-facts', draft.facts)
  await fill(page, 'pt-request', draft.request)
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('halldesk-draft:')).length), { message: '草稿写入本标签页的 sessionStorage' }).toBe(1)
  expect(await page.evaluate(() => JSON.stringify(localStorage)), '草稿（含电话）不写入 localStorage').not.toContain(draft.phone)

  await page.reload()
  await expect(byId(page, 'draft-restored').first(), '刷新后提示已恢复草稿').toContainText('已恢复未保存的草稿')
  expect(await valueOf(page, 'pt-name')).toBe(draft.name)
  expect(await valueOf(page, 'pt-phone')).toBe(draft.phone)
  expect(await valueOf(page, 'pt-facts')).toBe(draft.facts)
  expect(await valueOf(page, 'pt-request')).toBe(draft.request)
  await expect(byId(page, 'pt-category').first()).toContainText('土地草场')
  await shot('draft-restored')

  await byId(page, 'draft-discard').first().click()
  await expect(byId(page, 'draft-restored')).toHaveCount(0)
  await expect(byId(page, 'pt-mode-resident').first()).toHaveClass(/is-active/)
  await page.reload()
  await byId(page, 'pt-form').first().waitFor({ state: 'visible' })
  await expect(byId(page, 'draft-restored')).toHaveCount(0)
  await byId(page, 'pt-mode-new').first().click()
  expect(await valueOf(page, 'pt-name')).toBe('')
})

test('各角色登录后到自己的首页', async ({ page, foundation }) => {
  const roles = [
    { username: 'saran', name: '萨仁', role: '接待人员', hash: /^#\/petitions\/today/ },
    { username: 'bateer', name: '巴特尔', role: '领导', hash: /^#\/petitions(\?|$)/ },
    { username: 'gerile', name: '格日乐', role: '督导', hash: /^#\/reports\/dashboard/ },
    { username: 'baoyin', name: '宝音', role: '窗口人员', hash: /^#\/counter/ },
  ]
  await page.goto('/#/login')
  for (const r of roles) {
    const who = { ...r, password: 'Landing-2026!desk' }
    await foundation.addOperator(who)
    await signIn(page, who)
    await expect.poll(() => new URL(page.url()).hash, { message: `${r.role}登录后的首页` }).toMatch(r.hash)
    if (r.role === '领导') await expect(byId(page, 'pt-filter-mine').first(), '领导看到“我包保的”').toHaveClass(/is-checked/)
  }
})

test('浏览器中打印：用浏览器自带的查看器打开并弹出打印，仍可下载', async ({ page, foundation }) => {
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await page.goto(`/#/households/${foundation.householdId}`)
  const [download, viewer] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForEvent('popup'),
    byId(page, 'household-print').first().click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/i)
  expect(viewer.url(), 'PDF 在浏览器自带的查看器（新标签页）中打开').toMatch(/^blob:/)
  await expect(page.locator('.el-message').filter({ hasText: '已打开打印' }).first()).toBeVisible()
  // (A headless browser has no PDF viewer: its tab may fail; the page itself goes on.)
  await expect(byId(page, 'household-print').first()).toBeEnabled()
})

test('对话框有改动时关闭要先确认（Esc）', async ({ page, foundation }) => {
  expect(foundation.householdId).toBeGreaterThan(0)
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await openAdmin(page, '村组管理')
  await byId(page, 'place-new-village').first().click()
  await dialogReady(page)
  await fill(page, 'village-name', '查干淖尔村')
  await page.keyboard.press('Escape')
  const box = page.locator('.el-message-box').filter({ hasText: '有未保存的内容，确定放弃吗？' })
  await expect(box, '应问“有未保存的内容，确定放弃吗？”').toBeVisible()
  await expect(box.locator('.leave-stay'), '“继续编辑”是默认按钮').toBeFocused()
  await box.locator('.leave-stay').click()
  await expect(box).toBeHidden()
  await expect(page.locator('.el-dialog:visible')).toHaveCount(1)
  expect(await valueOf(page, 'village-name')).toBe('查干淖尔村')

  await page.keyboard.press('Escape')
  await box.locator('.leave-go').click()
  await dialogClosed(page)
})
