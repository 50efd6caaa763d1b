// useKeptForm is what a long form (counter intake, petition registration, visit) uses so that
// nothing typed is lost: leaving it with changes asks first (useUnsavedGuard), and its draft is
// kept over a reload (useDraft).
import type { ComputedRef, Ref } from 'vue'
import { useFormSnapshot, useUnsavedGuard } from './useUnsavedGuard'
import { useDraft } from './useDraft'

/** KeptForm is a form kept by useKeptForm. */
export interface KeptForm {
  /** restored is true while the form shows a restored draft (DraftNotice says so). */
  restored: Ref<boolean>
  /** dirty is true while the form differs from its start or its last save. */
  dirty: ComputedRef<boolean>
  /** start takes what the form holds once loaded as its start, then restores a kept draft. */
  start: () => Promise<void>
  /** saved forgets the draft and makes what the form holds the new start. */
  saved: () => void
  /** markClean makes what the form holds the new start (after clearing it for the next one). */
  markClean: () => void
  /** discard drops a restored draft: the form goes back to its start. */
  discard: () => Promise<void>
}

/** useKeptForm keeps the form whose plain data draftOf returns (null when there is nothing to
 * keep) under name; apply puts such data back into the form. */
export function useKeptForm<T>(name: string, draftOf: () => T | null, apply: (d: T) => void | Promise<void>): KeptForm {
  const snapshot = useFormSnapshot(draftOf)
  useUnsavedGuard(snapshot.dirty)
  const draft = useDraft(name, draftOf, apply)
  return {
    restored: draft.restored,
    dirty: snapshot.dirty,
    start: async () => {
      snapshot.markClean()
      await draft.start()
    },
    saved: () => {
      draft.clear()
      snapshot.markClean()
    },
    markClean: snapshot.markClean,
    discard: async () => {
      await draft.discard()
      snapshot.markClean()
    },
  }
}
