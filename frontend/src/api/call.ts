import { AppError, toAppError } from './errors'

type Listener = (e: AppError) => void
const unauthListeners: Listener[] = []

// onUnauthenticated registers what to do when the session has ended (go to the login page).
export function onUnauthenticated(fn: Listener) {
  unauthListeners.push(fn)
}

// call runs one binding and converts its rejection into an AppError.
export async function call<T>(p: () => Promise<T>): Promise<T> {
  try {
    return await p()
  } catch (e) {
    const err = toAppError(e)
    if (err.code === 'unauthenticated') unauthListeners.forEach((fn) => fn(err))
    throw err
  }
}
