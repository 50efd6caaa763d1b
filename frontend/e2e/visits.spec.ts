// visits.spec.ts: household contact work (入户走访) of HallDesk, on the seeded foundation (the hall,
// 巴图塔村 一组 and the household of 张伟, 李秀英 and 张晓) and the counter clerk 宝音, added through
// the API before the story begins.
//
//   1. the administrator makes sure a stationed cadre covers 巴图塔村 (adding one on 干部名册 when
//      there is none) and sets up the village's work team (驻村工作队) led by that cadre;
//   2. the clerk assigns the whole village to the cadre on 包联户, from 30 days ago, so that the
//      household is overdue; 干部名册 shows the cadre's households, 走访提醒 the overdue visit;
//   3. the clerk logs a home visit (入户) to 张伟's household on 走访记录 with a diary and two
//      issues: a 代办 case (养老保险待遇领取申请, applicant 张伟) and a suggestion (意见建议);
//   4. the case is in 办件台账 with source 入户走访; the clerk works it to 已办结 on its page;
//   5. the next visit to the household shows the feedback owed (入户反馈); the clerk records it,
//      and the case takes its own feedback step;
//   6. 走访提醒: the household is no longer overdue and the counts per cadre and village dropped.
import { test, expect, ADMIN, CLERK, VILLAGE } from './fixtures'
import { check, clip, exact, todayInChina, waitFor } from './support'
import { bodyText, byId, choose, dialogClosed, dialogReady, fill, openAdmin, openMenu, settled, signIn, signOut } from './ui'
import { caseAct, caseStatus as caseStatusOf } from './cases'

/** The cadre added when no stationed cadre of the village is in the registry yet. */
const COVER = { name: '那仁满都拉', position: '驻村工作队队员', unit: '乌兰木伦镇人民政府', phone: '13947755188', type: '驻村干部' }
const TEAM = { name: '巴图塔村驻村工作队', kind: '驻村工作队' }
const CASE_ITEM = { name: '养老保险待遇领取申请', code: 'YL-03', ledger: '代办' }
const VISIT = {
  diary: '入户走访张伟家：老两口身体尚好，张伟今年满六十周岁，想办理城乡居民养老保险待遇领取；村里的路灯坏了两盏，晚上出行不便。',
  caseText: '张伟已满60周岁，申请领取城乡居民养老保险待遇，材料已带回。',
  suggestion: '建议修复一组村道上损坏的两盏路灯。',
}
const FOLLOW_UP = {
  diary: '回访张伟家，告知养老保险待遇已办结，下月起按月发放；顺便了解春耕准备情况。',
  feedback: '已当面告知张伟：养老保险待遇领取已办结，下月起按月发放到社保卡。',
}


