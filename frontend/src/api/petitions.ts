// petitions.ts wraps PetitionService: the reception day settings and roster, today's reception,
// registration with the repeat warning, the petition ledger, every step of a petition and its
// documents. It is the only code that touches those bindings. Go nil slices arrive as null and
// are turned into [] here.
import * as PetitionService from '../../wailsjs/go/app/PetitionService'
import { hall, type app } from '../../wailsjs/go/models'
import { call } from './call'
import { i18n } from '../i18n'
import type { Plain } from './wire'

/** t reads a message of the current locale. */
const t = i18n.global.t

export type Petition = hall.Petition
export type PetitionPage = hall.PetitionPage
export type PetitionRepeat = hall.PetitionRepeat
export type PetitionNote = hall.PetitionNote
export type PetitionEvent = hall.PetitionEvent
export type PetitionActionInfo = hall.PetitionActionInfo
export type RosterEntry = hall.RosterEntry
export type ReceptionSettings = hall.ReceptionSettings
export type TodayReception = app.TodayReception
export type LeaderList = app.LeaderList
export type LeaderInfo = app.LeaderInfo
export type Document = app.Document

// The statuses and fixed lists of petitions are hall's vocabulary, generated from the Go definitions.
export {
  petitionForms,
  petitionCategories,
  responsibilities,
  followUpMethods,
  satisfactions,
  petitionStatuses as petitionStatusOptions,
  type PetitionStatus,
} from '../generated/vocabulary'

/** FOLLOW_UP is the note kind of a visit or call to the petitioner (hall.FollowUpKind). */
export const FOLLOW_UP = '回访'

/** MAX_REPRESENTATIVES: a group visit chooses at most five (hall.MaxRepresentatives). */
export const MAX_REPRESENTATIVES = 5

/** weekdays a reception day may fall on (1 Monday … 5 Friday). */
export const weekdays = [
  { value: 1, get label() { return t('vocab.weekdays.1') } },
  { value: 2, get label() { return t('vocab.weekdays.2') } },
  { value: 3, get label() { return t('vocab.weekdays.3') } },
  { value: 4, get label() { return t('vocab.weekdays.4') } },
  { value: 5, get label() { return t('vocab.weekdays.5') } },
] as const

/** PetitionAction is something an operator does to a petition (hall.PetitionAction). */
export type PetitionAction =
  | 'accept'
  | 'refuse'
  | 'forward'
  | 'assign'
  | 'extend'
  | 'reply'
  | 'rate'
  | 'request_review'
  | 'answer_review'
  | 'request_rereview'
  | 'answer_rereview'
  | 'close'

/** Representative is one of the at most five representatives of a group visit. */
export type Representative = hall.Representative

/** PetitionInput is the registration form (hall.PetitionInput): a resident (residentId) or a
 * person with minimal data (name, address, phone, village). */
export type PetitionInput = Plain<hall.PetitionInput>

/** PetitionActionInput is one action on a petition with what it needs (hall.PetitionActionInput);
 * its version is the version of the petition the clerk saw (a stale one is refused). */
export type PetitionActionInput = Omit<hall.PetitionActionInput, 'action'> & { action: PetitionAction }

/** emptyAction is an action with nothing filled in yet. */
export function emptyAction(petitionId: number, action: PetitionAction): PetitionActionInput {
  return {
    petitionId,
    action,
    note: '',
    date: '',
    reason: '',
    replyText: '',
    forwardedTo: '',
    responsibleId: 0,
    handlingUnit: '',
    days: 0,
    approver: '',
    informed: false,
    satisfaction: '',
    version: 0,
  }
}

/** NoteInput is a progress note under a responsibility, or a follow-up (回访). */
export interface NoteInput {
  petitionId: number
  kind: string
  method: string
  date: string
  text: string
}

/** PetitionQuery filters the ledger; scope '' is the open petitions. */
export type PetitionQuery = Omit<hall.PetitionQuery, 'scope'> & { scope: '' | 'open' | 'done' | 'all' }

/** RepeatInput is the petitioner being typed, for the repeat warning. */
export interface RepeatInput {
  residentId: number
  name: string
  phone: string
  villageId: number
  category: string
}

function normalize(p: Petition): Petition {
  p.representatives = p.representatives ?? []
  p.notes = p.notes ?? []
  p.timeline = p.timeline ?? []
  p.repeats = p.repeats ?? []
  p.actions = p.actions ?? []
  return p
}

