import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { deliverDocument } from './documents'

const doc = (fileName: string) => ({ fileName, base64: btoa('%PDF-1.4'), savedPath: '' }) as never

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:doc')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('deliverDocument', () => {
  it('opens a PDF in the browser’s viewer and prints it there, and downloads it too', () => {
    const tab = new EventTarget() as EventTarget & { print: () => void; focus: () => void }
    tab.print = vi.fn()
    tab.focus = vi.fn()
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as never)
    expect(deliverDocument(doc('受理回执.pdf'))).toBe('已打开打印：受理回执.pdf（同时已下载）')
    expect(open).toHaveBeenCalledWith('blob:doc', '_blank')
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalled()
    tab.dispatchEvent(new Event('load'))
    expect(tab.print).toHaveBeenCalled()
  })

  it('only downloads when the browser blocks the tab, and a spreadsheet always', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    expect(deliverDocument(doc('受理回执.pdf'))).toBe('已下载：受理回执.pdf')
    open.mockClear()
    expect(deliverDocument(doc('台账.xlsx'))).toBe('已下载：台账.xlsx')
    expect(open).not.toHaveBeenCalled()
  })

  it('leaves the desktop’s saved and opened file alone', () => {
    const open = vi.spyOn(window, 'open')
    expect(deliverDocument({ fileName: 'a.pdf', base64: '', savedPath: '/x/a.pdf' } as never)).toBe('已保存并打开：/x/a.pdf')
    expect(open).not.toHaveBeenCalled()
  })
})
