// router.ts maps the screens. Hash history, because the desktop window serves the files itself.
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { adminRoutes } from './views/admin/routes'
import { visitRoutes } from './views/visits/routes'
import { reportRoutes } from './views/reports/routes'
import { bannerRoutes, bannerGuard } from './views/banner/routes'
import { useSession } from './stores/session'
import { onUnauthenticated } from './api/call'
import { RESTORE_REVIEW_KEY } from './api/backups'
import { landingRoute } from './landing'
import { i18n } from './i18n'
import { loadAllWidgets } from './widgets'

/** t reads a message of the current locale. */
const t = i18n.global.t

declare module 'vue-router' {
  interface RouteMeta {
    /** title names the page in the menu. */
    title?: string
    /** perm is the permission needed to open the page. */
    perm?: string
    /** device marks a page for the hall's devices: no session, login or setup redirects. */
    device?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: () => import('./views/SetupView.vue') },
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue') },
  { path: '/device', name: 'device', component: () => import('./views/device/DeviceShell.vue'), meta: { device: true } },
  {
    path: '/',
    component: () => import('./views/Layout.vue'),
    children: [
      // home is only a way in: the guard sends each operator on to their start page.
      { path: '', name: 'home', component: { render: () => null } },
      { path: 'counter', name: 'counter', component: () => import('./views/cases/IntakeView.vue'), meta: { perm: 'cases.handle' } },
      { path: 'cases', name: 'ledgers', component: () => import('./views/cases/LedgersView.vue'), meta: { perm: 'cases.view' } },
      { path: 'cases/:id(\\d+)', name: 'case', component: () => import('./views/cases/CaseDetail.vue'), props: (r) => ({ id: Number(r.params.id) }), meta: { perm: 'cases.view' } },
      { path: 'residents', name: 'residents', component: () => import('./views/residents/ResidentsView.vue') },
      { path: 'residents/import', name: 'resident-import', component: () => import('./views/residents/ImportView.vue'), meta: { perm: 'residents.edit' } },
      { path: 'residents/:id(\\d+)', name: 'resident', component: () => import('./views/residents/ResidentDetail.vue'), props: (r) => ({ id: Number(r.params.id) }) },
      { path: 'households', name: 'households', component: () => import('./views/households/HouseholdsView.vue') },
      { path: 'households/:id(\\d+)', name: 'household', component: () => import('./views/households/HouseholdDetail.vue'), props: (r) => ({ id: Number(r.params.id) }) },
      { path: 'cadres', name: 'cadres', component: () => import('./views/cadres/CadresView.vue') },
      { path: 'queue/desk', name: 'queue-desk', component: () => import('./views/queue/DeskTicketView.vue'), meta: { perm: 'queue.issue' } },
      { path: 'prints', name: 'prints', component: () => import('./views/prints/PrintShopView.vue'), meta: { perm: 'print' } },
      { path: 'petitions/today', name: 'petitions-today', component: () => import('./views/petitions/TodayView.vue'), meta: { perm: 'petitions.view' } },
      { path: 'petitions/new', name: 'petition-new', component: () => import('./views/petitions/RegisterView.vue'), meta: { perm: 'petitions.handle' } },
      { path: 'petitions/roster', name: 'petition-roster', component: () => import('./views/petitions/RosterView.vue'), meta: { perm: 'petitions.view' } },
      { path: 'petitions', name: 'petitions', component: () => import('./views/petitions/LedgerView.vue'), meta: { perm: 'petitions.view' } },
      { path: 'petitions/:id(\\d+)', name: 'petition', component: () => import('./views/petitions/PetitionDetail.vue'), props: (r) => ({ id: Number(r.params.id) }), meta: { perm: 'petitions.view' } },
      { path: 'visits', name: 'visits', children: visitRoutes, redirect: { name: 'visit-due' } },
      { path: 'reports', name: 'reports', children: reportRoutes, redirect: { name: 'report-outreach' } },
      { path: 'admin', name: 'admin', children: adminRoutes, redirect: () => firstAdminRoute() },
    ],
  },
  ...bannerRoutes,
  { path: '/:pathMatch(.*)*', redirect: { name: 'home' } },
]

export const router = createRouter({ history: createWebHashHistory(), routes })

/** homeRoute is where the signed-in operator starts (the rule is landingRoute's). */
export function homeRoute() {
  const s = useSession()
  return landingRoute({ role: s.operator?.role ?? '', can: s.can, restoreReview: !!sessionStorage.getItem(RESTORE_REVIEW_KEY) })
}

/** firstAdminRoute is the first 系统管理 page the operator may open. */
function firstAdminRoute() {
  const s = useSession()
  const r = adminRoutes.find((r) => r.name && (!r.meta?.perm || s.can(r.meta.perm)))
  return r?.name ? { name: r.name } : homeRoute()
}

router.beforeEach(async (to) => {
  if (to.meta.device) return true // a hall device is no operator: it never signs in
  const s = useSession()
  if (!s.loaded) {
    try {
      await s.load()
    } catch {
      return true // App.vue shows the load error with a retry button
    }
  }
  if (s.console === 'banner') return bannerGuard(to, s)
  if (to.meta.banner) return { name: 'home' }
  if (s.needsSetup) return to.name === 'setup' ? true : { name: 'setup' }
  if (to.name === 'setup') return s.signedIn ? homeRoute() : { name: 'login' }
  if (!s.signedIn) return to.name === 'login' ? true : { name: 'login' }
  if (to.name === 'login') return homeRoute()
  const perm = to.matched.map((r) => r.meta.perm).find((p) => p && !s.can(p))
  if (perm || to.name === 'home') return homeRoute()
  return true
})

// Every screen but the first ones (login, setup) needs the whole of Element Plus: load it once
// the destination is settled, so the window's first screen never waits for it.
router.beforeResolve(async (to) => {
  if (to.name !== 'login' && to.name !== 'setup') await loadAllWidgets()
})

// An expired or ended session anywhere sends the operator back to the login page.
onUnauthenticated(() => {
  const s = useSession()
  s.reset(t('app.sessionExpired'))
  if (router.currentRoute.value.name !== 'login') router.push({ name: 'login' })
})

// A page's code that no longer exists (the program was upgraded while this page was open)
// cannot load; reload once instead of silently doing nothing.
router.onError((err, to) => {
  const stale = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(String(err?.message ?? err))
  if (stale && sessionStorage.getItem('halldesk-reloaded') !== to.fullPath) {
    sessionStorage.setItem('halldesk-reloaded', to.fullPath)
    window.location.hash = to.fullPath
    window.location.reload()
  }
})
