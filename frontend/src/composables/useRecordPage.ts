// useRecordPage is the state a record's page (a case, a petition) shares: the record read by id
// (again when the id changes), 找不到 when it is gone, the action whose dialog is open, the
// record the server returns after an action, and a stale refusal (the page reads the record again
// at once and StaleDialog says what changed).
import { ref, watch, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { toAppError } from '../api/errors'
import { notifyError } from '../utils/feedback'
import { useStale } from '../components/stale'

/** RecordPageOptions are what one kind of record page supplies. */
export interface RecordPageOptions<R> {
  /** id is the record's id (a prop of the page). */
  id: () => number
  /** get reads the record. */
  get: (id: number) => Promise<R>
  /** notFound is the message when the server gives none with its not_found. */
  notFound: () => string
  /** loaded runs after each successful read (to read what hangs off the record). */
  loaded?: (record: R) => void
  /** doneText is the message after an action with the given label. */
  doneText: (label: string) => string
}

/** useRecordPage reads the record and gives the page its state; onDone and onStale are the
 * action dialog's done and stale handlers. */
export function useRecordPage<R, A extends { label: string }>(o: RecordPageOptions<R>) {
  const record = ref(null) as Ref<R | null>
  const loading = ref(false)
  const notFound = ref('')
  const action = ref(null) as Ref<A | null>

  async function load() {
    loading.value = true
    notFound.value = ''
    try {
      record.value = await o.get(o.id())
      o.loaded?.(record.value)
    } catch (e) {
      const err = toAppError(e)
      if (err.code === 'not_found') notFound.value = err.message || o.notFound()
      else notifyError(err)
    } finally {
      loading.value = false
    }
  }
  watch(o.id, load, { immediate: true })

  const { stale, catchStale } = useStale(load)
  /** onStale closes the action's dialog and reads the record again. */
  function onStale(e: unknown) {
    action.value = null
    catchStale(e)
  }

  /** onDone shows the record the action returned and says the action is done. */
  function onDone(updated: R) {
    const label = action.value?.label ?? ''
    action.value = null
    record.value = updated
    ElMessage.success(o.doneText(label))
  }

  return { record, loading, notFound, action, load, stale, onStale, onDone }
}
