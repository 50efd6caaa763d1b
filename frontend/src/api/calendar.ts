// calendar.ts wraps the working-day calendar bindings: the statutory holidays that fall on
// weekdays and the weekend days that are working days (调休上班), one year at a time, as the
// State Council's General Office publishes them. Every call goes through call() so that a
// rejection becomes an AppError; lists the server sends as null become [].
import * as CalendarService from '../../wailsjs/go/app/CalendarService'
import { call } from './call'

/** CalendarYear is one year of the holiday notice; dates are "YYYY-MM-DD". */
export interface CalendarYear {
  year: number
  /** holidays are the days off that fall on Monday to Friday. */
  holidays: string[]
  /** workingWeekends are the Saturdays and Sundays that are working days (调休上班). */
  workingWeekends: string[]
  /** note records the source, e.g. 国办发明电〔2026〕X号. */
  note: string
}

/** StatutoryDay is one day of a statutory holiday: its date and the holiday's name (元旦, 春节 …). */
export interface StatutoryDay {
  date: string
  name: string
}

/** PredictedYear is a missing year's statutory holidays as the national holiday rules give them,
 * without the notice's adjusted working weekends or extra days off: deadlines falling in that year
 * are counted on it, unverified, until the administrator enters or confirms the notice. */
export interface PredictedYear {
  year: number
  /** days lists every statutory day in date order, weekends included. */
  days: StatutoryDay[]
  /** holidays are the days of days that fall on Monday to Friday. */
  holidays: string[]
}

/** CalendarInfo is the calendar as the administrator sees it. */
export interface CalendarInfo {
  years: CalendarYear[]
  currentYear: number
  /** missing names the years a deadline may fall in (this year and next) that have no data. */
  missing: number[]
  /** predicted holds the prediction of each missing year. */
  predicted: PredictedYear[]
}

function normalizeYear(y: Partial<CalendarYear> | null | undefined): CalendarYear {
  return {
    year: y?.year ?? 0,
    holidays: [...(y?.holidays ?? [])],
    workingWeekends: [...(y?.workingWeekends ?? [])],
    note: y?.note ?? '',
  }
}

function normalizeInfo(i: Partial<CalendarInfo> | null | undefined): CalendarInfo {
  return {
    years: (i?.years ?? []).map(normalizeYear).sort((a, b) => a.year - b.year),
    currentYear: i?.currentYear ?? new Date().getFullYear(),
    missing: [...(i?.missing ?? [])].sort((a, b) => a - b),
    predicted: (i?.predicted ?? []).map((p) => ({
      year: p?.year ?? 0,
      days: (p?.days ?? []).map((d) => ({ date: d?.date ?? '', name: d?.name ?? '' })),
      holidays: [...(p?.holidays ?? [])],
    })),
  }
}

/** getCalendar returns the years with data, oldest first, and the years still missing. */
export function getCalendar(): Promise<CalendarInfo> {
  return call(() => CalendarService.Years()).then((i) => normalizeInfo(i as Partial<CalendarInfo>))
}

/** saveCalendarYear adds or corrects one year (administrator) and returns the calendar afresh.
 * The server checks the dates and answers with a Chinese message naming the offending one. */
export function saveCalendarYear(y: CalendarYear): Promise<CalendarInfo> {
  const input = {
    year: y.year,
    holidays: [...y.holidays],
    workingWeekends: [...y.workingWeekends],
    note: y.note,
  }
  return call(() => CalendarService.SaveYear(input)).then((i) => normalizeInfo(i as Partial<CalendarInfo>))
}
