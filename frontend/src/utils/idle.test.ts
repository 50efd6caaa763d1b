import { describe, expect, it } from 'vitest'
import { GRACE_MS, idleState, idleTimes } from './idle'

const MIN = 60_000

describe('idleTimes', () => {
  it('warns a minute ahead and keeps alive at most every minute; less for a short idle time', () => {
    expect(idleTimes(30 * 60)).toEqual({ idleMs: 30 * MIN, warnMs: MIN, keepAliveMs: MIN })
    expect(idleTimes(20)).toEqual({ idleMs: 20_000, warnMs: 5_000, keepAliveMs: 5_000 })
  })
})

describe('idleState', () => {
  const t = idleTimes(30 * 60)
  const answer = 1_000_000

  it('is quiet right after an answer, with or without typing', () => {
    expect(idleState(answer + 10_000, answer, 0, t)).toEqual({ kind: 'quiet' })
    expect(idleState(answer + 10_000, answer, answer + 5_000, t)).toEqual({ kind: 'quiet' })
  })

  it('keeps the session alive once typing went a while without reaching the server', () => {
    expect(idleState(answer + MIN, answer, answer + 5_000, t)).toEqual({ kind: 'keepAlive' })
    expect(idleState(answer + 29.5 * MIN, answer, answer + 29 * MIN, t)).toEqual({ kind: 'keepAlive' })
  })

  it('warns in the last minute with the seconds left when nobody touched the page', () => {
    expect(idleState(answer + 28.9 * MIN, answer, 0, t)).toEqual({ kind: 'quiet' })
    expect(idleState(answer + 29 * MIN, answer, 0, t)).toEqual({ kind: 'warn', secondsLeft: 60 })
    expect(idleState(answer + 30 * MIN - 1_500, answer, answer - 1, t)).toEqual({ kind: 'warn', secondsLeft: 2 })
  })

  it('asks the server only once its idle time has surely run out', () => {
    expect(idleState(answer + 30 * MIN, answer, 0, t)).toEqual({ kind: 'warn', secondsLeft: 0 })
    expect(idleState(answer + 30 * MIN + GRACE_MS, answer, 0, t)).toEqual({ kind: 'expired' })
  })
})
