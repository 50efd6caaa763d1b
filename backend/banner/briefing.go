package banner

import (
	"context"
	"strconv"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// PrintBriefing prints the banner's monthly briefing (YYYY-MM) in the briefing's shape: the
// banner's totals, one section per township with its figures and the notable cases its hall
// picked, and the 报/发 lines; the print is audited at the banner.
func (s *BannerReportService) PrintBriefing(month string) (app.Document, error) {
	return serve(s.c, s.seat, PermReport, true, func(ctx context.Context, op hall.Operator) (app.Document, error) {
		b, err := s.c.briefing(ctx, month)
		if err != nil {
			return app.Document{}, err
		}
		head, err := s.c.Core.Store.AuditHead(ctx)
		if err != nil {
			return app.Document{}, err
		}
		data, missing, err := pdf.Briefing(pdf.BriefingDoc{Briefing: b, PrintedBy: op.Name, At: s.c.Core.Now(), AuditHead: head})
		if err != nil {
			return app.Document{}, err
		}
		detail := b.MonthLabel + " 第" + strconv.Itoa(b.IssueNo) + "期，" + strconv.Itoa(len(b.Sections)-2) + "个苏木乡镇"
		if err := s.c.Core.Store.Audit(ctx, actor(op), hall.ActPrint, "旗县汇总简报", 0, detail); err != nil {
			return app.Document{}, err
		}
		return s.c.Core.Deliver(ctx, op, "旗县汇总简报-"+b.Month[:4]+"年第"+strconv.Itoa(b.IssueNo)+"期", data, missing)
	})
}

// briefing assembles the banner's briefing of a month from each hall's own briefing and
// dashboard, read on its copy.
func (c *Console) briefing(ctx context.Context, month string) (hall.Briefing, error) {
	p, err := hall.ParseMonth(month)
	if err != nil {
		return hall.Briefing{}, err
	}
	hs, err := c.Core.Store.Settings(ctx)
	if err != nil {
		return hall.Briefing{}, err
	}
	b := hall.Briefing{Month: p.From.Month(), MonthLabel: hall.MonthLabel(p.From.Month()), Period: p, HallName: hs.HallName,
		Settings: hall.BannerBriefingSettings(hs), IssuedOn: hall.DateOf(c.Core.Now())}
	if b.IssueNo, _, _, err = c.Core.Store.BriefingMonth(ctx, b.Month); err != nil {
		return b, err
	}
	halls, err := c.halls(ctx)
	if err != nil {
		return b, err
	}
	towns := make([]hall.BannerTownship, len(halls))
	for i, h := range halls {
		towns[i] = hall.BannerTownship{Township: h.Township, HallName: h.Name, Missing: !c.copies.has(h.ID)}
		if towns[i].Missing {
			continue
		}
		err := c.copies.read(h.ID, func(hc *app.Core) error { return townFigures(ctx, hc, month, &towns[i]) })
		if err != nil {
			return b, err
		}
	}
	b.ComposeBanner(hs.Banner, towns)
	return b, nil
}

// townFigures reads a hall's briefing and dashboard of the month into its township's part.
func townFigures(ctx context.Context, hc *app.Core, month string, t *hall.BannerTownship) error {
	hb, err := hc.HallBriefing(ctx, month)
	if err != nil {
		return err
	}
	d, err := hc.HallDashboard(ctx, hb.Period)
	if err != nil {
		return err
	}
	t.Figures = hall.BannerFigures{Cases: hb.Cases, Visits: hb.Visits, Petitions: hb.Petitions,
		Overdue: d.OverdueAll, DueSoon: d.DueSoonAll, RemedyOpen: d.Remedy.Open, PetitionsOverdue: d.Petitions.Overdue,
		Duties: d.Visits.Duties, DutiesOnTime: d.Visits.OnTime}
	t.Notables = hb.Notables
	return nil
}
