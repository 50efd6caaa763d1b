// landing.ts is the one rule for where an operator starts after signing in: each role on the
// screen of its daily work.
import type { RouteLocationRaw } from 'vue-router'

/** LandingFacts are what the start page depends on. */
export interface LandingFacts {
  /** role is the operator's role code (clerk, reception, supervisor, leader, admin). */
  role: string
  /** can reports whether the operator holds a permission. */
  can: (perm: string) => boolean
  /** restoreReview is true right after a restore, until the administrator has checked it. */
  restoreReview: boolean
}

/** landingRoute is the operator's start page: the counter's staff on 办件受理, reception on
 * 今日接待, the leader on the petitions they are responsible for (我包保的), the supervisor on the
 * dashboard, the administrator on 群众查询 (on the backups page right after a restore, to check
 * the accounts it brought). A role without the page's permission falls back the same way. */
export function landingRoute(f: LandingFacts): RouteLocationRaw {
  if (f.restoreReview && f.can('backups.manage')) return { name: 'admin-backups' }
  if (f.role === 'reception' && f.can('petitions.view')) return { name: 'petitions-today' }
  if (f.role === 'leader' && f.can('petitions.view')) return { name: 'petitions', query: { mine: '1' } }
  if ((f.role === 'supervisor' || f.role === 'leader') && f.can('reports.view')) return { name: 'report-dashboard' }
  if (f.role !== 'admin' && f.can('cases.handle')) return { name: 'counter' }
  return { name: 'residents' }
}
