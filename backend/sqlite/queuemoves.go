package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"halldesk/backend/hall"
)

// TicketOp is one thing a window does with a ticket: call the next (TicketID 0), recall, mark a
// no-show, start, finish, or transfer (Move).
type TicketOp struct {
	Window   int
	Action   hall.TicketAction
	TicketID int64
	Move     hall.TicketMove
	caseID   int64 // the case taken with the ticket (TicketIntake, from createCase only)
}

// MoveTicket does op as hall.MoveTicket allows it, in one transaction with its audit line. A call
// or recall also returns the call for the call screen.
func (s *Store) MoveTicket(ctx context.Context, a hall.Actor, op TicketOp) (t hall.Ticket, call *hall.BoardCall, err error) {
	err = s.tx(ctx, func(tx *sql.Tx) error {
		t, call, err = s.moveTicket(ctx, tx, a, op)
		return err
	})
	return t, call, err
}

func (s *Store) moveTicket(ctx context.Context, tx *sql.Tx, a hall.Actor, op TicketOp) (hall.Ticket, *hall.BoardCall, error) {
	ws, err := s.queueWindows(ctx, tx, op.Window)
	if err != nil {
		return hall.Ticket{}, nil, err
	}
	if len(ws) == 0 || op.Window == 0 {
		return hall.Ticket{}, nil, hall.NotFound("没有该窗口")
	}
	w := ws[0]
	current, err := s.windowTicket(ctx, tx, w.No)
	if err != nil {
		return hall.Ticket{}, nil, err
	}
	day := s.queueDay()
	var t hall.Ticket
	if op.Action == hall.TicketCall {
		waiting, err := s.waitingTickets(ctx, tx, day)
		if err != nil {
			return t, nil, err
		}
		next, ok := hall.PickNext(w, waiting)
		if !ok {
			if w.Paused {
				return t, nil, hall.Conflict("窗口已暂停服务，请先恢复")
			}
			return t, nil, hall.Conflict("当前没有等候的群众")
		}
		t = next
	} else {
		t, err = scanTicket(tx.QueryRowContext(ctx, ticketSelect+` WHERE t.id=?`, op.TicketID))
		if errors.Is(err, sql.ErrNoRows) {
			return t, nil, hall.NotFound("找不到该号票")
		}
		if err != nil {
			return t, nil, err
		}
		if t.Day != day {
			return t, nil, hall.Conflict(t.Number + "号是" + t.Day + "的号票，只能处理今日的号票")
		}
	}
	to, err := hall.MoveTicket(t, w, op.Action, current)
	if err != nil {
		return t, nil, err
	}
	now := s.stamp()
	detail := strconv.Itoa(w.No) + "号窗口 " + t.Number
	var call *hall.BoardCall
	switch op.Action {
	case hall.TicketCall, hall.TicketRecall:
		_, err = tx.ExecContext(ctx, `UPDATE tickets SET status=?, window_no=?, operator_id=?, calls=calls+1,
			called_at=CASE WHEN called_at='' THEN ? ELSE called_at END, version=version+1 WHERE id=?`, to, w.No, a.OperatorID, now, t.ID)
		if err == nil {
			call, err = s.recordCall(ctx, tx, t, w, now)
		}
	case hall.TicketMissed:
		_, err = tx.ExecContext(ctx, `UPDATE tickets SET status=?, version=version+1 WHERE id=?`, to, t.ID)
	case hall.TicketStart:
		_, err = tx.ExecContext(ctx, `UPDATE tickets SET status=?, operator_id=?, served_at=?, version=version+1 WHERE id=?`,
			to, a.OperatorID, now, t.ID)
	case hall.TicketFinish, hall.TicketIntake:
		_, err = tx.ExecContext(ctx, `UPDATE tickets SET status=?, operator_id=?, done_at=?, case_id=?,
			served_at=CASE WHEN served_at='' THEN ? ELSE served_at END, version=version+1 WHERE id=?`,
			to, a.OperatorID, now, op.caseID, now, t.ID)
	case hall.TicketTransfer:
		err = s.transferTicket(ctx, tx, t, w, op.Move, now, &detail)
	}
	if err != nil {
		return t, nil, err
	}
	if err := s.audit(ctx, tx, a, ticketAudit[op.Action], hall.QueueTicketEntity, t.ID, detail); err != nil {
		return t, nil, err
	}
	t, err = scanTicket(tx.QueryRowContext(ctx, ticketSelect+` WHERE t.id=?`, t.ID))
	return t, call, err
}

var ticketAudit = map[hall.TicketAction]string{
	hall.TicketCall: hall.ActCallTicket, hall.TicketRecall: hall.ActRecall, hall.TicketMissed: hall.ActNoShow,
	hall.TicketStart: hall.ActServe, hall.TicketFinish: hall.ActFinish, hall.TicketIntake: hall.ActServe,
	hall.TicketTransfer: hall.ActTransfer,
}

