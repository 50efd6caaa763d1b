// banner.spec.ts: the banner console (旗县汇总) in browser mode over two halls on this machine, as
// they would run across a banner.
//
//   1. two halls replicate to the banner's folders: the demo hall (its own server, the demo data)
//      and the spec's seeded hall, each set up through 系统管理 → 旗县汇总's service;
//   2. `halldesk banner --listen` starts on a data folder of its own; its first administrator is
//      set up on the banner's own setup screen;
//   3. 服务大厅: both halls are added with their replica folders (测试连接 first), refreshed from
//      their replicas, and shown fresh;
//   4. 汇总看板: each hall's overdue figure equals what that hall's own dashboard counts, and the
//      banner's total is their sum; the demo hall's overdue figure opens its list, masked;
//   5. the seeded hall takes a case at its counter: the banner's dashboard shows it after a refresh;
//   6. 简报与清单: the banner's briefing prints with a section per township and the 报/发 lines, the
//      overdue list downloads as Excel;
//   7. the administrator adds a 旗县领导, who sees the figures but no way to manage the halls, and
//      whom the server refuses when asked anyway;
//   8. the banner's own audit log holds the look at the list, the print and the export.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { test, expect, HALL, apiClient } from './fixtures'
import { check, freePort, todayInChina, waitFor } from './support'
import { byId, fill, choose, newOperator, signIn, toast } from './ui'
import { downloadPdf, expectInPdf } from './documents'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.resolve(process.env.HALLDESK_BIN || path.join(repoRoot, 'build/bin/halldesk'))
const DEMO_HALL = { name: '阿勒腾席热镇便民服务大厅', township: '阿勒腾席热镇' }
const BANNER_ADMIN = { username: 'qixian', name: '旗县管理员甲', password: 'Banner-2024!desk' }
const LEADER = { username: 'qxlingdao', name: '旗县领导乙', password: 'Leader-2024!desk' }

/** Proc is a program this spec started itself: a hall's server or the banner console. */
interface Proc {
  child: ChildProcess
  base: string
  dir: string
}

/** start runs `halldesk <args> --listen … --data dir` and waits for its /healthz. */
async function start(args: string[], dir: string, log: string): Promise<Proc> {
  const port = await freePort()
  const out = fs.openSync(log, 'a')
  const child = spawn(bin, [...args, '--listen', `127.0.0.1:${port}`, '--data', dir], { cwd: repoRoot, stdio: ['ignore', out, out] })
  fs.closeSync(out)
  const base = `http://127.0.0.1:${port}`
  await waitFor(`${args[0]} 在 ${base} 启动`, async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok, { timeout: 30_000 })
  return { child, base, dir }
}

async function stop(p: Proc | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null) return
  const gone = new Promise((resolve) => p.child.once('exit', resolve))
  p.child.kill('SIGTERM')
  await gone
  fs.rmSync(p.dir, { recursive: true, force: true })
}

/** replicated waits until a hall's replica has caught up (its 旗县汇总 state). */
async function replicated(call: (s: string, m: string, ...a: unknown[]) => Promise<any>, what: string): Promise<void> {
  await waitFor(`${what}已同步到旗县`, async () => {
    const o = await call('ReplicaService', 'Overview')
    return o.status.lastReplicated && !o.status.pendingSince
  }, { timeout: 60_000 })
}

test.describe.configure({ mode: 'serial' })

let demoHall: Proc | undefined
let bannerProc: Proc | undefined
test.afterAll(async () => {
  await stop(bannerProc)
  await stop(demoHall)
})

