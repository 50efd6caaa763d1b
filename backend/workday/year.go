package workday

import (
	"fmt"
	"time"
)

// dateLayout is the only date format a Year accepts: "YYYY-MM-DD".
const dateLayout = "2006-01-02"

// The range of years an administrator may enter.
const (
	minYear = 2000
	maxYear = 2100
)

// Year is one year of the State Council's holiday notice: the statutory holidays that fall on
// weekdays (days off) and the weekend days that are working days (调休上班). Dates are "YYYY-MM-DD".
// Weekends not listed are days off and weekdays not listed are working days, so holidays that fall
// on a weekend need not be entered.
type Year struct {
	Year            int      `json:"year"`
	Holidays        []string `json:"holidays"`
	WorkingWeekends []string `json:"workingWeekends"`
	Note            string   `json:"note"`
}

// Validate checks that every date is a valid date of y.Year, that holidays fall on Monday to
// Friday and working weekends on Saturday or Sunday, and that no date is listed twice. The message
// of the returned error is in Chinese and names the offending date.
func (y Year) Validate() error {
	_, err := y.days()
	return err
}

// days validates y and returns its dates parsed, keyed by date, true for a working weekend.
func (y Year) days() (map[time.Time]bool, error) {
	if y.Year < minYear || y.Year > maxYear {
		return nil, fmt.Errorf("年份 %d 不正确，应在 %d 至 %d 之间", y.Year, minYear, maxYear)
	}
	if len(y.Holidays) == 0 {
		return nil, fmt.Errorf("%d 年没有填写节假日，请按国务院办公厅的放假通知填写", y.Year)
	}
	days := make(map[time.Time]bool, len(y.Holidays)+len(y.WorkingWeekends))
	for _, s := range y.Holidays {
		d, err := y.parse(s, "节假日")
		if err != nil {
			return nil, err
		}
		if _, dup := days[d]; dup {
			return nil, fmt.Errorf("节假日 %s 重复填写", s)
		}
		if isWeekend(d) {
			return nil, fmt.Errorf("节假日 %s 是%s，只需填写落在周一至周五的节假日（周末本来就休息）",
				s, weekdayName(d.Weekday()))
		}
		days[d] = false
	}
	for _, s := range y.WorkingWeekends {
		d, err := y.parse(s, "调休上班日")
		if err != nil {
			return nil, err
		}
		if working, dup := days[d]; dup {
			if working {
				return nil, fmt.Errorf("调休上班日 %s 重复填写", s)
			}
			return nil, fmt.Errorf("%s 同时填在节假日和调休上班日中，请删去一处", s)
		}
		if !isWeekend(d) {
			return nil, fmt.Errorf("调休上班日 %s 是%s，只需填写落在周六、周日的上班日",
				s, weekdayName(d.Weekday()))
		}
		days[d] = true
	}
	return days, nil
}

// parse reads s as a date of y.Year; what names the list for the error message.
func (y Year) parse(s, what string) (time.Time, error) {
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s“%s”不是有效日期，应写成 YYYY-MM-DD，例如 %d-10-01", what, s, y.Year)
	}
	if d.Year() != y.Year {
		return time.Time{}, fmt.Errorf("%s %s 不属于 %d 年", what, s, y.Year)
	}
	return d, nil
}

// isWeekend reports whether d is a Saturday or a Sunday.
func isWeekend(d time.Time) bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// weekdayName is the Chinese name of w, as written on a calendar.
func weekdayName(w time.Weekday) string {
	return [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}[w]
}
