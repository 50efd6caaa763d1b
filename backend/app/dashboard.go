package app

import (
	"context"
	"math"
	"strconv"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
	"halldesk/backend/sqlite"
	"halldesk/backend/xlsx"
)

// DashboardService serves the supervision dashboard (督导), its drill-down lists and the scorecards (考评).
type DashboardService struct {
	c    *Core
	seat *Seat
}

// dashboardDates are the period (cleaned) and the deadline dates the dashboard counts against.
func (c *Core) dashboardDates(ctx context.Context, p hall.Period) (sqlite.DashboardDates, error) {
	p, err := p.Clean()
	if err != nil {
		return sqlite.DashboardDates{}, err
	}
	today, dueBy, err := c.dueSoonDates(ctx)
	return sqlite.DashboardDates{Period: p, Today: today, DueBy: dueBy}, err
}

// dueSoonDates are today and the last day a running case counts as due soon, as the ledgers
// count them.
func (c *Core) dueSoonDates(ctx context.Context) (today, dueBy hall.Date, err error) {
	cal, err := c.calendar(ctx)
	if err != nil {
		return hall.Date{}, hall.Date{}, err
	}
	t := c.today()
	due, _ := cal.AddWorkdays(t, hall.DueSoonDays)
	return hall.DateOf(t), hall.DateOf(due), nil
}

// Get returns the dashboard of a period: the briefing's case figures, the breakdowns by ledger,
// item, village and handler, deadlines, ratings and their remedies, petitions, visit coverage and
// the guides and cards handed out.
func (s *DashboardService) Get(p hall.Period) (hall.Dashboard, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, _ hall.Operator) (hall.Dashboard, error) {
		return s.c.dashboard(ctx, p)
	})
}

// dashboard is the dashboard of a period, for Get and for the banner on a hall's copy.
func (c *Core) dashboard(ctx context.Context, p hall.Period) (hall.Dashboard, error) {
	d, err := c.dashboardDates(ctx, p)
	if err != nil {
		return hall.Dashboard{}, err
	}
	out, err := c.Store.Dashboard(ctx, d)
	if err != nil {
		return out, err
	}
	vs, err := c.Store.VisitSettings(ctx)
	if err != nil {
		return out, err
	}
	if out.Visits.Duties, out.Visits.OnTime, err = c.dutyCoverage(ctx, vs); err != nil {
		return out, err
	}
	out.Visits.Coverage = hall.Ratio(out.Visits.OnTime, out.Visits.Duties)
	return out, nil
}

// Drill returns one page of the cases behind a dashboard figure, masked as the ledgers show them,
// with the figure's name.
func (s *DashboardService) Drill(q hall.DrillQuery) (hall.DrillPage, error) {
	return run(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, op hall.Operator) (hall.DrillPage, error) {
		return s.c.drill(ctx, q, op.Role)
	})
}

// drill is one page of a drill-down presented to role, for Drill and for the banner on a hall's copy.
func (c *Core) drill(ctx context.Context, q hall.DrillQuery, role hall.Role) (hall.DrillPage, error) {
	q, err := hall.CleanDrill(q)
	if err != nil {
		return hall.DrillPage{}, err
	}
	item, village, handler, err := c.Store.DrillNames(ctx, q.ItemID, q.VillageID, q.HandlerID)
	if err != nil {
		return hall.DrillPage{}, err
	}
	if q.Today, q.DueBy, err = c.dueSoonDates(ctx); err != nil {
		return hall.DrillPage{}, err
	}
	page, err := c.Store.DrillCases(ctx, q)
	if err != nil {
		return hall.DrillPage{}, err
	}
	cal, err := c.calendar(ctx)
	if err != nil {
		return hall.DrillPage{}, err
	}
	items := c.presentAll(cal, page.Items, role)
	return hall.DrillPage{Title: drillTitle(q, item, village, handler), Items: items, Total: page.Total, Page: page.Page,
		First: page.First, Last: page.Last}, nil
}

// drillTitle names a drill-down: the figure, what it is narrowed to and the period.
func drillTitle(q hall.DrillQuery, item, village, handler string) string {
	parts := []string{q.Bucket.Label()}
	for _, p := range []string{q.Ledger, item, village} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if handler != "" {
		parts = append(parts, "经办人"+handler)
	}
	when := "全部在办办件"
	if !q.AllTime {
		when = periodLabel(hall.Period{From: q.From, To: q.To}) + "受理"
	}
	return strings.Join(parts, " · ") + "（" + when + "）"
}

// periodLabel writes a period as the screens and papers do.
func periodLabel(p hall.Period) string {
	if p.From == p.To {
		return p.From.String()
	}
	return p.From.String() + "至" + p.To.String()
}

// Scorecards returns the scorecards (考评) of every cadre and clerk for a period.
func (s *DashboardService) Scorecards(p hall.Period) (hall.Scorecards, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, _ hall.Operator) (hall.Scorecards, error) {
		return s.c.scorecards(ctx, p)
	})
}

