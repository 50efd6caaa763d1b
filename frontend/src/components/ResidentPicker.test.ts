import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '../stores/session'
import { app } from '../../wailsjs/go/models'
import * as residents from '../api/residents'
import { SEARCH_DELAY } from '../utils/latest'
import ResidentPicker from './ResidentPicker.vue'

vi.mock('../api/residents', () => ({ searchResidents: vi.fn(), inspectID: vi.fn(), saveResident: vi.fn() }))
vi.mock('../api/places', () => ({ listVillages: vi.fn().mockResolvedValue([]) }))
const api = vi.mocked(residents)

function person(id: number, name: string): residents.Resident {
  return {
    id, name, idNumber: '150627********0662', hasIdNumber: true, birthDate: '1980-01-01', sex: '男', age: 46,
    phone: '', villageId: 1, villageName: '乌兰木伦社区', groupId: 0, groupName: '', address: '', householdId: 0,
    relation: '户主', residency: '常住', tags: [], note: '', updatedAt: '',
  } as unknown as residents.Resident
}

/** page answers a search with the given residents. */
function page(...items: residents.Resident[]): residents.ResidentPage {
  return { items, total: items.length, page: 1 } as residents.ResidentPage
}

let wrapper: VueWrapper | undefined
let picked: residents.Resident | null = null

function mountPicker() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSession().status = app.Status.createFrom({
    needsSetup: false, hallName: '便民服务大厅', operator: { id: 2, name: '王丽娜', role: 'clerk' },
    permissions: ['cases.view', 'residents.view'],
  })
  wrapper = mount(ResidentPicker, {
    props: { modelValue: null, 'onUpdate:modelValue': (r: residents.Resident | null) => (picked = r) },
    global: { plugins: [ElementPlus, pinia] },
    attachTo: document.body,
  })
}

const input = () => wrapper!.find('[data-testid="intake-applicant"]')
const options = () => wrapper!.findAll('[data-testid="picker-option"]').map((o) => o.find('.name').text())

/** type puts text in the box as typing does (one input event) and lets the pause pass. */
async function type(text: string) {
  await input().setValue(text)
  vi.advanceTimersByTime(SEARCH_DELAY)
  await flushPromises()
}

describe('ResidentPicker search as you type', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.clearAllMocks()
    picked = null
    document.body.innerHTML = ''
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
  })

  it('waits for typing to pause before it asks', async () => {
    api.searchResidents.mockResolvedValue(page(person(1, '张伟')))
    mountPicker()
    await input().setValue('张')
    vi.advanceTimersByTime(SEARCH_DELAY - 100)
    await input().setValue('张伟')
    vi.advanceTimersByTime(SEARCH_DELAY - 100)
    expect(api.searchResidents).not.toHaveBeenCalled()
    vi.advanceTimersByTime(100)
    await flushPromises()
    expect(api.searchResidents).toHaveBeenCalledTimes(1)
    expect(api.searchResidents).toHaveBeenCalledWith({ text: '张伟', villageId: 0, tag: '', page: 1, pageSize: 8 })
    expect(options()).toEqual(['张伟'])
  })

  it('a slow answer to an older query never replaces the newer list, and Enter picks from the newer', async () => {
    let answerOld!: (p: residents.ResidentPage) => void
    api.searchResidents
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve))) // "张": slow
      .mockResolvedValueOnce(page(person(2, '张伟'), person(3, '张伟明'))) // "张伟": fast
    mountPicker()
    await type('张')
    await type('张伟')
    expect(api.searchResidents).toHaveBeenCalledTimes(2)
    expect(options()).toEqual(['张伟', '张伟明'])

    answerOld(page(person(4, '张三'), person(5, '张四'), person(6, '张五')))
    await flushPromises()
    expect(options()).toEqual(['张伟', '张伟明'])

    await input().trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(picked?.name).toBe('张伟')
  })

  it('Enter picks the first row although the pointer rests over another; a real move highlights it', async () => {
    api.searchResidents.mockResolvedValue(page(person(2, '张伟'), person(3, '张伟明')))
    mountPicker()
    const spot = { clientX: 50, clientY: 80, bubbles: true }
    document.body.dispatchEvent(new MouseEvent('mousemove', spot)) // the pointer rests here
    await type('张伟')
    // the list is drawn under the resting pointer: the browser sends enter/over and the same spot again
    const second = wrapper!.findAll('[data-testid="picker-option"]')[1]
    await second.trigger('mouseenter', spot)
    await second.trigger('mouseover', spot)
    await second.trigger('mousemove', spot)
    expect(wrapper!.find('.option.active .name').text()).toBe('张伟')
    await input().trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(picked?.name).toBe('张伟')
  })

  it('a real move of the pointer highlights the row under it', async () => {
    api.searchResidents.mockResolvedValue(page(person(2, '张伟'), person(3, '张伟明')))
    mountPicker()
    await type('张伟')
    await wrapper!.findAll('[data-testid="picker-option"]')[1].trigger('mousemove', { clientX: 60, clientY: 90 })
    expect(wrapper!.find('.option.active .name').text()).toBe('张伟明')
    await input().trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(picked?.name).toBe('张伟明')
  })

  it('emptying the box clears the list and drops an answer still on its way', async () => {
    let answer!: (p: residents.ResidentPage) => void
    api.searchResidents.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    mountPicker()
    await type('李')
    await input().setValue('')
    answer(page(person(8, '李娜')))
    await flushPromises()
    expect(options()).toEqual([])
    expect(wrapper!.find('.results').exists()).toBe(false)
  })
})
