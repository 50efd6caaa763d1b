package hall

import (
	"strings"
	"time"
)

// BannerHall is one hall in the banner's registry (旗县汇总): its name and township, where its
// replica lives (shown without secrets) and how fresh the banner's read-only copy of it is.
type BannerHall struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Township string `json:"township"`
	// Kind and Where describe the replica's target: its kind and, without secrets, its place.
	Kind  string `json:"kind"`
	Where string `json:"where"`
	// RefreshedAt is when the banner last restored its copy (RFC 3339, "" never), ReplicatedAt
	// when the newest state in that copy was written at the hall.
	RefreshedAt  string `json:"refreshedAt"`
	ReplicatedAt string `json:"replicatedAt"`
	// LagSeconds is how old the copy's newest state is now; Stale is set past BannerStaleAfter.
	LagSeconds int64  `json:"lagSeconds"`
	Stale      bool   `json:"stale"`
	Error      string `json:"error"` // the last refresh's failure, in Chinese; "" when it worked
}

// BannerStaleAfter is how old a hall's newest replicated state may be before the banner flags it.
const BannerStaleAfter = 24 * time.Hour

// Mark fills the lag and the stale flag as of now.
func (h *BannerHall) Mark(now time.Time) {
	h.LagSeconds, h.Stale = 0, true
	at, err := time.Parse(time.RFC3339, h.ReplicatedAt)
	if err != nil {
		return
	}
	lag := max(0, now.Sub(at))
	h.LagSeconds, h.Stale = int64(lag/time.Second), lag > BannerStaleAfter
}

// BannerHallInput is the administrator's form for one hall; Target is the replica's target
// as JSON (secrets left as the mask keep the saved ones).
type BannerHallInput struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Township string `json:"township"`
}

// Clean checks the hall's name and township.
func (in BannerHallInput) Clean() (BannerHallInput, error) {
	var err error
	if in.Name, err = CleanText("name", "服务大厅名称", in.Name, MaxHallName, true); err != nil {
		return in, err
	}
	if in.Township, err = CleanText("township", "苏木乡镇", in.Township, MaxTownship, true); err != nil {
		return in, err
	}
	in.Name, in.Township = strings.TrimSpace(in.Name), strings.TrimSpace(in.Township)
	return in, nil
}

// Audit actions of the banner console.
const (
	ActRemove  = "移除" // a hall taken off the banner's registry
	ActRefresh = "刷新" // a hall's read-only copy restored afresh from its replica
	ActView    = "查看" // a hall's list opened at the banner (masked)
)

// MaskName keeps a name's first character and stars the rest (张** ): the banner's lists show
// whose case it is without naming the citizen to the county.
func MaskName(name string) string {
	r := []rune(strings.TrimSpace(name))
	if len(r) == 0 {
		return ""
	}
	return string(r[0]) + strings.Repeat("*", max(1, len(r)-1))
}

// BannerFigures are one township's (or the banner's) figures in the banner's monthly briefing:
// the month's case, visit and petition figures and, as of the day of issue, the deadlines.
type BannerFigures struct {
	Cases            CaseSummary
	Visits           VisitFigures
	Petitions        PetitionFigures
	Overdue          int // running cases past their deadline
	DueSoon          int
	RemedyOpen       int // bad ratings not remedied
	PetitionsOverdue int
	Duties           int // visit duties, and those kept on time
	DutiesOnTime     int
}

// Add counts f into t.
func (t *BannerFigures) Add(f BannerFigures) {
	c := &t.Cases
	c.Sorted += f.Cases.Sorted
	c.OnSpot += f.Cases.OnSpot
	c.Proxy += f.Cases.Proxy
	c.Joint += f.Cases.Joint
	c.Declined += f.Cases.Declined
	c.InProgress += f.Cases.InProgress
	c.Rated += f.Cases.Rated
	c.Good += f.Cases.Good
	c.Bad += f.Cases.Bad
	c.Satisfaction = Ratio(c.Good, c.Rated)
	t.Visits.Visits += f.Visits.Visits
	t.Visits.Households += f.Visits.Households
	t.Petitions.Received += f.Petitions.Received
	t.Petitions.Settled += f.Petitions.Settled
	t.Overdue += f.Overdue
	t.DueSoon += f.DueSoon
	t.RemedyOpen += f.RemedyOpen
	t.PetitionsOverdue += f.PetitionsOverdue
	t.Duties += f.Duties
	t.DutiesOnTime += f.DutiesOnTime
}

