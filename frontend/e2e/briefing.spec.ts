// briefing.spec.ts: the monthly work briefing (工作简报) of HallDesk, on the seeded foundation (the
// hall and 张伟).
//
//   1. the administrator takes a 即办 case for 张伟 at the counter and finishes it (办成), so that
//      this month has a finished case even when the story runs alone;
//   2. 督导考评 → 工作简报 opens on the current month and shows the month's case figures as the
//      server counted them;
//   3. the case is found in the candidates dialog by its number and picked as a notable case,
//      and its drafted text edited;
//   4. the 报 and 发 lines are set and saved, and are still there after a reload;
//   5. the briefing is printed: the download is a PDF whose text has the hall's name, the case,
//      the 报： line and the date of issue.
import fs from 'node:fs'
import path from 'node:path'

import { test, expect, ADMIN, HALL } from './fixtures'
import { check, clip, exact, todayInChina, waitFor } from './support'
import { byId, confirmBox, dialogClosed, dialogReady, fill, openMenu, signIn } from './ui'
import { pdfText } from './documents'

const ITEM = '城乡居民医保参保登记'
const REPORT = '伊金霍洛旗委办公室，旗政务服务局'
const SEND = '镇党委、政府领导班子成员，各嘎查村（社区）'
const NOTABLE = '群众张某某到大厅办理城乡居民医保参保登记，窗口工作人员一次告知所需材料，当场办结，群众十分满意。'


