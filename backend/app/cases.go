package app

import (
	"context"
	"strconv"
	"strings"
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

const dateLayout = "2006-01-02"

// today is the current date in China, at midnight.
func (c *Core) today() time.Time {
	y, m, d := c.Now().In(hall.China).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, hall.China)
}

func parseDate(s string) time.Time {
	t, _ := time.ParseInLocation(dateLayout, s, hall.China)
	return t
}

// dueOf computes a case's deadline: the joint meeting's date where one was set, otherwise the
// promised working days from acceptance, moved by every wait for materials and extension.
func dueOf(cal *workday.Calendar, cs hall.Case, pauses []hall.Pause) (string, bool) {
	if cs.AcceptedOn == "" {
		return "", true
	}
	if cs.Meeting != nil && cs.Meeting.Deadline != "" {
		return cs.Meeting.Deadline, true
	}
	limit := cs.PromisedDays
	if limit == 0 {
		limit = cs.StatutoryDays
	}
	if cs.Ledger == hall.LedgerInstant {
		limit = 0 // 即办: settled on the spot, whatever the item's usual limit
	}
	var ps []workday.Pause
	for _, p := range pauses {
		wp := workday.Pause{From: parseDate(p.From)}
		if p.To != "" {
			wp.To = parseDate(p.To)
		}
		ps = append(ps, wp)
	}
	due := cal.Deadline(parseDate(cs.AcceptedOn), limit, ps, cs.ExtensionDays)
	return due.Date.Format(dateLayout), due.Verified
}

// present masks a case (hall.Masked, for every role) and adds what the screen needs: days
// left, overdue, allowed actions.
func (c *Core) present(cal *workday.Calendar, cs hall.Case, role hall.Role) hall.Case {
	cs.ApplicantID18 = hall.Masked.IDNumber(cs.ApplicantID18)
	cs.ApplicantPhone = hall.Masked.Phone(cs.ApplicantPhone)
	if cs.Agent != nil {
		a := *cs.Agent
		a.IDNumber = hall.Masked.IDNumber(a.IDNumber)
		cs.Agent = &a
	}
	if cs.DueDate != "" && cs.Status.Open() {
		today := c.today()
		cs.DaysLeft = cal.WorkdaysLeft(today, parseDate(cs.DueDate))
		cs.Overdue = cs.Status != hall.StatusAwaiting && cs.DueDate < today.Format(dateLayout)
	}
	cs.Actions = hall.Allowed(caseState(cs), role)
	return cs
}

func caseState(cs hall.Case) hall.CaseState {
	return hall.CaseState{Status: cs.Status, Ledger: cs.Ledger, Accepted: cs.AcceptedOn != "",
		RemedyOpen: hall.RatingIsBad(cs.Rating) && !cs.RemedyResolved}
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
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return hall.Case{}, err
		}
		cs, _, err := s.c.Store.Case(ctx, id)
		return s.c.present(cal, cs, op.Role), err
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
	n := sqlite.NewCase{Intake: intake, Item: item, Year: today.Year(), Status: hall.StatusAccepted,
		AcceptedOn: today.Format(dateLayout), HandlerID: op.ID, Verified: true}
	if intake.Waiting {
		n.Status, n.AcceptedOn = hall.StatusAwaiting, ""
	}
	n.DueDate, n.Verified = dueOf(cal, hall.Case{Ledger: intake.Ledger, AcceptedOn: n.AcceptedOn, PromisedDays: item.PromisedDays,
		StatutoryDays: item.StatutoryDays}, nil)
	return n, nil
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
		for i := range list {
			list[i] = s.c.present(cal, list[i], op.Role)
		}
		return list, nil
	})
}

// Get returns one case with its materials, timeline and the actions allowed now.
func (s *CaseService) Get(id int64) (hall.Case, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (hall.Case, error) {
		cs, _, err := s.c.Store.Case(ctx, id)
		if err != nil {
			return cs, err
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return cs, err
		}
		return s.c.present(cal, cs, op.Role), nil
	})
}

