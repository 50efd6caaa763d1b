import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import * as admin from '../../api/admin'
import AuditChain from './AuditChain.vue'

vi.mock('../../api/admin', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/admin')>()
  return { ...orig, auditHead: vi.fn(), verifyAudit: vi.fn() }
})

const api = vi.mocked(admin)
let wrapper: VueWrapper | undefined

const head = { count: 1234, lastId: 1234, hash: '9f3c2b1d0a4e5f67' + '0'.repeat(48), short: '9f3c 2b1d 0a4e 5f67' }

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function type(selector: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(selector)
  if (!input) throw new Error(`no input ${selector}`)
  input.value = value
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

function verification(over: Partial<admin.AuditVerification>): admin.AuditVerification {
  return { checked: 1234, problems: [], more: 0, head, anchors: [], noChain: false, ...over } as unknown as admin.AuditVerification
}

beforeEach(async () => {
  vi.clearAllMocks()
  api.auditHead.mockResolvedValue(head as admin.AuditHead)
  wrapper = mount(AuditChain, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('AuditChain', () => {
  it('shows the head to write down', () => {
    expect(byTestId('audit-head-value').textContent).toBe('第 1234 条　9f3c 2b1d 0a4e 5f67')
  })

  it('sends the heads typed in and shows each result', async () => {
    await type('[data-testid="audit-anchor-count"] input', '1200')
    await type('input[data-testid="audit-anchor-hash"]', '9F3C 2B1D 0A4E 5F67')
    byTestId('audit-anchor-add').click()
    await flushPromises()
    expect(byTestId('audit-anchor-list').textContent).toContain('第 1200 条 9f3c 2b1d 0a4e 5f67')

    api.verifyAudit.mockResolvedValue(
      verification({
        anchors: [
          { count: 1200, hash: '9f3c2b1d0a4e5f67', source: '手工输入', takenAt: '', status: 'match', message: '一致' },
          { count: 900, hash: 'aaaabbbbccccdddd', source: '备份文件 halldesk-20251101-090000-auto-n900-aaaabbbbccccdddd.db', takenAt: '2025-11-01T01:00:00Z', status: 'before-restore', message: '恢复前的数据，不再适用（2025-11-20 10:00 恢复过数据，见第1100条记录）' },
        ] as admin.AnchorResult[],
        lastRestore: { id: 1100, at: '2025-11-20T02:00:00Z', operatorId: 1, operatorName: '其其格', action: '恢复数据', entity: '数据备份', entityId: 0, detail: '' },
      }),
    )
    byTestId('audit-verify').click()
    await flushPromises()
    expect(api.verifyAudit).toHaveBeenCalledWith([{ count: 1200, hash: '9f3c2b1d0a4e5f67' }])
    expect(byTestId('audit-verify-result').textContent).toContain('审计日志完整：已校验 1234 条记录，校验链没有断开。')
    expect(byTestId('audit-verify-result').textContent).toContain('核对链头 2 个，其中一致 1 个。')
    const results = byTestId('audit-anchor-results').textContent ?? ''
    expect(results).toContain('一致')
    expect(results).toContain('恢复前的数据，不再适用')
    expect(document.body.textContent).toContain('最近一次恢复数据：2025-11-20 10:00')
    expect(wrapper?.emitted('verified')).toHaveLength(1)
  })

  it('refuses a hash that is not 16 hex characters', async () => {
    await type('[data-testid="audit-anchor-count"] input', '5')
    await type('input[data-testid="audit-anchor-hash"]', '9f3c 2b1d')
    byTestId('audit-anchor-add').click()
    await flushPromises()
    expect(document.body.textContent).toContain('校验码应为16位十六进制字符')
    expect(document.querySelector('[data-testid="audit-anchor-list"]')).toBeNull()
  })

  it('lists the problems of a broken chain', async () => {
    api.verifyAudit.mockResolvedValue(
      verification({
        checked: 6,
        broken: { entry: { id: 0 }, kind: 'truncated', reason: '审计日志被截断：记下的链头（手工输入）显示至少有8条，现只有6条' },
        problems: [{ entry: { id: 0 }, kind: 'truncated', reason: '审计日志被截断：记下的链头（手工输入）显示至少有8条，现只有6条' }],
      } as unknown as admin.AuditVerification),
    )
    byTestId('audit-verify').click()
    await flushPromises()
    expect(byTestId('audit-verify-result').textContent).toContain('审计日志被改动：已校验 6 条记录，发现 1 处问题。')
    expect(byTestId('audit-problems').textContent).toContain('现只有6条')
  })
})
