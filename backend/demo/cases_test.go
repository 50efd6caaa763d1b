package demo

import (
	"context"
	"testing"
	"time"

	"halldesk/backend/hall"
)

func TestCasesRunThroughTheRealServices(t *testing.T) {
	s, _ := fill(t, 3)
	n, err := Cases(context.Background(), s, fixedNow, 3)
	if err != nil {
		t.Fatalf("Cases: %v", err)
	}
	if n < 60 {
		t.Fatalf("only %d cases in %d days", n, CaseDays)
	}
	byLedger := map[string]int{}
	statuses := map[hall.Status]int{}
	acceptedLater, hours := 0, map[int]bool{}
	for page := 1; ; page++ {
		p, err := s.SearchCases(context.Background(), hall.CaseQuery{Page: page, PageSize: 100}, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range p.Items {
			byLedger[c.Ledger]++
			statuses[c.Status]++
			if c.Status != hall.StatusAwaiting && c.DueDate.String() == "" {
				t.Errorf("case %s (%s) has no deadline", c.Number, c.Status)
			}
			created, err := time.Parse(time.RFC3339, c.CreatedAt)
			if err != nil {
				t.Fatalf("case %s: created %q: %v", c.Number, c.CreatedAt, err)
			}
			local := created.In(hall.China)
			hours[local.Hour()] = true
			if mins := local.Hour()*60 + local.Minute(); mins < 8*60+30 || mins > 17*60+30 {
				t.Errorf("case %s registered at %s, outside office hours", c.Number, local.Format("15:04"))
			}
			regDay := local.Format(hall.DateLayout)
			switch accepted := c.AcceptedOn.String(); {
			case accepted == "":
			case accepted < regDay:
				t.Errorf("case %s accepted on %s before it was registered on %s", c.Number, accepted, regDay)
			case accepted > regDay:
				acceptedLater++
			}
			if !c.FeedbackAt.IsZero() && c.FeedbackAt.Before(c.AcceptedOn) {
				t.Errorf("case %s: feedback on %s before acceptance on %s", c.Number, c.FeedbackAt, c.AcceptedOn)
			}
		}
		if page*100 >= p.Total {
			if p.Total != n {
				t.Fatalf("stored %d cases, reported %d", p.Total, n)
			}
			break
		}
	}
	for _, l := range []string{hall.LedgerInstant, hall.LedgerProxy, hall.LedgerEscalate} {
		if byLedger[l] == 0 {
			t.Errorf("no %s cases", l)
		}
	}
	// A history, not one stamp a day: citizens through the day, and cases waiting for materials
	// accepted on a later day than they were registered (the date the ledgers count them on).
	if len(hours) < 4 || acceptedLater == 0 {
		t.Errorf("registered in %d distinct hours, %d cases accepted after the day they were registered", len(hours), acceptedLater)
	}
	if statuses[hall.StatusClosed] == 0 || statuses[hall.StatusClosed] == n {
		t.Errorf("want a mix of struck-off and open cases, got %v", statuses)
	}
}
