// excel.ts wraps ExportService (Excel exports of the ledgers, petitions, visits and registry
// lists, each with its list view's filter) and ImportService (the resident import template,
// the check of a filled file and the import). It is the only code that touches those bindings.
import * as ExportService from '../../wailsjs/go/app/ExportService'
import * as ImportService from '../../wailsjs/go/app/ImportService'
import type { app, hall } from '../../wailsjs/go/models'
import { call } from './call'
import type { CaseQuery } from './cases'
import type { PetitionQuery } from './petitions'

export type Document = app.Document
export type ImportReport = hall.ImportReport
export type ImportProblem = hall.ImportProblem
export type ImportPreview = hall.ImportPreview
export type ImportResult = hall.ImportResult
/** ImportMode: import the good rows and skip the bad ones, or every row or nothing. */
export type ImportMode = 'good' | 'all'

/** exportLedger exports a ledger ('' for all three) with the ledger view's filter. */
export function exportLedger(q: CaseQuery): Promise<Document> {
  return call(() => ExportService.Ledger({ ...q, page: 1, pageSize: 0 }))
}

/** exportPetitions exports the petition ledger with its view's filter. */
export function exportPetitions(q: PetitionQuery): Promise<Document> {
  return call(() => ExportService.Petitions({ ...q, page: 1, pageSize: 0 }))
}

/** exportVisits exports the visit log with its view's filter. */
export function exportVisits(q: { cadreId?: number; householdId?: number; villageId?: number; from?: string; to?: string }): Promise<Document> {
  return call(() =>
    ExportService.Visits({ cadreId: q.cadreId ?? 0, householdId: q.householdId ?? 0, villageId: q.villageId ?? 0, from: q.from ?? '', to: q.to ?? '', page: 1, pageSize: 0 }),
  )
}

/** exportResidents exports the registry with the residents view's filter. */
export function exportResidents(q: { text?: string; villageId?: number; tag?: string }): Promise<Document> {
  return call(() => ExportService.Residents({ text: q.text ?? '', villageId: q.villageId ?? 0, tag: q.tag ?? '', page: 1, pageSize: 0 }))
}

/** exportHouseholds exports the household list with its view's filter. */
export function exportHouseholds(q: { text?: string; villageId?: number }): Promise<Document> {
  return call(() => ExportService.Households({ text: q.text ?? '', villageId: q.villageId ?? 0, page: 1, pageSize: 0 }))
}

/** importTemplate returns the resident import template. */
export function importTemplate(): Promise<Document> {
  return call(() => ImportService.Template())
}

/** checkImport reports every bad row of a filled template and previews the good ones. */
export async function checkImport(fileBase64: string): Promise<ImportReport> {
  const r = await call(() => ImportService.Check(fileBase64))
  r.problems = r.problems ?? []
  r.preview = r.preview ?? []
  return r
}

/** commitImport imports the file in one transaction. */
export function commitImport(fileBase64: string, mode: ImportMode): Promise<ImportResult> {
  return call(() => ImportService.Commit(fileBase64, mode))
}

/** fileToBase64 reads a chosen file for upload. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}
