package sqlite

import (
	"context"

	"halldesk/backend/hall"
)

// CaseSummary counts the cases taken in period p in the briefing's terms (see hall.CaseSummary).
// One pass over the cases_created index; nothing is loaded into memory.
func (s *Store) CaseSummary(ctx context.Context, p hall.Period) (hall.CaseSummary, error) {
	from, to, rangeErr := p.UTCRange()
	if rangeErr != nil {
		return hall.CaseSummary{}, rangeErr
	}
	var c hall.CaseSummary
	err := s.db.QueryRowContext(ctx, `SELECT
		COUNT(*), `+count(hall.BucketOnSpot)+`, `+count(hall.BucketProxy)+`, `+count(hall.BucketJoint)+`,
		`+count(hall.BucketDeclined)+`, `+count(hall.BucketInProgress)+`,
		`+count(hall.BucketRated)+`, `+count(hall.BucketGood)+`, `+count(hall.BucketBad)+`
		FROM cases c WHERE c.created_at>=? AND c.created_at<?`, from, to).Scan(
		&c.Sorted, &c.OnSpot, &c.Proxy, &c.Joint, &c.Declined, &c.InProgress, &c.Rated, &c.Good, &c.Bad)
	if c.Rated > 0 {
		c.Satisfaction = float64(c.Good) / float64(c.Rated)
	}
	return c, err
}
