// replica.spec.ts: 旗县汇总 with a folder target, then a new PC restored from it.
//
//   1. the administrator opens 系统管理 → 旗县汇总: nothing is set up; a plain-http WebDAV
//      address is refused next to its field;
//   2. a folder target passes 测试连接 and is saved: the state soon says everything reached the
//      banner, with the time and the size, and the folder holds the replica; 停止复制 (after a
//      confirmation) stops it, as the old PC must before a new one takes over its replica;
//   3. a second, fresh server (a new PC) offers 从旗县服务器恢复 on its first-start screen: the
//      same folder, the latest state; afterwards the hall's administrator signs in with their own
//      account and sees the hall's name.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test, expect, ADMIN, HALL } from './fixtures'
import { startServer, stopServer, type Server } from './support'
import { byId, confirmBox, fill, loginScreen, openAdmin, signIn, toast } from './ui'

test.describe.configure({ mode: 'serial' })

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const replicaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halldesk-e2e-banner-'))
test.afterAll(() => fs.rmSync(replicaDir, { recursive: true, force: true }))

test('旗县汇总：设置文件夹副本并看到复制状态', async ({ page, foundation, shot }) => {
  expect(foundation.head.residentId).toBeGreaterThan(0)
  await page.goto('/#/login')
  await signIn(page, ADMIN)
  await openAdmin(page, '旗县汇总')
  await expect(byId(page, 'replica-not-configured').first()).toBeVisible()

  await test.step('plain http refused', async () => {
    await byId(page, 'replica-kind-webdav').first().click()
    await fill(page, 'replica-url', 'http://banner.invalid/dav')
    await fill(page, 'replica-path', '/hall01')
    await byId(page, 'replica-save').first().click()
    await expect(page.locator('.el-form-item__error').first()).toContainText('不接受 http:// 地址')
    await expect(byId(page, 'replica-not-configured').first(), '被拒绝的设置不应保存').toBeVisible()
  })

  await test.step('folder target', async () => {
    await byId(page, 'replica-kind-folder').first().click()
    await fill(page, 'replica-path', path.join(replicaDir, 'hall01'))
    await byId(page, 'replica-test').first().click()
    await expect(byId(page, 'replica-test-result').first()).toContainText('连接成功')
    await byId(page, 'replica-save').first().click()
    await toast(page, /已保存，开始复制/)
    await byId(page, 'replica-refresh').first().click()
    await expect(byId(page, 'replica-lag').first()).toContainText('已全部传到旗县', { timeout: 20_000 })
    await expect(byId(page, 'replica-last').first()).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    await expect(byId(page, 'replica-size').first()).toContainText(/KB|MB|字节/, { timeout: 20_000 })
    expect(fs.existsSync(path.join(replicaDir, 'hall01', 'ltx')), '副本文件夹里应有副本').toBe(true)
    await shot('replica-caught-up')
  })

  await test.step('stop (the old PC goes away before the new one restores)', async () => {
    await byId(page, 'replica-stop').first().click()
    await confirmBox(page)
    await toast(page, /已停止复制/)
    await expect(byId(page, 'replica-not-configured').first()).toBeVisible()
  })
})

test('新电脑：从旗县服务器恢复', async ({ browser, shot }, info) => {
  const bin = path.resolve(process.env.HALLDESK_BIN || path.join(repoRoot, 'build/bin/halldesk'))
  let fresh: Server | undefined
  try {
    fresh = await startServer({ bin, cwd: repoRoot, logFile: path.join(info.outputDir, 'new-pc.log') })
    const page = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage()
    await page.goto(fresh.base + '/')
    await byId(page, 'setup-open-restore').first().click()
    await byId(page, 'setup-replica-kind-folder').first().click()
    await fill(page, 'setup-replica-path', path.join(replicaDir, 'hall01'))
    await byId(page, 'setup-replica-test').first().click()
    await expect(byId(page, 'setup-replica-test-result').first()).toContainText('最新的副本写于')
    await shot('new-pc-restore')
    await byId(page, 'setup-replica-submit').first().click()
    await confirmBox(page)
    await loginScreen(page)
    await signIn(page, ADMIN)
    await expect(page.locator('.hall-name').first()).toContainText(HALL.name)
    await shot('new-pc-restored')
  } finally {
    await stopServer(fresh)
  }
})
