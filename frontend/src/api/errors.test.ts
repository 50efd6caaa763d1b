import { describe, expect, it } from 'vitest'
import { AppError, toAppError } from './errors'

describe('toAppError', () => {
  it('reads the hall.Error of a rejection', () => {
    const e = toAppError('{"code":"invalid","field":"name","message":"请填写姓名"}')
    expect(e).toBeInstanceOf(AppError)
    expect([e.code, e.field, e.message]).toEqual(['invalid', 'name', '请填写姓名'])
  })

  it('reads the refusal of an argument Wails could not decode, such as a date that is not a date', () => {
    const e = toAppError(
      'error parsing arguments: {"code":"invalid","message":"“2026-02-30”不是有效日期，应写成年-月-日，如2026-10-01"}',
    )
    expect(e.code).toBe('invalid')
    expect(e.message).toBe('“2026-02-30”不是有效日期，应写成年-月-日，如2026-10-01')
  })

  it('turns anything else into the generic message', () => {
    expect(toAppError('error parsing arguments: json: cannot unmarshal').message).toBe('操作失败，请稍后重试')
    expect(toAppError(new Error('boom')).code).toBe('internal')
  })
})
