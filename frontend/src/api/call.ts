import { AppError, toAppError } from './errors'

type Listener = (e: AppError) => void
const unauthListeners: Listener[] = []

// onUnauthenticated registers what to do when the session has ended for good (go to the login page).
export function onUnauthenticated(fn: Listener) {
  unauthListeners.push(fn)
}

/** Reauthenticate asks the operator to sign in again over the open page; it resolves true once
 * signed in (the failed call is then made again) and false when the operator gave up. */
export type Reauthenticate = (e: AppError) => Promise<boolean>

let reauthenticate: Reauthenticate | null = null

/** setReauthenticator installs the sign-in-again dialog (null removes it: an ended session then
 * goes to the login page, as before anyone is signed in). */
export function setReauthenticator(fn: Reauthenticate | null) {
  reauthenticate = fn
}

let lastAnswer = 0
const answerListeners: (() => void)[] = []

/** lastServerAnswer is when the server last answered a call of a signed-in seat (ms since the
 * epoch): each answer counts as activity on the server's side of the session. */
export function lastServerAnswer(): number {
  return lastAnswer
}

/** onServerAnswer registers a function told of every answer that counted as activity. */
export function onServerAnswer(fn: () => void): () => void {
  answerListeners.push(fn)
  return () => answerListeners.splice(answerListeners.indexOf(fn) >>> 0, 1)
}

function answered() {
  lastAnswer = Date.now()
  answerListeners.forEach((fn) => fn())
}

// call runs one binding and converts its rejection into an AppError. When the session has
// ended (idle, a server restart, a restore) it asks the operator to sign in again and, once
// signed in, makes the same call again, so a save in progress completes and nothing typed is
// lost. This is the one place that does so.
export async function call<T>(p: () => Promise<T>): Promise<T> {
  try {
    return await once(p)
  } catch (e) {
    const err = e as AppError
    if (err.code !== 'unauthenticated') throw err
    if (reauthenticate && (await reauthenticate(err))) {
      try {
        return await once(p)
      } catch (again) {
        if ((again as AppError).code !== 'unauthenticated') throw again
      }
    }
    unauthListeners.forEach((fn) => fn(err))
    throw err
  }
}

async function once<T>(p: () => Promise<T>): Promise<T> {
  try {
    const v = await p()
    answered()
    return v
  } catch (e) {
    const err = toAppError(e)
    // A refusal by a rule or a permission was an answer of a live session; a failure to reach
    // the server (code internal) or an ended session was not.
    if (err.code !== 'unauthenticated' && err.code !== 'internal') answered()
    throw err
  }
}
