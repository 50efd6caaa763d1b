import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import * as boardApi from '../../api/queueboard'
import * as events from '../../api/events'
import type { HallEvent, StreamState } from '../../api/events'
import type { QueueBoard } from '../../api/queueboard'
import CallScreenPage from './CallScreenPage.vue'

vi.mock('../../api/queueboard', () => ({ getBoard: vi.fn() }))
vi.mock('../../api/events', () => ({ openEvents: vi.fn() }))
const api = vi.mocked(boardApi)

let push: (e: HallEvent) => void = () => {}
let setState: (s: StreamState) => void = () => {}
let spoken: string[] = []
let wrapper: VueWrapper | undefined

function board(over: Partial<QueueBoard> = {}): QueueBoard {
  return {
    hallName: '乌兰木伦镇便民服务大厅',
    date: '2026-12-06',
    windows: [
      { no: 1, name: '医保窗口', current: 'A001', paused: false },
      { no: 2, name: '低保窗口', current: '', paused: true },
    ],
    recent: [{ number: 'A001', windowNo: 1, windowName: '医保窗口', at: '', seq: 1 }],
    waiting: [{ prefix: 'A', name: '医保养老', waiting: 3 }],
    speech: '请{号码}号到{窗口}号窗口办理',
    ...over,
  } as QueueBoard
}

const call = (seq: number, number: string, windowNo: number): HallEvent => ({
  seq: 100 + seq, kind: 'call', at: '', data: { number, windowNo, windowName: `${windowNo}号`, at: '', seq },
})

class Utterance {
  text: string
  voice: unknown
  lang = ''
  rate = 1
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(text: string) {
    this.text = text
  }
}

beforeEach(() => {
  spoken = []
  api.getBoard.mockReset().mockImplementation(async () => board())
  vi.mocked(events.openEvents).mockReset().mockImplementation((onEvent, onState) => {
    push = onEvent
    setState = onState ?? (() => {})
    return () => {}
  })
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance)
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => [{ lang: 'en-US' }, { lang: 'zh-CN', name: 'Huihui' }],
    speak: (u: Utterance) => {
      spoken.push(u.text)
      setTimeout(() => u.onend?.(), 1)
    },
    cancel: () => {},
  })
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.unstubAllGlobals()
})

async function mountScreen() {
  wrapper = mount(CallScreenPage, { props: { state: { status: 'paired', code: '', name: '叫号屏', role: 'screen', window: 0, hallName: '大厅' } } })
  await flushPromises()
  return wrapper
}

const settle = () => new Promise((r) => setTimeout(r, 30))

describe('CallScreenPage', () => {
  it('shows the board, and a pushed call at once, spoken twice, each call once and in turn', async () => {
    const w = await mountScreen()
    expect(w.get('[data-testid="hall-name"]').text()).toBe('乌兰木伦镇便民服务大厅')
    expect(w.get('[data-testid="called-number"]').text()).toBe('A001')
    expect(w.get('[data-testid="window-2"]').text()).toContain('暂停服务')
    expect(w.get('[data-testid="waiting-A"]').text()).toContain('3 人')
    expect(spoken).toEqual([]) // the calls already on the board are not announced again

    push(call(2, 'A012', 1))
    push(call(3, 'B003', 2))
    push(call(2, 'A012', 1)) // the same call once more
    await flushPromises()
    expect(api.getBoard).toHaveBeenCalledTimes(1) // a call needs no round trip
    expect(w.get('[data-testid="called-number"]').text()).toBe('B003')
    expect(w.get('[data-testid="window-1"]').text()).toContain('A012')
    expect(w.get('[data-testid="now-calling"]').classes()).toContain('fresh')
    expect(w.findAll('[data-testid="recent"] .call').map((c) => c.find('.c-number').text())).toEqual(['B003', 'A012', 'A001'])
    await settle()
    expect(spoken).toEqual(['请A 零一二号到1号窗口办理', '请A 零一二号到1号窗口办理', '请B 零零三号到2号窗口办理', '请B 零零三号到2号窗口办理'])
  })

  it('re-reads the board when the queue changes and after a reconnect, and says quietly when the connection is lost', async () => {
    const w = await mountScreen()
    setState('open')
    expect(api.getBoard).toHaveBeenCalledTimes(1)
    push({ seq: 5, kind: 'queue', at: '' })
    await flushPromises()
    expect(api.getBoard).toHaveBeenCalledTimes(2)

    setState('retrying')
    await flushPromises()
    expect(w.find('[data-testid="connection-lost"]').exists()).toBe(true)
    // While away, A002 was called; the board read after the reconnect shows it without a voice.
    api.getBoard.mockImplementation(async () => board({ recent: [{ number: 'A002', windowNo: 1, windowName: '医保窗口', at: '', seq: 7 }] }))
    setState('open')
    await flushPromises()
    expect(api.getBoard).toHaveBeenCalledTimes(3)
    expect(w.find('[data-testid="connection-lost"]').exists()).toBe(false)
    expect(w.get('[data-testid="called-number"]').text()).toBe('A002')
    push(call(7, 'A002', 1))
    await settle()
    expect(spoken).toEqual([])
  })

  it('keeps a pushed call when a board read that started before it answers later', async () => {
    let answer: (b: QueueBoard) => void = () => {}
    const w = await mountScreen()
    api.getBoard.mockImplementation(() => new Promise((r) => (answer = r)))
    push({ seq: 5, kind: 'queue', at: '' })
    push(call(9, 'C009', 2))
    answer(board())
    await flushPromises()
    expect(w.get('[data-testid="called-number"]').text()).toBe('C009')
  })

  it('speaks nothing without a Chinese voice', async () => {
    vi.stubGlobal('speechSynthesis', { getVoices: () => [{ lang: 'en-US' }], speak: (u: Utterance) => spoken.push(u.text), cancel: () => {} })
    await mountScreen()
    push(call(2, 'A012', 1))
    await settle()
    expect(spoken).toEqual([])
  })

  it('asks for one click when the browser holds the sound back', async () => {
    const ctx = {
      state: 'suspended',
      onstatechange: null as null | (() => void),
      resume() {
        this.state = 'running'
        this.onstatechange?.()
        return Promise.resolve()
      },
      close: () => Promise.resolve(),
    }
    vi.stubGlobal('AudioContext', function () {
      return ctx
    })
    const w = await mountScreen()
    const overlay = w.get('[data-testid="enable-sound"]')
    expect(overlay.text()).toContain('点击屏幕开启声音')
    await overlay.trigger('click')
    expect(ctx.state).toBe('running')
    expect(w.find('[data-testid="enable-sound"]').exists()).toBe(false)
  })
})
