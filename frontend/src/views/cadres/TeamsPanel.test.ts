import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { AppError } from '../../api/errors'
import * as cadres from '../../api/cadres'
import type { Village } from '../../api/places'
import TeamsPanel from './TeamsPanel.vue'

vi.mock('../../api/cadres', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/cadres')>()
  return { ...orig, listCadres: vi.fn(), saveTeam: vi.fn() }
})

const api = vi.mocked(cadres)

const villages = [
  { id: 1, name: '巴图塔村', kind: '村', active: true, groups: [] },
  { id: 2, name: '哈拉沟村', kind: '村', active: true, groups: [] },
] as unknown as Village[]

function team(over: Partial<cadres.WorkTeam>): cadres.WorkTeam {
  return {
    id: 5,
    name: '巴图塔村驻村工作队',
    kind: '驻村工作队',
    leaderCadreId: 1,
    leaderName: '巴特尔',
    villageId: 1,
    villageName: '巴图塔村',
    memberCount: 2,
    active: true,
    ...over,
  } as cadres.WorkTeam
}

function cadre(id: number, name: string, villageIds: number[], teamId = 0, teamName = ''): cadres.Cadre {
  return { id, name, nameMongolian: '', position: '', unit: '', phone: '13947700000', type: '驻村干部', villageIds, villageNames: [], coverage: '', teamId, teamName, households: 0, active: true, updatedAt: '', version: 1 } as cadres.Cadre
}

let wrapper: VueWrapper | undefined

async function mountPanel(canManage = true, teams = [team({})]) {
  wrapper = mount(TeamsPanel, { props: { teams, villages, canManage }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function type(id: string, value: string) {
  const input = (byTestId(id).querySelector('input') ?? byTestId(id)) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function choose(testid: string, value: unknown) {
  const select = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === testid)!
  select.vm.$emit('update:modelValue', value)
  await flushPromises()
}

async function click(el: Element) {
  ;(el as HTMLElement).click()
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  api.listCadres.mockResolvedValue({
    items: [cadre(1, '巴特尔', [1], 5, '巴图塔村驻村工作队'), cadre(2, '其木格', [2]), cadre(3, '刘海燕', [1])],
    total: 3,
    page: 1,
  } as cadres.CadrePage)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('TeamsPanel', () => {
  it('lists each team with its leader, village and members', async () => {
    await mountPanel()
    expect([...document.querySelectorAll('[data-testid="team-row"]')].map((e) => e.textContent)).toEqual(['巴图塔村驻村工作队'])
    const text = byTestId('team-table').textContent ?? ''
    expect(text).toContain('巴特尔')
    expect(text).toContain('巴图塔村')
    expect(byTestId('team-members').textContent).toContain('2 人')
    await click(byTestId('team-members'))
    expect(wrapper!.emitted('members')?.[0]).toEqual([expect.objectContaining({ id: 5 })])
  })

  it('adds a team from the dialog, leaders of its village offered first', async () => {
    api.saveTeam.mockResolvedValue(team({ id: 6, name: '哈拉沟村驻村工作组', kind: '驻村工作组', leaderCadreId: 2, leaderName: '其木格', villageId: 2, villageName: '哈拉沟村', memberCount: 1 }))
    await mountPanel()
    await click(byTestId('team-new'))
    expect(api.listCadres).toHaveBeenCalledWith(expect.objectContaining({ includeInactive: false }))
    // nothing chosen: the form says what is missing and asks nothing of the server
    await click(byTestId('tm-submit'))
    expect(api.saveTeam).not.toHaveBeenCalled()
    expect(byTestId('tm-leader').closest('.el-form-item')!.classList.contains('is-error')).toBe(true)

    await type('tm-name', ' 哈拉沟村驻村工作组 ')
    await click(byTestId('tm-kind').querySelectorAll('.el-radio')[1])
    await choose('tm-village', 2)
    const select = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'tm-leader')!
    const labels = select.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))
    expect(labels).toEqual(['其木格（驻村干部）', '巴特尔（驻村干部，巴图塔村驻村工作队）', '刘海燕（驻村干部）'])
    await choose('tm-leader', 2)
    await click(byTestId('tm-submit'))
    expect(api.saveTeam).toHaveBeenCalledWith({ id: 0, name: '哈拉沟村驻村工作组', kind: '驻村工作组', leaderCadreId: 2, villageId: 2, active: true })
    expect(wrapper!.emitted('saved')?.[0]).toEqual([expect.objectContaining({ id: 6 })])
  })

  it('shows the server refusal next to the leader, and edits keep the team', async () => {
    api.saveTeam.mockRejectedValue(new AppError('conflict', '其木格已是哈拉沟村驻村工作组的成员，一名干部只能属于一个工作队', 'leaderCadreId'))
    await mountPanel()
    await click(byTestId('team-edit'))
    await choose('tm-leader', 2)
    await click(byTestId('tm-submit'))
    expect(api.saveTeam).toHaveBeenCalledWith({ id: 5, name: '巴图塔村驻村工作队', kind: '驻村工作队', leaderCadreId: 2, villageId: 1, active: true })
    const item = byTestId('tm-leader').closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('一名干部只能属于一个工作队'))
    expect(wrapper!.emitted('saved')).toBeUndefined()
  })

  it('hides adding and editing from operators who may not manage cadres', async () => {
    await mountPanel(false)
    expect(document.querySelector('[data-testid="team-new"]')).toBeNull()
    expect(document.querySelector('[data-testid="team-edit"]')).toBeNull()
    expect(document.querySelector('[data-testid="team-row"]')).not.toBeNull()
  })
})
