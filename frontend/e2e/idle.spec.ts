// idle.spec.ts: the idle logout while a petition is typed, against its spec file's server, whose
// sessions end after 12 seconds without activity (HALLDESK_IDLE_SECONDS, a setting for tests only,
// README 开发者; the page warns 3 seconds ahead and keeps alive every 3 seconds at that scale).
//
//   1. typing counts as activity: 16 seconds of typing in the facts, no request of the form's own,
//      and the session lives on (the page sends keep-alives);
//   2. left alone, the page warns with a countdown; 继续工作 keeps the session;
//   3. left alone again, the session ends: a sign-in dialog opens over the form, which is intact;
//      signing in there goes on with the same page;
//   4. the session ends behind the page's back (as a server restart or a restore does): 登记 opens
//      the sign-in dialog, and after signing in the petition is registered.
import path from 'node:path'
import type { Browser } from '@playwright/test'

import { test, expect, ADMIN, HALL } from './fixtures'
import type { Server } from './support'
import { byId, choose, fill, signIn, valueOf } from './ui'

const IDLE_SECONDS = 12

// This spec file's server ends sessions after IDLE_SECONDS without activity.
test.use({ serverEnv: { HALLDESK_IDLE_SECONDS: String(IDLE_SECONDS) } })

/** setUpHall does the first-start setup of the short-idle server and checks its idle time. */
async function setUpHall(server: Server) {
  const res = await fetch(`${server.base}/api/SystemService/Setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify([{
      hall: { hallName: HALL.name, township: HALL.township, banner: HALL.banner, phone: HALL.phone, supervisionPhone: '', idleMinutes: 0 },
      admin: { id: 0, username: ADMIN.username, name: ADMIN.name, role: 'admin', phone: '', password: ADMIN.password },
    }]),
  })
  expect(res.ok, `初始设置：HTTP ${res.status}`).toBe(true)
  expect((await res.json()).idleSeconds, '该服务器按测试设置的秒数无操作退出').toBe(IDLE_SECONDS)
}

async function openPage(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  return { page, errors, close: () => context.close() }
}

test('长时间未操作：打字算操作，提前提醒，过期后在原页面重新登录并完成登记', async ({ browser, server, outDir }) => {
  await setUpHall(server)
  const { page, errors, close } = await openPage(browser, server.base)
  const shot = (name: string) => page.screenshot({ path: path.join(outDir, `idle-${name}.png`), fullPage: true })
  try {
    await page.goto('/#/login')
    await signIn(page, ADMIN)
    await page.goto('/#/petitions/new')
    await byId(page, 'pt-mode-new').first().click()
    await fill(page, 'pt-name', '额尔敦')
    await fill(page, 'pt-address', '巴图塔村二组5号')
    await choose(page, page, 'pt-category', '土地草场')
    await fill(page, 'pt-request', '请求重新核定草场面积。')

    // 1. typing, with no request of the form's own, keeps the session
    const keepAlives: string[] = []
    page.on('request', (r) => r.url().endsWith('/api/SystemService/Status') && keepAlives.push(r.url()))
    await byId(page, 'pt-facts').first().click()
    const words = ['二〇二四年', '承包的草场', '被邻户', '围栏占用', '约十五亩，', '多次协商', '未果，', '请求核实。']
    for (const w of words) {
      await page.keyboard.type(w)
      await page.waitForTimeout(2000) // 8 × 2 s: longer than the idle time, without a request of the form's own
    }
    expect(keepAlives.length, '打字期间页面发出保持会话的请求').toBeGreaterThan(0)
    await expect(byId(page, 'reauth-password')).toHaveCount(0)
    const typed = words.join('')
    expect(await valueOf(page, 'pt-facts')).toBe(typed)

    // 2. left alone: the warning with its countdown; 继续工作 keeps the session
    const countdown = byId(page, 'idle-countdown').first()
    await expect(countdown, '退出前提醒').toBeVisible({ timeout: 15_000 })
    await expect(countdown).toContainText(/\d+ 秒后将自动退出登录/)
    await shot('warning')
    await byId(page, 'idle-keep').first().click()
    await expect(countdown).toBeHidden()

    // 3. left alone again: the session ends and the sign-in dialog opens over the intact form
    const password = byId(page, 'reauth-password').first()
    await expect(password, '会话过期后在原页面弹出登录框').toBeVisible({ timeout: 25_000 })
    await expect(byId(page, 'reauth-username').first()).toHaveValue(ADMIN.username)
    expect(new URL(page.url()).hash).toBe('#/petitions/new')
    expect(await valueOf(page, 'pt-facts')).toBe(typed)
    await shot('reauth-dialog')
    await password.fill(ADMIN.password)
    await byId(page, 'reauth-submit').first().click()
    await expect(byId(page, 'reauth-password')).toHaveCount(0)

    // 4. the session ends behind the page's back; 登记 signs in again and completes
    const out = await page.request.post('/api/AuthService/Logout', { data: [] })
    expect(out.ok()).toBe(true)
    const registered = page.waitForResponse((r) => r.url().endsWith('/api/PetitionService/Register') && r.ok())
    await byId(page, 'pt-submit').first().click()
    await expect(password, '登记时发现已退出，弹出登录框').toBeVisible()
    expect(await valueOf(page, 'pt-facts')).toBe(typed)
    await password.fill(ADMIN.password)
    await byId(page, 'reauth-submit').first().click()
    const saved = await (await registered).json()
    await expect(byId(page, 'pt-number').first(), '登录后登记完成，打开信访事项').toHaveText(saved.number)
    expect(new URL(page.url()).hash).toBe(`#/petitions/${saved.id}`)
    expect(errors, '页面脚本出错').toEqual([])
  } finally {
    await close()
  }
})
