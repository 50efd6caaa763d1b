// reports.ts wraps DashboardService: the supervision dashboard (督导看板), the lists of cases behind
// its figures and the scorecards (考评). It is the only code that touches those bindings. Go nil
// slices arrive as null and are turned into [] here.
import * as DashboardService from '../../wailsjs/go/app/DashboardService'
import type { app, hall } from '../../wailsjs/go/models'
import { call } from './call'

export type Dashboard = hall.Dashboard
export type GroupCount = hall.GroupCount
export type DrillPage = hall.DrillPage
export type Scorecards = hall.Scorecards
export type CadreScore = hall.CadreScore
export type ClerkScore = hall.ClerkScore
export type Document = app.Document

/** Period is an inclusive range of dates, YYYY-MM-DD. */
export type Period = hall.Period

/** Bucket names a dashboard figure whose cases a drill-down lists (hall.Bucket). */
export type Bucket =
  | 'all'
  | 'onSpot'
  | 'proxy'
  | 'joint'
  | 'solved'
  | 'declined'
  | 'inProgress'
  | 'rated'
  | 'good'
  | 'bad'
  | 'remedyOpen'
  | 'remedyOverdue'
  | 'overdue'
  | 'dueSoon'

/** buckets lists every bucket, for checking a bucket read from the address bar. */
export const buckets: ReadonlyArray<Bucket> = ['all', 'onSpot', 'proxy', 'joint', 'solved', 'declined', 'inProgress', 'rated', 'good', 'bad', 'remedyOpen', 'remedyOverdue', 'overdue', 'dueSoon']

/** DrillQuery asks for the cases behind one figure (hall.DrillQuery); 0 and '' narrow nothing. */
export type DrillQuery = Omit<hall.DrillQuery, 'bucket'> & { bucket: Bucket }

function groups(list: GroupCount[] | null | undefined): GroupCount[] {
  return list ?? []
}

/** getDashboard returns the dashboard of a period. */
export async function getDashboard(p: Period): Promise<Dashboard> {
  const d = await call(() => DashboardService.Get(p))
  d.ledgers = groups(d.ledgers)
  d.items = groups(d.items)
  d.villages = groups(d.villages)
  d.handlers = groups(d.handlers)
  return d
}

/** QueueFigures are the dashboard's queue figures (hall.QueueFigures). */
export type QueueFigures = hall.QueueFigures

/** getQueueFigures returns the queue figures of a period: tickets per day and hour, wait and
 * service times by group and window, no-shows and who waits now. */
export async function getQueueFigures(p: Period): Promise<QueueFigures> {
  const q = await call(() => DashboardService.Queue(p))
  q.byDay = q.byDay ?? []
  q.byHour = q.byHour ?? []
  q.byGroup = q.byGroup ?? []
  q.byWindow = q.byWindow ?? []
  q.ratings.byWindow = q.ratings.byWindow ?? []
  q.ratings.byClerk = q.ratings.byClerk ?? []
  return q
}

/** drill returns one page of the cases behind a figure, with the figure's name. */
export async function drill(q: DrillQuery): Promise<DrillPage> {
  const p = await call(() => DashboardService.Drill(q))
  p.items = (p.items ?? []).map((c) => {
    c.materials = c.materials ?? []
    c.timeline = c.timeline ?? []
    c.actions = c.actions ?? []
    return c
  })
  return p
}

/** getScorecards returns every cadre's and clerk's scorecard for a period. */
export async function getScorecards(p: Period): Promise<Scorecards> {
  const s = await call(() => DashboardService.Scorecards(p))
  s.cadres = s.cadres ?? []
  s.clerks = s.clerks ?? []
  return s
}

/** printScorecards prints the period's scorecards (PDF). */
export function printScorecards(p: Period): Promise<Document> {
  return call(() => DashboardService.PrintScorecards(p))
}

/** exportScorecards exports the period's scorecards (Excel). */
export function exportScorecards(p: Period): Promise<Document> {
  return call(() => DashboardService.ExportScorecards(p))
}

/** PeriodKind is how the period is chosen: this week, month or year, or two dates. */
export type PeriodKind = 'week' | 'month' | 'year' | 'custom'

const day = (d: Date) => d.toISOString().slice(0, 10)

/** presetPeriod is this week (Monday to Sunday), month or year around today (YYYY-MM-DD). */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, today: string): Period {
  const d = new Date(today + 'T00:00:00Z')
  if (kind === 'year') return { from: today.slice(0, 4) + '-01-01', to: today.slice(0, 4) + '-12-31' }
  if (kind === 'month') {
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
    return { from: today.slice(0, 8) + '01', to: day(last) }
  }
  const back = (d.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const mon = new Date(d.getTime() - back * 86400_000)
  return { from: day(mon), to: day(new Date(mon.getTime() + 6 * 86400_000)) }
}

/** kindOf names a period as one of the presets around today, or custom. */
export function kindOf(p: Period, today: string): PeriodKind {
  for (const k of ['month', 'week', 'year'] as const) {
    const q = presetPeriod(k, today)
    if (q.from === p.from && q.to === p.to) return k
  }
  return 'custom'
}
