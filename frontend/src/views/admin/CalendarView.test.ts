import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { AppError } from '../../api/errors'
import * as calendar from '../../api/calendar'
import CalendarView from './CalendarView.vue'

vi.mock('../../api/calendar', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/calendar')>()
  return { ...orig, getCalendar: vi.fn(), saveCalendarYear: vi.fn() }
})

const api = vi.mocked(calendar)

const y2025: calendar.CalendarYear = {
  year: 2025,
  holidays: ['2025-01-01', '2025-10-01'],
  workingWeekends: ['2025-09-28'],
  note: '国务院办公厅关于2025年部分节假日安排的通知（内置）',
}
const y2026: calendar.CalendarYear = {
  year: 2026,
  holidays: ['2026-01-01', '2026-01-02'],
  workingWeekends: ['2026-01-04'],
  note: '国务院办公厅关于2026年部分节假日安排的通知（内置）',
}

function infoOf(missing: number[], ...years: calendar.CalendarYear[]): calendar.CalendarInfo {
  return structuredClone({ years, currentYear: 2026, missing, predicted: [] })
}

let wrapper: VueWrapper | undefined

async function mountView() {
  wrapper = mount(CalendarView, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

function day(date: string): HTMLButtonElement {
  const el = document.querySelector<HTMLButtonElement>(`[data-testid="calendar-day"][data-date="${date}"]`)
  if (!el) throw new Error(`no day ${date}`)
  return el
}

async function click(el: HTMLElement) {
  el.click()
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  api.getCalendar.mockResolvedValue(infoOf([2027], y2025, y2026))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('CalendarView', () => {
  it('warns about the missing years, and not when none is missing', async () => {
    await mountView()
    const banner = byTestId('calendar-missing').textContent ?? ''
    expect(banner).toContain('工作日历缺少 2027 年的节假日安排')
    expect(banner).toContain('未验证')
    expect(banner).toContain('国务院办公厅每年10–12月公布次年安排')
    wrapper!.unmount()
    document.body.innerHTML = ''

    api.getCalendar.mockResolvedValue(infoOf([], y2025, y2026))
    await mountView()
    expect(document.querySelector('[data-testid="calendar-missing"]')).toBeNull()
  })

  it('shows the current year Monday-first with holidays, working weekends and weekends marked', async () => {
    await mountView()
    const years = byTestId('calendar-year')
    expect(years.textContent).toContain('2025')
    expect(years.textContent).toContain('2026')
    expect(years.querySelector('[data-year="2026"]')!.classList.contains('is-active')).toBe(true)

    const days = document.querySelectorAll('[data-testid="calendar-day"]')
    expect(days).toHaveLength(365)
    expect(day('2026-01-01').classList.contains('holiday')).toBe(true) // Thursday
    expect(day('2026-01-04').classList.contains('working')).toBe(true) // Sunday, 调休上班
    expect(day('2026-01-03').classList.contains('weekend')).toBe(true) // Saturday
    expect(day('2026-01-05').className).toBe('day') // an ordinary Monday
    // January 2026 starts on a Thursday: three blanks before it in a Monday-first week
    const jan = day('2026-01-01').parentElement!
    expect(jan.querySelectorAll('.blank')).toHaveLength(3)
    expect((byTestId<HTMLInputElement>('calendar-note')).value).toBe(y2026.note)
    expect(byTestId<HTMLButtonElement>('calendar-save').disabled).toBe(true) // nothing changed yet
  })

  it('toggles a clicked weekday as a holiday and a weekend day as a working day, and saves them', async () => {
    api.saveCalendarYear.mockImplementation(async (y) => infoOf([2027], y2025, y))
    await mountView()

    await click(day('2026-05-06')) // Wednesday → holiday
    await click(day('2026-05-09')) // Saturday → working weekend
    await click(day('2026-01-02')) // an existing holiday → taken off
    expect(day('2026-05-06').classList.contains('holiday')).toBe(true)
    expect(day('2026-05-09').classList.contains('working')).toBe(true)
    expect(day('2026-01-02').classList.contains('holiday')).toBe(false)
    expect(byTestId('calendar-holidays').textContent).toContain('5月6日（三）')
    expect(byTestId('calendar-working').textContent).toContain('5月9日（六）')

    const note = byTestId<HTMLInputElement>('calendar-note')
    note.value = '国办发明电〔2025〕7号'
    note.dispatchEvent(new Event('input'))
    await flushPromises()

    await click(byTestId('calendar-save'))
    expect(api.saveCalendarYear).toHaveBeenCalledTimes(1)
    expect(api.saveCalendarYear.mock.calls[0][0]).toEqual({
      year: 2026,
      holidays: ['2026-01-01', '2026-05-06'],
      workingWeekends: ['2026-01-04', '2026-05-09'],
      note: '国办发明电〔2025〕7号',
    })
    expect(document.querySelector('[data-testid="calendar-error"]')).toBeNull()
    expect(byTestId<HTMLButtonElement>('calendar-save').disabled).toBe(true) // saved: nothing left to save
  })

  it('adds next year empty and shows the server’s message when saving is refused', async () => {
    const msg = '2027 年没有填写节假日，请按国务院办公厅的放假通知填写'
    api.saveCalendarYear.mockRejectedValue(new AppError('invalid', msg, 'holidays'))
    await mountView()

    await click(byTestId('calendar-add-year'))
    expect(byTestId<HTMLInputElement>('calendar-add-year-input').querySelector('input')!.value).toBe('2027')
    await click(byTestId('calendar-add-confirm'))

    expect(byTestId('calendar-year').querySelector('[data-year="2027"]')!.classList.contains('is-active')).toBe(true)
    expect(day('2027-01-01').className).toBe('day') // empty year: nothing marked
    expect(byTestId<HTMLInputElement>('calendar-note').value).toBe('')

    await click(byTestId('calendar-save'))
    expect(api.saveCalendarYear).toHaveBeenCalledWith({ year: 2027, holidays: [], workingWeekends: [], note: '' })
    expect(byTestId('calendar-error').textContent).toContain(msg)

    await click(day('2027-01-01')) // editing clears the message
    expect(document.querySelector('[data-testid="calendar-error"]')).toBeNull()
  })

  it('shows a missing year predicted from the holiday rules apart, and saves it once confirmed', async () => {
    const p2027: calendar.PredictedYear = {
      year: 2027,
      days: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-02-05', name: '春节' },
        { date: '2027-02-06', name: '春节' },
        { date: '2027-10-01', name: '国庆节' },
      ],
      holidays: ['2027-01-01', '2027-02-05', '2027-10-01'],
    }
    api.getCalendar.mockResolvedValue({ ...infoOf([2027], y2025, y2026), predicted: [p2027] })
    const saved: calendar.CalendarYear = {
      year: 2027,
      holidays: p2027.holidays,
      workingWeekends: ['2027-02-20'],
      note: '国办发明电〔2026〕7号',
    }
    api.saveCalendarYear.mockResolvedValue(infoOf([], y2025, y2026, saved))
    await mountView()

    expect(byTestId('calendar-missing').textContent).toContain('按法定节假日规则推算')
    expect(byTestId('calendar-year').querySelector('[data-year="2027"]')!.textContent).toContain('（推算）')
    expect(document.querySelector('[data-testid="calendar-predicted"]')).toBeNull() // 2026 has its notice
    await click(byTestId('calendar-missing-add')) // 核对 2027 年
    expect(byTestId('calendar-missing-add').textContent).toContain('核对 2027 年')

    expect(byTestId('calendar-predicted').textContent).toContain('按规则推算，待核对国务院通知')
    expect(day('2027-01-01').classList.contains('holiday')).toBe(true)
    expect(day('2027-01-01').classList.contains('predicted')).toBe(true)
    expect(day('2027-01-01').title).toContain('元旦（按规则推算）')
    expect(day('2027-02-06').classList.contains('predicted')).toBe(true) // Saturday of 春节
    expect(day('2027-02-06').classList.contains('holiday')).toBe(false)
    expect(day('2027-03-01').classList.contains('predicted')).toBe(false)
    const save = byTestId<HTMLButtonElement>('calendar-save')
    expect(save.disabled).toBe(false) // confirming the prediction as it is is allowed
    expect(save.textContent).toContain('核对无误，保存 2027 年')

    await click(day('2027-02-20')) // the notice's working Saturday
    const note = byTestId<HTMLInputElement>('calendar-note')
    note.value = saved.note
    note.dispatchEvent(new Event('input'))
    await flushPromises()
    await click(save)
    expect(api.saveCalendarYear).toHaveBeenCalledWith(saved)
    expect(document.querySelector('[data-testid="calendar-predicted"]')).toBeNull()
    expect(day('2027-01-01').classList.contains('predicted')).toBe(false) // now the notice's data
    expect(day('2027-01-01').classList.contains('holiday')).toBe(true)
    expect(document.querySelector('[data-testid="calendar-missing"]')).toBeNull()
  })

  it('asks before switching year with unsaved changes', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    await mountView()
    await click(day('2026-03-02'))

    const to2025 = byTestId('calendar-year').querySelector<HTMLInputElement>('[data-year="2025"] input')!
    await click(to2025)
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(confirm.mock.calls[0][0]).toContain('2026 年的工作日历有修改还没有保存')
    expect(day('2026-03-02').classList.contains('holiday')).toBe(true) // kept editing 2026

    confirm.mockResolvedValueOnce('confirm' as never)
    await click(to2025)
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(day('2025-10-01').classList.contains('holiday')).toBe(true)
    expect(document.querySelector('[data-date="2026-03-02"]')).toBeNull()
  })
})
