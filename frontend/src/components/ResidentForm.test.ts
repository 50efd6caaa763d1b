import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import ResidentForm from './ResidentForm.vue'
import * as residents from '../api/residents'
import * as places from '../api/places'
import { AppError } from '../api/errors'

vi.mock('../api/residents', () => ({ saveResident: vi.fn(), inspectID: vi.fn() }))
vi.mock('../api/places', () => ({ listVillages: vi.fn() }))
const saveResident = vi.mocked(residents.saveResident)
const inspectID = vi.mocked(residents.inspectID)
const listVillages = vi.mocked(places.listVillages)

const villages = [
  { id: 1, name: '乌兰木伦村', kind: '村', active: true, groups: [{ id: 11, villageId: 1, name: '一组', active: true }] },
  { id: 2, name: '巴图塔嘎查', kind: '嘎查', active: true, groups: [] },
] as places.Village[]

const saved = {
  id: 7, name: '张三', idNumber: '**************002X', hasIdNumber: true, birthDate: '', sex: '女', age: 75,
  phone: '138****5678', villageId: 1, villageName: '乌兰木伦村', groupId: 11, groupName: '一组', address: '一组3号',
  householdId: 5, relation: '子女', residency: '常住', tags: [], note: '', updatedAt: '2025-01-01T00:00:00Z', version: 1,
} as residents.Resident

function makeRouter() {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] })
}

