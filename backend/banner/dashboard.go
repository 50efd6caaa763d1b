package banner

import (
	"context"
	"sync"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// BannerReportService serves the banner's dashboard, the masked lists behind its figures, its
// monthly briefing, its cross-hall lists in Excel and its cross-hall scorecards.
type BannerReportService struct {
	c    *Console
	seat *app.Seat
}

// HallFigures are one hall's briefing figures on the banner's dashboard (or, as Total, the
// banner's), with how fresh its copy is. Missing is set for a hall without a copy yet.
type HallFigures struct {
	HallID       int64  `json:"hallId"`
	Name         string `json:"name"`
	Township     string `json:"township"`
	ReplicatedAt string `json:"replicatedAt"`
	Stale        bool   `json:"stale"`
	Missing      bool   `json:"missing"`
	Error        string `json:"error"`

	Sorted           int     `json:"sorted"`     // cases taken in the period
	Solved           int     `json:"solved"`     // finished with 办成
	InProgress       int     `json:"inProgress"` // of the period's, not finished
	Overdue          int     `json:"overdue"`    // running cases past their deadline today
	DueSoon          int     `json:"dueSoon"`    // running cases due within the due-soon days
	Rated            int     `json:"rated"`
	Good             int     `json:"good"`
	Satisfaction     float64 `json:"satisfaction"` // Good ÷ Rated
	RemedyOpen       int     `json:"remedyOpen"`   // bad ratings of the period's cases not remedied
	PetitionsOverdue int     `json:"petitionsOverdue"`
	Duties           int     `json:"duties"` // visit duties today and those kept on time
	DutiesOnTime     int     `json:"dutiesOnTime"`
	Coverage         float64 `json:"coverage"`
	// Queue: tickets of the period, their average wait and 90th percentile in seconds; HasQueue
	// is set for a hall that runs a queue (the banner's P90Wait is its halls' longest).
	HasQueue bool `json:"hasQueue"`
	Tickets  int  `json:"tickets"`
	AvgWait  int  `json:"avgWait"`
	P90Wait  int  `json:"p90Wait"`
}

// BannerDashboard is the banner's dashboard of a period: every hall side by side and the total.
type BannerDashboard struct {
	Period hall.Period   `json:"period"`
	Halls  []HallFigures `json:"halls"`
	Total  HallFigures   `json:"total"`
}

// Dashboard reads each hall's own dashboard and queue figures on its copy and adds them up.
func (s *BannerReportService) Dashboard(p hall.Period) (BannerDashboard, error) {
	return serve(s.c, s.seat, PermView, true, func(ctx context.Context, _ hall.Operator) (BannerDashboard, error) {
		return s.c.dashboard(ctx, p)
	})
}

// parallel is how many halls are read at once.
const parallel = 4

func (c *Console) dashboard(ctx context.Context, p hall.Period) (BannerDashboard, error) {
	p, err := p.Clean()
	if err != nil {
		return BannerDashboard{}, err
	}
	halls, err := c.halls(ctx)
	if err != nil {
		return BannerDashboard{}, err
	}
	out := BannerDashboard{Period: p, Halls: make([]HallFigures, len(halls)), Total: HallFigures{Name: "合计"}}
	errs := make([]error, len(halls))
	var wg sync.WaitGroup
	turns := make(chan struct{}, parallel)
	for i, h := range halls {
		out.Halls[i] = HallFigures{HallID: h.ID, Name: h.Name, Township: h.Township, ReplicatedAt: h.ReplicatedAt, Stale: h.Stale, Error: h.Error}
		if !c.copies.has(h.ID) {
			out.Halls[i].Missing = true
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			turns <- struct{}{}
			defer func() { <-turns }()
			errs[i] = c.copies.read(h.ID, func(hc *app.Core) error { return hallFigures(ctx, hc, p, &out.Halls[i]) })
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return out, err
		}
		out.Total.add(out.Halls[i])
	}
	out.Total.finish()
	return out, nil
}

// hallFigures fills f from the hall's own dashboard and queue figures.
func hallFigures(ctx context.Context, hc *app.Core, p hall.Period, f *HallFigures) error {
	d, err := hc.HallDashboard(ctx, p)
	if err != nil {
		return err
	}
	q, err := hc.HallQueue(ctx, p)
	if err != nil {
		return err
	}
	s := d.Summary
	f.Sorted, f.Solved, f.InProgress = s.Sorted, s.OnSpot+s.Proxy+s.Joint, s.InProgress
	f.Overdue, f.DueSoon = d.OverdueAll, d.DueSoonAll
	f.Rated, f.Good, f.Satisfaction = s.Rated, s.Good, s.Satisfaction
	f.RemedyOpen, f.PetitionsOverdue = d.Remedy.Open, d.Petitions.Overdue
	f.Duties, f.DutiesOnTime, f.Coverage = d.Visits.Duties, d.Visits.OnTime, d.Visits.Coverage
	f.Tickets, f.AvgWait, f.P90Wait = q.Total.Tickets, q.Total.AvgWait, q.Total.P90Wait
	f.HasQueue = q.Total.Tickets > 0
	return nil
}

// add counts hall h into the total t; the average wait is weighted by the tickets.
func (t *HallFigures) add(h HallFigures) {
	t.Sorted += h.Sorted
	t.Solved += h.Solved
	t.InProgress += h.InProgress
	t.Overdue += h.Overdue
	t.DueSoon += h.DueSoon
	t.Rated += h.Rated
	t.Good += h.Good
	t.RemedyOpen += h.RemedyOpen
	t.PetitionsOverdue += h.PetitionsOverdue
	t.Duties += h.Duties
	t.DutiesOnTime += h.DutiesOnTime
	t.AvgWait += h.AvgWait * h.Tickets // a sum until finish
	t.Tickets += h.Tickets
	t.P90Wait = max(t.P90Wait, h.P90Wait)
	t.HasQueue = t.HasQueue || h.HasQueue
	t.Stale = t.Stale || h.Stale || h.Missing
}

// finish turns the total's sums into ratios.
func (t *HallFigures) finish() {
	t.Satisfaction = hall.Ratio(t.Good, t.Rated)
	t.Coverage = hall.Ratio(t.DutiesOnTime, t.Duties)
	if t.Tickets > 0 {
		t.AvgWait = (t.AvgWait + t.Tickets/2) / t.Tickets
	}
}

// DrillQuery asks for one hall's cases behind a figure of the banner's dashboard.
type DrillQuery struct {
	HallID int64           `json:"hallId"`
	Query  hall.DrillQuery `json:"query"`
}

// Drill returns one page of a hall's cases behind a figure, masked as the hall's ledgers show
// them; the banner's audit log records who looked at which hall's list.
func (s *BannerReportService) Drill(q DrillQuery) (hall.DrillPage, error) {
	return serve(s.c, s.seat, PermView, false, func(ctx context.Context, op hall.Operator) (hall.DrillPage, error) {
		h, err := s.c.Core.Store.BannerHall(ctx, q.HallID)
		if err != nil {
			return hall.DrillPage{}, err
		}
		var page hall.DrillPage
		err = s.c.copies.read(h.ID, func(hc *app.Core) error {
			page, err = hc.HallDrill(ctx, q.Query)
			return err
		})
		if err != nil {
			return page, err
		}
		for i := range page.Items {
			maskCase(&page.Items[i])
		}
		page.Title = h.Name + " · " + page.Title
		return page, s.c.Core.Store.Audit(ctx, actor(op), hall.ActView, "旗县汇总办件清单", h.ID, page.Title)
	})
}

// PetitionQuery asks for one page of a hall's petitions past their limit.
type PetitionQuery struct {
	HallID   int64 `json:"hallId"`
	Page     int   `json:"page"`
	PageSize int   `json:"pageSize"`
}

// Petitions returns one page of a hall's petitions past their limit, masked; audited.
func (s *BannerReportService) Petitions(q PetitionQuery) (hall.PetitionPage, error) {
	return serve(s.c, s.seat, PermView, false, func(ctx context.Context, op hall.Operator) (hall.PetitionPage, error) {
		h, err := s.c.Core.Store.BannerHall(ctx, q.HallID)
		if err != nil {
			return hall.PetitionPage{}, err
		}
		var page hall.PetitionPage
		err = s.c.copies.read(h.ID, func(hc *app.Core) error {
			page, err = hc.HallPetitions(ctx, hall.PetitionQuery{Overdue: true, Page: q.Page, PageSize: q.PageSize})
			return err
		})
		if err != nil {
			return page, err
		}
		for i := range page.Items {
			maskPetition(&page.Items[i])
		}
		return page, s.c.Core.Store.Audit(ctx, actor(op), hall.ActView, "旗县汇总信访清单", h.ID, h.Name+" · 超期信访事项")
	})
}

// maskCase masks the names a case shows (its ID and phone numbers are masked already).
func maskCase(c *hall.Case) {
	c.ApplicantName = hall.MaskName(c.ApplicantName)
	if c.Agent != nil {
		a := *c.Agent
		a.Name = hall.MaskName(a.Name)
		c.Agent = &a
	}
}

// maskPetition masks the names a petition shows (its numbers are masked already).
func maskPetition(p *hall.Petition) {
	p.PetitionerName = hall.MaskName(p.PetitionerName)
	for i := range p.Representatives {
		p.Representatives[i].Name = hall.MaskName(p.Representatives[i].Name)
	}
}
