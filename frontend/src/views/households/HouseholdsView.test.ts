import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElDialog } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import * as households from '../../api/households'
import * as places from '../../api/places'
import HouseholdsView from './HouseholdsView.vue'

vi.mock('../../api/households', () => ({ searchHouseholds: vi.fn(), saveHousehold: vi.fn() }))
vi.mock('../../api/places', () => ({ listVillages: vi.fn() }))
vi.mock('../../api/excel', () => ({ exportHouseholds: vi.fn() }))

let wrapper: VueWrapper | undefined

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!

/** discardBox is the newest "discard the changes?" question, if any (jsdom keeps answered ones). */
const discardBox = () =>
  [...document.querySelectorAll<HTMLElement>('.el-message-box')].filter((b) => b.textContent?.includes('有未保存的内容，确定放弃吗？')).pop()

/** dialogShown tells whether the new-household dialog is still up. */
const dialogShown = () => (wrapper!.findComponent(ElDialog).vm as unknown as { visible: boolean }).visible

async function openNew() {
  wrapper = mount(HouseholdsView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  byTestId('household-new').click()
  await flushPromises()
}

/** addressInput is the address box (el-input puts the test id on the <input> itself). */
const addressInput = () => byTestId('hf-address') as HTMLInputElement

async function typeAddress(value: string) {
  const input = addressInput()
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  setActivePinia(createPinia())
  // Only 新建家庭户 matters here: an operator who may edit residents.
  useSession().status = app.Status.createFrom({ operator: { id: 1, name: '其其格' }, permissions: ['residents.edit'] })
  vi.mocked(households.searchHouseholds).mockResolvedValue({ items: [], total: 0, page: 1 } as unknown as Awaited<ReturnType<typeof households.searchHouseholds>>)
  vi.mocked(places.listVillages).mockResolvedValue([{ id: 1, name: '巴图塔村', kind: '村', active: true, groups: [] }] as unknown as places.Village[])
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('HouseholdsView new-household dialog', () => {
  it('asks before 取消 drops a typed address; staying keeps it, discarding closes', async () => {
    await openNew()
    await typeAddress('巴图塔村三组12号')
    byTestId('hf-cancel').click()
    await flushPromises()
    expect(discardBox()).toBeTruthy()
    discardBox()!.querySelector<HTMLElement>('.leave-stay')!.click()
    await flushPromises()
    expect(dialogShown()).toBe(true)
    expect(addressInput().value).toBe('巴图塔村三组12号')

    byTestId('hf-cancel').click()
    await flushPromises()
    discardBox()!.querySelector<HTMLElement>('.leave-go')!.click()
    await flushPromises()
    expect(dialogShown()).toBe(false)
  })

  it('closes an untouched dialog at once', async () => {
    await openNew()
    document.querySelector<HTMLElement>('.el-dialog__headerbtn')!.click()
    await flushPromises()
    expect(discardBox()).toBeUndefined()
    expect(dialogShown()).toBe(false)
  })
})
