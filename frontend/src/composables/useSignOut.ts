// useSignOut is the frame's 退出: it asks first, signs out (the local state is reset even if the
// server could not be reached) and goes to the login page.
import { ElMessageBox } from 'element-plus'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useSession } from '../stores/session'
import { notifyError } from '../utils/feedback'

/** useSignOut returns the sign-out action; after runs once signed out, before the login page. */
export function useSignOut(after?: () => void): () => Promise<void> {
  const { t } = useI18n()
  const session = useSession()
  const router = useRouter()
  return async function signOut() {
    try {
      await ElMessageBox.confirm(t('layout.logoutConfirm'), t('layout.logoutTitle'), {
        confirmButtonText: t('layout.logout'),
        cancelButtonText: t('app.cancel'),
        type: 'warning',
      })
    } catch {
      return // cancelled
    }
    try {
      await session.logout()
    } catch (e) {
      notifyError(e)
    }
    after?.()
    await router.replace({ name: 'login' })
  }
}
