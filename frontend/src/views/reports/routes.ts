// routes.ts lists the supervision pages (督导考评); the app's router mounts them under /reports
// and the menu lists them in this order. The server checks reports.view on every method.
import type { RouteRecordRaw } from 'vue-router'
import { i18n } from '../../i18n'

const t = i18n.global.t

/** reportRoutes are the child routes of /reports, each guarded by meta.perm. */
export const reportRoutes: RouteRecordRaw[] = [
  { path: 'dashboard', name: 'report-dashboard', component: () => import('./DashboardView.vue'), meta: { title: t('report.dashboardTitle'), perm: 'reports.view' } },
  { path: 'cases', name: 'report-cases', component: () => import('./DrillView.vue'), meta: { perm: 'reports.view' } },
  { path: 'scorecards', name: 'report-scorecards', component: () => import('./ScorecardView.vue'), meta: { title: t('report.scoreTitle'), perm: 'reports.view' } },
  { path: 'outreach', name: 'report-outreach', component: () => import('./OutreachView.vue'), meta: { title: t('outreach.title'), perm: 'residents.view' } },
  { path: 'briefing', name: 'report-briefing', component: () => import('./BriefingView.vue'), meta: { title: t('briefing.title'), perm: 'reports.view' } },
]
