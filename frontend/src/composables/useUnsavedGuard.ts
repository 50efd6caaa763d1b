// useUnsavedGuard is the one way a page with a form asks before its changes are lost: leaving
// it inside the app (a menu item, browser Back) asks "有未保存的内容，确定离开吗？"; closing or
// reloading the browser tab asks the browser's own question. Going to the login page (after
// signing out) never asks: the operator has already confirmed that.
import { computed, inject, onBeforeUnmount, onMounted, ref, type ComputedRef, type Ref } from 'vue'
import { matchedRouteKey, onBeforeRouteLeave, type RouteLocationNormalized } from 'vue-router'
import { ElMessageBox } from 'element-plus'
import { i18n } from '../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** confirmLeave asks whether to leave a form with changes; true means leave. Staying is the
 * primary, focused button (a stray Enter keeps the work); closing the box stays too. */
export async function confirmLeave(): Promise<boolean> {
  try {
    await ElMessageBox.confirm(t('session.leaveConfirm'), t('session.leaveTitle'), {
      confirmButtonText: t('session.stay'),
      cancelButtonText: t('session.leave'),
      confirmButtonClass: 'leave-stay',
      cancelButtonClass: 'leave-go',
      distinguishCancelAndClose: true,
      closeOnHashChange: false, // browser Back has already changed the address when it asks
      type: 'warning',
    })
    return false
  } catch (action) {
    return action === 'cancel'
  }
}

let asked: { to: RouteLocationNormalized; leave: Promise<boolean> } | null = null

/** useUnsavedGuard guards the calling page while dirty() is true. */
export function useUnsavedGuard(dirty: Ref<boolean> | (() => boolean)): void {
  const isDirty = () => (typeof dirty === 'function' ? dirty() : dirty.value)
  // A form shown outside any page (a component test) has no route to leave.
  if (inject(matchedRouteKey, null)?.value) {
    onBeforeRouteLeave((to) => {
      if (!isDirty() || to.name === 'login') return true
      // Two guarded forms on one page (a dialog's over the page's) ask once per navigation.
      if (asked?.to !== to) asked = { to, leave: confirmLeave() }
      return asked.leave
    })
  }
  function onBeforeUnload(ev: BeforeUnloadEvent) {
    if (!isDirty()) return
    ev.preventDefault()
    ev.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
}

/** FormSnapshot tells whether a form differs from where it started or was last saved. */
export interface FormSnapshot {
  /** dirty is true while the form differs from its baseline. */
  dirty: ComputedRef<boolean>
  /** markClean makes what the form holds now the baseline (after loading or saving). */
  markClean: () => void
}

/** useFormSnapshot compares what source() returns (plain data) with a baseline taken by
 * markClean; the first baseline is what source() returns when it is called. */
export function useFormSnapshot(source: () => unknown): FormSnapshot {
  const text = computed(() => JSON.stringify(source() ?? null))
  const baseline = ref(text.value)
  return {
    dirty: computed(() => text.value !== baseline.value),
    markClean: () => {
      baseline.value = text.value
    },
  }
}
