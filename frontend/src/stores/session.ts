// session.ts is the signed-in state of this seat: the hall's status, the operator and what
// the operator may do. The server checks every permission again; can() only hides buttons.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getStatus, setup as setupHall, type SetupForm, type Status } from '../api/system'
import { login as apiLogin, logout as apiLogout } from '../api/auth'
import { toAppError } from '../api/errors'
import { clearDrafts } from '../composables/useDraft'

export const useSession = defineStore('session', () => {
  const status = ref<Status | null>(null)
  /** loaded is true once the status has been read from the server. */
  const loaded = ref(false)
  /** loadError explains why the status could not be read (server gone, …). */
  const loadError = ref('')
  /** notice is shown on the login page (e.g. why the operator was signed out). */
  const notice = ref('')

  const operator = computed(() => status.value?.operator ?? null)
  const signedIn = computed(() => !!operator.value)
  const needsSetup = computed(() => !!status.value?.needsSetup)
  const hallName = computed(() => status.value?.hallName ?? '')
  /** console names the program when it is not a hall's desk ('banner': the banner console). */
  const console = computed(() => status.value?.console ?? '')

  /** load reads the status from the server. */
  async function load(): Promise<void> {
    try {
      status.value = await getStatus()
      status.value.permissions = status.value.permissions ?? []
      loadError.value = ''
      loaded.value = true
    } catch (e) {
      loadError.value = toAppError(e).message
      throw e
    }
  }

  /** login signs in and reloads the status to learn the operator's permissions. */
  async function login(username: string, password: string): Promise<void> {
    await apiLogin(username, password)
    notice.value = ''
    await load()
  }

  /** logout signs out; the local state and the drafts of this tab are reset even if the server
   * could not be reached. */
  async function logout(): Promise<void> {
    try {
      await apiLogout()
    } finally {
      clearDrafts()
      reset()
    }
  }

  /** setup does the first-start setup; the new administrator is signed in. */
  async function setup(form: SetupForm): Promise<void> {
    status.value = await setupHall(form)
    status.value.permissions = status.value.permissions ?? []
    loaded.value = true
    notice.value = ''
  }

  /** can reports whether the operator holds a permission such as 'residents.edit'. */
  function can(perm: string): boolean {
    return !!status.value?.operator && (status.value.permissions ?? []).includes(perm)
  }

  /** reset forgets the operator (after logout or an expired session), keeping the hall's name. */
  function reset(message = ''): void {
    if (status.value) {
      status.value.operator = undefined
      status.value.permissions = []
    }
    notice.value = message
  }

  return { status, loaded, loadError, notice, operator, signedIn, needsSetup, hallName, console, load, login, logout, setup, can, reset }
})
