import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import * as ratingApi from '../../api/ratings'
import * as events from '../../api/events'
import type { HallEvent, StreamState } from '../../api/events'
import type { RatingRequest } from '../../api/ratings'
import RatingPadPage from './RatingPadPage.vue'

vi.mock('../../api/ratings', () => ({ padRequest: vi.fn(), padSubmit: vi.fn(), padTimeout: vi.fn() }))
vi.mock('../../api/events', () => ({ openEvents: vi.fn() }))
const api = vi.mocked(ratingApi)

let push: (e: HallEvent) => void = () => {}
let setState: (s: StreamState) => void = () => {}
let wrapper: VueWrapper | undefined

function request(over: Partial<RatingRequest> = {}): RatingRequest {
  return {
    id: 9, hallName: '乌兰木伦镇便民服务大厅', clerkId: 2, clerkName: '王丽娜', clerkNo: 'wanglina', item: '城乡居民医保参保登记',
    caseId: 41, ticketId: 0, window: 1, at: '',
    content: { version: 'offline-2019-1', title: '', overall: '整体满意度', levels: ['非常满意', '满意', '基本满意', '不满意', '非常不满意'],
      indicators: [{ code: 'efficiency', name: '服务效率' }, { code: 'skill', name: '服务水平' }, { code: 'attitude', name: '服务态度' }] },
    ...over,
  } as RatingRequest
}
const none = () => request({ id: 0 })

beforeEach(() => {
  api.padRequest.mockReset().mockResolvedValue(none())
  api.padSubmit.mockReset().mockResolvedValue({})
  api.padTimeout.mockReset().mockResolvedValue({})
  vi.mocked(events.openEvents).mockReset().mockImplementation((onEvent, onState) => {
    push = onEvent
    setState = onState ?? (() => {})
    return () => {}
  })
})

afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

async function mountPad(idleSeconds = 60) {
  wrapper = mount(RatingPadPage, {
    props: { state: { status: 'paired', code: '', name: '1号窗口评价器', role: 'pad', window: 1, hallName: '乌兰木伦镇便民服务大厅' }, idleSeconds },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const byTestId = (w: VueWrapper, id: string) => w.get(`[data-testid="${id}"]`)
const phase = (w: VueWrapper) => byTestId(w, 'rating-pad').attributes('data-phase')

describe('RatingPadPage', () => {
  it('waits idle with the hall and window, and shows a pushed request of its own window only', async () => {
    const w = await mountPad()
    expect(phase(w)).toBe('idle')
    expect(w.text()).toContain('乌兰木伦镇便民服务大厅')
    expect(w.text()).toContain('1号窗口')
    push({ seq: 1, kind: 'rate', window: 2, at: '', data: request({ window: 2 }) })
    await flushPromises()
    expect(phase(w)).toBe('idle')
    push({ seq: 2, kind: 'rate', window: 1, at: '', data: request() })
    await flushPromises()
    expect(phase(w)).toBe('level')
    expect(byTestId(w, 'pad-clerk').text()).toBe('王丽娜')
    expect(byTestId(w, 'pad-clerk-no').text()).toBe('wanglina')
    expect(byTestId(w, 'pad-item').text()).toBe('城乡居民医保参保登记')
    expect(w.findAll('[data-testid^="pad-level-"]').map((b) => b.text())).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
  })

  it('shows the open request again after a reload or a reconnect', async () => {
    api.padRequest.mockResolvedValue(request())
    const w = await mountPad()
    expect(phase(w)).toBe('level')
    api.padRequest.mockResolvedValue(none()) // answered meanwhile (the stream was down)
    setState('open')
    await flushPromises()
    expect(phase(w)).toBe('idle')
  })

  it('takes the level, the indicators for it and a comment, then thanks', async () => {
    api.padRequest.mockResolvedValue(request())
    const w = await mountPad()
    await byTestId(w, 'pad-level-2').trigger('click')
    expect(byTestId(w, 'pad-chosen').text()).toBe('满意')
    expect(w.findAll('[data-testid^="pad-indicator-"]').map((b) => b.text())).toEqual(['服务效率', '服务水平', '服务态度'])
    await byTestId(w, 'pad-indicator-attitude').trigger('click')
    await byTestId(w, 'pad-comment').setValue(' 很耐心 ')
    await byTestId(w, 'pad-submit').trigger('click')
    await flushPromises()
    expect(api.padSubmit).toHaveBeenCalledWith({ requestId: 9, level: 2, indicators: ['attitude'], comment: '很耐心' })
    expect(phase(w)).toBe('thanks')
  })

  it('records 未评价 after the wait without a touch, and returns to idle', async () => {
    vi.useFakeTimers()
    api.padRequest.mockResolvedValue(request())
    const w = await mountPad(60)
    expect(phase(w)).toBe('level')
    await vi.advanceTimersByTimeAsync(59_000)
    await byTestId(w, 'pad-level-4').trigger('pointerdown') // a touch restarts the wait
    await vi.advanceTimersByTimeAsync(59_000)
    expect(api.padTimeout).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(2_000)
    expect(api.padTimeout).toHaveBeenCalledWith(9)
    expect(phase(w)).toBe('idle')
  })
})
