// petitions.mjs: the petition day end to end in Chromium, against a running `halldesk serve` on
// demo data (operators jiedai, lingdao, chuangkou; password demo1234):
//
//   halldesk demo --data /tmp/hd && halldesk serve --listen 127.0.0.1:18100 --data /tmp/hd
//   cd frontend && HALLDESK_URL=http://127.0.0.1:18100 OUT_DIR=/abs/out node e2e/petitions.mjs
//
// Generate the quarter's roster → link the leader's account → today's reception → register a
// petition → register a group visit by the same person (the repeat is flagged; at most five
// representatives) → accept → assign a leader → progress notes → the leader's own list →
// extension → reply printed → satisfaction → close; a counter clerk sees no petitions.
import fs from 'node:fs'
import path from 'node:path'
import { clip, waitFor } from './support.mjs'
import { bodyText, byId, choose, confirmBox, dialogClosed, fill, settled } from './ui.mjs'

const base = process.env.HALLDESK_URL || 'http://127.0.0.1:18100'
const outDir = path.resolve(process.env.OUT_DIR || 'test-output/e2e-petitions')
const PASSWORD = process.env.DEMO_PASSWORD || 'demo1234'
fs.mkdirSync(outDir, { recursive: true })

const results = []
let page
let shotNo = 0
let aborted = ''

async function shot(name) {
  shotNo++
  const file = path.join(outDir, `${String(shotNo).padStart(2, '0')}-${name}.png`)
  await settled(page)
  // Toasts pile up over a quick flow and hide the page: drop them from the picture.
  await page.evaluate(() => document.querySelectorAll('.el-message').forEach((m) => m.remove())).catch(() => {})
  await page.screenshot({ path: file, fullPage: true }).catch((err) => console.log(`  (截图失败：${err.message})`))
}

async function step(name, fn, { critical = true } = {}) {
  if (aborted) {
    results.push({ name, ok: false })
    console.log(`- ${name}（跳过：${aborted} 失败）`)
    return
  }
  const t0 = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`✓ ${name} (${Date.now() - t0} ms)`)
  } catch (err) {
    results.push({ name, ok: false })
    console.log(`✗ ${name}: ${clip(err.message, 600)}`)
    await shot(`FAILED-${name}`)
    if (critical) aborted = name
  }
}

function check(ok, msg) {
  if (!ok) throw new Error(msg)
}

async function login(username) {
  await page.goto(`${base}/#/login`)
  await byId(page, 'login-username').first().waitFor()
  await fill(page, 'login-username', username)
  await fill(page, 'login-password', PASSWORD)
  await byId(page, 'login-submit').first().click()
  await byId(page, 'current-operator').first().waitFor()
}

async function logout() {
  await byId(page, 'logout').first().click()
  await confirmBox(page)
  await byId(page, 'login-username').first().waitFor()
}

async function nav(testid) {
  const item = byId(page, testid).first()
  if (!(await item.isVisible())) await byId(page, 'nav-petitions').first().click()
  await item.click()
}

/** download clicks a button and returns the saved file's name and first bytes. */
async function download(testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, testid).first().click()])
  const file = path.join(outDir, dl.suggestedFilename())
  await dl.saveAs(file)
  return { name: dl.suggestedFilename(), head: fs.readFileSync(file).subarray(0, 5).toString() }
}

async function act(action, fillDialog = async () => {}) {
  await byId(page, `pt-action-${action}`).first().click()
  const dlg = byId(page, 'pt-dialog').first()
  await dlg.waitFor()
  await settled(page)
  await fillDialog(dlg)
  await byId(page, 'pt-dialog-submit').first().click()
  await dialogClosed(page)
}

async function note(kind, text, method = '') {
  await byId(page, 'pt-note-add').first().click()
  const dlg = byId(page, 'pt-note-dialog').first()
  await dlg.waitFor()
  await choose(page, dlg, 'pt-note-kind', kind)
  if (method) await choose(page, dlg, 'pt-note-method', method)
  await fill(dlg, 'pt-note-text', text)
  await byId(page, 'pt-note-submit').first().click()
  await dialogClosed(page)
}

const PHONE = '13947700123'
let petitionUrl = ''

