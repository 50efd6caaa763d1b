// AppError is what every failed call becomes: a code, a Chinese message, and the form field.
export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated' | 'internal'

export class AppError extends Error {
  code: ErrorCode
  field?: string
  ref?: number
  constructor(code: ErrorCode, message: string, field?: string, ref?: number) {
    super(message)
    this.code = code
    this.field = field
    this.ref = ref
  }
}

// toAppError turns a Wails rejection or a shim rejection (both the JSON text of a hall.Error)
// into an AppError; anything else becomes a generic internal error. Wails refuses arguments it
// cannot decode (a date that is not a date) before the bound method runs, as
// "error parsing arguments: " followed by the hall.Error the decoder returned: that one is read too.
const argPrefix = 'error parsing arguments: '

export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e
  const text = typeof e === 'string' ? e : e instanceof Error ? e.message : ''
  const json = text.startsWith(argPrefix) ? text.slice(argPrefix.length) : text
  try {
    const o = JSON.parse(json)
    if (o && typeof o.message === 'string') return new AppError(o.code ?? 'internal', o.message, o.field || undefined, o.ref || undefined)
  } catch {
    /* not JSON: fall through */
  }
  return new AppError('internal', '操作失败，请稍后重试')
}
