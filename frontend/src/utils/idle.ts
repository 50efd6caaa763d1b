// idle.ts is the idle rule as the frontend sees it. The server ends a session after its idle
// time without a request; the page keeps it alive while the operator types or clicks (a light
// keep-alive call when nothing else reached the server for a while) and warns shortly before
// it would end. The server still decides: the page only asks it.

/** IdleTimes are the page's timings, derived from the server's idle time. */
export interface IdleTimes {
  /** idleMs is the server's idle time. */
  idleMs: number
  /** warnMs is how long before the end the warning shows (a minute, less for a short idle time). */
  warnMs: number
  /** keepAliveMs is how long after the last answer activity in the page sends a keep-alive. */
  keepAliveMs: number
}

/** idleTimes derives the page's timings from the server's idle time in seconds. */
export function idleTimes(idleSeconds: number): IdleTimes {
  const idleMs = Math.max(1, idleSeconds) * 1000
  const quarter = Math.floor(idleMs / 4)
  return { idleMs, warnMs: Math.min(60_000, quarter), keepAliveMs: Math.min(60_000, quarter) }
}

/** IdleState is what the page should do now. */
export type IdleState =
  | { kind: 'quiet' }
  | { kind: 'keepAlive' }
  | { kind: 'warn'; secondsLeft: number }
  | { kind: 'expired' }

/** GRACE_MS is how long past the idle time the page waits before asking the server whether the
 * session has ended, so that the server's clock has surely run out too. */
export const GRACE_MS = 1500

/** idleState decides from the last server answer and the last activity in the page (ms since
 * the epoch) what the page should do at now. Activity after the last answer asks for a
 * keep-alive once the answer is keepAliveMs old; without activity the warning shows warnMs
 * before the server's idle time runs out, and after it the session has probably expired. */
export function idleState(now: number, lastAnswer: number, lastActivity: number, t: IdleTimes): IdleState {
  const since = now - lastAnswer
  if (lastActivity > lastAnswer && since >= t.keepAliveMs) return { kind: 'keepAlive' }
  const left = t.idleMs - since
  if (left <= -GRACE_MS) return { kind: 'expired' }
  if (left <= t.warnMs) return { kind: 'warn', secondsLeft: Math.max(0, Math.ceil(left / 1000)) }
  return { kind: 'quiet' }
}
