// banner.ts wraps the banner console's services (旗县汇总): its halls and their copies, the
// dashboard over every hall, the masked lists behind its figures, the briefing, the cross-hall
// lists and scorecards. It is the only code that touches those bindings; Go nil slices arrive as
// null and are turned into [] here.
import * as BannerService from '../../wailsjs/go/banner/BannerService'
import * as BannerHallService from '../../wailsjs/go/banner/BannerHallService'
import * as BannerReportService from '../../wailsjs/go/banner/BannerReportService'
import { banner, hall, type app, type replica } from '../../wailsjs/go/models'
import { call } from './call'

export type BannerStatus = banner.BannerStatus
export type BannerHall = hall.BannerHall
export type HallFigures = banner.HallFigures
export type BannerDashboard = banner.BannerDashboard
export type HallScorecards = banner.HallScorecards
export type Target = Omit<replica.Target, 'convertValues'>
export type Document = app.Document

/** HallForm is one hall as the administrator edits it (banner.HallForm). */
export interface HallForm {
  hall: { id: number; name: string; township: string }
  target: Target
}

/** ListKind names a cross-hall list the banner exports. */
export type ListKind = 'overdue' | 'remedyOpen' | 'petitions'

/** bannerStatus is the signed-in operator's banner role and permissions. */
export async function bannerStatus(): Promise<BannerStatus> {
  const s = await call(() => BannerService.Status())
  s.permissions = s.permissions ?? []
  s.roles = s.roles ?? []
  return s
}

/** listHalls lists the halls with how fresh each copy is. */
export async function listHalls(): Promise<BannerHall[]> {
  return (await call(() => BannerHallService.List())) ?? []
}

/** getHall returns a hall's form, its secrets masked. */
export function getHall(id: number): Promise<HallForm> {
  return call(() => BannerHallService.Get(id))
}

/** saveHall adds or changes a hall and its replica's target. */
export function saveHall(f: HallForm): Promise<BannerHall> {
  return call(() => BannerHallService.Save(banner.HallForm.createFrom(f)))
}

/** checkHall tests a target: it answers with the newest replicated state's time. */
export function checkHall(f: HallForm): Promise<BannerHall> {
  return call(() => BannerHallService.Check(banner.HallForm.createFrom(f)))
}

/** removeHall takes a hall off the registry. */
export async function removeHall(id: number): Promise<void> {
  await call(() => BannerHallService.Remove(id))
}

/** refreshHalls restores a hall's copy (every hall with 0) and returns the halls. */
export async function refreshHalls(id = 0): Promise<BannerHall[]> {
  return (await call(() => BannerHallService.Refresh(id))) ?? []
}

/** getBannerDashboard returns every hall's figures of a period and the total. */
export async function getBannerDashboard(p: hall.Period): Promise<BannerDashboard> {
  const d = await call(() => BannerReportService.Dashboard(p))
  d.halls = d.halls ?? []
  return d
}

/** bannerDrill returns one page of a hall's cases behind a figure, masked. */
export async function bannerDrill(hallId: number, q: Partial<hall.DrillQuery>): Promise<hall.DrillPage> {
  const p = await call(() => BannerReportService.Drill(banner.DrillQuery.createFrom({ hallId, query: q })))
  p.items = p.items ?? []
  return p
}

/** bannerPetitions returns one page of a hall's petitions past their limit, masked. */
export async function bannerPetitions(hallId: number, page: number, pageSize: number): Promise<hall.PetitionPage> {
  const p = await call(() => BannerReportService.Petitions(banner.PetitionQuery.createFrom({ hallId, page, pageSize })))
  p.items = p.items ?? []
  return p
}

/** printBannerBriefing prints the banner's briefing of a month (YYYY-MM). */
export function printBannerBriefing(month: string): Promise<Document> {
  return call(() => BannerReportService.PrintBriefing(month))
}

/** exportBannerList exports a cross-hall list to Excel. */
export function exportBannerList(kind: ListKind, period: hall.Period): Promise<Document> {
  return call(() => BannerReportService.ExportList(banner.ListQuery.createFrom({ kind, period })))
}

/** getBannerScorecards returns every hall's scorecards of a period. */
export async function getBannerScorecards(p: hall.Period): Promise<HallScorecards[]> {
  const list = (await call(() => BannerReportService.Scorecards(p))) ?? []
  for (const h of list) {
    h.cards.cadres = h.cards.cadres ?? []
    h.cards.clerks = h.cards.clerks ?? []
  }
  return list
}

/** exportBannerScorecards exports every hall's scorecards of a period to Excel. */
export function exportBannerScorecards(p: hall.Period): Promise<Document> {
  return call(() => BannerReportService.ExportScorecards(p))
}
