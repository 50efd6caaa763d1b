package app

import (
	"context"
	"strconv"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
	"halldesk/backend/sqlite"
)

// VisitService is the household visit record (入户走访): the visits cadres make, recorded by the
// counter or reception on their behalf (cadres are not operators), the issues they bring back —
// cases taken through the counter's intake rules, suggestions, disputes — the feedback owed to
// households once a case is done, and the cadres' diaries (民情日记). Everyone reads; the
// counter, reception and the administrator record.
type VisitService struct {
	c    *Core
	seat *Seat
}

// Record stores a visit with its issues. An issue that becomes a case is taken at the counter
// as a case of source 入户走访 applied for by a member of the household, with the cadre as the
// person applying on their behalf; the visit and its cases are stored together or not at all.
func (s *VisitService) Record(in hall.VisitInput) (hall.Visit, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.Visit, error) {
		in, err := hall.CleanVisit(in, s.c.today())
		if err != nil {
			return hall.Visit{}, err
		}
		cadre, err := s.c.Store.Cadre(ctx, in.CadreID)
		if hall.IsCode(err, hall.CodeNotFound) {
			return hall.Visit{}, hall.Invalid("cadreId", "所选干部不存在，请刷新后重新选择")
		}
		if err != nil {
			return hall.Visit{}, err
		}
		h, err := s.c.Store.Household(ctx, in.HouseholdID)
		if hall.IsCode(err, hall.CodeNotFound) {
			return hall.Visit{}, hall.Invalid("householdId", "所选家庭户不存在，请刷新后重新选择")
		}
		if err != nil {
			return hall.Visit{}, err
		}
		n := sqlite.NewVisit{VisitInput: in, Cases: make([]*sqlite.NewCase, len(in.Issues))}
		for i, is := range in.Issues {
			if is.Kind != hall.IssueCase {
				continue
			}
			if !op.Role.Can(hall.PermHandleCases) {
				return hall.Visit{}, hall.Forbidden("您的角色（" + op.Role.Label() + "）不能受理办件")
			}
			nc, err := s.issueCase(ctx, op, i, is, cadre, h)
			if err != nil {
				return hall.Visit{}, err
			}
			n.Cases[i] = &nc
		}
		id, err := s.c.Store.CreateVisit(ctx, actor(op), n)
		if err != nil {
			return hall.Visit{}, err
		}
		return s.c.Store.Visit(ctx, id)
	})
}

// issueCase turns the i-th issue into a case through the counter's intake rules; errors point
// at the issue's own fields.
func (s *VisitService) issueCase(ctx context.Context, op hall.Operator, i int, is hall.VisitIssueInput, cadre hall.Cadre, h hall.Household) (sqlite.NewCase, error) {
	prefix, label := "issues."+strconv.Itoa(i)+".", "第"+strconv.Itoa(i+1)+"个问题："
	member := false
	for _, m := range h.Members {
		member = member || m.ID == is.ApplicantID
	}
	if !member {
		return sqlite.NewCase{}, hall.Invalid(prefix+"applicantId", label+"申请人须是该户的家庭成员")
	}
	in := hall.IntakeInput{ApplicantID: is.ApplicantID, ItemID: is.ItemID, Ledger: is.Ledger, Source: hall.VisitSource, Summary: is.Text,
		Agent: &hall.Agent{Name: cadre.Name, Relation: "包联干部"}}
	if is.MaterialsReceived && is.ItemID > 0 {
		item, err := s.c.Store.ServiceItem(ctx, is.ItemID)
		if err == nil {
			for _, m := range item.Materials {
				in.Received = append(in.Received, m.Name)
			}
		}
	}
	n, err := s.c.newCase(ctx, op, in)
	if e := hall.AsError(err); e != nil && e.Code == hall.CodeInvalid {
		return n, hall.Invalid(prefix+e.Field, label+e.Message)
	}
	return n, err
}

// Get returns one visit with its issues and where their cases stand.
func (s *VisitService) Get(id int64) (hall.Visit, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.Visit, error) {
		return s.c.Store.Visit(ctx, id)
	})
}

// List returns one page of visits, newest first.
func (s *VisitService) List(q hall.VisitQuery) (hall.VisitPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.VisitPage, error) {
		if err := hall.DateRange(q.From, q.To); err != nil {
			return hall.VisitPage{}, err
		}
		return s.c.Store.Visits(ctx, q)
	})
}

// Issues returns one page of the issues raised on visits (suggestions, disputes, cases).
func (s *VisitService) Issues(q hall.IssueQuery) (hall.IssuePage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.IssuePage, error) {
		if q.Kind != "" && hall.IssueKindLabel(q.Kind) == "" {
			return hall.IssuePage{}, hall.Invalid("kind", "未知的问题类型")
		}
		return s.c.Store.Issues(ctx, q)
	})
}

