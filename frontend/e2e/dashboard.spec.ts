// dashboard.spec.ts: the supervision dashboard (督导看板) and the scorecards (考评), on the seeded
// foundation and the cases the spec makes through the API first (the ledgers count them).
//
//   1. the administrator opens 督导看板 for this month; 梳理问题数 and the overdue count equal what the
//      counter's own ledgers (CaseService.Ledger, a different query) count for the same period;
//   2. clicking 梳理问题数 lands on the list of exactly those cases, by number; a case opens from it;
//   3. 返回看板 restores the period; the ledger chart and the item table open their lists too;
//   4. 考评: the clerks' table lists the handlers; the scorecards are printed (PDF, read back with
//      pdftotext) and exported (Excel).
import fs from 'node:fs'
import path from 'node:path'

import { test, expect, ADMIN } from './fixtures'
import { check, clip, todayInChina, waitFor } from './support'
import { byId, confirmBox, openMenu, settled, signIn } from './ui'
import { pdfText } from './documents'

/** thisMonth is the first and last day of this month in Asia/Shanghai. */
function thisMonth() {
  const today = todayInChina()
  const [y, m] = today.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
  return { from: today.slice(0, 8) + '01', to: last }
}

/**
 * seedCases takes two 低保 applications of 张伟 through the API, as a counter would: one finished
 * (办成), one still being handled, so that every figure of the month has something to count.
 */
async function seedCases(foundation) {
  const item = (await foundation.call('CatalogService', 'List', false)).find((i) => i.code === 'DB-01')
  const intake = () => foundation.call('CaseService', 'Intake', { applicantId: foundation.head.residentId, itemId: item.id, ledger: '',
    source: '大厅窗口', summary: '无固定收入，申请低保', received: item.materials.map((m) => m.name), acceptMissing: false, intakeNote: '' })
  // as a clerk acts: on the case as it stands now (its version)
  const act = async (c, action, extra = {}) => foundation.call('CaseService', 'Act', { caseId: c.id, action, note: '', received: [], missing: [],
    departments: '', outcome: '', monthlyAmount: '', firstPaidMonth: '', feedbackMethod: '', feedbackDate: '',
    extensionDays: 0, version: (await foundation.call('CaseService', 'Get', c.id)).version, ...extra })
  const done = await intake()
  await act(done, 'start')
  await act(done, 'complete', { outcome: '办成', monthlyAmount: '650', firstPaidMonth: todayInChina().slice(0, 7) })
  await act(await intake(), 'start')
}

