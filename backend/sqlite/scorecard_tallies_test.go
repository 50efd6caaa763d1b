package sqlite

import (
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

// TestScorecardPlans pins the plans of the scorecard figures not summed ahead: each reads an
// index bounded by the period (or the running cases, or the cases raised on visits), never a whole table.
func TestScorecardPlans(t *testing.T) {
	s, d, args := planYear(t)
	checkPlans(t, s, []planCase{
		{"handler tallies", handlerTalliedSQL, tallySpans(d.Period), []string{"case_month_tallies USING PRIMARY KEY (span>? AND span<?)"}},
		{"on time", `SELECT c.handler_id, COUNT(*) FROM cases c INDEXED BY cases_taken_on WHERE ` + inPeriodSQL + ` AND ` + onTimeSQL +
			` GROUP BY c.handler_id`, args, []string{"cases_taken_on", "case_events_completed"}},
		{"overdue", `SELECT c.handler_id, COUNT(*) FROM cases c WHERE ` + runningSQL + ` AND ` + inPeriodSQL + ` GROUP BY c.handler_id`, args,
			[]string{"cases_status_due"}},
		{"cadre cases", `SELECT v.cadre_id, COUNT(*) FROM ` + cadreCasesFrom + ` WHERE i.kind='case' AND ` + inPeriodSQL +
			` GROUP BY v.cadre_id`, args, []string{"visit_issues_kind", "SEARCH c USING INTEGER PRIMARY KEY"}},
		{"clerk feedback", `SELECT handler_id, COUNT(*) FROM cases WHERE feedback_at>=@fromDay AND feedback_at<=@toDay
			AND feedback_at<>'' GROUP BY handler_id`, args, []string{"COVERING INDEX cases_feedback"}},
		{"cadre feedback", `SELECT COUNT(*) FROM visit_issues i WHERE i.feedback_on>=@fromDay AND i.feedback_on<=@toDay
			AND i.feedback_on<>''`, args, []string{"visit_issues_feedback"}},
	})
}
