// cases.ts wraps CaseService (intake at the counter, the three ledgers, every step of a case and
// its documents) and CalendarService's warning about missing calendar years. It is the only code
// that touches those bindings. Go nil slices arrive as null and are turned into [] here.
import * as CaseService from '../../wailsjs/go/app/CaseService'
import * as CalendarService from '../../wailsjs/go/app/CalendarService'
import { hall, type app } from '../../wailsjs/go/models'
import { call } from './call'
import type { Plain } from './wire'
import type { CaseAction } from '../generated/vocabulary'

export type Case = hall.Case
export type CaseMaterial = hall.CaseMaterial
export type CaseEvent = hall.CaseEvent
export type ActionInfo = hall.ActionInfo
export type CasePage = hall.CasePage
export type Document = app.Document

// The statuses, actions and fixed lists are hall's vocabulary, generated from the Go definitions.
export {
  caseStatuses as statusOptions,
  openStatuses,
  sources,
  outcomes,
  feedbackMethods,
  ratings,
  type CaseStatus as Status,
  type CaseAction,
} from '../generated/vocabulary'

/** AgentInput is a person applying on the citizen's behalf (代为申请). */
export type AgentInput = hall.Agent

/** IntakeInput is the counter's intake form (hall.IntakeInput); no agent when the citizen comes in person. */
export type IntakeInput = Omit<Plain<hall.IntakeInput>, 'ticketId'> & { ticketId?: number } // the queue ticket, when the citizen waited with one

/** MeetingInput is a joint meeting (联席会议) of an escalated case; deadline may be empty. */
export type MeetingInput = hall.Meeting

/** TransitionInput is one action on a case with what that action needs (hall.TransitionInput). */
export type TransitionInput = Omit<Plain<hall.TransitionInput>, 'action'> & { action: CaseAction }

/** emptyTransition is an action with nothing filled in yet. */
export function emptyTransition(caseId: number, action: CaseAction): TransitionInput {
  return {
    caseId,
    action,
    note: '',
    received: [],
    missing: [],
    departments: '',
    outcome: '',
    monthlyAmount: '',
    firstPaidMonth: '',
    feedbackMethod: '',
    feedbackDate: '',
    extensionDays: 0,
    version: 0,
  }
}

/** CaseQuery filters a ledger; ledger '' means all three. Dates are YYYY-MM-DD. */
export type CaseQuery = hall.CaseQuery

function normalize(c: Case): Case {
  c.materials = c.materials ?? []
  c.timeline = c.timeline ?? []
  c.actions = c.actions ?? []
  if (!c.agent) c.agent = undefined
  if (!c.meeting) c.meeting = undefined
  return c
}

/** intake takes a case at the counter and returns it as stored (with its number and deadline). */
export async function intake(input: IntakeInput): Promise<Case> {
  return normalize(await call(() => CaseService.Intake(hall.IntakeInput.createFrom(input))))
}

/** openCasesFor lists the applicant's unfinished cases of an item (the duplicate warning). */
export async function openCasesFor(applicantId: number, itemId: number): Promise<Case[]> {
  const list = await call(() => CaseService.OpenFor(applicantId, itemId))
  return (list ?? []).map(normalize)
}

/** getCase returns one case with its materials, timeline and the actions allowed now. */
export async function getCase(id: number): Promise<Case> {
  return normalize(await call(() => CaseService.Get(id)))
}

/** searchLedger returns one page of a ledger. */
export async function searchLedger(q: CaseQuery): Promise<CasePage> {
  const page = await call(() => CaseService.Ledger(q))
  page.items = (page.items ?? []).map(normalize)
  return page
}

/** caseHandlers lists the operators who handle cases, for the ledgers' handler filter. */
export async function caseHandlers(): Promise<hall.Handler[]> {
  return (await call(() => CaseService.Handlers())) ?? []
}

/** act takes one step of a case's lifecycle and returns the case as it is now. */
export async function act(input: TransitionInput): Promise<Case> {
  return normalize(await call(() => CaseService.Act(hall.TransitionInput.createFrom(input))))
}

/** printReceipt prints the acceptance receipt (受理回执). */
export function printReceipt(id: number): Promise<Document> {
  return call(() => CaseService.PrintReceipt(id))
}

/** printNotice prints the one-time notice (一次性告知单) of every missing material. */
export function printNotice(id: number): Promise<Document> {
  return call(() => CaseService.PrintNotice(id))
}

/** printCompletion prints the completion notice (办结通知书). */
export function printCompletion(id: number): Promise<Document> {
  return call(() => CaseService.PrintCompletion(id))
}

/** missingCalendarYears names the years a deadline may fall in that have no calendar data. */
export async function missingCalendarYears(): Promise<number[]> {
  const info = await call(() => CalendarService.Years())
  return info?.missing ?? []
}
