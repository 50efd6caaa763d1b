// lookup.spec.ts: the citizen looks their case up with the receipt's query code, and a supervisor
// verifies a printed document.
//
//   1. a clerk takes in a case and prints its 受理回执 at the counter: the receipt carries the
//      query code (查询码) and, in its footer and metadata, its document number (文书编号);
//   2. a second browser, paired as 查询机 (the administrator approves it through the API), types
//      the code from the receipt and sees the item, the stage and the masked applicant's name,
//      never the full name; a code that matches nothing gets the neutral answer;
//   3. the supervisor uploads the receipt in 系统管理 → 文书核验: 真实有效; the same file with one
//      byte changed: 内容已被改动.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'

import { test, expect, CLERK } from './fixtures'
import { byId, signIn, signOut } from './ui'
import { downloadPdf, expectInPdf } from './documents'
import { check } from './support'

const SUPERVISOR = { username: 'narenhua', name: '娜仁花', role: '督导', password: 'Dudao-2026!lk' }
const ITEM_CODE = 'YB-01'

/** pageCall posts an API call with the page's own session (its cookies). */
async function pageCall<T = any>(page: Page, method: string, args: unknown[]): Promise<T> {
  const r = await page.evaluate(
    async ([m, a]) => {
      const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) })
      return { status: res.status, text: await res.text() }
    },
    [method, args] as const,
  )
  check(r.status === 200, `${method} 被拒绝：HTTP ${r.status} ${r.text}`)
  return JSON.parse(r.text)
}

test('查询机凭回执查询码查询办件进度；文书核验识别真实与被改动的回执', async ({ page, browser, server, foundation, outDir, shot }) => {
  await foundation.addOperator(CLERK)
  await foundation.addOperator(SUPERVISOR)
  const items: { id: number; code: string; name: string; materials: { name: string }[] }[] = await foundation.call('CatalogService', 'List', false)
  const item = items.find((i) => i.code === ITEM_CODE)!

  let code = ''
  let number = ''
  let receiptFile = ''
  await test.step('clerk-prints-receipt', async () => {
    await page.goto('/#/login')
    await signIn(page, CLERK)
    const cs = await pageCall(page, 'CaseService/Intake', [{
      applicantId: foundation.head.residentId, itemId: item.id, ledger: '', source: '大厅窗口', summary: '',
      received: item.materials.map((m) => m.name), acceptMissing: false, intakeNote: '', ticketId: 0,
    }])
    await page.goto(`/#/cases/${cs.id}`)
    receiptFile = path.join(outDir, '受理回执.pdf')
    const doc = await downloadPdf(page, byId(page, 'print-receipt').first(), receiptFile)
    const m = doc.flat.match(/查询码：([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8})/)
    check(m, `回执上应有查询码；pdftotext：${doc.text.slice(0, 300)}`)
    code = m![1]
    const n = doc.flat.match(/HD\d{13}/)
    check(n, '回执页脚应有文书编号')
    number = n![0]
    expectInPdf(doc, ['查询机查询办理进度', item.name])
    expect(fs.readFileSync(receiptFile).toString('latin1'), '文书编号写入 PDF 元数据').toContain(`/Keywords (DocNo:${number})`)
    await signOut(page)
  })

  const device = await browser.newContext({ baseURL: server.base, viewport: { width: 1280, height: 1024 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const kiosk = await device.newPage()
  try {
    await test.step('pair-lookup-terminal', async () => {
      await kiosk.goto('/#/device')
      const pairing = byId(kiosk, 'pairing-code').first()
      await expect(pairing, '新设备显示配对码').toBeVisible()
      const pairCode = (await pairing.getAttribute('aria-label')) ?? ''
      const list: { id: number; code: string }[] = await foundation.call('DeviceService', 'List')
      const req = list.find((d) => d.code === pairCode)
      check(req, `待配对列表中应有配对码 ${pairCode}`)
      await foundation.call('DeviceService', 'Approve', { id: req!.id, code: pairCode, name: '大厅查询机', role: 'lookup', window: 0 })
      await expect(byId(kiosk, 'lookup-page').first(), '配对后设备自动显示查询页').toBeVisible({ timeout: 15_000 })
    })

    await test.step('lookup-by-code', async () => {
      const field = byId(kiosk, 'lookup-code').first()
      await expect(field, '查询码输入框自动获得焦点（扫码器直接输入）').toBeFocused()
      await kiosk.keyboard.type(code.toLowerCase())
      await kiosk.keyboard.press('Enter')
      const answer = byId(kiosk, 'lookup-answer').first()
      await expect(byId(kiosk, 'lookup-item').first()).toHaveText(item.name)
      await expect(byId(kiosk, 'lookup-stage').first()).not.toBeEmpty()
      await expect(byId(kiosk, 'lookup-applicant').first(), '申请人姓名遮盖').toHaveText('张某某')
      await expect(answer, '不显示完整姓名').not.toContainText(foundation.head.name)
      await expect(answer, '不显示身份证号').not.toContainText(foundation.head.id.slice(-4))
      await kiosk.screenshot({ path: path.join(outDir, 'lookup-terminal.png') })
    })

    await test.step('wrong-code-neutral', async () => {
      await byId(kiosk, 'lookup-again').first().click()
      for (const k of 'ZZZZ2345') await byId(kiosk, `lookup-key-${k}`).first().click()
      await expect(byId(kiosk, 'lookup-code').first()).toHaveValue('ZZZZ2345')
      await byId(kiosk, 'lookup-submit').first().click()
      const answer = byId(kiosk, 'lookup-answer').first()
      await expect(answer).toContainText('未查到该查询码对应的办件或排队号')
      await expect(byId(kiosk, 'lookup-item'), '错误查询码不显示任何办件信息').toHaveCount(0)
      await kiosk.screenshot({ path: path.join(outDir, 'lookup-wrong-code.png') })
    })
  } finally {
    await device.close()
  }

  await test.step('verify-documents', async () => {
    await page.goto('/#/login')
    await signIn(page, SUPERVISOR)
    await page.goto('/#/admin/verify')
    const result = byId(page, 'verify-result').first()
    await page.getByTestId('verify-file').setInputFiles(receiptFile)
    await expect(result, '原样上传的回执核验为真实有效').toHaveAttribute('data-verdict', 'genuine')
    await expect(byId(page, 'verify-verdict').first()).toHaveText('真实有效')
    await expect(result).toContainText(number)
    await expect(result).toContainText('受理回执')
    await expect(result).toContainText(CLERK.name)
    await shot('verify-genuine')

    const bytes = fs.readFileSync(receiptFile)
    bytes[Math.floor(bytes.length / 3)] ^= 0x01
    const altered = path.join(outDir, '受理回执-改动一个字节.pdf')
    fs.writeFileSync(altered, bytes)
    await page.getByTestId('verify-file').setInputFiles(altered)
    await expect(result, '改动一个字节的回执核验为已被改动').toHaveAttribute('data-verdict', 'altered')
    await expect(byId(page, 'verify-verdict').first()).toHaveText('内容已被改动')
    await shot('verify-altered')
  })
})
