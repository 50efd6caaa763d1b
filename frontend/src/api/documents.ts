// documents.ts hands a generated PDF or spreadsheet to the user: on the desktop the server has already saved
// and opened it; in a browser it arrives as base64 and is downloaded, and a PDF is also opened in the
// browser's own viewer with its print dialog, so printing needs no hunt for the downloaded file.
import type { app } from '../../wailsjs/go/models'
import { i18n } from '../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

export type Document = app.Document

/** deliverDocument hands over a browser-mode document (downloads it; prints a PDF) and returns
 * a line to tell the user. */
export function deliverDocument(doc: Document): string {
  if (doc.savedPath) return t('session.savedOpened', { path: doc.savedPath })
  const bytes = Uint8Array.from(atob(doc.base64), (c) => c.charCodeAt(0))
  const type = mimeOf(doc.fileName)
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = doc.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  const printing = type === 'application/pdf' && printPdf(url)
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return printing ? t('session.printOpened', { file: doc.fileName }) : t('session.downloaded', { file: doc.fileName })
}

/** printPdf opens the PDF in a tab of its own, where the browser's own viewer shows it, and opens
 * the browser's print dialog there. A tab, not a frame of the page: a viewer that fails then
 * takes only its tab with it. False when the browser blocked the tab (the download is there). */
export function printPdf(url: string): boolean {
  const w = window.open(url, '_blank')
  if (!w) return false
  w.addEventListener('load', () => {
    try {
      w.focus()
      w.print()
    } catch {
      /* the viewer shows the PDF; its own print button is there */
    }
  })
  return true
}

/** mimeOf names the type of a generated file by its extension. */
export function mimeOf(fileName: string): string {
  return fileName.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf'
}
