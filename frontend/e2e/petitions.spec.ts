// petitions.spec.ts: the petition day (信访接待日) of HallDesk, on the seeded foundation (the hall,
// 巴图塔村 and the resident 张伟).
//
//   1. the administrator adds a reception operator (接待人员) and a leader (领导) on 操作员管理 — and
//      the counter clerk — then two cadres of type 领导干部 on 干部名册,
//      one with the leader operator's name, so that "我包保的" finds the leader's petitions;
//   2. reception sets the reception day to today's weekday, generates this quarter's roster and
//      prints its notice; 今日接待 shows who receives today;
//   3. reception registers a group visit of 张伟 (12 people, 2 representatives) and prints the
//      registration record; a second petition typed with 张伟's phone shows the repeat warning;
//      今日接待 lists both;
//   4. the group visit is accepted, given its responsible leader (包保领导) and a note under
//      包掌握情况; reception may not extend it (the server refuses too);
//   5. the leader finds it under 我包保的, extends it by 30 days, replies, prints the 答复意见书,
//      records the petitioner's satisfaction and closes it (销案);
//   6. the counter clerk has no petitions menu, cannot open the petition, and the server refuses
//      PetitionService.List with code forbidden.
//
// Every document is downloaded (browser mode), kept in test-output/e2e/<spec>/ and read back with pdftotext.
import path from 'node:path'

import { test, expect, ADMIN, CLERK } from './fixtures'
import { check, clip, waitFor } from './support'
import { byId, choose, dialogClosed, dialogReady, fill, newOperator, openAdmin, openMenu, settled, signIn, signOut, valueOf } from './ui'
import { downloadPdf, expectInPdf } from './documents'
import { pickPerson } from './cases'

const RECEPTION = { username: 'wulan', name: '乌兰', role: '接待人员', password: 'Jiedai-2026!xf' }
const LEADER = { username: 'wangjianjun', name: '王建军', role: '领导', password: 'Lingdao-2026!bb' }

/** The 领导干部 of the cadre registry; the first has the leader operator's name, so they link. */
const LEADERS = [
  { name: LEADER.name, position: '副镇长', unit: '乌兰木伦镇人民政府', phone: '13947711201' },
  { name: '斯琴巴特尔', position: '镇党委副书记', unit: '中共乌兰木伦镇委员会', phone: '13947711202' },
]
const RECEPTION_PLACE = { place: '便民服务大厅信访接待室', hours: '9:00—12:00' }

const GROUP = {
  headCount: '12',
  second: { name: '刘志强', phone: '13947722301' },
  category: '土地草场',
  request: '请求镇政府组织重新勘定草场边界，拆除占用一组草场的围栏。',
  facts: '2019年确权时两村边界按旧图划定，一组约800亩草场被划入邻村；今春邻村牧户在争议草场上围栏，一组牧户无法放牧。',
  reasons: '一组持有1985年的草场承包合同。',
  unit: '乌兰木伦镇综合保障和技术推广中心',
}
const REPEAT = { form: '来电', request: '询问草场边界争议的办理进度。', facts: '上次来访反映的草场围栏至今未拆除。' }
const NOTE = '入户了解：争议草场约800亩，涉及一组12户牧户，已调取1985年承包合同复印件。'
const EXTENSION = { days: '30', reason: '需会同旗林草局现场勘界' }
const REPLY = '经会同旗林草局现场勘界，争议草场中约600亩属巴图塔村一组，已责成邻村牧户限期拆除围栏；其余部分由两村协商，镇政府继续调解。'

/** The timeline of the group visit after registration, oldest first. */
const TIMELINE = ['受理', '交办包保领导', '延期', '答复', '满意度评价', '销案']

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** todayWeekday is today's weekday in Asia/Shanghai, 0 for Sunday. */
function todayWeekday() {
  const d = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  return new Date(`${d}T00:00:00Z`).getUTCDay()
}

