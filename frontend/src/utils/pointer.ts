// pointer.ts tells a pointer that moves from one that rests. A browser sends mouseenter and
// mouseover (and sometimes a mousemove at the same spot) when a list is drawn under a resting
// pointer; a row highlighted by that would beat the keyboard, and Enter would pick the row under
// the pointer instead of the first. Only a move to a new spot counts as choosing with the mouse.
import { getCurrentScope, onScopeDispose } from 'vue'

/** PointerIntent says whether the mouse event at hand comes from a pointer that really moved. */
export interface PointerIntent {
  moved(ev: MouseEvent): boolean
}

/** usePointerIntent follows the pointer over the whole page (so a spot reached before the list
 * was drawn counts as where it rests) and stops following when the component goes away. */
export function usePointerIntent(target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document): PointerIntent {
  let x = NaN
  let y = NaN
  let fresh = false // the last mousemove went to a new spot
  const track = (ev: Event) => {
    const m = ev as MouseEvent
    fresh = m.clientX !== x || m.clientY !== y
    x = m.clientX
    y = m.clientY
  }
  target.addEventListener('mousemove', track, { capture: true, passive: true })
  if (getCurrentScope()) onScopeDispose(() => target.removeEventListener('mousemove', track, { capture: true }))
  return {
    moved(ev: MouseEvent) {
      if (ev.type !== 'mousemove') return false
      if (ev.clientX !== x || ev.clientY !== y) track(ev) // the page listener has not seen it
      return fresh
    },
  }
}
