// devices.spec.ts: pairing one of the hall's devices and cutting it off. A fresh browser opens
// /#/device and sees only the pairing screen with its 6-digit code (no login, no staff menus); its
// calls to a device's methods and its event stream are refused while it waits. The administrator,
// in a browser of their own, opens 系统管理 → 大厅设备 (where another browser's request also
// waits), is refused a wrong code, then types the code the device shows and pairs it as 查询机;
// the device's screen switches to its page by itself. The administrator 停用s it: within seconds
// the device shows 此设备已被管理员停用, its calls are refused again, and it can ask to be paired
// anew. The audit log holds 配对 and 停用.
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { test, expect, ADMIN } from './fixtures'
import { byId, choose, confirmBox, dialogReady, fill, openAdmin, settled, signIn, toast } from './ui'

/** DEVICE_CALLS are methods only a paired device may call, one of each device role's. */
const DEVICE_CALLS = ['LookupService/Find', 'QueueService/Board', 'RatingPadService/Current', 'QueueService/Groups']

/** openBrowser is a second browser of its own (its own cookies), on the same server. */
async function openBrowser(browser: Browser, base: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  return { page, close: () => context.close() }
}

/** api posts a call from the page's own browser (its cookies) and returns the status and answer. */
async function api(page: Page, method: string, args: unknown[] = []): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ([m, a]) => {
      const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) })
      const text = await res.text()
      let body: any = null
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
      return { status: res.status, body }
    },
    [method, args] as const,
  )
}

/** deviceCallRefused checks that every device method of DEVICE_CALLS called from page is
 * refused as unpaired. */
async function deviceCallRefused(page: Page, what: string): Promise<void> {
  for (const m of DEVICE_CALLS) {
    const r = await api(page, m, m === 'LookupService/Find' ? ['K7M2Q9XA'] : [])
    expect(r.status, `${what}调用 ${m} 被拒绝`).toBe(403)
    expect(r.body?.code, `${what}调用 ${m} 的拒绝理由`).toBe('unpaired')
  }
}

/** eventsStatus is the HTTP status of the page's browser's GET /events (the body is not read). */
async function eventsStatus(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const ctl = new AbortController()
    const res = await fetch('/events', { signal: ctl.signal })
    ctl.abort()
    return res.status
  })
}

