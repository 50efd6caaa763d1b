package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"halldesk/backend/hall"
)

// The scorecards read the clerks' case figures from the case tallies (migration 0026): a clerk is
// a case's handler, so the handler rows (dim 3) of the day and month tallies already hold each
// clerk's cases, solved (办成), finished (办成 + 不予办理/other outcomes), in progress, ratings and
// open remedies of a period, kept exact by the triggers on cases. Three figures are not summed
// ahead and are read by an index bounded by the period instead:
//   - 按时办结 (on time) needs the day of the case's 办结 event in case_events, which the triggers
//     on cases do not see: read from the period's cases (cases_taken_on), one probe each into
//     the partial index of 办结 events (case_events_completed, migration 0027);
//   - overdue depends on today: read from the running cases (cases_status_due), as the dashboard;
//   - a cadre's cases (转办件) come through visit_issues and visits: read from the issues that
//     raised a case (visit_issues_kind), each joined to its visit and case by key.
// Feedback (clerks' and cadres') is read by the partial indexes of migration 0027.

// handlerTalliedSQL sums the handler rows of the tallies of a period (the arguments of
// tallySpans): per handler, cases, solved, finished, in progress, rated, good, bad, remedy open.
var handlerTalliedSQL = func() string {
	cols := `key_id, total, solved, declined, in_progress, rated, good, bad, remedy_open`
	dim := fmt.Sprint(tallyHandler)
	return `SELECT key_id, SUM(total), SUM(solved), SUM(solved)+SUM(declined), SUM(in_progress), SUM(rated), SUM(good),
		SUM(bad), SUM(remedy_open) FROM (
		SELECT ` + cols + ` FROM case_day_tallies WHERE span>=@headFrom AND span<=@headTo AND dim=` + dim + `
		UNION ALL SELECT ` + cols + ` FROM case_month_tallies WHERE span>=@monthFrom AND span<=@monthTo AND dim=` + dim + `
		UNION ALL SELECT ` + cols + ` FROM case_day_tallies WHERE span>=@tailFrom AND span<=@tailTo AND dim=` + dim + `)
		GROUP BY key_id HAVING SUM(total)<>0`
}()

// cadreCasesFrom joins the cases raised on visits: from the issues that raised a case
// (visit_issues_kind) to their visit and case by key, so its cost grows with the cases raised on
// visits, not with all the cases.
const cadreCasesFrom = `visit_issues i JOIN visits v ON v.id=i.visit_id JOIN cases c ON c.id=i.case_id`

// clerkScoresTallied counts each clerk's cases of the period from the handler tallies, their
// on-time and overdue cases from the period's cases, and the feedback they gave.
func (s *Store) clerkScoresTallied(ctx context.Context, d DashboardDates, args []any) ([]hall.ClerkScore, error) {
	spans := tallySpans(d.Period)
	all := append(append([]any{}, args...), spans...)
	out, clerk, err := s.clerkList(ctx, `SELECT key_id FROM (`+handlerTalliedSQL+`)`, all)
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, handlerTalliedSQL, spans, func(id int64) []*int {
		c := clerk(id)
		return []*int{&c.Cases, &c.Solved, &c.Finished, &c.InProgress, &c.Rated, &c.Good, &c.Bad, &c.RemedyOpen}
	})
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, `SELECT c.handler_id, COUNT(*) FROM cases c INDEXED BY cases_taken_on
		WHERE `+inPeriodSQL+` AND `+onTimeSQL+` GROUP BY c.handler_id`, args,
		func(id int64) []*int { return []*int{&clerk(id).OnTime} })
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, `SELECT c.handler_id, `+count(hall.BucketOverdue)+` FROM cases c
		WHERE `+runningSQL+` AND `+inPeriodSQL+` GROUP BY c.handler_id`, args,
		func(id int64) []*int { return []*int{&clerk(id).Overdue} })
	if err != nil {
		return out, err
	}
	return out, s.clerkFeedback(ctx, out, args, clerk)
}

// VerifyScorecards compares, for each of the given dates, the scorecards read from the tallies
// with the ones counted from the raw rows. It returns nil when nothing differs, else an error
// that lists the differences. Like VerifyCaseTallies (which recounts every tally row) it reads
// every case and is meant for tests and for checking a data file.
func (s *Store) VerifyScorecards(ctx context.Context, dates []DashboardDates) error {
	var diffs []string
	for _, d := range dates {
		tallied, err := s.scorecards(ctx, d, true)
		if err != nil {
			return err
		}
		raw, err := s.scorecards(ctx, d, false)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(tallied, raw) {
			diffs = append(diffs, fmt.Sprintf("scorecards %s–%s (today %s): tallies %+v, raw %+v",
				d.Period.From, d.Period.To, d.Today, tallied, raw))
		}
	}
	if len(diffs) > 0 {
		return fmt.Errorf("scorecards differ from the raw rows:\n%s", strings.Join(diffs, "\n"))
	}
	return nil
}
