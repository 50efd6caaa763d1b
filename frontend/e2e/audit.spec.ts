// audit.spec.ts: the administrator checks the audit log's integrity, on the seeded foundation.
//
//   1. 审计日志 shows the audit chain's head: the line count and a 16-character check code in
//      four groups, for the administrator to write down;
//   2. the head written down is typed into 核对记下的链头, and 校验完整性 reports the log whole
//      and that head in agreement (一致);
//   3. the check itself is a line of the log.
import { test, expect, ADMIN } from './fixtures'
import { check, waitFor } from './support'
import { byId, fill, openAdmin, settled } from './ui'

/** HEAD is how the screen shows the head: 第 1234 条　9f3c 2b1d 0a4e 5f67. */
const HEAD = /^第 (\d+) 条\s+([0-9a-f]{4}(?: [0-9a-f]{4}){3})$/

test('审计日志', async ({ page, shot, foundation }) => {
  const admin = ADMIN
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')

  let written = null // the head as the administrator writes it down

  await test.step('audit-login', async () => {
    await expect(byId(page, 'login-username').first()).toBeVisible()
    await fill(page, 'login-username', admin.username)
    await fill(page, 'login-password', admin.password)
    await byId(page, 'login-submit').first().click()
    await expect(byId(page, 'current-operator').first()).toBeVisible()
    await openAdmin(page, '审计日志')
    await expect(byId(page, 'audit-table').first()).toBeVisible()
  })

  await test.step('audit-head-shown', async () => {
    const value = byId(page, 'audit-head-value').first()
    await expect(value).toBeVisible()
    const text = (await value.innerText()).trim()
    const m = HEAD.exec(text)
    check(m !== null, `链头应显示为“第 N 条 xxxx xxxx xxxx xxxx”，实际：${text}`)
    written = { count: m[1], hash: m[2] }
    check(Number(written.count) > 0, `链头条数应大于0：${text}`)
    await settled(page)
    await shot('audit-head')
  })

  await test.step('audit-verify-whole', async () => {
    await fill(page, 'audit-anchor-count', written.count)
    await fill(page, 'audit-anchor-hash', written.hash)
    await byId(page, 'audit-anchor-add').first().click()
    await waitFor('记下的链头加入核对列表', async () =>
      (await byId(page, 'audit-anchor-list').first().innerText()).includes(`第 ${written.count} 条 ${written.hash}`))
    await byId(page, 'audit-verify').first().click()
    const result = byId(page, 'audit-verify-result').first()
    await expect(result).toBeVisible()
    const text = await result.innerText()
    check(/审计日志完整：已校验 \d+ 条记录/.test(text), `校验结果应为完整，实际：${text}`)
    const anchors = await byId(page, 'audit-anchor-results').first().innerText()
    check(anchors.includes('手工输入') && anchors.includes('一致'), `记下的链头应核对一致，实际：${anchors}`)
    // the check itself is logged, and the head moves on by that line
    await expect(byId(page, 'audit-table').first().locator('.el-table__row').filter({ hasText: '校验' }).first()).toBeVisible()
    await waitFor('链头随校验记录前进', async () => {
      const m = HEAD.exec((await byId(page, 'audit-head-value').first().innerText()).trim())
      return m !== null && Number(m[1]) > Number(written.count)
    })
    await shot('audit-verified', { quiet: true })
  })
})
