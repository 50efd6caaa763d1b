package banner

import (
	"context"
	"strconv"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/xlsx"
)

// The cross-hall lists the banner exports.
const (
	ListOverdue    = "overdue"    // running cases past their deadline, whenever taken
	ListRemedyOpen = "remedyOpen" // the period's cases rated badly and not remedied
	ListPetitions  = "petitions"  // petitions past their limit
)

var listNames = map[string]string{ListOverdue: "逾期办件", ListRemedyOpen: "差评未整改", ListPetitions: "超期信访事项"}

// ListQuery asks for a cross-hall list (Kind) of a period (used by ListRemedyOpen).
type ListQuery struct {
	Kind   string      `json:"kind"`
	Period hall.Period `json:"period"`
}

// ExportList exports a cross-hall list to Excel, one row per case or petition with its hall,
// names masked as at the banner; audited at the banner.
func (s *BannerReportService) ExportList(q ListQuery) (app.Document, error) {
	return serve(s.c, s.seat, PermReport, true, func(ctx context.Context, op hall.Operator) (app.Document, error) {
		name := listNames[q.Kind]
		if name == "" {
			return app.Document{}, hall.Invalid("kind", "未知的清单")
		}
		halls, err := s.c.halls(ctx)
		if err != nil {
			return app.Document{}, err
		}
		var table xlsx.Table
		if q.Kind == ListPetitions {
			table, err = s.c.petitionTable(ctx, halls)
		} else {
			table, err = s.c.caseTable(ctx, halls, q)
		}
		if err != nil {
			return app.Document{}, err
		}
		table.Sheet = name
		return s.c.Core.ExportSheet(ctx, op, "旗县汇总"+name, strconv.Itoa(len(table.Rows))+"条，"+strconv.Itoa(len(halls))+"个服务大厅",
			"旗县汇总-"+name, table)
	})
}

func col(h string, k xlsx.Kind, w float64) xlsx.Column {
	return xlsx.Column{Header: h, Kind: k, Width: w}
}

// caseTable lists the cases of every hall behind the list's figure.
func (c *Console) caseTable(ctx context.Context, halls []hall.BannerHall, q ListQuery) (xlsx.Table, error) {
	dq := hall.DrillQuery{Bucket: hall.BucketOverdue, AllTime: true, PageSize: 100}
	if q.Kind == ListRemedyOpen {
		dq = hall.DrillQuery{Bucket: hall.BucketRemedyOpen, From: q.Period.From, To: q.Period.To, PageSize: 100}
	}
	t := xlsx.Table{Columns: []xlsx.Column{col("服务大厅", xlsx.Text, 22), col("苏木乡镇", xlsx.Text, 14), col("办件编号", xlsx.Text, 18),
		col("台账", xlsx.Text, 8), col("事项", xlsx.Text, 24), col("申请人", xlsx.Text, 10), col("嘎查村", xlsx.Text, 14),
		col("受理日期", xlsx.Text, 12), col("办结时限", xlsx.Text, 12), col("经办人", xlsx.Text, 10), col("状态", xlsx.Text, 12),
		col("评价", xlsx.Text, 12)}, Rows: [][]any{}}
	err := eachCopy(c, halls, func(h hall.BannerHall, hc *app.Core) error {
		for page := 1; ; page++ {
			dq.Page = page
			p, err := hc.HallDrill(ctx, dq)
			if err != nil {
				return err
			}
			for _, cs := range p.Items {
				t.Rows = append(t.Rows, []any{h.Name, h.Township, cs.Number, cs.Ledger, cs.ItemName, hall.MaskName(cs.ApplicantName),
					cs.VillageName, cs.AcceptedOn.String(), cs.DueDate.String(), cs.HandlerName, cs.StatusLabel, cs.RatingLabel})
			}
			if page*dq.PageSize >= p.Total || len(p.Items) == 0 {
				return nil
			}
		}
	})
	return t, err
}

