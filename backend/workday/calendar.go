// Package workday is the working-day calendar of the hall: Saturdays and Sundays are days off,
// except the weekend days the State Council's yearly notice makes working days (调休上班), and the
// statutory holidays that fall on weekdays are days off too. The notice for a year comes out late in
// the year before, so the data is kept per year, and every answer says whether it was computed from
// data (verified) or, for a year without data, from the statutory holidays predicted by the national
// holiday rules (Predict), which know no adjusted working weekends (unverified).
//
// Dates are calendar dates: a time.Time is reduced to its date in its own location, and results are
// midnight in that location.
package workday

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

// Calendar answers working-day questions from a fixed set of years. Its data is immutable once
// built and the predictions for years without data are computed once, on first use, under a lock, so
// one Calendar may be shared by goroutines. A nil *Calendar has no data: every year is predicted
// (without a cache) and unverified.
type Calendar struct {
	years map[int]*yearDays

	mu        sync.Mutex
	predicted map[int]*yearDays // years without data, by year; nil when there is no prediction
}

// yearDays marks the exceptions of one year by day of the year (1–366).
type yearDays struct {
	off [367]bool // weekday holidays
	on  [367]bool // weekend working days
}

// New builds a Calendar from the final list of years (the caller merges administrator edits over
// Builtin). Every year must pass Validate and appear once; the error message is in Chinese.
func New(years []Year) (*Calendar, error) {
	c := &Calendar{years: make(map[int]*yearDays, len(years)), predicted: map[int]*yearDays{}}
	for _, y := range years {
		days, err := y.days()
		if err != nil {
			return nil, err
		}
		if _, dup := c.years[y.Year]; dup {
			return nil, fmt.Errorf("%d 年的节假日安排重复出现", y.Year)
		}
		yd := &yearDays{}
		for d, working := range days {
			if working {
				yd.on[d.YearDay()] = true
			} else {
				yd.off[d.YearDay()] = true
			}
		}
		c.years[y.Year] = yd
	}
	return c, nil
}

// Years returns the years the calendar has data for, in ascending order.
func (c *Calendar) Years() []int {
	if c == nil {
		return []int{}
	}
	out := make([]int, 0, len(c.years))
	for y := range c.years {
		out = append(out, y)
	}
	slices.Sort(out)
	return out
}

// HasYear reports whether the calendar has data for year y.
func (c *Calendar) HasYear(y int) bool {
	if c == nil {
		return false
	}
	_, ok := c.years[y]
	return ok
}

// IsWorkday reports whether the date of d is a working day. verified is false when the calendar has
// no data for d's year; workday then follows the weekends and the statutory holidays of Predict.
func (c *Calendar) IsWorkday(d time.Time) (workday bool, verified bool) {
	return c.workday(civil(d))
}

// workday is IsWorkday for a date already reduced by civil.
func (c *Calendar) workday(d time.Time) (bool, bool) {
	weekday := !isWeekend(d)
	yd, verified := c.yearOf(d.Year())
	if yd == nil {
		return weekday, false
	}
	n := d.YearDay()
	return (weekday && !yd.off[n]) || yd.on[n], verified
}

// yearOf returns the day marks of year y and true when the calendar has data for it, else its
// prediction (nil when there is none) and false.
func (c *Calendar) yearOf(y int) (*yearDays, bool) {
	if c == nil {
		return predictedDays(y), false
	}
	if yd, ok := c.years[y]; ok {
		return yd, true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	yd, ok := c.predicted[y]
	if !ok {
		yd = predictedDays(y)
		c.predicted[y] = yd
	}
	return yd, false
}

// civil reduces t to its calendar date in its own location, as midnight UTC (which has no daylight
// saving, so a day is always 24 hours).
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// inLocation turns a date made by civil back into midnight of that date in loc.
func inLocation(d time.Time, loc *time.Location) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, loc)
}

// nextDay is the day after a date made by civil.
func nextDay(d time.Time) time.Time {
	return d.Add(24 * time.Hour)
}
