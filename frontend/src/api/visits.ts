// visits.ts wraps the household contact work (入户走访): VisitService (visits, issues, feedback,
// diaries), CoverageService (包联, settings, reminders, weekly review and plan), ActivityService
// (village activities, leaders' contact points) and PairService (结亲, help, 感恩日 donations).
// It is the only code that touches those bindings. Go nil slices arrive as null and become [] here.
import * as VisitService from '../../wailsjs/go/app/VisitService'
import * as CoverageService from '../../wailsjs/go/app/CoverageService'
import * as ActivityService from '../../wailsjs/go/app/ActivityService'
import * as PairService from '../../wailsjs/go/app/PairService'
import { hall, type app } from '../../wailsjs/go/models'
import { call } from './call'
import { i18n } from '../i18n'
import type { Plain } from './wire'

/** t reads a message of the current locale. */
const t = i18n.global.t

export type Visit = hall.Visit
export type VisitIssue = hall.VisitIssue
export type VisitPage = hall.VisitPage
export type IssueRow = hall.IssueRow
export type Diary = hall.Diary
export type VisitSettings = hall.VisitSettings
export type CoverageSummary = hall.CoverageSummary
export type CoveredHousehold = hall.CoveredHousehold
export type CoveredPage = hall.CoveredPage
export type Assignment = hall.Assignment
export type AssignResult = hall.AssignResult
export type DueReport = hall.DueReport
export type DueVisit = hall.DueVisit
export type WeeklyReview = hall.WeeklyReview
export type Activity = hall.Activity
export type ActivityDue = hall.ActivityDue
export type ContactPoint = hall.ContactPoint
export type Pair = hall.Pair
export type PairResult = hall.PairResult
export type HelpRecord = hall.HelpRecord
export type DonationSummary = hall.DonationSummary
export type Document = app.Document

/** visitWays: how a cadre contacts a household (hall.VisitWays). */
export const visitWays = ['入户', '电话', '微信', '其他'] as const

/** visitPurposes: the seed's 三访三问 (hall.VisitPurposes); optional on a visit. */
export const visitPurposes = ['致富经验', '困难所在', '问题由来'] as const

/** IssueKind is how an issue raised on a visit is handled (hall.IssueKinds). */
export type IssueKind = 'case' | 'suggestion' | 'dispute'

/** issueKinds lists the dispositions with their names, in the form's order. */
export const issueKinds: ReadonlyArray<{ value: IssueKind; label: string }> = [
  { value: 'case', get label() { return t('vocab.issueKinds.case') } },
  { value: 'suggestion', get label() { return t('vocab.issueKinds.suggestion') } },
  { value: 'dispute', get label() { return t('vocab.issueKinds.dispute') } },
]

/** activityKinds are the village activities with their cadence (hall.ActivityKinds). */
export const activityKinds = [
  { name: '矛盾纠纷排查', get label() { return t('vocab.cadences.month') } },
  { name: '政策宣讲', get label() { return t('vocab.cadences.month') } },
  { name: '务工信息', get label() { return t('vocab.cadences.month') } },
  { name: '实用技术培训', get label() { return t('vocab.cadences.quarter') } },
  { name: '慰问特殊群体', get label() { return t('vocab.cadences.year') } },
  { name: '恳谈会', get label() { return t('vocab.cadences.quarter') } },
  { name: '送政策送服务', get label() { return t('vocab.cadences.year') } },
] as const

/** helpKinds are the ways a paired cadre helps (hall.HelpKinds). */
export const helpKinds = ['资金', '项目', '技术', '就业', '物资'] as const

/** VisitIssueInput is one issue of the visit form (hall.VisitIssueInput). */
export type VisitIssueInput = Omit<hall.VisitIssueInput, 'kind'> & { kind: IssueKind }

/** VisitInput is the visit form (hall.VisitInput). */
export type VisitInput = Omit<Plain<hall.VisitInput>, 'issues'> & { issues: VisitIssueInput[] }

/** FeedbackInput records the feedback given to a household on a done case (hall.FeedbackInput). */
export interface FeedbackInput {
  issueId: number
  visitId: number
  date: string
  note: string
  recordCase: boolean
}

function normVisit(v: Visit): Visit {
  v.issues = v.issues ?? []
  v.feedbackGiven = v.feedbackGiven ?? []
  return v
}

// ---- visits ----

/** recordVisit stores a visit with its issues (cases are taken at the counter in the same step). */
export async function recordVisit(input: VisitInput): Promise<Visit> {
  return normVisit(await call(() => VisitService.Record(hall.VisitInput.createFrom(input))))
}

/** getVisit returns one visit with its issues. */
export async function getVisit(id: number): Promise<Visit> {
  return normVisit(await call(() => VisitService.Get(id)))
}