func (c *Core) scorecards(ctx context.Context, p hall.Period) (hall.Scorecards, error) {
	d, err := c.dashboardDates(ctx, p)
	if err != nil {
		return hall.Scorecards{}, err
	}
	out, err := c.Store.Scorecards(ctx, d)
	if err != nil {
		return out, err
	}
	vs, err := c.Store.VisitSettings(ctx)
	if err != nil {
		return out, err
	}
	// Visits are asked for only up to today: a month under way is not judged on its days to come.
	asked := d.Period
	if asked.To.After(d.Today) {
		asked.To = d.Today
	}
	tally, err := c.cadreDuties(ctx, vs, asked)
	if err != nil {
		return out, err
	}
	for i := range out.Cadres {
		cs := &out.Cadres[i]
		t := tally[cs.CadreID]
		cs.Duties, cs.DutiesOnTime = t.Duties, t.OnTime
		if !asked.To.Before(asked.From) {
			cs.ExpectedVisits = int(math.Round(t.Expected))
		}
		if cs.ExpectedVisits > 0 {
			cs.VisitRate = min(1, hall.Ratio(cs.Visits, cs.ExpectedVisits))
		}
	}
	return out, nil
}

// PrintScorecards prints the period's scorecards (A4) and audits the print.
func (s *DashboardService) PrintScorecards(p hall.Period) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, op hall.Operator) (Document, error) {
		sc, err := s.c.scorecards(ctx, p)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.Scorecard(pdf.ScorecardDoc{Cards: sc, Hall: hs, PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		label := periodLabel(sc.Period)
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "考评表", 0, label+scoreCounts(sc)); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), "考评表-"+label, data, missing)
	})
}

func scoreCounts(sc hall.Scorecards) string {
	return "，干部" + strconv.Itoa(len(sc.Cadres)) + "人，窗口人员" + strconv.Itoa(len(sc.Clerks)) + "人"
}

// ExportScorecards exports the period's scorecards to Excel (one sheet for cadres, one for clerks)
// and audits the export.
func (s *DashboardService) ExportScorecards(p hall.Period) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewReports, func(ctx context.Context, op hall.Operator) (Document, error) {
		sc, err := s.c.scorecards(ctx, p)
		if err != nil {
			return Document{}, err
		}
		label := periodLabel(sc.Period)
		return s.c.exportSheet(ctx, op, "考评表", label+scoreCounts(sc), "考评表-"+label, scorecardTables(sc)...)
	})
}

// scorecardTables lays the scorecards out as two sheets.
func scorecardTables(sc hall.Scorecards) []xlsx.Table {
	col := func(h string, k xlsx.Kind, w float64) xlsx.Column { return xlsx.Column{Header: h, Kind: k, Width: w} }
	n := func(h string) xlsx.Column { return col(h, xlsx.Integer, 10) }
	pct := func(h string) xlsx.Column { return col(h, xlsx.Percent, 10) }
	cadres := xlsx.Table{Sheet: "驻村干部", Columns: []xlsx.Column{col("姓名", xlsx.Text, 12), col("职务", xlsx.Text, 20), col("类别", xlsx.Text, 12),
		n("包联户数"), n("走访任务"), n("按期户数"), n("应访户次"), n("实访户次"), pct("走访完成率"),
		n("转办件"), n("办成"), n("按期办结"), n("正在落实"), n("入户反馈"), n("已评价"), n("好评"), n("差评"),
		n("包案答复"), n("按期答复"), n("包案逾期")}, Rows: [][]any{}}
	for _, c := range sc.Cadres {
		cadres.Rows = append(cadres.Rows, []any{c.Name, c.Position, c.Type, c.Households, c.Duties, c.DutiesOnTime,
			c.ExpectedVisits, c.Visits, share(c.VisitRate, c.ExpectedVisits), c.Cases, c.Solved, c.OnTime, c.InProgress, c.Feedback,
			c.Rated, c.Good, c.Bad, c.Petitions, c.PetitionsOnTime, c.PetitionsOverdue})
	}
	clerks := xlsx.Table{Sheet: "窗口人员", Columns: []xlsx.Column{col("姓名", xlsx.Text, 12), col("角色", xlsx.Text, 10),
		n("经办办件"), n("已办结"), n("办成"), n("按期办结"), n("正在落实"), n("逾期"), n("反馈群众"),
		n("已评价"), n("好评"), n("差评"), n("差评整改中"), pct("满意率")}, Rows: [][]any{}}
	for _, c := range sc.Clerks {
		clerks.Rows = append(clerks.Rows, []any{c.Name, c.Role, c.Cases, c.Finished, c.Solved, c.OnTime, c.InProgress,
			c.Overdue, c.Feedback, c.Rated, c.Good, c.Bad, c.RemedyOpen, share(c.Satisfaction, c.Rated)})
	}
	return []xlsx.Table{cadres, clerks}
}

// share is a ratio for a spreadsheet cell, or an empty cell when there was nothing to divide by.
func share(r float64, of int) any {
	if of == 0 {
		return nil
	}
	return r
}
