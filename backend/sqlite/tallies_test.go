package sqlite

import (
	"regexp"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// talliesDates are a few periods around the upgrade fixture's cases (all taken on 2026-11-25)
// and the cases the tests below add, each counted against two todays.
func talliesDates() []DashboardDates {
	var out []DashboardDates
	for _, p := range [][2]string{{"2026-11-25", "2026-11-25"}, {"2026-11-01", "2026-11-30"}, {"2026-10-15", "2027-01-20"},
		{"2017-01-01", "2026-12-31"}, {"2024-05-01", "2024-05-31"}} {
		for _, today := range []string{"2026-11-26", "2026-12-20"} {
			t := hall.MustDate(today)
			out = append(out, DashboardDates{Period: hall.Period{From: hall.MustDate(p[0]), To: hall.MustDate(p[1])}, Today: t, DueBy: t.AddDays(3)})
		}
	}
	return out
}

// tallyTotal is the sum of the case counts of one breakdown of the day tallies.
func tallyTotal(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	must(t, s.db.QueryRow(`SELECT COALESCE(SUM(total),0) FROM case_day_tallies WHERE dim=?`, tallyLedger).Scan(&n))
	return n
}

// TestTalliesBuiltByMigration: migration 0026 counts the cases already there (the upgrade
// fixture's) into the tallies, and they equal a recount.
func TestTalliesBuiltByMigration(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	var cases int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM cases`).Scan(&cases))
	if n := tallyTotal(t, s); cases == 0 || n != cases {
		t.Fatalf("tallies count %d cases, the fixture holds %d", n, cases)
	}
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
}

// TestTalliesFollowEveryWrite: a bulk load (the import path: the triggers paused, one recount at
// the end), corrections of every column a tally depends on, deletions, and a bulk load that dies
// before its end (the next Open recounts) all leave the tallies equal to a recount.
func TestTalliesFollowEveryWrite(t *testing.T) {
	path := copyFixture(t)
	s := openAt(t, path, &clock{t: start})
	b, err := s.OpenBulk(ctx, 4)
	must(t, err)
	at := "2026-11-03T01:00:00Z"
	for i := int64(0); i < 12; i++ {
		c := hall.CaseRecord{ID: 9000 + i, Number: "2026D9" + string(rune('0'+i/10)) + string(rune('0'+i%10)) + "0", Ledger: []string{hall.LedgerInstant, hall.LedgerProxy, hall.LedgerEscalate}[i%3],
			ItemID: 3, ItemCode: "YB-02", ItemName: "城乡居民医保代缴费", ItemCategory: "医保", ApplicantID: 1, Source: "大厅窗口",
			Status: []hall.Status{hall.StatusAccepted, hall.StatusDone, hall.StatusClosed}[i%3], CreatedAt: at,
			AcceptedOn: hall.MustDate("2026-11-03").AddDays(int(i) * 9), DueDate: hall.MustDate("2026-11-20"), DueVerified: true, HandlerID: 2,
			Outcome: []string{"", hall.OutcomeDone, hall.OutcomeRefused}[i%3], Rating: int(i % 6)}
		if c.Rating > 0 && c.Outcome == "" {
			c.Rating = 0
		}
		must(t, b.Case(c, 2, at))
	}
	must(t, b.Close())
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
	before := tallyTotal(t, s)

	for _, q := range []string{
		`UPDATE cases SET item_id=2, item_name='更正后的事项' WHERE id IN (1,9001)`,
		`UPDATE cases SET item_name='改过名的事项' WHERE id=9002`,
		`UPDATE cases SET village_id=village_id+1 WHERE id%5=0`,
		`UPDATE cases SET handler_id=1 WHERE id%7=0`,
		`UPDATE cases SET ledger='上报' WHERE id IN (2,9003)`,
		`UPDATE cases SET accepted_on='2026-12-01' WHERE id%4=1`,
		`UPDATE cases SET created_at='2026-10-31T17:00:00Z', accepted_on='' WHERE id=3`,
		`UPDATE cases SET remedy_resolved=1-remedy_resolved WHERE rating IN (1,2)`,
		`UPDATE cases SET rating_excluded=1 WHERE id=9004`,
	} {
		_, err := s.db.Exec(q)
		must(t, err)
	}
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))

	s.db.SetMaxOpenConns(1) // first: the pragma holds for the one connection left
	_, err = s.db.Exec(`PRAGMA foreign_keys=OFF`)
	must(t, err)
	// Visits written, moved to another day or household, and deleted: prev_date follows.
	var first, last, cadre int64
	must(t, s.db.QueryRow(`SELECT MIN(id), MAX(id), (SELECT MIN(id) FROM cadres) FROM households`).Scan(&first, &last, &cadre))
	households := []int64{first, last}
	for i := 0; i < 30; i++ {
		_, err := s.db.Exec(`INSERT INTO visits(date, cadre_id, household_id, way, diary, created_at, created_by) VALUES (?,?,?,?,?,?,2)`,
			hall.MustDate("2026-10-20").AddDays((i*7)%40).String(), cadre, households[i%len(households)], "入户", "走访", at)
		must(t, err)
	}
	for _, q := range []string{
		`UPDATE visits SET date='2026-11-10' WHERE id%4=1`,
		`UPDATE visits SET household_id=(SELECT MIN(id) FROM households) WHERE id%5=2`,
		`DELETE FROM visits WHERE id%6=3`,
	} {
		_, err := s.db.Exec(q)
		must(t, err)
	}
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))

	res, err := s.db.Exec(`DELETE FROM cases WHERE id%3=0`)
	must(t, err)
	gone, _ := res.RowsAffected()
	if n := tallyTotal(t, s); gone == 0 || n != before-int(gone) {
		t.Fatalf("after deleting %d cases the tallies count %d, before %d", gone, n, before)
	}
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))

	// A load that dies before Close: the tallies stay paused until the next Open recounts them.
	b, err = s.OpenBulk(ctx, 1)
	must(t, err)
	must(t, b.Case(hall.CaseRecord{ID: 9900, Number: "2026D9900", Ledger: hall.LedgerInstant, ItemID: 3, ItemCode: "YB-02",
		ItemName: "城乡居民医保代缴费", ItemCategory: "医保", ApplicantID: 1, Source: "大厅窗口", Status: hall.StatusAccepted, CreatedAt: at,
		AcceptedOn: hall.MustDate("2026-11-05"), HandlerID: 2}, 2, at))
	must(t, b.commit())
	must(t, b.release())
	if err := s.VerifyCaseTallies(ctx, nil); err == nil {
		t.Fatal("a paused load left the tallies equal to the cases: the check cannot fail")
	}
	must(t, s.Close())
	s = openAt(t, path, &clock{t: start})
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
}

// tableScan is a plan line that reads a whole table or index (a subquery's rows are no table).
var tableScan = regexp.MustCompile(`SCAN [a-z]`)

// TestTallyPlans pins the plans that keep the dashboard's cost with its days and groups: the
// tallies by their key, the period's due figures from the running cases, the open remedies from
// their partial index, the visits and petitions from the indexes of migration 0026.
func TestTallyPlans(t *testing.T) {
	s, d, args := planYear(t)
	checkPlans(t, s, []planCase{
		{"tallies", talliedSQL, tallySpans(d.Period), []string{"SEARCH case_day_tallies USING PRIMARY KEY (span>? AND span<?)",
			"SEARCH case_month_tallies USING PRIMARY KEY (span>? AND span<?)"}},
		{"due figures", `SELECT COUNT(*) FROM cases c WHERE ` + runningSQL + ` AND ` + inPeriodSQL, args, []string{"cases_status_due"}},
		{"remedies overdue", `SELECT COUNT(*) FROM cases c INDEXED BY cases_remedy_open WHERE ` + bucketSQL[hall.BucketRemedyOverdue] +
			` AND ` + inPeriodSQL, args, []string{"cases_remedy_open"}},
		{"visits", `SELECT COUNT(*), COUNT(*) FILTER (WHERE prev_date<@fromDay) FROM visits WHERE date>=@fromDay AND date<=@toDay`, args,
			[]string{"COVERING INDEX visits_date_prev"}},
		{"petitions received", `SELECT COUNT(*) FROM petitions p WHERE p.received_on>=@fromDay AND p.received_on<=@toDay`, args,
			[]string{"petitions_received"}},
		{"petitions answered", `SELECT COUNT(*) FROM petitions p WHERE ` + repliedSQL + ` AND ` + repliedOnTimeSQL, args,
			[]string{"petitions_replied"}},
	})
}

// planCase is a query whose plan must use every index named in want and scan no table.
type planCase struct {
	name, query string
	args        []any
	want        []string
}

// planYear is an empty store and a year of broken months to plan queries over, with its arguments.
func planYear(t *testing.T) (*Store, DashboardDates, []any) {
	t.Helper()
	s, _, _ := newStore(t)
	d := DashboardDates{Period: hall.Period{From: hall.MustDate("2025-03-15"), To: hall.MustDate("2026-03-14")},
		Today: hall.MustDate("2026-03-20"), DueBy: hall.MustDate("2026-03-23")}
	args, err := d.args()
	must(t, err)
	return s, d, args
}

// checkPlans holds each case's plan to its indexes.
func checkPlans(t *testing.T, s *Store, cases []planCase) {
	t.Helper()
	for _, tc := range cases {
		text := queryPlan(t, s, tc.query, tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(text, w) || tableScan.MatchString(text) {
				t.Errorf("plan of %s:\n%s\nwant %s without a scan of a table", tc.name, text, w)
			}
		}
	}
}

// queryPlan is the plan SQLite chooses for a query, one line per step.
func queryPlan(t *testing.T, s *Store, query string, args ...any) string {
	t.Helper()
	rows, err := s.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+query, args...)
	must(t, err)
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		must(t, rows.Scan(&id, &parent, &unused, &detail))
		plan = append(plan, detail)
	}
	must(t, rows.Err())
	return strings.Join(plan, "\n")
}
