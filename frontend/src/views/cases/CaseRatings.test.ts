import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { app } from '../../../wailsjs/go/models'
import * as ratingApi from '../../api/ratings'
import type { Case } from '../../api/cases'
import { useSession } from '../../stores/session'
import CaseRatings from './CaseRatings.vue'

vi.mock('../../api/ratings', () => ({
  caseRatings: vi.fn(), enterRating: vi.fn(), recordCallback: vi.fn(), proposeReview: vi.fn(), decideReview: vi.fn(),
}))
const api = vi.mocked(ratingApi)

let wrapper: VueWrapper | undefined

const bad = (over: Partial<ratingApi.Rating> = {}) =>
  ({
    id: 7, caseId: 41, level: 5, levelLabel: '非常不满意', channel: 'card', channelLabel: '纸质评价卡', cardNo: 'HD-1', pending: false,
    indicators: [], comment: '排队太久', at: '2026-12-01T02:00:00Z', rectified: false, excluded: false, callbacks: [], reviews: [], ...over,
  }) as unknown as ratingApi.Rating

const kase = (over: Partial<Case> = {}) =>
  ({ id: 41, number: '2026J0001', status: 'rated', rating: 5, remedyDue: '2026-12-22', remedyResolved: false, version: 3, ...over }) as Case

function signedInAs(permissions: string[]) {
  useSession().status = app.Status.createFrom({ needsSetup: false, hallName: '大厅', operator: { id: 1, name: '萨如拉' }, permissions, idleMinutes: 30 })
}

async function mountIt(c: Case) {
  wrapper = mount(CaseRatings, { props: { case: c }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const has = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`).exists()

beforeEach(() => {
  setActivePinia(createPinia())
  api.caseRatings.mockReset().mockResolvedValue([bad()])
})
afterEach(() => wrapper?.unmount())

describe('CaseRatings', () => {
  it('shows the channel, the card number and the rectification due date', async () => {
    signedInAs(['cases.view'])
    const w = await mountIt(kase())
    expect(w.get('[data-testid="rating-channel"]').text()).toBe('纸质评价卡')
    expect(w.text()).toContain('HD-1')
    expect(w.get('[data-testid="rating-rectify"]').text()).toContain('2026-12-22')
    for (const id of ['rating-callback', 'rating-propose', 'review-decide', 'rating-enter-card']) expect(has(w, id)).toBe(false)
  })

  it('offers the supervisor the callback and the review proposal, the leader the decision', async () => {
    signedInAs(['cases.view', 'ratings.record', 'ratings.propose'])
    let w = await mountIt(kase())
    expect(has(w, 'rating-callback') && has(w, 'rating-propose')).toBe(true)
    w.unmount()

    api.caseRatings.mockResolvedValue([bad({ reviews: [{ id: 3, ratingId: 7, state: 'proposed', stateLabel: '待领导审核', reason: '辱骂' }] as never })])
    w = await mountIt(kase())
    expect(has(w, 'rating-propose')).toBe(false) // one review open at a time
    expect(has(w, 'review-decide')).toBe(false)
    w.unmount()

    signedInAs(['cases.view', 'ratings.decide'])
    w = await mountIt(kase())
    expect(has(w, 'review-decide')).toBe(true)
  })

  it('lets the supervisor enter a paper card or a phone rating only on a finished case not yet rated', async () => {
    signedInAs(['cases.view', 'ratings.record'])
    api.caseRatings.mockResolvedValue([])
    let w = await mountIt(kase({ status: 'done', rating: 0 }))
    expect(has(w, 'rating-enter-card') && has(w, 'rating-enter-phone')).toBe(true)
    w.unmount()
    w = await mountIt(kase({ status: 'rated', rating: 2 }))
    expect(has(w, 'rating-enter-card')).toBe(false)
  })

  it('hides the rectification of a rating an approved review took out', async () => {
    signedInAs(['cases.view', 'ratings.record'])
    api.caseRatings.mockResolvedValue([bad({ excluded: true })])
    const w = await mountIt(kase())
    expect(has(w, 'rating-excluded')).toBe(true)
    expect(has(w, 'rating-rectify') || has(w, 'rating-callback')).toBe(false)
  })
})
