import { describe, expect, it } from 'vitest'
import { countdown, daysBetween, nextQuarters, quarterBounds, quarterLabel, quarterOf } from './format'

describe('petition deadlines in calendar days', () => {
  it('counts calendar days over months, years and holidays alike', () => {
    expect(daysBetween('2026-09-30', '2026-10-15')).toBe(15)
    expect(daysBetween('2026-12-20', '2027-01-19')).toBe(30)
    expect(daysBetween('2026-10-17', '2026-10-15')).toBe(-2)
  })

  it('says how a deadline stands', () => {
    expect(countdown('2026-10-15', '2026-10-01')).toMatchObject({ kind: 'ok', text: '还剩 14 天' })
    expect(countdown('2026-10-15', '2026-10-13')).toMatchObject({ kind: 'soon', text: '还剩 2 天' })
    expect(countdown('2026-10-15', '2026-10-15')).toMatchObject({ kind: 'soon', text: '今天到期' })
    expect(countdown('2026-10-15', '2026-10-18')).toMatchObject({ kind: 'overdue', text: '已逾期 3 天' })
  })

  it('names quarters', () => {
    expect(quarterOf('2026-11-25')).toBe('2026Q4')
    expect(quarterBounds('2026Q4')).toEqual(['2026-10-01', '2026-12-31'])
    expect(quarterBounds('2028Q1')).toEqual(['2028-01-01', '2028-03-31'])
    expect(quarterLabel('2027Q1')).toBe('2027年第一季度')
    expect(nextQuarters('2026-11-25')).toEqual(['2026Q4', '2027Q1', '2027Q2', '2027Q3'])
  })
})