/** daysAgo is the date n days before today (Asia/Shanghai), YYYY-MM-DD. */
function daysAgo(n) {
  const d = new Date(`${todayInChina()}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - n)
  return d.toISOString().slice(0, 10)
}

test('入户走访', async ({ page, shot, foundation }) => {
  const admin = ADMIN
  const people = { head: foundation.head, spouse: foundation.spouse }
  const village = VILLAGE
  await foundation.addOperator(CLERK)
  await page.goto('/#/login')

  const { head } = people
  const story = { cadre: null, coverage: 0, visit: null, case: null, before: null } // cadre: { name, type }; case: { id, number }

  // ---- sessions ----

  async function logout() {
    await closeDrawer()
    await signOut(page)
  }


  /** nav opens a page of the 入户走访 sub-menu, unfolding it first when it is closed. */
  async function nav(testid) {
    await closeDrawer()
    await openMenu(page, 'nav-visits', byId(page, testid).first())
  }

  /** closeDrawer closes the visit's detail drawer when it is open: its overlay covers the menu. */
  async function closeDrawer() {
    const close = page.locator('.el-drawer:visible .el-drawer__close-btn')
    if (!(await close.count())) return
    await close.first().click()
    await expect(page.locator('.el-drawer:visible, .el-drawer__wrapper:visible'), '详情抽屉关闭').toHaveCount(0)
  }

  // ---- widgets ----

  /**
   * chooseMatching opens the el-select with the test ID and clicks the first option whose text
   * matches re (for options whose full label the test does not know, such as a household's
   * kinds); it returns the option's text.
   */
  async function chooseMatching(scope, id, re) {
    const el = byId(scope, id).first()
    await expect(el).toBeVisible()
    const item = page.locator('.el-select-dropdown__item:visible').filter({ hasText: re }).first()
    await waitFor(`下拉框 ${id} 出现符合 ${re} 的选项`, async () => {
      if (!(await item.isVisible())) {
        // (re)open the dropdown: the options may still be loading from the server
        if (!(await page.locator('.el-select-dropdown:visible').count())) await el.click()
        return false
      }
      return true
    })
    const text = (await item.innerText()).trim()
    await item.click()
    await expect(page.locator('.el-select-dropdown:visible'), `下拉框 ${id} 收起`).toHaveCount(0)
    return text
  }

  const isChecked = (loc) => loc.evaluate((n) => n.classList.contains('is-checked'))
  const isActive = (loc) => loc.evaluate((n) => n.classList.contains('is-active')) // a radio button

  /** tableRow is the row of a table (by test ID) holding the text. */
  const tableRow = (testid, text) => byId(page, testid).first().locator('.el-table__row').filter({ hasText: text })

  /** cells reads the cells of a table row as trimmed texts. */
  const cells = (row) => row.locator('td').allInnerTexts().then((l) => l.map((s) => s.trim()))

  // ---- the case page (as counter.spec.ts drives it) ----

  const caseStatus = (label) => caseStatusOf(page, label)
  const act = (button, to, fillDialog) => caseAct(page, button, to, fillDialog)

  // ---- the visit form ----

  /** openVisitForm opens 登记走访 on 走访记录 and picks the cadre and 张伟's household. */
  async function openVisitForm() {
    await nav('nav-visit-log')
    await expect(byId(page, 'visit-table').first()).toBeVisible()
    await byId(page, 'visit-new').first().click()
    await expect(byId(page, 'visit-form').first()).toBeVisible()
    await dialogReady(page)
    await choose(page, page, 'visit-cadre', `${story.cadre.name}（${story.cadre.type}）`)
    const label = await chooseMatching(page, 'visit-household', new RegExp(`${head.name}（${village.name}`))
    check(label.includes('常住户'), `${head.name}户应为常住户：${label}`)
    await expect(byId(page, 'feedback-owed').first()).toBeVisible()
  }

  /** submitVisit saves the open visit form and returns the server's visit. */
  async function submitVisit({ feedback = false } = {}) {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/VisitService/Record'))
    const given = feedback ? page.waitForResponse((r) => r.url().endsWith('/api/VisitService/GiveFeedback')) : null
    await byId(page, 'visit-submit').first().click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `登记走访被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    if (given) {
      const fb = await given
      check(fb.ok(), `入户反馈被服务端拒绝：HTTP ${fb.status()} ${clip(await fb.text())}`)
    }
    await dialogClosed(page)
    const v = JSON.parse(body)
    const drawer = byId(page, 'visit-detail').first()
    await expect(drawer).toBeVisible()
    await expect(byId(page, 'visit-detail-diary').first(), '走访详情显示民情日记').toHaveText(v.diary)
    return v
  }

  // ---- the reminders ----

  /** dueCounts reads 走访提醒: the head cells of the due table and the counts of the cadre and the village. */
  async function dueCounts() {
    await nav('nav-visit-due')
    const table = byId(page, 'due-table').first()
    await expect(table).toBeVisible()
    const byCadre = tableRow('due-by-cadre', story.cadre.name)
    await expect(byCadre.first()).toBeVisible()
    await settled(page)
    const [, cTotal, cSoon, cOverdue] = (await cells(byCadre.first())).map(Number)
    const [, vTotal, vSoon, vOverdue] = (await cells(tableRow('due-by-village', village.name).first())).map(Number)
    const overdue = (await table.getByTestId('overdue-row').allInnerTexts()).map((s) => s.trim())
    const due = (await table.getByTestId('due-row').allInnerTexts()).map((s) => s.trim())
    return { cadre: { total: cTotal, soon: cSoon, overdue: cOverdue }, village: { total: vTotal, soon: vSoon, overdue: vOverdue }, overdue, due }
  }

  // ==== 1. the administrator: the cadre and the work team ====

  await test.step('visits-cadre-team', async () => {
    await signIn(page, admin)
    // the clerk records the visits; the spec added them through the API before it began
    await openAdmin(page, '操作员管理')
    const ops = byId(page, 'op-table').first()
    await expect(ops.locator('.el-table__row').filter({ hasText: admin.username }).first()).toBeVisible()
    await expect(ops.locator('.el-table__row').filter({ hasText: CLERK.username }), `应已有窗口人员 ${CLERK.username}`).toHaveCount(1)

    await byId(page, 'nav-cadres').first().click()
    const table = byId(page, 'cadre-table').first()
    await expect(table).toBeVisible()
    await choose(page, page, 'cadre-village', village.name)
    await waitFor(`名册只列出 ${village.name} 的干部`, async () =>
      (await table.locator('.el-table__row').allInnerTexts()).every((t) => t.includes(village.name)))
    await settled(page)
    for (const row of await table.locator('.el-table__row').all()) {
      const text = await row.innerText()
      const type = ['驻村干部', '包户干部'].find((k) => text.includes(k))
      if (type && text.includes('在用')) {
        story.cadre = { name: (await row.getByTestId('cadre-row').innerText()).trim(), type }
        break
      }
    }
    if (!story.cadre) {
      await byId(page, 'cadre-new').first().click()
      await expect(byId(page, 'cd-name').first()).toBeVisible()
      await dialogReady(page)
      await fill(page, 'cd-name', COVER.name)
      await choose(page, page, 'cd-type', COVER.type)
      await fill(page, 'cd-position', COVER.position)
      await fill(page, 'cd-unit', COVER.unit)
      await fill(page, 'cd-phone', COVER.phone)
      // the village filter presets the new cadre's village
      await expect(byId(page, 'cd-villages').first(), `新干部的联系嘎查村应预填为 ${village.name}`).toContainText(village.name)
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/CadreService/Save'))
      await byId(page, 'cd-submit').first().click()
      const res = await answer
      check(res.ok(), `登记干部 ${COVER.name} 被服务端拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
      await dialogClosed(page)
      await expect(table.locator('.el-table__row').filter({ hasText: COVER.name }).first()).toBeVisible()
      story.cadre = { name: COVER.name, type: COVER.type }
    }

    // the village's work team, led by the cadre
    await byId(page, 'cadre-tabs').first().locator('.el-tabs__item').filter({ hasText: exact('驻村工作队') }).click()
    await expect(byId(page, 'team-table').first()).toBeVisible()
    await byId(page, 'team-new').first().click()
    await expect(byId(page, 'tm-name').first()).toBeVisible()
    await dialogReady(page)
    await fill(page, 'tm-name', TEAM.name)
    await choose(page, page, 'tm-kind', TEAM.kind)
    await choose(page, page, 'tm-village', village.name)
    await choose(page, page, 'tm-leader', `${story.cadre.name}（${story.cadre.type}）`)
    await settled(page)
    await shot('visits-team-form')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/CadreService/SaveTeam'))
    await byId(page, 'tm-submit').first().click()
    const res = await answer
    check(res.ok(), `新增工作队被服务端拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
    await dialogClosed(page)
    const teamRow = tableRow('team-table', TEAM.name).first()
    await expect(teamRow).toBeVisible()
    await waitFor(`${TEAM.name} 显示队长 ${story.cadre.name}、${village.name}、1 人`, async () => {
      const text = await teamRow.innerText()
      return text.includes(story.cadre.name) && text.includes(village.name) && text.includes('1 人') && text.includes(TEAM.kind) ? true : text
    })
    // its members: the leader, with the team on the cadre's row
    await teamRow.getByTestId('team-members').click()
    await waitFor(`名册只列出 ${TEAM.name} 的成员 ${story.cadre.name}`, async () => {
      const names = (await table.getByTestId('cadre-row').allInnerTexts()).map((s) => s.trim())
      return names.length === 1 && names[0] === story.cadre.name ? true : names
    })
    const team = (await table.getByTestId('cadre-row-team').first().innerText()).trim()
    check(team === TEAM.name, `${story.cadre.name} 的工作队应为 ${TEAM.name}，实际「${team}」`)
    await settled(page)
    await shot('visits-team-members')
    await logout()
  })

  // ==== 2. the clerk assigns the village ====

  await test.step('visits-assign-village', async () => {
    await signIn(page, CLERK)
    await nav('nav-visit-coverage')
    const panel = byId(page, 'cover-panel').first()
    await expect(panel).toBeVisible()
    await choose(page, page, 'cover-cadre', `${story.cadre.name}（${story.cadre.type}）`)
    await choose(page, page, 'cover-scope', '整个嘎查村')
    await choose(page, page, 'cover-village', village.name)
    // from a month ago: the household has gone unvisited past its 15 days
    const from = daysAgo(30)
    // (el-date-picker hands its test ID to its popper: find the input by the field's label)
    const input = panel.locator('.el-form-item').filter({ hasText: '起始日期' }).locator('input').first()
    await input.click()
    await expect(page.locator('.el-picker__popper:visible').first()).toBeVisible()
    await input.fill(from)
    await input.press('Enter')
    await expect(page.locator('.el-picker__popper:visible'), '日期选择面板收起').toHaveCount(0)
    check((await input.inputValue()) === from, `包联起始日期应为 ${from}，实际「${await input.inputValue()}」`)
    await settled(page)
    await shot('visits-assign-form')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/CoverageService/Assign'))
    await byId(page, 'cover-assign').first().click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `分配包联户被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    const r = JSON.parse(body)
    check(r.assigned >= 1 && r.coverage >= 1 && r.warning === '', `应新分配至少 1 户、无超限提醒：${clip(r)}`)
    story.coverage = r.coverage
    const row = tableRow('cover-table', head.name).first()
    await waitFor(`包联户表中 ${head.name}户的包联干部为 ${story.cadre.name}、起始 ${from}`, async () => {
      const text = await row.innerText()
      return text.includes(story.cadre.name) && text.includes(from) ? true : text
    })
    const count = tableRow('cover-summary', story.cadre.name).first().getByTestId('cover-count')
    await expect(count, `${story.cadre.name} 的包联户数为 ${r.coverage}`).toHaveText(String(r.coverage))
    await settled(page)
    await shot('visits-assigned')
  })

  await test.step('visits-cadre-households', async () => {
    await byId(page, 'nav-cadres').first().click()
    const row = tableRow('cadre-table', story.cadre.name).first()
    await expect(row).toBeVisible()
    const households = (await row.getByTestId('cadre-row-households').innerText()).trim()
    check(households === String(story.coverage), `干部名册中 ${story.cadre.name} 的包联户应为 ${story.coverage}，实际「${households}」`)
    check((await row.getByTestId('cadre-row-team').innerText()).trim() === TEAM.name, `干部名册中 ${story.cadre.name} 应属于 ${TEAM.name}`)
    check((await page.getByTestId('cadre-new').count()) === 0 && (await page.getByTestId('cadre-edit').count()) === 0, '窗口人员不应看到新增或修改干部')
  })

  await test.step('visits-due-before', async () => {
    story.before = await dueCounts()
    const b = story.before
    check(b.overdue.includes(head.name), `走访提醒应列出逾期的 ${head.name}户：逾期 ${clip(b.overdue)}，将到期 ${clip(b.due)}`)
    check(b.cadre.overdue >= 1 && b.village.overdue >= 1, `${story.cadre.name} 和 ${village.name} 的逾期数应至少为 1：${clip(b)}`)
    const row = tableRow('due-table', head.name).first()
    const text = await row.innerText()
    check(text.includes(story.cadre.name) && text.includes('未走访') && /逾期/.test(text), `${head.name}户应由 ${story.cadre.name} 走访、未走访、逾期：${clip(text)}`)
    await shot('visits-due-before')
  })

  // ==== 3. the home visit with two issues ====

  await test.step('visits-record-two-issues', async () => {
    await openVisitForm()
    await expect(byId(page, 'feedback-none'), '第一次走访时不应有待反馈的事项').toHaveCount(1)
    await choose(page, page, 'visit-way', '入户')
    await fill(page, 'visit-diary', VISIT.diary)
    await byId(page, 'visit-issue-add').first().click()
    await byId(page, 'visit-issue-add').first().click()
    const rows = byId(page, 'issue-row')
    await expect(rows, '两行问题').toHaveCount(2)
    // the first: a case at the counter
    const first = rows.nth(0)
    check(await isActive(byId(first, 'issue-kind-case').first()), '新问题应默认“转办件”')
    await fill(first, 'issue-text', VISIT.caseText)
    await choose(page, first, 'issue-item', `${CASE_ITEM.name}（${CASE_ITEM.code}）`)
    await choose(page, first, 'issue-ledger', CASE_ITEM.ledger)
    await choose(page, first, 'issue-applicant', `${head.name}（户主）`)
    const materials = byId(first, 'issue-materials').first()
    await materials.click()
    await waitFor('“材料已收齐”被勾选', () => isChecked(materials))
    // the second: a suggestion
    const second = rows.nth(1)
    await byId(second, 'issue-kind-suggestion').first().click()
    await waitFor('第二个问题为“意见建议”', async () => (await isActive(byId(second, 'issue-kind-suggestion').first())) && (await byId(second, 'issue-item').count()) === 0)
    await fill(second, 'issue-text', VISIT.suggestion)
    await settled(page)
    await shot('visits-form-two-issues')
    const v = await submitVisit()
    check(v.way === '入户' && v.date === todayInChina() && v.cadreName === story.cadre.name, `走访应为今天由 ${story.cadre.name} 入户：${clip({ way: v.way, date: v.date, cadre: v.cadreName })}`)
    check(v.issues.length === 2, `应有两个问题：${clip(v.issues)}`)
    const [c, s] = v.issues
    check(c.kind === 'case' && c.caseId > 0 && /^\d{4}D\d{4}$/.test(c.caseNumber) && c.caseLedger === CASE_ITEM.ledger,
      `第一个问题应转为代办件：${clip(c)}`)
    check(s.kind === 'suggestion' && !s.caseId && s.text === VISIT.suggestion, `第二个问题应为意见建议：${clip(s)}`)
    story.visit = v
    story.case = { id: c.caseId, number: c.caseNumber }
    const issues = (await byId(page, 'visit-detail-issue').allInnerTexts()).map((t) => t.replace(/\s+/g, ''))
    check(issues.length === 2 && issues[0].includes('转办件') && issues[0].includes(c.caseNumber) && issues[0].includes('已受理'),
      `详情中第一个问题应为转办件 ${c.caseNumber}（已受理）：${clip(issues[0])}`)
    check(issues[1].includes('意见建议') && issues[1].includes('路灯'), `详情中第二个问题应为意见建议：${clip(issues[1])}`)
    await settled(page)
    await shot('visits-recorded')
  })

  await test.step('visits-suggestion-listed', async () => {
    await closeDrawer()
    await page.locator('.el-tabs__item').filter({ hasText: exact('意见建议与矛盾纠纷') }).first().click()
    const row = tableRow('issue-table', VISIT.suggestion).first()
    await expect(row).toBeVisible()
    const text = await row.innerText()
    check(text.includes(story.cadre.name) && text.includes(head.name), `意见建议清单应列出 ${story.cadre.name} 在 ${head.name}户听到的建议：${clip(text)}`)
  })

  // ==== 4. the case at the counter ====

  await test.step('visits-case-in-ledger', async () => {
    await closeDrawer()
    await byId(page, 'nav-cases').first().click()
    await fill(page, 'ledger-search', story.case.number)
    await byId(page, 'ledger-search').first().press('Enter')
    const table = byId(page, 'ledger-table').first()
    await waitFor(`台账只列出 ${story.case.number}`, async () => {
      const numbers = await table.getByTestId('ledger-row').evaluateAll((els) => els.map((e) => e.dataset.number))
      return numbers.length === 1 && numbers[0] === story.case.number ? true : numbers
    })
    const text = await table.locator('.el-table__row').first().innerText()
    for (const want of ['入户走访', CASE_ITEM.name, head.name, '已受理']) {
      check(text.includes(want), `台账行应显示「${want}」：${clip(text)}`)
    }
    await settled(page)
    await shot('visits-case-ledger')
  })

  await test.step('visits-case-done', async () => {
    await byId(page, 'ledger-table').first().getByTestId('ledger-row').first().click()
    await caseStatus('已受理')
    check(new URL(page.url()).hash.startsWith(`#/cases/${story.case.id}`), `应打开办件 ${story.case.id}，实际地址 ${page.url()}`)
    const text = await bodyText(page)
    check(text.includes('入户走访') && text.includes(story.cadre.name), `办件页应显示来源“入户走访”和代办的干部 ${story.cadre.name}`)
    await act('action-start', '办理中')
    const c = await act('action-complete', '已办结', async () => {
      await byId(page, 'outcome-办成').first().click()
      await expect(byId(page, 'action-amount'), '养老保险事项办成不应要求低保金额').toHaveCount(0)
    })
    check(c.outcome === '办成' && c.status === 'done', `办件应办成办结：${clip({ outcome: c.outcome, status: c.status })}`)
    await page.evaluate(() => document.querySelector('.el-main')?.scrollTo(0, 0))
    await shot('visits-case-done')
  })

  // ==== 5. the next visit gives the feedback ====

  await test.step('visits-feedback-owed', async () => {
    await openVisitForm()
    const row = byId(page, 'feedback-row').filter({ hasText: story.case.number }).first()
    await expect(row).toBeVisible()
    const text = await row.innerText()
    check(text.includes(CASE_ITEM.name) && text.includes('办成') && text.includes(VISIT.caseText), `待反馈应列出 ${story.case.number} ${CASE_ITEM.name}（办成）：${clip(text)}`)
    await expect(byId(page, 'feedback-row'), '只有这一件待反馈（意见建议不需要反馈）').toHaveCount(1)
    await fill(page, 'visit-diary', FOLLOW_UP.diary)
    const give = byId(row, 'feedback-give').first()
    await give.click()
    await waitFor('勾选“已反馈”', () => isChecked(give))
    await fill(row, 'feedback-note', FOLLOW_UP.feedback)
    check(await isChecked(byId(row, 'feedback-record-case').first()), '办件尚在“已办结”：应默认同时记入办件的“反馈群众”')
    await settled(page)
    await shot('visits-feedback-form')
    const v = await submitVisit({ feedback: true })
    check(v.issues.length === 0, `回访不应有新问题：${clip(v.issues)}`)
    const drawer = byId(page, 'visit-detail').first()
    await waitFor('走访详情列出本次反馈', async () => {
      const t = await drawer.innerText()
      return t.includes(story.case.number) && t.includes(FOLLOW_UP.feedback) ? true : clip(t)
    })
    await settled(page)
    await shot('visits-feedback-given')
    // the case took its own feedback step: 已反馈 by 入户
    await closeDrawer()
    await byId(page, 'nav-cases').first().click()
    await fill(page, 'ledger-search', story.case.number)
    await byId(page, 'ledger-search').first().press('Enter')
    const ledgerRow = byId(page, 'ledger-table').first().locator('.el-table__row').filter({ has: page.locator(`[data-testid="ledger-row"][data-number="${story.case.number}"]`) })
    await waitFor(`台账中 ${story.case.number} 为已反馈`, async () => (await ledgerRow.count()) === 1 && (await ledgerRow.first().innerText()).includes('已反馈'))
  })

  // ==== 6. the reminders updated ====

  await test.step('visits-due-after', async () => {
    const b = story.before
    const a = await waitFor('走访提醒更新', async () => {
      const now = await dueCounts()
      return now.overdue.includes(head.name) ? false : now
    })
    check(!a.due.includes(head.name), `${head.name}户刚走访过，不应在一周内到期：${clip(a.due)}`)
    check(a.cadre.overdue === b.cadre.overdue - 1 && a.village.overdue === b.village.overdue - 1,
      `逾期数应各减 1：${story.cadre.name} ${b.cadre.overdue}→${a.cadre.overdue}，${village.name} ${b.village.overdue}→${a.village.overdue}`)
    check(a.cadre.total === b.cadre.total && a.overdue.length === b.overdue.length - 1, `应访总数不变、逾期行少 1：${clip({ before: b, after: a })}`)
    const lastVisit = tableRow('due-table', head.name)
    await expect(lastVisit, `${head.name}户不应再在走访提醒表中`).toHaveCount(0)
    await shot('visits-due-after')
    await logout()
  })

  // Whatever failed above, hand the next story a login screen.
  try {
    if (await byId(page, 'current-operator').count()) await logout()
  } catch {
    /* the next story reports what it finds */
  }
})
