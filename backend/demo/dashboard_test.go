package demo

import (
	"context"
	"testing"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// TestDashboardSummary holds the dashboard's one-pass figures to CaseSummary's on a small county
// with every ledger, state and outcome: the dashboard and the monthly briefing must agree, and
// the village breakdown (the case's own village) must add up to the same total.
func TestDashboardSummary(t *testing.T) {
	s, db, _ := countyAt(t, 0.003)
	ctx := context.Background()
	for _, p := range []hall.Period{
		{From: hall.MustDate("2025-01-01"), To: hall.MustDate("2025-12-31")}, {From: hall.MustDate("2026-11-01"), To: hall.MustDate("2026-11-30")},
		{From: hall.MustDate("2016-01-01"), To: hall.MustDate("2026-12-31")}, {From: hall.MustDate("2020-02-29"), To: hall.MustDate("2020-02-29")},
	} {
		want, err := s.CaseSummary(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Dashboard(ctx, sqlite.DashboardDates{Period: p, Today: hall.MustDate("2026-11-25"), DueBy: hall.MustDate("2026-11-30")})
		if err != nil {
			t.Fatal(err)
		}
		if p.From == hall.MustDate("2016-01-01") && (want.Sorted < 1000 || want.OnSpot == 0 || want.Joint == 0 || want.InProgress == 0 || want.Bad == 0) {
			t.Fatalf("the ten years hold too little to compare: %+v", want)
		}
		if d.Summary != want {
			t.Errorf("%v: dashboard %+v, CaseSummary %+v", p, d.Summary, want)
		}
		byVillage := 0
		for _, g := range d.Villages {
			byVillage += g.Total
		}
		if byVillage != want.Sorted && len(d.Villages) < hall.MaxGroups {
			t.Errorf("%v: villages add up to %d, want %d", p, byVillage, want.Sorted)
		}
	}
	// Every case knows its applicant's village.
	if n := scalar(t, db, `SELECT COUNT(*) FROM cases c JOIN residents r ON r.id=c.applicant_id WHERE c.village_id<>r.village_id`); n != 0 {
		t.Fatalf("%d cases with another village than their applicant's", n)
	}
	if n := scalar(t, db, `SELECT COUNT(*) FROM cases`); n < 1000 {
		t.Fatalf("only %d cases", n)
	}
}

// TestEachDutyFactsFoldsLikeTheWholeRegister checks the chunked walk over more households than
// one chunk holds: it must see every covered household once, with the same facts and members.
func TestEachDutyFactsFoldsLikeTheWholeRegister(t *testing.T) {
	s, _, sum := countyAt(t, 0.04)
	ctx := context.Background()
	all, err := s.DutyFacts(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= 500 || sum.Households < len(all) {
		t.Fatalf("%d covered households of %d: want more than one chunk", len(all), sum.Households)
	}
	byID := map[int64]hall.DutyFacts{}
	for _, f := range all {
		byID[f.HouseholdID] = f
	}
	seen, chunks := 0, 0
	err = s.EachDutyFacts(ctx, func(facts []hall.DutyFacts) error {
		chunks++
		for _, f := range facts {
			want, ok := byID[f.HouseholdID]
			if !ok || want.CadreID != f.CadreID || want.LastVisit != f.LastVisit || len(want.Members) != len(f.Members) {
				t.Fatalf("household %d: walked %+v, whole %+v", f.HouseholdID, f, want)
			}
			delete(byID, f.HouseholdID)
			seen++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != len(all) || len(byID) != 0 || chunks < 2 {
		t.Fatalf("walked %d of %d households in %d chunks", seen, len(all), chunks)
	}
}
