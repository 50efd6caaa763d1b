// dashboard.mjs: the supervision dashboard (督导看板) and the scorecards (考评), run by run.mjs after the
// other stories in the same browser, against the same server and data (the 窗口办件 story's cases,
// when it ran).
//
//   1. the administrator opens 督导看板 for this month; 梳理问题数 and the overdue count equal what the
//      counter's own ledgers (CaseService.Ledger, a different query) count for the same period;
//   2. clicking 梳理问题数 lands on the list of exactly those cases, by number; a case opens from it;
//   3. 返回看板 restores the period; the ledger chart and the item table open their lists too;
//   4. 考评: the clerks' table lists the handlers; the scorecards are printed (PDF, read back with
//      pdftotext) and exported (Excel).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { clip, waitFor } from './support.mjs'
import { byId, confirmBox, settled, signIn } from './ui.mjs'

/** todayInChina is today's date in Asia/Shanghai as YYYY-MM-DD. */
function todayInChina() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

/** thisMonth is the first and last day of this month in Asia/Shanghai. */
function thisMonth() {
  const today = todayInChina()
  const [y, m] = today.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
  return { from: today.slice(0, 8) + '01', to: last }
}

/**
 * dashboardFlow runs the supervision story. ctx: page, outDir, step/shot/check from run.mjs and
 * admin (the administrator's login). It starts on the login page and leaves the login page.
 */
export async function dashboardFlow({ page, outDir, step, shot, check, admin }) {
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
    await el.waitFor({ state: 'visible' })
    return Number((await el.locator('.value').innerText()).trim())
  }

  async function drillNumbers() {
    await byId(page, 'drill-table').first().waitFor({ state: 'visible' })
    await settled(page)
    return byId(page, 'drill-row').evaluateAll((els) => els.map((e) => e.dataset.number).sort())
  }

  async function openDashboard() {
    const item = byId(page, 'nav-report-dashboard').first()
    if (!(await item.isVisible())) await byId(page, 'nav-reports').first().locator('.el-sub-menu__title').click()
    await item.click()
    await byId(page, 'dashboard').first().waitFor({ state: 'visible' })
  }

  async function download(testid, name, ext) {
    const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, testid).first().click()])
    check(dl.suggestedFilename().endsWith(ext), `下载的文件应为 ${ext}：${dl.suggestedFilename()}`)
    check(dl.suggestedFilename().includes(`${month.from}至${month.to}`), `文件名应写明考评期间：${dl.suggestedFilename()}`)
    const file = path.join(outDir, name + ext)
    await dl.saveAs(file)
    return file
  }

  await step('dashboard-figures', async () => {
    await signIn(page, admin)
    await openDashboard()
    await waitFor('看板显示本月', async () => (await byId(page, 'dash-period-label').first().innerText()).includes(`${month.from} 至 ${month.to}`))
    const expected = await ledger({ from: month.from, to: month.to })
    story.total = expected.total
    story.numbers = (expected.items ?? []).map((c) => c.number).sort()
    const sorted = await figure('dash-fig-all')
    check(sorted === expected.total, `梳理问题数应等于本月受理的办件数 ${expected.total}，实际 ${sorted}`)
    const overdueAll = await ledger({ overdue: true })
    const text = await byId(page, 'dash-fig-overdue-all').first().innerText()
    check(text.includes(`${overdueAll.total} 件`), `全部在办逾期应为 ${overdueAll.total} 件：${text}`)
    const finished = (expected.items ?? []).filter((c) => ['done', 'fed_back', 'rated', 'closed'].includes(c.status))
    const parts = ['onSpot', 'proxy', 'joint', 'declined', 'inProgress']
    let sum = 0
    for (const p of parts) sum += await figure(`dash-fig-${p}`)
    check(sum === sorted, `现场、代办、联动解决、未办成与正在落实之和应等于梳理问题数：${sum} ≠ ${sorted}`)
    check((await figure('dash-fig-inProgress')) === expected.total - finished.length, `正在落实应为 ${expected.total - finished.length}`)
    await byId(page, 'dash-chart-ledger').first().locator('canvas').first().waitFor({ state: 'visible' })
    await settled(page)
    await shot('dashboard')
  })

  await step('dashboard-drill', async () => {
    await byId(page, 'dash-fig-all').first().click()
    await waitFor('进入办件清单', async () => page.url().includes('/reports/cases'))
    const title = await byId(page, 'drill-title').first().innerText()
    check(title.includes('梳理问题') && title.includes(`${month.from}至${month.to}`), `清单标题应写明统计项和期间：${title}`)
    const total = Number(await byId(page, 'drill-total').first().getAttribute('data-total'))
    check(total === story.total, `清单共 ${total} 件，看板为 ${story.total} 件`)
    const numbers = await drillNumbers()
    if (story.total <= 20) check(JSON.stringify(numbers) === JSON.stringify(story.numbers), `清单应正好列出 ${clip(story.numbers)}，实际 ${clip(numbers)}`)
    else check(numbers.length === 20 && numbers.every((n) => story.numbers.includes(n)), `清单第一页应列出本月的 20 件：${clip(numbers)}`)
    await shot('dashboard-drill')
    if (numbers.length) {
      await byId(page, 'drill-row').first().click()
      await waitFor('打开办件', async () => /#\/cases\/\d+/.test(page.url()))
      await byId(page, 'case-status').first().waitFor({ state: 'visible' })
      await page.goBack()
      await byId(page, 'drill-table').first().waitFor({ state: 'visible' })
    }
    await byId(page, 'drill-back').first().click()
    await byId(page, 'dashboard').first().waitFor({ state: 'visible' })
    await waitFor('返回后仍为本月', async () => (await byId(page, 'dash-period-label').first().innerText()).includes(`${month.from} 至 ${month.to}`))
  })

  await step('dashboard-drill-item', async () => {
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
    let total = -1
    await waitFor(`${name}的清单为 ${n} 件`, async () => {
      await settled(page)
      total = Number(await byId(page, 'drill-total').first().getAttribute('data-total'))
      return total === n
    }).catch(() => {})
    check(total === n, `${name}：清单 ${total} 件，看板 ${n} 件`)
    const rows = await byId(page, 'drill-table').first().locator('.el-table__row').allInnerTexts()
    check(rows.length === Math.min(n, 20) && rows.every((r) => r.includes(name)), `清单每一行都应是 ${name}：${clip(rows)}`)
    await shot('dashboard-drill-item')
    await byId(page, 'drill-back').first().click()
    await byId(page, 'dashboard').first().waitFor({ state: 'visible' })
  })

  await step('scorecards', async () => {
    const item = byId(page, 'nav-report-scorecards').first()
    if (!(await item.isVisible())) await byId(page, 'nav-reports').first().locator('.el-sub-menu__title').click()
    await item.click()
    const clerks = byId(page, 'sc-clerks').first()
    await clerks.waitFor({ state: 'visible' })
    await settled(page)
    const handlers = new Set((story.total ? (await ledger({ from: month.from, to: month.to })).items ?? [] : []).map((c) => c.handlerName))
    const text = await clerks.innerText()
    for (const h of handlers) check(text.includes(h), `考评表的窗口人员应有经办人 ${h}：${clip(text)}`)
    await shot('scorecards')
    const pdf = await download('sc-print', 'scorecards', '.pdf')
    const bytes = fs.readFileSync(pdf)
    check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', '考评表应为 PDF')
    const flat = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
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
}
