// format.ts reads a petition's time limits for the screens. The regulation counts calendar days
// (only pointing elsewhere counts working days, and the server works that date out), so the
// countdown here is plain date arithmetic in Asia/Shanghai.
import { i18n, type Translate } from '../../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** daysBetween is the calendar days from one YYYY-MM-DD date to another (negative when earlier). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(from + 'T00:00:00Z')
  const b = Date.parse(to + 'T00:00:00Z')
  if (Number.isNaN(a) || Number.isNaN(b)) return 0
  return Math.round((b - a) / 86_400_000)
}

/** CountdownKind colours a deadline: overdue red, due within 3 days orange, else green. */
export type CountdownKind = 'overdue' | 'soon' | 'ok'

/** countdown says how a deadline (YYYY-MM-DD) stands today in calendar days. */
export function countdown(due: string, today: string): { kind: CountdownKind; text: string; days: number } {
  const days = daysBetween(today, due)
  if (days < 0) return { kind: 'overdue', text: t('petitions.overdueDays', { n: -days }), days }
  if (days === 0) return { kind: 'soon', text: t('petitions.dueToday'), days }
  return { kind: days <= 3 ? 'soon' : 'ok', text: t('petitions.daysLeft', { n: days }), days }
}

/** tagType maps a countdown to an Element Plus tag type. */
export function tagType(kind: CountdownKind): 'danger' | 'warning' | 'success' {
  return kind === 'overdue' ? 'danger' : kind === 'soon' ? 'warning' : 'success'
}

/** petitionStatusTag colours a status: waiting orange, running blue, answered green, finished grey. */
export function petitionStatusTag(status: string): 'warning' | 'primary' | 'success' | 'info' | 'danger' {
  switch (status) {
    case 'registered':
      return 'warning'
    case 'replied':
    case 'reviewed':
    case 'rereviewed':
      return 'success'
    case 'refused':
    case 'forwarded':
    case 'closed':
      return 'info'
    case 'reviewing':
    case 'rereviewing':
      return 'danger'
    default:
      return 'primary'
  }
}

/** quarterOf is the quarter (2026Q4) of a YYYY-MM-DD date. */
export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number)
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`
}

/** quarterBounds is the first and last day of a quarter (2026Q4). */
export function quarterBounds(q: string): [string, string] {
  const [y, n] = q.split('Q').map(Number)
  const first = `${y}-${String(3 * n - 2).padStart(2, '0')}-01`
  const last = new Date(Date.UTC(y, 3 * n, 0)).toISOString().slice(0, 10)
  return [first, last]
}

/** quarterLabel writes 2026Q4 as the quarter's name (2026年第四季度). */
export function quarterLabel(q: string): string {
  const [y, n] = q.split('Q')
  const key: string = `petitions.quarterNames.${Number(n)}`
  const known = (i18n.global.te as (key: string) => boolean)(key)
  const name = known ? (t as Translate)(key) : n
  return t('petitions.quarterOf', { y, n: name })
}

/** nextQuarters lists the quarter of today and the next three. */
export function nextQuarters(today: string): string[] {
  let [y, n] = quarterOf(today).split('Q').map(Number)
  const out: string[] = []
  for (let i = 0; i < 4; i++) {
    out.push(`${y}Q${n}`)
    n++
    if (n > 4) {
      n = 1
      y++
    }
  }
  return out
}
