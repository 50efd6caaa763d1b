package app

import (
	"context"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
	"halldesk/backend/workday"
)

// CaseService is the counter: intake on the citizen's behalf, the three ledgers, and every
// step of a case until the supervisor strikes it off.
type CaseService struct {
	c    *Core
	seat *Seat
}

// today is the current date in China, at midnight.
func (c *Core) today() time.Time {
	y, m, d := c.Now().In(hall.China).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, hall.China)
}

// present is a stored case as role's screen shows it today (hall.ViewCase: masked, labelled,
// days left, overdue, allowed actions); events is its timeline, nil for a row of a list.
func (c *Core) present(cal *workday.Calendar, rec hall.CaseRecord, events []hall.CaseEvent, role hall.Role) hall.Case {
	return hall.ViewCase(rec, events, cal, role, c.today())
}

// presentAll is present for every row of a list.
func (c *Core) presentAll(cal *workday.Calendar, recs []hall.CaseRecord, role hall.Role) []hall.Case {
	out := make([]hall.Case, 0, len(recs))
	for _, rec := range recs {
		out = append(out, c.present(cal, rec, nil, role))
	}
	return out
}

// caseView reads case id with its timeline and presents it to role.
func (c *Core) caseView(ctx context.Context, id int64, role hall.Role) (hall.Case, error) {
	rec, _, err := c.Store.Case(ctx, id)
	if err != nil {
		return hall.Case{}, err
	}
	events, err := c.Store.CaseEvents(ctx, id)
	if err != nil {
		return hall.Case{}, err
	}
	cal, err := c.calendar(ctx)
	if err != nil {
		return hall.Case{}, err
	}
	return c.present(cal, rec, events, role), nil
}

// Intake takes a case at the counter. With required materials missing and not accepted
// anyway, the case waits for them (待补正) and the clock has not started.
func (s *CaseService) Intake(in hall.IntakeInput) (hall.Case, error) {
	return run(s.c, s.seat, hall.PermHandleCases, func(ctx context.Context, op hall.Operator) (hall.Case, error) {
		n, err := s.c.newCase(ctx, op, in)
		if err != nil {
			return hall.Case{}, err
		}
		id, _, err := s.c.Store.CreateCase(ctx, actor(op), n)
		if err != nil {
			return hall.Case{}, err
		}
		if in.TicketID > 0 {
			s.c.publish(hall.HallEvent{Kind: EventQueue}) // the ticket is done: the window's number leaves the board
		}
		return s.c.caseView(ctx, id, op.Role)
	})
}

// newCase runs an intake through the counter's rules (the item, hall.CleanIntake, the deadline)
// and returns the case for the store to take, handled by op. The counter's intake and a visit's
// issues that become cases both come through here.
func (c *Core) newCase(ctx context.Context, op hall.Operator, in hall.IntakeInput) (sqlite.NewCase, error) {
	if in.ItemID <= 0 {
		return sqlite.NewCase{}, hall.Invalid("itemId", "请选择服务事项")
	}
	item, err := c.Store.ServiceItem(ctx, in.ItemID)
	if hall.IsCode(err, hall.CodeNotFound) {
		return sqlite.NewCase{}, hall.Invalid("itemId", "所选服务事项不存在")
	}
	if err != nil {
		return sqlite.NewCase{}, err
	}
	today := c.today()
	intake, err := hall.CleanIntake(in, item, today)
	if err != nil {
		return sqlite.NewCase{}, err
	}
	cal, err := c.calendar(ctx)
	if err != nil {
		return sqlite.NewCase{}, err
	}
	st, err := hall.StartCase(intake, item, cal, today)
	return sqlite.NewCase{Intake: intake, Item: item, Year: today.Year(), Status: st.Status, AcceptedOn: st.AcceptedOn,
		DueDate: st.DueDate, Verified: st.DueVerified, HandlerID: op.ID}, err
}

// OpenFor lists the applicant's unfinished cases of an item: the warning shown before a
// duplicate is taken.
func (s *CaseService) OpenFor(applicantID, itemID int64) ([]hall.Case, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) ([]hall.Case, error) {
		list, err := s.c.Store.OpenCasesFor(ctx, applicantID, itemID)
		if err != nil {
			return nil, err
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return nil, err
		}
		return s.c.presentAll(cal, list, op.Role), nil
	})
}

// Get returns one case with its materials, timeline and the actions allowed now.
func (s *CaseService) Get(id int64) (hall.Case, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (hall.Case, error) {
		return s.c.caseView(ctx, id, op.Role)
	})
}

// Ledger returns one page of a ledger (即办, 代办 or 上报 台账) with its filters.
func (s *CaseService) Ledger(q hall.CaseQuery) (hall.CasePage, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (hall.CasePage, error) {
		if err := hall.CheckLedgerFilter(q.Ledger); err != nil {
			return hall.CasePage{}, err
		}
		if err := hall.CheckQuery(q.Text); err != nil {
			return hall.CasePage{}, err
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return hall.CasePage{}, err
		}
		if q.Today, q.DueBy, err = s.c.dueSoonDates(ctx); err != nil {
			return hall.CasePage{}, err
		}
		page, err := s.c.Store.SearchCases(ctx, q, op.ID)
		return hall.CasePage{Items: s.c.presentAll(cal, page.Items, op.Role), Total: page.Total, Page: page.Page,
			First: page.First, Last: page.Last}, err
	})
}

// Act takes one step of a case's lifecycle; the state machine and the operator's role decide
// whether it is allowed.
func (s *CaseService) Act(in hall.TransitionInput) (hall.Case, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (hall.Case, error) {
		return s.c.act(ctx, op, in)
	})
}

// act takes one step of a case as op; CaseService.Act and a visit's feedback (反馈群众 by 入户)
// both come through here.
func (c *Core) act(ctx context.Context, op hall.Operator, in hall.TransitionInput) (hall.Case, error) {
	rec, pauses, err := c.Store.Case(ctx, in.CaseID)
	if err != nil {
		return hall.Case{}, err
	}
	cal, err := c.calendar(ctx)
	if err != nil {
		return hall.Case{}, err
	}
	ch, err := hall.ApplyCaseAction(rec, pauses, in, op, cal, c.Now())
	if err != nil {
		return hall.Case{}, err
	}
	if err := c.Store.SaveTransition(ctx, actor(op), ch); err != nil {
		return hall.Case{}, err
	}
	c.rateAfter(ctx, op, in, rec)
	return c.caseView(ctx, rec.ID, op.Role)
}

// Handlers lists the operators who handle cases, for the ledgers' handler filter.
func (s *CaseService) Handlers() ([]hall.Handler, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, _ hall.Operator) ([]hall.Handler, error) {
		return s.c.Store.CaseHandlers(ctx)
	})
}
