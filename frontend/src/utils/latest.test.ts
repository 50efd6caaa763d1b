import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { debounce, SEARCH_DELAY, typeahead, useLatest } from './latest'

/** deferred is a promise the test settles by hand, to play a slow or a fast server. */
function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useLatest', () => {
  it('never lets an older, slower answer overwrite a newer one', async () => {
    const answers: ReturnType<typeof deferred<string>>[] = []
    const shown: string[] = []
    const search = useLatest(
      () => {
        const d = deferred<string>()
        answers.push(d)
        return d.promise
      },
      (v) => shown.push(v),
    )
    const first = search.run() // "张": the slow one
    const second = search.run() // "张伟"
    expect(search.loading.value).toBe(true)
    answers[1].resolve('张伟')
    await second
    expect(shown).toEqual(['张伟'])
    expect(search.loading.value).toBe(false)
    answers[0].resolve('张')
    await first
    expect(shown).toEqual(['张伟'])
    expect(search.loading.value).toBe(false)
  })

  it('keeps loading on while the newest request is still out', async () => {
    const answers: ReturnType<typeof deferred<string>>[] = []
    const search = useLatest(() => {
      const d = deferred<string>()
      answers.push(d)
      return d.promise
    }, () => {})
    const first = search.run()
    search.run()
    answers[0].resolve('old')
    await first
    expect(search.loading.value).toBe(true)
  })

  it('reports only the newest request’s error', async () => {
    const answers: ReturnType<typeof deferred<string>>[] = []
    const onError = vi.fn()
    const shown: string[] = []
    const search = useLatest(
      () => {
        const d = deferred<string>()
        answers.push(d)
        return d.promise
      },
      (v) => shown.push(v),
      { onError },
    )
    const first = search.run()
    const second = search.run()
    answers[0].reject(new Error('stale'))
    await first
    expect(onError).not.toHaveBeenCalled()
    answers[1].reject(new Error('fresh'))
    await second
    expect(onError).toHaveBeenCalledTimes(1)
    expect((onError.mock.calls[0][0] as Error).message).toBe('fresh')
    expect(shown).toEqual([])
  })

  it('drops answers still on their way when cancelled, and isCurrent says so', async () => {
    const d = deferred<string>()
    const apply = vi.fn()
    const search = useLatest(() => d.promise, apply)
    const run = search.run()
    const current = search.isCurrent()
    expect(current()).toBe(true)
    search.cancel()
    expect(current()).toBe(false)
    d.resolve('late')
    await run
    expect(apply).not.toHaveBeenCalled()
    expect(search.loading.value).toBe(false)
  })
})

describe('debounce and schedule', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('asks once when typing pauses, not at every keystroke', async () => {
    const load = vi.fn().mockResolvedValue('ok')
    const search = useLatest(load, () => {})
    for (let i = 0; i < 5; i++) {
      search.schedule()
      vi.advanceTimersByTime(SEARCH_DELAY - 50)
    }
    expect(load).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('run (Enter) asks at once and drops the scheduled call', () => {
    const load = vi.fn().mockResolvedValue('ok')
    const search = useLatest(load, () => {})
    search.schedule()
    search.run()
    vi.advanceTimersByTime(SEARCH_DELAY * 2)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('flush runs a waiting call now, cancel drops it', () => {
    const fn = vi.fn()
    const d = debounce(fn)
    d.flush()
    expect(fn).not.toHaveBeenCalled() // nothing waiting
    d()
    d.flush()
    expect(fn).toHaveBeenCalledTimes(1)
    d()
    d.cancel()
    vi.advanceTimersByTime(SEARCH_DELAY * 2)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('a search typed just before the view closes does not fire afterwards', () => {
    const fn = vi.fn()
    const load = vi.fn().mockResolvedValue('ok')
    const scope = effectScope()
    scope.run(() => {
      debounce(fn)()
      useLatest(load, () => {}).schedule()
    })
    scope.stop()
    vi.advanceTimersByTime(SEARCH_DELAY * 2)
    expect(fn).not.toHaveBeenCalled()
    expect(load).not.toHaveBeenCalled()
  })
})

describe('typeahead', () => {
  it('searches after the pause, at once for an emptied box, and Enter drops the waiting search', () => {
    vi.useFakeTimers()
    try {
      let text = '张'
      const search = vi.fn()
      const box = typeahead(search, () => text)
      box.onType()
      expect(search).not.toHaveBeenCalled()
      vi.advanceTimersByTime(SEARCH_DELAY)
      expect(search).toHaveBeenCalledTimes(1)

      text = '张伟'
      box.onType()
      box.searchNow()
      expect(search).toHaveBeenCalledTimes(2)
      vi.advanceTimersByTime(SEARCH_DELAY * 2)
      expect(search).toHaveBeenCalledTimes(2) // the typed search was dropped, not run again

      text = '  '
      box.onType()
      expect(search).toHaveBeenCalledTimes(3)
    } finally {
      vi.useRealTimers()
    }
  })
})
