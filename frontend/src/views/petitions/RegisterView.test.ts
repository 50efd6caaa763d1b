import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as petitions from '../../api/petitions'
import * as residents from '../../api/residents'
import RegisterView from './RegisterView.vue'

vi.mock('../../api/petitions', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/petitions')>()
  return { ...orig, findRepeats: vi.fn(), getToday: vi.fn(), listLeaders: vi.fn(), registerPetition: vi.fn() }
})
vi.mock('../../api/residents', () => ({ searchResidents: vi.fn(), getResident: vi.fn(), inspectID: vi.fn(), saveResident: vi.fn() }))
vi.mock('../../api/places', () => ({ listVillages: vi.fn().mockResolvedValue([{ id: 4, name: '巴图塔村', kind: '村', active: true, groups: [] }]) }))

const api = vi.mocked(petitions)
const residentsApi = vi.mocked(residents)

const resident = {
  id: 7, name: '张伟', idNumber: '150627********0011', hasIdNumber: true, birthDate: '1978-03-15', sex: '男', age: 48,
  phone: '138****5678', villageId: 4, villageName: '巴图塔村', groupId: 0, groupName: '', address: '', householdId: 0,
  relation: '户主', residency: '常住', tags: [], note: '', updatedAt: '',
} as unknown as residents.Resident

const repeat = {
  id: 3, number: '2026X0003', receivedOn: '2026-03-02', category: '土地草场', petitionerName: '张伟', villageName: '巴图塔村',
  status: 'rereviewed', statusLabel: '已复核', request: '请求恢复草场', reason: '同一信访人', final: true,
} as petitions.PetitionRepeat

let wrapper: VueWrapper | undefined

