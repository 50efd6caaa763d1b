package app

import (
	"context"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// WindowPanel is the clerk's window as the header shows it: the window, the ticket it holds,
// how many wait for it, today's no-shows it may recall, and where a ticket can be transferred.
// HasWindow is false for an operator whose seat is tied to no window (the panel stays hidden).
type WindowPanel struct {
	HasWindow     bool               `json:"hasWindow"`
	Window        hall.QueueWindow   `json:"window"`
	Current       *hall.Ticket       `json:"current"`
	Waiting       int                `json:"waiting"`
	NoShows       []hall.Ticket      `json:"noShows"`
	Windows       []hall.BoardWindow `json:"windows"`
	Groups        []hall.QueueGroup  `json:"groups"`
	NoShowMinutes int                `json:"noShowMinutes"`
}

// TicketStart is what 开始受理 hands the counter's intake: the ticket, the resident found by the
// ID number typed at the kiosk (0 for none), and that ID number (to look up or register the
// citizen when no resident was found).
type TicketStart struct {
	Ticket     hall.Ticket `json:"ticket"`
	ResidentID int64       `json:"residentId"`
	IDNumber   string      `json:"idNumber"`
}

// MyWindow is the signed-in clerk's window panel.
func (s *QueueService) MyWindow() (WindowPanel, error) {
	return run(s.c, s.seat, hall.PermServeQueue, s.c.operatorPanel)
}

// operatorPanel is op's window panel, or an empty one (HasWindow false) for an operator whose
// seat is tied to no window.
func (c *Core) operatorPanel(ctx context.Context, op hall.Operator) (WindowPanel, error) {
	w, ok, err := c.Store.OperatorWindow(ctx, op.ID)
	if err != nil || !ok {
		return WindowPanel{NoShows: []hall.Ticket{}, Windows: []hall.BoardWindow{}, Groups: []hall.QueueGroup{}}, err
	}
	return c.windowPanel(ctx, w)
}

// Refresh is MyWindow for the window bar re-reading itself (when the hall's events say the
// queue changed): it does not count as the clerk's activity, so the bar keeps no idle clerk
// signed in.
func (s *QueueService) Refresh() (WindowPanel, error) {
	return guard(s.c, func(ctx context.Context) (WindowPanel, error) {
		op, err := s.c.Sessions.RequireQuietly(ctx, s.c.Store, s.seat, hall.PermServeQueue)
		if err != nil {
			return WindowPanel{}, err
		}
		return s.c.operatorPanel(ctx, op)
	})
}

func (c *Core) windowPanel(ctx context.Context, w hall.QueueWindow) (WindowPanel, error) {
	p := WindowPanel{HasWindow: true, Window: w}
	var err error
	if p.Current, err = c.Store.WindowTicket(ctx, w.No); err != nil {
		return p, err
	}
	waiting, err := c.Store.WaitingTickets(ctx)
	if err != nil {
		return p, err
	}
	for _, t := range waiting {
		if hall.CallableBy(t, w) {
			p.Waiting++
		}
	}
	if p.NoShows, err = c.Store.NoShowTickets(ctx, w.No); err != nil {
		return p, err
	}
	board, err := c.Store.QueueBoard(ctx)
	if err != nil {
		return p, err
	}
	p.Windows = board.Windows
	if p.Groups, err = c.Store.QueueGroups(ctx, true); err != nil {
		return p, err
	}
	qs, err := c.Store.QueueSettings(ctx)
	p.NoShowMinutes = qs.NoShowMinutes
	return p, err
}

// windowOp does one thing at the signed-in clerk's window, audited under the clerk, and tells
// the screens: a call or recall is announced ("call"), every change re-reads the board ("queue").
func (s *QueueService) windowOp(action hall.TicketAction, ticketID int64, mv hall.TicketMove, after func(ctx context.Context, op hall.Operator, t hall.Ticket)) (WindowPanel, error) {
	return run(s.c, s.seat, hall.PermServeQueue, func(ctx context.Context, op hall.Operator) (WindowPanel, error) {
		w, err := s.c.myWindow(ctx, op)
		if err != nil {
			return WindowPanel{}, err
		}
		t, call, err := s.c.Store.MoveTicket(ctx, actor(op), sqlite.TicketOp{Window: w.No, Action: action, TicketID: ticketID, Move: mv})
		if err != nil {
			return WindowPanel{}, err
		}
		if call != nil {
			s.c.publish(hall.HallEvent{Kind: EventCall, Data: *call})
		}
		s.c.publish(hall.HallEvent{Kind: EventQueue})
		if after != nil {
			after(ctx, op, t)
		}
		return s.c.windowPanel(ctx, w)
	})
}

// myWindow is op's window, or the refusal an operator with no window gets.
func (c *Core) myWindow(ctx context.Context, op hall.Operator) (hall.QueueWindow, error) {
	w, ok, err := c.Store.OperatorWindow(ctx, op.ID)
	if err == nil && !ok {
		err = hall.Conflict("您的座位没有绑定窗口，请联系管理员在“排队叫号”中设置")
	}
	return w, err
}

// CallNext calls the next citizen to the clerk's window (叫号): the 绿色通道 and transferred
// citizens first, then the earliest taken, from the groups the window serves.
func (s *QueueService) CallNext() (WindowPanel, error) {
	return s.windowOp(hall.TicketCall, 0, hall.TicketMove{}, nil)
}

// Recall calls a ticket again (重呼): the one at the window, or a no-show come back later.
func (s *QueueService) Recall(ticketID int64) (WindowPanel, error) {
	return s.windowOp(hall.TicketRecall, ticketID, hall.TicketMove{}, nil)
}

// NoShow marks the called citizen as not come (未到); they can be recalled later.
func (s *QueueService) NoShow(ticketID int64) (WindowPanel, error) {
	return s.windowOp(hall.TicketMissed, ticketID, hall.TicketMove{}, nil)
}

// Transfer sends the citizen to another window or group, keeping the number, at the head of
// the new line.
func (s *QueueService) Transfer(mv hall.TicketMove) (WindowPanel, error) {
	return s.windowOp(hall.TicketTransfer, mv.TicketID, mv, nil)
}

// Finish ends a ticket served with no case (办结, e.g. a question answered) and asks the
// window's pad for the citizen's rating.
func (s *QueueService) Finish(ticketID int64) (WindowPanel, error) {
	return s.windowOp(hall.TicketFinish, ticketID, hall.TicketMove{}, func(ctx context.Context, op hall.Operator, t hall.Ticket) {
		err := s.c.requestRating(ctx, op, hall.RatingRequest{TicketID: t.ID, Item: t.GroupName})
		if err != nil && s.c.Log != nil {
			s.c.Log.Error("rating request", "ticket", t.ID, "err", err)
		}
	})
}

// Start begins serving the called citizen (开始受理) and hands the intake the resident found by
// the ID number typed at the kiosk.
func (s *QueueService) Start(ticketID int64) (TicketStart, error) {
	return run(s.c, s.seat, hall.PermServeQueue, func(ctx context.Context, op hall.Operator) (TicketStart, error) {
		w, err := s.c.myWindow(ctx, op)
		if err != nil {
			return TicketStart{}, err
		}
		t, _, err := s.c.Store.MoveTicket(ctx, actor(op), sqlite.TicketOp{Window: w.No, Action: hall.TicketStart, TicketID: ticketID})
		if err != nil {
			return TicketStart{}, err
		}
		s.c.publish(hall.HallEvent{Kind: EventQueue})
		id, err := s.c.Store.TicketIDNumber(ctx, t.ID)
		return TicketStart{Ticket: t, ResidentID: t.ResidentID, IDNumber: id}, err
	})
}

// Pause stops the clerk's window from calling (暂停服务).
func (s *QueueService) Pause() (WindowPanel, error) { return s.setPaused(true) }

// Resume lets the clerk's window call again.
func (s *QueueService) Resume() (WindowPanel, error) { return s.setPaused(false) }

func (s *QueueService) setPaused(paused bool) (WindowPanel, error) {
	return run(s.c, s.seat, hall.PermServeQueue, func(ctx context.Context, op hall.Operator) (WindowPanel, error) {
		w, err := s.c.myWindow(ctx, op)
		if err != nil {
			return WindowPanel{}, err
		}
		if err := s.c.Store.SetWindowPaused(ctx, actor(op), w.No, paused); err != nil {
			return WindowPanel{}, err
		}
		s.c.publish(hall.HallEvent{Kind: EventQueue})
		w.Paused = paused
		return s.c.windowPanel(ctx, w)
	})
}
