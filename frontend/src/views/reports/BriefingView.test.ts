import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as briefing from '../../api/briefing'
import * as documents from '../../api/documents'
import BriefingView from './BriefingView.vue'

vi.mock('../../api/briefing', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/briefing')>()
  return { ...orig, previewBriefing: vi.fn(), notableCandidates: vi.fn(), saveBriefing: vi.fn(), printBriefing: vi.fn() }
})
vi.mock('../../api/documents', () => ({ deliverDocument: vi.fn(() => '已下载：工作简报-2026年第3期.pdf') }))

const api = vi.mocked(briefing)

function notable(id: number, text = ''): briefing.NotableCase {
  return {
    caseId: id, number: `2026J000${id}`, itemName: '城乡居民医保参保登记', ledger: '即办', source: '大厅窗口', summary: '',
    departments: '', applicantName: '张伟', villageName: '巴图塔村', status: 'closed', statusLabel: '已销号', takenOn: '2026-03-09',
    doneOn: '2026-03-09', outcome: '办成', outcomeNote: '', rating: 1, ratingLabel: '非常满意',
    text: text || `3月9日，巴图塔村群众张某某通过大厅窗口申请办理城乡居民医保参保登记（${id}）。`, picked: !!text,
  } as briefing.NotableCase
}

function sample(canEdit: boolean, notables: briefing.NotableCase[] = []): briefing.Briefing {
  return {
    month: '2026-03', monthLabel: '2026年3月', period: { from: '2026-03-01', to: '2026-03-31' }, hallName: '乌兰木伦镇便民服务大厅',
    issueNo: 3, saved: false,
    settings: { title: '工作简报', office: '乌兰木伦镇便民服务大厅', report: '伊金霍洛旗党委、政府', send: '各嘎查村（社区）', post: '' },
    cases: { sorted: 5, onSpot: 3, proxy: 1, joint: 0, declined: 0, inProgress: 1, rated: 4, good: 3, bad: 1, satisfaction: 0.75 },
    visits: { visits: 12, households: 10, cadres: 2, diaries: 12, issues: 3, issueCases: 1, suggestions: 2, disputes: 0, feedback: 1, activities: 0 },
    petitions: { receptionDays: 2, received: 2, groupVisits: 0, accepted: 2, assigned: 1, leaders: 1, settled: 1, refused: 0, open: 1 },
    prints: { guides: 100, cards: 20, leaflets: 0, talks: 0, attendance: 0 },
    notables, issuedOn: '2026-03-10', headline: '乌兰木伦镇便民服务大厅2026年3月便民服务工作情况',
    sections: [
      { title: '一、窗口即办代办', paragraphs: ['本月大厅和村级帮代办服务站共梳理群众办事事项5件。'], sub: false },
      { title: '二、入户走访与民情日记', paragraphs: ['本月2名包联干部入户走访群众12户次。'], sub: false },
    ],
    canEdit,
  } as unknown as briefing.Briefing
}

let wrapper: VueWrapper | undefined
let pinia: Pinia

function signIn(role: string) {
  useSession().status = app.Status.createFrom({
    needsSetup: false, hallName: '乌兰木伦镇便民服务大厅', township: '乌兰木伦镇', version: 'test',
    operator: { id: 2, username: 'sup', name: '巴特尔', role, roleLabel: '督导', phone: '', active: true, lockedUntil: '', createdAt: '' },
    permissions: ['reports.view'], idleMinutes: 30, today: '2026-03-10',
  })
}

