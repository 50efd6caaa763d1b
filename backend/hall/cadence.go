package hall

import (
	"sort"
	"time"
)

// Kinds of household for the visit cadence. A household may be several at once; the strictest
// cadence that applies is the one kept.
const (
	KindResident = "常住户"
	KindOut      = "外出户"
	KindNeedy    = "结亲户"
	KindSpecial  = "特殊群体户"
)

// SpecialGroupTags are the resident tags that make a household a special-group household
// (特殊群体), visited at least yearly.
var SpecialGroupTags = []string{"高龄", "残疾人", "特困供养", "空巢老人", "留守儿童", "独居老人"}

// Duties of a visit: the covering cadre's (包联) and the paired cadre's (结亲).
const (
	DutyCover = "包联"
	DutyPair  = "结亲"
)

// DueSoonVisitDays is how far ahead the reminders look: a week, the span of a visit plan.
const DueSoonVisitDays = 7

// MemberFacts is what the cadence needs to know about a household member.
type MemberFacts struct {
	Relation  string   `json:"relation"`
	Residency string   `json:"residency"`
	Tags      []string `json:"tags"`
}

// HouseholdKinds names what a household is: 外出户 when every member has gone out or the head
// has, otherwise 常住户; 特殊群体户 when a member carries a special-group tag; 结亲户 when paired.
func HouseholdKinds(members []MemberFacts, paired bool) []string {
	out, headOut, special := len(members) > 0, false, false
	for _, m := range members {
		if m.Residency != "外出" {
			out = false
		} else if m.Relation == "户主" {
			headOut = true
		}
		for _, t := range m.Tags {
			special = special || oneOf(t, SpecialGroupTags)
		}
	}
	kinds := []string{KindResident}
	if out || headOut {
		kinds[0] = KindOut
	}
	if paired {
		kinds = append(kinds, KindNeedy)
	}
	if special {
		kinds = append(kinds, KindSpecial)
	}
	return kinds
}

// Cadence is the visit interval in days for a household of these kinds and the kind it comes
// from: the shortest that applies (ties go to the kind listed first).
func Cadence(kinds []string, s VisitSettings) (int, string) {
	days, kind := 0, ""
	for _, k := range kinds {
		d := 0
		switch k {
		case KindResident:
			d = s.ResidentDays
		case KindOut:
			d = s.OutDays
		case KindNeedy:
			d = s.NeedyDays
		case KindSpecial:
			d = s.SpecialDays
		}
		if d > 0 && (days == 0 || d < days) {
			days, kind = d, k
		}
	}
	return days, kind
}

// NextVisitDue is the date the next visit is due: `days` calendar days after the last visit,
// or after the duty began (since) when the household has never been visited. The day count
// runs across month ends as calendar days do: 2026-01-31 + 30 days is 2026-03-02.
func NextVisitDue(last, since Date, days int) Date {
	if last.IsZero() {
		return since.AddDays(days)
	}
	return last.AddDays(days)
}

// DutyFacts is what the store knows about a household for the reminders: its members, who
// covers it since when, who is paired with it since when, and its last visits.
type DutyFacts struct {
	HouseholdID   int64         `json:"householdId"`
	HeadName      string        `json:"headName"`
	VillageID     int64         `json:"villageId"`
	VillageName   string        `json:"villageName"`
	GroupName     string        `json:"groupName"`
	Address       string        `json:"address"`
	Members       []MemberFacts `json:"members"`
	CadreID       int64         `json:"cadreId"` // covering cadre, 0 for none
	CadreName     string        `json:"cadreName"`
	Since         Date          `json:"since" ts_type:"string"`
	PairCadreID   int64         `json:"pairCadreId"` // paired cadre, 0 for none
	PairCadreName string        `json:"pairCadreName"`
	PairSince     Date          `json:"pairSince" ts_type:"string"`
	LastVisit     Date          `json:"lastVisit" ts_type:"string"`     // by anyone
	LastPairVisit Date          `json:"lastPairVisit" ts_type:"string"` // by the paired cadre
}

// DueVisit is one visit a cadre owes a household: when it is due and how far off that is.
type DueVisit struct {
	Duty         string   `json:"duty"` // 包联 or 结亲
	CadreID      int64    `json:"cadreId"`
	CadreName    string   `json:"cadreName"`
	HouseholdID  int64    `json:"householdId"`
	HeadName     string   `json:"headName"`
	VillageID    int64    `json:"villageId"`
	VillageName  string   `json:"villageName"`
	GroupName    string   `json:"groupName"`
	Address      string   `json:"address"`
	Kinds        []string `json:"kinds"`
	Kind         string   `json:"kind"` // the kind whose cadence applies
	Days         int      `json:"days"`
	Way          string   `json:"way"` // suggested: 电话 for 外出户, else 入户
	LastVisit    Date     `json:"lastVisit" ts_type:"string"`
	NeverVisited bool     `json:"neverVisited"`
	DueDate      Date     `json:"dueDate" ts_type:"string"`
	DaysLeft     int      `json:"daysLeft"` // negative: days overdue
	Overdue      bool     `json:"overdue"`
	DueSoon      bool     `json:"dueSoon"` // due within the horizon, not yet overdue
}

