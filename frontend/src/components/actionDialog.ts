// actionDialog.ts is the behaviour an ActionDialogShell's page shares: each opening starts from
// an empty form, one submit at a time, an obviously incomplete form is not sent, and a refusal
// goes next to its field (or on top), a stale one also to the page, which reads the record again.
import { computed, watch, type Ref } from 'vue'
import type { AppError } from '../api/errors'
import { useSubmit } from '../utils/submit'

/** ActionDialogOptions are what one kind of action dialog supplies. */
export interface ActionDialogOptions<T> {
  /** action is the step being taken; null (or undefined) while the dialog is closed. */
  action: () => unknown
  /** errors are the form's messages (useFormErrors): cleared on opening and on submit; general
   * is the one that names no field. */
  errors: { clear: () => void; show: (e: unknown) => AppError; general: Ref<string> }
  /** reset fills the form for a new opening. */
  reset: () => void
  /** incomplete marks plainly missing fields and returns true to hold the submit back. */
  incomplete?: () => boolean
  /** send takes the step on the server and returns the record as it is now. */
  send: () => Promise<T>
  /** emit is the dialog's: done with the record after the step, stale with a refusal because
   * someone else changed the record first. */
  emit: ActionDialogEmit<T>
}

/** ActionDialogEmit is the part of an action dialog's emit that useActionDialog calls. */
export interface ActionDialogEmit<T> {
  (e: 'done', record: T): void
  (e: 'stale', err: AppError): void
}

/** useActionDialog gives the dialog busy (a step in flight), submit (ignored while busy or
 * closed) and shell, the ActionDialogShell props that follow from them (open, busy, error). */
export function useActionDialog<T>(o: ActionDialogOptions<T>) {
  watch(o.action, (a) => {
    if (!a) return
    o.errors.clear()
    o.reset()
  })

  const { busy, submit: guarded } = useSubmit(async () => {
    o.errors.clear()
    if (o.incomplete?.()) return
    try {
      o.emit('done', await o.send())
    } catch (e) {
      const err = o.errors.show(e)
      if (err.code === 'stale') o.emit('stale', err)
    }
  })

  async function submit(): Promise<void> {
    if (!o.action()) return
    await guarded()
  }

  const shell = computed(() => ({ open: !!o.action(), busy: busy.value, error: o.errors.general.value }))

  return { busy, submit, shell }
}