/** listVisits returns one page of visits, newest first. */
export async function listVisits(q: { cadreId?: number; householdId?: number; villageId?: number; from?: string; to?: string; page?: number; pageSize?: number }): Promise<VisitPage> {
  const page = await call(() =>
    VisitService.List({ cadreId: q.cadreId ?? 0, householdId: q.householdId ?? 0, villageId: q.villageId ?? 0, from: q.from ?? '', to: q.to ?? '', page: q.page ?? 1, pageSize: q.pageSize ?? 20 }),
  )
  page.items = (page.items ?? []).map(normVisit)
  return page
}

/** listIssues returns one page of the issues raised on visits (suggestions, disputes, cases). */
export async function listIssues(q: { kind?: string; cadreId?: number; villageId?: number; page?: number; pageSize?: number }): Promise<hall.IssuePage> {
  const page = await call(() => VisitService.Issues({ kind: q.kind ?? '', cadreId: q.cadreId ?? 0, villageId: q.villageId ?? 0, page: q.page ?? 1, pageSize: q.pageSize ?? 20 }))
  page.items = page.items ?? []
  return page
}

/** feedbackOwed lists what a household is still to be told: its visits' cases that are done. */
export async function feedbackOwed(householdId: number): Promise<IssueRow[]> {
  return (await call(() => VisitService.FeedbackOwed(householdId))) ?? []
}

/** giveFeedback records the feedback given to the household (入户反馈). */
export async function giveFeedback(input: FeedbackInput): Promise<IssueRow> {
  return call(() => VisitService.GiveFeedback(input))
}

/** getDiary returns a cadre's visits of a week or month, oldest first. */
export async function getDiary(cadreId: number, period: 'week' | 'month', date: string): Promise<Diary> {
  const d = await call(() => VisitService.Diary({ cadreId, period, date }))
  d.visits = (d.visits ?? []).map(normVisit)
  return d
}

/** printDiary prints the diary of a week or month as a PDF. */
export async function printDiary(cadreId: number, period: 'week' | 'month', date: string): Promise<Document> {
  return call(() => VisitService.PrintDiary({ cadreId, period, date }))
}

// ---- coverage and reminders ----

/** getVisitSettings returns the cadences, limits and targets. */
export async function getVisitSettings(): Promise<VisitSettings> {
  return call(() => CoverageService.Settings())
}

/** saveVisitSettings replaces them (administrator). */
export async function saveVisitSettings(s: VisitSettings): Promise<VisitSettings> {
  return call(() => CoverageService.SaveSettings(s))
}

/** coverageSummary counts each cadre's households, with the over-the-limit warnings. */
export async function coverageSummary(): Promise<CoverageSummary> {
  const s = await call(() => CoverageService.Summary())
  s.rows = s.rows ?? []
  return s
}

/** coveredHouseholds lists households with their current cadre. */
export async function coveredHouseholds(q: { villageId?: number; groupId?: number; cadreId?: number; unassigned?: boolean; text?: string; page?: number; pageSize?: number }): Promise<CoveredPage> {
  const page = await call(() =>
    CoverageService.Households({
      villageId: q.villageId ?? 0,
      groupId: q.groupId ?? 0,
      cadreId: q.cadreId ?? 0,
      unassigned: !!q.unassigned,
      text: q.text ?? '',
      page: q.page ?? 1,
      pageSize: q.pageSize ?? 20,
    }),
  )
  page.items = page.items ?? []
  for (const h of page.items) h.kinds = h.kinds ?? []
  return page
}

/** AssignInput assigns households to a cadre (hall.AssignInput). */
export interface AssignInput {
  cadreId: number
  householdIds: number[]
  villageId: number
  groupId: number
  from: string
  onlyUnassigned: boolean
  note: string
}

/** assignHouseholds assigns households in bulk; the result may carry a warning. */
export async function assignHouseholds(input: AssignInput): Promise<AssignResult> {
  return call(() => CoverageService.Assign(input))
}

/** unassignHouseholds ends the households' current coverage. */
export async function unassignHouseholds(householdIds: number[], on = '', note = ''): Promise<number> {
  return call(() => CoverageService.Unassign({ householdIds, on, note }))
}

/** transferHouseholds hands every household of one cadre to another. */
export async function transferHouseholds(fromCadreId: number, toCadreId: number, on = '', note = ''): Promise<AssignResult> {
  return call(() => CoverageService.Transfer({ fromCadreId, toCadreId, on, note }))
}

/** coverageHistory lists a household's assignments, newest first. */
export async function coverageHistory(householdId: number): Promise<Assignment[]> {
  return (await call(() => CoverageService.History(householdId))) ?? []
}

/** dueVisits lists the visits due within the horizon or overdue. */
export async function dueVisits(cadreId = 0, villageId = 0, horizon = 0): Promise<DueReport> {
  const r = await call(() => CoverageService.Due({ cadreId, villageId, horizon }))
  r.items = r.items ?? []
  r.byCadre = r.byCadre ?? []
  r.byVillage = r.byVillage ?? []
  for (const d of r.items) d.kinds = d.kinds ?? []
  return r
}

