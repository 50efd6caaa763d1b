// documents.ts hands a generated PDF or spreadsheet to the user: on the desktop the server has already saved
// and opened it; in a browser it arrives as base64 and is offered as a download.
import type { app } from '../../wailsjs/go/models'

export type Document = app.Document

/** deliverDocument downloads a browser-mode document and returns a line to tell the user. */
export function deliverDocument(doc: Document): string {
  if (doc.savedPath) return `已保存并打开：${doc.savedPath}`
  const bytes = Uint8Array.from(atob(doc.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeOf(doc.fileName) }))
  const a = document.createElement('a')
  a.href = url
  a.download = doc.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return `已下载：${doc.fileName}`
}

/** mimeOf names the type of a generated file by its extension. */
export function mimeOf(fileName: string): string {
  return fileName.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf'
}
