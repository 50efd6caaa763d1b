import { describe, expect, it } from 'vitest'
import { usePointerIntent } from './pointer'

const move = (x: number, y: number) => new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true })

describe('usePointerIntent', () => {
  it('counts a move to a new spot and not an event at the spot where the pointer rests', () => {
    const intent = usePointerIntent()
    document.body.dispatchEvent(move(10, 20)) // the pointer came to rest before the list was drawn
    const again = move(10, 20) // a list drawn under it: the browser repeats the spot
    document.body.dispatchEvent(again)
    expect(intent.moved(again)).toBe(false)
    const real = move(10, 40)
    document.body.dispatchEvent(real)
    expect(intent.moved(real)).toBe(true)
  })

  it('never counts mouseenter or mouseover', () => {
    const intent = usePointerIntent()
    expect(intent.moved(new MouseEvent('mouseenter', { clientX: 5, clientY: 5 }))).toBe(false)
    expect(intent.moved(new MouseEvent('mouseover', { clientX: 6, clientY: 6 }))).toBe(false)
  })
})
