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
		HouseholdID: f.eastHH[0], Date: hall.MustDate("2025-03-10"), Way: "电话", Diary: "了解医保缴费情况。"}})
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

// TestPeriodWithBadDateRefused: a report over a period without its dates is refused, not
// counted over the year 1.
func TestPeriodWithBadDateRefused(t *testing.T) {
	s, _, _ := newStore(t)
	setupHall(t, s)
	if _, err := s.CaseSummary(ctx, hall.Period{From: hall.MustDate("2026-10-01"), To: hall.MustDate("2026-10-31")}); err != nil {
		t.Fatal(err)
	}
	_, err := s.CaseSummary(ctx, hall.Period{From: hall.MustDate("2026-10-01")})
	wantCode(t, err, hall.CodeInvalid)
	_, err = s.NotableCandidates(ctx, hall.NotableQuery{}, hall.Period{To: hall.MustDate("2026-10-31")})
	wantCode(t, err, hall.CodeInvalid)
}

// TestBadRosterDateIsAnError: a reception day whose stored date does not parse is reported, not
// listed without its weekday.
func TestBadRosterDateIsAnError(t *testing.T) {
	f := newPetitionFixture(t)
	plan := []hall.RosterEntry{{Date: hall.MustDate("2025-03-05"), PlannedDate: hall.MustDate("2025-03-05"), LeaderID: f.leader1, Verified: true}}
	must(t, f.s.SaveQuarterRoster(ctx, f.actor(), "2025Q1", hall.MustDate("2025-01-01"), plan))
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
	p := f.register(t, hall.PetitionInput{ReceivedOn: hall.MustDate("2025-03-10")})
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

// TestBadStoredCivilDatesAreErrors: every civil date the store reads back goes through
// hall.Date, so a stored text that is not a date (a hand-edited row, a bad import) is a plain
// error naming it — never an empty date, a zero age or a row that sorts wrongly.
func TestBadStoredCivilDatesAreErrors(t *testing.T) {
	f := newVisitFixture(t)
	s := f.s
	_, err := s.CreateActivity(ctx, admin, hall.ActivityInput{Date: hall.MustDate("2025-03-05"), VillageID: f.west, Kind: "政策宣讲",
		CadreIDs: []int64{f.zhao}, Content: "宣讲医保缴费"})
	must(t, err)
	pid, _, err := s.CreatePair(ctx, admin, hall.PairInput{CadreID: f.zhao, HouseholdID: f.westHH[0], From: hall.MustDate("2025-01-10")})
	must(t, err)
	_, err = s.CreateHelp(ctx, admin, hall.HelpInput{PairID: pid, Date: hall.MustDate("2025-02-01"), Kind: "技术", Description: "传授养羊技术"}, 0)
	must(t, err)
	_, err = s.CreateDonation(ctx, admin, hall.DonationInput{Date: hall.MustDate("2025-03-10"), Donor: "镇机关干部职工", Use: "助学"}, 50000)
	must(t, err)
	for _, tc := range []struct {
		name, table, column, good, bad string
		read                           func() error
	}{
		{"activity date", "village_activities", "date", "2025-03-05", "2025-02-30", func() error {
			_, err := s.Activities(ctx, hall.ActivityQuery{})
			return err
		}},
		{"last activity", "village_activities", "date", "2025-03-05", "2025/03/05", func() error {
			_, err := s.LastActivities(ctx)
			return err
		}},
		{"pairing start", "needy_pairs", "from_date", "2025-01-10", "2025-02-30", func() error {
			_, err := s.Pairs(ctx, hall.PairQuery{})
			return err
		}},
		{"help date", "help_records", "date", "2025-02-01", "2025-02-30", func() error {
			_, err := s.HelpRecords(ctx, pid, 0)
			return err
		}},
		{"donation date", "donations", "date", "2025-03-10", "2025-03-1x", func() error {
			_, err := s.Donations(ctx, 2025)
			return err
		}},
		{"birth date", "residents", "birth_date", "1970-01-01", "1970-02-30", func() error {
			_, err := s.Resident(ctx, f.heads[0])
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set := func(v string) {
				if _, err := s.db.Exec(`UPDATE `+tc.table+` SET `+tc.column+`=?`, v); err != nil {
					t.Fatal(err)
				}
			}
			set(tc.good)
			if err := tc.read(); err != nil {
				t.Fatalf("good date: %v", err)
			}
			set(tc.bad)
			defer set(tc.good)
			err := tc.read()
			if err == nil || hall.AsError(err) != nil || !strings.Contains(err.Error(), tc.bad) {
				t.Errorf("bad stored %s: %v, want a plain error naming %q", tc.name, err, tc.bad)
			}
		})
	}
}