/** weeklyReview is a cadre's to-do review of this week. */
export async function weeklyReview(cadreId: number): Promise<WeeklyReview> {
  const r = await call(() => CoverageService.Review(cadreId))
  r.due = r.due ?? []
  r.openCases = r.openCases ?? []
  r.feedbackOwed = r.feedbackOwed ?? []
  return r
}

/** printPlan prints a cadre's weekly visit plan as a PDF. */
export async function printPlan(cadreId: number, date = ''): Promise<Document> {
  return call(() => CoverageService.PrintPlan({ cadreId, date }))
}

// ---- activities ----

/** ActivityInput is the activity form (hall.ActivityInput). */
export interface ActivityInput {
  date: string
  villageId: number
  kind: string
  cadreIds: number[]
  participants: string
  attendance: number
  content: string
  followUps: string
}

/** listActivities returns one page of activities, newest first. */
export async function listActivities(q: { villageId?: number; kind?: string; page?: number; pageSize?: number }): Promise<hall.ActivityPage> {
  const page = await call(() => ActivityService.List({ villageId: q.villageId ?? 0, kind: q.kind ?? '', from: '', to: '', page: q.page ?? 1, pageSize: q.pageSize ?? 20 }))
  page.items = page.items ?? []
  for (const a of page.items) {
    a.cadreIds = a.cadreIds ?? []
    a.cadreNames = a.cadreNames ?? []
  }
  return page
}

/** recordActivity stores an activity. */
export async function recordActivity(input: ActivityInput): Promise<Activity> {
  return call(() => ActivityService.Record(input))
}

/** activityDue lists each village's activities of this period: held or still due. */
export async function activityDue(villageId = 0): Promise<ActivityDue[]> {
  return (await call(() => ActivityService.Due(villageId))) ?? []
}

/** contactPoints lists the leaders' contact villages with this year's grassroots visits. */
export async function contactPoints(year = 0): Promise<ContactPoint[]> {
  const list = (await call(() => ActivityService.ContactPoints(year))) ?? []
  for (const p of list) {
    p.villageNames = p.villageNames ?? []
    p.dates = p.dates ?? []
  }
  return list
}

// ---- 结亲帮扶 ----

/** listPairs lists a cadre's current pairings (or ended ones): a cadre has a handful. */
export async function listPairs(cadreId = 0, ended = false): Promise<Pair[]> {
  return (await pagePairs({ cadreId, ended, page: 1, pageSize: 100 })).items
}

/** PairPage is one page of pairings. */
export type PairPage = hall.PairPage

/** pagePairs returns one page of the current pairings (or ended ones) of a cadre or of everyone. */
export async function pagePairs(q: { cadreId: number; ended: boolean; page: number; pageSize: number }): Promise<PairPage> {
  const p = await call(() => PairService.List(q))
  return { ...p, items: p?.items ?? [] } as PairPage
}

/** pairHousehold pairs a cadre with a needy household; the result may carry a warning. */
export async function pairHousehold(cadreId: number, householdId: number, note = '', from = ''): Promise<PairResult> {
  return call(() => PairService.Pair({ cadreId, householdId, note, from }))
}

/** endPair ends a pairing. */
export async function endPair(pairId: number, note = '', on = ''): Promise<void> {
  await call(() => PairService.End({ pairId, note, on }))
}

/** listHelp lists help records of a pair, a cadre or everyone, newest first. */
export async function listHelp(pairId = 0, cadreId = 0): Promise<HelpRecord[]> {
  return (await call(() => PairService.Help({ pairId, cadreId }))) ?? []
}

/** HelpInput is the help form (hall.HelpInput). */
export interface HelpInput {
  pairId: number
  date: string
  kind: string
  amount: string
  description: string
}

/** recordHelp records help given to a paired household. */
export async function recordHelp(input: HelpInput): Promise<HelpRecord[]> {
  return (await call(() => PairService.RecordHelp(input))) ?? []
}

function normDonations(s: DonationSummary): DonationSummary {
  s.items = s.items ?? []
  s.months = s.months ?? []
  return s
}

/** donations returns a year's thanksgiving-day donations with their totals. */
export async function donations(year = 0): Promise<DonationSummary> {
  return normDonations(await call(() => PairService.Donations(year)))
}

/** DonationInput is the donation form (hall.DonationInput). */
export interface DonationInput {
  date: string
  donor: string
  amount: string
  use: string
  note: string
}

/** recordDonation records a donation and returns its year's totals. */
export async function recordDonation(input: DonationInput): Promise<DonationSummary> {
  return normDonations(await call(() => PairService.RecordDonation(input)))
}
