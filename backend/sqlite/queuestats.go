package sqlite

import (
	"context"

	"halldesk/backend/hall"
)

// QueueTicketTimes reads the tickets taken on the days of a period (which must be clean), with
// their group and the window that called them, for the dashboard's queue figures. The sums are
// hall.SummarizeQueue's; a year of a busy hall is some hundred thousand short rows.
func (s *Store) QueueTicketTimes(ctx context.Context, p hall.Period) ([]hall.QueueTicketTimes, error) {
	if err := needDates(p); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT t.day, g.prefix, g.name, t.window_no, COALESCE(w.name, ''),
		t.status='noshow', t.taken_at, t.called_at, t.served_at, t.done_at
		FROM tickets t JOIN queue_groups g ON g.id=t.group_id LEFT JOIN queue_windows w ON w.no=t.window_no
		WHERE t.day>=? AND t.day<=? ORDER BY t.id`, p.From, p.To)
	return readRows(rows, err, func(sc scanner) (t hall.QueueTicketTimes, keep bool, err error) {
		return t, true, sc.Scan(&t.Day, &t.GroupKey, &t.GroupName, &t.WindowNo, &t.WindowName,
			&t.NoShow, &t.TakenAt, &t.CalledAt, &t.ServedAt, &t.DoneAt)
	})
}

// TicketsWaiting counts the tickets of a day (YYYY-MM-DD) still waiting to be called.
func (s *Store) TicketsWaiting(ctx context.Context, day hall.Date) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM tickets WHERE day=? AND status='waiting'`, day).Scan(&n)
	return n, err
}
