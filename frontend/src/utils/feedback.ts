// feedback.ts shows server errors: next to the form field they name, or as a message.
import { nextTick, reactive, ref } from 'vue'
import { ElMessage } from 'element-plus'
import { toAppError, type AppError } from '../api/errors'

/** notifyError shows an error that belongs to no form. An ended session is not repeated here:
 * the router already sends the operator to the login page with its own message. */
export function notifyError(e: unknown): AppError {
  const err = toAppError(e)
  if (err.code !== 'unauthenticated') ElMessage.error(err.message)
  return err
}

/** useFormErrors keeps one message per form field plus a general one for errors without a
 * field the form shows. */
export function useFormErrors(fields: readonly string[]) {
  const errors = reactive<Record<string, string>>(Object.fromEntries(fields.map((f) => [f, ''])))
  const general = ref('')
  const last = ref<AppError | null>(null)

  function clear() {
    for (const f of fields) errors[f] = ''
    general.value = ''
    last.value = null
  }

  /** show puts the error next to its field (every field, when the server reports several), or
   * in the general message; it returns the AppError. */
  function show(e: unknown): AppError {
    const err = toAppError(e)
    clear()
    last.value = err
    if (err.code === 'unauthenticated') return err
    const all = err.fields.length ? err.fields : err.field ? [{ field: err.field, message: err.message }] : []
    for (const f of all) {
      if (fields.includes(f.field)) errors[f.field] ||= f.message
      else general.value ||= f.message
    }
    if (!all.length) general.value = err.message
    return err
  }

  return { errors, general, last, clear, show }
}

/** revealFirstError scrolls the first field marked in error inside root (in the order of the
 * page) into view and puts the cursor in it, once Element Plus has drawn the marks. */
export async function revealFirstError(root: () => HTMLElement | null | undefined, extra = ''): Promise<void> {
  await nextTick()
  const el = root()?.querySelector<HTMLElement>(['.is-error', '.el-form-item.is-error', extra].filter(Boolean).join(', '))
  if (!el) return
  el.scrollIntoView?.({ block: 'center' })
  const target = el.matches('input, textarea, button') ? el : el.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([disabled])')
  target?.focus({ preventScroll: true })
}
