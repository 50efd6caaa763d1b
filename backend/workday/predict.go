package workday

import (
	"slices"
	"strings"
	"time"

	"github.com/6tail/lunar-go/calendar"
)

// PredictedNote marks a year whose holidays were predicted from the national holiday rules and not
// yet checked against the State Council's notice.
const PredictedNote = "按规则推算，待核对国务院通知"

// StatutoryDay is one day of a statutory holiday (全体公民放假的节日): its date "YYYY-MM-DD" and the
// name of the holiday (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节).
type StatutoryDay struct {
	Date string `json:"date"`
	Name string `json:"name"`
}

// Prediction is one year's statutory holidays as the national holiday rules (全国年节及纪念日放假办法)
// in force that year give them, for a year whose State Council notice is not in the calendar yet.
// It knows neither the weekend days made working days (调休上班) nor the extra days off the notice
// adds around a holiday (补休, bridging days), so a calendar built on it stays unverified.
type Prediction struct {
	Year int `json:"year"`
	// Days lists every statutory day in date order, the ones on a weekend included.
	Days []StatutoryDay `json:"days"`
	// Holidays lists the days of Days that fall on Monday to Friday, as a Year lists them.
	Holidays []string `json:"holidays"`
}

// AsYear turns the prediction into a Year with no working weekends, noted PredictedNote.
func (p Prediction) AsYear() Year {
	return Year{Year: p.Year, Holidays: append([]string{}, p.Holidays...), WorkingWeekends: []string{},
		Note: PredictedNote}
}

// rules is one revision of the national holiday rules: how long the two holidays that changed last
// are, and whether the traditional festivals are holidays.
type rules struct {
	springEve   bool // 春节 starts on New Year's Eve (除夕) rather than on the first day (初一)
	springDays  int  // days of 春节
	labourDays  int  // days of 劳动节, from 1 May
	traditional bool // 清明节, 端午节 and 中秋节 are holidays
}

// rulesFor returns the revision of the rules in force in year y: the 2024 revision from 2025, the
// 2013 revision from 2014, the 2007 revision from 2008, and the 1999 revision before.
func rulesFor(y int) rules {
	switch {
	case y >= 2025:
		return rules{springEve: true, springDays: 4, labourDays: 2, traditional: true} // 除夕至初三；5月1日、2日
	case y >= 2014:
		return rules{springEve: false, springDays: 3, labourDays: 1, traditional: true} // 初一至初三
	case y >= 2008:
		return rules{springEve: true, springDays: 3, labourDays: 1, traditional: true} // 除夕至初二
	default:
		return rules{springEve: false, springDays: 3, labourDays: 3, traditional: false}
	}
}

// Predict returns the statutory holidays of year y under the national holiday rules in force that
// year: 元旦 on 1 January, 春节 from the lunar new year, 清明节 on the day of the solar term, 劳动节
// from 1 May, 端午节 on the fifth day of the fifth lunar month, 中秋节 on the fifteenth of the
// eighth, 国庆节 on 1 to 3 October. ok is false for a year outside the years the calendar accepts.
func Predict(y int) (p Prediction, ok bool) {
	p, _, ok = predict(y)
	return p, ok
}

// predict is Predict that also returns the weekday holidays as times, so that nothing it made
// is parsed back.
func predict(y int) (p Prediction, holidays []time.Time, ok bool) {
	if y < minYear || y > maxYear {
		return Prediction{}, nil, false
	}
	r := rulesFor(y)
	p.Year = y
	days := map[string]time.Time{}
	add := func(name string, first time.Time, n int) {
		for i := range n {
			d := first.AddDate(0, 0, i)
			p.Days = append(p.Days, StatutoryDay{Date: d.Format(dateLayout), Name: name})
			days[d.Format(dateLayout)] = d
		}
	}
	add("元旦", date(y, time.January, 1), 1)
	newYear := lunarDate(y, 1, 1)
	if r.springEve {
		newYear = newYear.AddDate(0, 0, -1)
	}
	add("春节", newYear, r.springDays)
	if r.traditional {
		q := calendar.NewLunarFromYmd(y, 1, 1).GetJieQiTable()["清明"]
		add("清明节", date(q.GetYear(), time.Month(q.GetMonth()), q.GetDay()), 1)
	}
	add("劳动节", date(y, time.May, 1), r.labourDays)
	if r.traditional {
		add("端午节", lunarDate(y, 5, 5), 1)
		add("中秋节", lunarDate(y, 8, 15), 1)
	}
	add("国庆节", date(y, time.October, 1), 3)
	p.Days = mergeDays(p.Days)
	p.Holidays = []string{}
	for _, d := range p.Days {
		if t := days[d.Date]; !isWeekend(t) {
			p.Holidays = append(p.Holidays, d.Date)
			holidays = append(holidays, t)
		}
	}
	return p, holidays, true
}

// predictedDays builds the day marks of year y from Predict, or nil when there is no prediction.
func predictedDays(y int) *yearDays {
	_, holidays, ok := predict(y)
	if !ok {
		return nil
	}
	yd := &yearDays{}
	for _, d := range holidays {
		yd.off[d.YearDay()] = true
	}
	return yd
}

// lunarDate is the Gregorian date of the given day of the given month of lunar year y (the lunar
// year that begins in Gregorian year y).
func lunarDate(y, month, day int) time.Time {
	s := calendar.NewLunarFromYmd(y, month, day).GetSolar()
	return date(s.GetYear(), time.Month(s.GetMonth()), s.GetDay())
}

// date is midnight UTC of the given date, as civil makes dates.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// mergeDays sorts statutory days by date and makes one day of two holidays on the same date (中秋节
// on 1 October), naming both.
func mergeDays(days []StatutoryDay) []StatutoryDay {
	slices.SortStableFunc(days, func(a, b StatutoryDay) int { return strings.Compare(a.Date, b.Date) })
	out := days[:0]
	for _, d := range days {
		if n := len(out); n > 0 && out[n-1].Date == d.Date {
			out[n-1].Name += "、" + d.Name
			continue
		}
		out = append(out, d)
	}
	return out
}
