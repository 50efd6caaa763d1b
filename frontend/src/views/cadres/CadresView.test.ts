import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as cadres from '../../api/cadres'
import * as places from '../../api/places'
import * as documents from '../../api/documents'
import CadresView from './CadresView.vue'

vi.mock('../../api/cadres', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/cadres')>()
  return { ...orig, listCadres: vi.fn(), getCadre: vi.fn(), saveCadre: vi.fn(), printContactCards: vi.fn(), listTeams: vi.fn() }
})
vi.mock('../../api/places', () => ({ listVillages: vi.fn() }))
vi.mock('../../api/documents', () => ({ deliverDocument: vi.fn() }))

const api = vi.mocked(cadres)

function cadre(over: Partial<cadres.Cadre>): cadres.Cadre {
  return {
    id: 1,
    name: '巴特尔',
    position: '镇党委委员、驻村工作队队长',
    unit: '乌兰木伦镇人民政府',
    phone: '13947712345',
    type: '驻村干部',
    villageIds: [1],
    villageNames: ['巴图塔村'],
    coverage: '一组至三组，共68户',
    teamId: 5,
    teamName: '巴图塔村驻村工作队',
    households: 68,
    active: true,
    updatedAt: '2025-03-10T01:00:00Z',
    ...over,
  } as cadres.Cadre
}

const rows = [
  cadre({}),
  cadre({ id: 2, name: '其木格', type: '驻村干部', position: '驻村第一书记', phone: '13947700002', villageIds: [2], villageNames: ['哈拉沟村'], teamId: 0, teamName: '', households: 0 }),
  cadre({ id: 3, name: '王丽娜', type: '窗口人员', position: '窗口工作人员', phone: '0477-8612345', villageIds: [], villageNames: [], coverage: '', teamId: 0, teamName: '', households: 0 }),
]

let wrapper: VueWrapper | undefined
let pinia: Pinia

function signIn(permissions: string[]) {
  useSession().status = app.Status.createFrom({
    needsSetup: false,
    hallName: '乌兰木伦镇便民服务大厅',
    township: '乌兰木伦镇',
    version: 'test',
    operator: { id: 1, username: 'admin', name: '其其格', role: 'admin', roleLabel: '管理员', phone: '', active: true, lockedUntil: '', createdAt: '' },
    permissions,
    idleMinutes: 30,
    today: '2025-03-10',
  })
}

