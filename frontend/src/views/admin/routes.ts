// routes.ts lists the administrator's pages; the app's router mounts them under /admin.
import type { RouteRecordRaw } from 'vue-router'

/** adminRoutes are the child routes of /admin, each guarded by meta.perm. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'operators',
    name: 'admin-operators',
    component: () => import('./OperatorsView.vue'),
    meta: { title: '操作员管理', perm: 'operators.manage' },
  },
  {
    path: 'places',
    name: 'admin-places',
    component: () => import('./PlacesView.vue'),
    meta: { title: '村组管理', perm: 'places.manage' },
  },
  {
    path: 'catalog',
    name: 'admin-catalog',
    component: () => import('./CatalogView.vue'),
    meta: { title: '服务事项目录', perm: 'catalog.manage' },
  },
  {
    path: 'calendar',
    name: 'admin-calendar',
    component: () => import('./CalendarView.vue'),
    meta: { title: '工作日历', perm: 'calendar.manage' },
  },
  {
    path: 'settings',
    name: 'admin-settings',
    component: () => import('./SettingsView.vue'),
    meta: { title: '大厅信息', perm: 'settings.manage' },
  },
  {
    path: 'audit',
    name: 'admin-audit',
    component: () => import('./AuditView.vue'),
    meta: { title: '审计日志', perm: 'audit.view' },
  },
  {
    path: 'backups',
    name: 'admin-backups',
    component: () => import('./BackupsView.vue'),
    meta: { title: '数据备份', perm: 'backups.manage' },
  },
]
