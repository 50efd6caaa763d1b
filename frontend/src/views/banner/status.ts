// status.ts keeps the signed-in operator's banner role and permissions for the banner's screens
// (the server checks every permission again; can() only hides buttons).
import { ref } from 'vue'
import { bannerStatus, type BannerStatus } from '../../api/banner'

const status = ref<BannerStatus | null>(null)

/** useBannerStatus gives the banner status, can() and load(). */
export function useBannerStatus() {
  return {
    status,
    can: (perm: string) => !!status.value?.permissions.includes(perm),
    load: async () => {
      status.value = await bannerStatus()
    },
  }
}

/** minutes writes seconds as whole minutes (at least one when there are any). */
export function minutes(seconds: number): number {
  return seconds > 0 ? Math.max(1, Math.round(seconds / 60)) : 0
}

/** percent writes a ratio as a percentage with one decimal. */
export function percent(r: number): string {
  return (Math.round(r * 1000) / 10).toFixed(1) + '%'
}

/** chinaTime writes an RFC 3339 time as a date and minute in China. */
export function chinaTime(at: string): string {
  if (!at) return ''
  const d = new Date(new Date(at).getTime() + 8 * 3600_000)
  return d.toISOString().slice(0, 16).replace('T', ' ')
}