test('旗县汇总', async ({ page, shot, foundation, outDir }) => {
  test.setTimeout(240_000)
  const folders = { demo: fs.mkdtempSync(path.join(os.tmpdir(), 'banner-replica-')), seeded: fs.mkdtempSync(path.join(os.tmpdir(), 'banner-replica-')) }
  const month = todayInChina().slice(0, 7)
  const period = { from: `${month}-01`, to: todayInChina() }
  let demoCall: Awaited<ReturnType<typeof apiClient>>

  await test.step('halls replicate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banner-hall-'))
    execFileSync(bin, ['demo', '--data', dir], { cwd: repoRoot, stdio: 'ignore' })
    demoHall = await start(['serve'], dir, path.join(outDir, 'demo-hall.log'))
    demoCall = await apiClient(demoHall.base)
    await demoCall('AuthService', 'Login', { username: 'admin', password: 'demo1234' })
    await demoCall('ReplicaService', 'Save', { kind: 'folder', path: folders.demo })
    await foundation.call('ReplicaService', 'Save', { kind: 'folder', path: folders.seeded })
    await replicated(demoCall, '演示大厅')
    await replicated(foundation.call, HALL.name)
  })

  await test.step('banner-setup', async () => {
    bannerProc = await start(['banner'], fs.mkdtempSync(path.join(os.tmpdir(), 'banner-data-')), path.join(outDir, 'banner.log'))
    await page.goto(`${bannerProc.base}/#/`)
    await fill(page, 'banner-setup-office', '伊金霍洛旗政务服务局')
    await fill(page, 'banner-setup-banner', '伊金霍洛旗')
    await fill(page, 'banner-setup-phone', '0477-8612345')
    await fill(page, 'banner-setup-username', BANNER_ADMIN.username)
    await fill(page, 'banner-setup-name', BANNER_ADMIN.name)
    await fill(page, 'banner-setup-password', BANNER_ADMIN.password)
    await fill(page, 'banner-setup-password2', BANNER_ADMIN.password)
    await byId(page, 'banner-setup-submit').first().click()
    await expect(byId(page, 'current-operator').first()).toContainText('旗县管理员')
    await expect(byId(page, 'banner-dashboard-table').first()).toBeVisible()
  })

  await test.step('banner-halls', async () => {
    await byId(page, 'banner-nav-halls').first().click()
    for (const h of [
      { ...DEMO_HALL, folder: folders.demo },
      { name: HALL.name, township: HALL.township, folder: folders.seeded },
    ]) {
      await byId(page, 'banner-hall-add').first().click()
      await fill(page, 'banner-hall-name', h.name)
      await fill(page, 'banner-hall-township', h.township)
      await choose(page, page, 'banner-hall-kind', '文件夹（本机或网络共享）')
      await fill(page, 'banner-hall-path', h.folder)
      await byId(page, 'banner-hall-check').first().click()
      await toast(page, /连接正常/)
      await byId(page, 'banner-hall-save').first().click()
      await toast(page, /已保存/)
    }
    await byId(page, 'banner-halls-refresh').first().click()
    await toast(page, /已刷新/)
    await expect(byId(page, 'banner-hall-fresh')).toHaveCount(2)
    await shot('halls', { quiet: true })
  })

  await test.step('banner-dashboard', async () => {
    await byId(page, 'banner-nav-dashboard').first().click()
    const table = byId(page, 'banner-dashboard-table').first()
    await expect(table.getByText(DEMO_HALL.name)).toBeVisible()
    const own = await demoCall('DashboardService', 'Get', period)
    const seededOwn = await foundation.call('DashboardService', 'Get', period)
    const rows = table.locator('.el-table__body tr')
    await expect(rows).toHaveCount(3)
    const overdue = async (i: number) => Number((await rows.nth(i).getByTestId('fig-overdue').innerText()).trim())
    const names = await rows.allInnerTexts()
    const demoRow = names.findIndex((t) => t.includes(DEMO_HALL.name))
    const seededRow = names.findIndex((t) => t.includes(HALL.name))
    check(own.overdueAll > 0, `演示大厅应有逾期办件：${own.overdueAll}`)
    expect(await overdue(demoRow), '旗县看到的逾期数等于大厅自己的看板').toBe(own.overdueAll)
    expect(await overdue(seededRow)).toBe(seededOwn.overdueAll)
    expect(await overdue(2), '合计等于各大厅之和').toBe(own.overdueAll + seededOwn.overdueAll)
    await shot('dashboard', { quiet: true })
    await rows.nth(demoRow).getByTestId('fig-overdue').click()
    await expect(byId(page, 'banner-drill-title').first()).toContainText(DEMO_HALL.name)
    const first = byId(page, 'banner-drill-table').first().locator('.el-table__body tr').first()
    await expect(first).toBeVisible()
    const cells = await first.locator('td').allInnerTexts()
    check(cells[2].includes('*'), `申请人姓名应遮挡：${cells[2]}`)
    await shot('drill', { quiet: true })
    await byId(page, 'banner-drill-back').first().click()
    await expect(byId(page, 'banner-dashboard-table').first()).toBeVisible()
  })

  await test.step('a new case reaches the banner', async () => {
    // the seeded hall takes a case at its counter; the banner sees it after a refresh within seconds
    const item = (await foundation.call('CatalogService', 'List', false)).find((i: any) => i.code === 'DB-01')
    await foundation.call('CaseService', 'Intake', { applicantId: foundation.head.residentId, itemId: item.id, ledger: '',
      source: '大厅窗口', summary: '无固定收入，申请低保', received: item.materials.map((m: any) => m.name), acceptMissing: false, intakeNote: '' })
    const row = byId(page, 'banner-dashboard-table').first().locator('.el-table__body tr').filter({ hasText: HALL.name })
    await waitFor('旗县看到大厅新受理的办件', async () => {
      await byId(page, 'banner-refresh-all').first().click()
      await expect(byId(page, 'banner-refresh-all').first()).not.toHaveClass(/is-loading/)
      return (await row.getByTestId('fig-sorted').innerText()).trim() === '1'
    }, { timeout: 30_000 })
  })

  await test.step('banner-reports', async () => {
    await byId(page, 'banner-nav-reports').first().click()
    const doc = await downloadPdf(page, byId(page, 'banner-briefing-print').first(), path.join(outDir, 'banner-briefing.pdf'))
    expectInPdf(doc, ['全旗（县）汇总', DEMO_HALL.township, HALL.township, '报：', '发：', '伊金霍洛旗政务服务局'])
    const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, 'banner-export-overdue').first().click()])
    check(/逾期办件.*\.xlsx$/.test(dl.suggestedFilename()), `应下载逾期办件清单：${dl.suggestedFilename()}`)
    await dl.saveAs(path.join(outDir, dl.suggestedFilename()))
    await shot('reports', { quiet: true })
  })

  await test.step('a banner leader reads but does not manage', async () => {
    await byId(page, 'banner-nav-operators').first().click()
    const row = await newOperator(page, { ...LEADER, role: '旗县领导' })
    await expect(row).toContainText('旗县领导')
    await signIn(page, LEADER)
    await expect(byId(page, 'current-operator').first()).toContainText('旗县领导')
    await expect(byId(page, 'banner-dashboard-table').first()).toBeVisible()
    await expect(byId(page, 'banner-nav-operators')).toHaveCount(0)
    await byId(page, 'banner-nav-halls').first().click()
    await expect(byId(page, 'banner-halls-table').first()).toBeVisible()
    await expect(byId(page, 'banner-hall-add')).toHaveCount(0)
    const refused = await page.evaluate(() => fetch('/api/BannerHallService/Remove', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1]' }).then((r) => r.status))
    expect(refused, '旗县领导不能移除服务大厅（服务端拒绝）').toBe(403)
  })

  await test.step('the banner audits every look, print and export', async () => {
    await signIn(page, BANNER_ADMIN)
    await byId(page, 'banner-nav-audit').first().click()
    const table = byId(page, 'audit-table').first()
    for (const entity of ['旗县汇总办件清单', '旗县汇总简报', '旗县汇总逾期办件', '旗县汇总服务大厅']) {
      await expect(table, `操作日志记有「${entity}」`).toContainText(entity)
    }
    await shot('audit', { quiet: true })
  })
})
