// stale.ts is how a page handles a save or an action refused because someone else changed the
// record first (code stale): it reads its records again at once, so that it no longer shows the
// old state, and opens StaleDialog with what changed; 重新载入 there reads them again and closes
// the form that held the old version.
import { ref } from 'vue'
import { toAppError, type AppError } from '../api/errors'

/** useStale gives a page the refusal StaleDialog shows (v-model) and catchStale, which takes a
 * caught error and returns false when it is not a stale refusal (the caller reports it as usual).
 * refresh reads the page's records again at the refusal; a page whose only content is the form
 * being typed in passes none, and reads them again on 重新载入 only. */
export function useStale(refresh?: () => unknown) {
  const stale = ref<AppError | null>(null)

  function catchStale(e: unknown): boolean {
    const err = toAppError(e)
    if (err.code !== 'stale') return false
    stale.value = err
    void refresh?.()
    return true
  }

  return { stale, catchStale }
}
