// mongolian.spec.ts: the administrator gives the hall its Mongolian texts and prints them, on the
// seeded foundation.
//
//   1. 系统管理 → 蒙古文 opens with every field empty and the label table empty (HallDesk ships no
//      translations);
//   2. Chinese typed into a Mongolian field is refused with a clear message, and nothing is saved;
//   3. the hall's name, township and banner in Mongolian and the Mongolian of the title 政策宣传单
//      are saved; after a reload they are still there, and the vertical preview shows them as they
//      print: columns top to bottom, running from left to right, in the bundled Mongolian font;
//   4. a cadre's Mongolian name is saved with the cadre, comes back in the form and prints on the
//      cadre's contact card;
//   5. a leaflet with a Mongolian title and paragraph is printed: the downloaded PDF holds the hall's
//      Mongolian name, the leaflet's Mongolian and its Chinese, read back with pdftotext.
import path from 'node:path'

import { test, expect, ADMIN, HALL } from './fixtures'
import { check, clip, exact } from './support'
import { byId, choose, dialogClosed, fill, openAdmin, settled, toast, valueOf } from './ui'
import { downloadPdf, expectInPdf } from './documents'

// The hall's Mongolian, typed as Unicode: Ulaanmoron town's service hall, the town, Ejin Horo banner.
const MN = {
  hallName: 'ᠤᠯᠠᠭᠠᠨᠮᠦᠷᠡᠨ ᠪᠠᠯᠭᠠᠰᠤ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠲᠥᠪ',
  township: 'ᠤᠯᠠᠭᠠᠨᠮᠦᠷᠡᠨ ᠪᠠᠯᠭᠠᠰᠤ',
  banner: 'ᠡᠵᠢᠨ ᠬᠣᠷᠤᠭ᠎ᠠ ᠬᠣᠱᠢᠭᠤ',
  leafletLabel: 'ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭᠠᠨ ᠤ ᠬᠠᠭᠤᠳᠠᠰᠤ',
}
const CADRE = { name: '额尔敦巴雅尔', mongolian: 'ᠡᠷᠳᠡᠨᠢᠪᠠᠶᠠᠷ', phone: '13947755124', type: '驻村干部' }
const NOTICE = {
  title: '医保集中缴费通知',
  paragraph: '2027年度城乡居民医保集中缴费已经开始，请按时缴费。',
  mongolianTitle: 'ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠭᠠᠯ',
  mongolian: 'ᠰᠤᠮᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠲᠦᠮᠡᠨ ᠳᠦ\nᠬᠤᠷᠢᠶᠠᠮᠵᠢ ᠪᠡᠨ ᠴᠠᠭ ᠲᠤ ᠨᠢ ᠲᠥᠯᠥᠭᠡᠷᠡᠢ',
}

