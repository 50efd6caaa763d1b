package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"halldesk/backend/hall"
)

// The scorecards read the clerks' and the cadres' case figures from the case tallies
// (migrations 0026 and 0028): a clerk is a case's handler, so the handler rows (dim 3) of the day
// and month tallies hold each clerk's cases, solved (办成), finished (办成 + 不予办理/other
// outcomes), on time (按时办结, by the day of the 办结 event the case keeps), in progress, ratings
// and open remedies of a period; the cadre rows (dim 4) hold the cases raised on each cadre's
// visits (转办件). Triggers keep both exact in every write's transaction (tallies_schema.go), so a
// scorecard reads as many rows as it has days, months and people, however many cases they hold.
// Overdue depends on today and is read from the running cases (cases_status_due), as the
// dashboard's; the visits and the feedback (clerks' and cadres') from the activity tallies of
// migration 0032 (activity_tallies.go).

// talliedByKeySQL sums, for one breakdown, the tally rows of a period (the arguments of
// tallySpans) per key: cases, solved, finished, on time, in progress, rated, good, bad, remedy open.
func talliedByKeySQL(dim int) string {
	cols := `key_id, total, solved, declined, on_time, in_progress, rated, good, bad, remedy_open`
	d := fmt.Sprint(dim)
	return `SELECT key_id, SUM(total), SUM(solved), SUM(solved)+SUM(declined), SUM(on_time), SUM(in_progress), SUM(rated),
		SUM(good), SUM(bad), SUM(remedy_open) FROM (
		SELECT ` + cols + ` FROM case_day_tallies WHERE span>=@headFrom AND span<=@headTo AND dim=` + d + `
		UNION ALL SELECT ` + cols + ` FROM case_month_tallies WHERE span>=@monthFrom AND span<=@monthTo AND dim=` + d + `
		UNION ALL SELECT ` + cols + ` FROM case_day_tallies WHERE span>=@tailFrom AND span<=@tailTo AND dim=` + d + `)
		GROUP BY key_id HAVING SUM(total)<>0`
}

// handlerTalliedSQL and cadreTalliedSQL are talliedByKeySQL of the handlers and of the cadres.
var (
	handlerTalliedSQL = talliedByKeySQL(tallyHandler)
	cadreTalliedSQL   = talliedByKeySQL(tallyCadre)
)

// cadreCasesFrom joins the cases raised on visits: from the issues that raised a case
// (visit_issues_kind) to their visit and case by key. The raw count and the recount of the
// cadre tallies read it.
const cadreCasesFrom = `visit_issues i JOIN visits v ON v.id=i.visit_id JOIN cases c ON c.id=i.case_id`

// cadreCasesTallied fills the cadres' case figures of the period from the cadre tallies.
func (s *Store) cadreCasesTallied(ctx context.Context, d DashboardDates, cadre func(int64) *hall.CadreScore) error {
	var finished, remedyOpen int
	return s.eachRow(ctx, cadreTalliedSQL, tallySpans(d.Period), func(id int64) []*int {
		c := cadre(id)
		return []*int{&c.Cases, &c.Solved, &finished, &c.OnTime, &c.InProgress, &c.Rated, &c.Good, &c.Bad, &remedyOpen}
	})
}

// clerkScoresTallied counts each clerk's cases of the period from the handler tallies, their
// overdue cases from the running ones, and the feedback they gave (the query feedback).
func (s *Store) clerkScoresTallied(ctx context.Context, d DashboardDates, args []any, feedback string) ([]hall.ClerkScore, error) {
	spans := tallySpans(d.Period)
	all := append(append([]any{}, args...), spans...)
	out, clerk, err := s.clerkList(ctx, `SELECT key_id FROM (`+handlerTalliedSQL+`)`, feedback, all)
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, handlerTalliedSQL, spans, func(id int64) []*int {
		c := clerk(id)
		return []*int{&c.Cases, &c.Solved, &c.Finished, &c.OnTime, &c.InProgress, &c.Rated, &c.Good, &c.Bad, &c.RemedyOpen}
	})
	if err != nil {
		return out, err
	}
	err = s.eachRow(ctx, `SELECT c.handler_id, `+count(hall.BucketOverdue)+` FROM cases c
		WHERE `+runningSQL+` AND `+inPeriodSQL+` GROUP BY c.handler_id`, args,
		func(id int64) []*int { return []*int{&clerk(id).Overdue} })
	if err != nil {
		return out, err
	}
	return out, s.clerkFeedback(ctx, out, feedback, args, clerk)
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
