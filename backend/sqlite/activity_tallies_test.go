package sqlite

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"halldesk/backend/hall"
)

// activityWrites are random writes of everything the activity tallies depend on: visits written
// (an id that issues may still refer to), moved to another day or cadre and deleted; issues
// written with or without feedback, their feedback given, moved or taken back, their visit
// changed, deleted; feedback given through the store (SaveFeedback); cases written with
// feedback, their feedback day and handler changed, deleted. The foreign keys are off, so
// issues may refer to visits that are gone.
func activityWrites(t *testing.T, s *Store, r *rand.Rand) []func() error {
	var maxCase, maxVisit, maxIssue, cadres, operators int64
	must(t, s.db.QueryRow(`SELECT (SELECT MAX(id) FROM cases), (SELECT MAX(id) FROM visits), (SELECT MAX(id) FROM visit_issues),
		(SELECT MAX(id) FROM cadres), (SELECT MAX(id) FROM operators)`).Scan(&maxCase, &maxVisit, &maxIssue, &cadres, &operators))
	cols, err := columns(ctx, s.db, "main", "cases")
	must(t, err)
	cols = slices.DeleteFunc(cols, func(c string) bool {
		return slices.Contains([]string{"id", "number", "query_code", "handler_id", "feedback_at"}, c)
	})
	copied := strings.Join(cols, ", ")
	id := func(n int64) int64 { return 1 + r.Int64N(n) }
	day := func() string { return hall.MustDate("2026-10-20").AddDays(r.IntN(80)).String() }
	maybeDay := func() string { return []string{"", day(), day()}[r.IntN(3)] }
	visitOrNone := func() any { return []any{nil, id(maxVisit + 10)}[r.IntN(2)] }
	exec := func(q string, args ...any) error { _, err := s.db.Exec(q, args...); return err }
	return []func() error{
		func() error {
			return exec(`INSERT INTO visits(id, date, cadre_id, household_id, way, diary, created_at, created_by)
				VALUES (?, ?, ?, (SELECT MIN(id) FROM households), '入户', '走访', '2026-11-01T01:00:00Z', 2)`,
				visitOrNone(), day(), id(cadres))
		},
		func() error { return exec(`UPDATE visits SET date=? WHERE id=?`, day(), id(maxVisit)) },
		func() error { return exec(`UPDATE visits SET cadre_id=? WHERE id=?`, id(cadres), id(maxVisit)) },
		func() error { return exec(`DELETE FROM visits WHERE id=?`, id(maxVisit+10)) },
		func() error {
			return exec(`INSERT INTO visit_issues(visit_id, pos, kind, text, case_id, feedback_on, feedback_visit_id)
				VALUES (?, ?, 'case', '问题', ?, ?, ?)`, id(maxVisit+10), 100+r.IntN(1_000_000), id(maxCase), maybeDay(), visitOrNone())
		},
		func() error {
			return exec(`UPDATE visit_issues SET feedback_on=? WHERE id=?`, maybeDay(), id(maxIssue))
		},
		func() error {
			return exec(`UPDATE visit_issues SET feedback_visit_id=? WHERE id=?`, visitOrNone(), id(maxIssue))
		},
		func() error {
			return exec(`UPDATE visit_issues SET visit_id=? WHERE id=?`, id(maxVisit+10), id(maxIssue))
		},
		func() error { return exec(`DELETE FROM visit_issues WHERE id=?`, id(maxIssue)) },
		func() error {
			var issue int64
			err := s.db.QueryRow(`SELECT id FROM visit_issues WHERE kind='case' AND feedback_on='' ORDER BY (id*?)%1009 LIMIT 1`, 1+r.IntN(1000)).Scan(&issue)
			if err == sql.ErrNoRows {
				return nil
			}
			if err != nil {
				return err
			}
			visit := []int64{0, id(maxVisit)}[r.IntN(2)]
			return s.SaveFeedback(ctx, admin, hall.FeedbackInput{IssueID: issue, VisitID: visit, Date: hall.MustDate(day()), Note: "已告知"})
		},
		func() error { // a copy of a case under a new number, with another handler and feedback day
			return exec(`INSERT INTO cases(number, handler_id, feedback_at, `+copied+`) SELECT ?, ?, ?, `+copied+`
				FROM cases WHERE id=?`, fmt.Sprint("T", r.Int64()), id(operators), maybeDay(), id(maxCase))
		},
		func() error { return exec(`UPDATE cases SET feedback_at=? WHERE id=?`, maybeDay(), id(maxCase)) },
		func() error { return exec(`UPDATE cases SET handler_id=? WHERE id=?`, id(operators), id(maxCase)) },
		func() error { return exec(`DELETE FROM cases WHERE id=?`, id(maxCase)) },
	}
}