// BannerTownship is one hall's part of the banner's briefing: its figures and the notable
// cases the hall picked for its own briefing of the month. Missing is set for a hall whose
// copy has not arrived.
type BannerTownship struct {
	Township string
	HallName string
	Figures  BannerFigures
	Notables []NotableCase
	Missing  bool
}

// ComposeBanner writes the banner's briefing into b (whose month, settings, issue and date are
// set): the headline, the banner's totals, then one section per township with its figures and
// notable cases, in the briefing's words.
func (b *Briefing) ComposeBanner(banner string, towns []BannerTownship) {
	var total BannerFigures
	arrived := 0
	for _, t := range towns {
		if !t.Missing {
			total.Add(t.Figures)
			arrived++
		}
	}
	b.Cases, b.Visits, b.Petitions = total.Cases, total.Visits, total.Petitions
	b.Headline = strings.TrimSpace(banner) + b.MonthLabel + "各苏木乡镇便民服务工作情况"
	b.Sections = []BriefingSection{{Title: "一、全旗（县）汇总",
		Paragraphs: []string{"本月全旗（县）" + itoa(arrived) + "个苏木乡镇便民服务大厅" + figuresProse(total)}}}
	b.Sections = append(b.Sections, BriefingSection{Title: "二、各苏木乡镇情况"})
	for i, t := range towns {
		title := "（" + cnOrdinal(i+1) + "）" + t.Township + "（" + t.HallName + "）"
		if t.Missing {
			b.Sections = append(b.Sections, BriefingSection{Title: title, Sub: true, Paragraphs: []string{"本月数据尚未汇总到旗县。"}})
			continue
		}
		paras := []string{"本月" + figuresProse(t.Figures)}
		for _, n := range t.Notables {
			paras = append(paras, "典型事例："+n.ItemName+"（"+n.Number+"）。"+n.Private(n.Text))
		}
		b.Sections = append(b.Sections, BriefingSection{Title: title, Sub: true, Paragraphs: paras})
	}
}

// figuresProse writes a township's (or the banner's) figures as the briefing's sentences.
func figuresProse(f BannerFigures) string {
	c, n := f.Cases, itoa
	s := "共梳理群众办事事项" + n(c.Sorted) + "件，其中现场解决" + n(c.OnSpot) + "件，代办解决" + n(c.Proxy) +
		"件，联动解决" + n(c.Joint) + "件，正在落实" + n(c.InProgress) + "件"
	if c.Rated > 0 {
		s += "；群众评价" + n(c.Rated) + "件，满意率" + ratePercent(c.Satisfaction)
	}
	s += "。入户走访" + n(f.Visits.Visits) + "户次，登记信访事项" + n(f.Petitions.Received) + "件。截至发稿，在办事项逾期" +
		n(f.Overdue) + "件、临期" + n(f.DueSoon) + "件，差评未整改" + n(f.RemedyOpen) + "件，超期信访事项" + n(f.PetitionsOverdue) + "件"
	if f.Duties > 0 {
		s += "，包联走访按期率" + ratePercent(Ratio(f.DutiesOnTime, f.Duties))
	}
	return s + "。"
}

// BannerBriefingSettings are the banner's briefing's name, office and distribution lines: issued
// by the banner's office, reported to the banner's party committee and government, sent to the
// townships.
func BannerBriefingSettings(hs HallSettings) BriefingSettings {
	banner := strings.TrimSpace(hs.Banner)
	return BriefingSettings{Title: "工作简报", Office: strings.TrimSpace(hs.HallName),
		Report: banner + "党委、政府，" + banner + "政务服务局",
		Send:   "各苏木乡镇党委、政府，各苏木乡镇便民服务大厅"}
}
