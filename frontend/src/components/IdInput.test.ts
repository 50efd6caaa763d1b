import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import ElementPlus from 'element-plus'
import IdInput from './IdInput.vue'
import * as residents from '../api/residents'

vi.mock('../api/residents', () => ({ inspectID: vi.fn() }))
const inspectID = vi.mocked(residents.inspectID)

/** settle lets pending promises and renders finish (timers are fake). */
async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve()
  await nextTick()
}

function mountInput(initial = '') {
  const wrapper = mount(IdInput, {
    props: {
      modelValue: initial,
      'onUpdate:modelValue': (v: string) => wrapper.setProps({ modelValue: v }),
    },
    global: { plugins: [ElementPlus] },
  })
  return wrapper
}

describe('IdInput', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    inspectID.mockReset()
  })
  afterEach(() => vi.useRealTimers())

  it('puts the testid on the real input and emits update:modelValue', async () => {
    const w = mountInput()
    const input = w.find('input[data-testid="rf-id"]')
    expect(input.exists()).toBe(true)
    await input.setValue('110105')
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['110105'])
  })

  it('shows birth date, sex and age for a valid number after the typing pause', async () => {
    inspectID.mockResolvedValue({
      valid: true, message: '', number: '11010519491231002X', birthDate: '1949-12-31', sex: '女', age: 75, upgraded: false,
    })
    const w = mountInput()
    await w.find('input').setValue('11010519491231002X')
    await vi.advanceTimersByTimeAsync(200)
    expect(inspectID).not.toHaveBeenCalled() // still typing
    await vi.advanceTimersByTimeAsync(60)
    await settle()
    expect(inspectID).toHaveBeenCalledTimes(1)
    expect(inspectID).toHaveBeenCalledWith('11010519491231002X')
    const info = w.find('[data-testid="id-info"]')
    expect(info.exists()).toBe(true)
    expect(info.text()).toContain('出生日期 1949-12-31')
    expect(info.text()).toContain('性别 女')
    expect(info.text()).toContain('年龄 75岁')
    expect(info.classes()).not.toContain('bad')
    expect(w.emitted('info')?.at(-1)?.[0]).toMatchObject({ valid: true, birthDate: '1949-12-31' })
  })

  it('shows the upgrade note for an old 15-digit number', async () => {
    inspectID.mockResolvedValue({
      valid: true, message: '已将15位旧号码升级为18位：110105194912310021', number: '110105194912310021',
      birthDate: '1949-12-31', sex: '男', age: 75, upgraded: true,
    })
    const w = mountInput()
    await w.find('input').setValue('110105491231002')
    await w.find('input').trigger('blur')
    await settle()
    expect(w.find('[data-testid="id-info"]').text()).toContain('已将15位旧号码升级为18位：110105194912310021')
  })

  it("shows the server's message in red for a wrong check character, at once on blur", async () => {
    const msg = '身份证号码校验位不符，请核对身份证原件后重新输入'
    inspectID.mockResolvedValue({ valid: false, message: msg, number: '', birthDate: '', sex: '', age: 0, upgraded: false })
    const w = mountInput()
    await w.find('input').setValue('110105194912310021')
    await w.find('input').trigger('blur') // no waiting for the pause
    await settle()
    expect(inspectID).toHaveBeenCalledWith('110105194912310021')
    const info = w.find('[data-testid="id-info"]')
    expect(info.text()).toBe(msg)
    expect(info.classes()).toContain('bad')
    expect(info.text()).not.toContain('出生日期')
    expect(w.emitted('info')?.at(-1)?.[0]).toMatchObject({ valid: false, message: msg })
    // the pending debounce must not ask again for the same value
    await vi.advanceTimersByTimeAsync(300)
    await settle()
    expect(inspectID).toHaveBeenCalledTimes(1)
  })

  it('clears the explanation when the field is emptied', async () => {
    inspectID.mockResolvedValue({ valid: false, message: '身份证号码应为18位（旧版为15位）', number: '', birthDate: '', sex: '', age: 0, upgraded: false })
    const w = mountInput()
    await w.find('input').setValue('1101')
    await w.find('input').trigger('blur')
    await settle()
    expect(w.find('[data-testid="id-info"]').exists()).toBe(true)
    await w.find('input').setValue('')
    await w.find('input').trigger('blur')
    await settle()
    expect(w.find('[data-testid="id-info"]').exists()).toBe(false)
    expect(inspectID).toHaveBeenCalledTimes(1)
  })
})