// activityStore opens a copy of the upgrade fixture with the foreign keys off.
func activityStore(t *testing.T) *Store {
	s := openAt(t, copyFixture(t), &clock{t: start})
	s.db.SetMaxOpenConns(1) // first: the pragma holds for the one connection left
	_, err := s.db.Exec(`PRAGMA foreign_keys=OFF`)
	must(t, err)
	return s
}

// runActivityWrites runs n random writes of activityWrites (a duplicate key refused is no
// error), checking the tallies every check writes, and returns the first difference found.
func runActivityWrites(t *testing.T, s *Store, seed uint64, n, check int) error {
	r := rand.New(rand.NewPCG(seed, 32))
	writes := activityWrites(t, s, r)
	for i := range n {
		if err := writes[r.IntN(len(writes))](); err != nil && !strings.Contains(err.Error(), "UNIQUE") {
			t.Fatalf("write %d: %v", i, err)
		}
		if i%check == check-1 {
			if err := s.VerifyCaseTallies(ctx, talliesDates()); err != nil {
				return err
			}
			if err := s.VerifyScorecards(ctx, talliesDates()); err != nil {
				return err
			}
		}
	}
	return nil
}

// activityFigures sums the scorecards' visits and feedback over a period.
func activityFigures(t *testing.T, s *Store, d DashboardDates) (visits, cadreFeedback, clerkFeedback int) {
	sc, err := s.Scorecards(ctx, d)
	must(t, err)
	for _, c := range sc.Cadres {
		visits, cadreFeedback = visits+c.Visits, cadreFeedback+c.Feedback
	}
	for _, c := range sc.Clerks {
		clerkFeedback += c.Feedback
	}
	return visits, cadreFeedback, clerkFeedback
}

// TestActivityTalliesFollowEveryWrite: after random writes of visits, issues, feedback and cases
// (activityWrites), an import (a bulk load: the triggers paused, one recount) and a restore of
// an earlier backup, the activity tallies equal a recount from the raw rows and the scorecards
// read from them equal the raw ones; the scorecards' visits and feedback are not all 0.
func TestActivityTalliesFollowEveryWrite(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
	// An import, then feedback given through the store, with the foreign keys on: the backup.
	b, err := s.OpenBulk(ctx, 4)
	must(t, err)
	at := "2026-11-03T01:00:00Z"
	var cadre, household int64
	must(t, s.db.QueryRow(`SELECT MIN(id), (SELECT MIN(id) FROM households) FROM cadres`).Scan(&cadre, &household))
	for i := int64(0); i < 6; i++ {
		must(t, b.Case(hall.CaseRecord{ID: 9500 + i, Number: fmt.Sprintf("2026D95%02d", i), Ledger: hall.LedgerInstant, ItemID: 3,
			ItemCode: "YB-02", ItemName: "城乡居民医保代缴费", ItemCategory: "医保", ApplicantID: 1, Source: "大厅窗口",
			Status: hall.StatusDone, CreatedAt: at, AcceptedOn: hall.MustDate("2026-11-03"), HandlerID: 2,
			Outcome: hall.OutcomeDone, FeedbackAt: hall.MustDate("2026-11-05").AddDays(int(i))}, 2, at))
		must(t, b.Visit(hall.Visit{ID: 9500 + i, Date: hall.MustDate("2026-11-10").AddDays(int(i)), CadreID: cadre,
			HouseholdID: household, Way: "入户", Diary: "走访", CreatedAt: at}, 2))
	}
	must(t, b.Close())
	for i := int64(0); i < 6; i++ { // feedback on the first issues owed it, on none of the visits or on one
		var issue int64
		must(t, s.db.QueryRow(`SELECT MIN(id) FROM visit_issues WHERE kind='case' AND feedback_on=''`).Scan(&issue))
		must(t, s.SaveFeedback(ctx, admin, hall.FeedbackInput{IssueID: issue, VisitID: []int64{0, 9500 + i}[i%2],
			Date: hall.MustDate("2026-11-12"), Note: "已告知"}))
	}
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
	must(t, s.VerifyScorecards(ctx, talliesDates()))
	wantVisits, wantCadreFB, wantClerkFB := activityFigures(t, s, talliesDates()[4])
	file := filepath.Join(t.TempDir(), "halldesk-20261201-090000-manual.db")
	_, err = s.BackupTo(ctx, file)
	must(t, err)

	// Random writes, the foreign keys off, then the backup restored.
	s.db.SetMaxOpenConns(1) // first: the pragma holds for the one connection left
	_, err = s.db.Exec(`PRAGMA foreign_keys=OFF`)
	must(t, err)
	must(t, runActivityWrites(t, s, 32, 400, 100))
	_, err = s.RestoreFrom(ctx, file, nil)
	must(t, err)
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
	must(t, s.VerifyScorecards(ctx, talliesDates()))
	visits, cadreFB, clerkFB := activityFigures(t, s, talliesDates()[4])
	if visits != wantVisits || cadreFB != wantCadreFB || clerkFB != wantClerkFB {
		t.Fatalf("after the restore the scorecards count %d visits, %d and %d feedback; the backup %d, %d and %d",
			visits, cadreFB, clerkFB, wantVisits, wantCadreFB, wantClerkFB)
	}
	if visits == 0 || cadreFB == 0 || clerkFB == 0 {
		t.Fatalf("the scorecards count %d visits, %d and %d feedback: the test exercises nothing", visits, cadreFB, clerkFB)
	}
}

