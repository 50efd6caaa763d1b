// documents.ts: the documents a spec downloads in browser mode, kept in its output folder and read
// back with poppler's pdftotext.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Locator, Page } from '@playwright/test'

import { check, clip } from './support'

/** PdfDoc is a downloaded PDF: where it was kept, its text, the text without whitespace, and the name the server suggested. */
export interface PdfDoc {
  file: string
  text: string
  flat: string
  suggested: string
}

/** pdfText is the text of a PDF as pdftotext reads it. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

/** downloadPdf clicks trigger, keeps the PDF it downloads as file and returns its text. */
export async function downloadPdf(page: Page, trigger: Locator, file: string): Promise<PdfDoc> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger.click()])
  check(/\.pdf$/i.test(dl.suggestedFilename()), `下载的文件应为 PDF：${dl.suggestedFilename()}`)
  await dl.saveAs(file)
  const bytes = fs.readFileSync(file)
  check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', `${path.basename(file)} 不是 PDF（开头：${clip(bytes.subarray(0, 8).toString('latin1'))}）`)
  const text = pdfText(file)
  // Line breaks fall where the layout wraps: compare without whitespace.
  return { file, text, flat: text.replace(/\s+/g, ''), suggested: dl.suggestedFilename() }
}

/** expectInPdf checks that every wanted text is in the document, whitespace aside. */
export function expectInPdf(doc: PdfDoc, wanted: string[]): void {
  for (const w of wanted) {
    check(doc.flat.includes(w.replace(/\s+/g, '')), `${path.basename(doc.file)} 中应有「${w}」；pdftotext：${clip(doc.text.replace(/\s+/g, ' '), 300)}`)
  }
}