test('信访接待', async ({ page, shot: screenshot, foundation, baseURL, outDir }) => {
  const base = baseURL!
  const admin = ADMIN
  const people = { head: foundation.head, spouse: foundation.spouse }
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  const { head } = people
  // The flow is quick and its toasts pile up over the status: leave them out of the pictures.
  const shot = (name) => screenshot(name, { quiet: true })
  const story = { group: null, repeat: null, todayLeader: '', rosterLeader: '' } // group/repeat: { id, number }

  // ---- sessions ----


  /** nav opens a page of the 信访接待 sub-menu, unfolding it first when it is closed. */
  async function nav(testid) {
    await openMenu(page, 'nav-petitions', byId(page, testid).first())
  }

  // ---- documents ----

  /** download clicks the print button, keeps the PDF as outDir/<name>.pdf and returns its text. */
  const download = (testid, name) => downloadPdf(page, byId(page, testid).first(), path.join(outDir, `${name}.pdf`))

  // ---- the petition page ----

  async function status(label) {
    const tag = byId(page, 'pt-status').first()
    await expect(tag, `信访事项状态为「${label}」`).toHaveText(label)
  }

  async function deadline(re) {
    const tag = byId(page, 'pt-deadline').first()
    return waitFor(`办理期限显示 ${re}`, async () => {
      const text = (await tag.innerText()).trim()
      return re.test(text) ? text : false
    })
  }

  /** openPetition opens a petition page by its address and waits for its number. */
  async function openPetition(p) {
    await page.goto(`${base}/#/petitions/${p.id}`)
    const number = byId(page, 'pt-number').first()
    await expect(number).toBeVisible()
    await expect(number, `信访事项页显示 ${p.number}`).toHaveText(p.number)
  }

  function idFromUrl() {
    const m = new URL(page.url()).hash.match(/^#\/petitions\/(\d+)/)
    check(m, `应在信访事项页，实际地址 ${page.url()}`)
    return Number(m[1])
  }

  /** toTop scrolls the frame's main area back up, so that a screenshot shows number and status. */
  async function toTop() {
    await page.evaluate(() => document.querySelector('.el-main')?.scrollTo(0, 0))
  }

  /**
   * act clicks an action of the petition page, lets fillDialog fill its dialog, submits and waits
   * for the dialog to close. It returns the server's updated petition.
   */
  async function act(action, fillDialog) {
    await byId(page, `pt-action-${action}`).first().click()
    const dialog = byId(page, 'pt-dialog').first()
    await expect(dialog).toBeVisible()
    await dialogReady(page)
    if (fillDialog) await fillDialog(dialog)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/PetitionService/Act'))
    await byId(page, 'pt-dialog-submit').first().click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `「${action}」被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    await dialogClosed(page)
    return JSON.parse(body)
  }

  /** addNote files a progress note under one of the three responsibilities. */
  async function addNote(kind, text) {
    await byId(page, 'pt-note-add').first().click()
    const dialog = byId(page, 'pt-note-dialog').first()
    await expect(dialog).toBeVisible()
    await dialogReady(page)
    await choose(page, dialog, 'pt-note-kind', kind)
    await fill(dialog, 'pt-note-text', text)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/PetitionService/AddNote'))
    await byId(page, 'pt-note-submit').first().click()
    const res = await answer
    check(res.ok(), `添加记录被服务端拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
    await dialogClosed(page)
  }

  /** refused calls a petition method in the page as the signed-in operator and returns the
   * error it was refused with ({ code, message }); it fails when the call is allowed. */
  async function refused(what, method, arg) {
    const answer = await page.evaluate(
      ([m, a]) => window.go.app.PetitionService[m](a).then(() => 'allowed', (e) => (typeof e === 'string' ? e : JSON.stringify(e))),
      [method, arg],
    )
    check(answer !== 'allowed', `服务端不应允许${what}`)
    try {
      return JSON.parse(answer)
    } catch {
      throw new Error(`拒绝应为 JSON 错误：${clip(answer)}`)
    }
  }

  const pickResident = (name) => pickPerson(page, name, '信访人')

  async function register() {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/PetitionService/Register'))
    await byId(page, 'pt-submit').first().click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `信访登记被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    const saved = JSON.parse(body)
    const number = byId(page, 'pt-number').first()
    await expect(number).toBeVisible()
    await expect(number, `信访事项页显示 ${saved.number}`).toHaveText(saved.number)
    check(idFromUrl() === saved.id, `应打开信访事项 ${saved.id}，实际地址 ${page.url()}`)
    check(/^\d{4}X\d{4}$/.test(saved.number), `信访编号应形如 2026X0001，实际「${saved.number}」`)
    return { id: saved.id, number: saved.number }
  }

  // ==== 1. the administrator prepares the people ====

  await test.step('petitions-operators', async () => {
    await signIn(page, admin)
    await openAdmin(page, '操作员管理')
    const table = byId(page, 'op-table').first()
    await expect(table.locator('.el-table__row').filter({ hasText: admin.username }).first()).toBeVisible()
    for (const op of [RECEPTION, LEADER, CLERK]) {
      const row = await newOperator(page, op)
      const text = await row.innerText()
      check(text.includes(op.name) && text.includes(op.role) && text.includes('在用'), `操作员列表中 ${op.username} 应为 ${op.name}、${op.role}、在用：${clip(text)}`)
    }
    await settled(page)
    await shot('petitions-operators')
  })

  await test.step('petitions-leader-cadres', async () => {
    await byId(page, 'nav-cadres').first().click()
    const table = byId(page, 'cadre-table').first()
    await expect(table).toBeVisible()
    for (const c of LEADERS) {
      await byId(page, 'cadre-new').first().click()
      await expect(byId(page, 'cd-name').first()).toBeVisible()
      await dialogReady(page)
      await fill(page, 'cd-name', c.name)
      await choose(page, page, 'cd-type', '领导干部')
      await fill(page, 'cd-position', c.position)
      await fill(page, 'cd-unit', c.unit)
      await fill(page, 'cd-phone', c.phone)
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/CadreService/Save'))
      await byId(page, 'cd-submit').first().click()
      const res = await answer
      check(res.ok(), `登记干部 ${c.name} 被服务端拒绝：HTTP ${res.status()} ${clip(await res.text())}`)
      await dialogClosed(page)
      const row = table.locator('.el-table__row').filter({ hasText: c.name })
      await expect(row.first()).toBeVisible()
      const text = await row.first().innerText()
      check(text.includes('领导干部') && text.includes(c.position), `干部名册中 ${c.name} 应为领导干部、${c.position}：${clip(text)}`)
    }
    await settled(page)
    await shot('petitions-leader-cadres')
    await signOut(page)
  })

  // ==== 2. the roster ====

  await test.step('petitions-reception-login', async () => {
    await signIn(page, RECEPTION)
    await expect(byId(page, 'nav-petitions').first()).toBeVisible()
    await expect(byId(page, 'current-operator').first(), `右上角应显示角色“${RECEPTION.role}”`).toContainText(RECEPTION.role)
  })

  await test.step('petitions-roster-settings', async () => {
    await nav('nav-petition-roster')
    await expect(byId(page, 'roster-weekday').first()).toBeVisible()
    // the stored settings arrive after the page: change them only once they are shown
    await waitFor('接待日设置已读取', async () => (await valueOf(page, 'roster-place')) !== '')
    // Today's weekday makes today a reception day (unless it is a holiday); at a weekend, Friday.
    const wd = todayWeekday()
    const weekday = WEEKDAYS[wd >= 1 && wd <= 5 ? wd : 5]
    await choose(page, page, 'roster-weekday', weekday)
    await fill(page, 'roster-place', RECEPTION_PLACE.place)
    await fill(page, 'roster-hours', RECEPTION_PLACE.hours)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/PetitionService/SaveSettings'))
    await byId(page, 'roster-settings-save').first().click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `接待日设置被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    const saved = JSON.parse(body)
    check(saved.place === RECEPTION_PLACE.place && saved.hours === RECEPTION_PLACE.hours && WEEKDAYS[saved.weekday] === weekday,
      `接待日设置应为 ${weekday}、${RECEPTION_PLACE.place}、${RECEPTION_PLACE.hours}：${clip(saved)}`)
  })

  await test.step('petitions-roster-generate', async () => {
    const gen = byId(page, 'roster-generate').first()
    await settled(page) // the quarter's (empty) roster has been read
    check((await gen.innerText()).includes('生成') && !(await gen.innerText()).includes('重新'), `本季度应尚无安排：按钮为「${(await gen.innerText()).trim()}」`)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/PetitionService/GenerateRoster'))
    await gen.click()
    const res = await answer
    const body = await res.text()
    check(res.ok(), `生成接待日安排被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
    const entries = JSON.parse(body)
    const held = entries.filter((e) => !e.cancelled)
    check(held.length > 0, `本季度剩下的日子里应至少有一个接待日：${clip(entries)}`)
    check(held.every((e) => LEADERS.some((l) => l.name === e.leaderName)), `每个接待日都应由领导干部接待：${clip(held.map((e) => e.leaderName))}`)
    const table = byId(page, 'roster-table').first()
    await expect(table.getByTestId('roster-row'), `安排表列出 ${entries.length} 天`).toHaveCount(entries.length)
    const names = (await table.getByTestId('roster-leader').allInnerTexts()).map((s) => s.trim())
    check(names[0] === held[0].leaderName, `安排表第一位接待领导应为 ${held[0].leaderName}：${clip(names)}`)
    story.rosterLeader = held[0].leaderName
    await settled(page)
    await shot('petitions-roster')
  })

  await test.step('petitions-roster-print', async () => {
    const doc = await download('roster-print', 'petition-roster')
    check(doc.suggested.includes('领导干部信访接待日安排表'), `安排表的文件名应为“领导干部信访接待日安排表”：${doc.suggested}`)
    expectInPdf(doc, ['领导干部信访接待日安排表', story.rosterLeader, RECEPTION_PLACE.place])
  })

  await test.step('petitions-today', async () => {
    await nav('nav-petitions-today')
    const card = byId(page, 'today-leader').first()
    await expect(card).toBeVisible()
    const text = (await card.innerText()).replace(/\s+/g, ' ')
    if ((await byId(page, 'today-leader-name').count()) > 0) {
      story.todayLeader = (await byId(page, 'today-leader-name').first().innerText()).trim()
      check(LEADERS.some((l) => l.name === story.todayLeader), `今日接待领导应为名册中的领导干部：${clip(text)}`)
      check(text.includes(RECEPTION_PLACE.place), `今日接待应写明地点 ${RECEPTION_PLACE.place}：${clip(text)}`)
    } else {
      // a holiday or a weekend: the card says so and names the next reception day
      check(text.includes('今天不是领导干部信访接待日'), `今日接待：${clip(text)}`)
    }
    const list = await byId(page, 'today-table').first().innerText()
    check(list.includes('今天还没有登记信访事项'), `今日登记应为空：${clip(list)}`)
    await settled(page)
    await shot('petitions-today')
  })

  // ==== 3. registration ====

  await test.step('petitions-register-group', async () => {
    if (await byId(page, 'today-register').count()) await byId(page, 'today-register').first().click()
    else await nav('nav-petition-new')
    await expect(byId(page, 'pt-form').first()).toBeVisible()
    await pickResident(head.name)
    await byId(page, 'pt-group').first().click()
    // the petitioner is the first representative
    await expect(byId(page, 'pt-rep'), '集体访出现第一位代表').toHaveCount(1)
    check((await valueOf(page, 'pt-rep-name-0')) === head.name, `第一位代表应预填为信访人 ${head.name}`)
    await fill(page, 'pt-headcount', GROUP.headCount)
    await byId(page, 'pt-headcount').first().locator('input').press('Tab') // el-input-number takes the number on change
    await waitFor(`来访人数为 ${GROUP.headCount}`, async () => (await valueOf(page, 'pt-headcount')) === GROUP.headCount)
    await byId(page, 'pt-rep-add').first().click()
    await expect(byId(page, 'pt-rep'), '出现第二位代表').toHaveCount(2)
    await fill(page, 'pt-rep-name-1', GROUP.second.name)
    await fill(page, 'pt-rep-phone-1', GROUP.second.phone)
    await choose(page, page, 'pt-category', GROUP.category)
    await fill(page, 'pt-request', GROUP.request)
    await fill(page, 'pt-facts', GROUP.facts)
    await fill(page, 'pt-reasons', GROUP.reasons)
    // received by today's leader (preset from the roster), or the first leader
    const receivedBy = story.todayLeader || LEADERS[0].name
    if (story.todayLeader) {
      await waitFor(`接待领导预填为今日接待领导 ${story.todayLeader}`, async () => (await byId(page, 'pt-received-by').first().innerText()).includes(story.todayLeader) || (await valueOf(page, 'pt-received-by')).includes(story.todayLeader))
    } else {
      const l = LEADERS[0]
      await choose(page, page, 'pt-received-by', `${l.name}（${l.position}）`)
    }
    await settled(page)
    await shot('petitions-register-group')
    story.group = await register()
    await status('已登记')
    const count = (await byId(page, 'pt-headcount-value').first().innerText()).trim()
    check(count === `${GROUP.headCount}人（集体访）`, `来访人数应为“${GROUP.headCount}人（集体访）”，实际「${count}」`)
    const reps = await byId(page, 'pt-reps').first().locator('.el-table__body .el-table__row').allInnerTexts()
    check(reps.length === 2 && reps[0].includes(head.name) && reps[1].includes(GROUP.second.name), `代表应为 ${head.name}、${GROUP.second.name}：${clip(reps)}`)
    check((await byId(page, 'pt-petitioner').first().innerText()).trim() === head.name, `信访人应为 ${head.name}`)
    await expect(page.getByTestId('pt-repeats'), '第一件信访事项不应有重复信访提示').toHaveCount(0)
    const matter = await page.locator('.pt-page').innerText()
    check(matter.includes(receivedBy), `接待领导应为 ${receivedBy}`)
    await expect(byId(page, 'pt-countdown-decision').first()).toBeVisible()
    await expect(byId(page, 'pt-countdown-decision').first(), '告知受理期限应为 15 天').toContainText('还剩 15 天')
    await toTop()
    await shot('petitions-registered')
  })

  await test.step('petitions-print-record', async () => {
    const doc = await download('pt-print-record', 'petition-record')
    check(doc.suggested.startsWith('信访登记记录-'), `登记记录的文件名：${doc.suggested}`)
    expectInPdf(doc, [story.group.number, head.name, GROUP.second.name])
  })

  await test.step('petitions-repeat-flagged', async () => {
    await nav('nav-petition-new')
    await expect(byId(page, 'pt-form').first()).toBeVisible()
    // typed as a new person: the phone finds the group visit
    await byId(page, 'pt-mode-new').first().click()
    await fill(page, 'pt-name', head.name)
    await fill(page, 'pt-phone', head.phone)
    await fill(page, 'pt-address', '巴图塔村一组')
    const warning = byId(page, 'pt-repeats').first()
    await expect(warning).toBeVisible()
    const text = await waitFor(`重复信访提示列出 ${story.group.number}`, async () => {
      const t = await warning.innerText()
      return t.includes(story.group.number) ? t : false
    })
    check(text.includes('同一联系电话'), `提示应说明是同一联系电话：${clip(text)}`)
    await choose(page, page, 'pt-form-kind', REPEAT.form)
    await choose(page, page, 'pt-category', GROUP.category)
    await fill(page, 'pt-request', REPEAT.request)
    await fill(page, 'pt-facts', REPEAT.facts)
    await settled(page)
    await shot('petitions-repeat-warning')
    story.repeat = await register()
    const repeats = byId(page, 'pt-repeats').first()
    await expect(repeats).toBeVisible()
    await expect(repeats, `信访事项页应提示之前的 ${story.group.number}`).toContainText(story.group.number)
    await toTop()
    await shot('petitions-repeat-registered')
    // back to the group visit through the warning's link
    await repeats.getByRole('link', { name: story.group.number }).click()
    await expect(byId(page, 'pt-number').first(), `打开 ${story.group.number}`).toHaveText(story.group.number)
  })

  await test.step('petitions-today-registered', async () => {
    await nav('nav-petitions-today')
    const table = byId(page, 'today-table').first()
    await expect(table).toBeVisible()
    const want = [story.group.number, story.repeat?.number].filter(Boolean)
    await waitFor(`今日登记列出 ${want.join('、')}`, async () => {
      const numbers = (await table.getByTestId('today-row').allInnerTexts()).map((s) => s.trim())
      return numbers.length === want.length && want.every((n) => numbers.includes(n))
    })
    const row = table.locator('.el-table__row').filter({ hasText: story.group.number }).first()
    const text = await row.innerText()
    check(text.includes(`${head.name}等${GROUP.headCount}人`) && text.includes('已登记'), `今日登记中的集体访：${clip(text)}`)
    await settled(page)
    await shot('petitions-today-registered')
    await row.click()
    await expect(byId(page, 'pt-number').first(), `打开 ${story.group.number}`).toHaveText(story.group.number)
  })

  // ==== 4. handling: reception ====

  await test.step('petitions-accept', async () => {
    // the step before ends on the group visit; when it failed, open it by its address
    if (new URL(page.url()).hash !== `#/petitions/${story.group.id}`) await openPetition(story.group)
    else await waitFor(`打开 ${story.group.number}`, async () => (await byId(page, 'pt-number').first().innerText()).trim() === story.group.number)
    const p = await act('accept')
    check(p.status === 'accepted' && p.settleDue, `受理后应有办结期限：${clip(p)}`)
    await status('已受理')
    await deadline(/还剩 60 天/)
  })

  await test.step('petitions-assign-leader', async () => {
    const l = LEADERS[0]
    const p = await act('assign', async (dialog) => {
      await choose(page, dialog, 'pt-dlg-leader', `${l.name}（${l.position}）`)
      await fill(dialog, 'pt-dlg-unit', GROUP.unit)
    })
    check(p.responsibleName === l.name && p.handlingUnit === GROUP.unit, `包保领导应为 ${l.name}、承办单位 ${GROUP.unit}：${clip(p)}`)
    await status('办理中')
    await expect(byId(page, 'pt-responsible').first(), `页面显示包保领导 ${l.name}`).toHaveText(l.name)
  })

  await test.step('petitions-progress-note', async () => {
    await addNote('包掌握情况', NOTE)
    const notes = byId(page, 'pt-notes').first()
    await expect(notes.getByTestId('pt-note').filter({ hasText: NOTE.slice(0, 10) }).first()).toBeVisible()
    const tab = await notes.locator('.el-tabs__item.is-active').innerText()
    check(tab.includes('包掌握情况（1）'), `“包掌握情况”下应有 1 条记录：${tab}`)
    await toTop()
    await shot('petitions-in-progress')
  })

  await test.step('petitions-reception-cannot-extend', async () => {
    await expect(page.getByTestId('pt-action-extend'), '接待人员不应看到“延期”').toHaveCount(0)
    await expect(page.getByTestId('pt-action-reply'), '接待人员应能答复').toHaveCount(1)
    const err = await refused('接待人员延期', 'Act', {
      petitionId: story.group.id, action: 'extend', note: '', date: '', reason: EXTENSION.reason, replyText: '', forwardedTo: '',
      responsibleId: 0, handlingUnit: '', days: 30, approver: RECEPTION.name, informed: true, satisfaction: '',
    })
    check(err.code === 'forbidden' && /延期/.test(err.message), `拒绝应为 forbidden 并提到“延期”：${clip(err)}`)
    await signOut(page)
  })

  // ==== 5. handling: the responsible leader ====

  await test.step('petitions-leader-mine', async () => {
    await signIn(page, LEADER)
    await nav('nav-petitions-ledger')
    const table = byId(page, 'petition-table').first()
    await expect(table).toBeVisible()
    // a leader's ledger opens on their own petitions
    const box = byId(page, 'pt-filter-mine').first()
    await expect(box, '“我包保的”默认勾选').toHaveClass(/\bis-checked\b/)
    const mine = await waitFor('“我包保的”只列出这件集体访', async () => {
      const numbers = (await table.getByTestId('petition-row').allInnerTexts()).map((s) => s.trim())
      return JSON.stringify(numbers) === JSON.stringify([story.group.number]) ? numbers : false
    })
    check(mine.length === 1, '我包保的应有 1 件')
    const label = await waitFor(`“我包保的”关联到领导干部 ${LEADER.name}`, async () => {
      const t = (await box.innerText()).trim()
      return t.includes(LEADER.name) ? t : false
    })
    await expect(page.getByTestId('pt-mine-unlinked'), `领导账号应已关联领导干部：${label}`).toHaveCount(0)
    await settled(page)
    await shot('petitions-leader-mine')
    // everyone's list holds the repeat petition too
    await box.click()
    const all = [story.group.number, story.repeat?.number].filter(Boolean)
    await waitFor(`取消“我包保的”后列出 ${all.join('、')}`, async () => {
      const numbers = (await table.getByTestId('petition-row').allInnerTexts()).map((s) => s.trim())
      return numbers.length === all.length && all.every((n) => numbers.includes(n))
    })
    await table.getByTestId('petition-row').filter({ hasText: story.group.number }).first().click()
    await expect(byId(page, 'pt-number').first(), `打开 ${story.group.number}`).toHaveText(story.group.number)
  })

  await test.step('petitions-extend', async () => {
    const p = await act('extend', async (dialog) => {
      check((await valueOf(dialog, 'pt-dlg-days')) === EXTENSION.days, '延期天数应默认为 30')
      await fill(dialog, 'pt-dlg-reason', EXTENSION.reason)
      await fill(dialog, 'pt-dlg-approver', LEADER.name)
      const informed = byId(dialog, 'pt-dlg-informed').first()
      await informed.click()
      await expect(informed, '勾选“已告知信访人延期理由”').toHaveClass(/\bis-checked\b/)
      await settled(page)
      await shot('petitions-extend-dialog')
    })
    check(p.extensionDays === Number(EXTENSION.days) && p.extensionApprover === LEADER.name, `延期应为 ${EXTENSION.days} 日、批准人 ${LEADER.name}：${clip(p)}`)
    const ext = await byId(page, 'pt-extension').first().innerText()
    check(ext.includes(EXTENSION.reason) && ext.includes(LEADER.name), `页面应显示延期理由和批准人：${clip(ext)}`)
    await deadline(/还剩 90 天/)
    await expect(page.getByTestId('pt-action-extend'), '延期只能一次：不应再有“延期”').toHaveCount(0)
  })

  await test.step('petitions-reply-printed', async () => {
    const p = await act('reply', async (dialog) => {
      await fill(dialog, 'pt-dlg-reply', REPLY)
    })
    check(p.replyText === REPLY && p.repliedOn, `答复应已保存：${clip(p)}`)
    await status('已答复')
    await expect(byId(page, 'pt-reply').first()).toBeVisible()
    const doc = await download('pt-print-reply', 'petition-reply')
    check(doc.suggested.startsWith('信访事项答复意见书-'), `答复意见书的文件名：${doc.suggested}`)
    expectInPdf(doc, ['信访事项答复意见书', story.group.number, REPLY])
  })

  await test.step('petitions-satisfaction', async () => {
    await expect(page.getByTestId('pt-action-close'), '记录满意度之前不应能销案').toHaveCount(0)
    const p = await act('rate', async (dialog) => {
      await choose(page, dialog, 'pt-dlg-satisfaction', '满意')
    })
    check(p.satisfaction === '满意', `满意度应为“满意”：${clip(p.satisfaction)}`)
    await expect(byId(page, 'pt-satisfaction').first(), '页面显示“满意”').toHaveText('满意')
  })

  await test.step('petitions-close', async () => {
    const p = await act('close')
    check(p.status === 'closed' && p.closedBy === LEADER.name, `应由 ${LEADER.name} 销案：${clip({ status: p.status, closedBy: p.closedBy })}`)
    await status('已销案')
    const actions = byId(page, 'pt-actions').first()
    await expect(actions.locator('[data-testid^="pt-action-"]'), `已销案的信访事项不应再有办理操作`).toHaveCount(0)
    await expect(actions, `应写明由 ${LEADER.name} 销案`).toContainText(LEADER.name)
    const labels = (await byId(page, 'pt-timeline').first().locator('.ev-head b').allInnerTexts()).map((s) => s.trim()).reverse()
    const steps = labels.filter((l) => TIMELINE.includes(l))
    check(JSON.stringify(steps) === JSON.stringify(TIMELINE), `时间线应为 ${TIMELINE.join('→')}，实际 ${labels.join('→')}`)
    await toTop()
    await shot('petitions-closed')
    await signOut(page)
  })

  // ==== 6. the counter sees no petitions ====

  await test.step('petitions-clerk-refused', async () => {
    await signIn(page, CLERK)
    await expect(byId(page, 'intake-applicant').first()).toBeVisible()
    await expect(page.getByTestId('nav-petitions'), '窗口人员不应看到“信访接待”菜单').toHaveCount(0)
    // the petition's address leads back to the counter
    await page.goto(`${base}/#/petitions/${story.group.id}`)
    await expect(byId(page, 'intake-applicant').first()).toBeVisible()
    await waitFor('窗口人员被送回办件受理页', () => new URL(page.url()).hash.startsWith('#/counter'))
    await expect(page.getByTestId('pt-number'), '窗口人员不应看到信访事项').toHaveCount(0)
    const err = await refused('窗口人员查看信访台账', 'List', {
      scope: 'all', status: '', responsibleId: 0, mine: false, category: '', villageId: 0, overdue: false, from: '', to: '', text: '', page: 1, pageSize: 20,
    })
    check(err.code === 'forbidden', `拒绝的错误码应为 forbidden，实际 ${clip(err)}`)
    await settled(page)
    await shot('petitions-clerk-no-menu')
    await signOut(page)
  })
})
