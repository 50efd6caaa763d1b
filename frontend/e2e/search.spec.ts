// search.spec.ts: the residents search box as a clerk uses it, on the seeded foundation (the
// household of 张伟, 李秀英 and 张晓).
//
//   1. typing 张伟 key by key, without Enter, asks the server once, after the typing pauses,
//      and the table shows 张伟 only;
//   2. a slow answer to an older query (张, held back by the test for two seconds) arrives after
//      the answer to the newer one (张伟) and must not replace it;
//   3. the last four characters of an ID number and of a phone number find the resident;
//   4. emptying the box lists everyone again at once.
import { test, expect, ADMIN } from './fixtures'
import { check, waitFor } from './support'
import { byId, fill, settled } from './ui'

/** The pause (ms) after which the box asks the server; SEARCH_DELAY in src/utils/latest.ts. */
const DELAY = 300

test('群众搜索', async ({ page, shot, foundation }) => {
  const admin = ADMIN
  const people = { head: foundation.head, spouse: foundation.spouse }
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  const head = people.head
  const searches = [] // texts of the Search requests, in the order sent
  const isSearch = (r) => r.url().endsWith('/api/ResidentService/Search') && r.method() === 'POST'
  const textOf = (r) => JSON.parse(r.postData() || '[{}]')[0]?.text ?? ''
  page.on('request', (r) => {
    if (isSearch(r)) searches.push(textOf(r))
  })

  /** names reads the names in the residents table. */
  async function names() {
    return (await byId(page, 'resident-row').allInnerTexts()).map((s) => s.trim()).sort()
  }

  /** shows waits until the table lists exactly want (sorted names). */
  async function shows(want, what) {
    await waitFor(`${what}：表格只列出 ${want.join('、') || '（无）'}`, async () => {
      await settled(page)
      return JSON.stringify(await names()) === JSON.stringify([...want].sort())
    })
  }

  /** typeSlowly types text into the search box key by key, as a person does. */
  async function typeSlowly(text, delay = 60) {
    const box = byId(page, 'resident-search').first()
    await box.click()
    await box.pressSequentially(text, { delay })
  }

  await test.step('search-login', async () => {
    await expect(byId(page, 'login-username').first()).toBeVisible()
    await fill(page, 'login-username', admin.username)
    await fill(page, 'login-password', admin.password)
    await byId(page, 'login-submit').first().click()
    await expect(byId(page, 'current-operator').first()).toBeVisible()
    await byId(page, 'nav-residents').first().click()
    await expect(byId(page, 'resident-search').first()).toBeVisible()
    await settled(page)
  })

  await test.step('search-as-you-type', async () => {
    const all = await names()
    check(all.includes(head.name) && all.some((n) => n !== head.name && n.startsWith('张')),
      `基础数据里应有${head.name}和另一位姓张的群众：${all.join('、')}`)
    searches.length = 0
    await typeSlowly(head.name)
    await shows([head.name], `输入「${head.name}」后不按回车`)
    await page.waitForTimeout(DELAY * 2)
    check(searches.length === 1 && searches[0] === head.name,
      `逐字输入「${head.name}」应只在停顿后查询一次，实际查询：${JSON.stringify(searches)}`)
    check(new URL(page.url()).hash.includes(encodeURIComponent(head.name)), `查询条件应写进地址栏：${page.url()}`)
    await shot('search-as-you-type')
  })

  await test.step('search-stale-answer-dropped', async () => {
    await byId(page, 'resident-search').first().fill('')
    await waitFor('清空后列出全部群众', async () => (await names()).length >= 3)
    // The answer to 张 is held back until after the answer to 张伟 has been shown.
    let released = false
    await page.route('**/api/ResidentService/Search', async (route) => {
      if (textOf(route.request()) === '张') {
        await new Promise((r) => setTimeout(r, 2000))
        released = true
      }
      await route.continue()
    })
    try {
      await typeSlowly('张')
      await page.waitForTimeout(DELAY + 200) // 张 is asked, and held back
      const answered = page.waitForResponse((r) => isSearch(r.request()) && textOf(r.request()) === '张', { timeout: 10_000 })
      await typeSlowly(head.name.slice(1))
      await shows([head.name], '较新的查询「张伟」')
      await answered
      check(released, '测试没有拦住较早的查询「张」')
      await page.waitForTimeout(300)
      await shows([head.name], '较早的「张」迟到的结果不应覆盖「张伟」的结果')
    } finally {
      await page.unroute('**/api/ResidentService/Search')
    }
    await shot('search-stale-dropped')
  })

  await test.step('search-tails', async () => {
    for (const [what, tail] of [['身份证号码后四位', head.id.slice(-4)], ['手机号码后四位', head.phone.slice(-4)]]) {
      await byId(page, 'resident-search').first().fill('')
      await typeSlowly(tail)
      await shows([head.name], `${what}「${tail}」`)
    }
    await shot('search-tail')
  })

  await test.step('search-cleared', async () => {
    searches.length = 0
    await byId(page, 'resident-search').first().fill('')
    await waitFor('清空后立即列出全部群众', async () => (await names()).length >= 3, { timeout: DELAY * 5 })
    check(searches.length >= 1 && searches[0] === '', `清空后应立即查询全部：${JSON.stringify(searches)}`)
  })
})
