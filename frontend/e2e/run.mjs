// run.mjs: the end-to-end test of HallDesk in browser mode. It starts `halldesk serve` on a free
// loopback port with a fresh data folder, drives the real UI in Debian's Chromium through
// playwright-core, prints one line per step, writes a screenshot per screen and exits 1 on any
// failure. The stories run one after the other on the same data: the foundation (setup, places,
// residents), the counter (counter.mjs), the print shop (prints.mjs), the petition day
// (petitions.mjs), household contact work (visits.mjs) and, last, a backup and its restore
// (backups.mjs). A critical failure skips the rest of its own story only; the next story starts
// again from the login page.
//
//   cd frontend && HALLDESK_BIN=/abs/halldesk OUT_DIR=/abs/out node e2e/run.mjs
//
// Set E2E_HEADED=1 to watch it under a display, E2E_SLOWMO=<ms> to slow it down, E2E_ONLY to run
// some stories only, HALLDESK_CWD to serve a binary built without the production tag another
// frontend/dist (below that folder).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { counterFlow } from './counter.mjs'
import { briefingFlow } from './briefing.mjs'
import { dashboardFlow } from './dashboard.mjs'
import { petitionsFlow } from './petitions.mjs'
import { printsFlow } from './prints.mjs'
import { visitsFlow } from './visits.mjs'
import { excelFlow } from './excel.mjs'
import { outreachFlow } from './outreach.mjs'
import { searchFlow } from './search.mjs'
import { auditFlow } from './audit.mjs'
import { sessionsFlow } from './sessions.mjs'
import { privacyFlow } from './privacy.mjs'
import { backupsFlow } from './backups.mjs'
import { checkChar, clip, idNumber, startServer, stopServer, waitFor, withWrongCheck } from './support.mjs'
import { bodyText, byId, choose, confirmBox, dialogClosed, dialogReady, fill, settled, valueOf } from './ui.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')
const bin = process.env.HALLDESK_BIN ? path.resolve(process.env.HALLDESK_BIN) : path.join(repoRoot, 'build/bin/halldesk')
const outDir = path.resolve(process.env.OUT_DIR || path.join(repoRoot, 'test-output/e2e'))
const STEP_TIMEOUT = 10_000
// E2E_ONLY=窗口办件,督导看板 runs only those stories after the foundation (which the rest need).
const only = (process.env.E2E_ONLY || '').split(',').filter(Boolean)

// ---- the data the flow types in ----

const HALL = {
  name: '乌兰木伦镇便民服务大厅',
  township: '乌兰木伦镇',
  banner: '伊金霍洛旗',
  phone: '0477-8612345',
}
const ADMIN = { username: 'admin', name: '其其格', password: 'Wlml-2024!desk' }
const VILLAGE = { name: '巴图塔村', kind: '村', group: '一组' }
const ADDRESS = '巴图塔村一组12号'
// Address code 150627 is 伊金霍洛旗. Distinct tails, none equal to the phone's tail (5678).
const HEAD = { name: '张伟', id: idNumber('150627', '19780315', '011'), relation: '户主', phone: '13812345678' }
const SPOUSE = { name: '李秀英', id: idNumber('150627', '19800522', '022'), relation: '配偶' }
const CHILD = { name: '张晓', id: idNumber('150627', '20080901', '031'), relation: '子女' }
const WRONG_CHECK = withWrongCheck(idNumber('150627', '19650101', '042'))

// ---- step bookkeeping ----

const results = []
let page
let shotNo = 0
let aborted = '' // set when a step the rest of the current story depends on failed
let storyName = ''

/** shot saves a screenshot of the page; quiet leaves out the toasts (el-message) piled up on top. */
async function shot(name, { quiet = false } = {}) {
  shotNo++
  const file = path.join(outDir, `${String(shotNo).padStart(2, '0')}-${name}.png`)
  try {
    await settled(page)
    await page.screenshot({ path: file, fullPage: true, style: quiet ? '.el-message { visibility: hidden !important; }' : undefined })
  } catch (err) {
    console.log(`  (截图失败 ${path.basename(file)}：${err.message.split('\n')[0]})`)
  }
  return file
}

