// prints.spec.ts: the print shop of HallDesk (宣传印刷), on the seeded foundation (the hall and the
// village 巴图塔村).
//
//   1. the administrator picks two service items and prints the pocket guide (口袋书) folded for
//      A4 duplex: a PDF download whose text holds both items' names, and the dialog that says how
//      to print and fold it; then the same guide as single pages;
//   2. nothing picked: a message, no request;
//   3. a leaflet (宣传单) for one item and a custom notice;
//   4. this month's counts show what was printed;
//   5. contact cards (民情联系卡) for a village: the 民情联系卡 tab leads to the cadre registry, where
//      the administrator adds a cadre of 巴图塔村 and prints the village's cards.
//
// Every document is downloaded (browser mode), kept in test-output/e2e/<spec>/ and read back with pdftotext.
import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { test, expect, ADMIN } from './fixtures'
import { check, clip, exact, waitFor } from './support'
import { byId, choose, dialogClosed, fill, settled } from './ui'
import { downloadPdf, expectInPdf } from './documents'

const GUIDE_ITEMS = ['最低生活保障新申请', '城乡居民医保参保登记']
const GUIDE = { subtitle: '低保·医保办事指南', copies: '50' }
const LEAFLET_ITEM = '城乡居民医保参保登记'
const NOTICE = {
  title: '关于城乡居民医保集中缴费的通知',
  paragraphs: ['各位村民：2027年度城乡居民医保集中缴费已经开始，请大家按时缴费，避免影响明年看病报销。', '行动不便的老人可由家人代缴，也可以请驻村干部帮忙代办。'],
  fact: { label: '缴费时间', value: '即日起至12月31日' },
  contacts: '乌兰木伦镇便民服务大厅 0477-8612345',
}
const CADRE = { name: '额尔敦巴雅尔', position: '驻村工作队队长', unit: '乌兰木伦镇人民政府', phone: '13947755123', type: '驻村干部' }
const VILLAGE = '巴图塔村'

