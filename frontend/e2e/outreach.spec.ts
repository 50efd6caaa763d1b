// outreach.spec.ts: proactive service (主动服务), on the seeded foundation (the hall and 巴图塔村 一组).
//
//   1. the administrator registers a resident who turns 60 next month (a valid ID number whose
//      birth date is the 15th of next month, 60 years back) on 群众查询;
//   2. 主动服务 lists them on 下月年满60周岁, masked, with the month they turn 60 (never the day);
//   3. 办理 on the row opens the counter with the applicant, 养老保险待遇领取申请 and a summary
//      already filled in;
//   4. back on 主动服务, 打印联系名单 downloads the village call list (PDF; its text is checked
//      with pdftotext when installed), 导出 Excel downloads the workbook;
//   5. a 低保 case of the same resident is approved (through the services) with this month as the
//      first paid; the 低保签领表 tab shows the household and 打印签领表 downloads the sheet.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { test, expect, ADMIN, VILLAGE } from './fixtures'
import { check, idNumber, todayInChina, waitFor } from './support'
import { byId, choose, dialogClosed, dialogReady, fill, openMenu, signIn, valueOf } from './ui'

/** ALLOWANCE is the monthly 低保 amount approved for the household in the story (yuan). */
const ALLOWANCE = '580'


/** sixtyNextMonth is the birth date (YYYYMMDD) of someone who turns 60 on the 15th of next month. */
function sixtyNextMonth() {
  const [y, m] = todayInChina().split('-').map(Number)
  const next = new Date(Date.UTC(y, m, 15)) // month m (0-based) is next month
  return `${next.getUTCFullYear() - 60}${String(next.getUTCMonth() + 1).padStart(2, '0')}15`
}

/** pdfText reads a PDF back with poppler's pdftotext, or returns null when it is not installed. */
function pdfText(file) {
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, '')
  } catch (err) {
    if (err.code === 'ENOENT') return null
    throw err
  }
}

