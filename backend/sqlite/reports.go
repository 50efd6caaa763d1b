package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"halldesk/backend/hall"
)

// CaseSummary counts the cases taken in period p in the briefing's terms (see hall.CaseSummary)
// from the ledger rows of the case tallies (sqlite/tallies.go), as the dashboard does; its cost
// grows with the days of the period, not with its cases.
func (s *Store) CaseSummary(ctx context.Context, p hall.Period) (hall.CaseSummary, error) {
	if err := needDates(p); err != nil {
		return hall.CaseSummary{}, err
	}
	var out hall.Dashboard
	rows, err := s.db.QueryContext(ctx, `SELECT key_name, SUM(total), SUM(solved), SUM(declined), SUM(in_progress),
		SUM(rated), SUM(good), SUM(bad) FROM (`+talliedSQL+`) WHERE dim=`+fmt.Sprint(tallyLedger)+` GROUP BY key_name`,
		tallySpans(p)...)
	if err != nil {
		return out.Summary, err
	}
	defer rows.Close()
	for rows.Next() {
		var ledger string
		var c hall.GroupCount
		var rated, good int
		if err := rows.Scan(&ledger, &c.Total, &c.Solved, &c.Declined, &c.InProgress, &rated, &good, &c.Bad); err != nil {
			return out.Summary, err
		}
		addSummary(&out, ledger, c, rated, good)
	}
	if out.Summary.Rated > 0 {
		out.Summary.Satisfaction = float64(out.Summary.Good) / float64(out.Summary.Rated)
	}
	return out.Summary, rows.Err()
}

// caseSummaryRaw is CaseSummary counted from the cases themselves (over cases_taken_on): what
// the consistency test holds the tallies to.
func (s *Store) caseSummaryRaw(ctx context.Context, p hall.Period) (hall.CaseSummary, error) {
	if err := needDates(p); err != nil {
		return hall.CaseSummary{}, err
	}
	var c hall.CaseSummary
	err := s.db.QueryRowContext(ctx, `SELECT
		COUNT(*), `+count(hall.BucketOnSpot)+`, `+count(hall.BucketProxy)+`, `+count(hall.BucketJoint)+`,
		`+count(hall.BucketDeclined)+`, `+count(hall.BucketInProgress)+`,
		`+count(hall.BucketRated)+`, `+count(hall.BucketGood)+`, `+count(hall.BucketBad)+`
		FROM cases c WHERE `+inPeriodSQL, sql.Named("fromDay", p.From), sql.Named("toDay", p.To)).Scan(
		&c.Sorted, &c.OnSpot, &c.Proxy, &c.Joint, &c.Declined, &c.InProgress, &c.Rated, &c.Good, &c.Bad)
	if c.Rated > 0 {
		c.Satisfaction = float64(c.Good) / float64(c.Rated)
	}
	return c, err
}
