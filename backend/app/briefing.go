package app

import (
	"context"
	"strconv"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// BriefingService serves the monthly work briefing (工作简报).
type BriefingService struct {
	c    *Core
	seat *Seat
}

// Preview assembles a month's briefing (YYYY-MM): the figures of each mechanism, the notable
// cases picked, the issue number and the distribution lines, written as the prose printed.
func (s *BriefingService) Preview(month string) (hall.Briefing, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, op hall.Operator) (hall.Briefing, error) {
		return s.c.briefing(ctx, op, month)
	})
}

// Candidates lists one page of the month's finished cases to pick notable cases from.
func (s *BriefingService) Candidates(q hall.NotableQuery) (hall.NotablePage, error) {
	return run(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, op hall.Operator) (hall.NotablePage, error) {
		p, err := hall.ParseMonth(q.Month)
		if err != nil {
			return hall.NotablePage{}, err
		}
		page, err := s.c.Store.NotableCandidates(ctx, q, p)
		for i, c := range page.Items {
			page.Items[i].Text = c.Private(c.Text) // a saved text as it will print
		}
		return page, err
	})
}

// Save stores a month's issue number and notable cases and the briefing's settings; only the
// supervisor and the administrator may. It returns the briefing as it now reads.
func (s *BriefingService) Save(in hall.BriefingInput) (hall.Briefing, error) {
	return runReport(s.c, s.seat, hall.PermEditBriefing, func(ctx context.Context, op hall.Operator) (hall.Briefing, error) {
		in, p, err := in.Clean()
		if err != nil {
			return hall.Briefing{}, err
		}
		if err := s.c.Store.SaveBriefing(ctx, actor(op), in, p); err != nil {
			return hall.Briefing{}, err
		}
		return s.c.briefing(ctx, op, in.Month)
	})
}

// Print prints the month's briefing as saved (A4, red title block, distribution block at the
// foot of the last page); the print is audited.
func (s *BriefingService) Print(month string) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, op hall.Operator) (Document, error) {
		b, err := s.c.briefing(ctx, op, month)
		if err != nil {
			return Document{}, err
		}
		head, err := s.c.Store.AuditHead(ctx) // printed at the foot: an anchor of the audit chain on paper
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.Briefing(pdf.BriefingDoc{Briefing: b, PrintedBy: op.Name, At: s.c.Now(), AuditHead: head})
		if err != nil {
			return Document{}, err
		}
		name := b.Settings.Title + "-" + b.Month[:4] + "年第" + strconv.Itoa(b.IssueNo) + "期"
		detail := b.MonthLabel + " 第" + strconv.Itoa(b.IssueNo) + "期"
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "工作简报", 0, detail); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), name, data, missing)
	})
}

// briefing reads everything a month's briefing shows from the store and composes its prose.
func (c *Core) briefing(ctx context.Context, op hall.Operator, month string) (hall.Briefing, error) {
	p, err := hall.ParseMonth(month)
	if err != nil {
		return hall.Briefing{}, err
	}
	st := c.Store
	b := hall.Briefing{Month: p.From.Month(), MonthLabel: hall.MonthLabel(p.From.Month()), Period: p, CanEdit: hall.CanEditBriefing(op.Role)}
	hs, err := st.Settings(ctx)
	if err != nil {
		return b, err
	}
	b.HallName = hs.HallName
	if b.Settings, err = st.BriefingSettings(ctx, hs); err != nil {
		return b, err
	}
	if b.IssueNo, b.Saved, b.Notables, err = st.BriefingMonth(ctx, b.Month); err != nil {
		return b, err
	}
	if b.Cases, err = st.CaseSummary(ctx, p); err != nil {
		return b, err
	}
	today := hall.DateOf(c.Now())
	if b.Visits, err = st.VisitFigures(ctx, p); err != nil {
		return b, err
	}
	if b.Petitions, err = st.PetitionFigures(ctx, p, today); err != nil {
		return b, err
	}
	printed, err := st.PrintCounts(ctx, p.From, p.To)
	if err != nil {
		return b, err
	}
	b.Prints = hall.PrintFigures{Guides: printed[hall.PrintGuide], Cards: printed[hall.PrintCard], Leaflets: printed[hall.PrintLeaflet]}
	if b.Prints.Talks, b.Prints.Attendance, err = st.PolicyTalks(ctx, p); err != nil {
		return b, err
	}
	b.IssuedOn = today
	b.Compose()
	return b, nil
}
