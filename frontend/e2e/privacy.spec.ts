// privacy.spec.ts: what a role without the reveal permission sees of a resident's numbers, on the
// seeded foundation (张伟 with his ID number and phone).
//
//   1. the administrator adds a supervisor (督导), who may not reveal numbers;
//   2. the supervisor finds 张伟 on 群众查询: the ID number shows its last 4 characters only
//      (**************xxxx), the phone 138****5678, the age and no birth date, in the list and on
//      the resident's page, with no 查看 button;
//   3. searching by the whole phone number is refused with a message in Chinese and an empty
//      table; the last 4 digits still find him.
import { test, expect, ADMIN } from './fixtures'
import { check, clip, waitFor } from './support'
import { byId, fill, newOperator, openAdmin, settled, signIn, signOut, toast } from './ui'

const SUPERVISOR = { username: 'aodeng', name: '敖登', role: '督导', password: 'Dudao-2026!yz' }

test('号码遮挡', async ({ page, shot, foundation }) => {
  const admin = ADMIN
  const people = { head: foundation.head, spouse: foundation.spouse }
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  const head = people.head
  const masked = '*'.repeat(14) + head.id.slice(14)
  const birth = `${head.id.slice(6, 10)}-${head.id.slice(10, 12)}-${head.id.slice(12, 14)}`
  const isSearch = (r) => r.url().endsWith('/api/ResidentService/Search') && r.request().method() === 'POST'

  /** search types text in the residents box, presses 查询 and returns the server's answer. */
  async function search(text) {
    await byId(page, 'nav-residents').first().click()
    await expect(byId(page, 'resident-search').first()).toBeVisible()
    await fill(page, 'resident-search', text)
    const answer = page.waitForResponse((r) => isSearch(r) && (r.request().postData() ?? '').includes(JSON.stringify(text)))
    await byId(page, 'resident-search-btn').first().click()
    return answer
  }

  await test.step('privacy-add-supervisor', async () => {
    await signIn(page, admin)
    await openAdmin(page, '操作员管理')
    await newOperator(page, SUPERVISOR)
    await signOut(page)
  })

  await test.step('privacy-list-masked', async () => {
    await signIn(page, SUPERVISOR)
    const res = await search(head.name)
    check(res.ok(), `督导按姓名查询失败：HTTP ${res.status()}`)
    const body = await res.json()
    const me = body.items.find((r) => r.name === head.name)
    check(me && me.idNumber === masked && me.birthDate === '' && me.age > 0, `服务端应只给后4位和年龄、不给出生日期：${clip(me)}`)
    const row = byId(page, 'resident-table').first().locator('.el-table__body .el-table__row').filter({ hasText: head.name }).first()
    await expect(row).toBeVisible()
    const text = await row.innerText()
    check(text.includes(masked) && text.includes('138****5678'), `列表应显示 ${masked} 和 138****5678：${clip(text)}`)
    check(!text.includes(head.id.slice(0, 6)) && !text.includes(birth), `列表不应显示地址码或出生日期：${clip(text)}`)
    check(text.includes(String(me.age)), `列表应显示年龄 ${me.age}：${clip(text)}`)
    await shot('privacy-list')
  })

  await test.step('privacy-detail-age-only', async () => {
    const row = byId(page, 'resident-table').first().locator('.el-table__body .el-table__row').filter({ hasText: head.name }).first()
    await row.click()
    const detail = byId(page, 'resident-detail').first()
    await expect(detail).toBeVisible()
    await settled(page)
    const text = await detail.innerText()
    check(text.includes(masked) && text.includes('年龄'), `详情应显示 ${masked} 和年龄：${clip(text)}`)
    check(!text.includes('出生日期') && !text.includes(birth), `详情不应显示出生日期：${clip(text)}`)
    check((await page.getByTestId('reveal-id').count()) === 0 && (await page.getByTestId('reveal-phone').count()) === 0,
      '督导不应看到“查看”完整号码的按钮')
    await shot('privacy-detail')
  })

  await test.step('privacy-long-search-refused', async () => {
    const res = await search(head.phone)
    check(res.status() >= 400, `按完整手机号查询应被拒绝：HTTP ${res.status()}`)
    const msg = await toast(page, /后4位/)
    check(msg.includes('只能按身份证号码或电话号码的后4位查询'), `应提示只能按后4位查询：${clip(msg)}`)
    // the rows of the previous search are not left standing as if they were the answer
    await waitFor('被拒绝的查询后表格为空', async () =>
      (await byId(page, 'resident-table').first().locator('.el-table__body .el-table__row').count()) === 0)
    await shot('privacy-long-search-refused')
  })

  await test.step('privacy-tail-search', async () => {
    const res = await search(head.phone.slice(-4))
    check(res.ok(), `按手机号后4位查询失败：HTTP ${res.status()}`)
    const body = await res.json()
    check(body.items.some((r) => r.name === head.name), `后4位应找到${head.name}：${clip(body.items.map((r) => r.name))}`)
    await signOut(page)
  })
})
