// routes.ts lists the household contact work pages (入户走访); the app's router mounts them under
// /visits and the menu lists them in this order. Everyone reads; recording is checked on the
// server (visits.record) and the pages hide what the operator cannot do.
import type { RouteRecordRaw } from 'vue-router'
import { i18n } from '../../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** visitRoutes are the child routes of /visits, each guarded by meta.perm. */
export const visitRoutes: RouteRecordRaw[] = [
  { path: 'coverage', name: 'visit-coverage', component: () => import('./CoverageView.vue'), meta: { title: t('visit.menuCoverage'), perm: 'residents.view' } },
  { path: 'log', name: 'visit-log', component: () => import('./VisitLogView.vue'), meta: { title: t('visit.menuLog'), perm: 'residents.view' } },
  { path: 'diary', name: 'visit-diary', component: () => import('./DiaryView.vue'), meta: { title: t('visit.menuDiary'), perm: 'residents.view' } },
  { path: 'due', name: 'visit-due', component: () => import('./DueView.vue'), meta: { title: t('visit.menuDue'), perm: 'residents.view' } },
  { path: 'activities', name: 'visit-activities', component: () => import('./ActivitiesView.vue'), meta: { title: t('visit.menuActivities'), perm: 'residents.view' } },
  { path: 'pairs', name: 'visit-pairs', component: () => import('./PairsView.vue'), meta: { title: t('visit.menuPairs'), perm: 'residents.view' } },
]