/** step runs one named check; critical ones stop the flow when they fail. */
async function step(name, fn, { critical = false, always = false } = {}) {
  if (aborted && !always) {
    results.push({ name, ok: false })
    console.log(`✗ ${name}: 未执行（${storyName}中前面的步骤「${aborted}」失败）`)
    return
  }
  const t0 = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`)
  } catch (err) {
    results.push({ name, ok: false })
    const why = err.message.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean)
    console.log(`✗ ${name}: ${why.slice(0, 3).join(' | ')}`)
    if (page) await shot(`${name}-FAILED`)
    if (critical) aborted = name
  }
}

function check(cond, msg) {
  if (!cond) throw new Error(msg)
}

// ---- screens ----

async function expectResidentsScreen() {
  await byId(page, 'resident-search').first().waitFor({ state: 'visible' })
  await byId(page, 'current-operator').first().waitFor({ state: 'visible' })
  await waitFor(`右上角显示当前操作员 ${ADMIN.name}`, async () => (await byId(page, 'current-operator').first().innerText()).includes(ADMIN.name))
  check(new URL(page.url()).hash.startsWith('#/residents'), `应在群众查询页，实际地址 ${page.url()}`)
}

async function expectLoginScreen() {
  await byId(page, 'login-username').first().waitFor({ state: 'visible' })
  await byId(page, 'login-submit').first().waitFor({ state: 'visible' })
  check(!(await byId(page, 'current-operator').count()), '登录页上不应再显示当前操作员')
}

async function logout() {
  await byId(page, 'logout').first().click()
  await confirmBox(page)
  await expectLoginScreen()
}

async function login(password) {
  await fill(page, 'login-username', ADMIN.username)
  await fill(page, 'login-password', password)
  await byId(page, 'login-submit').first().click()
}

async function gotoResidents() {
  await byId(page, 'nav-residents').first().click()
  await byId(page, 'resident-search').first().waitFor({ state: 'visible' })
}

const isSearch = (r) => r.url().endsWith('/api/ResidentService/Search') && r.request().method() === 'POST'

/**
 * search types text in the residents search box, presses 查询, reads the server's answer and
 * waits until the table shows exactly those residents. It returns the total and the texts of
 * the table rows (name, masked ID, phone, village …).
 */
async function search(text) {
  await gotoResidents()
  await fill(page, 'resident-search', text)
  const answer = page.waitForResponse((r) => isSearch(r) && (r.request().postData() ?? '').includes(JSON.stringify(text)))
  await byId(page, 'resident-search-btn').first().click()
  const res = await answer
  check(res.ok(), `搜索「${text}」失败：HTTP ${res.status()}`)
  const body = await res.json()
  const want = body.items.map((r) => r.name)
  // resident-row marks the name cell; the whole table row holds the masked ID and phone too.
  const table = byId(page, 'resident-table').first()
  const rows = table.locator('.el-table__body .el-table__row')
  const texts = await waitFor(`表格显示搜索「${text}」的结果 ${clip(want)}`, async () => {
    const names = (await table.getByTestId('resident-row').allInnerTexts()).map((s) => s.trim())
    return JSON.stringify(names) === JSON.stringify(want) ? rows.allInnerTexts() : false
  })
  await settled(page)
  return { total: body.total, rows: texts }
}

/** fillResident fills the resident form of an open dialog (new member or new resident). */
async function fillResident(p, { place = true } = {}) {
  await fill(page, 'rf-name', p.name)
  await fill(page, 'rf-id', p.id)
  if (p.phone) await fill(page, 'rf-phone', p.phone)
  if (place) {
    await choose(page, page, 'rf-village', VILLAGE.name)
    await choose(page, page, 'rf-group', VILLAGE.group)
    await fill(page, 'rf-address', ADDRESS)
  }
  if (p.relation) await choose(page, page, 'rf-relation', p.relation)
}

/** idInfo waits for the live explanation under the ID field to match re and returns it. */
async function idInfo(re) {
  const info = byId(page, 'id-info').first()
  return waitFor(`身份证号码下方的提示符合 ${re}`, async () => {
    const text = await info.innerText()
    return re.test(text) ? text : false
  })
}

async function cancelDialog() {
  await page.locator('.el-dialog:visible').getByRole('button', { name: '取消' }).click()
  await dialogClosed(page)
}

// ---- stories ----

/**
 * backToLogin gives a story a clean start whatever the one before left behind (an open dialog, a
 * half-filled form, a signed-in operator): it ends the session on the server, loads the app
 * afresh and waits for the login page.
 */
async function backToLogin(base) {
  if (page.url().startsWith(base)) {
    await page.evaluate(() => window.go?.app?.AuthService?.Logout().catch(() => {})).catch(() => {})
  }
  await page.goto(base + '/#/login')
  await page.reload()
  await expectLoginScreen()
}

/**
 * story runs one story with its own abort flag: a critical failure skips the rest of this story
 * (its remaining steps are reported as not run) and the next story still runs, from the login
 * page unless fresh is false.
 */
async function story(name, base, fn, { fresh = true } = {}) {
  if (only.length && fresh && !only.includes(name)) return
  storyName = `「${name}」`
  aborted = ''
  console.log(`—— ${name} ——`)
  if (fresh) {
    try {
      await backToLogin(base)
    } catch (err) {
      aborted = '回到登录页'
      console.log(`  (无法回到登录页：${err.message.split('\n')[0]})`)
    }
  }
  try {
    await fn()
  } catch (err) {
    // a story's own code failed outside its steps: count it, and go on with the next story
    results.push({ name: `${name}-story`, ok: false })
    console.log(`✗ ${name}-story: ${err.message.split('\n')[0]}`)
  }
}

// ---- the foundation story ----

async function foundation(server) {
  const base = server.base

  await step('healthz', async () => {
    const h = server.health
    check(h.ok === true, `/healthz 的 ok 应为 true：${clip(h)}`)
    check(typeof h.version === 'string' && h.version.length > 0, `/healthz 应带版本号：${clip(h)}`)
  }, { critical: true })

  await step('setup', async () => {
    await page.goto(base + '/')
    await byId(page, 'setup-hall-name').first().waitFor({ state: 'visible', timeout: 20_000 })
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
    await expectResidentsScreen()
    check((await bodyText(page)).includes(HALL.name), `设置完成后页面上应显示大厅名称 ${HALL.name}`)
    await shot('residents-after-setup')
  }, { critical: true })

  await step('logout-confirm', async () => {
    await logout()
    await shot('login')
  }, { critical: true })

  await step('login-wrong-password', async () => {
    await login(ADMIN.password + 'x')
    const err = byId(page, 'login-error').first()
    await err.waitFor({ state: 'visible' })
    const msg = await err.innerText()
    check(/密码/.test(msg), `登录错误提示应提到“密码”，实际为「${msg}」`)
    await expectLoginScreen()
    await shot('login-wrong-password')
  }, { critical: true })

  await step('login', async () => {
    await login(ADMIN.password)
    await expectResidentsScreen()
  }, { critical: true })

  await step('village', async () => {
    // 系统管理 is a sub-menu: open it unless it is open already, then pick 村组管理.
    const places = page.getByRole('menuitem', { name: '村组管理' })
    if (!(await places.isVisible())) await byId(page, 'nav-admin').first().locator('.el-sub-menu__title').click()
    await places.click()
    await byId(page, 'place-new-village').first().click()
    await dialogReady(page)
    await fill(page, 'village-name', VILLAGE.name)
    await choose(page, page, 'village-kind', VILLAGE.kind)
    await byId(page, 'village-submit').first().click()
    await dialogClosed(page)
    const card = page.getByTestId('village').filter({ hasText: VILLAGE.name })
    await card.waitFor({ state: 'visible' })
    check((await card.innerText()).includes(VILLAGE.kind), `${VILLAGE.name} 的类型应为 ${VILLAGE.kind}`)
    await card.getByTestId('group-new').click()
    await dialogReady(page)
    await fill(page, 'group-name', VILLAGE.group)
    await byId(page, 'group-submit').first().click()
    await dialogClosed(page)
    await card.getByTestId('group').filter({ hasText: VILLAGE.group }).waitFor({ state: 'visible' })
    await shot('places')
  }, { critical: true })

  await step('household', async () => {
    await byId(page, 'nav-households').first().click()
    await byId(page, 'household-new').first().click()
    await dialogReady(page)
    await choose(page, page, 'hf-village', VILLAGE.name)
    await choose(page, page, 'hf-group', VILLAGE.group)
    await fill(page, 'hf-address', ADDRESS)
    await byId(page, 'hf-submit').first().click()
    await dialogClosed(page)
    await byId(page, 'household-add-member').first().waitFor({ state: 'visible' })
    const text = await bodyText(page)
    check(text.includes(ADDRESS) && text.includes(VILLAGE.name), `家庭户页面应显示 ${VILLAGE.name} 和住址 ${ADDRESS}`)
    await shot('household-new')
  }, { critical: true })

  for (const [i, p] of [HEAD, SPOUSE, CHILD].entries()) {
    await step(`member-${i + 1}-${p.relation}`, async () => {
      await byId(page, 'household-add-member').first().click()
      await byId(page, 'rf-name').first().waitFor({ state: 'visible' })
      await dialogReady(page)
      // the household's village, group and address come preset
      check((await valueOf(page, 'rf-address')) === ADDRESS, `新成员的住址应预填为 ${ADDRESS}`)
      await fillResident(p, { place: false })
      const sex = p === SPOUSE ? '女' : '男'
      await idInfo(new RegExp(`性别\\s*${sex}`))
      if (i === 0) await shot('member-form')
      await byId(page, 'rf-submit').first().click()
      await dialogClosed(page)
      const members = byId(page, 'household-members').first()
      const row = members.locator('.el-table__row').filter({ hasText: p.name })
      await row.first().waitFor({ state: 'visible' })
      const text = await row.first().innerText()
      check(text.includes(p.relation), `${p.name} 的与户主关系应为 ${p.relation}：${clip(text)}`)
      check(!text.includes(p.id), `成员列表中 ${p.name} 的身份证号码应打码`)
      if (p === CHILD) await shot('household-members')
    }, { critical: true })
  }

  await step('search-name', async () => {
    const { total, rows } = await search(HEAD.name)
    check(total === 1 && rows.length === 1, `搜索 ${HEAD.name} 应只有 1 行，实际 ${rows.length} 行（共 ${total}）：${clip(rows)}`)
    check(rows[0].includes(HEAD.name), `结果应为 ${HEAD.name}：${clip(rows)}`)
    const text = await bodyText(page)
    check(!text.includes(CHILD.name), `搜索 ${HEAD.name} 时不应出现 ${CHILD.name}`)
    check(!text.includes(HEAD.id), '表格中不应出现完整身份证号码')
    const masked = '*'.repeat(14) + HEAD.id.slice(14)
    check(rows[0].includes(masked), `表格应显示打码的身份证号码 ${masked}：${clip(rows[0])}`)
    check(rows[0].includes('138****5678') && !text.includes(HEAD.phone), `表格应显示打码的电话 138****5678：${clip(rows[0])}`)
    await shot('search-name')
  })

  await step('search-id-tail', async () => {
    const tail = SPOUSE.id.slice(-4)
    const { total, rows } = await search(tail)
    check(total === 1 && rows.length === 1 && rows[0].includes(SPOUSE.name), `按尾号 ${tail} 搜索应只得到 ${SPOUSE.name}：${clip(rows)}`)
    const text = await bodyText(page)
    for (const p of [HEAD, SPOUSE, CHILD]) check(!text.includes(p.id), `页面上不应出现 ${p.name} 的完整身份证号码`)
    await shot('search-id-tail')
  })

  await step('reveal-id', async () => {
    await search(HEAD.name)
    await byId(page, 'resident-table').first().getByTestId('resident-row').filter({ hasText: HEAD.name }).first().click()
    const reveal = byId(page, 'reveal-id').first()
    await reveal.waitFor({ state: 'visible' })
    await waitFor(`详情页显示 ${HEAD.name}`, async () => (await byId(page, 'resident-detail').first().innerText()).includes(HEAD.name))
    check(!(await bodyText(page)).includes(HEAD.id), '点“查看”之前详情页不应显示完整号码')
    await reveal.click()
    await waitFor('完整身份证号码出现', async () => (await byId(page, 'resident-detail').first().innerText()).includes(HEAD.id))
    await shot('resident-detail-revealed')
  })

  await step('audit-reveal', async () => {
    const audit = page.getByRole('menuitem', { name: '审计日志' })
    if (!(await audit.isVisible())) await byId(page, 'nav-admin').first().locator('.el-sub-menu__title').click()
    await audit.click()
    const table = byId(page, 'audit-table').first()
    const row = table.locator('.el-table__row').filter({ hasText: '查看完整信息' }).filter({ hasText: ADMIN.name })
    await row.first().waitFor({ state: 'visible' })
    check(!(await bodyText(page)).includes(HEAD.id), '审计日志中不应出现完整身份证号码')
    await settled(page)
    await shot('audit')
  })

  await step('audit-verify', async () => {
    await byId(page, 'audit-verify').first().click()
    const result = byId(page, 'audit-verify-result').first()
    await result.waitFor({ state: 'visible' })
    const text = await result.innerText()
    check(/审计日志完整：已校验 \d+ 条记录/.test(text), `校验结果应为完整，实际：${text}`)
    // the check itself is logged
    await byId(page, 'audit-table').first().locator('.el-table__row').filter({ hasText: '校验' }).first().waitFor({ state: 'visible' })
    await shot('audit-verified')
  })

  await step('about', async () => {
    await byId(page, 'about').first().click()
    const dlg = byId(page, 'about-dialog').first()
    await byId(page, 'about-version').first().waitFor({ state: 'visible' })
    const text = await dlg.innerText()
    check(/数据库结构版本\s*\d+/.test(text), `关于窗口应显示数据库结构版本：${text}`)
    check(text.includes('2026年'), `关于窗口应列出已载入的工作日历年份：${text}`)
    check((await byId(page, 'about-data-dir').first().innerText()).length > 0, '管理员应能看到数据文件夹')
    await shot('about')
    await page.keyboard.press('Escape')
    await dialogClosed(page)
  })

  await step('duplicate-id', async () => {
    const tail = HEAD.id.slice(-4)
    const before = (await search(tail)).total
    check(before === 1, `尾号 ${tail} 应先有 1 人，实际 ${before}`)
    await byId(page, 'resident-new').first().click()
    await dialogReady(page)
    await fillResident({ name: '张伟重复', id: HEAD.id })
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/ResidentService/Save'))
    await byId(page, 'rf-submit').first().click()
    const res = await answer
    check(res.status() === 409, `服务端应以 409 拒绝重复号码，实际 HTTP ${res.status()}`)
    const err = byId(page, 'rf-error').first()
    await err.waitFor({ state: 'visible' })
    const msg = await waitFor('重复号码的提示', async () => {
      const t = await err.innerText()
      return /该身份证号码已登记/.test(t) ? t : false
    })
    check(msg.includes(HEAD.name), `提示应说出已登记的人 ${HEAD.name}：「${msg}」`)
    const link = byId(page, 'rf-dup-link').first()
    await link.waitFor({ state: 'visible' })
    await shot('duplicate-id')
    await link.click()
    await dialogClosed(page)
    await waitFor(`打开已登记的 ${HEAD.name}`, async () =>
      (await byId(page, 'reveal-id').count()) > 0 && (await byId(page, 'resident-detail').first().innerText()).includes(HEAD.name))
    const after = (await search(tail)).total
    check(after === before, `不应新建群众：尾号 ${tail} 原有 ${before} 人，现在 ${after} 人`)
    check((await search('张伟重复')).total === 0, '不应登记“张伟重复”')
  })

  await step('wrong-check-char', async () => {
    await gotoResidents()
    await byId(page, 'resident-new').first().click()
    await dialogReady(page)
    await fillResident({ name: '王芳', id: WRONG_CHECK })
    const live = await idInfo(/校验位/)
    check(live.includes(checkChar(WRONG_CHECK.slice(0, 17))), `提示应说出正确的校验位：「${live}」`)
    await shot('wrong-check-char')
    // submitting anyway is refused by the server, with the message at the ID field
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/ResidentService/Save'))
    await byId(page, 'rf-submit').first().click()
    const res = await answer
    check(res.status() === 400, `服务端应以 400 拒绝错误的校验位，实际 HTTP ${res.status()}`)
    const fieldErr = page.locator('.el-dialog:visible .el-form-item').filter({ has: page.getByTestId('rf-id') }).locator('.el-form-item__error')
    await waitFor('身份证号码栏下的校验位错误', async () => /校验位/.test(await fieldErr.innerText()))
    await cancelDialog()
    check((await search('王芳')).total === 0, '不应登记“王芳”')
  })

  await step('calendar-predicted', async () => {
    // A year a deadline may reach without the State Council's notice is shown with the statutory
    // holidays predicted from the rules, apart from the entered ones, until the administrator confirms it.
    await page.goto(base + '/#/admin/calendar')
    await byId(page, 'calendar-grid').first().waitFor({ state: 'visible' })
    const confirm = byId(page, 'calendar-missing-add').filter({ hasText: '核对' })
    if ((await confirm.count()) === 0) return // every year a deadline may reach has its notice
    const year = (await confirm.first().innerText()).match(/\d{4}/)[0]
    await confirm.first().click()
    const note = byId(page, 'calendar-predicted').first()
    await note.waitFor({ state: 'visible' })
    check((await note.innerText()).includes('按规则推算，待核对国务院通知'), `推算年份应标明待核对：${await note.innerText()}`)
    const newYear = page.locator(`[data-testid="calendar-day"][data-date="${year}-01-01"]`)
    check(/\bpredicted\b/.test((await newYear.getAttribute('class')) ?? ''), `${year} 年元旦应按规则推算为节假日`)
    await shot('calendar-predicted')
  })

  await step('logout', async () => {
    await logout()
    await settled(page)
    await shot('logout')
    // the session is really over: the residents page sends back to the login screen
    await page.goto(base + '/#/residents')
    await expectLoginScreen()
  })

}

// ---- the flow ----

async function flow(server) {
  const base = server.base
  await story('基础', base, () => foundation(server), { fresh: false })
  // The counter story (counter.mjs) continues on the same server with the residents above.
  await story('窗口办件', base, () => counterFlow({ page, base, outDir, step, shot, check, admin: ADMIN, people: { head: HEAD, spouse: SPOUSE } }))
  // The print shop (prints.mjs): pocket guides, leaflets and a village's contact cards.
  await story('宣传印刷', base, () => printsFlow({ page, base, outDir, step, shot, check, admin: ADMIN }))
  // The petition day (petitions.mjs): roster, registration, the responsible leader, reply and close.
  await story('信访接待', base, () => petitionsFlow({ page, base, outDir, step, shot, check, admin: ADMIN, people: { head: HEAD } }))
  // Household contact work (visits.mjs): coverage, a home visit whose case is done, the feedback owed.
  await story('入户走访', base, () => visitsFlow({ page, base, outDir, step, shot, check, admin: ADMIN, people: { head: HEAD }, village: VILLAGE }))
  await story('督导看板', base, () => dashboardFlow({ page, base, outDir, step, shot, check, admin: ADMIN }))
  await story('工作简报', base, () => briefingFlow({ page, base, outDir, step, shot, check, admin: ADMIN, hall: HALL, people: { head: HEAD } }))
  await story('主动服务', base, () => outreachFlow({ page, base, outDir, step, shot, check, admin: ADMIN, village: VILLAGE }))
  await story('Excel导入导出', base, () => excelFlow({ page, base, outDir, step, shot, check, admin: ADMIN }))
  await story('群众搜索', base, () => searchFlow({ page, base, outDir, step, shot, check, admin: ADMIN, people: { head: HEAD } }))
  // The audit log's integrity (audit.mjs): the chain's head shown, written down and checked.
  await story('审计日志', base, () => auditFlow({ page, base, outDir, step, shot, check, admin: ADMIN }))
  await story('登录与会话', base, () => sessionsFlow({ page, base, outDir, step, shot, check, admin: ADMIN }))
  await story('号码遮挡', base, () => privacyFlow({ page, base, outDir, step, shot, check, admin: ADMIN, people: { head: HEAD } }))
  // Last, because a restore replaces the data (backups.mjs): backup, restore, everybody signs in again.
  await story('数据恢复', base, () => backupsFlow({ page, base, outDir, step, shot, check, admin: ADMIN }))
  storyName = ''
  aborted = ''
}

// ---- main ----

async function main() {
  const started = Date.now()
  fs.mkdirSync(outDir, { recursive: true })
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.png')) fs.rmSync(path.join(outDir, f))
  const logFile = path.join(outDir, 'server.log')
  let server
  let browser
  const pageErrors = []
  // A failed run keeps its data folder for a look with `halldesk serve --data`; an interrupted one does not.
  const cleanup = async (keepData) => {
    await browser?.close().catch(() => {})
    await stopServer(server, { keepData })
  }
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      console.log(`收到 ${sig}，正在停止服务…`)
      await cleanup(false)
      process.exit(130)
    })
  }
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'))

  try {
    console.log(`halldesk: ${bin}`)
    server = await startServer({ bin, cwd: process.env.HALLDESK_CWD ? path.resolve(process.env.HALLDESK_CWD) : repoRoot, logFile })
    console.log(`服务已启动：${server.base}（数据文件夹 ${server.dataDir}，版本 ${server.health.version}）`)
    const { chromium } = await import('playwright-core').catch((err) => {
      throw new Error(`找不到 playwright-core（请在 frontend 下运行 npm ci）：${err.message.split('\n')[0]}`)
    })
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: !process.env.E2E_HEADED,
      slowMo: Number(process.env.E2E_SLOWMO || 0),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'].filter((a) => a !== '--headless' || !process.env.E2E_HEADED),
    })
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    context.setDefaultTimeout(STEP_TIMEOUT)
    page = await context.newPage()
    page.on('pageerror', (err) => pageErrors.push(err.message))
    await flow(server)
    await step('no-page-errors', async () => {
      check(pageErrors.length === 0, `页面脚本出错 ${pageErrors.length} 次：${clip(pageErrors.join(' | '), 400)}`)
    }, { always: true })
  } catch (err) {
    results.push({ name: 'start', ok: false })
    console.log(`✗ start: ${err.message}`)
  } finally {
    await cleanup(results.some((r) => !r.ok))
  }
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  const shots = fs.readdirSync(outDir).filter((f) => f.endsWith('.png')).length
  console.log(`截图：${outDir}（${shots} 张）${fs.existsSync(logFile) ? `，服务日志：${logFile}` : ''}`)
  if (failed && server) console.log(`数据文件夹保留以便排查：${server.dataDir}`)
  console.log(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main()
