// events.ts listens to the hall's events (a call, a rating to take, a device cut off) that the
// server pushes on /events. Only browser mode has the stream; the desktop window has none.

/** HallEvent is one pushed event (hall.HallEvent): seq numbers the events of one run of the
 * server; window, when set, is the one window it is for; data depends on kind. */
export interface HallEvent {
  seq: number
  kind: string
  window?: number
  deviceId?: number
  at: string
  data?: unknown
}

/** StreamState: open (events flow), retrying (the host is away; the browser reconnects by itself),
 * ended (the server refused the stream: the device was cut off or the session ended). */
export type StreamState = 'open' | 'retrying' | 'ended'

/** openEvents starts listening; it returns the function that stops. onState hears when the
 * stream opens (also after a reconnect: read the state afresh then), drops and ends. */
export function openEvents(onEvent: (e: HallEvent) => void, onState?: (s: StreamState) => void): () => void {
  if (typeof EventSource === 'undefined') return () => {}
  const es = new EventSource('/events')
  es.onopen = () => onState?.('open')
  es.onmessage = (m) => {
    try {
      onEvent(JSON.parse(m.data) as HallEvent)
    } catch {
      /* a line that is not an event: ignore it */
    }
  }
  es.addEventListener('ended', () => {
    es.close()
    onState?.('ended')
  })
  es.onerror = () => onState?.(es.readyState === EventSource.CLOSED ? 'ended' : 'retrying')
  return () => es.close()
}
