// outreach.ts wraps OutreachService: the proactive service lists (主动服务) with their call lists
// and exports, their settings, and the 低保 sign-for sheet (签领表). It is the only code that
// touches those bindings. Go nil slices arrive as null and are turned into [] here.
import * as OutreachService from '../../wailsjs/go/app/OutreachService'
import type { app, hall } from '../../wailsjs/go/models'
import { call } from './call'

export type OutreachInfo = app.OutreachInfo
export type OutreachListInfo = hall.OutreachListInfo
export type OutreachSettings = hall.OutreachSettings
export type OutreachPage = hall.OutreachPage
export type OutreachRow = hall.OutreachRow
export type Allowance = hall.Allowance
export type PaySummary = app.PaySummary
export type Document = app.Document

/** ListKey names a list (hall.OutreachList). */
export type ListKey = 'turning60' | 'review' | 'newborn' | 'unpaid'

/** outreachInfo reads the lists, the rules in force and what this operator may do. */
export async function outreachInfo(): Promise<OutreachInfo> {
  const info = await call(() => OutreachService.Info())
  info.lists = info.lists ?? []
  return info
}

/** saveOutreachSettings changes the rules (administrator); returns them as stored. */
export function saveOutreachSettings(s: OutreachSettings): Promise<OutreachSettings> {
  return call(() => OutreachService.SaveSettings(s))
}

/** outreachList reads one page of a list, numbers masked. */
export async function outreachList(list: ListKey, villageId: number, page: number, pageSize: number): Promise<OutreachPage> {
  const p = await call(() => OutreachService.List({ list, villageId, page, pageSize }))
  p.items = p.items ?? []
  return p
}

/** printCallList prints the village call lists of a list; full asks for unmasked numbers. */
export function printCallList(list: ListKey, villageId: number, full: boolean): Promise<Document> {
  return call(() => OutreachService.PrintCallList({ list, villageId, full }))
}

/** exportList writes a list to an Excel workbook; full asks for unmasked numbers. */
export function exportList(list: ListKey, villageId: number, full: boolean): Promise<Document> {
  return call(() => OutreachService.Export({ list, villageId, full }))
}

/** allowances lists the 低保 households to pay in month (YYYY-MM), IDs masked. */
export async function allowances(month: string, villageId: number): Promise<PaySummary> {
  const s = await call(() => OutreachService.Allowances({ month, villageId }))
  s.items = s.items ?? []
  return s
}

/** printPaySheet prints the face-to-face payment sign-for sheet of a month. */
export function printPaySheet(month: string, villageId: number): Promise<Document> {
  return call(() => OutreachService.PrintPaySheet({ month, villageId }))
}
