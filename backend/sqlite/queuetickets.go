package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

const ticketSelect = `SELECT t.id, t.day, t.group_id, g.name, t.number, t.priority, t.status, t.window_no, t.for_window,
	t.transferred_at, t.resident_id, COALESCE(r.name,''), t.id_number, t.taken_at, t.taken_by, t.called_at, t.served_at,
	t.done_at, t.case_id, t.query_code, t.calls, t.version
	FROM tickets t JOIN queue_groups g ON g.id=t.group_id LEFT JOIN residents r ON r.id=t.resident_id`

// scanTicket reads a ticket; the citizen's name and ID number come back masked, as every
// screen of the queue shows them.
func scanTicket(sc scanner) (hall.Ticket, error) {
	var t hall.Ticket
	var name string
	err := sc.Scan(&t.ID, &t.Day, &t.GroupID, &t.GroupName, &t.Number, &t.Priority, &t.Status, &t.WindowNo, &t.ForWindow,
		&t.TransferredAt, &t.ResidentID, &name, &t.IDNumber, &t.TakenAt, &t.TakenBy, &t.CalledAt, &t.ServedAt,
		&t.DoneAt, &t.CaseID, &t.QueryCode, &t.Calls, &t.Version)
	if name != "" {
		t.ResidentName = hall.PrivateName(name)
	}
	if t.IDNumber != "" {
		t.IDNumber = idcard.Mask(t.IDNumber)
	}
	return t.WithLabels(), err
}

// queueDay is today's China date, the day whose tickets the windows call.
func (s *Store) queueDay() string { return hall.DateOf(s.now()).String() }