// transferTicket sends t back to waiting, for one window or another group, at the head of its
// new line (hall.QueueBefore says why).
func (s *Store) transferTicket(ctx context.Context, tx *sql.Tx, t hall.Ticket, w hall.QueueWindow, mv hall.TicketMove, now string, detail *string) error {
	windows, err := s.queueWindows(ctx, tx, 0)
	if err != nil {
		return err
	}
	groups, err := s.queueGroups(ctx, tx, true)
	if err != nil {
		return err
	}
	if err := hall.CheckTransfer(mv, t, w, windows, groups); err != nil {
		return err
	}
	group := t.GroupID
	if mv.ToGroupID != 0 {
		group = mv.ToGroupID
		for _, g := range groups {
			if g.ID == group {
				*detail += " 转至" + g.Prefix + " " + g.Name
			}
		}
	} else {
		*detail += " 转至" + strconv.Itoa(mv.ToWindow) + "号窗口"
	}
	_, err = tx.ExecContext(ctx, `UPDATE tickets SET status='waiting', group_id=?, for_window=?, transferred_at=?,
		version=version+1 WHERE id=?`, group, mv.ToWindow, now, t.ID)
	return err
}

// recordCall keeps a call for the call screen's last calls.
func (s *Store) recordCall(ctx context.Context, tx *sql.Tx, t hall.Ticket, w hall.QueueWindow, now string) (*hall.BoardCall, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO ticket_calls(ticket_id, number, window_no, window_name, at) VALUES (?,?,?,?,?)`,
		t.ID, t.Number, w.No, w.Name, now)
	if err != nil {
		return nil, err
	}
	seq, err := res.LastInsertId()
	return &hall.BoardCall{Number: t.Number, WindowNo: w.No, WindowName: w.Name, At: now, Seq: seq}, err
}

// linkTicket ends the ticket a case was taken with (at the window of the operator who took it)
// and lets the case keep it, inside the intake's transaction.
func (s *Store) linkTicket(ctx context.Context, tx *sql.Tx, a hall.Actor, caseID, ticketID int64) error {
	var no int
	err := tx.QueryRowContext(ctx, `SELECT no FROM queue_windows WHERE operator_id=?`, a.OperatorID).Scan(&no)
	if errors.Is(err, sql.ErrNoRows) {
		return hall.Invalid("ticketId", "您的座位没有绑定窗口，不能关联号票")
	}
	if err != nil {
		return err
	}
	if _, _, err := s.moveTicket(ctx, tx, a, TicketOp{Window: no, Action: hall.TicketIntake, TicketID: ticketID, caseID: caseID}); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE cases SET ticket_id=? WHERE id=?`, ticketID, caseID)
	return err
}

// QueueBoard is what the call screen shows now.
func (s *Store) QueueBoard(ctx context.Context) (hall.QueueBoard, error) {
	day := s.queueDay()
	b := hall.QueueBoard{Date: day, Windows: []hall.BoardWindow{}, Recent: []hall.BoardCall{}, Waiting: []hall.BoardGroup{}}
	rows, err := s.db.QueryContext(ctx, `SELECT w.no, w.name, w.paused, COALESCE((SELECT t.number FROM tickets t
		WHERE t.day=? AND t.window_no=w.no AND t.status IN ('called','serving') ORDER BY t.id DESC LIMIT 1), '')
		FROM queue_windows w ORDER BY w.no`, day)
	if b.Windows, err = readRows(rows, err, func(sc scanner) (bw hall.BoardWindow, keep bool, err error) {
		return bw, true, sc.Scan(&bw.No, &bw.Name, &bw.Paused, &bw.Current)
	}); err != nil {
		return b, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT c.number, c.window_no, c.window_name, c.at, c.id FROM ticket_calls c
		JOIN tickets t ON t.id=c.ticket_id WHERE t.day=? ORDER BY c.id DESC LIMIT 6`, day)
	if b.Recent, err = readRows(rows, err, func(sc scanner) (bc hall.BoardCall, keep bool, err error) {
		return bc, true, sc.Scan(&bc.Number, &bc.WindowNo, &bc.WindowName, &bc.At, &bc.Seq)
	}); err != nil {
		return b, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT g.prefix, g.name, (SELECT COUNT(*) FROM tickets t WHERE t.day=? AND
		t.group_id=g.id AND t.status='waiting') FROM queue_groups g WHERE g.active=1 ORDER BY g.position, g.prefix`, day)
	if b.Waiting, err = readRows(rows, err, func(sc scanner) (bg hall.BoardGroup, keep bool, err error) {
		return bg, true, sc.Scan(&bg.Prefix, &bg.Name, &bg.Waiting)
	}); err != nil {
		return b, err
	}
	hs, err := s.Settings(ctx)
	if err != nil {
		return b, err
	}
	qs, err := s.QueueSettings(ctx)
	b.HallName, b.Speech = hs.HallName, qs.Speech
	b.Windows, b.Recent, b.Waiting = nonNil(b.Windows), nonNil(b.Recent), nonNil(b.Waiting)
	return b, err
}

// nonNil is list, or an empty list for none (the wire says [] rather than null).
func nonNil[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}
