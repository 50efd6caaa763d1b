// call-screen-restart.spec.ts: the hall's TV keeps working across a restart of the host. The
// administrator sets up group A and window 1 tied to the clerk and pairs a call screen (a browser
// of its own). The clerk calls A001 and the screen shows it. Then the host restarts: the server
// process stops and starts again on the same port and data folder. Nobody touches the TV: it
// reconnects by itself, the clerk calls A002 and the screen shows it without a reload, still
// paired with the cookie it had before.
import path from 'node:path'
import { request, type APIRequestContext, type Page } from '@playwright/test'

import { test, expect, ADMIN, CLERK, type Operator } from './fixtures'
import { check, clip } from './support'
import { byId } from './ui'
import { pairDevice, tieWindow } from './hallDevices'

test.describe.configure({ mode: 'serial' })

const ITEM = '城乡居民医保参保登记'
const DEVICE_COOKIE = 'halldesk_device'

/** signedIn is an API client of base signed in as who (its own cookies). */
async function signedIn(base: string, who: Operator): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: base })
  const res = await api.post('/api/AuthService/Login', { data: [{ username: who.username, password: who.password }] })
  check(res.ok(), `${who.name} 登录：HTTP ${res.status()} ${clip(await res.text())}`)
  return api
}

/** post calls one API method and returns its answer's JSON. */
async function post<T>(api: APIRequestContext, service: string, method: string, ...args: unknown[]): Promise<T> {
  const res = await api.post(`/api/${service}/${method}`, { data: args })
  check(res.ok(), `${service}.${method}：HTTP ${res.status()} ${clip(await res.text())}`)
  return (await res.json()) as T
}

test('主机重启后叫号屏自行重连，不刷新页面也显示新的叫号，并保持配对', async ({ browser, server, foundation, restartServer, outDir }) => {
  const story = {} as { screen: Page; groupId: number; cookie: string }

  /** callOne has the reception issue a ticket of group A and the clerk, who finishes the citizen
   * at the window first (办结), call the next one; both sign in afresh. */
  const callOne = async () => {
    const desk = await signedIn(server.base, ADMIN)
    const clerk = await signedIn(server.base, CLERK)
    try {
      await post(desk, 'QueueService', 'Issue', { groupId: story.groupId, idNumber: '', priority: '' })
      const panel = await post<{ current: { id: number } | null }>(clerk, 'QueueService', 'MyWindow')
      if (panel.current) await post(clerk, 'QueueService', 'Finish', panel.current.id)
      await post(clerk, 'QueueService', 'CallNext')
    } finally {
      await desk.dispose()
      await clerk.dispose()
    }
  }

  await test.step('admin-sets-up-window-1-and-pairs-the-screen', async () => {
    const clerkId = await foundation.addOperator(CLERK)
    const items = await foundation.call<{ id: number; name: string }[]>('CatalogService', 'List', false)
    const item = items.find((i) => i.name === ITEM)
    check(!!item, `目录中有「${ITEM}」`)
    await tieWindow(foundation, { prefix: 'A', group: '医保养老', itemId: item!.id, no: 1, window: '医保窗口', operatorId: clerkId })
    const cfg = await foundation.call<{ groups: { id: number; prefix: string }[] }>('QueueService', 'Config')
    story.groupId = cfg.groups.find((g) => g.prefix === 'A')!.id
    story.screen = await pairDevice(browser, server.base, foundation, { name: '大厅叫号屏', role: 'screen', window: 0, viewport: { width: 1280, height: 720 } })
    await expect(byId(story.screen, 'call-screen').first(), '配对后显示叫号屏').toBeVisible({ timeout: 15_000 })
    const cookie = (await story.screen.context().cookies()).find((c) => c.name === DEVICE_COOKIE)
    check(!!cookie, '叫号屏的浏览器保存了设备凭据')
    story.cookie = cookie!.value
  })

  await test.step('the-screen-shows-a-call-before-the-restart', async () => {
    await callOne()
    await expect(byId(story.screen, 'called-number').first()).toHaveText('A001', { timeout: 5_000 })
    // A mark on the page's window: a reload would drop it.
    await story.screen.evaluate(() => ((window as unknown as { sameScreen: boolean }).sameScreen = true))
  })

  await test.step('the-host-restarts', async () => {
    // While the host is away the screen says so; the stream did drop.
    const lost = expect(byId(story.screen, 'connection-lost').first(), '主机停止时叫号屏提示连接中断').toBeVisible({ timeout: 10_000 })
    await restartServer()
    await lost
    check(server.health.ok === true, '重启后的服务正常')
  })

  await test.step('the-screen-shows-the-next-call-without-a-reload', async () => {
    const s = story.screen
    await callOne()
    await expect(byId(s, 'called-number').first(), '重启后叫号屏自行重连并显示新的叫号').toHaveText('A002', { timeout: 15_000 })
    await expect(byId(s, 'window-1').first()).toContainText('A002')
    await expect(byId(s, 'recent').first()).toContainText('A001')
    await expect(byId(s, 'connection-lost'), '重连后不再提示连接中断').toHaveCount(0)
    expect(await s.evaluate(() => (window as unknown as { sameScreen?: boolean }).sameScreen), '页面没有重新加载').toBe(true)
  })

  await test.step('the-screen-is-still-paired', async () => {
    const s = story.screen
    await expect(byId(s, 'pairing'), '重启后不需要重新配对').toHaveCount(0)
    await expect(byId(s, 'device-page').first()).toHaveAttribute('data-role', 'screen')
    const cookie = (await s.context().cookies()).find((c) => c.name === DEVICE_COOKIE)
    expect(cookie?.value, '设备凭据没有变').toBe(story.cookie)
    await s.screenshot({ path: path.join(outDir, 'call-screen-after-restart.png') })
  })
})
