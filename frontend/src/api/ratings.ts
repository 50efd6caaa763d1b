// ratings.ts wraps the citizen's 好差评 rating: RatingService (a case's ratings; supervisors
// enter paper cards and phone callbacks, record callbacks and propose reviews; leaders decide
// them) and RatingPadService (the window's rating pad). Go nil slices arrive as null and are
// turned into [] here.
import * as RatingService from '../../wailsjs/go/app/RatingService'
import * as RatingPadService from '../../wailsjs/go/app/RatingPadService'
import { hall } from '../../wailsjs/go/models'
import { call } from './call'
import { deviceCall } from './devices'
import type { Plain } from './wire'

export type Rating = hall.Rating
export type RatingRequest = hall.RatingRequest
export type RatingContent = hall.RatingContent
export type RatingEntry = Plain<hall.RatingEntry>
export type CallbackInput = Plain<hall.CallbackInput>
export type ReviewProposal = Plain<hall.ReviewProposal>
export type ReviewDecision = Plain<hall.ReviewDecision>
export type PadAnswer = Plain<hall.PadAnswer>
export type TicketRating = hall.TicketRating

function tidy(r: Rating): Rating {
  r.indicators ??= []
  r.callbacks ??= []
  r.reviews ??= []
  return r
}

/** caseRatings lists a case's ratings, every channel, with their callbacks and reviews. */
export function caseRatings(caseId: number): Promise<Rating[]> {
  return call(() => RatingService.ForCase(caseId)).then((l) => (l ?? []).map(tidy))
}

/** badTicketRatings lists the bad ratings of tickets served with no case: the period's, and
 * every one still open (supervisors, leaders). */
export function badTicketRatings(p: hall.Period): Promise<TicketRating[]> {
  return call(() => RatingService.BadTickets(p)).then((l) => (l ?? []).map((x) => ({ ...x, rating: tidy(x.rating) }) as TicketRating))
}

/** enterRating records a paper card or a phone callback's rating (supervisor). */
export function enterRating(e: RatingEntry): Promise<hall.Case> {
  return call(() => RatingService.Enter(hall.RatingEntry.createFrom(e)))
}

/** recordCallback records a callback on a bad rating (supervisor). */
export function recordCallback(c: CallbackInput): Promise<Rating> {
  return call(() => RatingService.Callback(hall.CallbackInput.createFrom(c))).then(tidy)
}

/** proposeReview proposes that a bad rating was malicious (supervisor). */
export function proposeReview(p: ReviewProposal): Promise<Rating> {
  return call(() => RatingService.ProposeReview(hall.ReviewProposal.createFrom(p))).then(tidy)
}

/** decideReview approves or rejects a proposed review (leader). */
export function decideReview(d: ReviewDecision): Promise<Rating> {
  return call(() => RatingService.DecideReview(hall.ReviewDecision.createFrom(d))).then(tidy)
}

/** padRequest is the request open at the pad's window (id 0: none). */
export function padRequest(): Promise<RatingRequest> {
  return deviceCall(() => RatingPadService.Current())
}

/** padSubmit sends the citizen's answer. */
export function padSubmit(a: PadAnswer): Promise<unknown> {
  return deviceCall(() => RatingPadService.Submit(hall.PadAnswer.createFrom(a)))
}

/** padTimeout records 未评价 for the open request. */
export function padTimeout(requestId: number): Promise<unknown> {
  return deviceCall(() => RatingPadService.Timeout(requestId))
}