test('宣传印刷', async ({ page, shot, foundation, outDir }) => {
  const admin = ADMIN
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  // ---- helpers ----

  /** clickDownload clicks the button, keeps the PDF as outDir/<name>.pdf and returns its text. */
  const clickDownload = (button, name) => downloadPdf(page, button, path.join(outDir, `${name}.pdf`))

  function pages(file) {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '' }
  }

  const guideItem = (name) => page.locator(`[data-testid="guide-item"][data-name="${name}"]`).filter({ visible: true }).first()
  const isChecked = (loc) => loc.evaluate((n) => n.classList.contains('is-checked'))
  const tabOf = (label) => byId(page, 'prints-tabs').first().locator('.el-tabs__item').filter({ hasText: exact(label) })

  /** countOf reads this month's count of a kind from the panel on top. */
  async function countOf(kind) {
    const text = await byId(page, 'print-counts').first().locator(`[data-kind="${kind}"]`).innerText()
    return Number(/\d+/.exec(text)?.[0] ?? NaN)
  }

  async function openPrints() {
    await byId(page, 'nav-prints').first().click()
    await expect(byId(page, 'prints-tabs').first()).toBeVisible()
    await waitFor('事项清单加载完成', async () => (await byId(page, 'guide-item').count()) >= GUIDE_ITEMS.length)
  }

  // ---- 1. the pocket guide ----

  await test.step('prints-open', async () => {
    if (!(await byId(page, 'current-operator').count())) {
      await expect(byId(page, 'login-username').first()).toBeVisible()
      await fill(page, 'login-username', admin.username)
      await fill(page, 'login-password', admin.password)
      await byId(page, 'login-submit').first().click()
    }
    const op = byId(page, 'current-operator').first()
    await expect(op).toBeVisible()
    await expect(op, `右上角显示当前操作员 ${admin.name}`).toContainText(admin.name)
    await openPrints()
    check(new URL(page.url()).hash.startsWith('#/prints'), `应在宣传印刷页，实际地址 ${page.url()}`)
    const categories = await byId(page, 'guide-category-all').evaluateAll((els) => els.map((e) => e.dataset.category))
    check(['医保', '养老', '低保'].every((c) => categories.includes(c)), `事项应按类别分组（医保、养老、低保）：${clip(categories)}`)
    for (const name of GUIDE_ITEMS) check((await guideItem(name).count()) === 1, `事项清单中应有「${name}」`)
    await shot('prints-guide')
  })

  await test.step('prints-guide-nothing-chosen', async () => {
    let asked = false
    const onRequest = (r) => r.url().endsWith('/api/PrintService/PocketGuide') && (asked = true)
    page.on('request', onRequest)
    try {
      await byId(page, 'guide-print').first().click()
      const err = byId(page, 'guide-error').first()
      await expect(err).toBeVisible()
      check(/请至少选择一个服务事项/.test(await err.innerText()), `没有选事项时应提示“请至少选择一个服务事项”：${await err.innerText()}`)
      await page.waitForTimeout(300)
      check(!asked, '没有选事项时不应请求服务端')
      await shot('prints-guide-nothing-chosen')
    } finally {
      page.off('request', onRequest)
    }
  })

  let bookletText = null
  await test.step('prints-guide-booklet', async () => {
    for (const name of GUIDE_ITEMS) {
      await guideItem(name).click()
      await waitFor(`「${name}」已勾选`, () => isChecked(guideItem(name)))
    }
    await expect(byId(page, 'guide-chosen').first(), '已选 2 项').toContainText('已选 2 ')
    await expect(byId(page, 'guide-error'), '勾选事项后“请至少选择”的提示应消失').toHaveCount(0)
    await fill(page, 'guide-subtitle', GUIDE.subtitle)
    await fill(page, 'guide-copies', GUIDE.copies)
    await page.keyboard.press('Tab') // el-input-number takes the typed number on change
    await choose(page, page, 'guide-booklet', '折页打印（A4双面）')
    await page.waitForTimeout(400) // the radio buttons' colour transition
    await shot('prints-guide-chosen')
    const doc = await clickDownload(byId(page, 'guide-print').first(), 'guide-booklet')
    check(doc.suggested.includes('折页打印'), `折页打印的文件名应带“折页打印”：${doc.suggested}`)
    const { pages: n, size } = pages(doc.file)
    check(n >= 2 && n % 2 === 0, `折页打印应为双面的 A4 纸（偶数页），实际 ${n} 页`)
    check(/595(\.\d+)? x 841|841(\.\d+)? x 595/.test(size), `折页打印应为 A4 纸：${size}`)
    bookletText = doc
    // The hint dialog: how to print duplex and fold.
    const hint = byId(page, 'guide-hint').first()
    await expect(hint).toBeVisible()
    const text = await hint.innerText()
    check(/双面打印/.test(text) && /长边翻转/.test(text) && /对折/.test(text), `应说明双面打印、长边翻转和对折：${clip(text)}`)
    await settled(page)
    await shot('prints-guide-hint')
    await byId(page, 'guide-hint-ok').first().click()
    await dialogClosed(page)
  })

  await test.step('prints-guide-booklet-text', async () => {
    // Pages of the booklet's top row are upside down; pdftotext still reads the text.
    expectInPdf(bookletText, GUIDE_ITEMS)
  })

  await test.step('prints-guide-single', async () => {
    await choose(page, page, 'guide-booklet', '单页（屏幕阅读）')
    const doc = await clickDownload(byId(page, 'guide-print').first(), 'guide-single')
    const { pages: n, size } = pages(doc.file)
    check(/297(\.\d+)? x 419/.test(size), `单页口袋书应为 A6 页面（297 x 420 pt）：${size}`)
    check(n >= 4, `单页口袋书应有封面、目录、正文和封底，实际 ${n} 页`)
    expectInPdf(doc, [...GUIDE_ITEMS, '惠民政策口袋书', GUIDE.subtitle])
    // the order of the sections follows the catalog: 医保 before 低保
    const at = GUIDE_ITEMS.map((name) => doc.flat.lastIndexOf(name))
    check(at[1] < at[0], `正文中医保事项应排在低保事项之前：${clip(at)}`)
    await page.waitForTimeout(300)
    await expect(byId(page, 'guide-hint'), '单页输出不应弹出折页打印说明').toHaveCount(0)
  })

  // ---- 2. leaflets ----

  await test.step('prints-leaflet-item', async () => {
    await tabOf('宣传单').click()
    await expect(byId(page, 'leaflet-item').first()).toBeVisible()
    await choose(page, page, 'leaflet-item', LEAFLET_ITEM)
    await shot('prints-leaflet-item')
    const doc = await clickDownload(byId(page, 'leaflet-print').first(), 'leaflet-item')
    expectInPdf(doc, [LEAFLET_ITEM])
    check(pages(doc.file).size.startsWith('595'), `宣传单应为 A4 纸：${pages(doc.file).size}`)
  })

  await test.step('prints-leaflet-custom', async () => {
    await choose(page, page, 'leaflet-mode', '自定义通知')
    await fill(page, 'leaflet-title', NOTICE.title)
    await byId(page, 'leaflet-paragraph-add').first().click()
    await expect(byId(page, 'leaflet-paragraph'), '出现第二段').toHaveCount(2)
    const paras = byId(page, 'leaflet-paragraph')
    for (const [i, p] of NOTICE.paragraphs.entries()) {
      const el = paras.nth(i)
      const own = (await el.evaluate((n) => n.tagName.toLowerCase())) === 'textarea'
      await (own ? el : el.locator('textarea')).fill(p)
    }
    await fill(page, 'leaflet-fact-label', NOTICE.fact.label)
    await fill(page, 'leaflet-fact-value', NOTICE.fact.value)
    await fill(page, 'leaflet-contacts', NOTICE.contacts)
    await shot('prints-leaflet-custom')
    const doc = await clickDownload(byId(page, 'leaflet-print').first(), 'leaflet-custom')
    expectInPdf(doc, [NOTICE.title, ...NOTICE.paragraphs, NOTICE.fact.label, NOTICE.fact.value, NOTICE.contacts])
  })

  // ---- 3. this month's counts ----

  await test.step('prints-counts', async () => {
    // the form keeps 50 copies: 50 folded + 50 single-page guides; two leaflets of 1 copy each
    await waitFor('本月印发统计：口袋书 100 本、宣传单 2 份', async () => (await countOf('口袋书')) === 100 && (await countOf('宣传单')) === 2)
    await settled(page)
    await shot('prints-counts')
  })

  // ---- 4. contact cards for a village ----

  await test.step('prints-cards-tab', async () => {
    await tabOf('民情联系卡').click()
    const go = byId(page, 'prints-cards-go').first()
    await expect(go).toBeVisible()
    await page.waitForTimeout(400) // the tabs' ink bar slides over
    await shot('prints-cards-tab')
    await go.click()
    await expect(byId(page, 'cadre-table').first()).toBeVisible()
    check(new URL(page.url()).hash.startsWith('#/cadres'), `应转到干部名册，实际地址 ${page.url()}`)
  })

  await test.step('prints-cadre-add', async () => {
    await byId(page, 'cadre-new').first().click()
    await expect(byId(page, 'cd-name').first()).toBeVisible()
    await fill(page, 'cd-name', CADRE.name)
    await choose(page, page, 'cd-type', CADRE.type)
    await fill(page, 'cd-position', CADRE.position)
    await fill(page, 'cd-unit', CADRE.unit)
    await fill(page, 'cd-phone', CADRE.phone)
    // a multiple select stays open after a pick: close it by clicking the dialog's title
    const villages = byId(page, 'cd-villages').first()
    const option = page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(VILLAGE) }).first()
    await waitFor(`联系嘎查村的选项中出现「${VILLAGE}」`, async () => {
      if (await option.isVisible()) return true
      if (!(await page.locator('.el-select-dropdown:visible').count())) await villages.click()
      return false
    })
    await option.click()
    await expect(villages, `联系嘎查村显示「${VILLAGE}」`).toContainText(VILLAGE)
    await page.locator('.el-dialog:visible .el-dialog__title').click()
    await expect(page.locator('.el-select-dropdown:visible'), '下拉框收起').toHaveCount(0)
    await shot('prints-cadre-form')
    await byId(page, 'cd-submit').first().click()
    await dialogClosed(page)
    const row = byId(page, 'cadre-table').first().locator('.el-table__row').filter({ hasText: CADRE.name })
    await expect(row.first()).toBeVisible()
    const text = await row.first().innerText()
    check(text.includes(VILLAGE) && text.includes(CADRE.phone), `干部名册中 ${CADRE.name} 应联系 ${VILLAGE}、电话 ${CADRE.phone}：${clip(text)}`)
  })

  await test.step('prints-cards-village', async () => {
    await choose(page, page, 'cadre-village', VILLAGE)
    const table = byId(page, 'cadre-table').first()
    await waitFor(`名册只列出 ${VILLAGE} 的干部`, async () => {
      const names = (await table.getByTestId('cadre-row').allInnerTexts()).map((s) => s.trim())
      return names.includes(CADRE.name) && (await table.locator('.el-table__row').allInnerTexts()).every((t) => t.includes(VILLAGE))
    })
    const button = byId(page, 'cards-village-print').first()
    await waitFor('“打印本村全部干部的联系卡”可以点击', () => button.isEnabled())
    await button.click()
    const what = byId(page, 'cards-what').first()
    await expect(what).toBeVisible()
    await expect(what, `打印对话框应说明打印 ${VILLAGE} 的联系卡：${await what.innerText()}`).toContainText(VILLAGE)
    await settled(page)
    await shot('prints-cards-dialog')
    const doc = await clickDownload(byId(page, 'cards-confirm').first(), 'cards-village')
    check(doc.suggested.includes(VILLAGE), `联系卡文件名应带村名：${doc.suggested}`)
    expectInPdf(doc, [CADRE.name, CADRE.phone, CADRE.position])
    await dialogClosed(page)
    await settled(page)
    await shot('prints-cards-printed')
  })

  await test.step('prints-counts-cards', async () => {
    await openPrints()
    await waitFor('本月印发统计：民情联系卡 1 张', async () => (await countOf('民情联系卡')) >= 1)
    await settled(page)
  })
})
