package sqlite

import (
	"context"
	"database/sql"

	"halldesk/backend/hall"
)

// CaseSummary counts the cases taken in period p in the briefing's terms (see hall.CaseSummary).
// Cases count on the date the ledgers show (takenOnSQL, over its index cases_taken_on); nothing
// is loaded into memory.
func (s *Store) CaseSummary(ctx context.Context, p hall.Period) (hall.CaseSummary, error) {
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