async function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSession().status = app.Status.createFrom({
    needsSetup: false, hallName: '乌兰木伦镇便民服务大厅', operator: { id: 3, name: '乌兰', role: 'reception' },
    permissions: ['petitions.view', 'petitions.handle', 'residents.view', 'residents.edit'],
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/petitions/new', name: 'petition-new', component: { render: () => null } },
      { path: '/petitions/:id', name: 'petition', component: { render: () => null } },
      { path: '/residents/:id', name: 'resident', component: { render: () => null } },
    ],
  })
  await router.push('/petitions/new')
  wrapper = mount(RegisterView, { global: { plugins: [ElementPlus, pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const find = (testid: string) => wrapper!.find(`[data-testid="${testid}"]`)
const findAll = (testid: string) => wrapper!.findAll(`[data-testid="${testid}"]`)

/** waitRepeats lets the 300 ms debounce of the repeat warning run. */
async function waitRepeats() {
  await vi.advanceTimersByTimeAsync(350)
  await flushPromises()
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  api.findRepeats.mockResolvedValue([])
  api.listLeaders.mockResolvedValue({ leaders: [{ id: 11, name: '斯琴巴特尔', position: '镇党委副书记', phone: '', operatorId: 0, operatorName: '' }], accounts: [] } as unknown as petitions.LeaderList)
  api.getToday.mockResolvedValue({
    date: '2026-11-25', weekday: '星期三', settings: { weekday: 3, place: '便民服务大厅信访接待室', hours: '9:00–12:00' },
    entry: { id: 1, date: '2026-11-25', leaderId: 11, leaderName: '斯琴巴特尔' }, petitions: [],
  } as unknown as petitions.TodayReception)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
  vi.clearAllMocks()
})

describe('RegisterView', () => {
  it('lets a group visit register at most five representatives', async () => {
    await mountView()
    expect(find('pt-headcount').exists()).toBe(false)
    await find('pt-group').trigger('click')
    await flushPromises()
    expect(find('pt-headcount').exists()).toBe(true)
    // Switching on a group visit adds the first representative.
    expect(findAll('pt-rep')).toHaveLength(1)
    const add = find('pt-rep-add')
    for (let i = 0; i < 6; i++) {
      await add.trigger('click')
    }
    expect(findAll('pt-rep')).toHaveLength(5)
    expect(add.attributes('disabled')).toBeDefined()
    expect(find('pt-rep-count').text()).toContain('5人上限')
    await find('pt-rep-remove-4').trigger('click')
    expect(findAll('pt-rep')).toHaveLength(4)
    expect(find('pt-rep-add').attributes('disabled')).toBeUndefined()
  })

  it('sends the group, its representatives and today’s leader', async () => {
    api.registerPetition.mockResolvedValue({ id: 9, number: '2026X0009' } as petitions.Petition)
    const { router } = await mountView()
    await find('pt-mode-new').trigger('click')
    await flushPromises()
    await find('pt-name').setValue('巴特尔')
    await find('pt-address').setValue('巴图塔村二组')
    await find('pt-group').trigger('click')
    await flushPromises()
    await find('pt-rep-add').trigger('click')
    await find('pt-rep-name-1').setValue('其木格')
    await find('pt-facts').setValue('草场被划入邻村。')
    await find('pt-request').setValue('请求重新勘界。')
    await find('pt-submit').trigger('click')
    await flushPromises()
    const input = api.registerPetition.mock.calls[0][0]
    expect(input).toMatchObject({
      form: '来访', oral: true, residentId: 0, name: '巴特尔', address: '巴图塔村二组', groupVisit: true, headCount: 2,
      representatives: [{ name: '巴特尔', phone: '', address: '' }, { name: '其木格', phone: '', address: '' }],
      facts: '草场被划入邻村。', request: '请求重新勘界。', receivedById: 11,
    })
    expect(router.currentRoute.value.fullPath).toBe('/petitions/9')
  })

  it('shows earlier petitions at once while the petitioner is typed', async () => {
    api.findRepeats.mockResolvedValue([repeat])
    await mountView()
    await find('pt-mode-new').trigger('click')
    await find('pt-phone').setValue('13812345678')
    expect(find('pt-repeats').exists()).toBe(false)
    await waitRepeats()
    expect(api.findRepeats).toHaveBeenLastCalledWith({ residentId: 0, name: '', phone: '13812345678', villageId: 0, category: '' })
    const panel = find('pt-repeats')
    expect(panel.exists()).toBe(true)
    expect(panel.text()).toContain('2026X0003')
    expect(panel.text()).toContain('同一信访人')
    expect(find('pt-repeat-final').text()).toContain('不再受理')
  })

  it('checks a picked resident for repeats', async () => {
    residentsApi.searchResidents.mockResolvedValue({ items: [resident], total: 1, page: 1 } as unknown as residents.ResidentPage)
    api.findRepeats.mockResolvedValue([repeat])
    await mountView()
    const input = find('intake-applicant')
    await input.setValue('张伟')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    await find('picker-option').trigger('click')
    await waitRepeats()
    expect(api.findRepeats).toHaveBeenLastCalledWith(expect.objectContaining({ residentId: 7 }))
    expect(findAll('pt-repeat-item')).toHaveLength(1)
  })

  it('the visitor count follows the representatives added and can still be raised', async () => {
    await mountView()
    await find('pt-group').trigger('click')
    await flushPromises()
    const count = () => (find('pt-headcount').find('input').element as HTMLInputElement).value
    expect(count()).toBe('2')
    for (let i = 0; i < 4; i++) await find('pt-rep-add').trigger('click')
    await flushPromises()
    expect(findAll('pt-rep')).toHaveLength(5)
    expect(count()).toBe('5')
    const number = wrapper!.findAllComponents({ name: 'ElInputNumber' })[0]
    number.vm.$emit('update:modelValue', 12)
    await flushPromises()
    expect(count()).toBe('12')
    await find('pt-rep-remove-4').trigger('click')
    await flushPromises()
    expect(count()).toBe('12')
  })

  it('marks every field the server refuses at once, the petitioner at the picker, and goes to the first', async () => {
    api.registerPetition.mockRejectedValue(
      new AppError('invalid', '请填写信访人姓名', 'name', undefined, [
        { field: 'name', message: '请填写信访人姓名' },
        { field: 'address', message: '请填写住址' },
        { field: 'category', message: '请选择信访事项类别' },
        { field: 'facts', message: '请填写事实经过' },
        { field: 'request', message: '请填写信访请求' },
      ]),
    )
    await mountView()
    await find('pt-submit').trigger('click')
    await flushPromises()
    await vi.advanceTimersByTimeAsync(200)
    const errorAt = (testid: string) => find(testid).element.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim()
    expect(errorAt('pt-category')).toBe('请选择信访事项类别')
    expect(errorAt('pt-facts')).toBe('请填写事实经过')
    expect(errorAt('pt-request')).toBe('请填写信访请求')
    expect(find('intake-applicant-error').text()).toContain('选择信访人')
    expect(document.activeElement).toBe(find('intake-applicant').element)
  })

  it('says while typing that a name or a representative’s name cannot be printed', async () => {
    await mountView()
    await find('pt-mode-new').trigger('click')
    await find('pt-name').setValue('巴特尔😀')
    await find('pt-group').trigger('click')
    await flushPromises()
    await find('pt-rep-add').trigger('click')
    await find('pt-rep-name-1').setValue('其木格𠮷')
    await flushPromises()
    await vi.advanceTimersByTimeAsync(200)
    const errorAt = (testid: string) => find(testid).element.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim()
    expect(errorAt('pt-name')).toContain('“😀”无法打印')
    expect(errorAt('pt-rep-add')).toContain('第1位代表的姓名中的“😀”无法打印') // copied from the petitioner
    await find('pt-rep-name-0').setValue('巴特尔')
    await flushPromises()
    await vi.advanceTimersByTimeAsync(200)
    expect(errorAt('pt-rep-add')).toContain('第2位代表的姓名中的“𠮷”无法打印')
  })

  it('shows the server’s refusal next to the representatives', async () => {
    api.registerPetition.mockRejectedValue(new AppError('invalid', '多人就同一事项来访，推选的代表不得超过5人（《信访工作条例》）', 'representatives'))
    await mountView()
    await find('pt-mode-new').trigger('click')
    await find('pt-group').trigger('click')
    await flushPromises()
    await find('pt-submit').trigger('click')
    await flushPromises()
    await vi.advanceTimersByTimeAsync(200) // the error fades in
    const item = find('pt-rep-add').element.closest('.el-form-item')
    expect(item?.querySelector('.el-form-item__error')?.textContent).toContain('推选的代表不得超过5人')
  })
})