// Ledger returns one page of a ledger (即办, 代办 or 上报 台账) with its filters.
func (s *CaseService) Ledger(q hall.CaseQuery) (hall.CasePage, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (hall.CasePage, error) {
		if err := hall.CheckLedgerFilter(q.Ledger); err != nil {
			return hall.CasePage{}, err
		}
		if len(q.Text) > 50 {
			return hall.CasePage{}, hall.Invalid("text", "查询内容过长")
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return hall.CasePage{}, err
		}
		if q.Today, q.DueBy, err = s.c.dueSoonDates(ctx); err != nil {
			return hall.CasePage{}, err
		}
		page, err := s.c.Store.SearchCases(ctx, q, op.ID)
		for i := range page.Items {
			page.Items[i] = s.c.present(cal, page.Items[i], op.Role)
		}
		return page, err
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
	cs, pauses, err := c.Store.Case(ctx, in.CaseID)
	if err != nil {
		return cs, err
	}
	to, err := hall.Next(caseState(cs), in.Action, op.Role)
	if err != nil {
		return cs, err
	}
	today := c.today()
	if in, err = hall.CleanTransition(in, cs.ItemCode, today); err != nil {
		return cs, err
	}
	cal, err := c.calendar(ctx)
	if err != nil {
		return cs, err
	}
	t := sqlite.TransitionChange{From: cs.Status, Action: in.Action, Note: in.Note}
	todayStr := today.Format(dateLayout)
	switch in.Action {
	case hall.ActMaterialsArrived:
		if err := checkArrived(cs, in); err != nil {
			return cs, err
		}
		t.Received = in.Received
		if cs.AcceptedOn == "" {
			cs.AcceptedOn = todayStr
		} else {
			t.ClosePause = todayStr
			pauses = closePause(pauses, todayStr)
		}
	case hall.ActRequestMaterials:
		if err := checkListed(cs, in.Missing); err != nil {
			return cs, err
		}
		t.OpenPause, t.Missing = todayStr, in.Missing
		pauses = append(pauses, hall.Pause{From: todayStr})
	case hall.ActSubmit:
		cs.Departments = in.Departments
	case hall.ActRecordMeeting:
		cs.Meeting = in.Meeting
		t.Note = strings.TrimSpace("会议议定：" + in.Meeting.Decision + " " + in.Note)
	case hall.ActComplete:
		cs.Outcome, cs.OutcomeNote = in.Outcome, in.Note
		cs.MonthlyAmount, cs.FirstPaidMonth = in.MonthlyAmount, in.FirstPaidMonth
		t.Note = strings.TrimSpace(in.Outcome + " " + in.Note)
	case hall.ActFeedback:
		cs.FeedbackMethod, cs.FeedbackAt, cs.FeedbackBy = in.FeedbackMethod, in.FeedbackDate, op.Name
		t.Note = strings.TrimSpace(in.FeedbackMethod + "反馈 " + in.Note)
	case hall.ActRate:
		cs.Rating, cs.RatingNote = in.Rating, in.Note
		t.Note = strings.TrimSpace(hall.RatingLabel(in.Rating) + " " + in.Note)
		if hall.RatingIsBad(in.Rating) {
			due, _ := cal.AddWorkdays(today, hall.DefaultRemedyDays)
			cs.RemedyDue = due.Format(dateLayout)
		}
	case hall.ActRemedy:
		cs.RemedyNote = strings.TrimSpace(cs.RemedyNote + "\n" + todayStr + " " + in.Note)
		cs.RemedyResolved = in.RemedyResolved
	case hall.ActExtend:
		cs.ExtensionDays += in.ExtensionDays
		t.Note = "延期" + strconv.Itoa(in.ExtensionDays) + "个工作日：" + in.Note
	case hall.ActClose:
		cs.ClosedAt, cs.ClosedBy = c.Now().UTC().Format(time.RFC3339), op.Name
	}
	cs.Status = to
	cs.DueDate, cs.DueVerified = dueOf(cal, cs, pauses)
	t.Case = cs
	if err := c.Store.SaveTransition(ctx, actor(op), t); err != nil {
		return cs, err
	}
	saved, _, err := c.Store.Case(ctx, cs.ID)
	return c.present(cal, saved, op.Role), err
}

// checkArrived accepts the materials handed in; every required one must then be present,
// unless the note says why the case goes on without it.
func checkArrived(cs hall.Case, in hall.TransitionInput) error {
	got := map[string]bool{}
	for _, n := range in.Received {
		got[n] = true
	}
	var missing []string
	for _, m := range cs.Materials {
		delete(got, m.Name)
		if m.Required && !m.Received && !containsName(in.Received, m.Name) {
			missing = append(missing, m.Name)
		}
	}
	for n := range got {
		return hall.Invalid("received", "材料“"+n+"”不在该办件的材料清单中")
	}
	if len(missing) > 0 && in.Note == "" {
		return hall.Invalid("received", "仍缺少："+strings.Join(missing, "、")+"。请勾选已收到的材料，或在说明中写明继续办理的理由")
	}
	return nil
}

// checkListed refuses material names that are not on the case's list.
func checkListed(cs hall.Case, names []string) error {
	for _, n := range names {
		found := false
		for _, m := range cs.Materials {
			found = found || m.Name == n
		}
		if !found {
			return hall.Invalid("missing", "材料“"+n+"”不在该办件的材料清单中")
		}
	}
	return nil
}

func containsName(list []string, name string) bool {
	for _, n := range list {
		if n == name {
			return true
		}
	}
	return false
}

func closePause(ps []hall.Pause, on string) []hall.Pause {
	out := append([]hall.Pause(nil), ps...)
	for i := range out {
		if out[i].To == "" {
			out[i].To = on
		}
	}
	return out
}

// Handlers lists the operators who handle cases, for the ledgers' handler filter.
func (s *CaseService) Handlers() ([]hall.Handler, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, _ hall.Operator) ([]hall.Handler, error) {
		return s.c.Store.CaseHandlers(ctx)
	})
}
