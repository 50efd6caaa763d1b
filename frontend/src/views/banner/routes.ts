// routes.ts maps the banner console's screens (旗县汇总) and keeps a banner's seat on them: the
// banner's data folder has no hall screens, and the hall's have no banner screens.
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** banner marks a screen of the banner console. */
    banner?: boolean
  }
}

export const bannerRoutes: RouteRecordRaw[] = [
  { path: '/banner/setup', name: 'banner-setup', component: () => import('./BannerSetupView.vue'), meta: { banner: true } },
  {
    path: '/banner',
    component: () => import('./BannerLayout.vue'),
    meta: { banner: true },
    children: [
      { path: '', name: 'banner-dashboard', component: () => import('./BannerDashboardView.vue'), meta: { banner: true } },
      { path: 'drill', name: 'banner-drill', component: () => import('./BannerDrillView.vue'), meta: { banner: true } },
      { path: 'halls', name: 'banner-halls', component: () => import('./BannerHallsView.vue'), meta: { banner: true } },
      { path: 'reports', name: 'banner-reports', component: () => import('./BannerReportsView.vue'), meta: { banner: true } },
      { path: 'operators', name: 'banner-operators', component: () => import('./BannerOperatorsView.vue'), meta: { banner: true } },
      { path: 'audit', name: 'banner-audit', component: () => import('../admin/AuditView.vue'), meta: { banner: true } },
    ],
  },
]

/** BannerSeat is what the guard needs to know of the session. */
export interface BannerSeat {
  needsSetup: boolean
  signedIn: boolean
}

/** bannerGuard sends a banner console's seat to its setup, the login page or its screens. */
export function bannerGuard(to: RouteLocationNormalized, s: BannerSeat) {
  if (s.needsSetup) return to.name === 'banner-setup' ? true : { name: 'banner-setup' }
  if (!s.signedIn) return to.name === 'login' ? true : { name: 'login' }
  if (!to.meta.banner || to.name === 'banner-setup') return { name: 'banner-dashboard' }
  return true
}
