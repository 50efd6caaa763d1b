import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import * as devices from '../../api/devices'
import { AppError } from '../../api/errors'
import NetworkCard from './NetworkCard.vue'

vi.mock('../../api/devices', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/devices')>()
  return { ...orig, setNetwork: vi.fn() }
})

const api = vi.mocked(devices)
let wrapper: VueWrapper | undefined

const info = (patch: Partial<devices.NetworkInfo> = {}): devices.NetworkInfo =>
  ({ switchable: true, enabled: false, serving: false, port: 8080, addresses: [], problem: '', ...patch }) as devices.NetworkInfo

function render(i: devices.NetworkInfo) {
  wrapper = mount(NetworkCard, { props: { info: i }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  return wrapper
}

const byTestId = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.restoreAllMocks()
  api.setNetwork.mockReset()
})

describe('NetworkCard', () => {
  it('switches serving on after the warning and shows the address devices open', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const on = info({ enabled: true, serving: true, addresses: ['http://192.168.1.10:8080/'] })
    api.setNetwork.mockResolvedValue(on)
    const w = render(info())
    expect(byTestId(w, 'device-address').exists()).toBe(false)
    await byTestId(w, 'network-enable').trigger('click')
    await flushPromises()
    expect(String(confirm.mock.calls[0][0])).toContain('任何人都可以打开本服务台的登录页面')
    expect(api.setNetwork).toHaveBeenCalledWith(true, 8080)
    expect(w.emitted('changed')?.[0]).toEqual([on])
    await w.setProps({ info: on })
    expect(byTestId(w, 'device-address').text()).toBe('http://192.168.1.10:8080/#/device')
    expect(byTestId(w, 'network-disable').exists()).toBe(true)
  })

  it('changes nothing when the warning is declined or the port is refused', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValue('confirm' as never)
    api.setNetwork.mockRejectedValue(new AppError('conflict', '端口 8080 已被其他程序占用，请换一个端口（如 8081）后再开启'))
    const w = render(info())
    await byTestId(w, 'network-enable').trigger('click')
    await flushPromises()
    expect(api.setNetwork).not.toHaveBeenCalled()
    await byTestId(w, 'network-enable').trigger('click')
    await flushPromises()
    expect(api.setNetwork).toHaveBeenCalledTimes(1)
    expect(w.emitted('changed')).toBeUndefined()
    expect(document.body.textContent).toContain('已被其他程序占用')
  })

  it('offers no switch where the program cannot switch (a browser)', () => {
    const w = render(info({ switchable: false, serving: true, addresses: ['http://192.168.1.10:8080/'] }))
    expect(byTestId(w, 'network-enable').exists()).toBe(false)
    expect(byTestId(w, 'network-disable').exists()).toBe(false)
    expect(w.text()).toContain('本服务台已在局域网提供服务')
    expect(byTestId(w, 'device-address').text()).toBe('http://192.168.1.10:8080/#/device')
  })

  it('says why serving did not start again at the program start', () => {
    const w = render(info({ enabled: true, problem: '端口 8080 已被其他程序占用' }))
    expect(byTestId(w, 'network-problem').text()).toContain('本次启动时未能开启局域网服务：端口 8080 已被其他程序占用')
  })
})
