// rating.spec.ts: the citizen rates the service at the window, on the pad, not the clerk. The
// administrator ties the clerk to window 1 and pairs a rating pad for window 1 (a browser of its
// own, paired through the API). A case of an instant item (即办) is taken for 张伟; the clerk,
// signed in, finishes it on the case page (办结) with the citizen still at the window. The pad
// shows the hall, the clerk's name and work number and the item; 张伟 taps 满意 and the
// indicator 服务态度 and submits; the pad thanks him. The clerk's case page then shows the case
// 已评价 with the rating's channel 评价器 and its indicator, and offers the clerk no way to rate.
// A citizen who only asked something at window 2 (no case: 办结 on the clerk's header bar) rates
// 不满意 on that window's pad; the supervisor's dashboard counts it in the window service's
// satisfaction by window and clerk and lists it for rectification, where a callback closes it.
import path from 'node:path'
import type { Page } from '@playwright/test'

import { test, expect, CLERK, HALL } from './fixtures'
import { check, clip, todayInChina } from './support'
import { byId, fill, signIn } from './ui'
import { caseAct, caseStatus } from './cases'
import { pairDevice, tieWindow } from './hallDevices'

test.describe.configure({ mode: 'serial' })

const ITEM = '城乡居民医保参保登记'

test('群众在窗口评价器上评价办结的办件，窗口人员不能代评', async ({ page, browser, server, foundation, shot, outDir }) => {
  const story = {} as { pad: Page; caseId: number }

  await test.step('admin-ties-the-clerk-to-window-1-and-pairs-its-pad', async () => {
    const clerkId = await foundation.addOperator(CLERK)
    const items = await foundation.call<{ id: number; name: string; materials: { name: string }[] }[]>('CatalogService', 'List', false)
    const item = items.find((i) => i.name === ITEM)
    check(!!item, `目录中有「${ITEM}」`)
    await tieWindow(foundation, { prefix: 'A', group: '医保养老', itemId: item!.id, no: 1, window: '医保窗口', operatorId: clerkId })
    story.pad = await pairDevice(browser, server.base, foundation, { name: '1号窗口评价器', role: 'pad', window: 1 })
    await expect(byId(story.pad, 'pad-idle').first(), '配对后显示评价器的待机页面').toBeVisible({ timeout: 15_000 })
    await expect(byId(story.pad, 'pad-hall').first()).toHaveText(HALL.name)
    await expect(byId(story.pad, 'rating-pad').first()).toContainText('1号窗口')
    const cs = await foundation.call<{ id: number }>('CaseService', 'Intake', {
      applicantId: foundation.head.residentId, agent: null, itemId: item!.id, ledger: '', source: '大厅窗口', summary: '',
      received: item!.materials.map((m) => m.name), acceptMissing: false, intakeNote: '', ticketId: 0,
    })
    story.caseId = cs.id
  })

  await test.step('clerk-finishes-the-instant-case', async () => {
    await page.goto('/#/login')
    await signIn(page, CLERK)
    await page.goto(`/#/cases/${story.caseId}`)
    await caseStatus(page, '已受理')
    await expect(byId(page, 'action-rate'), '窗口人员不能代群众评价').toHaveCount(0)
    await caseAct(page, 'action-complete', '已办结', async () => {
      await byId(page, 'outcome-办成').first().click()
    })
  })

  await test.step('the-pad-asks-the-citizen', async () => {
    const pad = story.pad
    await expect(byId(pad, 'pad-request').first(), '评价器显示评价请求').toBeVisible({ timeout: 5_000 })
    await expect(byId(pad, 'pad-clerk').first()).toHaveText(CLERK.name)
    await expect(byId(pad, 'pad-clerk-no').first(), '工号即登录名').toHaveText(CLERK.username)
    await expect(byId(pad, 'pad-item').first()).toHaveText(ITEM)
    await expect(pad.locator('[data-testid^="pad-level-"]')).toHaveText(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
    await pad.screenshot({ path: path.join(outDir, 'pad-levels.png') })
    await byId(pad, 'pad-level-2').first().click()
    await expect(byId(pad, 'pad-chosen').first()).toHaveText('满意')
    await byId(pad, 'pad-indicator-attitude').first().click()
    await pad.screenshot({ path: path.join(outDir, 'pad-indicators.png') })
    const answer = pad.waitForResponse((r) => r.url().endsWith('/api/RatingPadService/Submit'))
    await byId(pad, 'pad-submit').first().click()
    const res = await answer
    check(res.ok(), `评价被拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
    await expect(byId(pad, 'pad-thanks').first()).toBeVisible()
    await pad.screenshot({ path: path.join(outDir, 'pad-thanks.png') })
  })

  await test.step('the-case-shows-the-pad-rating', async () => {
    await page.reload()
    await caseStatus(page, '已评价')
    const row = byId(page, 'rating-row').first()
    await expect(row.locator('[data-testid="rating-channel"]')).toHaveText('评价器')
    await expect(row.locator('[data-testid="rating-level-label"]')).toHaveText('满意')
    await expect(row.locator('[data-testid="rating-indicators"]')).toContainText('服务态度')
    await expect(byId(page, 'action-rate'), '窗口人员的办件页没有评价按钮').toHaveCount(0)
    await expect(byId(page, 'rating-enter-card'), '窗口人员不能录入评价卡').toHaveCount(0)
    await byId(page, 'case-ratings').first().scrollIntoViewIfNeeded()
    await shot('case-rated-on-the-pad')
  })
})

const SUPERVISOR = { username: 'sarula', name: '萨如拉', role: '督导', password: 'Dudao-2026!jc' }
const LEADER = { username: 'siqin', name: '斯琴', role: '领导', password: 'Lingdao-2026!ld' }

test('纸质评价卡的差评整改回访，经审定为恶意评价后不计入满意率', async ({ page, foundation, shot }) => {
  let caseId = 0

  await test.step('a-finished-case-without-a-rating', async () => {
    await foundation.addOperator(SUPERVISOR)
    await foundation.addOperator(LEADER)
    const items = await foundation.call<{ id: number; name: string; materials: { name: string }[] }[]>('CatalogService', 'List', false)
    const item = items.find((i) => i.name === ITEM)!
    const cs = await foundation.call<{ id: number; version: number }>('CaseService', 'Intake', {
      applicantId: foundation.spouse.residentId, agent: null, itemId: item.id, ledger: '', source: '大厅窗口', summary: '',
      received: item.materials.map((m) => m.name), acceptMissing: false, intakeNote: '', ticketId: 0,
    })
    await foundation.call('CaseService', 'Act', { caseId: cs.id, action: 'complete', note: '', received: [], missing: [], departments: '',
      outcome: '办成', monthlyAmount: '', firstPaidMonth: '', feedbackMethod: '', feedbackDate: '', extensionDays: 0, version: cs.version })
    caseId = cs.id
  })

  await test.step('supervisor-enters-the-paper-card', async () => {
    await page.goto('/#/login')
    await signIn(page, SUPERVISOR)
    await page.goto(`/#/cases/${caseId}`)
    await caseStatus(page, '已办结')
    await byId(page, 'rating-enter-card').first().click()
    await expect(byId(page, 'rating-dialog').first()).toBeVisible()
    await fill(page, 'rating-card-no', 'HD-000123')
    await byId(page, 'rating-level-5').first().click()
    await fill(page, 'rating-comment', '排队太久')
    await byId(page, 'rating-submit').first().click()
    await caseStatus(page, '已评价')
    const row = byId(page, 'rating-row').first()
    await expect(row.locator('[data-testid="rating-channel"]')).toHaveText('纸质评价卡')
    await expect(row).toContainText('HD-000123')
    await expect(row.locator('[data-testid="rating-rectify"]'), '差评显示整改期限').toContainText(/\d{4}-\d{2}-\d{2}/)
  })

  await test.step('supervisor-records-a-callback-and-proposes-a-review', async () => {
    await byId(page, 'rating-callback').first().click()
    await fill(page, 'callback-done', '已电话致歉，说明当日排队情况')
    await byId(page, 'rating-submit').first().click()
    await expect(byId(page, 'rating-callbacks').first()).toContainText('已电话致歉')
    await expect(byId(page, 'rating-callbacks').first()).toContainText(SUPERVISOR.name)
    await byId(page, 'rating-propose').first().click()
    await fill(page, 'review-reason', '评价人并非本件申请人，内容与办件无关')
    await byId(page, 'rating-submit').first().click()
    await expect(byId(page, 'rating-review').first()).toHaveAttribute('data-state', 'proposed')
    await expect(byId(page, 'review-decide'), '督导不能审核自己的申请').toHaveCount(0)
  })

  /** rated is the month's count of cases whose rating counts toward satisfaction (督导看板). */
  const rated = async () => {
    const today = todayInChina()
    const d = await foundation.call<{ summary: { rated: number } }>('DashboardService', 'Get', { from: today.slice(0, 8) + '01', to: today })
    return d.summary.rated
  }
  let before = 0

  await test.step('leader-approves-the-review', async () => {
    before = await rated()
    await page.goto('/#/login')
    await signIn(page, LEADER)
    await page.goto(`/#/cases/${caseId}`)
    await caseStatus(page, '已评价')
    await byId(page, 'review-decide').first().click()
    await byId(page, 'review-approve-yes').first().click()
    await fill(page, 'review-reason', '经核实属恶意差评')
    await byId(page, 'rating-submit').first().click()
    await expect(byId(page, 'rating-review').first()).toHaveAttribute('data-state', 'approved')
    await expect(byId(page, 'rating-excluded').first()).toBeVisible()
    expect(await rated(), '认定的恶意差评不计入满意度').toBe(before - 1)
    await byId(page, 'case-ratings').first().scrollIntoViewIfNeeded()
    await shot('malicious-rating-approved')
  })
})

const CLERK2 = { username: 'wuyun', name: '乌云', role: '窗口人员', password: 'Chuangkou-2026!wy' }

test('未建办件的取号在窗口办结后由群众评价，计入窗口服务满意度，差评列入整改', async ({ page, browser, server, foundation, shot }) => {
  let pad: Page | undefined
  const comment = '只让我去别的窗口，没说清楚'

  await test.step('a-consulting-window-with-its-pad-and-a-ticket', async () => {
    const clerkId = await foundation.addOperator(CLERK2)
    const cfg = await foundation.call<{ groups: { id: number; prefix: string }[] }>('QueueService', 'SaveGroup', {
      id: 0, prefix: 'C', name: '综合咨询', itemIds: [], itemNames: [], active: true, position: 0, version: 0,
    })
    const groupId = cfg.groups.find((g) => g.prefix === 'C')!.id
    await foundation.call('QueueService', 'SaveWindow', {
      no: 2, name: '咨询窗口', groupIds: [groupId], groupNames: [], operatorId: clerkId, operatorName: '', paused: false, version: 0,
    })
    pad = await pairDevice(browser, server.base, foundation, { name: '2号窗口评价器', role: 'pad', window: 2 })
    await expect(byId(pad, 'pad-idle').first(), '配对后显示评价器的待机页面').toBeVisible({ timeout: 15_000 })
    await foundation.call('QueueService', 'Issue', { groupId, idNumber: '', priority: '' })
  })

  await test.step('clerk-calls-and-finishes-with-no-case', async () => {
    await page.goto('/#/login')
    await signIn(page, CLERK2)
    await expect(byId(page, 'queue-bar').first()).toContainText('2号窗口')
    await byId(page, 'queue-call').first().click()
    await expect(byId(page, 'queue-current').first()).toHaveText('C001')
    await byId(page, 'queue-finish').first().click()
    await expect(byId(page, 'queue-current').first()).not.toHaveText('C001')
  })

  await test.step('the-citizen-rates-the-window-on-the-pad', async () => {
    await expect(byId(pad!, 'pad-request').first(), '评价器显示评价请求').toBeVisible({ timeout: 5_000 })
    await expect(byId(pad!, 'pad-clerk').first()).toHaveText(CLERK2.name)
    await byId(pad!, 'pad-level-4').first().click()
    await byId(pad!, 'pad-comment').first().fill(comment)
    await byId(pad!, 'pad-submit').first().click()
    await expect(byId(pad!, 'pad-thanks').first()).toBeVisible()
  })

  await test.step('the-supervisor-sees-it-counted-and-rectifies-it', async () => {
    await page.goto('/#/login')
    await signIn(page, SUPERVISOR)
    await page.goto('/#/reports/dashboard')
    const sec = byId(page, 'dash-window-ratings').first()
    await expect(sec, '看板的排队叫号部分有窗口服务评价').toBeVisible({ timeout: 10_000 })
    await expect(sec.locator('[data-testid="window-rating-bad"] .value')).toHaveText('1')
    await expect(sec.locator('[data-testid="window-rating-satisfaction"] .value')).toHaveText('0.0%')
    await expect(byId(page, 'window-ratings-by-window').first()).toContainText('咨询窗口')
    await expect(byId(page, 'window-ratings-by-clerk').first()).toContainText(CLERK2.name)
    const row = byId(page, 'window-bad-ratings').first().locator('tbody tr').filter({ hasText: 'C001' })
    await expect(row).toContainText('不满意')
    await expect(row).toContainText(comment)
    await expect(row).toContainText('咨询窗口')
    await expect(row.locator('[data-testid="bad-rating-state"]')).toContainText('整改中')
    await row.locator('[data-testid="rating-callback"]').click()
    // The date starts at today and its calendar stays shut: the cursor goes to what was done.
    await expect(page.locator('.el-picker-panel').filter({ visible: true }), '日期选择面板不自动弹出').toHaveCount(0)
    await fill(page, 'callback-done', '已当面解释办理流程并致歉')
    await byId(page, 'callback-resolved').first().click()
    await byId(page, 'rating-submit').first().click()
    await expect(row.locator('[data-testid="bad-rating-state"]'), '回访后显示已整改').toHaveText('已整改')
    await sec.scrollIntoViewIfNeeded()
    await shot('window-rating-rectified')
  })
})
