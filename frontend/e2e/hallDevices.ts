// hallDevices.ts: a hall device (取号机, 叫号屏, 评价器, 查询机) in a browser of its own, as the
// device stories need it. The browser asks to be paired (DeviceService.Begin from its own request
// context, so its cookie is the device's) and the administrator approves it through the API.
import type { Browser, Page } from '@playwright/test'

import type { Foundation } from './fixtures'
import { check, clip } from './support'

/** DeviceSpec is how the administrator pairs the device: its name, role and (a pad's) window. */
export interface DeviceSpec {
  name: string
  role: 'kiosk' | 'screen' | 'pad' | 'lookup'
  window: number
  viewport?: { width: number; height: number }
}

/** pairDevice opens a new browser context on base, has it paired as spec says and returns its
 * page opened at the device route. */
export async function pairDevice(browser: Browser, base: string, foundation: Foundation, spec: DeviceSpec): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, viewport: spec.viewport ?? { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const res = await context.request.post('/api/DeviceService/Begin', { data: [] })
  check(res.ok(), `申请配对：HTTP ${res.status()} ${clip(await res.text())}`)
  const { code } = (await res.json()) as { code: string }
  const list = await foundation.call<{ id: number; code: string; status: string }[]>('DeviceService', 'List')
  const dev = list.find((d) => d.code === code && d.status === 'pending')
  check(!!dev, `待配对的设备 ${code}`)
  await foundation.call('DeviceService', 'Approve', { id: dev!.id, code, name: spec.name, role: spec.role, window: spec.window })
  const page = await context.newPage()
  await page.goto('/#/device')
  return page
}

/** WindowSpec is a queue group for one catalog item and the window that serves it, tied to an
 * operator's seat. */
export interface WindowSpec {
  prefix: string
  group: string
  itemId: number
  no: number
  window: string
  operatorId: number
}

/** tieWindow has the administrator set up the group and the window through the API. */
export async function tieWindow(foundation: Foundation, w: WindowSpec): Promise<void> {
  const cfg = await foundation.call<{ groups: { id: number; prefix: string }[] }>('QueueService', 'SaveGroup', {
    id: 0, prefix: w.prefix, name: w.group, itemIds: [w.itemId], itemNames: [], active: true, position: 0, version: 0,
  })
  const g = cfg.groups.find((x) => x.prefix === w.prefix)
  check(!!g, `队列 ${w.prefix} 已保存`)
  await foundation.call('QueueService', 'SaveWindow', {
    no: w.no, name: w.window, groupIds: [g!.id], groupNames: [], operatorId: w.operatorId, operatorName: '', paused: false, version: 0,
  })
}
