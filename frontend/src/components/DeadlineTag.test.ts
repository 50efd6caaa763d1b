import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import DeadlineTag from './DeadlineTag.vue'
import { deadlineOf, type DeadlineFields } from './deadline'

function c(over: Partial<DeadlineFields>): DeadlineFields {
  return { status: 'in_progress', dueDate: '2026-03-10', daysLeft: 5, overdue: false, dueVerified: true, ...over }
}

function render(over: Partial<DeadlineFields>) {
  return mount(DeadlineTag, { props: { c: c(over) }, global: { plugins: [ElementPlus] } })
}

describe('DeadlineTag', () => {
  it.each([
    [{ daysLeft: 12 }, '剩12个工作日', 'success', 'ok'],
    [{ daysLeft: 3 }, '剩3个工作日', 'warning', 'soon'],
    [{ daysLeft: 1, status: 'submitted' }, '剩1个工作日', 'warning', 'soon'],
    [{ daysLeft: 0 }, '今日到期', 'warning', 'soon'],
    [{ daysLeft: -2, overdue: true }, '逾期2个工作日', 'danger', 'overdue'],
    [{ status: 'awaiting_materials', dueDate: '', daysLeft: 0 }, '暂停计时（待补正）', 'info', 'paused'],
    [{ status: 'awaiting_materials', daysLeft: -4, overdue: false }, '暂停计时（待补正）', 'info', 'paused'],
  ] as const)('%o shows %s', (over, text, type, kind) => {
    const w = render(over as Partial<DeadlineFields>)
    const tag = w.find('[data-testid="deadline-text"]')
    expect(tag.text()).toBe(text)
    // the tag's testid sits on its transition wrapper in tests, on the tag itself in the browser
    const el = tag.element.matches('.el-tag') ? tag : tag.find('.el-tag')
    expect(el.classes()).toContain(`el-tag--${type}`)
    expect(w.find('.deadline').attributes('data-kind')).toBe(kind)
    expect(w.find('[data-testid="deadline-unverified"]').exists()).toBe(false)
  })

  it('shows nothing for a finished case, whatever daysLeft says', () => {
    for (const status of ['done', 'fed_back', 'rated', 'closed']) {
      const w = render({ status, daysLeft: 0 })
      expect(w.text()).toBe('')
      expect(deadlineOf(c({ status, daysLeft: -3, overdue: false })).kind).toBe('none')
    }
  })

  it('shows nothing while an open case has no deadline', () => {
    expect(render({ status: 'accepted', dueDate: '' }).text()).toBe('')
  })

  it('marks a deadline counted over a year without calendar data as 未验证', () => {
    const w = render({ daysLeft: 20, dueVerified: false })
    expect(w.find('[data-testid="deadline-text"]').text()).toBe('剩20个工作日')
    expect(w.find('[data-testid="deadline-unverified"]').text()).toBe('未验证')
  })

  it('trusts overdue from the server even when daysLeft is 0', () => {
    expect(deadlineOf(c({ overdue: true, daysLeft: 0 }))).toEqual({ kind: 'overdue', text: '逾期1个工作日' })
  })
})
