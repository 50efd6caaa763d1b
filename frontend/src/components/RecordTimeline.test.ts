import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import RecordTimeline, { type TimelineEvent } from './RecordTimeline.vue'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const events: TimelineEvent[] = [
  { id: 1, at: '2026-11-20T01:05:00Z', operatorName: '王丽娜', action: 'register', actionLabel: '登记', from: '', to: 'registered', note: '' },
  { id: 2, at: '2026-11-20T16:30:00Z', operatorName: '李军', action: 'accept', actionLabel: '受理', from: 'registered', to: 'accepted', note: '已告知' },
  { id: 3, at: '2026-11-21T02:00:00Z', operatorName: '李军', action: 'note', actionLabel: '补记', from: 'accepted', to: 'accepted', note: '' },
]
const names: Record<string, string> = { registered: '已登记', accepted: '已受理' }

function timeline(list: TimelineEvent[], typeOf?: (e: TimelineEvent) => 'primary' | 'success' | 'info') {
  wrapper = mount(RecordTimeline, {
    props: { title: '办理经过', events: list, statusOf: (c: string) => names[c] ?? c, emptyText: '暂无记录', testid: 'tl', eventTestid: 'tl-event', ...(typeOf ? { typeOf } : {}) },
    global: { plugins: [ElementPlus] },
  })
  return wrapper
}

describe('RecordTimeline', () => {
  it('lists the steps newest first in China time, with the status moved and the note', () => {
    const w = timeline(events)
    const steps = w.findAll('[data-testid="tl-event"]')
    expect(steps.map((s) => s.get('.ev-head b').text())).toEqual(['补记', '受理', '登记'])
    expect(steps[1].text()).toContain('已登记 → 已受理')
    expect(steps[1].text()).toContain('已告知')
    expect(steps[2].text()).toContain('已登记')
    expect(steps[2].text()).not.toContain('→')
    expect(steps[0].find('.ev-move').exists()).toBe(false) // no move: no status line
    expect(w.get('[data-testid="tl"]').text()).toContain('2026-11-21 00:30')
    expect(events[0].id).toBe(1) // the caller's list is left as it was
  })

  it('colours the dots as told, and says so when there is nothing yet', () => {
    const w = timeline(events, (e) => (e.to === 'accepted' ? 'success' : 'info'))
    expect(w.findAll('.el-timeline-item__node--success')).toHaveLength(2)
    w.unmount()
    const empty = timeline([])
    expect(empty.find('[data-testid="tl"]').exists()).toBe(false)
    expect(empty.text()).toContain('暂无记录')
  })
})