async function mountView() {
  wrapper = mount(BriefingView, { global: { plugins: [pinia, ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function setText(id: string, value: string) {
  const el = byTestId(id)
  const input = (el.matches('input,textarea') ? el : el.querySelector('input,textarea')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  vi.clearAllMocks()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('BriefingView', () => {
  it('shows the month’s figures and lets the supervisor pick a case, edit the lines and save', async () => {
    signIn('supervisor')
    api.previewBriefing.mockResolvedValue(sample(true))
    api.notableCandidates.mockResolvedValue({ items: [notable(1), notable(2)], total: 2, page: 1 } as briefing.NotablePage)
    await mountView()
    expect(api.previewBriefing).toHaveBeenCalledWith('2026-03')
    expect(byTestId('briefing-fig-sorted').textContent).toContain('5件')
    expect(byTestId('briefing-fig-satisfaction').textContent).toContain('75%')
    expect(byTestId('briefing-preview').textContent).toContain('梳理群众办事事项5件')
    expect((byTestId('briefing-save') as HTMLButtonElement).disabled).toBe(true)

    byTestId('briefing-pick-open').click()
    await flushPromises()
    expect(api.notableCandidates).toHaveBeenCalledWith({ month: '2026-03', text: '', page: 1, pageSize: 8 })
    document.querySelectorAll<HTMLElement>('[data-testid="briefing-cand-pick"]')[1].click()
    await flushPromises()
    expect(document.querySelectorAll('[data-testid="briefing-notable"]')).toHaveLength(1)
    await setText('briefing-notable-text', '群众张某某当场办结医保参保登记，群众评价非常满意。')
    await setText('briefing-report', '伊金霍洛旗委办公室')
    expect(byTestId('briefing-preview').textContent).toContain('五、典型事例')
    expect(byTestId('briefing-dist').textContent).toContain('报：伊金霍洛旗委办公室')
    expect(byTestId('briefing-dirty')).toBeTruthy()

    api.saveBriefing.mockRejectedValueOnce(new AppError('invalid', '请填写“发”送单位', 'send'))
    byTestId('briefing-save').click()
    await flushPromises()
    const send = byTestId('briefing-send').closest('.el-form-item')!
    expect(send.classList.contains('is-error')).toBe(true)
    // Element Plus shows the message after a short debounce
    await vi.waitFor(() => expect(send.querySelector('.el-form-item__error')?.textContent).toContain('请填写“发”送单位'))

    api.saveBriefing.mockResolvedValueOnce({ ...sample(true, [notable(2, '群众张某某当场办结医保参保登记，群众评价非常满意。')]), saved: true } as briefing.Briefing)
    byTestId('briefing-save').click()
    await flushPromises()
    expect(api.saveBriefing).toHaveBeenLastCalledWith({
      month: '2026-03', issueNo: 3,
      settings: { title: '工作简报', office: '乌兰木伦镇便民服务大厅', report: '伊金霍洛旗委办公室', send: '各嘎查村（社区）', post: '' },
      notables: [{ caseId: 2, text: '群众张某某当场办结医保参保登记，群众评价非常满意。' }],
    })
    expect(document.querySelector('[data-testid="briefing-dirty"]')).toBeNull()
  })

  it('saves unsaved edits before printing', async () => {
    signIn('supervisor')
    api.previewBriefing.mockResolvedValue(sample(true))
    api.saveBriefing.mockResolvedValue({ ...sample(true), saved: true, settings: { ...sample(true).settings, post: '镇政府网' } } as briefing.Briefing)
    api.printBriefing.mockResolvedValue({ fileName: '工作简报-2026年第3期.pdf', base64: 'JVBERg==' } as briefing.Document)
    await mountView()
    await setText('briefing-post', '镇政府网')
    byTestId('briefing-print').click()
    await flushPromises()
    expect(api.saveBriefing).toHaveBeenCalledTimes(1)
    expect(api.printBriefing).toHaveBeenCalledWith('2026-03')
    expect(vi.mocked(documents.deliverDocument)).toHaveBeenCalled()
    expect(api.saveBriefing.mock.invocationCallOrder[0]).toBeLessThan(api.printBriefing.mock.invocationCallOrder[0])
  })

  it('lets a leader preview and print but not edit', async () => {
    signIn('leader')
    api.previewBriefing.mockResolvedValue(sample(false, [notable(1, '群众张某某当场办结医保参保登记。')]))
    api.printBriefing.mockResolvedValue({ fileName: 'x.pdf', base64: 'JVBERg==' } as briefing.Document)
    await mountView()
    expect(document.querySelector('[data-testid="briefing-save"]')).toBeNull()
    expect(document.querySelector('[data-testid="briefing-report"]')).toBeNull()
    expect(document.querySelector('[data-testid="briefing-pick-open"]')).toBeNull()
    expect(byTestId('briefing-preview').textContent).toContain('（一）城乡居民医保参保登记（2026J0001）')
    byTestId('briefing-print').click()
    await flushPromises()
    expect(api.saveBriefing).not.toHaveBeenCalled()
    expect(api.printBriefing).toHaveBeenCalledWith('2026-03')
  })
})