test('大厅设备：设备显示配对码，管理员输入配对码配对为查询机，停用后设备数秒内被切断', async ({ page, browser, server, foundation, shot, outDir }) => {
  const admin = await openBrowser(browser, server.base)
  let code = ''
  const adminShot = async (name: string) => {
    await settled(admin.page)
    await admin.page.screenshot({ path: path.join(outDir, `admin-${name}.png`), fullPage: true })
  }
  try {
    await test.step('device-shows-code', async () => {
      await page.goto('/#/device')
      const pairing = byId(page, 'pairing').first()
      await expect(pairing, '新设备只显示配对屏幕').toBeVisible()
      await expect(pairing).toContainText('系统管理 → 大厅设备')
      code = (await byId(page, 'pairing-code').first().getAttribute('aria-label')) ?? ''
      expect(code, '6位数字配对码').toMatch(/^\d{6}$/)
      expect(await page.getByTestId('login-username').count(), '设备不出现登录页').toBe(0)
      expect(await page.getByTestId('nav-admin').count(), '设备没有工作人员菜单').toBe(0)
      await shot('pairing-screen')
    })

    await test.step('unpaired-refused', async () => {
      await deviceCallRefused(page, '待配对的设备')
      expect(await eventsStatus(page), '待配对的设备收不到事件流').toBe(403)
      const stranger = await openBrowser(browser, server.base)
      try {
        await stranger.page.goto('/#/device')
        await expect(byId(stranger.page, 'pairing').first()).toBeVisible()
        await deviceCallRefused(stranger.page, '另一台未配对的设备')
      } finally {
        await stranger.close()
      }
    })

    await test.step('admin-pairs', async () => {
      await admin.page.goto('/#/login')
      await signIn(admin.page, ADMIN)
      await openAdmin(admin.page, '大厅设备')
      const requests = byId(admin.page, 'device-requests').first()
      await expect(requests.locator('tbody tr'), '管理员看到待配对的设备').not.toHaveCount(0)
      await expect(requests, '配对码不在管理员页面上显示').not.toContainText(code)
      await byId(admin.page, 'device-pair-code').first().click() // two requests wait: the code says which
      await dialogReady(admin.page)
      const wrong = code === '000000' ? '111111' : '000000'
      await fill(admin.page, 'device-code', wrong)
      await fill(admin.page, 'device-name', '大厅查询机')
      await choose(admin.page, admin.page, 'device-role', '查询机')
      await byId(admin.page, 'device-pair-submit').first().click()
      await expect(byId(admin.page, 'device-pair-form').first(), '配对码不对被拒绝').toContainText('配对码不对')
      await fill(admin.page, 'device-code', code)
      await adminShot('pair-dialog')
      await byId(admin.page, 'device-pair-submit').first().click()
      await toast(admin.page, /已配对/)
      const paired = byId(admin.page, 'device-paired').first()
      await expect(paired, '已配对列表').toContainText('大厅查询机')
      await expect(paired).toContainText('查询机')
      await expect(paired).toContainText(ADMIN.name)
      await adminShot('devices')
    })

    await test.step('device-switches', async () => {
      const devicePage = byId(page, 'device-page').first()
      await expect(devicePage, '设备自动切换到查询机页面').toBeVisible({ timeout: 10_000 })
      await expect(devicePage).toHaveAttribute('data-role', 'lookup')
      await expect(byId(page, 'pairing')).toHaveCount(0)
      expect(await eventsStatus(page), '已配对的设备可以收听事件流').toBe(200)
      await shot('lookup-page')
    })

    await test.step('admin-revokes', async () => {
      const paired = byId(admin.page, 'device-paired').first()
      await paired.locator('tr', { hasText: '大厅查询机' }).getByTestId('device-revoke').click()
      await expect(admin.page.locator('.el-message-box'), '停用前确认并说出设备名称').toContainText('大厅查询机')
      await confirmBox(admin.page)
      await toast(admin.page, /已停用/)
      await expect(byId(admin.page, 'device-revoked').first(), '已停用的设备列在下方').toContainText('大厅查询机')
      await expect(paired).not.toContainText('大厅查询机')
      const revoked = byId(page, 'revoked').first()
      await expect(revoked, '设备数秒内显示已停用').toBeVisible({ timeout: 8_000 })
      await expect(revoked).toContainText('此设备已被管理员停用')
      await expect(byId(page, 'device-page')).toHaveCount(0)
      await deviceCallRefused(page, '已停用的设备')
      expect(await eventsStatus(page), '已停用的设备收不到事件流').toBe(403)
      await shot('revoked')
      await adminShot('revoked')
    })

    await test.step('ask-again', async () => {
      await byId(page, 'revoked').first().getByRole('button', { name: '申请重新配对' }).click()
      await confirmBox(page)
      const again = byId(page, 'pairing-code').first()
      await expect(again, '重新显示新的配对码').toBeVisible()
      expect(await again.getAttribute('aria-label')).toMatch(/^\d{6}$/)
    })

    await test.step('audit', async () => {
      const log = await foundation.call('AuditService', 'List', { operatorId: 0, entity: '大厅设备', action: '', from: null, to: null, page: 1, pageSize: 50 })
      const lines = (log.items as { action: string; detail: string; operatorName: string }[]).map((i) => `${i.action} ${i.operatorName} ${i.detail}`)
      expect(lines.some((l) => l.startsWith(`配对 ${ADMIN.name} 大厅查询机（查询机`)), `审计日志有配对：${lines}`).toBe(true)
      expect(lines.some((l) => l.startsWith(`停用 ${ADMIN.name} 大厅查询机`)), `审计日志有停用：${lines}`).toBe(true)
    })
  } finally {
    await admin.close()
  }
})
