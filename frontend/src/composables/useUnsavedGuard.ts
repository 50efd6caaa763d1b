// useUnsavedGuard is the one way a page with a form asks before its changes are lost: leaving
// it inside the app (a menu item, browser Back) asks "有未保存的内容，确定离开吗？"; closing or
// reloading the browser tab asks the browser's own question. Going to the login page (after
// signing out) never asks: the operator has already confirmed that. useDialogGuard does the same
// for a short form in a dialog: closing it with changes asks "有未保存的内容，确定放弃吗？".
import { computed, inject, onBeforeUnmount, onMounted, ref, watch, type ComputedRef, type Ref } from 'vue'
import { matchedRouteKey, onBeforeRouteLeave, type RouteLocationNormalized } from 'vue-router'
import { ElMessageBox } from 'element-plus'
import { i18n } from '../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** confirmLeave asks whether to leave a form with changes; true means leave. Staying is the
 * primary, focused button (a stray Enter keeps the work); closing the box stays too. */
export function confirmLeave(): Promise<boolean> {
  return confirmDrop('session.leaveConfirm', 'session.leaveTitle', 'session.stay', 'session.leave')
}

/** confirmDiscard asks whether to close a dialog with changes; true means close. It is
 * confirmLeave's box with the dialog's words. */
export function confirmDiscard(): Promise<boolean> {
  return confirmDrop('session.discardConfirm', 'session.discardTitle', 'session.keepEditing', 'session.discard')
}

/** confirmDrop shows the box: keep is the primary, focused button; true means drop the work. */
async function confirmDrop(message: string, title: string, keep: string, drop: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(t(message), t(title), {
      confirmButtonText: t(keep),
      cancelButtonText: t(drop),
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

/** DialogGuard closes a dialog, asking first when its form has changes. */
export interface DialogGuard {
  /** close asks when the form differs from what the dialog opened with, then closes (for 取消). */
  close: () => Promise<void>
  /** beforeClose is the dialog's before-close hook (×, Esc, a click outside). */
  beforeClose: (done: () => void) => void
}

/** useDialogGuard guards a dialog shown while open is true: the form (source()) as it is when
 * the dialog opens is the baseline; closing it with changes asks confirmDiscard. A save that
 * sets open to false itself does not ask. */
export function useDialogGuard(open: Ref<boolean>, source: () => unknown): DialogGuard {
  const snap = useFormSnapshot(source)
  watch(open, (now) => now && snap.markClean(), { immediate: true })
  const mayClose = async () => !snap.dirty.value || (await confirmDiscard())
  return {
    close: async () => {
      if (await mayClose()) open.value = false
    },
    beforeClose: (done) => {
      void mayClose().then((ok) => ok && done())
    },
  }
}
