package hall

// The generator writes the TypeScript of the vocabulary and of the length limits (limits.go).
//go:generate go run ../../build/gen-ts

import "slices"

// The hall's vocabulary: every set of values that a rule, a query or a screen names is defined
// here once. The store builds its SQL conditions from these sets (sqlite/vocabulary.go) and the
// frontend's TypeScript copy is generated from them (build/gen-ts writes
// frontend/src/generated/vocabulary.ts; a test fails when the committed file is stale).

// Ledgers are the three ledgers (台账) a request can land in, in display order: settled on the
// spot, handled on the citizen's behalf within a time limit, or reported up and handled jointly.
var Ledgers = []string{LedgerInstant, LedgerProxy, LedgerEscalate}

// OpenStatuses are the statuses of a case that is not finished yet: it still runs against its
// deadline, or waits for materials with its clock stopped (Status.Open).
var OpenStatuses = []Status{StatusAwaiting, StatusAccepted, StatusInProgress, StatusSubmitted}

// RunningStatuses are the open statuses whose clock runs: all but 待补正, where the clock stops.
// Only a case in one of them, with a deadline, can be overdue or due soon.
var RunningStatuses = []Status{StatusAccepted, StatusInProgress, StatusSubmitted}

// FinishedStatuses are the statuses from 已办结 on: the case has an outcome.
var FinishedStatuses = []Status{StatusDone, StatusFedBack, StatusRated, StatusClosed}

// CaseFinished reports whether a case has been handled to its end (已办结 or any later status):
// its status is one of FinishedStatuses.
func CaseFinished(s Status) bool { return slices.Contains(FinishedStatuses, s) }

// GoodRatings are the rating levels (1–5, see Ratings) that count as good: 非常满意 and 满意.
var GoodRatings = []int{1, 2}

// BadRatings are the rating levels that count as bad and need a remedy: 不满意 and 非常不满意
// (RatingIsBad).
var BadRatings = []int{4, 5}

// PetitionSettledStatuses are the petition statuses that count as settled: answered, reviewed,
// re-reviewed or closed.
var PetitionSettledStatuses = []PetitionStatus{PtReplied, PtReviewed, PtRereviewed, PtClosed}

// PetitionTurnedAwayStatuses are the petition statuses of a petition not handled here: refused
// or forwarded to the body that has the power.
var PetitionTurnedAwayStatuses = []PetitionStatus{PtRefused, PtForwarded}

// PetitionOffLedgerStatuses are the petition statuses no longer on the petition ledger (the
// complement of PetitionStatus.Open): refused, forwarded or closed.
var PetitionOffLedgerStatuses = []PetitionStatus{PtRefused, PtForwarded, PtClosed}

// Outcomes lists the outcomes of a finished case, the successful one first.
var Outcomes = []string{OutcomeDone, OutcomeRefused, OutcomeTransfer}

// StatusLabels lists every case status in lifecycle order with its Chinese name.
func StatusLabels() []Labeled {
	out := make([]Labeled, 0, len(Statuses))
	for _, s := range Statuses {
		out = append(out, Labeled{Value: string(s), Label: s.Label()})
	}
	return out
}

// PetitionStatusLabels lists every petition status in lifecycle order with its Chinese name.
func PetitionStatusLabels() []Labeled {
	out := make([]Labeled, 0, len(PetitionStatuses))
	for _, s := range PetitionStatuses {
		out = append(out, Labeled{Value: string(s), Label: s.Label()})
	}
	return out
}

// ActionLabels lists every case action in the order the case page offers them, with its name.
func ActionLabels() []Labeled {
	out := make([]Labeled, 0, len(Actions))
	for _, a := range Actions {
		out = append(out, Labeled{Value: string(a), Label: a.Label()})
	}
	return out
}

// Labeled is a value of the vocabulary with its Chinese name.
type Labeled struct {
	Value string `json:"value"`
	Label string `json:"label"`
}
