import { describe, expect, it, vi } from 'vitest'
import { useKeysetPages, type Keyset } from './useKeysetPages'

const page = (n: number, items: unknown[] = [1]) => ({ page: n, first: `f${n}`, last: `l${n}`, items })

describe('useKeysetPages', () => {
  it('reads the page next to the one shown by keyset, any other by its number', async () => {
    const pages = useKeysetPages()
    const fetch = vi.fn(async (_: Keyset) => page(0))
    pages.shows('a', page(4))
    await pages.read('a', 5, fetch)
    await pages.read('a', 3, fetch)
    await pages.read('a', 7, fetch)
    await pages.read('b', 5, fetch)
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([{ after: 'l4' }, { before: 'f4' }, {}, {}])
  })

  it('reads by number when nothing comes back from the keyset', async () => {
    const pages = useKeysetPages()
    pages.shows('a', page(2))
    const fetch = vi.fn(async (near: Keyset) => (near.after ? page(3, []) : page(3)))
    const p = await pages.read('a', 3, fetch)
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([{ after: 'l2' }, {}])
    expect(p.items).toEqual([1])
  })

  it('reads the page shown again as it was read', async () => {
    const pages = useKeysetPages()
    pages.shows('a', page(4))
    const fetch = vi.fn(async (_: Keyset) => page(5))
    pages.shows('a', await pages.read('a', 5, fetch))
    await pages.read('a', 5, fetch)
    pages.shows('b', await pages.read('b', 2, fetch))
    await pages.read('b', 2, fetch)
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([{ after: 'l4' }, { after: 'l4' }, {}, {}])
  })
})