async function mountView() {
  wrapper = mount(CadresView, { global: { plugins: [pinia, ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

// byTestId finds an element anywhere in the document (dialogs are teleported to <body>).
function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function type(id: string, value: string) {
  const input = byTestId(id).querySelector('input') ?? byTestId<HTMLInputElement>(id)
  ;(input as HTMLInputElement).value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** choose picks a value through the select with the test id (its dropdown lives in a popper). */
async function choose(testid: string, value: unknown) {
  const select = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === testid)!
  select.vm.$emit('update:modelValue', value)
  await flushPromises()
  select.vm.$emit('change', value)
  await flushPromises()
}

async function click(el: Element) {
  ;(el as HTMLElement).click()
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  pinia = createPinia()
  setActivePinia(pinia)
  signIn(['cadres.manage', 'print'])
  api.listCadres.mockResolvedValue({ items: rows.map((r) => ({ ...r })), total: 3, page: 1 } as cadres.CadrePage)
  vi.mocked(places.listVillages).mockResolvedValue([
    { id: 1, name: '巴图塔村', kind: '村', active: true, groups: [] },
    { id: 2, name: '哈拉沟村', kind: '村', active: true, groups: [] },
  ] as unknown as places.Village[])
  vi.mocked(documents.deliverDocument).mockReturnValue('已下载：干部民情联系卡-2名干部.pdf')
  api.listTeams.mockResolvedValue([
    { id: 5, name: '巴图塔村驻村工作队', kind: '驻村工作队', leaderCadreId: 1, leaderName: '巴特尔', villageId: 1, villageName: '巴图塔村', memberCount: 1, active: true },
    { id: 6, name: '哈拉沟村驻村工作组', kind: '驻村工作组', leaderCadreId: 9, leaderName: '刘海燕', villageId: 2, villageName: '哈拉沟村', memberCount: 1, active: true },
  ] as cadres.WorkTeam[])
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('CadresView', () => {
  it('renders a row per cadre with villages and type', async () => {
    await mountView()
    const names = [...document.querySelectorAll('[data-testid="cadre-row"]')].map((e) => e.textContent)
    expect(names).toEqual(['巴特尔', '其木格', '王丽娜'])
    const text = byTestId('cadre-table').textContent ?? ''
    expect(text).toContain('巴图塔村')
    expect(text).toContain('窗口人员')
    expect(text).toContain('0477-8612345')
    expect(api.listCadres).toHaveBeenCalledWith(expect.objectContaining({ villageId: 0, type: '', includeInactive: false, page: 1 }))
  })

  it('shows each cadre\'s team and households covered, and puts a cadre in a team', async () => {
    api.saveCadre.mockResolvedValue(rows[1])
    await mountView()
    expect([...document.querySelectorAll('[data-testid="cadre-row-team"]')].map((e) => e.textContent)).toEqual(['巴图塔村驻村工作队', '—', '—'])
    expect([...document.querySelectorAll('[data-testid="cadre-row-households"]')].map((e) => e.textContent)).toEqual(['68', '0', '0'])
    // the leader's team is locked in the form
    await click(document.querySelectorAll('[data-testid="cadre-edit"]')[0])
    expect(wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'cd-team')!.props('disabled')).toBe(true)
    await click(byTestId('cd-submit'))
    expect(api.saveCadre).toHaveBeenLastCalledWith(expect.objectContaining({ id: 1, teamId: 5 }))
    // another cadre joins a team
    await click(document.querySelectorAll('[data-testid="cadre-edit"]')[1])
    const team = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'cd-team')!
    expect(team.props('disabled')).toBe(false)
    expect(team.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual(['巴图塔村驻村工作队（巴图塔村）', '哈拉沟村驻村工作组（哈拉沟村）'])
    await choose('cd-team', 6)
    await click(byTestId('cd-submit'))
    expect(api.saveCadre).toHaveBeenLastCalledWith(expect.objectContaining({ id: 2, name: '其木格', teamId: 6 }))
    expect(api.listTeams).toHaveBeenCalledTimes(3) // on mount, then after each save
  })

  it('shows the server field error next to the field', async () => {
    api.saveCadre.mockRejectedValue(new AppError('invalid', '联系电话格式不正确：手机号为1开头的11位数字', 'phone'))
    await mountView()
    await click(byTestId('cadre-new'))
    await type('cd-name', '斯琴巴特尔')
    await type('cd-phone', '1394771')
    await choose('cd-type', '领导干部')
    await click(byTestId('cd-submit'))
    expect(api.saveCadre).toHaveBeenCalledWith(expect.objectContaining({ id: 0, name: '斯琴巴特尔', phone: '1394771', type: '领导干部', active: true }))
    const item = byTestId('cd-phone').closest('.el-form-item')!
    expect(item.classList.contains('is-error')).toBe(true)
    // Element Plus shows the message after a short debounce
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('联系电话格式不正确'))
    expect(byTestId('cd-name').closest('.el-form-item')!.querySelector('.el-form-item__error')).toBeNull()
  })

  it('hides adding and editing from operators who may not manage cadres', async () => {
    signIn(['print'])
    await mountView()
    expect(document.querySelector('[data-testid="cadre-new"]')).toBeNull()
    expect(document.querySelector('[data-testid="cadre-edit"]')).toBeNull()
    expect(byTestId<HTMLButtonElement>('cards-print').disabled).toBe(true)
  })

  it('prints the cards of two ticked cadres with their ids', async () => {
    api.printContactCards.mockResolvedValue({ fileName: '干部民情联系卡-2名干部.pdf', base64: 'JVBERg==', savedPath: '', warning: '' } as app.Document)
    await mountView()
    const boxes = byTestId('cadre-table').querySelectorAll<HTMLInputElement>('.el-table__body .el-checkbox input')
    await click(boxes[0])
    await click(boxes[2])
    expect(byTestId<HTMLButtonElement>('cards-print').disabled).toBe(false)
    await click(byTestId('cards-print'))
    expect(byTestId('cards-what').textContent).toContain('已选 2 名干部')
    await click(byTestId('cards-back').querySelector('input')!)
    expect(document.body.textContent).toContain('沿长边翻转')
    await click(byTestId('cards-confirm'))
    expect(api.printContactCards).toHaveBeenCalledWith({ cadreIds: [1, 3], villageId: 0, back: true, pledge: '有事您说话，有难我帮忙' })
    expect(documents.deliverDocument).toHaveBeenCalled()
  })

  it('prints every cadre of the filtered village', async () => {
    api.printContactCards.mockResolvedValue({ fileName: '干部民情联系卡-哈拉沟村.pdf', base64: 'JVBERg==', savedPath: '', warning: '' } as app.Document)
    await mountView()
    expect(byTestId<HTMLButtonElement>('cards-village-print').disabled).toBe(true)
    await choose('cadre-village', 2)
    expect(api.listCadres).toHaveBeenLastCalledWith(expect.objectContaining({ villageId: 2, page: 1 }))
    await click(byTestId('cards-village-print'))
    expect(byTestId('cards-what').textContent).toContain('哈拉沟村全部在用干部')
    expect(document.body.textContent).not.toContain('沿长边翻转') // no back side, no duplex
    expect(document.body.textContent).toContain('实际大小')
    await click(byTestId('cards-confirm'))
    expect(api.printContactCards).toHaveBeenCalledWith({ cadreIds: [], villageId: 2, back: false, pledge: '有事您说话，有难我帮忙' })
  })

  it("keeps a cadre's Mongolian name, previews it vertically and shows its field error", async () => {
    api.listCadres.mockResolvedValue({ items: [{ ...rows[0], nameMongolian: 'ᠪᠠᠲᠤᠷ' }], total: 1, page: 1 } as cadres.CadrePage)
    api.saveCadre.mockRejectedValue(new AppError('invalid', '姓名（蒙古文）只能填写蒙古文、数字、空格和标点，不能含有「B」', 'nameMongolian'))
    await mountView()
    expect(byTestId('cadre-row-mn').textContent).toBe('ᠪᠠᠲᠤᠷ') // listed under the Chinese name, in the Mongolian font
    expect(byTestId('cadre-row-mn').classList).toContain('mn-text')
    await click(document.querySelectorAll('[data-testid="cadre-edit"]')[0])
    const input = byTestId('cd-name-mn').querySelector('input') ?? byTestId<HTMLInputElement>('cd-name-mn')
    expect((input as HTMLInputElement).value).toBe('ᠪᠠᠲᠤᠷ')
    expect(byTestId('mn-preview-text').textContent).toBe('ᠪᠠᠲᠤᠷ')
    await type('cd-name-mn', 'Batur')
    await click(byTestId('cd-submit'))
    expect(api.saveCadre).toHaveBeenLastCalledWith(expect.objectContaining({ id: 1, nameMongolian: 'Batur' }))
    const item = byTestId('cd-name-mn').closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('姓名（蒙古文）'))
  })
})
