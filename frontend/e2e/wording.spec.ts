// wording.spec.ts: the words on paper and the screen at an ordinary counter's 1366×768. A receipt
// printed at the counter names the hall by its own settings (name, address, office hours, never
// the catalog's placeholder) and gives a number under 份数, and 宣传印刷's 受理回执 tile counts it;
// 考评 and 干部名册 fit the screen with no sideways scrolling; an operator's larger text follows
// them from one login to the next.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { test, expect, ADMIN, HALL } from './fixtures'
import { byId, signIn, signOut } from './ui'

const ADDRESS_LINE = '乌兰木伦镇人民政府一楼东侧'
const HOURS = '周一至周五8:30—12:00，14:30—18:00'

/** pdfText reads a downloaded PDF back with poppler's pdftotext, whitespace removed. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

test('柜台打印受理回执：大厅名称、地址和办公时间，份数为数字，宣传印刷计数', async ({ page, foundation, outDir, shot }) => {
  const hs = await foundation.call('SystemService', 'Settings')
  await foundation.call('SystemService', 'SaveSettings', { ...hs, address: ADDRESS_LINE, officeHours: HOURS })
  const items: { id: number; code: string; materials: { name: string }[] }[] = await foundation.call('CatalogService', 'List', false)
  const yb = items.find((i) => i.code === 'YB-01')!
  const cs = await foundation.call('CaseService', 'Intake', {
    applicantId: foundation.head.residentId, itemId: yb.id, ledger: '', source: '大厅窗口', summary: '',
    received: yb.materials.map((m) => m.name).slice(0, 1), acceptMissing: false, intakeNote: '',
  })

  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await page.goto(`/#/cases/${cs.id}`)
  const [dl] = await Promise.all([page.waitForEvent('download'), byId(page, 'print-receipt').first().click()])
  const file = path.join(outDir, '受理回执.pdf')
  await dl.saveAs(file)
  expect(fs.statSync(file).size).toBeGreaterThan(1000)
  const text = pdfText(file)
  expect(text, '地点和时间印大厅自己的名称、地址和办公时间').toContain(`${HALL.name}（${ADDRESS_LINE}）；${HOURS}`)
  expect(text, '不印目录里的占位“苏木乡镇便民服务大厅”').not.toContain('苏木乡镇便民服务大厅')
  expect(text, '份数是数字，验后退还写在收取情况里').toContain('原件1已验退还')
  expect(text, '份数一栏不写“验后退还”').not.toContain('验后退还')

  await byId(page, 'nav-prints').first().click()
  const tile = byId(page, 'print-counts').first().locator('[data-kind="受理回执"]')
  await expect(tile, '受理回执的计数包括柜台打印的回执').toContainText(/^\s*1/)
  await shot('print-counts')
})

test('1366×768：考评和干部名册不出现横向滚动，最后一列完整可见', async ({ page, foundation, shot }) => {
  expect(foundation.villageId).toBeGreaterThan(0)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  for (const [name, url, table] of [
    ['考评', '/#/reports/scorecards', 'sc-cadres'],
    ['干部名册', '/#/cadres', 'cadre-table'],
  ] as const) {
    await page.goto(url)
    await byId(page, table).first().waitFor({ state: 'visible' })
    await page.waitForTimeout(300) // el-table lays its columns out after the first paint
    const sizes = await page.evaluate(() => {
      const over = (el: Element | null) => (el ? el.scrollWidth - el.clientWidth : 0)
      const tables = [...document.querySelectorAll('.el-table')].filter((t) => (t as HTMLElement).offsetParent !== null)
      return {
        page: over(document.scrollingElement),
        main: over(document.querySelector('.el-main')),
        tables: tables.map((t) => over(t.querySelector('.el-table__body-wrapper .el-scrollbar__wrap'))),
      }
    })
    await shot(`1366-${table}`)
    expect(sizes.page, `${name}：页面不应横向溢出`).toBeLessThanOrEqual(0)
    expect(sizes.main, `${name}：内容区不应横向溢出`).toBeLessThanOrEqual(0)
    for (const [i, over] of sizes.tables.entries()) expect(over, `${name}：第${i + 1}个表格的列应全部显示`).toBeLessThanOrEqual(0)
  }
})

test('大字号按操作员保存，重新登录后仍然有效', async ({ page, foundation }) => {
  expect(foundation.villageId).toBeGreaterThan(0)
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  const scale = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--hd-scale').trim())
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  expect(await bodySize()).toBeCloseTo(14, 0)

  await byId(page, 'text-size-button').first().click()
  await byId(page, 'text-size-130').first().click()
  await expect.poll(scale, '选“特大”后根字号比例为 1.3').toBe('1.3')
  expect(await bodySize()).toBeCloseTo(18.2, 0)

  await signOut(page)
  await expect.poll(scale, '退出后登录页为标准字号').toBe('1')
  await signIn(page, ADMIN)
  await expect.poll(scale, '重新登录后仍是“特大”').toBe('1.3')
  await expect(byId(page, 'text-size-button').first()).toContainText('特大')

  await byId(page, 'text-size-button').first().click() // back to 标准 for the other tests
  await byId(page, 'text-size-100').first().click()
  await expect.poll(scale).toBe('1')
})
