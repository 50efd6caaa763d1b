package sqlite

import (
	"context"
	"strconv"

	"halldesk/backend/hall"
)

// The ratings of tickets served with no case (a pad's request after 办结 at the window): counted
// for the queue section by window and clerk, and listed for a supervisor when bad. They count on
// the day the ticket was taken, as the queue figures do, and by the one rule of ratedOn.

// ticketOnlySQL is an answered rating r of a ticket that has no case.
const ticketOnlySQL = `r.case_id IS NULL AND r.ticket_id IS NOT NULL AND r.pending=0`

// TicketRatingCounts counts the answered ratings of the period's tickets served with no case
// (the period must be clean), per window and clerk: rated, good, bad and 未评价.
func (s *Store) TicketRatingCounts(ctx context.Context, p hall.Period) ([]hall.TicketRatingCount, error) {
	if err := needDates(p); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.window_no, COALESCE(MAX(w.name), ''), r.clerk_id, MAX(r.clerk_name), MAX(r.clerk_no),
		SUM(`+ratedOn("r.level", "r.excluded")+`), SUM(`+goodOn("r.level", "r.excluded")+`),
		SUM(`+badOn("r.level", "r.excluded")+`), SUM(r.level=`+strconv.Itoa(hall.RatingUnrated)+`)
		FROM ratings r JOIN tickets t ON t.id=r.ticket_id LEFT JOIN queue_windows w ON w.no=r.window_no
		WHERE `+ticketOnlySQL+` AND t.day>=? AND t.day<=?
		GROUP BY r.window_no, r.clerk_id ORDER BY r.window_no, r.clerk_id`, p.From, p.To)
	return readRows(rows, err, func(sc scanner) (c hall.TicketRatingCount, keep bool, err error) {
		return c, true, sc.Scan(&c.WindowNo, &c.WindowName, &c.ClerkID, &c.ClerkName, &c.ClerkNo,
			&c.Rated, &c.Good, &c.Bad, &c.Unrated)
	})
}

// TicketBadRatings lists the bad ratings (hall.BadRatings) of tickets served with no case,
// newest first, with their callbacks and reviews: those of the period's tickets (the period must
// be clean), and every one still waiting for rectification whatever its day. An approved
// malicious one stays on the list, marked excluded.
func (s *Store) TicketBadRatings(ctx context.Context, p hall.Period) ([]hall.TicketRating, error) {
	if err := needDates(p); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, t.number, t.day, COALESCE(w.name, '')
		FROM ratings r JOIN tickets t ON t.id=r.ticket_id LEFT JOIN queue_windows w ON w.no=r.window_no
		WHERE `+ticketOnlySQL+` AND `+badLevelOn("r.level")+`
		AND ((t.day>=? AND t.day<=?) OR (r.rectified=0 AND r.excluded=0))
		ORDER BY r.id DESC`, p.From, p.To)
	list, err := readRows(rows, err, func(sc scanner) (tr hall.TicketRating, keep bool, err error) {
		return tr, true, sc.Scan(&tr.Rating.ID, &tr.TicketNo, &tr.TicketDay, &tr.WindowName)
	})
	if err != nil {
		return nil, err
	}
	for i := range list {
		if list[i].Rating, err = s.Rating(ctx, list[i].Rating.ID); err != nil {
			return nil, err
		}
	}
	return list, nil
}
