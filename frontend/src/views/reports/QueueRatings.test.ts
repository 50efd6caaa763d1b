import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { app, type hall } from '../../../wailsjs/go/models'
import * as ratingApi from '../../api/ratings'
import { useSession } from '../../stores/session'
import QueueRatings from './QueueRatings.vue'

vi.mock('../../api/ratings', () => ({
  enterRating: vi.fn(), recordCallback: vi.fn(), proposeReview: vi.fn(), decideReview: vi.fn(),
}))
const api = vi.mocked(ratingApi)

const tally = (key: string, name: string, over: Partial<hall.RatingTally> = {}) =>
  ({ key, name, rated: 3, good: 1, bad: 2, unrated: 1, satisfaction: 1 / 3, ...over }) as hall.RatingTally
const ratings = {
  total: tally('', '', { rated: 4, satisfaction: 0.25 }),
  byWindow: [tally('1', '咨询一窗'), tally('2', '咨询二窗', { rated: 1, good: 0, bad: 0, unrated: 0, satisfaction: 0 })],
  byClerk: [tally('clerk1', '窗口甲')],
} as hall.TicketRatings

const badOne = (over: Partial<ratingApi.Rating> = {}) =>
  ({
    ticketNo: 'C002', ticketDay: '2026-12-06', windowName: '咨询一窗',
    rating: {
      id: 9, caseId: 0, ticketId: 2, window: 1, level: 4, levelLabel: '不满意', pending: false, comment: '没说清楚', clerkName: '窗口甲',
      at: '2026-12-06T01:30:00Z', rectifyDue: '2026-12-28', rectified: false, excluded: false, indicators: [], callbacks: [], reviews: [], ...over,
    },
  }) as unknown as ratingApi.TicketRating

function signedInAs(permissions: string[]) {
  useSession().status = app.Status.createFrom({ needsSetup: false, hallName: '大厅', operator: { id: 1, name: '萨如拉' }, permissions, idleMinutes: 30 })
}

let wrapper: VueWrapper | undefined
async function mountIt(bad = [badOne()]) {
  wrapper = mount(QueueRatings, { props: { ratings, bad }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}
const has = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`).exists()

beforeEach(() => {
  setActivePinia(createPinia())
  api.recordCallback.mockReset().mockResolvedValue({} as ratingApi.Rating)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('QueueRatings', () => {
  it('shows the satisfaction by window and by clerk, and the bad ratings with no citizen named', async () => {
    signedInAs(['reports.view'])
    const w = await mountIt()
    const fig = (k: string) => w.get(`[data-testid="window-rating-${k}"] .value`).text()
    expect(fig('satisfaction')).toBe('25.0%')
    expect(fig('unrated')).toBe('1')
    const byWindow = w.get('[data-testid="window-ratings-by-window"]').text()
    expect(byWindow).toContain('咨询一窗')
    expect(byWindow).toContain('33.3%')
    expect(byWindow).toContain('0.0%') // window 2: rated once, not good
    expect(w.get('[data-testid="window-ratings-by-clerk"]').text()).toContain('窗口甲（工号 clerk1）')
    const list = w.get('[data-testid="window-bad-ratings"]').text()
    for (const s of ['C002', '咨询一窗', '窗口甲', '不满意', '没说清楚', '2026-12-28']) expect(list).toContain(s)
    // Report readers without the rating permissions only read.
    for (const id of ['rating-callback', 'rating-propose', 'review-decide']) expect(has(w, id)).toBe(false)
  })

  it('lets the supervisor record a callback on the rating, then asks for the figures again', async () => {
    signedInAs(['reports.view', 'ratings.record', 'ratings.propose'])
    const w = await mountIt()
    expect(has(w, 'rating-propose')).toBe(true)
    await w.get('[data-testid="rating-callback"]').trigger('click')
    await flushPromises()
    const done = document.body.querySelector<HTMLTextAreaElement>('textarea[data-testid="callback-done"]')!
    done.value = '已电话解释'
    done.dispatchEvent(new Event('input'))
    document.body.querySelector<HTMLButtonElement>('[data-testid="rating-submit"]')!.click()
    await flushPromises()
    expect(api.recordCallback).toHaveBeenCalledWith(expect.objectContaining({ ratingId: 9, done: '已电话解释' }))
    expect(w.emitted('changed')).toHaveLength(1)
  })

  it('offers the leader the decision on a proposed review and marks an excluded rating', async () => {
    signedInAs(['reports.view', 'ratings.decide'])
    const w = await mountIt([
      badOne({ reviews: [{ id: 3, ratingId: 9, state: 'proposed', stateLabel: '待领导审核', reason: '辱骂' }] as never }),
      badOne({ id: 10, excluded: true }),
    ])
    expect(w.findAll('[data-testid="review-decide"]')).toHaveLength(1)
    const states = w.findAll('[data-testid="bad-rating-state"]').map((s) => s.text())
    expect(states).toEqual(['复核中', '恶意差评（不计入）'])
  })
})
