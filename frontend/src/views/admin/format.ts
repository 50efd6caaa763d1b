// format.ts shows stored UTC RFC 3339 times in the hall's time zone.

// China has kept UTC+8 without daylight saving since 1991, so Asia/Shanghai is a fixed offset.
const shanghaiOffsetMs = 8 * 60 * 60 * 1000

const pad = (n: number) => String(n).padStart(2, '0')

/** formatTime shows a UTC RFC 3339 time as YYYY-MM-DD HH:mm:ss in Asia/Shanghai; '' stays ''. */
export function formatTime(rfc3339: string): string {
  if (!rfc3339) return ''
  const ms = Date.parse(rfc3339)
  if (Number.isNaN(ms)) return rfc3339
  const d = new Date(ms + shanghaiOffsetMs)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  )
}

/** formatDate shows a UTC RFC 3339 time as YYYY-MM-DD in Asia/Shanghai. */
export function formatDate(rfc3339: string): string {
  return formatTime(rfc3339).slice(0, 10)
}

/** isFuture reports whether a UTC RFC 3339 time lies after now. */
export function isFuture(rfc3339: string, now: number = Date.now()): boolean {
  const ms = Date.parse(rfc3339)
  return !Number.isNaN(ms) && ms > now
}

/** groupHex shows an audit chain hash as people compare it: its first 16 hex characters in groups of four. */
export function groupHex(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ')
}
