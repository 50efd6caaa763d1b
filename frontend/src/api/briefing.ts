// briefing.ts wraps BriefingService: the monthly work briefing (工作简报) — the month's figures
// written as prose, the notable cases the supervisor picks, the issue number and distribution
// lines, and the PDF. It is the only code that touches those bindings. Go nil slices arrive as
// null and are turned into [] here.
import * as BriefingService from '../../wailsjs/go/app/BriefingService'
import { hall, type app } from '../../wailsjs/go/models'
import { call } from './call'
import type { Plain } from './wire'

export type Briefing = hall.Briefing
export type BriefingSettings = hall.BriefingSettings
export type BriefingSection = hall.BriefingSection
export type NotableCase = hall.NotableCase
export type NotablePage = hall.NotablePage
export type Document = app.Document

/** maxNotables is how many notable cases one briefing may tell (hall.MaxNotables). */
export const maxNotables = 5

/** NotableInput is one picked case with the paragraph printed for it. */
export type NotableInput = hall.NotableInput

/** BriefingInput is what the supervisor saves for a month (hall.BriefingInput). */
export type BriefingInput = Plain<hall.BriefingInput>

/** NotableQuery asks for one page of a month's finished cases. */
export type NotableQuery = hall.NotableQuery

function fixBriefing(b: Briefing): Briefing {
  b.notables = b.notables ?? []
  b.sections = (b.sections ?? []).map((s) => ({ ...s, paragraphs: s.paragraphs ?? [] }))
  return b
}

/** previewBriefing assembles the month's briefing (month as YYYY-MM). */
export async function previewBriefing(month: string): Promise<Briefing> {
  return fixBriefing(await call(() => BriefingService.Preview(month)))
}

/** notableCandidates lists one page of the month's finished cases to pick from. */
export async function notableCandidates(q: NotableQuery): Promise<NotablePage> {
  const p = await call(() => BriefingService.Candidates(q))
  p.items = p.items ?? []
  return p
}

/** saveBriefing saves the month's issue number and notable cases and the distribution lines
 * (supervisor or administrator); it returns the briefing as it now reads. */
export async function saveBriefing(input: BriefingInput): Promise<Briefing> {
  return fixBriefing(await call(() => BriefingService.Save(hall.BriefingInput.createFrom(input))))
}

/** printBriefing prints the month's briefing as saved. */
export async function printBriefing(month: string): Promise<Document> {
  return call(() => BriefingService.Print(month))
}