/** getSettings reads the reception day settings. */
export function getSettings(): Promise<ReceptionSettings> {
  return call(() => PetitionService.Settings())
}

/** saveSettings changes the reception day settings. */
export function saveSettings(s: ReceptionSettings): Promise<ReceptionSettings> {
  return call(() => PetitionService.SaveSettings(s))
}

/** listLeaders lists the active leaders (领导干部) and the leader accounts. */
export async function listLeaders(): Promise<LeaderList> {
  const l = await call(() => PetitionService.Leaders())
  l.leaders = l.leaders ?? []
  l.accounts = l.accounts ?? []
  return l
}

/** linkLeader links a leader cadre to the account they sign in with (0 unlinks). */
export async function linkLeader(cadreId: number, operatorId: number): Promise<LeaderList> {
  const l = await call(() => PetitionService.LinkLeader({ cadreId, operatorId }))
  l.leaders = l.leaders ?? []
  l.accounts = l.accounts ?? []
  return l
}

/** generateRoster lays out a quarter (2026Q4); replace regenerates the days from today on. */
export async function generateRoster(quarter: string, replace: boolean): Promise<RosterEntry[]> {
  return (await call(() => PetitionService.GenerateRoster({ quarter, replace }))) ?? []
}

/** getRoster lists the reception days between two dates. */
export async function getRoster(from: string, to: string): Promise<RosterEntry[]> {
  return (await call(() => PetitionService.Roster(from, to))) ?? []
}

/** swapRoster exchanges the leaders of two reception days. */
export async function swapRoster(id: number, withId: number, note: string): Promise<RosterEntry[]> {
  return (await call(() => PetitionService.SwapRoster({ id, withId, note }))) ?? []
}

/** replaceLeader gives a reception day another leader. */
export async function replaceLeader(id: number, leaderId: number, note: string): Promise<RosterEntry[]> {
  return (await call(() => PetitionService.ReplaceLeader({ id, leaderId, note }))) ?? []
}

/** printRoster prints the quarter's 领导干部信访接待日安排表. */
export function printRoster(quarter: string): Promise<Document> {
  return call(() => PetitionService.PrintRoster(quarter))
}

/** getToday returns today's reception: the leader and the petitions registered today. */
export async function getToday(): Promise<TodayReception> {
  const d = await call(() => PetitionService.Today())
  d.petitions = (d.petitions ?? []).map(normalize)
  return d
}

/** findRepeats lists earlier petitions of the petitioner being typed. */
export async function findRepeats(input: RepeatInput): Promise<PetitionRepeat[]> {
  return (await call(() => PetitionService.Repeats(input))) ?? []
}

/** registerPetition records a petition and returns it with its number and deadlines. */
export async function registerPetition(input: PetitionInput): Promise<Petition> {
  return normalize(await call(() => PetitionService.Register(hall.PetitionInput.createFrom(input))))
}

/** getPetition returns one petition with its details and the actions allowed now. */
export async function getPetition(id: number): Promise<Petition> {
  return normalize(await call(() => PetitionService.Get(id)))
}

/** listPetitions returns one page of the petition ledger. */
export async function listPetitions(q: PetitionQuery): Promise<PetitionPage> {
  const page = await call(() => PetitionService.List(q))
  page.items = (page.items ?? []).map(normalize)
  return page
}

/** actOn takes one step of a petition's lifecycle. */
export async function actOn(input: PetitionActionInput): Promise<Petition> {
  return normalize(await call(() => PetitionService.Act(input)))
}

/** addNote files a progress note or a follow-up. */
export async function addNote(input: NoteInput): Promise<Petition> {
  return normalize(await call(() => PetitionService.AddNote(input)))
}

/** linkCase records the counter case a petition started, by its number. */
export async function linkCase(petitionId: number, version: number, caseNumber: string): Promise<Petition> {
  return normalize(await call(() => PetitionService.LinkCase({ petitionId, version, caseNumber })))
}

/** petitionForCase is the petition a counter case was started from (petitionId 0 when none). */
export function petitionForCase(caseId: number): Promise<hall.PetitionLink> {
  return call(() => PetitionService.ForCase(caseId))
}

/** printRecord prints the registration record (口头信访记录 for an oral petition). */
export function printRecord(id: number): Promise<Document> {
  return call(() => PetitionService.PrintRecord(id))
}

/** printReply prints the 信访事项答复意见书 (or the 不予受理告知书). */
export function printReply(id: number): Promise<Document> {
  return call(() => PetitionService.PrintReply(id))
}
