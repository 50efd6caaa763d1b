// latest.ts keeps search-as-you-type boxes honest: typing waits for a pause before it asks the
// server, and an answer that arrives after a newer request was sent is dropped, so a slow
// answer to "张" can never overwrite the list already showing "张伟".
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue'
import { notifyError } from './feedback'

/** SEARCH_DELAY is how long (ms) typing must pause before a search box asks the server. */
export const SEARCH_DELAY = 300

/** Debounced calls fn once the calls have paused for the delay; flush runs a waiting call now. */
export interface Debounced {
  (): void
  flush(): void
  cancel(): void
}

/** debounce delays fn until calls pause for `wait` ms. Inside a component it is cancelled when
 * the component goes away, so a search typed just before leaving does not fire afterwards. */
export function debounce(fn: () => void, wait = SEARCH_DELAY): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const call = (() => {
    cancel()
    timer = setTimeout(() => {
      timer = undefined
      fn()
    }, wait)
  }) as Debounced
  call.flush = () => {
    if (timer === undefined) return
    cancel()
    fn()
  }
  call.cancel = cancel
  if (getCurrentScope()) onScopeDispose(cancel)
  return call
}

/** Latest runs a loader so that only the newest request's answer (or error) reaches the view. */
export interface Latest<T> {
  /** loading is true while the newest request is on its way. */
  loading: Ref<boolean>
  /** run asks now, dropping a scheduled run; it resolves when the answer is applied or dropped. */
  run(): Promise<void>
  /** schedule runs after typing pauses (SEARCH_DELAY); each call restarts the wait. */
  schedule: Debounced
  /** cancel drops a scheduled run and every answer still on its way. */
  cancel(): void
  /** isCurrent tells a follow-up request (started from apply) whether a newer run has begun. */
  isCurrent(): () => boolean
}

/** useLatest wraps load (which reads the current filters) and apply (which shows its result).
 * Errors of the newest request go to onError (a message by default); older ones are dropped. */
export function useLatest<T>(
  load: () => Promise<T>,
  apply: (value: T) => void,
  opts: { wait?: number; onError?: (e: unknown) => void } = {},
): Latest<T> {
  const loading = ref(false)
  let seq = 0
  const onError = opts.onError ?? ((e: unknown) => void notifyError(e))

  async function run() {
    schedule.cancel()
    const mine = ++seq
    loading.value = true
    try {
      const value = await load()
      if (mine === seq) apply(value)
    } catch (e) {
      if (mine === seq) onError(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  const schedule = debounce(() => void run(), opts.wait ?? SEARCH_DELAY)

  function cancel() {
    schedule.cancel()
    seq++
    loading.value = false
  }
  if (getCurrentScope()) onScopeDispose(cancel)

  function isCurrent() {
    const mine = seq
    return () => mine === seq
  }

  return { loading, run, schedule, cancel, isCurrent }
}

/** Typeahead is a search box's handlers: onType on input, searchNow on Enter or the 查询 button. */
export interface Typeahead {
  onType(): void
  searchNow(): void
  /** cancel drops a search still waiting for the pause (before resetting the filters, say). */
  cancel(): void
}

/** typeahead wires a search box to search: typing searches once it pauses, while Enter and an
 * emptied box search at once. text reads the box. */
export function typeahead(search: () => void, text: () => string): Typeahead {
  const typing = debounce(search)
  const searchNow = () => {
    typing.cancel()
    search()
  }
  return { onType: () => (text().trim() ? typing() : searchNow()), searchNow, cancel: typing.cancel }
}