// TestActivityTalliesNeedEveryTrigger: with any one of the triggers of migration 0032 taken
// out, the same random writes leave tallies that the check finds wrong (the check and the mix
// can fail).
func TestActivityTalliesNeedEveryTrigger(t *testing.T) {
	for _, q := range activityTriggersSQL() {
		name := strings.Fields(q)[2]
		t.Run(name, func(t *testing.T) {
			s := activityStore(t)
			_, err := s.db.Exec(`DROP TRIGGER ` + name)
			must(t, err)
			if err := runActivityWrites(t, s, 32, 300, 100); err == nil {
				t.Fatalf("without %s the tallies still equal the raw rows", name)
			}
		})
	}
}

// TestActivityTalliesBuiltByMigration: a database at schema 31 with visits, feedback on visit
// issues (on the visit that raised them, on another visit, on none) and feedback on cases,
// upgraded to 32, has its activity tallies equal to the raw rows, and the scorecards read from
// them equal the raw ones and count that feedback.
func TestActivityTalliesBuiltByMigration(t *testing.T) {
	path := copyFixture(t)
	db, err := sql.Open("sqlite3", "file:"+FileURI(path)+"?_foreign_keys=on&_txlock=immediate")
	must(t, err)
	db.SetMaxOpenConns(1)
	old := &Store{db: db, now: (&clock{t: start}).now, writes: &sync.Mutex{}}
	must(t, old.migrateTo(ctx, 31))
	if v, err := old.SchemaVersion(ctx); err != nil || v != 31 {
		t.Fatalf("schema %d, %v", v, err)
	}
	_, err = db.Exec(`UPDATE visit_issues SET feedback_on='2026-11-20', feedback_visit_id=CASE id%3 WHEN 0 THEN NULL
		WHEN 1 THEN visit_id ELSE (SELECT MAX(id) FROM visits) END WHERE kind='case' AND id%2=0`)
	must(t, err)
	_, err = db.Exec(`UPDATE cases SET feedback_at='2026-11-21' WHERE id%5=0`)
	must(t, err)
	must(t, db.Close())

	s := openAt(t, path, &clock{t: start})
	var rows int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM activity_tallies`).Scan(&rows))
	if rows == 0 {
		t.Fatal("the migration filled no activity tally")
	}
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
	must(t, s.VerifyScorecards(ctx, talliesDates()))
	var issues, cases int
	must(t, s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM visit_issues WHERE feedback_on IN ('2026-11-20', '2026-11-21')),
		(SELECT COUNT(*) FROM cases WHERE feedback_at IN ('2026-11-20', '2026-11-21'))`).Scan(&issues, &cases))
	d := DashboardDates{Period: hall.Period{From: hall.MustDate("2026-11-20"), To: hall.MustDate("2026-11-21")}, Today: hall.MustDate("2026-11-26")}
	var cadreFB, clerkFB int
	must(t, s.db.QueryRow(`SELECT (SELECT COALESCE(SUM(n),0) FROM (`+activityTalliedSQL(activityCadreFeedback)+`)),
		(SELECT COALESCE(SUM(n),0) FROM (`+activityTalliedSQL(activityClerkFeedback)+`))`, activitySpans(d.Period)...).Scan(&cadreFB, &clerkFB))
	if issues == 0 || cases == 0 || cadreFB != issues || clerkFB != cases {
		t.Fatalf("the tallies count %d and %d feedback, the rows %d and %d", cadreFB, clerkFB, issues, cases)
	}
}

