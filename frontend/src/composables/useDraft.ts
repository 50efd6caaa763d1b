// useDraft keeps the draft of a long form (counter intake, petition registration, visit) while
// it is typed, so that a reload, a crash of the tab or a server restart loses nothing. Drafts
// live in sessionStorage (this tab only, gone when it closes), one per operator and form; saving
// the form, leaving it on purpose and signing out remove them, so the ID numbers and phones a
// draft may hold stay no longer than needed.
import { onBeforeUnmount, ref, watch, type Ref, type WatchStopHandle } from 'vue'
import { useSession } from '../stores/session'

const PREFIX = 'halldesk-draft:'

/** generation counts the sign-outs: a form opened before one writes no draft after it. */
let generation = 0

/** draftKey names the stored draft of one form for one operator. */
export function draftKey(operatorId: number, form: string): string {
  return `${PREFIX}${operatorId}:${form}`
}

/** clearDrafts removes every stored draft (on signing out). */
export function clearDrafts(storage: Storage = sessionStorage): void {
  generation++
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(PREFIX)) keys.push(k)
  }
  keys.forEach((k) => storage.removeItem(k))
}

/** hasDraft reports whether the signed-in operator has a kept draft of the form (a page opens
 * the form's dialog at once when so). */
export function hasDraft(form: string, storage: Storage = sessionStorage): boolean {
  return storage.getItem(draftKey(useSession().operator?.id ?? 0, form)) !== null
}

/** Draft is a form's kept draft. */
export interface Draft {
  /** restored is true while the form shows a restored draft (the page says so, with 丢弃). */
  restored: Ref<boolean>
  /** start takes the form's starting content, restores a kept draft over it and then keeps
   * saving what is typed. Call it once the form has loaded. */
  start: () => Promise<void>
  /** clear removes the draft (after a save). */
  clear: () => void
  /** discard removes the draft and puts the form back as it started. */
  discard: () => Promise<void>
}

/** useDraft keeps snapshot() (plain data; null when there is nothing to keep, e.g. just saved)
 * under the form's name; apply puts a snapshot back into the form. */
export function useDraft<T>(form: string, snapshot: () => T | null, apply: (d: T) => void | Promise<void>, storage: Storage = sessionStorage): Draft {
  const session = useSession()
  const key = draftKey(session.operator?.id ?? 0, form)
  const restored = ref(false)
  let initial = ''
  let pending: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let stop: WatchStopHandle | undefined
  const mine = generation

  function write(text: string | null) {
    pending = null
    clearTimeout(timer)
    if (mine !== generation) return
    if (text === null || text === 'null' || text === initial) storage.removeItem(key)
    else storage.setItem(key, text)
  }
  const flush = () => pending !== null && write(pending)

  async function start() {
    initial = JSON.stringify(snapshot())
    const kept = storage.getItem(key)
    if (kept && kept !== initial) {
      try {
        await apply(JSON.parse(kept) as T)
        restored.value = true
      } catch {
        storage.removeItem(key) // a draft of an older form: nothing to restore
      }
    }
    stop = watch(
      () => JSON.stringify(snapshot()),
      (text) => {
        pending = text
        clearTimeout(timer)
        timer = setTimeout(flush, 300)
      },
    )
    window.addEventListener('pagehide', flush)
  }

  function clear() {
    write(null)
    restored.value = false
  }

  async function discard() {
    clear()
    if (initial) await apply(JSON.parse(initial) as T)
  }

  onBeforeUnmount(() => {
    stop?.()
    window.removeEventListener('pagehide', flush)
    // Leaving the form on purpose drops its draft; being signed out keeps it for the next sign-in.
    if (session.signedIn) clear()
    else flush()
  })

  return { restored, start, clear, discard }
}