// Duties lists the visits a household is owed as of today: the covering cadre's at the
// strictest cadence of its kinds, and, when a different cadre is paired with it, that cadre's
// monthly 结亲 visit (which only that cadre's visits satisfy). When the covering cadre is also
// the paired one, the two are one duty. horizon is how many days ahead counts as due soon.
func Duties(f DutyFacts, s VisitSettings, today time.Time, horizon int) []DueVisit {
	paired := f.PairCadreID > 0
	kinds := HouseholdKinds(f.Members, paired)
	day := DateOf(today)
	way := "入户"
	if kinds[0] == KindOut {
		way = "电话"
	}
	mk := func(duty string, cadreID int64, cadreName string, ks []string, last, since Date) DueVisit {
		days, kind := Cadence(ks, s)
		d := DueVisit{Duty: duty, CadreID: cadreID, CadreName: cadreName, HouseholdID: f.HouseholdID, HeadName: f.HeadName,
			VillageID: f.VillageID, VillageName: f.VillageName, GroupName: f.GroupName, Address: f.Address,
			Kinds: kinds, Kind: kind, Days: days, Way: way, LastVisit: last, NeverVisited: last.IsZero()}
		if duty == DutyPair {
			d.Way = "入户"
		}
		d.DueDate = NextVisitDue(last, since, days)
		if !d.DueDate.IsZero() {
			d.DaysLeft = day.DaysUntil(d.DueDate)
		}
		d.Overdue = d.DaysLeft < 0
		d.DueSoon = !d.Overdue && d.DaysLeft <= horizon
		return d
	}
	var out []DueVisit
	if f.CadreID > 0 {
		ks := kinds
		if paired && f.PairCadreID != f.CadreID {
			ks = without(kinds, KindNeedy) // the paired cadre keeps that cadence
		}
		out = append(out, mk(DutyCover, f.CadreID, f.CadreName, ks, f.LastVisit, f.Since))
	}
	if paired && f.PairCadreID != f.CadreID {
		out = append(out, mk(DutyPair, f.PairCadreID, f.PairCadreName, []string{KindNeedy}, f.LastPairVisit, f.PairSince))
	}
	return out
}

func without(list []string, x string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s != x {
			out = append(out, s)
		}
	}
	return out
}

// DueCount adds up a cadre's or a village's visits: households owed a visit, due soon and
// overdue.
type DueCount struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Total   int    `json:"total"`
	DueSoon int    `json:"dueSoon"`
	Overdue int    `json:"overdue"`
}

// DueReport is the reminders page: the visits due within the horizon or overdue, most overdue
// first, with the counts per cadre and per village.
type DueReport struct {
	Today     Date       `json:"today" ts_type:"string"`
	Horizon   int        `json:"horizon"`
	Items     []DueVisit `json:"items"`
	ByCadre   []DueCount `json:"byCadre"`
	ByVillage []DueCount `json:"byVillage"`
}

// BuildDueReport computes every duty of the households (of one cadre when cadreID is not 0) and
// keeps the ones due within horizon days or overdue; the counts cover every duty.
func BuildDueReport(facts []DutyFacts, s VisitSettings, today time.Time, horizon int, cadreID int64) DueReport {
	r := DueReport{Today: DateOf(today), Horizon: horizon, Items: []DueVisit{}, ByCadre: []DueCount{}, ByVillage: []DueCount{}}
	cadres, villages := map[int64]int{}, map[int64]int{}
	count := func(list *[]DueCount, index map[int64]int, id int64, name string, d DueVisit) {
		i, ok := index[id]
		if !ok {
			i = len(*list)
			index[id] = i
			*list = append(*list, DueCount{ID: id, Name: name})
		}
		c := &(*list)[i]
		c.Total++
		if d.Overdue {
			c.Overdue++
		} else if d.DueSoon {
			c.DueSoon++
		}
	}
	for _, f := range facts {
		for _, d := range Duties(f, s, today, horizon) {
			if cadreID > 0 && d.CadreID != cadreID {
				continue
			}
			count(&r.ByCadre, cadres, d.CadreID, d.CadreName, d)
			count(&r.ByVillage, villages, d.VillageID, d.VillageName, d)
			if d.Overdue || d.DueSoon {
				r.Items = append(r.Items, d)
			}
		}
	}
	sort.SliceStable(r.Items, func(i, j int) bool {
		a, b := r.Items[i], r.Items[j]
		if c := a.DueDate.Compare(b.DueDate); c != 0 {
			return c < 0
		}
		return a.HouseholdID < b.HouseholdID
	})
	sort.SliceStable(r.ByCadre, func(i, j int) bool { return r.ByCadre[i].Overdue > r.ByCadre[j].Overdue })
	return r
}

// WeekOf is the Monday and Sunday of the week a date falls in.
func WeekOf(d time.Time) (time.Time, time.Time) {
	y, m, day := d.Date()
	d = time.Date(y, m, day, 0, 0, 0, 0, d.Location())
	back := (int(d.Weekday()) + 6) % 7 // Monday 0 … Sunday 6
	mon := d.AddDate(0, 0, -back)
	return mon, mon.AddDate(0, 0, 6)
}

// MonthOf is the first and last day of the month a date falls in.
func MonthOf(d time.Time) (time.Time, time.Time) {
	first := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, d.Location())
	return first, first.AddDate(0, 1, -1)
}
