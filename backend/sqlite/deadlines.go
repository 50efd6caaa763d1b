package sqlite

import (
	"context"
	"database/sql"

	"halldesk/backend/hall"
)

// A case's due date, a bad rating's remedy deadline and a petition's deadline to point it
// elsewhere are stored (the ledgers sort and filter by them, the dashboard counts by them), and
// they are worked out from the working-day calendar. So that a stored deadline can never disagree
// with the calendar in force, a change of the calendar recomputes, in the same transaction, the
// deadline of every open case, of every remedy not yet resolved and of every petition not yet
// decided (SaveCalendarYear); what is finished keeps the deadline it ran against.
// TestCalendarChangeMovesOpenDeadlines holds the store to it.

// DeadlineRules are the deadline policies the store applies when it recomputes deadlines, over
// the calendar that is about to be in force. An error (a stored date that does not parse) undoes
// the whole write.
type DeadlineRules struct {
	// Due is a case's deadline (hall.CaseDue) and whether every day counted had calendar data.
	Due func(cs hall.CaseRecord, pauses []hall.Pause) (due hall.Date, verified bool, err error)
	// Remedy is the last day to remedy a bad rating given on ratedOn (hall.RemedyDue).
	Remedy func(ratedOn hall.Date) hall.Date
	// Forward is the last day to point a petition received on receivedOn elsewhere (hall.ForwardDue).
	Forward func(receivedOn hall.Date) (hall.Date, error)
}

// dueFacts is what the deadline of a stored case is computed from, with the stored result.
type dueFacts struct {
	c        hall.CaseRecord
	verified bool
}

// redue recomputes with rule, inside tx, the deadline of every open case that has one running
// (accepted: a case still waiting for its first materials has none) and stores those that
// changed. It returns how many changed.
func (s *Store) redue(ctx context.Context, tx *sql.Tx, rules DeadlineRules) (int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.ledger, c.accepted_on, c.promised_days, c.statutory_days, c.extension_days,
		c.meeting_deadline, c.due_date, c.due_verified FROM cases c WHERE `+openSQL+` AND c.accepted_on<>''`)
	open, err := readRows(rows, err, func(sc scanner) (f dueFacts, keep bool, err error) {
		var meeting hall.Date
		err = sc.Scan(&f.c.ID, &f.c.Ledger, &f.c.AcceptedOn, &f.c.PromisedDays, &f.c.StatutoryDays,
			&f.c.ExtensionDays, &meeting, &f.c.DueDate, &f.verified)
		if !meeting.IsZero() {
			f.c.Meeting = &hall.Meeting{Deadline: meeting}
		}
		return f, true, err
	})
	if err != nil {
		return 0, err
	}
	type casePause struct {
		id int64
		p  hall.Pause
	}
	rows, err = tx.QueryContext(ctx, `SELECT p.case_id, p.from_date, p.to_date FROM case_pauses p JOIN cases c ON c.id=p.case_id
		WHERE `+openSQL+` AND c.accepted_on<>'' ORDER BY p.id`)
	all, err := readRows(rows, err, func(sc scanner) (cp casePause, keep bool, err error) {
		return cp, true, sc.Scan(&cp.id, &cp.p.From, &cp.p.To)
	})
	if err != nil {
		return 0, err
	}
	pauses := map[int64][]hall.Pause{}
	for _, cp := range all {
		pauses[cp.id] = append(pauses[cp.id], cp.p)
	}
	changed := 0
	for _, f := range open {
		due, verified, err := rules.Due(f.c, pauses[f.c.ID])
		if err != nil {
			return 0, err
		}
		if due.Equal(f.c.DueDate) && verified == f.verified {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET due_date=?, due_verified=? WHERE id=?`,
			due, boolInt(verified), f.c.ID); err != nil {
			return 0, err
		}
		changed++
	}
	n, err := s.reRemedy(ctx, tx, rules.Remedy)
	if err != nil {
		return 0, err
	}
	m, err := s.reForward(ctx, tx, rules.Forward)
	return changed + n + m, err
}

// reForward recomputes with rule, inside tx, the deadline to point elsewhere of every petition
// still waiting for its acceptance decision, and stores those that changed.
func (s *Store) reForward(ctx context.Context, tx *sql.Tx, rule func(hall.Date) (hall.Date, error)) (int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, received_on, forward_due FROM petitions WHERE `+sqlEq("status", hall.PtRegistered))
	type waiting struct {
		id                int64
		received, forward hall.Date
	}
	open, err := readRows(rows, err, func(sc scanner) (w waiting, keep bool, err error) {
		return w, true, sc.Scan(&w.id, &w.received, &w.forward)
	})
	if err != nil {
		return 0, err
	}
	changed := 0
	for _, w := range open {
		due, err := rule(w.received)
		if err != nil {
			return 0, err
		}
		if due.Equal(w.forward) {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE petitions SET forward_due=? WHERE id=?`, due, w.id); err != nil {
			return 0, err
		}
		changed++
	}
	return changed, nil
}

// reRemedy recomputes with rule, inside tx, the remedy deadline of every bad rating not yet
// remedied, from the day (China time) the rating was recorded, and stores those that changed.
func (s *Store) reRemedy(ctx context.Context, tx *sql.Tx, rule func(hall.Date) hall.Date) (int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.remedy_due,
		COALESCE((SELECT date(MAX(e.at), '+8 hours') FROM case_events e WHERE e.case_id=c.id AND `+sqlEq("e.action", hall.ActRate)+`), '')
		FROM cases c WHERE c.rating IN `+sqlInts(hall.BadRatings)+` AND c.remedy_resolved=0 AND c.remedy_due<>''`)
	type remedy struct {
		id           int64
		due, ratedOn hall.Date
	}
	open, err := readRows(rows, err, func(sc scanner) (r remedy, keep bool, err error) {
		err = sc.Scan(&r.id, &r.due, &r.ratedOn)
		return r, !r.ratedOn.IsZero(), err // every rating has its timeline line; the demo's old rows may not
	})
	if err != nil {
		return 0, err
	}
	changed := 0
	for _, r := range open {
		due := rule(r.ratedOn)
		if due.Equal(r.due) {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET remedy_due=? WHERE id=?`, due, r.id); err != nil {
			return 0, err
		}
		changed++
	}
	return changed, nil
}

// scanner is one row of a result, as readRows hands it to its scan function.
type scanner interface{ Scan(dest ...any) error }

// readRows reads every row of a query (rows and err are what QueryContext returned) with scan,
// keeping the rows scan says to keep, and closes the rows.
func readRows[T any](rows *sql.Rows, err error, scan func(scanner) (T, bool, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, keep, err := scan(rows)
		if err != nil {
			return nil, err
		}
		if keep {
			out = append(out, v)
		}
	}
	return out, rows.Err()
}
