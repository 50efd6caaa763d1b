import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { AppError } from '../api/errors'
import { useFormErrors } from '../utils/feedback'
import { useActionDialog } from './actionDialog'

// setup builds an action dialog whose send is controlled by the test.
function setup(incomplete = () => false) {
  const action = ref<string | null>(null)
  const errors = useFormErrors(['note'])
  const log = { resets: 0, done: [] as string[], stale: [] as AppError[], sends: 0 }
  let finish: (v: string) => void = () => {}
  let fail: (e: unknown) => void = () => {}
  const d = useActionDialog<string>({
    action: () => action.value,
    errors,
    reset: () => log.resets++,
    incomplete,
    send: () => {
      log.sends++
      return new Promise<string>((res, rej) => {
        finish = res
        fail = rej
      })
    },
    emit: (e: 'done' | 'stale', x: string | AppError) => {
      if (e === 'done') log.done.push(x as string)
      else log.stale.push(x as AppError)
    },
  })
  return { action, errors, log, d, finish: (v: string) => finish(v), fail: (e: unknown) => fail(e) }
}

describe('useActionDialog', () => {
  it('starts each opening from a reset form with no old errors', async () => {
    const { action, errors, log } = setup()
    errors.errors.note = '旧的'
    action.value = 'start'
    await nextTick()
    expect(log.resets).toBe(1)
    expect(errors.errors.note).toBe('')
    action.value = null
    await nextTick()
    expect(log.resets).toBe(1)
  })

  it('sends once while a step is in flight, then hands over the record', async () => {
    const { action, log, d, finish } = setup()
    action.value = 'start'
    const first = d.submit()
    void d.submit()
    expect(d.busy.value).toBe(true)
    expect(log.sends).toBe(1)
    finish('办理中')
    await first
    expect(log.done).toEqual(['办理中'])
    expect(d.busy.value).toBe(false)
  })

  it('sends nothing while closed or while the form is plainly incomplete', async () => {
    let missing = true
    const { action, log, d } = setup(() => missing)
    await d.submit()
    action.value = 'complete'
    await d.submit()
    expect(log.sends).toBe(0)
    missing = false
    void d.submit()
    expect(log.sends).toBe(1)
  })

  it('puts a refusal next to its field and passes a stale one to the page', async () => {
    const { action, errors, log, d, fail } = setup()
    action.value = 'reply'
    let p = d.submit()
    fail(new AppError('invalid', '请填写说明', 'note'))
    await p
    expect(errors.errors.note).toBe('请填写说明')
    expect(log.stale).toEqual([])
    p = d.submit()
    fail(new AppError('stale', '已被他人修改'))
    await p
    expect(errors.general.value).toBe('已被他人修改')
    expect(log.stale.map((e) => e.code)).toEqual(['stale'])
    expect(log.done).toEqual([])
  })
})
