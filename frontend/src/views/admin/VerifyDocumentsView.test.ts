import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import * as lookupApi from '../../api/lookup'
import type { VerifyResult } from '../../api/lookup'
import VerifyDocumentsView from './VerifyDocumentsView.vue'

vi.mock('../../api/lookup', () => ({ verifyFile: vi.fn(), verifyNumber: vi.fn() }))
const api = vi.mocked(lookupApi)
let wrapper: VueWrapper | undefined

const registered = { number: 'HD2026120600012', kind: '受理回执', about: '2026J0001', fileName: '受理回执-2026J0001.pdf', pages: 1,
  sha256: 'ab'.repeat(32), printedAt: '2026-12-06T02:00:00Z', printedBy: '宝音' }

beforeEach(() => {
  api.verifyFile.mockReset()
  api.verifyNumber.mockReset()
  wrapper = mount(VerifyDocumentsView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

/** choose puts a file into the hidden file input as a user's choice would. */
async function choose(file: File) {
  const input = wrapper!.find('[data-testid="verify-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('VerifyDocumentsView', () => {
  it('sends an uploaded PDF as base64 and shows the verdict with what the register says', async () => {
    api.verifyFile.mockResolvedValue({ verdict: 'altered', label: '内容已被改动', message: '已被改动。', number: registered.number,
      document: registered, sha256: 'cd'.repeat(32) } as VerifyResult)
    await choose(new File(['%PDF-1.3'], '回执.pdf', { type: 'application/pdf' }))
    expect(api.verifyFile).toHaveBeenCalledWith(btoa('%PDF-1.3'), '回执.pdf')
    const result = wrapper!.find('[data-testid="verify-result"]')
    expect(result.attributes('data-verdict')).toBe('altered')
    expect(result.text()).toContain('内容已被改动')
    expect(result.text()).toContain('宝音')
    expect(result.text()).toContain('2026-12-06 10:00:00')
  })

  it('checks a typed number, and refuses a file too large before sending it', async () => {
    api.verifyNumber.mockResolvedValue({ verdict: 'unknown', label: '无法核验', message: '不存在', number: 'HD2026120600013', sha256: '' } as VerifyResult)
    await wrapper!.find('input[data-testid="verify-number"], [data-testid="verify-number"] input').setValue('HD2026120600013')
    await wrapper!.find('[data-testid="verify-number-check"]').trigger('click')
    await flushPromises()
    expect(api.verifyNumber).toHaveBeenCalledWith('HD2026120600013')
    expect(wrapper!.find('[data-testid="verify-result"]').attributes('data-verdict')).toBe('unknown')

    const big = new File(['x'], 'big.pdf')
    Object.defineProperty(big, 'size', { value: 16 << 20 })
    await choose(big)
    expect(api.verifyFile).not.toHaveBeenCalled()
    expect(wrapper!.text()).toContain('文件太大')
  })
})
