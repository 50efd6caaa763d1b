// routes.ts lists the administrator's pages; the app's router mounts them under /admin.
import type { RouteRecordRaw } from 'vue-router'
import { i18n } from '../../i18n'

const t = i18n.global.t

/** adminRoutes are the child routes of /admin, each guarded by meta.perm. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'operators',
    name: 'admin-operators',
    component: () => import('./OperatorsView.vue'),
    meta: { title: t('admin.menu.operators'), perm: 'operators.manage' },
  },
  {
    path: 'places',
    name: 'admin-places',
    component: () => import('./PlacesView.vue'),
    meta: { title: t('admin.menu.places'), perm: 'places.manage' },
  },
  {
    path: 'catalog',
    name: 'admin-catalog',
    component: () => import('./CatalogView.vue'),
    meta: { title: t('admin.menu.catalog'), perm: 'catalog.manage' },
  },
  {
    path: 'calendar',
    name: 'admin-calendar',
    component: () => import('./CalendarView.vue'),
    meta: { title: t('admin.menu.calendar'), perm: 'calendar.manage' },
  },
  {
    path: 'settings',
    name: 'admin-settings',
    component: () => import('./SettingsView.vue'),
    meta: { title: t('admin.menu.settings'), perm: 'settings.manage' },
  },
  {
    path: 'mongolian',
    name: 'admin-mongolian',
    component: () => import('./MongolianView.vue'),
    meta: { title: t('mongolian.menu'), perm: 'settings.manage' },
  },
  {
    path: 'devices',
    name: 'admin-devices',
    component: () => import('./DevicesView.vue'),
    meta: { title: t('device.admin.menu'), perm: 'devices.manage' },
  },
  {
    path: 'queue',
    name: 'admin-queue',
    component: () => import('./QueueAdminView.vue'),
    meta: { title: t('queue.admin.menu'), perm: 'devices.manage' },
  },
  {
    path: 'verify',
    name: 'admin-verify',
    component: () => import('./VerifyDocumentsView.vue'),
    meta: { title: t('lookup.verify.menu'), perm: 'documents.verify' },
  },
  {
    path: 'audit',
    name: 'admin-audit',
    component: () => import('./AuditView.vue'),
    meta: { title: t('admin.menu.audit'), perm: 'audit.view' },
  },
  {
    path: 'backups',
    name: 'admin-backups',
    component: () => import('./BackupsView.vue'),
    meta: { title: t('admin.menu.backups'), perm: 'backups.manage' },
  },
  {
    path: 'replica',
    name: 'admin-replica',
    component: () => import('./ReplicaView.vue'),
    meta: { title: t('replica.menu'), perm: 'backups.manage' },
  },
]
