// routes.ts lists the household contact work pages (入户走访); the app's router mounts them under
// /visits and the menu lists them in this order. Everyone reads; recording is checked on the
// server (visits.record) and the pages hide what the operator cannot do.
import type { RouteRecordRaw } from 'vue-router'
import { visitText } from '../../locales/zh-CN-visits'

/** visitRoutes are the child routes of /visits, each guarded by meta.perm. */
export const visitRoutes: RouteRecordRaw[] = [
  { path: 'coverage', name: 'visit-coverage', component: () => import('./CoverageView.vue'), meta: { title: visitText.menuCoverage, perm: 'residents.view' } },
  { path: 'log', name: 'visit-log', component: () => import('./VisitLogView.vue'), meta: { title: visitText.menuLog, perm: 'residents.view' } },
  { path: 'diary', name: 'visit-diary', component: () => import('./DiaryView.vue'), meta: { title: visitText.menuDiary, perm: 'residents.view' } },
  { path: 'due', name: 'visit-due', component: () => import('./DueView.vue'), meta: { title: visitText.menuDue, perm: 'residents.view' } },
  { path: 'activities', name: 'visit-activities', component: () => import('./ActivitiesView.vue'), meta: { title: visitText.menuActivities, perm: 'residents.view' } },
  { path: 'pairs', name: 'visit-pairs', component: () => import('./PairsView.vue'), meta: { title: visitText.menuPairs, perm: 'residents.view' } },
]