test('蒙古文', async ({ page, shot, foundation, outDir }) => {
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')
  const preview = byId(page, 'mn-masthead-preview').first().getByTestId('mn-preview-text')

  await test.step('mn-open', async () => {
    await fill(page, 'login-username', ADMIN.username)
    await fill(page, 'login-password', ADMIN.password)
    await byId(page, 'login-submit').first().click()
    await expect(byId(page, 'current-operator').first()).toBeVisible()
    await openAdmin(page, '蒙古文')
    await expect(byId(page, 'mn-labels').first()).toBeVisible()
    const rows = byId(page, 'mn-labels').first().locator('.el-table__body .el-table__row')
    await expect(rows.first()).toBeVisible()
    const titles = (await rows.locator('td:first-child').allInnerTexts()).map((s) => s.trim())
    for (const zh of ['受理回执', '政策宣传单', '干部民情联系卡', '办公时间']) check(titles.includes(zh), `标签表应列出「${zh}」：${titles.join('、')}`)
    await expect(byId(page, 'mn-labels-filled').first()).toHaveText('已填写 0 项')
    for (const k of ['hallName', 'township', 'banner', 'address', 'officeHours']) {
      check((await valueOf(page, `mn-${k}`)) === '', `初始时 mn-${k} 应为空`)
    }
    await expect(byId(page, 'mn-form').first(), '中文名称显示在蒙古文旁边').toContainText(HALL.name)
    await settled(page)
    await shot('mn-open')
  })

  await test.step('mn-refused', async () => {
    await fill(page, 'mn-hallName', `${MN.hallName} 便民服务大厅`)
    await byId(page, 'mn-submit').first().click()
    const item = byId(page, 'mn-hallName').first().locator('xpath=ancestor::div[contains(@class,"el-form-item")][1]')
    await expect(item.locator('.el-form-item__error'), '汉字被拒绝并说明原因').toContainText('只能填写蒙古文')
    await shot('mn-refused')
    await page.reload()
    await expect(byId(page, 'mn-labels').first()).toBeVisible()
    check((await valueOf(page, 'mn-hallName')) === '', '被拒绝的内容不应保存')
  })

  await test.step('mn-save', async () => {
    await fill(page, 'mn-hallName', MN.hallName)
    await fill(page, 'mn-township', MN.township)
    await fill(page, 'mn-banner', MN.banner)
    await fill(page, 'mn-label-政策宣传单', MN.leafletLabel)
    await expect(byId(page, 'mn-labels-filled').first()).toHaveText('已填写 1 项')
    await byId(page, 'mn-submit').first().click()
    await toast(page, /蒙古文已保存/)
  })

  await test.step('mn-reload-preview', async () => {
    await page.reload()
    await expect(byId(page, 'mn-labels').first()).toBeVisible()
    await expect.poll(() => valueOf(page, 'mn-hallName'), '重新打开后蒙古文名称仍在').toBe(MN.hallName)
    check((await valueOf(page, 'mn-banner')) === MN.banner, '旗县蒙古文应保存')
    check((await valueOf(page, 'mn-label-政策宣传单')) === MN.leafletLabel, '「政策宣传单」的蒙古文应保存')
    check((await valueOf(page, 'mn-label-受理回执')) === '', '未填写的标签仍为空')
    // the preview: vertical columns, left to right, in the bundled font
    await expect(preview).toBeVisible()
    const columns = preview.locator('.mn-column')
    expect(await columns.allTextContents()).toEqual([MN.hallName, MN.township, MN.banner])
    const layout = await preview.evaluate(async (el) => {
      await document.fonts.ready
      const cs = getComputedStyle(el)
      return {
        mode: cs.writingMode,
        font: [...document.fonts].some((f) => f.family.includes('HallDesk Mongolian') && f.status === 'loaded'),
        boxes: [...el.querySelectorAll('.mn-column')].map((c) => c.getBoundingClientRect()).map((r) => ({ left: r.left, width: r.width, height: r.height })),
      }
    })
    check(layout.mode === 'vertical-lr', `预览应竖排（vertical-lr），实际 ${layout.mode}`)
    check(layout.font, '蒙古文字体应已加载')
    check(layout.boxes[0].height > layout.boxes[0].width, `第一列应为竖长条：${JSON.stringify(layout.boxes[0])}`)
    check(layout.boxes[0].left < layout.boxes[1].left && layout.boxes[1].left < layout.boxes[2].left, `各列应从左到右排列：${JSON.stringify(layout.boxes)}`)
    await settled(page)
    await shot('mn-saved-preview')
    await byId(page, 'mn-masthead-preview').first().screenshot({ path: path.join(outDir, 'masthead-preview.png') })
  })

  await test.step('mn-cadre', async () => {
    await byId(page, 'nav-cadres').first().click()
    await expect(byId(page, 'cadre-table').first()).toBeVisible()
    await byId(page, 'cadre-new').first().click()
    await expect(byId(page, 'cd-name').first()).toBeVisible()
    await fill(page, 'cd-name', CADRE.name)
    await fill(page, 'cd-name-mn', CADRE.mongolian)
    await choose(page, page, 'cd-type', CADRE.type)
    await fill(page, 'cd-phone', CADRE.phone)
    await expect(page.locator('.el-dialog:visible [data-testid="mn-preview-text"]'), '干部姓名的蒙古文竖排预览').toHaveText(CADRE.mongolian)
    await shot('mn-cadre-form')
    await byId(page, 'cd-submit').first().click()
    await dialogClosed(page)
    const row = byId(page, 'cadre-table').first().locator('.el-table__row').filter({ hasText: CADRE.name }).first()
    await row.getByTestId('cadre-edit').click()
    await expect.poll(() => valueOf(page, 'cd-name-mn'), '重新打开干部表单，蒙古文姓名仍在').toBe(CADRE.mongolian)
    await page.keyboard.press('Escape')
    await dialogClosed(page)
    // the cadre's card: the Mongolian name beside the Chinese
    await row.locator('.el-checkbox').first().click()
    await byId(page, 'cards-print').first().click()
    await expect(byId(page, 'cards-what').first()).toBeVisible()
    const doc = await downloadPdf(page, byId(page, 'cards-confirm').first(), path.join(outDir, 'cards-mongolian.pdf'))
    expectInPdf(doc, [CADRE.mongolian, CADRE.name, CADRE.phone])
    await dialogClosed(page)
  })

  await test.step('mn-leaflet', async () => {
    await byId(page, 'nav-prints').first().click()
    const tabs = byId(page, 'prints-tabs').first()
    await expect(tabs).toBeVisible()
    await tabs.locator('.el-tabs__item').filter({ hasText: exact('宣传单') }).click()
    await choose(page, page, 'leaflet-mode', '自定义通知')
    await fill(page, 'leaflet-title', NOTICE.title)
    await fill(page, 'leaflet-paragraph', NOTICE.paragraph)
    await fill(page, 'leaflet-mongolian-title', NOTICE.mongolianTitle)
    await fill(page, 'leaflet-mongolian', NOTICE.mongolian)
    const lines = NOTICE.mongolian.split('\n')
    await expect(byId(page, 'leaflet-mongolian-preview').first().locator('.mn-column')).toHaveText(lines)
    await shot('mn-leaflet-form')
    const doc = await downloadPdf(page, byId(page, 'leaflet-print').first(), path.join(outDir, 'leaflet-mongolian.pdf'))
    expectInPdf(doc, [MN.hallName, NOTICE.mongolianTitle, ...lines, NOTICE.title, NOTICE.paragraph])
    check(!doc.text.includes('□'), `宣传单中不应有 □：${clip(doc.text, 300)}`)
  })
})
