/**
 * useKeysetPages remembers the page of a list on screen: its filters, number, where it starts
 * and ends in the list's order (the server's first and last) and how it was read. The page next
 * to it (下一页 / 上一页) is then read from there by keyset, as fast deep in a long list as on
 * page 1, and the page itself again as it was (a refresh after a change); any other page, or a
 * page of other filters, is read by its number.
 */
export interface Keyset {
  after?: string
  before?: string
}

export interface KeysetPage {
  page: number
  first: string
  last: string
  items: unknown[]
}

export function useKeysetPages() {
  let shown = { filters: '', page: 0, first: '', last: '', near: {} as Keyset }
  // how each page read was read, for shows
  const readBy = new WeakMap<KeysetPage, Keyset>()
  return {
    /** near is where page starts when it is the page shown, or next to it, with the same filters. */
    near(filters: string, page: number): Keyset {
      if (filters !== shown.filters) return {}
      if (page === shown.page) return shown.near
      if (page === shown.page + 1 && shown.last) return { after: shown.last }
      if (page === shown.page - 1 && shown.first) return { before: shown.first }
      return {}
    },
    /**
     * read reads page (with filters) through fetch, by keyset when it is next to the page shown;
     * when the rows around the page shown changed meanwhile and nothing comes back, by its number.
     */
    async read<P extends KeysetPage>(filters: string, page: number, fetch: (near: Keyset) => Promise<P>): Promise<P> {
      let near = this.near(filters, page)
      let p = await fetch(near)
      if (!p.items.length && (near.after || near.before)) {
        near = {}
        p = await fetch(near)
      }
      readBy.set(p, near)
      return p
    },
    /** shows records the page now on screen. */
    shows(filters: string, p: KeysetPage) {
      shown = { filters, page: p.page, first: p.first, last: p.last, near: readBy.get(p) ?? {} }
    },
  }
}
