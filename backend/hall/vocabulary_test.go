package hall

import (
	"slices"
	"testing"
)

// TestStatusSetsAgreeWithTheRules holds the status sets that the store's SQL and the frontend
// are built from to the rules that decide them: Status.Open, the clock stopping while a case
// waits for materials, PetitionStatus.Open.
func TestStatusSetsAgreeWithTheRules(t *testing.T) {
	var open, running, finished []Status
	for _, s := range Statuses {
		switch {
		case s.Open() && s != StatusAwaiting:
			open, running = append(open, s), append(running, s)
		case s.Open():
			open = append(open, s)
		default:
			finished = append(finished, s)
		}
	}
	if !slices.Equal(OpenStatuses, open) {
		t.Errorf("OpenStatuses = %v, Status.Open says %v", OpenStatuses, open)
	}
	if !slices.Equal(RunningStatuses, running) {
		t.Errorf("RunningStatuses = %v, want %v", RunningStatuses, running)
	}
	if !slices.Equal(FinishedStatuses, finished) {
		t.Errorf("FinishedStatuses = %v, want %v", FinishedStatuses, finished)
	}
	var off []PetitionStatus
	for _, s := range PetitionStatuses {
		if !s.Open() {
			off = append(off, s)
		}
	}
	if !slices.Equal(PetitionOffLedgerStatuses, off) {
		t.Errorf("PetitionOffLedgerStatuses = %v, PetitionStatus.Open says %v", PetitionOffLedgerStatuses, off)
	}
	for _, s := range append(slices.Clone(PetitionSettledStatuses), PetitionTurnedAwayStatuses...) {
		if !s.Valid() {
			t.Errorf("petition status %q is not a status", s)
		}
		if slices.Contains(PetitionSettledStatuses, s) && slices.Contains(PetitionTurnedAwayStatuses, s) {
			t.Errorf("petition status %q is both settled and turned away", s)
		}
	}
}

// TestRatingSetsAgreeWithTheRules: the bad levels are the ones RatingIsBad calls bad, the good
// ones are the top two, and every level has a name.
func TestRatingSetsAgreeWithTheRules(t *testing.T) {
	var bad []int
	for level := 1; level <= len(Ratings); level++ {
		if RatingIsBad(level) {
			bad = append(bad, level)
		}
		if RatingLabel(level) == "" {
			t.Errorf("level %d has no name", level)
		}
	}
	if !slices.Equal(BadRatings, bad) {
		t.Errorf("BadRatings = %v, RatingIsBad says %v", BadRatings, bad)
	}
	if !slices.Equal(GoodRatings, []int{1, 2}) {
		t.Errorf("GoodRatings = %v, want the top two levels", GoodRatings)
	}
}

// TestLedgersAreTheLettered: the ledgers listed are exactly the ones a case number has a letter for.
func TestLedgersAreTheLettered(t *testing.T) {
	if len(Ledgers) != len(LedgerLetter) {
		t.Fatalf("Ledgers = %v, LedgerLetter = %v", Ledgers, LedgerLetter)
	}
	for _, l := range Ledgers {
		if LedgerLetter[l] == "" || CheckLedgerFilter(l) != nil {
			t.Errorf("ledger %q has no letter or is refused as a filter", l)
		}
	}
}

// TestLabeledListsNameEveryValue: the lists the frontend is generated from carry a name for
// every status and action.
func TestLabeledListsNameEveryValue(t *testing.T) {
	for _, l := range [][]Labeled{StatusLabels(), PetitionStatusLabels(), ActionLabels()} {
		for _, v := range l {
			if v.Value == "" || v.Label == "" {
				t.Errorf("%+v has no value or no name", v)
			}
		}
	}
	if len(StatusLabels()) != len(Statuses) || len(ActionLabels()) != len(Actions) {
		t.Error("a labeled list leaves a value out")
	}
}
