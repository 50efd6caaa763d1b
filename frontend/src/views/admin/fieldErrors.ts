// fieldErrors.ts shows a server error next to the form field it names, or as a message.
import { reactive, watch } from 'vue'
import { ElMessage } from 'element-plus'
import { toAppError, type AppError } from '../../api/errors'

/**
 * useFieldErrors keeps one error text per form field. show() puts a server error next to its
 * field when the form has that field, and in an ElMessage otherwise; editing a field clears its
 * error. An ended session is not reported here: the router sends the operator to the login page
 * with its own message.
 */
export function useFieldErrors<T extends object>(form: T) {
  const errors = reactive<Record<string, string>>({})
  const fields = Object.keys(form)
  for (const f of fields) {
    watch(
      () => (form as Record<string, unknown>)[f],
      () => {
        if (errors[f]) errors[f] = ''
      },
    )
  }
  function clear() {
    for (const k of Object.keys(errors)) errors[k] = ''
  }
  function show(e: unknown): AppError {
    const err = toAppError(e)
    if (err.code === 'unauthenticated') return err
    if (err.field && fields.includes(err.field)) errors[err.field] = err.message
    else ElMessage.error(err.message)
    return err
  }
  return { errors, clear, show }
}

/** showError reports an error that belongs to no form (an ended session excepted, as above). */
export function showError(e: unknown): AppError {
  const err = toAppError(e)
  if (err.code !== 'unauthenticated') ElMessage.error(err.message)
  return err
}