async function flow() {
  await step('reception-login', async () => {
    await login('jiedai')
    check((await bodyText(page)).includes('信访接待'), '接待人员看不到“信访接待”菜单')
  })

  await step('roster-generate', async () => {
    await nav('nav-petition-roster')
    await byId(page, 'roster-generate').first().waitFor()
    const gen = byId(page, 'roster-generate').first()
    const regenerate = (await gen.innerText()).includes('重新生成')
    await gen.click()
    if (regenerate) await confirmBox(page)
    await waitFor('安排表出现', async () => (await byId(page, 'roster-row').count()) > 5)
    const text = await byId(page, 'roster-table').first().innerText()
    check(text.includes('斯琴巴特尔') && text.includes('王建军'), `安排表缺少领导：${clip(text)}`)
    await shot('roster')
  })

  await step('roster-print', async () => {
    const f = await download('roster-print')
    check(f.head === '%PDF-' && f.name.includes('领导干部信访接待日安排表'), `安排表下载不对：${f.name}`)
  })

  await step('link-leader-account', async () => {
    const row = page.locator('[data-testid="roster-links"] .el-table__row').filter({ hasText: '斯琴巴特尔' }).first()
    const sel = row.locator('[data-testid^="roster-link-"]').first()
    const id = await sel.getAttribute('data-testid')
    if (!(await sel.innerText()).includes('lingdao')) {
      await choose(page, page, id, '斯琴（lingdao）')
      await page.locator('.el-message').filter({ hasText: '已保存关联' }).first().waitFor()
    }
    await shot('roster-links')
  })

  await step('today', async () => {
    await nav('nav-petitions-today')
    const leader = byId(page, 'today-leader').first()
    await leader.waitFor()
    const text = await leader.innerText()
    check(text.includes('今日接待领导') || text.includes('不是领导干部信访接待日'), `今日接待：${text}`)
    console.log(`  今日接待：${clip(text.replace(/\s+/g, ' '), 120)}`)
    await shot('today')
  })

  await step('register-first', async () => {
    await byId(page, 'today-register').first().click()
    await byId(page, 'pt-form').first().waitFor()
    await byId(page, 'pt-mode-new').first().click()
    await fill(page, 'pt-name', '巴图孟和')
    await fill(page, 'pt-phone', PHONE)
    await fill(page, 'pt-address', '巴图塔村二组')
    await choose(page, page, 'pt-form-kind', '来电')
    await choose(page, page, 'pt-category', '土地草场')
    await fill(page, 'pt-request', '请求解决草场边界争议。')
    await fill(page, 'pt-facts', '二组草场被邻村牧户围栏占用。')
    await byId(page, 'pt-submit').first().click()
    await byId(page, 'pt-number').first().waitFor()
    check((await byId(page, 'pt-status').first().innerText()).includes('已登记'), '状态不是已登记')
  })

  await step('register-group-visit-repeat-flagged', async () => {
    await nav('nav-petition-new')
    await byId(page, 'pt-form').first().waitFor()
    await byId(page, 'pt-mode-new').first().click()
    await fill(page, 'pt-name', '巴图孟和')
    await fill(page, 'pt-phone', PHONE)
    await fill(page, 'pt-address', '巴图塔村二组')
    const repeats = byId(page, 'pt-repeats').first()
    await repeats.waitFor()
    const rt = await repeats.innerText()
    check(rt.includes('同一联系电话') || rt.includes('同村同名'), `重复信访提示：${rt}`)
    await byId(page, 'pt-group').first().click()
    await fill(page, 'pt-headcount', '14')
    for (let i = 0; i < 6; i++) {
      const add = byId(page, 'pt-rep-add').first()
      if (await add.isDisabled()) break
      await add.click()
    }
    check((await byId(page, 'pt-rep').count()) === 5, `代表人数 ${await byId(page, 'pt-rep').count()}`)
    check(await byId(page, 'pt-rep-add').first().isDisabled(), '5人后“添加代表”仍可用')
    const names = ['其木格', '张建国', '李桂兰', '赵军']
    for (let i = 0; i < names.length; i++) await fill(page, `pt-rep-name-${i + 1}`, names[i])
    await choose(page, page, 'pt-category', '土地草场')
    await fill(page, 'pt-request', '请求镇政府组织重新勘定草场边界，拆除占用二组草场的围栏。')
    await fill(page, 'pt-facts', '2019年确权时两村边界按旧图划定，二组约1200亩草场被划入邻村；今春邻村牧户在争议草场上围栏，二组牧户无法放牧。')
    await fill(page, 'pt-reasons', '二组持有1985年的草场承包合同。')
    await shot('register-group')
    await byId(page, 'pt-submit').first().click()
    await byId(page, 'pt-number').first().waitFor()
    petitionUrl = page.url()
    const text = await bodyText(page)
    check(text.includes('14人（集体访）'), '详情页没有集体访人数')
    check((await byId(page, 'pt-repeats').count()) > 0, '详情页没有重复信访提示')
    await shot('petition-registered')
  })

  await step('print-oral-record', async () => {
    const f = await download('pt-print-record')
    check(f.head === '%PDF-' && f.name.startsWith('信访登记记录-'), `登记记录：${f.name}`)
  })

  await step('accept-and-assign', async () => {
    await act('accept')
    await waitFor('已受理', async () => (await byId(page, 'pt-status').first().innerText()).includes('已受理'))
    check((await byId(page, 'pt-deadline').first().innerText()).includes('还剩 60 天'), '办结期限不是60天')
    await act('assign', async (dlg) => {
      await choose(page, dlg, 'pt-dlg-leader', '斯琴巴特尔（镇党委副书记）')
      await fill(dlg, 'pt-dlg-unit', '综合保障和技术推广中心')
    })
    await waitFor('办理中', async () => (await byId(page, 'pt-status').first().innerText()).includes('办理中'))
  })

  await step('progress-notes', async () => {
    await note('包掌握情况', '入户了解：争议草场约1200亩，涉及二组14户。')
    await note('包教育转化', '讲解《草原法》权属争议处理程序，信访人表示理解。')
    await note('回访', '电话回访，情绪稳定。', '电话')
    await waitFor('三条记录', async () => (await byId(page, 'pt-note').count()) >= 1)
    await shot('petition-in-progress')
  })

  await step('reception-cannot-extend', async () => {
    check((await byId(page, 'pt-action-extend').count()) === 0, '接待人员能看到“延期”')
    await logout()
  })

  await step('leader-own-list', async () => {
    await login('lingdao')
    await nav('nav-petitions-ledger')
    await byId(page, 'petition-table').first().waitFor()
    await waitFor('我包保的列表', async () => (await byId(page, 'petition-row').count()) > 0)
    const mine = byId(page, 'pt-filter-mine').first()
    check((await mine.innerText()).includes('斯琴巴特尔'), `“我包保的”没有关联到领导：${await mine.innerText()}`)
    await shot('leader-ledger')
  })

  await step('leader-extends', async () => {
    await page.goto(petitionUrl)
    await byId(page, 'pt-action-extend').first().waitFor()
    await act('extend', async (dlg) => {
      await fill(dlg, 'pt-dlg-days', '30')
      await fill(dlg, 'pt-dlg-reason', '需会同旗林草局现场勘界')
      await fill(dlg, 'pt-dlg-approver', '斯琴巴特尔')
      await byId(dlg, 'pt-dlg-informed').first().click()
    })
    await byId(page, 'pt-extension').first().waitFor()
    check((await byId(page, 'pt-deadline').first().innerText()).includes('还剩 90 天'), '延期后不是90天')
    check((await byId(page, 'pt-action-extend').count()) === 0, '延期后仍能再次延期')
  })

  await step('reply-printed', async () => {
    await act('reply', async (dlg) => {
      await fill(dlg, 'pt-dlg-reply', '经会同旗林草局现场勘界，争议草场中约800亩属巴图塔村二组，已责成邻村牧户限期拆除围栏；其余部分由两村协商，镇政府继续调解。')
    })
    await byId(page, 'pt-reply').first().waitFor()
    const f = await download('pt-print-reply')
    check(f.head === '%PDF-' && f.name.startsWith('信访事项答复意见书-'), `答复意见书：${f.name}`)
  })

  await step('satisfaction-and-close', async () => {
    await act('rate', async (dlg) => choose(page, dlg, 'pt-dlg-satisfaction', '满意'))
    await byId(page, 'pt-satisfaction').first().waitFor()
    await act('close')
    await waitFor('已销案', async () => (await byId(page, 'pt-status').first().innerText()).includes('已销案'))
    await shot('petition-closed')
    await logout()
  })

  await step('clerk-sees-no-petitions', async () => {
    await login('chuangkou')
    check((await byId(page, 'nav-petitions').count()) === 0, '窗口人员看到了“信访接待”菜单')
    await page.goto(petitionUrl)
    await settled(page)
    check(!page.url().includes('/petitions/'), `窗口人员打开了信访详情：${page.url()}`)
    const res = await page.evaluate(async () => {
      const r = await fetch('/api/PetitionService/List', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[{}]' })
      return { status: r.status, body: await r.text() }
    })
    check(res.status === 403 && res.body.includes('窗口人员'), `服务器没有拒绝窗口人员：${res.status} ${clip(res.body)}`)
  }, { critical: false })
}

const { chromium } = await import('playwright-core')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true })
  context.setDefaultTimeout(10_000)
  page = await context.newPage()
  const errors = []
  page.on('pageerror', (err) => errors.push(err.message))
  await flow()
  await step('no-page-errors', async () => check(errors.length === 0, errors.join(' | ')), { critical: false })
} finally {
  await browser.close()
}
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} 通过，${failed} 失败；截图：${outDir}`)
process.exit(failed ? 1 : 0)
