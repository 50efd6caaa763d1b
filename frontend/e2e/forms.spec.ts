// forms.spec.ts: what a form does with a hurried hand, on the seeded foundation (the hall, 巴图塔村,
// 张伟, 李秀英 and 张晓).
//
//   1. Ctrl+Enter pressed twice on a likely duplicate saves nothing: the question opens on 返回核对,
//      so the second press (or Enter) goes back; 张伟 keeps one open 医保参保登记 case;
//   2. an empty petition form marks every missing field at once and puts the cursor in the first,
//      at the top of the page, although the save button is at the bottom;
//   3. a result list drawn under a resting mouse pointer: Enter picks the first row, not the one
//      under the pointer;
//   4. 全部收齐 ticks the required materials only: a newborn's birth certificate stays unticked.
import type { Page } from '@playwright/test'
import { test, expect, ADMIN } from './fixtures'
import { byId, signIn } from './ui'

const ITEM = { name: '城乡居民医保参保登记', required: '居民身份证或户口簿', optional: '出生医学证明' }

test.describe.configure({ mode: 'serial' })

/** material is the checkbox of one material in the checklist. */
function material(page: Page, name: string) {
  return page.locator(`[data-testid="material-check"][data-name="${name}"]`)
}

/** openCounter signs the administrator in and opens 办件受理. */
async function openCounter(page: Page) {
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await page.goto('/#/counter')
  await byId(page, 'intake-applicant').first().waitFor({ state: 'visible' })
}

/** pickApplicant types the name, Enter searches, Enter picks the first row. */
async function pickApplicant(page: Page, name: string) {
  const input = byId(page, 'intake-applicant').first()
  await input.fill(name)
  await input.press('Enter')
  await expect(page.locator('.picker .option.active .name')).toHaveText(name)
  await input.press('Enter')
  await expect(byId(page, 'picker-picked').first()).toContainText(name)
}

/** pickItem filters the item list by name and clicks the item. */
async function pickItem(page: Page, name: string) {
  const select = byId(page, 'intake-item').first()
  if (!(await page.locator('.el-select-dropdown:visible').count())) await select.click()
  await page.keyboard.type(name)
  await page.locator('.el-select-dropdown__item:visible').filter({ has: page.locator('.opt-name', { hasText: name }) }).first().click()
  await expect(page.locator('.savebar-info')).toContainText(name)
  await expect(page.locator('.el-select-dropdown:visible')).toHaveCount(0)
}

test('连按两次 Ctrl+Enter 不会重复受理', async ({ page, foundation, shot }) => {
  const items = await foundation.call<{ id: number; name: string }[]>('CatalogService', 'List', false)
  const item = items.find((i) => i.name === ITEM.name)!
  expect(item, `目录中应有「${ITEM.name}」`).toBeTruthy()
  const head = foundation.head.residentId
  // 张伟 already has an open case of the item
  await foundation.call('CaseService', 'Intake', {
    applicantId: head, itemId: item.id, ledger: '', source: '大厅窗口', summary: '', received: [ITEM.required], acceptMissing: false, intakeNote: '',
  })
  const openCases = async () => (await foundation.call<unknown[]>('CaseService', 'OpenFor', head, item.id)).length
  expect(await openCases()).toBe(1)

  await openCounter(page)
  await pickApplicant(page, foundation.head.name)
  await pickItem(page, ITEM.name)
  await expect(byId(page, 'intake-duplicates').first()).toBeVisible()
  await byId(page, 'materials-all').first().click()

  await page.keyboard.press('Control+Enter')
  const box = page.locator('.el-message-box')
  await expect(box).toContainText('可能重复受理')
  await expect(box.getByRole('button', { name: '返回核对' }), '问话框打开时光标应在“返回核对”').toBeFocused()
  await shot('duplicate-question')
  await page.keyboard.press('Control+Enter') // the second press of a hurried hand
  await expect(box).toBeHidden()
  await page.keyboard.press('Control+Enter') // asks again …
  await expect(box).toBeVisible()
  await expect(box.getByRole('button', { name: '返回核对' })).toBeFocused()
  await page.keyboard.press('Enter') // … and Enter goes back too
  await expect(box).toBeHidden()
  await expect(byId(page, 'intake-result')).toHaveCount(0)
  expect(await openCases(), '连按 Ctrl+Enter 或回车不应再受理一件').toBe(1)

  // going on needs the deliberate choice
  await page.keyboard.press('Control+Enter')
  await box.getByRole('button', { name: '仍要受理' }).click()
  await expect(byId(page, 'intake-number').first()).toBeVisible()
  expect(await openCases()).toBe(2)
})

test('信访登记一次标出所有漏填项，并回到第一项', async ({ page, foundation, shot }) => {
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await page.goto('/#/petitions/new')
  const submit = byId(page, 'pt-submit').first()
  await submit.scrollIntoViewIfNeeded()
  await submit.click()

  const errorAt = (testid: string) => page.locator('.el-form-item').filter({ has: page.getByTestId(testid) }).locator('.el-form-item__error')
  await expect(byId(page, 'intake-applicant-error').first(), '应提示选择信访人').toContainText('选择信访人')
  await expect(errorAt('pt-category'), '类别应同时标出').toContainText('请选择信访事项类别')
  await expect(errorAt('pt-request'), '信访请求应同时标出').toContainText('请填写信访请求')
  await expect(errorAt('pt-facts'), '事实经过应同时标出').toContainText('请填写事实经过')
  const first = byId(page, 'intake-applicant').first()
  await expect(first, '第一项应滚到眼前').toBeInViewport()
  await expect(first, '光标应在第一项').toBeFocused()
  await shot('petition-every-missing-field')
})

test('鼠标停在结果列表上时，回车选第一条', async ({ page, foundation }) => {
  expect(foundation.child.residentId).toBeGreaterThan(0)
  await openCounter(page)
  const input = byId(page, 'intake-applicant').first()
  await input.fill('张')
  await input.press('Enter')
  const options = page.getByTestId('picker-option')
  await expect(options).toHaveCount(2)
  const firstName = (await options.nth(0).locator('.name').innerText()).trim()
  const secondName = (await options.nth(1).locator('.name').innerText()).trim()
  // the pointer comes to rest where the second row is, then the list goes away …
  const spot = (await options.nth(1).boundingBox())!
  await page.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2)
  await expect(page.locator('.picker .option.active .name'), '移动鼠标会选中它下面的一行').toHaveText(secondName)
  await input.fill('')
  await expect(options).toHaveCount(0)
  // … and is drawn again under the resting pointer while the clerk types
  await input.pressSequentially('张')
  await expect(options).toHaveCount(2)
  // the browser has put the new second row under the resting pointer (and sent its enter/over events)
  await expect.poll(() => options.nth(1).evaluate((el) => el.matches(':hover'))).toBe(true)
  await expect(page.locator('.picker .option.active .name'), '键盘的第一条不被停着的鼠标抢走').toHaveText(firstName)
  await input.press('Enter')
  await expect(byId(page, 'picker-picked').first()).toContainText(firstName)
})

test('全部收齐只勾必需材料', async ({ page, foundation }) => {
  await openCounter(page)
  await pickApplicant(page, foundation.spouse.name)
  await pickItem(page, ITEM.name)
  await byId(page, 'materials-all').first().click()
  await expect(material(page, ITEM.required).locator('input')).toBeChecked()
  await expect(material(page, ITEM.optional).locator('input'), '选交的出生医学证明不应被勾选').not.toBeChecked()
  await expect(byId(page, 'intake-missing')).toHaveCount(0)
})
