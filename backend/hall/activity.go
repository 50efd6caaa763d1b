package hall

import (
	"fmt"
	"sort"
	"time"
)

// Periods of a village activity's cadence.
const (
	PeriodMonth   = "month"
	PeriodQuarter = "quarter"
	PeriodYear    = "year"
)

// ActivityKind is a kind of village activity and how often each village should hold one.
type ActivityKind struct {
	Name   string `json:"name"`
	Period string `json:"period"`
	Label  string `json:"label"` // 每月 / 每季度 / 每年
}

// ActivityKinds are the activities the seed names, with its cadence: disputes screened, policy
// taught and job information shared monthly, practical-skills training quarterly, special
// groups visited yearly. Residents' forums (恳谈会) quarterly and service outreach with the
// departments (送政策送服务) yearly are local practice.
var ActivityKinds = []ActivityKind{
	{"矛盾纠纷排查", PeriodMonth, "每月"},
	{"政策宣讲", PeriodMonth, "每月"},
	{"务工信息", PeriodMonth, "每月"},
	{"实用技术培训", PeriodQuarter, "每季度"},
	{"慰问特殊群体", PeriodYear, "每年"},
	{"恳谈会", PeriodQuarter, "每季度"},
	{"送政策送服务", PeriodYear, "每年"},
}

func activityKind(name string) (ActivityKind, bool) {
	for _, k := range ActivityKinds {
		if k.Name == name {
			return k, true
		}
	}
	return ActivityKind{}, false
}

// ActivityInput records a village activity: when, where, what kind, the cadres who held it,
// who else took part (free text) and how many came, what was done and what follows.
type ActivityInput struct {
	Date         Date    `json:"date" ts_type:"string"`
	VillageID    int64   `json:"villageId"`
	Kind         string  `json:"kind"`
	CadreIDs     []int64 `json:"cadreIds"`
	Participants string  `json:"participants"`
	Attendance   int     `json:"attendance"`
	Content      string  `json:"content"`
	FollowUps    string  `json:"followUps"`
}

// CleanActivity validates an activity as of today.
func CleanActivity(in ActivityInput, today time.Time) (ActivityInput, error) {
	var err error
	if in.Date.IsZero() {
		return in, Invalid("date", "请填写活动日期")
	}
	if in.Date, err = PastDate("date", "活动日期", in.Date, today); err != nil {
		return in, err
	}
	if in.VillageID <= 0 {
		return in, Invalid("villageId", "请选择嘎查村/社区")
	}
	if _, ok := activityKind(in.Kind); !ok {
		return in, Invalid("kind", "请选择活动类型")
	}
	ids := make([]int64, 0, len(in.CadreIDs))
	seen := map[int64]bool{}
	for _, id := range in.CadreIDs {
		if id > 0 && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) > 30 {
		return in, Invalid("cadreIds", "参加干部不能超过30人")
	}
	in.CadreIDs = ids
	if in.Participants, err = CleanText("participants", "参加人员", in.Participants, MaxActivityPeople, false); err != nil {
		return in, err
	}
	if len(ids) == 0 && in.Participants == "" {
		return in, Invalid("cadreIds", "请选择参加的干部或填写参加人员")
	}
	if in.Attendance < 0 || in.Attendance > 100000 {
		return in, Invalid("attendance", "参加人数不正确")
	}
	if in.Content, err = CleanText("content", "活动内容", in.Content, MaxActivityContent, true); err != nil {
		return in, err
	}
	in.FollowUps, err = CleanText("followUps", "后续事项", in.FollowUps, MaxActivityFollowUp, false)
	return in, err
}

// Activity is a village activity as stored.
type Activity struct {
	ID           int64    `json:"id"`
	Date         Date     `json:"date" ts_type:"string"`
	VillageID    int64    `json:"villageId"`
	VillageName  string   `json:"villageName"`
	Kind         string   `json:"kind"`
	CadreIDs     []int64  `json:"cadreIds"`
	CadreNames   []string `json:"cadreNames"`
	Participants string   `json:"participants"`
	Attendance   int      `json:"attendance"`
	Content      string   `json:"content"`
	FollowUps    string   `json:"followUps"`
	RecordedBy   string   `json:"recordedBy"`
}

// ActivityQuery lists activities of a village or kind in a date range, newest first.
type ActivityQuery struct {
	ID        int64  `json:"-"` // one activity, for the service to read back what it stored
	VillageID int64  `json:"villageId"`
	Kind      string `json:"kind"`
	From      Date   `json:"from" ts_type:"string"`
	To        Date   `json:"to" ts_type:"string"`
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
}

// ActivityPage is one page of activities.
type ActivityPage struct {
	Items []Activity `json:"items"`
	Total int        `json:"total"`
	Page  int        `json:"page"`
}