// TestActivityTalliesPlans pins the plans of the scorecards' visits and feedback: the activity
// tallies by their primary key bounded by kind, grain and span, never a whole table; and the
// triggers find the issues of a visit by an index.
func TestActivityTalliesPlans(t *testing.T) {
	s, d, _ := planYear(t)
	spans := activitySpans(hall.Period{From: hall.MustDate("2016-03-15"), To: hall.MustDate("2026-03-14")})
	want := []string{"activity_tallies USING PRIMARY KEY (kind=? AND grain=? AND span>? AND span<?)"}
	checkPlans(t, s, []planCase{
		{"visits", activityTalliedSQL(activityVisits), spans, want},
		{"cadre feedback", activityTalliedSQL(activityCadreFeedback), activitySpans(d.Period), want},
		{"clerk feedback", activityTalliedSQL(activityClerkFeedback), spans, want},
		{"issues of a visit", `SELECT i.feedback_on FROM visit_issues i JOIN visits v ON v.id=i.visit_id WHERE i.feedback_visit_id=?`,
			[]any{7}, []string{"visit_issues_feedback_visit (feedback_visit_id=?)"}},
	})
}

// TestScorecardPetitionsPlans: the scorecards' petition figures read the petitions replied in
// the period and the open ones past their deadline by index, never every petition.
func TestScorecardPetitionsPlans(t *testing.T) {
	s, d, _ := planYear(t)
	args, err := d.args()
	must(t, err)
	checkPlans(t, s, []planCase{
		{"replies", cadreRepliesSQL, args, []string{"COVERING INDEX petitions_replied (replied_on>? AND replied_on<?)"}},
		{"past due", cadrePastDueSQL, args, []string{"petitions_status_due (status=? AND due_date<?)"}},
	})
}

// TestActivitySpansCoverEachDayOnce: for periods of a day to eleven years, starting and ending
// on any day, every day of the period falls in exactly one of the day, month and year ranges of
// activitySpans, and no day outside it does; ten whole years read as years.
func TestActivitySpansCoverEachDayOnce(t *testing.T) {
	r := rand.New(rand.NewPCG(32, 2))
	periods := []hall.Period{{From: hall.MustDate("2016-01-01"), To: hall.MustDate("2025-12-31")},
		{From: hall.MustDate("2016-03-15"), To: hall.MustDate("2026-03-14")}, {From: hall.MustDate("2024-02-29"), To: hall.MustDate("2024-02-29")}}
	for range 200 {
		from := hall.MustDate("2015-06-01").AddDays(r.IntN(800))
		periods = append(periods, hall.Period{From: from, To: from.AddDays(r.IntN([]int{40, 400, 4000}[r.IntN(3)]))})
	}
	for _, p := range periods {
		named := map[string]string{}
		for _, a := range activitySpans(p) {
			named[a.(sql.NamedArg).Name] = a.(sql.NamedArg).Value.(string)
		}
		in := func(v, from, to string) int {
			if v >= named[from] && v <= named[to] {
				return 1
			}
			return 0
		}
		for d := p.From.AddDays(-3); !p.To.AddDays(3).Before(d); d = d.AddDays(1) {
			day := d.String()
			n := in(day, "aDayHeadFrom", "aDayHeadTo") + in(day, "aDayTailFrom", "aDayTailTo") + in(day[:7], "aMonthHeadFrom", "aMonthHeadTo") +
				in(day[:7], "aMonthTailFrom", "aMonthTailTo") + in(day[:4], "aYearFrom", "aYearTo")
			want := 1
			if d.Before(p.From) || p.To.Before(d) {
				want = 0
			}
			if n != want {
				t.Fatalf("%s–%s: %s falls in %d ranges of %v", p.From, p.To, day, n, named)
			}
		}
	}
	if got := activitySpans(periods[0]); got[4].(sql.NamedArg).Value != "2016" || got[5].(sql.NamedArg).Value != "2025" {
		t.Fatalf("ten whole years: %v", got)
	}
}
