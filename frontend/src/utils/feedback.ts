// feedback.ts shows server errors: next to the form field they name, or as a message.
import { reactive, ref } from 'vue'
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

  /** show puts the error next to its field, or in the general message; it returns the AppError. */
  function show(e: unknown): AppError {
    const err = toAppError(e)
    clear()
    last.value = err
    if (err.code === 'unauthenticated') return err
    if (err.field && fields.includes(err.field)) errors[err.field] = err.message
    else general.value = err.message
    return err
  }

  return { errors, general, last, clear, show }
}
