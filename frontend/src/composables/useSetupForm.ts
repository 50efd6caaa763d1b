import { reactive, ref } from 'vue'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useSession } from '../stores/session'
import { useFormErrors } from '../utils/feedback'
import type { AppError } from '../api/errors'
import type { SetupForm } from '../api/system'

/**
 * useSetupForm is the submit of a first-start form, the hall's or the banner's: the first
 * administrator (the password typed twice alike) set up with the office details hallOf gives,
 * then after. hallFields are the form's own fields, where the server's messages go; onError sees
 * every refusal. When another window set up first, it starts over at the login page.
 */
export function useSetupForm(hallFields: readonly string[], hallOf: () => SetupForm['hall'], after: () => Promise<unknown>, onError?: (err: AppError) => void) {
  const { t } = useI18n()
  const session = useSession()
  const router = useRouter()
  const busy = ref(false)
  const admin = reactive({ id: 0, username: '', name: '', role: 'admin', phone: '', password: '' })
  const password2 = ref('')
  const { errors, general, clear, show } = useFormErrors([...hallFields, 'username', 'name', 'password', 'password2'])

  async function submit() {
    if (busy.value) return
    clear()
    if (admin.password !== password2.value) {
      errors.password2 = t('setup.passwordMismatch')
      return
    }
    busy.value = true
    try {
      await session.setup({ hall: hallOf(), admin: { ...admin, version: 0 } })
      await after()
    } catch (e) {
      const err = show(e)
      onError?.(err)
      if (err.code === 'conflict' && !err.field) {
        // already set up (another window did it): start over at the login page
        await session.load().catch(() => undefined)
        await router.replace({ name: 'login' })
      }
    } finally {
      busy.value = false
    }
  }

  return { busy, admin, password2, errors, general, show, submit }
}
