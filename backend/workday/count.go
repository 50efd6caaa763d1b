package workday

import "time"

// Pause is a stretch during which a case's deadline does not run, such as waiting for the citizen
// to bring missing materials (补正). From is the day the case was paused and To the day it resumed;
// a zero To means the case is still paused.
type Pause struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// Due is a computed deadline. Verified is false when some day counted lies in a year without
// calendar data. Paused is true when a pause is still open: the deadline is not running and Date is
// computed as though the open pause had not happened.
type Due struct {
	Date     time.Time `json:"date"`
	Verified bool      `json:"verified"`
	Paused   bool      `json:"paused"`
}

// AddWorkdays returns the due date of a limit of n working days for a case accepted on the date of
// accepted: counting starts on the first working day after the acceptance date, so the due date is
// the n-th working day after it. n <= 0 gives the acceptance date itself (same-day 即办). verified is
// false when a day examined lies in a year without data (the acceptance date itself is not examined).
// The result is midnight in accepted's location.
func (c *Calendar) AddWorkdays(accepted time.Time, n int) (due time.Time, verified bool) {
	d := civil(accepted)
	verified = true
	for n > 0 {
		d = nextDay(d)
		work, ok := c.workday(d)
		verified = verified && ok
		if work {
			n--
		}
	}
	return inLocation(d, accepted.Location()), verified
}

// WorkdaysBetween counts the working days d with from < d <= to, comparing calendar dates (each
// time in its own location); it is 0 when to is not after from. The boolean is false when a day
// counted over lies in a year without data.
func (c *Calendar) WorkdaysBetween(from, to time.Time) (int, bool) {
	return c.between(civil(from), civil(to))
}

// between is WorkdaysBetween for dates already reduced by civil. It looks each year up once and
// walks its days with the weekday kept by hand: a ledger page shows the days left of twenty
// cases, some overdue for years, and a lookup per day (a lock for a predicted year) made it
// one of the counters' largest costs under load. TestBetweenMatchesDayByDay holds it to the
// day-by-day count.
func (c *Calendar) between(from, to time.Time) (int, bool) {
	n, verified := 0, true
	for d := nextDay(from); !d.After(to); {
		y := d.Year()
		last := to
		if to.Year() != y {
			last = time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
		}
		yd, ok := c.yearOf(y)
		verified = verified && ok
		w := d.Weekday()
		for day, end := d.YearDay(), last.YearDay(); day <= end; day++ {
			weekday := w != time.Saturday && w != time.Sunday
			if (yd == nil && weekday) || (yd != nil && ((weekday && !yd.off[day]) || yd.on[day])) {
				n++
			}
			w = (w + 1) % 7
		}
		d = nextDay(last)
	}
	return n, verified
}

// Deadline computes the due date of a case accepted on accepted with a limit of limit working days,
// extended by extraDays working days (延期) and moved by the working days spent in each closed pause,
// WorkdaysBetween(p.From, p.To). An open pause (zero To) adds nothing and sets Paused. The date is
// midnight in accepted's location.
func (c *Calendar) Deadline(accepted time.Time, limit int, pauses []Pause, extraDays int) Due {
	n, verified, paused := limit+extraDays, true, false
	for _, p := range pauses {
		if p.To.IsZero() {
			paused = true
			continue
		}
		days, ok := c.WorkdaysBetween(p.From, p.To)
		n += days
		verified = verified && ok
	}
	date, ok := c.AddWorkdays(accepted, n)
	return Due{Date: date, Verified: verified && ok, Paused: paused}
}

// WorkdaysLeft says how far the due date is from today in working days: 0 only when due is today;
// when due is later, the working days d with today < d <= due; when due has passed, minus the working
// days d with due < d <= today. A date that differs from today by days off only counts as one, so the
// sign alone tells whether a case is upcoming (> 0), due today (0) or overdue (< 0).
func (c *Calendar) WorkdaysLeft(today, due time.Time) int {
	t, d := civil(today), civil(due)
	switch {
	case t.Before(d):
		n, _ := c.between(t, d)
		return max(n, 1)
	case d.Before(t):
		n, _ := c.between(d, t)
		return -max(n, 1)
	default:
		return 0
	}
}
