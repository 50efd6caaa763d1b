// two-tabs.spec.ts: two counters (two browsers, the administrator and the clerk 宝音) open the same
// resident, 李秀英 of the seeded household, for editing. The first saves a new address; the second,
// still holding the old version, saves a note: the save is refused with "该记录已被他人修改" and a
// dialog listing what changed (住址, old → new), nothing of the second save is written, and
// 重新载入 shows the first counter's change.
import type { Browser, Page } from '@playwright/test'
import { test, expect, ADMIN, CLERK } from './fixtures'
import { byId, dialogReady, fill, signIn } from './ui'

const NEW_ADDRESS = '巴图塔村一组99号'
const NOTE = '第二个窗口补充的备注'

/** openCounter is a second browser of its own (its own session cookie), on the same server. */
async function openCounter(browser: Browser, base: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  return { page, close: () => context.close() }
}

/** editResident opens the resident's page and its edit form. */
async function editResident(page: Page, id: number): Promise<void> {
  await page.goto(`/#/residents/${id}`)
  await expect(byId(page, 'resident-detail').first()).toBeVisible()
  await byId(page, 'resident-edit').first().click()
  await dialogReady(page)
}

test('两个窗口同时修改同一群众：后保存的被拒绝并说明改了什么，重新载入后看到前一个的修改', async ({ page, browser, server, foundation, shot }) => {
  await foundation.addOperator(CLERK)
  const id = foundation.spouse.residentId
  const second = await openCounter(browser, server.base)
  try {
    await page.goto('/#/login')
    await signIn(page, ADMIN)
    await second.page.goto('/#/login')
    await signIn(second.page, CLERK)

    await test.step('both-open', async () => {
      await editResident(page, id)
      await editResident(second.page, id)
    })

    await test.step('first-saves', async () => {
      await fill(page, 'rf-address', NEW_ADDRESS)
      await byId(page, 'rf-submit').first().click()
      await expect(byId(page, 'resident-detail').first(), '第一个窗口保存后详情显示新住址').toContainText(NEW_ADDRESS)
    })

    await test.step('second-refused', async () => {
      await fill(second.page, 'rf-note', NOTE)
      await byId(second.page, 'rf-submit').first().click()
      const stale = byId(second.page, 'stale-dialog').first()
      await expect(stale, '第二个窗口的保存被拒绝').toContainText('该记录已被他人修改')
      await expect(stale, '列出被改动的住址').toContainText('住址')
      await expect(stale, '列出现在的住址').toContainText(NEW_ADDRESS)
      await shot('stale-refused')
      const stored = await foundation.call('ResidentService', 'Get', id)
      expect(stored.note, '被拒绝的保存什么也没写入').toBe('')
      expect(stored.address).toBe(NEW_ADDRESS)
    })

    await test.step('reload', async () => {
      await byId(second.page, 'stale-reload').first().click()
      await expect(byId(second.page, 'stale-dialog')).toHaveCount(0)
      const detail = byId(second.page, 'resident-detail').first()
      await expect(detail, '重新载入后看到第一个窗口的修改').toContainText(NEW_ADDRESS)
      await expect(detail).not.toContainText(NOTE)
      await second.page.screenshot({ path: test.info().outputPath('reloaded.png'), fullPage: true })
    })
  } finally {
    await second.close()
  }
})