test('督导看板', async ({ page, shot, foundation, outDir }) => {
  const admin = ADMIN
  await seedCases(foundation)
  await page.goto('/#/login')

  const month = thisMonth()
  const story = { numbers: [], total: 0 }

  /** ledger asks the counter's own ledger service (not the dashboard's) for a page of cases. */
  function ledger(over) {
    return page.evaluate(
      (q) => window.go.app.CaseService.Ledger(q),
      { ledger: '', status: '', itemId: 0, villageId: 0, handlerId: 0, mine: false, from: '', to: '', overdue: false, dueSoon: false, text: '', page: 1, pageSize: 100, ...over },
    )
  }

  async function figure(id) {
    const el = byId(page, id).first()
    await expect(el).toBeVisible()
    return Number((await el.locator('.value').innerText()).trim())
  }

  async function drillNumbers() {
    await expect(byId(page, 'drill-table').first()).toBeVisible()
    await settled(page)
    return byId(page, 'drill-row').evaluateAll((els) => els.map((e) => e.dataset.number).sort())
  }

  async function openDashboard() {
    await openMenu(page, 'nav-reports', byId(page, 'nav-report-dashboard').first())
    await expect(byId(page, 'dashboard').first()).toBeVisible()
  }

  async function download(testid, name, ext) {
    const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, testid).first().click()])
    check(dl.suggestedFilename().endsWith(ext), `下载的文件应为 ${ext}：${dl.suggestedFilename()}`)
    check(dl.suggestedFilename().includes(`${month.from}至${month.to}`), `文件名应写明考评期间：${dl.suggestedFilename()}`)
    const file = path.join(outDir, name + ext)
    await dl.saveAs(file)
    return file
  }

  await test.step('dashboard-figures', async () => {
    await signIn(page, admin)
    await openDashboard()
    await expect(byId(page, 'dash-period-label').first(), '看板显示本月').toContainText(`${month.from} 至 ${month.to}`)
    const expected = await ledger({ from: month.from, to: month.to })
    story.total = expected.total
    story.numbers = (expected.items ?? []).map((c) => c.number).sort()
    await expect(byId(page, 'dash-fig-all').first().locator('.value'), `梳理问题数应等于本月受理的办件数 ${expected.total}`).toHaveText(String(expected.total))
    const sorted = await figure('dash-fig-all')
    const overdueAll = await ledger({ overdue: true })
    await expect(byId(page, 'dash-fig-overdue-all').first(), `全部在办逾期应为 ${overdueAll.total} 件`).toContainText(`${overdueAll.total} 件`)
    const finished = (expected.items ?? []).filter((c) => ['done', 'fed_back', 'rated', 'closed'].includes(c.status))
    const parts = ['onSpot', 'proxy', 'joint', 'declined', 'inProgress']
    let sum = 0
    for (const p of parts) sum += await figure(`dash-fig-${p}`)
    check(sum === sorted, `现场、代办、联动解决、未办成与正在落实之和应等于梳理问题数：${sum} ≠ ${sorted}`)
    check((await figure('dash-fig-inProgress')) === expected.total - finished.length, `正在落实应为 ${expected.total - finished.length}`)
    await expect(byId(page, 'dash-chart-ledger').first().locator('canvas').first()).toBeVisible()
    await settled(page)
    await shot('dashboard')
  })

  await test.step('dashboard-drill', async () => {
    await byId(page, 'dash-fig-all').first().click()
    await waitFor('进入办件清单', async () => page.url().includes('/reports/cases'))
    const title = byId(page, 'drill-title').first()
    await expect(title, '清单标题应写明统计项').toContainText('梳理问题')
    await expect(title, '清单标题应写明期间').toContainText(`${month.from}至${month.to}`)
    await expect(byId(page, 'drill-total').first(), `清单应与看板一样为 ${story.total} 件`).toHaveAttribute('data-total', String(story.total))
    const numbers = await drillNumbers()
    if (story.total <= 20) check(JSON.stringify(numbers) === JSON.stringify(story.numbers), `清单应正好列出 ${clip(story.numbers)}，实际 ${clip(numbers)}`)
    else check(numbers.length === 20 && numbers.every((n) => story.numbers.includes(n)), `清单第一页应列出本月的 20 件：${clip(numbers)}`)
    await shot('dashboard-drill')
    if (numbers.length) {
      await byId(page, 'drill-row').first().click()
      await waitFor('打开办件', async () => /#\/cases\/\d+/.test(page.url()))
      await expect(byId(page, 'case-status').first()).toBeVisible()
      await page.goBack()
      await expect(byId(page, 'drill-table').first()).toBeVisible()
    }
    await byId(page, 'drill-back').first().click()
    await expect(byId(page, 'dashboard').first()).toBeVisible()
    await expect(byId(page, 'dash-period-label').first(), '返回后仍为本月').toContainText(`${month.from} 至 ${month.to}`)
  })

  await test.step('dashboard-drill-item', async () => {
    // The first line of the item table: its 受理 figure opens exactly that item's cases.
    const cell = byId(page, 'dash-item-total').first()
    if (!(await cell.count())) {
      check(story.total === 0, '有办件时按服务事项的表格应列出事项')
      return
    }
    const name = await cell.getAttribute('data-name')
    const n = Number((await cell.innerText()).trim())
    await cell.click()
    await waitFor('进入事项清单', async () => page.url().includes('/reports/cases') && page.url().includes('item='))
    // The list loads after the address changes: wait for its count to settle on the figure.
    await expect(byId(page, 'drill-total').first(), `${name}的清单应与看板一样为 ${n} 件`).toHaveAttribute('data-total', String(n))
    await settled(page)
    const rows = await byId(page, 'drill-table').first().locator('.el-table__row').allInnerTexts()
    check(rows.length === Math.min(n, 20) && rows.every((r) => r.includes(name)), `清单每一行都应是 ${name}：${clip(rows)}`)
    await shot('dashboard-drill-item')
    await byId(page, 'drill-back').first().click()
    await expect(byId(page, 'dashboard').first()).toBeVisible()
  })

  await test.step('scorecards', async () => {
    await openMenu(page, 'nav-reports', byId(page, 'nav-report-scorecards').first())
    const clerks = byId(page, 'sc-clerks').first()
    await expect(clerks).toBeVisible()
    await settled(page)
    const handlers = new Set((story.total ? (await ledger({ from: month.from, to: month.to })).items ?? [] : []).map((c) => c.handlerName))
    const text = await clerks.innerText()
    for (const h of handlers) check(text.includes(h), `考评表的窗口人员应有经办人 ${h}：${clip(text)}`)
    await shot('scorecards')
    const pdf = await download('sc-print', 'scorecards', '.pdf')
    const bytes = fs.readFileSync(pdf)
    check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', '考评表应为 PDF')
    const flat = pdfText(pdf).replace(/\s+/g, '')
    for (const w of ['干部考评表', '驻村干部', '窗口人员', ...handlers]) check(flat.includes(w), `考评表 PDF 中应有「${w}」：${clip(flat, 300)}`)
    const xlsx = await download('sc-export', 'scorecards', '.xlsx')
    check(fs.readFileSync(xlsx).subarray(0, 2).toString('latin1') === 'PK', '导出的考评表应为 Excel 文件')
  })

  // Hand the next story a login screen.
  try {
    if (await byId(page, 'current-operator').count()) {
      await byId(page, 'logout').first().click()
      await confirmBox(page)
    }
  } catch {
    /* the next story reports what it finds */
  }
})