// petitionTable lists the petitions past their limit of every hall.
func (c *Console) petitionTable(ctx context.Context, halls []hall.BannerHall) (xlsx.Table, error) {
	t := xlsx.Table{Columns: []xlsx.Column{col("服务大厅", xlsx.Text, 22), col("苏木乡镇", xlsx.Text, 14), col("信访编号", xlsx.Text, 18),
		col("信访人", xlsx.Text, 10), col("类别", xlsx.Text, 14), col("嘎查村", xlsx.Text, 14), col("登记日期", xlsx.Text, 12),
		col("状态", xlsx.Text, 12)}, Rows: [][]any{}}
	err := eachCopy(c, halls, func(h hall.BannerHall, hc *app.Core) error {
		for page := 1; ; page++ {
			p, err := hc.HallPetitions(ctx, hall.PetitionQuery{Overdue: true, Page: page, PageSize: 100})
			if err != nil {
				return err
			}
			for _, pt := range p.Items {
				t.Rows = append(t.Rows, []any{h.Name, h.Township, pt.Number, hall.MaskName(pt.PetitionerName), pt.Category,
					pt.VillageName, pt.ReceivedOn.String(), pt.StatusLabel})
			}
			if page*100 >= p.Total || len(p.Items) == 0 {
				return nil
			}
		}
	})
	return t, err
}

// eachCopy runs fn on the copy of every hall that has one, in the registry's order.
func eachCopy(c *Console, halls []hall.BannerHall, fn func(h hall.BannerHall, hc *app.Core) error) error {
	for _, h := range halls {
		if !c.copies.has(h.ID) {
			continue
		}
		if err := c.copies.read(h.ID, func(hc *app.Core) error { return fn(h, hc) }); err != nil {
			return err
		}
	}
	return nil
}

// HallScorecards are one hall's scorecards at the banner.
type HallScorecards struct {
	HallID   int64           `json:"hallId"`
	Name     string          `json:"name"`
	Township string          `json:"township"`
	Cards    hall.Scorecards `json:"cards"`
}

// Scorecards returns every hall's scorecards of a period, side by side.
func (s *BannerReportService) Scorecards(p hall.Period) ([]HallScorecards, error) {
	return serve(s.c, s.seat, PermView, true, func(ctx context.Context, _ hall.Operator) ([]HallScorecards, error) {
		return s.c.scorecards(ctx, p)
	})
}

func (c *Console) scorecards(ctx context.Context, p hall.Period) ([]HallScorecards, error) {
	halls, err := c.halls(ctx)
	if err != nil {
		return nil, err
	}
	out := []HallScorecards{}
	err = eachCopy(c, halls, func(h hall.BannerHall, hc *app.Core) error {
		sc, err := hc.HallScorecards(ctx, p)
		out = append(out, HallScorecards{HallID: h.ID, Name: h.Name, Township: h.Township, Cards: sc})
		return err
	})
	return out, err
}

// ExportScorecards exports every hall's scorecards of a period to Excel (the hall's own two
// sheets, with the hall in the first columns); audited at the banner.
func (s *BannerReportService) ExportScorecards(p hall.Period) (app.Document, error) {
	return serve(s.c, s.seat, PermReport, true, func(ctx context.Context, op hall.Operator) (app.Document, error) {
		p, err := p.Clean()
		if err != nil {
			return app.Document{}, err
		}
		list, err := s.c.scorecards(ctx, p)
		if err != nil {
			return app.Document{}, err
		}
		var merged []xlsx.Table
		for _, h := range list {
			for i, t := range app.ScorecardTables(h.Cards) {
				if len(merged) <= i {
					merged = append(merged, xlsx.Table{Sheet: t.Sheet, Rows: [][]any{},
						Columns: append([]xlsx.Column{col("服务大厅", xlsx.Text, 22), col("苏木乡镇", xlsx.Text, 14)}, t.Columns...)})
				}
				for _, r := range t.Rows {
					merged[i].Rows = append(merged[i].Rows, append([]any{h.Name, h.Township}, r...))
				}
			}
		}
		if len(merged) == 0 {
			return app.Document{}, hall.Conflict("还没有任何服务大厅的数据副本，请先刷新")
		}
		label := p.From.String() + "至" + p.To.String()
		return s.c.Core.ExportSheet(ctx, op, "旗县汇总考评表", label+"，"+strconv.Itoa(len(list))+"个服务大厅", "旗县汇总考评表-"+label, merged...)
	})
}