async function mountForm(props: Record<string, unknown> = {}) {
  const router = makeRouter()
  await router.push('/residents')
  const wrapper = mount(ResidentForm, { props, global: { plugins: [ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

/** shown waits for Element Plus, which shows a form item's error after a 100 ms debounce. */
async function shown() {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150))
}

/** errorOf returns the error text the form item around the test id shows. */
function errorOf(wrapper: ReturnType<typeof mount>, testid: string): string {
  const el = wrapper.find(`[data-testid="${testid}"]`).element.closest('.el-form-item')
  return el?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

const household = { householdId: 5, villageId: 1, groupId: 11, address: '一组3号', relation: '子女' }

describe('ResidentForm', () => {
  beforeEach(() => {
    saveResident.mockReset()
    inspectID.mockReset()
    inspectID.mockResolvedValue({ valid: true, message: '', number: '', birthDate: '1949-12-31', sex: '女', age: 75, upgraded: false })
    listVillages.mockResolvedValue(villages)
    document.body.innerHTML = ''
  })

  it('submits the whole ResidentInput and emits saved', async () => {
    saveResident.mockResolvedValue(saved)
    const { wrapper } = await mountForm({ preset: household })
    expect(wrapper.find('[data-testid="rf-village"]').text()).toContain('乌兰木伦村')
    await wrapper.find('input[data-testid="rf-name"]').setValue(' 张三 ')
    await wrapper.find('input[data-testid="rf-id"]').setValue('11010519491231002X')
    await wrapper.find('input[data-testid="rf-phone"]').setValue('13812345678')
    await wrapper.find('input[data-testid="rf-note"]').setValue('行动不便')
    await wrapper.find('[data-testid="rf-submit"]').trigger('click')
    await flushPromises()
    expect(saveResident).toHaveBeenCalledTimes(1)
    expect(saveResident.mock.calls[0][0]).toEqual({
      id: 0, version: 0, name: '张三', idNumber: '11010519491231002X', noIdNumber: false, clearPhone: false, birthDate: '', sex: '',
      phone: '13812345678', villageId: 1, groupId: 11, address: '一组3号', householdId: 5, relation: '子女',
      residency: '常住', tags: [], note: '行动不便',
    })
    expect(wrapper.emitted('saved')?.[0]).toEqual([saved])
  })

  it('Enter in the last field submits; Enter elsewhere moves on', async () => {
    saveResident.mockResolvedValue(saved)
    const { wrapper } = await mountForm({ preset: household })
    const name = wrapper.find('input[data-testid="rf-name"]')
    expect(document.activeElement).toBe(name.element) // first field focused
    await name.setValue('张三')
    await name.trigger('keydown', { key: 'Enter' })
    expect(document.activeElement).toBe(wrapper.find('input[data-testid="rf-id"]').element)
    expect(saveResident).not.toHaveBeenCalled()
    await wrapper.find('input[data-testid="rf-id"]').setValue('11010519491231002X')
    await wrapper.find('input[data-testid="rf-note"]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(saveResident).toHaveBeenCalledTimes(1)
  })

  it('checks obvious emptiness before asking the server', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('form').trigger('submit')
    await shown()
    expect(saveResident).not.toHaveBeenCalled()
    expect(errorOf(wrapper, 'rf-name')).toBe('请填写姓名')
    expect(errorOf(wrapper, 'rf-id')).toBe('请填写身份证号')
    expect(errorOf(wrapper, 'rf-village')).toBe('请选择嘎查村/社区')
    expect(document.activeElement).toBe(wrapper.find('input[data-testid="rf-name"]').element)
  })

  it('says while typing that a name with an emoji cannot be printed, and does not save it', async () => {
    const { wrapper } = await mountForm({ preset: household })
    await wrapper.find('input[data-testid="rf-name"]').setValue('王小明😀')
    await shown()
    expect(errorOf(wrapper, 'rf-name')).toContain('“😀”无法打印')
    await wrapper.find('input[data-testid="rf-id"]').setValue('11010519491231002X')
    await wrapper.find('form').trigger('submit')
    await shown()
    expect(saveResident).not.toHaveBeenCalled()
    await wrapper.find('input[data-testid="rf-name"]').setValue('王小明')
    await shown()
    expect(errorOf(wrapper, 'rf-name')).toBe('')
  })

  it('shows every field error from the server next to its field and goes to the first', async () => {
    const msg = '联系电话格式不正确：手机号为1开头的11位数字，固定电话需带区号（如0477-8612345）'
    saveResident.mockRejectedValue(
      new AppError('invalid', msg, 'phone', undefined, [
        { field: 'phone', message: msg },
        { field: 'address', message: '住址不能超过100个字' },
      ]),
    )
    const { wrapper } = await mountForm({ preset: household })
    await wrapper.find('input[data-testid="rf-name"]').setValue('张三')
    await wrapper.find('input[data-testid="rf-id"]').setValue('11010519491231002X')
    await wrapper.find('input[data-testid="rf-phone"]').setValue('12345')
    await wrapper.find('form').trigger('submit')
    await shown()
    expect(errorOf(wrapper, 'rf-phone')).toBe(msg)
    expect(errorOf(wrapper, 'rf-address')).toBe('住址不能超过100个字')
    expect(document.activeElement).toBe(wrapper.find('input[data-testid="rf-phone"]').element)
    expect(errorOf(wrapper, 'rf-name')).toBe('')
    expect(wrapper.find('[data-testid="rf-error"]').exists()).toBe(false)
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('shows an error without a field above the buttons', async () => {
    saveResident.mockRejectedValue(new AppError('forbidden', '您的角色（督导）无权进行此操作'))
    const { wrapper } = await mountForm({ preset: household })
    await wrapper.find('input[data-testid="rf-name"]').setValue('张三')
    await wrapper.find('input[data-testid="rf-id"]').setValue('11010519491231002X')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="rf-error"]').text()).toContain('您的角色（督导）无权进行此操作')
    expect(wrapper.find('[data-testid="rf-dup-link"]').exists()).toBe(false)
  })

  it('on a duplicate ID shows the message and a link to the registered resident', async () => {
    const msg = '该身份证号码已登记为群众“李四”，不能重复登记'
    saveResident.mockRejectedValue(new AppError('conflict', msg, 'idNumber', 42))
    const { wrapper, router } = await mountForm({ preset: household })
    await wrapper.find('input[data-testid="rf-name"]').setValue('张三')
    await wrapper.find('input[data-testid="rf-id"]').setValue('11010519491231002X')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="rf-error"]').text()).toContain(msg)
    const link = wrapper.find('[data-testid="rf-dup-link"]')
    expect(link.text()).toBe('查看已登记的群众')
    await link.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/residents/42')
    expect(wrapper.emitted('cancel')).toHaveLength(1)
  })

  it('asks for birth date and sex instead of the ID when "no ID" is checked', async () => {
    saveResident.mockResolvedValue(saved)
    const { wrapper } = await mountForm({ preset: household })
    expect(wrapper.find('[data-testid="rf-birth"]').exists()).toBe(false)
    await wrapper.find('[data-testid="rf-noid"] input').setValue(true)
    expect(wrapper.find('input[data-testid="rf-id"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="rf-birth"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="rf-sex"]').text()).toContain('男')

    await wrapper.find('input[data-testid="rf-name"]').setValue('小宝')
    await wrapper.find('form').trigger('submit')
    await shown()
    expect(saveResident).not.toHaveBeenCalled()
    expect(errorOf(wrapper, 'rf-birth')).toBe('请填写出生日期')
    expect(errorOf(wrapper, 'rf-sex')).toBe('请选择性别')

    const birth = wrapper.find('[data-testid="rf-birth"] input')
    await birth.setValue('2025-01-05')
    await birth.trigger('change')
    await wrapper.findAll('[data-testid="rf-sex"] input[type="radio"]')[1].setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(saveResident).toHaveBeenCalledTimes(1)
    expect(saveResident.mock.calls[0][0]).toMatchObject({ name: '小宝', noIdNumber: true, idNumber: '', birthDate: '2025-01-05', sex: '女' })
  })

  it('when editing sends the version it was given; a save refused as stale shows what changed and 重新载入 emits reload', async () => {
    saveResident.mockRejectedValue(
      new AppError('stale', '该记录已被他人修改', undefined, undefined, [], [{ label: '住址', old: '一组3号', new: '二组8号' }]),
    )
    const { wrapper } = await mountForm({ resident: { ...saved, version: 6 } })
    await wrapper.find('[data-testid="rf-submit"]').trigger('click')
    await flushPromises()
    expect(saveResident.mock.calls[0][0]).toMatchObject({ id: 7, version: 6 })
    const dialog = document.querySelector('[data-testid="stale-dialog"]')
    expect(dialog?.textContent).toContain('住址')
    expect(dialog?.textContent).toContain('二组8号')
    expect(wrapper.emitted('saved')).toBeUndefined()
    document.querySelector<HTMLElement>('[data-testid="stale-reload"]')!.click()
    await flushPromises()
    expect(wrapper.emitted('reload')).toHaveLength(1)
  })

  it('when editing leaves ID and phone empty with "不修改请留空"', async () => {
    saveResident.mockResolvedValue(saved)
    const { wrapper } = await mountForm({ resident: saved })
    const id = wrapper.find('input[data-testid="rf-id"]')
    const phone = wrapper.find('input[data-testid="rf-phone"]')
    expect((id.element as HTMLInputElement).value).toBe('')
    expect(id.attributes('placeholder')).toBe('不修改请留空')
    expect(phone.attributes('placeholder')).toBe('不修改请留空')
    expect((wrapper.find('input[data-testid="rf-name"]').element as HTMLInputElement).value).toBe('张三')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(saveResident.mock.calls[0][0]).toMatchObject({ id: 7, name: '张三', idNumber: '', phone: '', clearPhone: false, villageId: 1, groupId: 11 })
  })

  it('when editing a resident without an ID number keeps the birth date it is not shown', async () => {
    const baby = { ...saved, id: 8, name: '小宝', idNumber: '', hasIdNumber: false, birthDate: '', sex: '男', age: 0 }
    saveResident.mockResolvedValue(baby)
    const { wrapper } = await mountForm({ resident: baby })
    const birth = wrapper.find('[data-testid="rf-birth"] input')
    expect((birth.element as HTMLInputElement).value).toBe('')
    expect(birth.attributes('placeholder')).toBe('不修改请留空')
    await wrapper.find('form').trigger('submit')
    await shown()
    expect(errorOf(wrapper, 'rf-birth')).toBe('')
    expect(saveResident.mock.calls[0][0]).toMatchObject({ id: 8, noIdNumber: true, birthDate: '', sex: '男' })
  })

  it('a save refused for a full disk says so and keeps everything typed, and the next save goes through', async () => {
    const msg = '磁盘空间已满，本次保存未完成，已填写的内容仍在页面上。请清理磁盘或联系管理员后重试。'
    saveResident.mockRejectedValueOnce(new AppError('disk_full', msg)).mockResolvedValueOnce(saved)
    const { wrapper } = await mountForm({ resident: saved })
    const address = wrapper.find('input[data-testid="rf-address"]')
    await address.setValue('二组8号')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="rf-error"]').text()).toContain('磁盘空间已满')
    expect((address.element as HTMLInputElement).value).toBe('二组8号')
    expect(wrapper.emitted('saved')).toBeUndefined()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(saveResident.mock.calls[1][0]).toMatchObject({ id: 7, address: '二组8号' })
    expect(wrapper.emitted('saved')).toHaveLength(1)
  })
})