test('主动服务', async ({ page, shot, foundation, outDir }) => {
  const admin = ADMIN
  const village = VILLAGE
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  const birth = sixtyNextMonth()
  const person = { name: '高振华', id: idNumber('150627', birth, '051'), phone: '13904775612' }
  const turns = `${Number(birth.slice(0, 4)) + 60}-${birth.slice(4, 6)}`
  const story = { residentId: 0 }

  async function openOutreach() {
    await openMenu(page, 'nav-reports', byId(page, 'nav-report-outreach').first())
    await expect(byId(page, 'outreach-table').first()).toBeVisible()
  }

  /** download clicks a button, keeps the file in outDir as name and returns its path. */
  async function download(testid, name) {
    const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, testid).first().click()])
    const file = path.join(outDir, name)
    await dl.saveAs(file)
    check(dl.suggestedFilename().endsWith(path.extname(name)), `下载的文件名不对：${dl.suggestedFilename()}`)
    return file
  }

  await test.step('outreach-login', async () => {
    await signIn(page, admin)
  })

  await test.step('outreach-add-resident', async () => {
    await byId(page, 'nav-residents').first().click()
    await byId(page, 'resident-new').first().click()
    await dialogReady(page)
    await fill(page, 'rf-name', person.name)
    await fill(page, 'rf-id', person.id)
    await fill(page, 'rf-phone', person.phone)
    await choose(page, page, 'rf-village', village.name)
    await choose(page, page, 'rf-group', village.group)
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/ResidentService/Save'))
    await byId(page, 'rf-submit').first().click()
    const res = await saved
    check(res.ok(), `登记${person.name}失败：HTTP ${res.status()}`)
    story.residentId = (await res.json()).id
    check(story.residentId > 0, '登记后应返回群众编号')
    await dialogClosed(page)
  })

  await test.step('outreach-turning-60', async () => {
    await openOutreach()
    const row = byId(page, 'outreach-table').first().locator('.el-table__body .el-table__row').filter({ hasText: person.name })
    await expect(row.first()).toBeVisible()
    const text = await row.first().innerText()
    check(text.includes(turns) && !text.includes(`${turns}-${birth.slice(6, 8)}`), `应只显示满60周岁的月份 ${turns}：${text}`)
    check(!text.includes(person.id) && text.includes('*'.repeat(14) + person.id.slice(14)), `身份证号应只显示后4位：${text}`)
    check(!text.includes(person.phone), `电话应打码：${text}`)
    const note = await byId(page, 'outreach-note').first().innerText()
    check(/共 \d+ 人/.test(note), `应显示清单人数：${note}`)
    await shot('outreach-turning60')
  })

  await test.step('outreach-start-case', async () => {
    const row = byId(page, 'outreach-table').first().locator('.el-table__body .el-table__row').filter({ hasText: person.name }).first()
    await row.getByTestId('outreach-start').click()
    await expect(byId(page, 'picker-picked').first()).toBeVisible()
    await expect(byId(page, 'picker-picked').first(), '办件登记页带出申请人').toContainText(person.name)
    await waitFor('办件登记页带出事项', async () => (await byId(page, 'intake-item').first().innerText()).includes('养老保险待遇领取申请') ||
      (await byId(page, 'intake-item').first().locator('input').inputValue().catch(() => '')).includes('养老保险待遇领取申请'))
    const summary = await valueOf(page, 'intake-summary')
    check(summary.includes('主动服务'), `办件摘要应带出主动服务：${summary}`)
    check(new URL(page.url()).hash.startsWith('#/counter'), `应在办件登记页：${page.url()}`)
    await shot('outreach-intake-prefilled')
  })

  await test.step('outreach-print-call-list', async () => {
    await openOutreach()
    await choose(page, page, 'outreach-village', village.name)
    await expect(byId(page, 'outreach-table').first().locator('.el-table__body .el-table__row').filter({ hasText: person.name }).first()).toBeVisible()
    const file = await download('outreach-print', 'outreach-call-list.pdf')
    check(fs.readFileSync(file).subarray(0, 4).toString() === '%PDF', '联系名单应是 PDF')
    const text = pdfText(file)
    if (text !== null) {
      for (const want of ['主动服务联系名单', village.name, person.name, '联系结果', '养老保险待遇领取申请']) {
        check(text.includes(want), `联系名单应含「${want}」`)
      }
      check(!text.includes(person.phone), '联系名单上的电话应打码')
    }
  })

  await test.step('outreach-export', async () => {
    const file = await download('outreach-export', 'outreach-list.xlsx')
    check(fs.readFileSync(file).subarray(0, 2).toString() === 'PK', '导出的应是 Excel 工作簿')
  })

  // The allowance the sign-for sheet pays: a 低保 case of the same resident, approved through the
  // services (counter.spec.ts walks the screens of one) with this month as the first.
  await test.step('outreach-allowance-approved', async () => {
    const month = todayInChina().slice(0, 7)
    const answer = await page.evaluate(async ({ applicantId, amount, month }) => {
      const svc = window.go.app
      const item = (await svc.CatalogService.List(false)).find((i) => i.code === 'DB-01')
      const received = item.materials.map((m) => m.name)
      let c = await svc.CaseService.Intake({ applicantId, itemId: item.id, ledger: '', source: '大厅窗口', summary: '无固定收入，申请低保',
        received, acceptMissing: false, intakeNote: '' })
      const act = (action, extra = {}) => svc.CaseService.Act({ caseId: c.id, action, note: '', received: [], missing: [], departments: '',
        outcome: '', monthlyAmount: '', firstPaidMonth: '', feedbackMethod: '', feedbackDate: '',
        extensionDays: 0, version: c.version, ...extra }) // on the case as it stands now
      c = await act('start')
      c = await act('complete', { outcome: '办成', monthlyAmount: amount, firstPaidMonth: month })
      return { status: c.status, amount: c.monthlyAmount }
    }, { applicantId: story.residentId, amount: ALLOWANCE, month })
    check(answer.status === 'done' && answer.amount === ALLOWANCE, `低保应已批准：${JSON.stringify(answer)}`)
  })

  await test.step('outreach-pay-sheet', async () => {
    await byId(page, 'outreach-tab-pay').first().click()
    const stats = byId(page, 'pay-stats').first()
    await expect(stats).toBeVisible()
    await expect(byId(page, 'pay-table').first(), `签领表预览列出${person.name}`).toContainText(person.name)
    check(/共 [1-9]\d* 户，月保障金合计 [\d.]+ 元/.test(await stats.innerText()), `应显示本月户数和金额：${await stats.innerText()}`)
    await shot('outreach-pay')
    const file = await download('pay-print', 'outreach-pay-sheet.pdf')
    const text = pdfText(file)
    if (text !== null) {
      for (const want of ['最低生活保障金面对面发放签领表', '领取人签字', '经办人', '监督人', village.name, person.name, `${ALLOWANCE}.00`, '合计：1户']) {
        check(text.includes(want), `签领表应含「${want}」`)
      }
    }
    await expect(page.locator('body'), '应在低保签领表页').toContainText('低保签领表')
  })
})
