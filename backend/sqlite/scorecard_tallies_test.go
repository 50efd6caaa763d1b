package sqlite

import (
	"math/rand/v2"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// TestScorecardsFromTallies: on the upgrade fixture (migrated through 0027) and after corrections of
// handler, status and outcome, the scorecards read from the tallies equal the ones counted
// from the raw rows over several periods, and the fixture's clerks have cases to compare.
func TestScorecardsFromTallies(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	must(t, s.VerifyScorecards(ctx, talliesDates()))
	sc, err := s.Scorecards(ctx, talliesDates()[1])
	must(t, err)
	cases := 0
	for _, c := range sc.Clerks {
		cases += c.Cases
	}
	if cases == 0 {
		t.Fatalf("the fixture's scorecards count no case: %+v", sc.Clerks)
	}
	_, err = s.db.Exec(`UPDATE cases SET handler_id=(SELECT MIN(id) FROM operators), status=?, outcome=? WHERE id IN (SELECT id FROM cases LIMIT 3)`,
		hall.StatusDone, hall.OutcomeDone)
	must(t, err)
	must(t, s.VerifyCaseTallies(ctx, talliesDates()))
	must(t, s.VerifyScorecards(ctx, talliesDates()))
}

// TestScorecardPlans pins the plans of the scorecard figures: the tallies by the primary key
// bounded by the period, the figures not summed ahead by an index bounded by the period (or the
// running cases), never a whole table.
func TestScorecardPlans(t *testing.T) {
	s, d, args := planYear(t)
	checkPlans(t, s, []planCase{
		{"handler tallies", handlerTalliedSQL, tallySpans(d.Period), []string{"case_month_tallies USING PRIMARY KEY (span>? AND span<?)"}},
		{"cadre tallies", cadreTalliedSQL, tallySpans(d.Period), []string{"case_month_tallies USING PRIMARY KEY (span>? AND span<?)"}},
		{"overdue", `SELECT c.handler_id, COUNT(*) FROM cases c WHERE ` + runningSQL + ` AND ` + inPeriodSQL + ` GROUP BY c.handler_id`, args,
			[]string{"cases_status_due"}},
		{"cadre cases", `SELECT v.cadre_id, COUNT(*) FROM ` + cadreCasesFrom + ` WHERE i.kind='case' AND ` + inPeriodSQL +
			` GROUP BY v.cadre_id`, args, []string{"visit_issues_kind", "SEARCH c USING INTEGER PRIMARY KEY"}},
		{"clerk feedback, raw", activityRawSQL(activityClerkFeedback), args, []string{"COVERING INDEX cases_feedback"}},
		{"cadre feedback, raw", activityRawSQL(activityCadreFeedback), args, []string{"visit_issues_feedback"}},
	})
}

// TestScorecardTalliesFollowEveryWrite: after a random mix of the writes the on-time figure and
// the cadres' cases depend on (办结 events, finishing and reopening, deadlines moved, issues
// raising a case, changing kind or case, deleted; visits changing cadre or deleted), every tally
// equals a recount by the raw conditions (on time from the events themselves), and the tallied
// scorecards equal the raw ones; the cadres' figures are not all 0.
func TestScorecardTalliesFollowEveryWrite(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	s.db.SetMaxOpenConns(1) // first: the pragma holds for the one connection left
	_, err := s.db.Exec(`PRAGMA foreign_keys=OFF`)
	must(t, err)
	var maxCase, maxVisit, maxIssue, cadres int64
	must(t, s.db.QueryRow(`SELECT (SELECT MAX(id) FROM cases), (SELECT MAX(id) FROM visits), (SELECT MAX(id) FROM visit_issues),
		(SELECT MAX(id) FROM cadres)`).Scan(&maxCase, &maxVisit, &maxIssue, &cadres))
	r := rand.New(rand.NewPCG(28, 1))
	id := func(n int64) int64 { return 1 + r.Int64N(n) }
	day := func() string { return hall.MustDate("2026-11-01").AddDays(r.IntN(50)).String() }
	writes := []func() (string, []any){
		func() (string, []any) { // a 办结 event, China day before, on or after the deadline
			return `INSERT INTO case_events(case_id, at, operator_id, operator_name, action, to_status)
				VALUES (?, ?, 2, '窗口', 'complete', 'done')`, []any{id(maxCase), day() + "T" + []string{"01", "15", "20"}[r.IntN(3)] + ":30:00Z"}
		},
		func() (string, []any) {
			return `UPDATE cases SET status=?, outcome=? WHERE id=?`, []any{[]hall.Status{hall.StatusDone, hall.StatusClosed,
				hall.StatusInProgress}[r.IntN(3)], []string{hall.OutcomeDone, hall.OutcomeRefused}[r.IntN(2)], id(maxCase)}
		},
		func() (string, []any) {
			return `UPDATE cases SET due_date=? WHERE id=?`, []any{[]string{"", day()}[r.IntN(2)], id(maxCase)}
		},
		func() (string, []any) { return `UPDATE cases SET accepted_on=? WHERE id=?`, []any{day(), id(maxCase)} },
		func() (string, []any) {
			return `INSERT INTO visit_issues(visit_id, pos, kind, text, case_id) VALUES (?, ?, 'case', '问题', ?)`,
				[]any{id(maxVisit), 100 + r.IntN(1_000_000), id(maxCase)}
		},
		func() (string, []any) {
			return `UPDATE visit_issues SET kind=? WHERE id=?`, []any{[]string{"case", "suggestion"}[r.IntN(2)], id(maxIssue)}
		},
		func() (string, []any) {
			return `UPDATE visit_issues SET case_id=? WHERE id=?`, []any{id(maxCase), id(maxIssue)}
		},
		func() (string, []any) {
			return `UPDATE visit_issues SET visit_id=? WHERE id=?`, []any{id(maxVisit), id(maxIssue)}
		},
		func() (string, []any) { return `DELETE FROM visit_issues WHERE id=?`, []any{id(maxIssue)} },
		func() (string, []any) {
			return `UPDATE visits SET cadre_id=? WHERE id=?`, []any{id(cadres), id(maxVisit)}
		},
		func() (string, []any) { return `DELETE FROM visits WHERE id=?`, []any{id(maxVisit)} },
		func() (string, []any) { return `DELETE FROM cases WHERE id=?`, []any{id(maxCase)} },
	}
	for i := range 400 {
		q, args := writes[r.IntN(len(writes))]()
		if _, err := s.db.Exec(q, args...); err != nil && !strings.Contains(err.Error(), "UNIQUE") {
			t.Fatalf("write %d %s %v: %v", i, q, args, err)
		}
		if i%100 == 99 {
			must(t, s.VerifyCaseTallies(ctx, talliesDates()))
			must(t, s.VerifyScorecards(ctx, talliesDates()))
		}
	}
	sc, err := s.Scorecards(ctx, talliesDates()[4])
	must(t, err)
	cases, onTime := 0, 0
	for _, c := range sc.Cadres {
		cases += c.Cases
	}
	for _, c := range sc.Clerks {
		onTime += c.OnTime
	}
	if cases == 0 || onTime == 0 {
		t.Fatalf("the scorecards count %d cadres' cases and %d on time: the test exercises nothing", cases, onTime)
	}
}
