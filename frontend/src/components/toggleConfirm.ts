// toggleConfirm.ts is the enable/disable step of the administration screens: ask, save, say so.
import { ElMessage, ElMessageBox } from 'element-plus'
import { i18n } from '../i18n'
import { notifyError } from '../utils/feedback'

/** ToggleRequest describes one enable/disable of a named record. */
export interface ToggleRequest {
  /** active is the state the record is to have. */
  active: boolean
  /** name names the record in the success message. */
  name: string
  /** title heads the confirmation; text says what the change means. */
  title: string
  text: string
  /** save stores the new state. */
  save: () => Promise<unknown>
}

/**
 * useToggleConfirm returns toggle(), which asks before enabling or disabling a record (a
 * warning for disabling), saves it, reports 已启用/已停用 and calls reload. It resolves to whether
 * the record was changed; a refused save is reported and resolves to false (one refused because
 * someone else changed the record first goes to catchStale, see useStale).
 */
export function useToggleConfirm(reload: () => Promise<unknown>, catchStale?: (e: unknown) => boolean) {
  const t = i18n.global.t
  return async function toggle(r: ToggleRequest): Promise<boolean> {
    try {
      await ElMessageBox.confirm(r.text, r.title, {
        confirmButtonText: r.active ? t('admin.common.enable') : t('admin.common.disable'),
        cancelButtonText: t('app.cancel'),
        type: r.active ? 'info' : 'warning',
      })
    } catch {
      return false // cancelled
    }
    try {
      await r.save()
      ElMessage.success(t(r.active ? 'admin.common.enabled' : 'admin.common.disabled', { name: r.name }))
      await reload()
      return true
    } catch (e) {
      if (!catchStale?.(e)) notifyError(e)
      return false
    }
  }
}
