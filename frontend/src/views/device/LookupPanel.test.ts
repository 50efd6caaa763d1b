import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import * as lookupApi from '../../api/lookup'
import { AppError } from '../../api/errors'
import type { LookupAnswer } from '../../api/lookup'
import LookupPanel from './LookupPanel.vue'

vi.mock('../../api/lookup', () => ({ findByCode: vi.fn() }))
const api = vi.mocked(lookupApi)
let wrapper: VueWrapper | undefined

const caseAnswer = {
  kind: 'case',
  case: { itemName: '最低生活保障新申请', stage: '待补正', missing: ['疾病诊断证明'], promisedDate: '材料补齐后受理',
    handlerName: '王丽娜', applicantName: '张某某' },
  message: '',
} as LookupAnswer

beforeEach(() => {
  vi.useFakeTimers()
  api.findByCode.mockReset()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
})

const text = (id: string) => wrapper!.find(`[data-testid="${id}"]`).text()

describe('LookupPanel', () => {
  it('takes a scanned code with Enter, shows the answer large, and goes back to an empty field after the timeout', async () => {
    api.findByCode.mockResolvedValue(caseAnswer)
    wrapper = mount(LookupPanel, { props: { resetSeconds: 5 }, attachTo: document.body })
    await flushPromises()
    const field = wrapper.find('[data-testid="lookup-code"]')
    expect(document.activeElement).toBe(field.element)
    await field.setValue('k7m2q9ab')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.findByCode).toHaveBeenCalledWith('k7m2q9ab')
    expect(text('lookup-item')).toBe('最低生活保障新申请')
    expect(text('lookup-stage')).toBe('待补正')
    expect(text('lookup-missing')).toBe('疾病诊断证明')
    expect(text('lookup-applicant')).toBe('张某某')
    expect(wrapper.find('[data-testid="lookup-key-A"]').exists()).toBe(false)
    vi.advanceTimersByTime(5000)
    await flushPromises()
    expect(wrapper.find('[data-testid="lookup-answer"]').exists()).toBe(false)
    expect((wrapper.find('[data-testid="lookup-code"]').element as HTMLInputElement).value).toBe('')
    expect(wrapper.emitted('reset')).toHaveLength(1)
  })

  it('types with the keypad of the code alphabet only, and shows the neutral answer and a refusal alike', async () => {
    wrapper = mount(LookupPanel, { attachTo: document.body })
    const keys = wrapper.findAll('[data-testid^="lookup-key-"]').map((k) => k.text())
    expect(keys.join('')).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ')
    for (const k of 'ZZZZ23456') await wrapper.find(`[data-testid="lookup-key-${k}"]`).trigger('click')
    expect((wrapper.find('[data-testid="lookup-code"]').element as HTMLInputElement).value).toBe('ZZZZ2345')
    vi.advanceTimersByTime(59_000)
    await flushPromises()
    expect((wrapper.find('[data-testid="lookup-code"]').element as HTMLInputElement).value).toBe('ZZZZ2345')
    api.findByCode.mockResolvedValueOnce({ kind: 'none', message: '未查到该查询码对应的办件或排队号。' } as LookupAnswer)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(text('lookup-answer')).toContain('未查到该查询码对应的办件或排队号')
    expect(wrapper.find('[data-testid="lookup-item"]').exists()).toBe(false)
    await wrapper.find('[data-testid="lookup-again"]').trigger('click')
    await wrapper.find('[data-testid="lookup-key-K"]').trigger('click')
    vi.advanceTimersByTime(60_000)
    await flushPromises()
    expect((wrapper.find('[data-testid="lookup-code"]').element as HTMLInputElement).value, 'a code left half typed is cleared').toBe('')
    await wrapper.find('[data-testid="lookup-code"]').setValue('ABCDEFGH')
    api.findByCode.mockRejectedValueOnce(new AppError('forbidden', '查询码输入错误次数过多，本机暂停查询。请到服务窗口咨询工作人员'))
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(text('lookup-answer')).toContain('请到服务窗口咨询工作人员')
  })
})
