import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import * as auth from '../api/auth'
import TextSizeMenu from './TextSizeMenu.vue'

vi.mock('../api/auth', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../api/auth')>()
  return { ...orig, getPreferences: vi.fn(), savePreferences: vi.fn() }
})
const api = vi.mocked(auth)
let wrapper: VueWrapper | undefined

async function mountMenu() {
  wrapper = mount(TextSizeMenu, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

/** pick opens the menu and chooses a size (percent). */
async function pick(percent: number) {
  document.querySelector<HTMLElement>('[data-testid="text-size-button"]')!.click()
  await flushPromises()
  await vi.waitFor(() => expect(document.querySelector(`[data-testid="text-size-${percent}"]`)).not.toBeNull())
  document.querySelector<HTMLElement>(`[data-testid="text-size-${percent}"]`)!.click()
  await flushPromises()
}

beforeEach(() => vi.clearAllMocks())
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('TextSizeMenu', () => {
  it("applies the operator's stored size as the root scale and takes it off at sign-out", async () => {
    api.getPreferences.mockResolvedValue({ textScale: 130 })
    const w = await mountMenu()
    expect(document.documentElement.style.getPropertyValue('--hd-scale')).toBe('1.3')
    expect(w.text()).toContain('特大')
    w.unmount()
    wrapper = undefined
    expect(document.documentElement.style.getPropertyValue('--hd-scale')).toBe('')
  })

  it('saves a new choice on the server and applies it at once', async () => {
    api.getPreferences.mockResolvedValue({ textScale: 100 })
    api.savePreferences.mockImplementation(async (p) => p)
    await mountMenu()
    await pick(115)
    expect(api.savePreferences).toHaveBeenCalledWith({ textScale: 115 })
    expect(document.documentElement.style.getPropertyValue('--hd-scale')).toBe('1.15')
  })

  it('goes back to the size before when the server refuses', async () => {
    api.getPreferences.mockResolvedValue({ textScale: 115 })
    api.savePreferences.mockRejectedValue(new Error('断网'))
    await mountMenu()
    await pick(130)
    expect(document.documentElement.style.getPropertyValue('--hd-scale')).toBe('1.15')
  })
})
