package demo

import (
	"context"
	"testing"

	"halldesk/backend/hall"
)

func TestVisitsRunThroughTheRealServices(t *testing.T) {
	s, _ := fill(t, 5)
	ctx := context.Background()
	sum, err := Visits(ctx, s, fixedNow, 5)
	if err != nil {
		t.Fatalf("Visits: %v", err)
	}
	t.Logf("%+v", sum)
	if sum.Visits < 60 || sum.Cases == 0 || sum.Issues <= sum.Cases || sum.Activities < 10 || sum.Pairs < 6 || sum.Donations == 0 {
		t.Fatalf("too little: %+v", sum)
	}
	cov, err := s.CoverageSummary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	covered := 0
	for _, r := range cov.Rows {
		covered += r.Households
		if r.Pairs > 3 {
			t.Errorf("%s pairs with %d households", r.CadreName, r.Pairs)
		}
	}
	if covered == 0 {
		t.Fatal("nobody covers any household")
	}
	// The work team's takeover left history behind.
	facts, err := s.DutyFacts(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	withHistory := 0
	for _, f := range facts {
		hist, err := s.CoverageHistory(ctx, f.HouseholdID)
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) > 1 {
			withHistory++
		}
	}
	if withHistory == 0 {
		t.Error("no household changed hands")
	}
	// Some households are overdue and some feedback is still owed, as in a real township.
	r := hall.BuildDueReport(facts, hall.DefaultVisitSettings(), fixedNow.In(hall.China), 7, 0)
	overdue := 0
	for _, d := range r.Items {
		if d.Overdue {
			overdue++
		}
	}
	if overdue == 0 || overdue == len(facts) {
		t.Errorf("overdue %d of %d", overdue, len(facts))
	}
	feedback, err := s.Issues(ctx, hall.IssueQuery{Kind: hall.IssueCase, PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	given := 0
	for _, is := range feedback.Items {
		if is.CaseNumber == "" {
			t.Errorf("case issue without a case: %+v", is)
		}
		if !is.FeedbackOn.IsZero() {
			given++
		}
	}
	if given == 0 {
		t.Error("no feedback was given on a later visit")
	}
	don, err := s.Donations(ctx, fixedNow.Year())
	if err != nil || don.Count == 0 {
		t.Fatalf("donations %+v %v", don, err)
	}
}
