// queue.spec.ts: a citizen's ticket from the kiosk to the case. The administrator sets up the
// group A 医保养老 (for 城乡居民医保参保登记) and window 1 tied to the clerk, and pairs the kiosk (a
// browser of its own: it asks to be paired through the API and the administrator approves it).
// 张伟 takes a ticket at the kiosk's touch screen with his ID number typed on its keypad; the
// kiosk shows A001 and his masked name, and the ticket's PDF reads back with its number and query
// code. The clerk, signed in at window 1, sees the waiting citizen in the header's window bar,
// calls him (F2), and 开始受理 opens the counter with 张伟 already found and the ticket carried in;
// the case saved keeps the ticket and shows it with the wait.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'

import { test, expect, ADMIN, CLERK } from './fixtures'
import { check, clip, exact } from './support'
import { byId, settled, signIn, signOut } from './ui'
import { downloadPdf, expectInPdf, pdfText } from './documents'
import { pairDevice, tieWindow } from './hallDevices'

test.describe.configure({ mode: 'serial' })

const ITEM = '城乡居民医保参保登记'

test('取号机取号（带身份证号），窗口叫号后开始受理，办件记下号票和等候时长', async ({ page, browser, server, foundation, shot, outDir }) => {
  const story = {} as { ticketId: number; number: string; code: string; kiosk: Page; caseId: number }

  await test.step('admin-sets-up-the-queue', async () => {
    const clerkId = await foundation.addOperator(CLERK)
    const items = await foundation.call<{ id: number; name: string }[]>('CatalogService', 'List', false)
    const item = items.find((i) => i.name === ITEM)
    check(!!item, `目录中有「${ITEM}」`)
    await tieWindow(foundation, { prefix: 'A', group: '医保养老', itemId: item!.id, no: 1, window: '医保窗口', operatorId: clerkId })
    story.kiosk = await pairDevice(browser, server.base, foundation, { name: '大厅取号机', role: 'kiosk', window: 0, viewport: { width: 1280, height: 900 } })
    await expect(byId(story.kiosk, 'kiosk').first(), '配对后显示取号页面').toBeVisible({ timeout: 15_000 })
  })

  await test.step('kiosk-takes-a-ticket-with-an-id-number', async () => {
    const k = story.kiosk
    await expect(byId(k, 'kiosk-group-A').first()).toContainText('医保养老')
    await expect(byId(k, 'kiosk-group-A').first()).toContainText(ITEM)
    await k.screenshot({ path: path.join(outDir, 'kiosk-groups.png') })
    await byId(k, 'kiosk-group-A').first().click()
    for (const c of foundation.head.id) await byId(k, `kiosk-key-${c}`).first().click()
    await expect(byId(k, 'kiosk-id').first()).toHaveValue(foundation.head.id)
    await byId(k, 'kiosk-id-next').first().click()
    const answer = k.waitForResponse((r) => r.url().endsWith('/api/QueueService/Take'))
    await byId(k, 'kiosk-priority-none').first().click()
    const res = await answer
    const slip = await res.json()
    check(res.ok(), `取号被拒绝：${clip(JSON.stringify(slip))}`)
    await expect(byId(k, 'kiosk-number').first()).toHaveText('A001')
    await expect(byId(k, 'kiosk-ahead').first()).toContainText('0')
    await expect(byId(k, 'kiosk-found').first(), '取号机只显示遮蔽的姓名').toContainText('张某某')
    await expect(k.locator('body')).not.toContainText(foundation.head.name)
    await expect(k.locator('body')).not.toContainText(foundation.head.id.slice(6, 14))
    await expect(byId(k, 'kiosk-code').first()).toContainText(slip.queryCode)
    story.ticketId = slip.ticketId
    story.number = slip.number
    story.code = slip.queryCode
    await settled(k)
    await k.screenshot({ path: path.join(outDir, 'kiosk-ticket.png') })

    // The ticket's PDF, as the kiosk prints it, reads back with its number and query code.
    const file = path.join(outDir, 'ticket-A001.pdf')
    fs.writeFileSync(file, Buffer.from(slip.pdf.base64, 'base64'))
    const text = pdfText(file)
    expectInPdf({ file, text, flat: text.replace(/\s+/g, ''), suggested: slip.pdf.fileName }, ['A001', '医保养老', `查询码：${slip.queryCode}`, '您前面还有0人等候'])
  })

  await test.step('clerk-calls-the-ticket', async () => {
    await page.goto('/#/login')
    await signIn(page, CLERK)
    const bar = byId(page, 'queue-bar').first()
    await expect(bar, '窗口人员的页头显示1号窗口').toContainText('1号窗口')
    await expect(byId(page, 'queue-waiting').first()).toContainText('1')
    await page.keyboard.press('F2')
    await expect(byId(page, 'queue-current').first(), '页头显示叫到的号').toHaveText(story.number)
    await shot('clerk-called')
  })

  await test.step('start-opens-the-intake-with-the-resident', async () => {
    await byId(page, 'queue-start').first().click()
    await expect(page).toHaveURL(/#\/counter\?/)
    await expect(byId(page, 'picker-picked').first(), '受理页已带出群众').toContainText(foundation.head.name)
    await expect(byId(page, 'intake-ticket').first()).toContainText(story.number)
    const select = byId(page, 'intake-item').first()
    await select.click()
    await page.keyboard.type(ITEM)
    const option = page.locator('.el-select-dropdown__item:visible').filter({ has: page.locator('.opt-name', { hasText: exact(ITEM) }) })
    await option.first().click()
    await expect(byId(page, 'materials-all').first()).toBeVisible()
    await byId(page, 'materials-all').first().click()
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/CaseService/Intake'))
    await byId(page, 'intake-submit').first().click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `受理登记被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    story.caseId = JSON.parse(body).id
    await expect(byId(page, 'intake-result').first()).toBeVisible()
    await expect(byId(page, 'queue-current').first(), '受理后窗口的号已办结').toHaveText('当前无号')
    await shot('intake-saved')
  })

  await test.step('the-case-keeps-its-ticket-and-wait', async () => {
    await byId(page, 'intake-open-case').first().click()
    const tag = byId(page, 'case-ticket').first()
    await expect(tag, '办件显示排队号和等候时间').toContainText(`排队号 ${story.number}`)
    await expect(tag).toContainText(/等候 \d+ 分钟/)
    await shot('case-with-ticket')
    const wait = await foundation.call<{ found: boolean; number: string; takenAt: string; servedAt: string }>('QueueService', 'CaseTicket', story.caseId)
    check(wait.found && wait.number === story.number && !!wait.takenAt && !!wait.servedAt && wait.servedAt >= wait.takenAt, `办件的号票：${JSON.stringify(wait)}`)
  })

  await test.step('kiosk-looks-the-ticket-up', async () => {
    const k = story.kiosk
    await byId(k, 'kiosk-done').first().click()
    await byId(k, 'kiosk-lookup').first().click()
    await byId(k, 'lookup-code').first().fill(story.code)
    await byId(k, 'lookup-submit').first().click()
    const answer = byId(k, 'lookup-answer').first()
    await expect(answer, '取号机查询号票进度').toContainText(story.number)
    await expect(byId(k, 'lookup-stage').first()).toHaveText('已办结')
    await expect(answer).not.toContainText(foundation.head.name)
    await k.screenshot({ path: path.join(outDir, 'kiosk-lookup.png') })
    await k.context().close()
  })

  await test.step('reception-desk-prints-a-ticket', async () => {
    await page.goto('/#/queue/desk')
    await expect(byId(page, 'desk-group-A').first()).toBeVisible()
    const doc = await downloadPdf(page, byId(page, 'desk-take').first(), path.join(outDir, 'desk-ticket-A002.pdf'))
    expectInPdf(doc, ['A002', '医保养老', '您前面还有 0 人等候', '查询码：'])
    await expect(byId(page, 'desk-last').first()).toContainText('A002')
    await expect(byId(page, 'queue-waiting').first(), '窗口栏随即显示新的等候人数').toContainText('1')
    await shot('desk-ticket')
  })

  await test.step('admin-page', async () => {
    await signOut(page)
    await signIn(page, ADMIN)
    await page.goto('/#/admin/queue')
    await expect(byId(page, 'queue-groups').first()).toContainText(ITEM)
    await expect(byId(page, 'queue-windows').first()).toContainText(CLERK.name)
    await expect(byId(page, 'queue-speech').first()).toHaveValue('请{号码}号到{窗口}号窗口办理')
    await shot('admin-queue', { quiet: true })
  })
})