// FeedbackOwed lists what a household is still to be told (入户反馈): the issues raised on its
// visits whose cases are done.
func (s *VisitService) FeedbackOwed(householdID int64) ([]hall.IssueRow, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) ([]hall.IssueRow, error) {
		if householdID <= 0 {
			return nil, hall.Invalid("householdId", "请选择家庭户")
		}
		return s.c.Store.FeedbackOwed(ctx, householdID, 0)
	})
}

// GiveFeedback records that the household was told the result of an issue's case, on a visit
// when one is given. With RecordCase, a case still at 已办结 also takes its own feedback step
// (反馈群众, by 入户), through the case state machine like any other step.
func (s *VisitService) GiveFeedback(in hall.FeedbackInput) (hall.IssueRow, error) {
	return run(s.c, s.seat, hall.PermRecordVisits, func(ctx context.Context, op hall.Operator) (hall.IssueRow, error) {
		in, err := hall.CleanFeedback(in, s.c.today())
		if err != nil {
			return hall.IssueRow{}, err
		}
		is, err := s.c.Store.Issue(ctx, in.IssueID)
		if err != nil {
			return is, err
		}
		if !is.FeedbackOwed() {
			if !is.FeedbackOn.IsZero() {
				return is, hall.Conflict("该问题的办理结果已于" + is.FeedbackOn.String() + "反馈")
			}
			return is, hall.Conflict("该问题" + dashIfEmpty(is.CaseNumber) + "尚未办结，暂不需要入户反馈")
		}
		if in.VisitID > 0 {
			v, err := s.c.Store.Visit(ctx, in.VisitID)
			if err != nil {
				return is, err
			}
			if v.HouseholdID != is.HouseholdID {
				return is, hall.Invalid("visitId", "反馈所在的走访不是对该户的走访")
			}
		}
		if in.RecordCase && is.CaseStatus == hall.StatusDone {
			// the case as it stands now: the clerk acts on the issue, whose case status was just read
			rec, _, err := s.c.Store.Case(ctx, is.CaseID)
			if err != nil {
				return is, err
			}
			if _, err := s.c.act(ctx, op, hall.TransitionInput{CaseID: is.CaseID, Action: hall.ActFeedback, FeedbackMethod: "入户",
				FeedbackDate: in.Date, Note: in.Note, Version: rec.Version}); err != nil {
				return is, err
			}
		}
		if err := s.c.Store.SaveFeedback(ctx, actor(op), in); err != nil {
			return is, err
		}
		return s.c.Store.Issue(ctx, in.IssueID)
	})
}

func dashIfEmpty(s string) string {
	if s == "" {
		return ""
	}
	return "（" + s + "）"
}

// Diary returns a cadre's visits of a week or a month, oldest first: the public-sentiment
// diary (民情日记) as a dated journal.
func (s *VisitService) Diary(in hall.DiaryInput) (hall.Diary, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.Diary, error) {
		return s.c.diary(ctx, in)
	})
}

func (c *Core) diary(ctx context.Context, in hall.DiaryInput) (hall.Diary, error) {
	if in.CadreID <= 0 {
		return hall.Diary{}, hall.Invalid("cadreId", "请选择干部")
	}
	d := c.today()
	if !in.Date.IsZero() {
		d = in.Date.Time()
	}
	from, to, label, err := hall.DiaryRange(in.Period, d)
	if err != nil {
		return hall.Diary{}, err
	}
	cadre, err := c.Store.Cadre(ctx, in.CadreID)
	if err != nil {
		return hall.Diary{}, err
	}
	out := hall.Diary{CadreID: cadre.ID, CadreName: cadre.Name, Position: cadre.Position, From: hall.DateOf(from),
		To: hall.DateOf(to), PeriodLabel: label}
	out.Visits, err = c.Store.DiaryVisits(ctx, cadre.ID, out.From, out.To)
	return out, err
}

// PrintDiary prints a cadre's diary of a week or a month (A4) and records the print.
func (s *VisitService) PrintDiary(in hall.DiaryInput) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		d, err := s.c.diary(ctx, in)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.Diary(pdf.DiaryDoc{Diary: d, Hall: hs, PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		title := d.CadreName + " " + d.PeriodLabel
		return s.c.deliver(ctx, actor(op), "民情日记-"+strings.ReplaceAll(title, " ", "-"), data, missing,
			hall.PrintLine{Kind: hall.PrintDiary, Title: title, Copies: 1, Detail: strconv.Itoa(len(d.Visits)) + "次走访"})
	})
}
