package demo

import (
	"context"
	"testing"

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
	if statuses[hall.StatusClosed] == 0 || statuses[hall.StatusClosed] == n {
		t.Errorf("want a mix of struck-off and open cases, got %v", statuses)
	}
}
