package hall

import (
	"regexp"
	"strconv"
	"time"
)

// ReceptionSettings is the leaders' reception day (领导干部信访接待日): the weekday (1 Monday …
// 5 Friday), the place and the hours, printed on the roster notice. Local practice, so a setting.
type ReceptionSettings struct {
	Weekday int    `json:"weekday"`
	Place   string `json:"place"`
	Hours   string `json:"hours"`
}

// DefaultReceptionSettings is a Wednesday morning in the hall's petition reception room.
func DefaultReceptionSettings() ReceptionSettings {
	return ReceptionSettings{Weekday: 3, Place: "便民服务大厅信访接待室", Hours: "9:00–12:00"}
}

var weekdayNames = []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// WeekdayLabel names a weekday (0 Sunday … 6 Saturday) in Chinese, e.g. 星期三.
func WeekdayLabel(d time.Weekday) string {
	if d < 0 || int(d) >= len(weekdayNames) {
		return ""
	}
	return weekdayNames[d]
}

// Clean validates the settings.
func (s ReceptionSettings) Clean() (ReceptionSettings, error) {
	var err error
	if s.Weekday < 1 || s.Weekday > 5 {
		return s, Invalid("weekday", "接待日应为星期一至星期五中的一天")
	}
	if s.Place, err = CleanText("place", "接待地点", s.Place, MaxRosterPlace, true); err != nil {
		return s, err
	}
	if s.Hours, err = CleanText("hours", "接待时间", s.Hours, MaxRosterHours, true); err != nil {
		return s, err
	}
	return s, nil
}

// Roster changes recorded on an entry.
const (
	RosterSwapped  = "调换"
	RosterReplaced = "替换"
)

// RosterEntry is one reception day of the roster. A planned day that is a holiday moves to the
// next working day of the same week (Moved) or, when there is none, is kept as Cancelled with no
// leader so that the notice says so.
type RosterEntry struct {
	ID             int64  `json:"id"`
	Date           Date   `json:"date" ts_type:"string"`        // the reception day
	PlannedDate    Date   `json:"plannedDate" ts_type:"string"` // the regular weekday it stands for
	Weekday        string `json:"weekday"`                      // 星期三 …, of Date
	Quarter        string `json:"quarter"`                      // 2026Q4, of PlannedDate
	LeaderID       int64  `json:"leaderId"`
	LeaderName     string `json:"leaderName"`
	LeaderPosition string `json:"leaderPosition"`
	Moved          bool   `json:"moved"`
	Cancelled      bool   `json:"cancelled"`
	Verified       bool   `json:"verified"` // false when the calendar has no data for the year
	Changed        string `json:"changed"`  // 调换 or 替换 after generation
	Note           string `json:"note"`
}

// Quarter is one quarter of a year (1–4).
type Quarter struct {
	Year int
	Q    int
}

var quarterRe = regexp.MustCompile(`^(\d{4})\s*[Qq-]\s*([1-4])$`)

// ParseQuarter reads "2026Q4" (or "2026-4").
func ParseQuarter(s string) (Quarter, error) {
	m := quarterRe.FindStringSubmatch(s)
	if m == nil {
		return Quarter{}, Invalid("quarter", "请选择季度（如 2026Q4）")
	}
	y, _ := strconv.Atoi(m[1])
	q, _ := strconv.Atoi(m[2])
	if y < 2000 || y > 2100 {
		return Quarter{}, Invalid("quarter", "季度的年份不正确")
	}
	return Quarter{Year: y, Q: q}, nil
}

// QuarterOf is the quarter a date falls in.
func QuarterOf(t time.Time) Quarter { return Quarter{Year: t.Year(), Q: (int(t.Month())-1)/3 + 1} }

// String writes the quarter as 2026Q4.
func (q Quarter) String() string { return strconv.Itoa(q.Year) + "Q" + strconv.Itoa(q.Q) }

var quarterNames = []string{"", "第一季度", "第二季度", "第三季度", "第四季度"}

// Label writes the quarter in Chinese: 2026年第四季度.
func (q Quarter) Label() string { return strconv.Itoa(q.Year) + "年" + quarterNames[q.Q] }

// First is the quarter's first day (midnight UTC).
func (q Quarter) First() time.Time {
	return time.Date(q.Year, time.Month(3*q.Q-2), 1, 0, 0, 0, 0, time.UTC)
}

// Last is the quarter's last day (midnight UTC).
func (q Quarter) Last() time.Time { return q.First().AddDate(0, 3, -1) }

// PlanRoster lays out a quarter's reception days: every date of the quarter that falls on the
// reception weekday (1 Monday … 5 Friday) is a planned day. A planned day that is a working day
// is kept. One that is not (a statutory holiday) moves to the first working day after it in the
// same Monday-to-Sunday week — a 调休 Saturday counts, being a working day — and is cancelled
// when the rest of the week has none. The leaders take the days that are held in turn, starting
// with leaders[start % len]; cancelled days get none. A pure function: the calendar and the
// leaders are given.
func PlanRoster(cal Workdays, q Quarter, weekday int, leaders []Cadre, start int) ([]RosterEntry, error) {
	if weekday < 1 || weekday > 5 {
		return nil, Invalid("weekday", "接待日应为星期一至星期五中的一天")
	}
	if len(leaders) == 0 {
		return nil, Conflict("干部名册中没有在岗的领导干部，请先在干部名册中登记（类型：领导干部）")
	}
	if start < 0 {
		start = 0
	}
	out := []RosterEntry{}
	next := start % len(leaders)
	first, last := q.First(), q.Last()
	d := first
	for d.Weekday() != time.Weekday(weekday) {
		d = d.AddDate(0, 0, 1)
	}
	for ; !d.After(last); d = d.AddDate(0, 0, 7) {
		e := RosterEntry{PlannedDate: DateOf(d), Quarter: q.String(), Verified: true}
		day, ok := receptionDay(cal, d, weekday, &e.Verified)
		if !ok {
			e.Date, e.Cancelled = e.PlannedDate, true
			e.Weekday = WeekdayLabel(d.Weekday())
			e.Note = "节假日，本周不安排接待"
			out = append(out, e)
			continue
		}
		e.Date, e.Moved, e.Weekday = DateOf(day), !day.Equal(d), WeekdayLabel(day.Weekday())
		if e.Moved {
			e.Note = "原" + WeekdayLabel(d.Weekday()) + "（" + e.PlannedDate.String() + "）为节假日，顺延"
		}
		l := leaders[next]
		next = (next + 1) % len(leaders)
		e.LeaderID, e.LeaderName, e.LeaderPosition = l.ID, l.Name, l.Position
		out = append(out, e)
	}
	return out, nil
}

// receptionDay is the day a planned reception day d is held: d when it is a working day, else the
// first working day after it up to Sunday of the same week; ok is false when there is none.
func receptionDay(cal Workdays, d time.Time, weekday int, verified *bool) (time.Time, bool) {
	for i := 0; i <= 7-weekday; i++ {
		day := d.AddDate(0, 0, i)
		work, v := cal.IsWorkday(day)
		*verified = *verified && v
		if work {
			return day, true
		}
	}
	return time.Time{}, false
}
