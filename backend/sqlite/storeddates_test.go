package sqlite

import (
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// TestBadStoredDateIsAnError: a visit whose stored date does not parse is reported (an internal
// error with the detail for the log), not shown with its weekday silently left out.
func TestBadStoredDateIsAnError(t *testing.T) {
	f := newVisitFixture(t)
	id, err := f.s.CreateVisit(ctx, admin, NewVisit{VisitInput: hall.VisitInput{CadreID: f.bater,
		HouseholdID: f.eastHH[0], Date: "2025-03-10", Way: "电话", Diary: "了解医保缴费情况。"}})
	must(t, err)
	v, err := f.s.Visit(ctx, id)
	if err != nil || v.Weekday == "" {
		t.Fatalf("good date: %+v %v", v, err)
	}
	if _, err := f.s.db.Exec(`UPDATE visits SET date='2025-02-30' WHERE id=?`, id); err != nil {
		t.Fatal(err)
	}
	_, err = f.s.Visit(ctx, id)
	if err == nil || hall.AsError(err) != nil || !strings.Contains(err.Error(), "2025-02-30") {
		t.Fatalf("bad stored date: %v, want a plain error naming it", err)
	}
	if _, err := f.s.Visits(ctx, hall.VisitQuery{CadreID: f.bater}); err == nil {
		t.Fatal("a list with a bad stored date answered")
	}
}

// TestPeriodWithBadDateRefused: a report over a period whose dates do not parse is refused, not
// counted over the year 1.
func TestPeriodWithBadDateRefused(t *testing.T) {
	s, _, _ := newStore(t)
	setupHall(t, s)
	if _, err := s.CaseSummary(ctx, hall.Period{From: "2026-10-01", To: "2026-10-31"}); err != nil {
		t.Fatal(err)
	}
	_, err := s.CaseSummary(ctx, hall.Period{From: "2026-10-01", To: "2026-10-32"})
	wantCode(t, err, hall.CodeInvalid)
	_, err = s.NotableCandidates(ctx, hall.NotableQuery{}, hall.Period{From: "十月", To: "2026-10-31"})
	wantCode(t, err, hall.CodeInvalid)
}

// TestBadRosterDateIsAnError: a reception day whose stored date does not parse is reported, not
// listed without its weekday.
func TestBadRosterDateIsAnError(t *testing.T) {
	f := newPetitionFixture(t)
	plan := []hall.RosterEntry{{Date: "2025-03-05", PlannedDate: "2025-03-05", LeaderID: f.leader1, Verified: true}}
	must(t, f.s.SaveQuarterRoster(ctx, f.actor(), "2025Q1", "2025-01-01", plan))
	if list, err := f.s.QuarterRoster(ctx, "2025Q1"); err != nil || len(list) != 1 || list[0].Weekday != "星期三" {
		t.Fatalf("good date: %+v %v", list, err)
	}
	if _, err := f.s.db.Exec(`UPDATE reception_roster SET date='2025-3-5'`); err != nil {
		t.Fatal(err)
	}
	_, err := f.s.QuarterRoster(ctx, "2025Q1")
	if err == nil || hall.AsError(err) != nil || !strings.Contains(err.Error(), "2025-3-5") {
		t.Fatalf("bad stored date: %v, want a plain error naming it", err)
	}
}

// TestBadStoredDeadlineIsAnError: a petition or case whose stored deadline does not parse is
// reported (a plain error naming it, which the edge logs and shows as the internal error), never
// read as no deadline.
func TestBadStoredDeadlineIsAnError(t *testing.T) {
	f := newPetitionFixture(t)
	p := f.register(t, hall.PetitionInput{ReceivedOn: "2025-03-10"})
	if got, err := f.s.Petition(ctx, p.ID); err != nil || got.DecisionDue.String() != "2025-03-25" {
		t.Fatalf("good date: %s %v", got.DecisionDue, err)
	}
	if _, err := f.s.db.Exec(`UPDATE petitions SET decision_due='2025-02-30' WHERE id=?`, p.ID); err != nil {
		t.Fatal(err)
	}
	_, err := f.s.Petition(ctx, p.ID)
	if err == nil || hall.AsError(err) != nil || !strings.Contains(err.Error(), "2025-02-30") {
		t.Fatalf("bad stored deadline: %v, want a plain error naming it", err)
	}
}
