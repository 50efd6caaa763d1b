import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import * as devices from '../../api/devices'
import * as events from '../../api/events'
import { AppError } from '../../api/errors'
import DeviceShell from './DeviceShell.vue'

vi.mock('../../api/devices', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/devices')>()
  return { ...orig, deviceMe: vi.fn(), beginPairing: vi.fn() }
})
vi.mock('../../api/events', () => ({ openEvents: vi.fn() }))
vi.mock('./pages', async () => {
  const { defineComponent, h } = await import('vue')
  const page = (role: string) => defineComponent({ props: { state: Object }, setup: (p) => () => h('div', { class: 'fake-page' }, `${role}:${(p.state as devices.DeviceState).name}`) })
  return { pages: { kiosk: page('kiosk'), screen: page('screen'), pad: page('pad'), lookup: page('lookup') } }
})

const api = vi.mocked(devices)
const openEvents = vi.mocked(events.openEvents)
let wrapper: VueWrapper | undefined
let onState: ((s: events.StreamState) => void) | undefined
let onEvent: ((e: events.HallEvent) => void) | undefined
const stopEvents = vi.fn()

const state = (status: string, patch: Partial<devices.DeviceState> = {}) =>
  ({ status, code: '', name: '', role: '', window: 0, hallName: '', ...patch }) as devices.DeviceState
const paired = state('paired', { name: '大厅查询机', role: 'lookup', hallName: '便民服务大厅' } as Partial<devices.DeviceState>)

beforeEach(() => {
  vi.useFakeTimers()
  openEvents.mockImplementation((ev, st) => {
    onEvent = ev
    onState = st
    return stopEvents
  })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
  vi.restoreAllMocks()
  api.deviceMe.mockReset()
  api.beginPairing.mockReset()
  stopEvents.mockReset()
})

async function render() {
  wrapper = mount(DeviceShell, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const byTestId = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)

describe('DeviceShell', () => {
  it('asks to be paired, shows the code, and switches to its page once paired', async () => {
    api.deviceMe.mockResolvedValueOnce(state('none')).mockResolvedValueOnce(state('pending', { code: '482913' })).mockResolvedValue(paired)
    api.beginPairing.mockResolvedValue(state('pending', { code: '482913' }))
    const w = await render()
    expect(api.beginPairing).toHaveBeenCalledTimes(1)
    expect(byTestId(w, 'pairing-code').text()).toBe('482913')
    expect(w.text()).toContain('系统管理 → 大厅设备')
    expect(openEvents).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(2000) // still waiting
    expect(byTestId(w, 'pairing').exists()).toBe(true)
    await vi.advanceTimersByTimeAsync(2000)
    await flushPromises()
    expect(byTestId(w, 'pairing').exists()).toBe(false)
    expect(byTestId(w, 'device-page').attributes('data-role')).toBe('lookup')
    expect(w.find('.fake-page').text()).toBe('lookup:大厅查询机')
    expect(openEvents).toHaveBeenCalledTimes(1)
  })

  it('shows 已停用 when its stream is refused or a revocation arrives, and asks again after a confirm', async () => {
    api.deviceMe.mockResolvedValueOnce(paired).mockResolvedValue(state('revoked'))
    api.beginPairing.mockResolvedValue(state('pending', { code: '100200' }))
    const w = await render()
    expect(byTestId(w, 'device-page').exists()).toBe(true)
    onState?.('open')
    onState?.('ended')
    await flushPromises()
    expect(byTestId(w, 'device-page').exists()).toBe(false)
    expect(byTestId(w, 'revoked').text()).toContain('此设备已被管理员停用')
    expect(stopEvents).toHaveBeenCalled()

    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValue('confirm' as never)
    await byTestId(w, 'revoked').find('button').trigger('click')
    await flushPromises()
    expect(api.beginPairing).not.toHaveBeenCalled()
    api.deviceMe.mockResolvedValue(state('pending', { code: '100200' }))
    await byTestId(w, 'revoked').find('button').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(api.beginPairing).toHaveBeenCalledTimes(1)
    expect(byTestId(w, 'pairing-code').text()).toBe('100200')
  })

  it('reads its state again when a page call is refused as unpaired or a revocation is heard', async () => {
    api.deviceMe.mockResolvedValue(paired)
    const w = await render()
    expect(api.deviceMe).toHaveBeenCalledTimes(1)
    api.deviceMe.mockResolvedValue(state('revoked'))
    await devices.deviceCall(() => Promise.reject(JSON.stringify({ code: 'unpaired', message: '此设备已被管理员停用' }))).catch((e: AppError) => {
      expect(e.code).toBe('unpaired')
    })
    await flushPromises()
    expect(api.deviceMe).toHaveBeenCalledTimes(2)
    expect(byTestId(w, 'revoked').exists()).toBe(true)

    api.deviceMe.mockResolvedValue(paired)
    wrapper?.unmount()
    const again = await render()
    onEvent?.({ seq: 1, kind: 'revoked', deviceId: 3, at: '' })
    await flushPromises()
    expect(api.deviceMe).toHaveBeenCalledTimes(4)
    expect(byTestId(again, 'device-page').exists()).toBe(true)
  })
})
