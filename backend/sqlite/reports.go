package sqlite

import (
	"context"

	"halldesk/backend/hall"
)

// CaseSummary counts the cases taken in period p in the briefing's terms (see hall.CaseSummary).
// One pass over the cases_created index; nothing is loaded into memory.
func (s *Store) CaseSummary(ctx context.Context, p hall.Period) (hall.CaseSummary, error) {
	from, to := p.UTCBounds()
	var c hall.CaseSummary
	err := s.db.QueryRowContext(ctx, `SELECT
		COUNT(*),
		COUNT(*) FILTER (WHERE status IN ('done','fed_back','rated','closed') AND outcome='办成' AND ledger='即办'),
		COUNT(*) FILTER (WHERE status IN ('done','fed_back','rated','closed') AND outcome='办成' AND ledger='代办'),
		COUNT(*) FILTER (WHERE status IN ('done','fed_back','rated','closed') AND outcome='办成' AND ledger='上报'),
		COUNT(*) FILTER (WHERE status IN ('done','fed_back','rated','closed') AND outcome<>'办成'),
		COUNT(*) FILTER (WHERE status NOT IN ('done','fed_back','rated','closed')),
		COUNT(*) FILTER (WHERE rating>0),
		COUNT(*) FILTER (WHERE rating IN (1,2)),
		COUNT(*) FILTER (WHERE rating IN (4,5))
		FROM cases WHERE created_at>=? AND created_at<?`, from, to).Scan(
		&c.Sorted, &c.OnSpot, &c.Proxy, &c.Joint, &c.Declined, &c.InProgress, &c.Rated, &c.Good, &c.Bad)
	if c.Rated > 0 {
		c.Satisfaction = float64(c.Good) / float64(c.Rated)
	}
	return c, err
}