// PeriodOf is the calendar month, quarter or year a date falls in, with its name
// (2026年3月, 2026年第一季度, 2026年).
func PeriodOf(period string, d time.Time) (start, end time.Time, label string) {
	y, m := d.Year(), d.Month()
	switch period {
	case PeriodQuarter:
		q := (int(m) - 1) / 3
		start = time.Date(y, time.Month(q*3+1), 1, 0, 0, 0, 0, d.Location())
		return start, start.AddDate(0, 3, -1), fmt.Sprintf("%d年第%s季度", y, []string{"一", "二", "三", "四"}[q])
	case PeriodYear:
		start = time.Date(y, 1, 1, 0, 0, 0, 0, d.Location())
		return start, start.AddDate(1, 0, -1), fmt.Sprintf("%d年", y)
	default:
		start = time.Date(y, m, 1, 0, 0, 0, 0, d.Location())
		return start, start.AddDate(0, 1, -1), fmt.Sprintf("%d年%d月", y, int(m))
	}
}

// ActivityDue is where one kind of activity stands in one village for the current period.
type ActivityDue struct {
	VillageID   int64  `json:"villageId"`
	VillageName string `json:"villageName"`
	Kind        string `json:"kind"`
	PeriodLabel string `json:"periodLabel"` // 本期: 2026年3月 …
	Cadence     string `json:"cadence"`     // 每月 …
	PeriodEnd   Date   `json:"periodEnd" ts_type:"string"`
	DaysLeft    int    `json:"daysLeft"`
	LastDate    Date   `json:"lastDate" ts_type:"string"`
	Done        bool   `json:"done"`       // held in the current period
	MissedLast  bool   `json:"missedLast"` // not held in the previous period either
}

// ActivityStatus says whether an activity of a kind, last held on last (no date: never), is done
// in the current period or still due by the period's end, and whether the previous period passed
// without one after one had been held before.
func ActivityStatus(kind string, last Date, today time.Time) ActivityDue {
	k, _ := activityKind(kind)
	start, end, label := PeriodOf(k.Period, today)
	prevStart, _, _ := PeriodOf(k.Period, start.AddDate(0, 0, -1))
	a := ActivityDue{Kind: kind, PeriodLabel: label, Cadence: k.Label, PeriodEnd: DateOf(end), LastDate: last}
	a.DaysLeft = DateOf(today).DaysUntil(a.PeriodEnd)
	a.Done = !last.IsZero() && !last.Before(DateOf(start))
	// Never held is shown as due, not as missed: the records may simply start this period.
	a.MissedLast = !a.Done && !last.IsZero() && last.Before(DateOf(prevStart))
	return a
}

// VillageActivityDue lists, for each village and each kind, where it stands; last maps
// village id → kind → the last date held.
func VillageActivityDue(villages []Village, last map[int64]map[string]Date, today time.Time) []ActivityDue {
	out := []ActivityDue{}
	for _, v := range villages {
		for _, k := range ActivityKinds {
			a := ActivityStatus(k.Name, last[v.ID][k.Name], today)
			a.VillageID, a.VillageName = v.ID, v.Name
			out = append(out, a)
		}
	}
	return out
}

// ContactPoint is a leader's contact villages (联系点) with this year's grassroots visits: the
// distinct days the leader visited a household there or took part in an activity there.
type ContactPoint struct {
	CadreID      int64    `json:"cadreId"`
	CadreName    string   `json:"cadreName"`
	Position     string   `json:"position"`
	VillageNames []string `json:"villageNames"`
	Year         int      `json:"year"`
	Target       int      `json:"target"`
	Done         int      `json:"done"`
	Expected     int      `json:"expected"` // what the target asks by today, pro rata
	Behind       bool     `json:"behind"`
	Dates        []Date   `json:"dates" ts_type:"string[]"`
}

// LeaderProgress counts the distinct days of the year among dates and compares them with the
// yearly target, pro rata to today (rounded down, so the year's first visit is not yet late).
func LeaderProgress(dates []Date, year, target int, today time.Time) (done, expected int, days []Date) {
	seen := map[Date]bool{}
	for _, d := range dates {
		if !d.IsZero() && d.Time().Year() == year && !seen[d] {
			seen[d] = true
			days = append(days, d)
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	switch {
	case today.Year() > year:
		expected = target
	case today.Year() == year:
		jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, today.Location())
		total := jan1.AddDate(1, 0, 0).Sub(jan1).Hours() / 24
		expected = int(float64(target) * (today.Sub(jan1).Hours()/24 + 1) / total)
	}
	if days == nil {
		days = []Date{}
	}
	return len(days), expected, days
}
