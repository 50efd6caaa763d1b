// deadline.ts reads a case's deadline for the screens: how urgent it is and what to say.
import { openStatuses, type Case } from '../api/cases'
import { i18n } from '../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** DeadlineKind is how a deadline looks: overdue (red), soon (orange, within 3 working days),
 * ok, paused (waiting for materials), or none (finished, or no deadline yet). */
export type DeadlineKind = 'overdue' | 'soon' | 'ok' | 'paused' | 'none'

/** DUE_SOON_DAYS is how many working days ahead a deadline counts as soon (hall.DueSoonDays). */
export const DUE_SOON_DAYS = 3

export type DeadlineFields = Pick<Case, 'status' | 'dueDate' | 'daysLeft' | 'overdue' | 'dueVerified'>

/** deadlineOf says how a case's deadline stands and the words for it. */
export function deadlineOf(c: DeadlineFields): { kind: DeadlineKind; text: string } {
  if (c.status === 'awaiting_materials') return { kind: 'paused', text: t('cases.paused') }
  if (!openStatuses.includes(c.status) || !c.dueDate) return { kind: 'none', text: '' }
  if (c.overdue || c.daysLeft < 0) return { kind: 'overdue', text: t('cases.overdueDays', { n: Math.max(1, Math.abs(c.daysLeft)) }) }
  if (c.daysLeft === 0) return { kind: 'soon', text: t('cases.dueToday') }
  if (c.daysLeft <= DUE_SOON_DAYS) return { kind: 'soon', text: t('cases.daysLeft', { n: c.daysLeft }) }
  return { kind: 'ok', text: t('cases.daysLeft', { n: c.daysLeft }) }
}
