// format.ts formats case times for the screens (stored as UTC RFC 3339, shown in Asia/Shanghai)
// and a case's time limit.
import type { Translate } from '../../i18n'

/** CHINA_OFFSET_MS is Asia/Shanghai's offset from UTC; China has no daylight saving time. */
const CHINA_OFFSET_MS = 8 * 3600_000

/** chinaTime shows an RFC 3339 time as YYYY-MM-DD HH:mm in Asia/Shanghai. */
export function chinaTime(s: string): string {
  const ms = Date.parse(s)
  if (!s || Number.isNaN(ms)) return s
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** chinaDate shows an RFC 3339 time as YYYY-MM-DD in Asia/Shanghai. */
export function chinaDate(s: string): string {
  return chinaTime(s).slice(0, 10)
}

/** todayInChina is today's date in Asia/Shanghai, YYYY-MM-DD. */
export function todayInChina(now = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** statusTagType colours a status: waiting orange, running blue, finished green, closed grey. */
export function statusTagType(status: string): 'warning' | 'primary' | 'success' | 'info' {
  if (status === 'awaiting_materials') return 'warning'
  if (status === 'closed') return 'info'
  if (status === 'done' || status === 'fed_back' || status === 'rated') return 'success'
  return 'primary'
}

/** promisedText says a time limit of n working days, or that the case is done on the spot (n = 0). */
export function promisedText(t: Translate, n: number): string {
  return n > 0 ? t('cases.promisedDays', { n }) : t('cases.promisedNow')
}
