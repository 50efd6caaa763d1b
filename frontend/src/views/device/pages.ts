// pages.ts maps a paired device's role to its page. Each page takes the prop `state` (the
// device's DeviceState) and fills the whole screen; the device shell renders it.
import { defineAsyncComponent, type Component } from 'vue'

/** DeviceRoleName is a device role as the server spells it (hall.DeviceRole). */
export type DeviceRoleName = 'kiosk' | 'screen' | 'pad' | 'lookup'

/** pages loads each role's page only when a device of that role opens it. */
export const pages: Record<DeviceRoleName, Component> = {
  kiosk: defineAsyncComponent(() => import('./KioskPage.vue')),
  screen: defineAsyncComponent(() => import('./CallScreenPage.vue')),
  pad: defineAsyncComponent(() => import('./RatingPadPage.vue')),
  lookup: defineAsyncComponent(() => import('./LookupPage.vue')),
}