// TakeTicket issues the next number of the request's group for today, with a fresh query code.
// A typed ID number of a registered resident ties the ticket to them. It returns the ticket and
// how many wait before it.
func (s *Store) TakeTicket(ctx context.Context, a hall.Actor, req hall.TicketRequest, queryCode string) (hall.Ticket, int, error) {
	var t hall.Ticket
	var ahead int
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var prefix, name string
		err := tx.QueryRowContext(ctx, `SELECT prefix, name FROM queue_groups WHERE id=? AND active=1`, req.GroupID).Scan(&prefix, &name)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.Invalid("groupId", "该业务暂不取号，请选择其他业务")
		}
		if err != nil {
			return err
		}
		var residentID int64
		if req.IDNumber != "" {
			err := tx.QueryRowContext(ctx, `SELECT id FROM residents WHERE id_number=?`, req.IDNumber).Scan(&residentID)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		day := s.queueDay()
		var seq int
		if err := tx.QueryRowContext(ctx, `INSERT INTO ticket_sequences(day, prefix, last) VALUES (?,?,1)
			ON CONFLICT(day, prefix) DO UPDATE SET last=last+1 RETURNING last`, day, prefix).Scan(&seq); err != nil {
			return err
		}
		number, err := hall.TicketNumber(prefix, seq)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO tickets(day, group_id, number, priority, status, resident_id, id_number,
			taken_at, taken_by, query_code) VALUES (?,?,?,?,'waiting',?,?,?,?,?)`,
			day, req.GroupID, number, req.Priority, residentID, req.IDNumber, s.stamp(), a.Name, queryCode)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		detail := number + " " + name
		if req.Priority != hall.PriorityNone {
			detail += "（绿色通道：" + req.Priority.Label() + "）"
		}
		if err := s.audit(ctx, tx, a, hall.ActTakeTicket, hall.QueueTicketEntity, id, detail); err != nil {
			return err
		}
		if t, err = scanTicket(tx.QueryRowContext(ctx, ticketSelect+` WHERE t.id=?`, id)); err != nil {
			return err
		}
		waiting, err := s.waitingTickets(ctx, tx, day)
		ahead = hall.Ahead(t, waiting)
		return err
	})
	return t, ahead, err
}

// TicketIDNumber is the full ID number typed when the ticket was taken ("" for none), for the
// clerk's intake to look the citizen up.
func (s *Store) TicketIDNumber(ctx context.Context, id int64) (string, error) {
	var n string
	err := s.db.QueryRowContext(ctx, `SELECT id_number FROM tickets WHERE id=?`, id).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hall.NotFound("找不到该号票")
	}
	return n, err
}

// WaitingTickets lists today's tickets still waiting to be called.
func (s *Store) WaitingTickets(ctx context.Context) ([]hall.Ticket, error) {
	return s.waitingTickets(ctx, s.db, s.queueDay())
}

func (s *Store) waitingTickets(ctx context.Context, q querier, day string) ([]hall.Ticket, error) {
	rows, err := q.QueryContext(ctx, ticketSelect+` WHERE t.day=? AND t.status='waiting' ORDER BY t.id`, day)
	return readRows(rows, err, func(sc scanner) (hall.Ticket, bool, error) {
		t, err := scanTicket(sc)
		return t, true, err
	})
}

// WindowTicket is the ticket window no holds now (called or serving), if any.
func (s *Store) WindowTicket(ctx context.Context, no int) (*hall.Ticket, error) {
	return s.windowTicket(ctx, s.db, no)
}

func (s *Store) windowTicket(ctx context.Context, q querier, no int) (*hall.Ticket, error) {
	t, err := scanTicket(q.QueryRowContext(ctx, ticketSelect+` WHERE t.day=? AND t.window_no=? AND t.status IN ('called','serving')
		ORDER BY t.id DESC LIMIT 1`, s.queueDay(), no))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return &t, err
}

// CaseTicket is the ticket a case was taken with; ok is false when it had none.
func (s *Store) CaseTicket(ctx context.Context, caseID int64) (hall.Ticket, bool, error) {
	t, err := scanTicket(s.db.QueryRowContext(ctx, ticketSelect+` WHERE t.id=(SELECT ticket_id FROM cases WHERE id=?)`, caseID))
	if errors.Is(err, sql.ErrNoRows) {
		return t, false, nil
	}
	return t, err == nil, err
}

// TicketByQueryCode tells the lookup terminal where a ticket stands: its number, group, state,
// people ahead and window. No personal data.
func (s *Store) TicketByQueryCode(ctx context.Context, code string) (hall.TicketStatus, bool, error) {
	t, err := scanTicket(s.db.QueryRowContext(ctx, ticketSelect+` WHERE t.query_code=?`, code))
	if errors.Is(err, sql.ErrNoRows) {
		return hall.TicketStatus{}, false, nil
	}
	if err != nil {
		return hall.TicketStatus{}, false, err
	}
	st := hall.TicketStatus{Number: t.Number, GroupName: t.GroupName, Status: string(t.Status), StatusLabel: t.StatusLabel, Day: t.Day}
	if t.Status == hall.TicketWaiting {
		waiting, err := s.waitingTickets(ctx, s.db, t.Day)
		if err != nil {
			return st, false, err
		}
		st.Ahead = hall.Ahead(t, waiting)
	} else if t.WindowNo != 0 {
		st.WindowNo = t.WindowNo
		if err := s.db.QueryRowContext(ctx, `SELECT name FROM queue_windows WHERE no=?`, t.WindowNo).Scan(&st.WindowName); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return st, false, err
		}
	}
	return st, true, nil
}

// SetWindowPaused pauses (暂停服务) or resumes window no.
func (s *Store) SetWindowPaused(ctx context.Context, a hall.Actor, no int, paused bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE queue_windows SET paused=?, version=version+1 WHERE no=? AND paused<>?`,
			boolInt(paused), no, boolInt(paused))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			if paused {
				return hall.Conflict("窗口已暂停服务")
			}
			return hall.Conflict("窗口未暂停")
		}
		action := hall.ActResume
		if paused {
			action = hall.ActPause
		}
		return s.audit(ctx, tx, a, action, "窗口", int64(no), strconv.Itoa(no)+"号窗口")
	})
}

// NoShowTickets lists today's no-shows of window no, the latest first, for the clerk to recall.
func (s *Store) NoShowTickets(ctx context.Context, no int) ([]hall.Ticket, error) {
	rows, err := s.db.QueryContext(ctx, ticketSelect+` WHERE t.day=? AND t.window_no=? AND t.status='noshow'
		ORDER BY t.id DESC LIMIT 20`, s.queueDay(), no)
	list, err := readRows(rows, err, func(sc scanner) (hall.Ticket, bool, error) {
		t, err := scanTicket(sc)
		return t, true, err
	})
	return nonNil(list), err
}