test('工作简报', async ({ page, shot, foundation, outDir }) => {
  const admin = ADMIN
  const hall = HALL
  const people = { head: foundation.head, spouse: foundation.spouse }
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  const { head } = people
  const month = todayInChina().slice(0, 7)
  const story = { number: '', preview: null }

  async function caseStatus(label) {
    const tag = byId(page, 'case-status').first()
    await expect(tag, `办件状态为「${label}」`).toHaveText(label)
  }

  /** openBriefing opens 督导考评 → 工作简报 and returns the server's preview of the month. */
  async function openBriefing() {
    const entry = byId(page, 'nav-report-briefing').first()
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/BriefingService/Preview'))
    await openMenu(page, 'nav-reports', entry)
    const res = await answer
    check(res.ok(), `简报预览被服务端拒绝：HTTP ${res.status()}`)
    check(JSON.parse(res.request().postData() ?? '[]')[0] === month, `应预览本月 ${month}：${clip(res.request().postData())}`)
    await expect(byId(page, 'briefing-preview').first()).toBeVisible()
    return res.json()
  }

  await test.step('briefing-case', async () => {
    await signIn(page, admin)
    await byId(page, 'nav-counter').first().click()
    const input = byId(page, 'intake-applicant').first()
    await expect(input).toBeVisible()
    await input.fill(head.name)
    await input.press('Enter')
    const active = page.locator('.picker .option.active')
    await waitFor(`查找「${head.name}」`, async () => (await active.count()) === 1 && (await active.locator('.name').innerText()).trim() === head.name)
    await input.press('Enter')
    await expect(byId(page, 'picker-picked').first()).toBeVisible()
    const select = byId(page, 'intake-item').first()
    if (!(await page.locator('.el-select-dropdown:visible').count())) await select.click()
    await page.keyboard.type(ITEM)
    await page.locator('.el-select-dropdown__item:visible').filter({ has: page.locator('.opt-name', { hasText: exact(ITEM) }) }).first().click()
    await expect(page.locator('.el-select-dropdown:visible'), '事项下拉框收起').toHaveCount(0)
    await byId(page, 'materials-all').first().click()
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/CaseService/Intake'))
    await byId(page, 'intake-submit').first().click()
    const res = await answer
    check(res.ok(), `受理登记被服务端拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
    story.number = (await res.json()).number
    await byId(page, 'intake-open-case').first().click()
    await caseStatus('已受理')
    await byId(page, 'action-complete').first().click()
    await expect(byId(page, 'action-dialog').first()).toBeVisible()
    await dialogReady(page)
    await byId(page, 'outcome-办成').first().click()
    await byId(page, 'action-submit').first().click()
    await dialogClosed(page)
    await caseStatus('已办结')
  })

  await test.step('briefing-figures', async () => {
    story.preview = await openBriefing()
    const c = story.preview.cases
    check(c.sorted >= 1 && c.onSpot >= 1, `本月应至少有 1 件现场解决的办件：${clip(c)}`)
    for (const [id, want] of [['sorted', `${c.sorted}件`], ['onSpot', `${c.onSpot}件`], ['proxy', `${c.proxy}件`], ['inProgress', `${c.inProgress}件`]]) {
      const text = (await byId(page, `briefing-fig-${id}`).first().innerText()).replace(/\s+/g, '')
      check(text.startsWith(want), `「${id}」应显示 ${want}，实际「${text}」`)
    }
    const prose = await byId(page, 'briefing-preview').first().innerText()
    check(prose.includes(`梳理群众办事事项${c.sorted}件`) && prose.includes(`现场解决${c.onSpot}件`), `预览应写出本月的办件数：${clip(prose, 300)}`)
    check(prose.includes(hall.name), `预览应有大厅名称 ${hall.name}`)
    await shot('briefing-open')
  })

  await test.step('briefing-pick-case', async () => {
    await byId(page, 'briefing-pick-open').first().click()
    await dialogReady(page)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/BriefingService/Candidates') && (r.request().postData() ?? '').includes(story.number))
    await fill(page, 'briefing-cand-search', story.number)
    await byId(page, 'briefing-cand-search').first().press('Enter')
    const res = await answer
    const body = await res.json()
    check(body.total === 1 && body.items[0].number === story.number, `按编号 ${story.number} 应只找到这一件：${clip(body)}`)
    const row = byId(page, 'briefing-cand-table').first().locator('.el-table__row').filter({ hasText: story.number })
    await expect(row.first()).toBeVisible()
    await shot('briefing-candidates')
    await row.first().getByTestId('briefing-cand-pick').click()
    await byId(page, 'briefing-cand-close').first().click()
    await dialogClosed(page)
    const notable = byId(page, 'briefing-notable').filter({ hasText: story.number })
    await expect(notable.first()).toBeVisible()
    const drafted = await notable.first().locator('textarea').inputValue()
    check(drafted.includes('张某某') && !drafted.includes(head.name), `草拟的事例应隐去姓名：${clip(drafted)}`)
    await notable.first().locator('textarea').fill(NOTABLE)
  })

  await test.step('briefing-distribution', async () => {
    await fill(page, 'briefing-report', REPORT)
    await fill(page, 'briefing-send', SEND)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/BriefingService/Save'))
    await byId(page, 'briefing-save').first().click()
    const res = await answer
    check(res.ok(), `保存被服务端拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
    const saved = await res.json()
    check(saved.saved && saved.notables.length === 1 && saved.notables[0].text === NOTABLE, `保存后应有一件典型事例：${clip(saved.notables)}`)
    const dist = await byId(page, 'briefing-dist').first().innerText()
    check(dist.replace(/\s+/g, '').includes(`报：${REPORT}`), `版记应有报：${REPORT}：${clip(dist)}`)
    await shot('briefing-saved')
    // remembered: a fresh load shows the saved lines and case
    await page.reload()
    await expect(byId(page, 'briefing-report').first()).toBeVisible()
    await expect(byId(page, 'briefing-report').first(), '重新打开后“报”仍为保存的内容').toHaveValue(REPORT)
    await expect(byId(page, 'briefing-notable').filter({ hasText: story.number }).first()).toBeVisible()
  })

  await test.step('briefing-print', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, 'briefing-print').first().click()])
    check(/\.pdf$/i.test(dl.suggestedFilename()), `下载的文件应为 PDF：${dl.suggestedFilename()}`)
    const file = path.join(outDir, 'briefing.pdf')
    await dl.saveAs(file)
    const bytes = fs.readFileSync(file)
    check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', `简报不是 PDF（开头：${clip(bytes.subarray(0, 8).toString('latin1'))}）`)
    const flat = pdfText(file).replace(/\s+/g, '')
    const [y, m, d] = todayInChina().split('-').map(Number)
    for (const want of [hall.name, `报：${REPORT}`, `发：${SEND}`, story.number, NOTABLE, `${y}年${m}月${d}日印发`, '一、窗口即办代办']) {
      check(flat.includes(want.replace(/\s+/g, '')), `简报 PDF 中应有「${want}」：${clip(flat, 300)}`)
    }
    await shot('briefing-printed')
  })

  await test.step('briefing-logout', async () => {
    await byId(page, 'logout').first().click()
    await confirmBox(page)
    await expect(byId(page, 'login-username').first()).toBeVisible()
  })
})
