// callscreen.ts is the call screen's logic without the page: the text a call is spoken with, the
// board updated by a pushed call (each call shown once, however often it arrives), and the
// announcer that plays the calls one after another, never two at once.

/** Call is one call of a number to a window (hall.BoardCall). */
export interface Call {
  number: string
  windowNo: number
  windowName: string
  at: string
  seq: number
}

/** BoardWindow is one window on the board (hall.BoardWindow). */
export interface BoardWindow {
  no: number
  name: string
  current: string
  paused: boolean
}

/** Board is what the screen shows (the part of hall.QueueBoard a call changes). */
export interface Board {
  windows: BoardWindow[]
  recent: Call[]
}

/** RECENT is how many calls the screen lists. */
export const RECENT = 6

/** spokenNumber spells a ticket number for a speech voice: its letters as letters, each digit as
 * its word from digits (the ten digit words in order), so that "A012" is not read as twelve. */
export function spokenNumber(number: string, digits: string): string {
  const words = Array.from(digits)
  let out = ''
  for (const ch of number.trim()) {
    if (ch >= '0' && ch <= '9' && words.length === 10) out += words[Number(ch)]
    else if (/[A-Za-z]/.test(ch)) out += (out && !/\s$/.test(out) ? ' ' : '') + ch.toUpperCase() + ' '
    else out += ch
  }
  return out.trim()
}

// The template's two slots, {号码} (the number) and {窗口} (the window), written as escapes.
const numberSlot = /\{\u53f7\u7801\}/g
const windowSlot = /\{\u7a97\u53e3\}/g

/** speechText fills the hall's spoken template: {号码} with the spelled number and {窗口} with the
 * window's number. */
export function speechText(template: string, call: Pick<Call, 'number' | 'windowNo'>, digits: string): string {
  const number = spokenNumber(call.number, digits)
  return template.replace(numberSlot, () => number).replace(windowSlot, () => String(call.windowNo))
}

/** pickVoice is the voice to speak with: a zh-CN voice, else any Chinese one, else none. */
export function pickVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  const zh = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith('zh'))
  return zh.find((v) => /^zh-cn/i.test(v.lang.replace('_', '-'))) ?? zh[0]
}

/** SPEAK_LIMIT_MS ends the wait for one utterance whose voice never says it finished. */
export const SPEAK_LIMIT_MS = 15000

/** speakTimes speaks text `times` times in a row with voice and settles when the last ended;
 * it stops early once wanted() is false (the page was closed). */
export async function speakTimes(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, text: string, times: number, wanted: () => boolean = () => true): Promise<void> {
  for (let i = 0; i < times && wanted(); i++) {
    await new Promise<void>((done) => {
      const u = new SpeechSynthesisUtterance(text)
      u.voice = voice
      u.lang = voice.lang
      u.rate = 0.9
      const timer = setTimeout(done, SPEAK_LIMIT_MS)
      u.onend = u.onerror = () => {
        clearTimeout(timer)
        done()
      }
      synth.speak(u)
    })
  }
}

/** Seen remembers the calls already shown (by seq), so a call that arrives twice (pushed, then
 * read again with the board) is shown and spoken once. It keeps the newest `keep` seqs. */
export class Seen {
  private seqs = new Set<number>()
  constructor(private keep = 500) {}

  /** add records seq; it is false when seq was seen already. */
  add(seq: number): boolean {
    if (this.seqs.has(seq)) return false
    this.seqs.add(seq)
    if (this.seqs.size > this.keep) {
      const oldest = Math.min(...this.seqs)
      this.seqs.delete(oldest)
    }
    return true
  }

  /** has says whether seq was seen. */
  has(seq: number): boolean {
    return this.seqs.has(seq)
  }
}

/** withCall returns the board after a pushed call: the window shows the number (unless the
 * list holds a later call of that window), and the call joins the recent list (newest first, at
 * most RECENT, each seq once). A call whose seq is on the list already changes nothing. */
export function withCall<B extends Board>(board: B, call: Call): B {
  if (board.recent.some((c) => c.seq === call.seq)) return board
  const newer = board.recent.some((c) => c.windowNo === call.windowNo && c.seq > call.seq)
  const recent = [...board.recent, call].sort((a, b) => b.seq - a.seq).slice(0, RECENT)
  const windows = board.windows.map((w) => (w.no === call.windowNo && !newer ? { ...w, current: call.number } : w))
  return { ...board, windows, recent }
}

/** Announcer plays calls strictly one after another: a call that arrives while another is being
 * announced waits its turn. play is the whole announcement of one call (chime, then speech). */
export class Announcer<T> {
  private tail: Promise<void> = Promise.resolve()
  private pending = 0

  constructor(private play: (item: T) => Promise<void>) {}

  /** add queues item; the promise settles when its announcement ended (a failed one is skipped). */
  add(item: T): Promise<void> {
    this.pending++
    this.tail = this.tail.then(async () => {
      try {
        await this.play(item)
      } catch {
        /* a voice that failed must not hold up the calls after it */
      } finally {
        this.pending--
      }
    })
    return this.tail
  }

  /** waiting is how many calls are queued or being announced. */
  get waiting(): number {
    return this.pending
  }
}
