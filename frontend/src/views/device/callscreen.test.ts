import { describe, expect, it } from 'vitest'
import { Announcer, Seen, pickVoice, speechText, spokenNumber, withCall, RECENT, type Board, type Call } from './callscreen'

const digits = '零一二三四五六七八九'
const call = (seq: number, number: string, windowNo: number): Call => ({ seq, number, windowNo, windowName: `${windowNo}号窗口`, at: '' })
const board = (): Board => ({
  windows: [
    { no: 1, name: '1号窗口', current: '', paused: false },
    { no: 2, name: '2号窗口', current: 'B003', paused: false },
  ],
  recent: [],
})

describe('speech text', () => {
  it('spells the letters and each digit of the number', () => {
    expect(spokenNumber('A012', digits)).toBe('A 零一二')
    expect(spokenNumber('B100', digits)).toBe('B 一零零')
    expect(spokenNumber('AB7', digits)).toBe('A B 七')
    expect(spokenNumber('015', digits)).toBe('零一五')
  })
  it('fills the template, every slot', () => {
    expect(speechText('请{号码}号到{窗口}号窗口办理', { number: 'A012', windowNo: 3 }, digits)).toBe('请A 零一二号到3号窗口办理')
    expect(speechText('{号码}，{号码}，请到{窗口}号', { number: 'C1', windowNo: 12 }, digits)).toBe('C 一，C 一，请到12号')
  })
  it('picks a Chinese voice, zh-CN first, or none', () => {
    expect(pickVoice([{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh-CN' }])).toEqual({ lang: 'zh-CN' })
    expect(pickVoice([{ lang: 'en-US' }, { lang: 'zh_HK' }])).toEqual({ lang: 'zh_HK' })
    expect(pickVoice([{ lang: 'en-US' }, { lang: 'fr-FR' }])).toBeUndefined()
    expect(pickVoice([])).toBeUndefined()
  })
})

describe('board updates', () => {
  it('shows a call on its window and heads the recent list', () => {
    const b = withCall(board(), call(1, 'A001', 1))
    expect(b.windows[0].current).toBe('A001')
    expect(b.windows[1].current).toBe('B003')
    expect(b.recent.map((c) => c.number)).toEqual(['A001'])
  })
  it('keeps the last six, newest first', () => {
    let b = board()
    for (let i = 1; i <= 9; i++) b = withCall(b, call(i, `A00${i}`, 1 + (i % 2)))
    expect(b.recent).toHaveLength(RECENT)
    expect(b.recent.map((c) => c.seq)).toEqual([9, 8, 7, 6, 5, 4])
    expect(b.windows.map((w) => w.current)).toEqual(['A008', 'A009'])
  })
  it('never shows a call twice, and an older call arriving late does not replace a newer number', () => {
    let b = withCall(board(), call(5, 'A005', 1))
    const again = withCall(b, call(5, 'A005', 1))
    expect(again).toBe(b)
    b = withCall(b, call(4, 'A004', 1))
    expect(b.recent.map((c) => c.seq)).toEqual([5, 4])
    expect(b.windows[0].current).toBe('A005')
    b = withCall(b, call(3, 'B001', 2))
    expect(b.windows[1].current).toBe('B001')
    expect(b.recent.map((c) => c.seq)).toEqual([5, 4, 3])
  })
  it('remembers seen calls beyond the list', () => {
    const seen = new Seen(3)
    expect(seen.add(1)).toBe(true)
    expect(seen.add(1)).toBe(false)
    seen.add(2)
    seen.add(3)
    seen.add(4)
    expect(seen.has(1)).toBe(false)
    expect(seen.has(4)).toBe(true)
  })
})

describe('announcer', () => {
  it('plays calls in order, one at a time, and goes on after a failure', async () => {
    const log: string[] = []
    let playing = 0
    const a = new Announcer<string>(async (n) => {
      playing++
      expect(playing).toBe(1)
      log.push(`start ${n}`)
      await new Promise((r) => setTimeout(r, 5))
      log.push(`end ${n}`)
      playing--
      if (n === 'B') throw new Error('voice failed')
    })
    a.add('A')
    a.add('B')
    expect(a.waiting).toBe(2)
    await a.add('C')
    expect(log).toEqual(['start A', 'end A', 'start B', 'end B', 'start C', 'end C'])
    expect(a.waiting).toBe(0)
  })
})
