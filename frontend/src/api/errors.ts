// AppError is what every failed call becomes: a code, a Chinese message, and the form field.
import { i18n } from '../i18n'

export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'stale' | 'disk_full' | 'forbidden' | 'unauthenticated' | 'unpaired' | 'internal'

/** FieldError is one invalid field of a form (hall.FieldError). */
export interface FieldError {
  field: string
  message: string
}

/** Change is one field that differs between a save refused as stale and the record as stored
 * now (hall.Change), masked as the screen masks it. */
export interface Change {
  label: string
  old: string
  new: string
}

export class AppError extends Error {
  code: ErrorCode
  field?: string
  ref?: number
  /** fields lists every invalid field when the server checked the form as a whole. */
  fields: FieldError[]
  /** changes says, for a save against an old version (code stale), what is different now. */
  changes: Change[]
  constructor(code: ErrorCode, message: string, field?: string, ref?: number, fields: FieldError[] = [], changes: Change[] = []) {
    super(message)
    this.code = code
    this.field = field
    this.ref = ref
    this.fields = fields
    this.changes = changes
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
    if (o && typeof o.message === 'string') {
      const fields = Array.isArray(o.fields) ? (o.fields as FieldError[]).filter((f) => f && typeof f.field === 'string' && typeof f.message === 'string') : []
      const changes = Array.isArray(o.changes) ? (o.changes as Change[]).filter((c) => c && typeof c.label === 'string') : []
      return new AppError(o.code ?? 'internal', o.message, o.field || undefined, o.ref || undefined, fields, changes)
    }
  } catch {
    /* not JSON: fall through */
  }
  return new AppError('internal', i18n.global.t('app.failed'))
}
