package demo

import (
	"time"

	"halldesk/backend/hall"
)

// addVisits writes the household visits of the ten years, more of them in later years as the
// contact work took hold. Each visit is by the cadre covering the household that day; a
// household whose adults all live elsewhere is reached by phone or WeChat.
func (c *county) addVisits() error {
	g := c.g
	days := c.workdays()
	if n := len(days); n > 1 && days[n-1].Equal(c.today) {
		days = days[:n-1]
	}
	total := scaled(CountyVisits, c.opt.Factor, 20)
	per := spread(days, total, 2.5, func(time.Time) float64 { return 1 })
	var id int64
	for i, d := range days {
		for k := 0; k < per[i]; k++ {
			h := &c.homes[g.r.IntN(len(c.homes))]
			cadre := h.coveredBy(d)
			if cadre == 0 {
				continue
			}
			id++
			v := hall.Visit{ID: id, Date: hall.DateOf(d), CadreID: cadre, HouseholdID: h.id,
				CreatedAt: c.stamp(d, 16*60+g.r.IntN(150))}
			switch {
			case h.away:
				v.Way, v.Diary = pickWeighted(g.r, []string{"电话", "微信"}, []int{70, 30}), g.pick(outDiaries)
			case h.needy:
				v.Way, v.Purpose, v.Diary = "入户", "困难所在", g.pick(needyDiaries)
			default:
				v.Way, v.Diary = pickWeighted(g.r, hall.VisitWays, []int{85, 10, 4, 1}), g.pick(homeDiaries)
				if g.chance(0.6) {
					v.Purpose = g.pick(hall.VisitPurposes[:2])
				}
			}
			switch x := g.r.Float64(); {
			case x < 0.06:
				v.Issues = []hall.VisitIssue{{Kind: "suggestion", Text: g.pick(suggestions)}}
			case x < 0.08:
				v.Issues = []hall.VisitIssue{{Kind: "dispute", Text: g.pick(disputes)}}
			}
			if err := c.b.Visit(v, c.clerks[g.r.IntN(len(c.clerks))].OperatorID); err != nil {
				return err
			}
		}
	}
	c.sum.Visits = int(id)
	return nil
}

// coveredBy is the cadre covering the household on day d, or 0 if none did.
func (h *countyHome) coveredBy(d time.Time) int64 {
	for _, s := range h.cadres {
		if !d.Before(s.from) && (s.to.IsZero() || d.Before(s.to)) {
			return s.cadre
		}
	}
	return 0
}
