// submit.ts is how every form saves: one save at a time, and a risky save confirmed by a
// deliberate choice. A second Ctrl+Enter or click while a save (or its confirmation) is under
// way is ignored, so a clerk who presses twice never saves twice.
import { ref } from 'vue'
import { ElMessageBox } from 'element-plus'

/** useSubmit wraps a form's save: submit() runs it unless one is in flight; busy shows it. */
export function useSubmit<A extends unknown[]>(save: (...args: A) => Promise<unknown>) {
  const busy = ref(false)
  async function submit(...args: A): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      await save(...args)
    } finally {
      busy.value = false
    }
  }
  return { busy, submit }
}

/** DeliberateConfirm words a confirmation whose yes is risky (saving a likely duplicate). */
export interface DeliberateConfirm {
  title: string
  message: string
  confirm: string // the risky choice, e.g. 仍要受理
  cancel: string // the safe one, e.g. 返回核对
}

/** confirmDeliberately asks before a risky save. The cursor starts on the safe button, so Enter
 * or a repeated Ctrl+Enter goes back; only a click on (or Tab to) the risky button goes on. It
 * resolves true for go on, false otherwise. */
export async function confirmDeliberately(c: DeliberateConfirm): Promise<boolean> {
  const opened = ElMessageBox.confirm(c.message, c.title, {
    confirmButtonText: c.confirm,
    cancelButtonText: c.cancel,
    cancelButtonClass: 'deliberate-cancel',
    type: 'warning',
    autofocus: false,
    closeOnPressEscape: true,
  })
  focusSafeChoice()
  try {
    await opened
    return true
  } catch {
    return false
  }
}

/** focusSafeChoice puts the cursor on the safe button as soon as the box is drawn, and keeps it
 * there while the box's own focus handling settles (a few frames). */
function focusSafeChoice(frames = 30, held = 0) {
  if (frames <= 0 || held >= 5) return
  const button = document.querySelector<HTMLElement>('.el-message-box .deliberate-cancel')
  if (button && document.activeElement !== button) {
    button.focus()
    held = 0
  } else if (button) held++
  requestAnimationFrame(() => focusSafeChoice(frames - 1, held))
}
