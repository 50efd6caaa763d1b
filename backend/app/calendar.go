package app

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
	"halldesk/backend/workday"
)

// calendarCache holds the working-day calendar built from the built-in years and the
// administrator's corrections; it is rebuilt after a year is saved.
type calendarCache struct {
	mu  sync.Mutex
	cal *workday.Calendar
	// saving makes calendar corrections one at a time, so that each recomputes the open cases'
	// deadlines on a calendar that holds every correction saved before it.
	saving sync.Mutex
}

// calendar returns the current working-day calendar.
func (c *Core) calendar(ctx context.Context) (*workday.Calendar, error) {
	c.cal.mu.Lock()
	defer c.cal.mu.Unlock()
	if c.cal.cal != nil {
		return c.cal.cal, nil
	}
	cal, err := c.calendarWith(ctx)
	if err != nil {
		return nil, err
	}
	c.cal.cal = cal
	return cal, nil
}

// calendarYears merges the built-in years with the stored ones; a stored year wins.
func (c *Core) calendarYears(ctx context.Context) ([]workday.Year, error) {
	stored, err := c.Store.CalendarYears(ctx)
	if err != nil {
		return nil, err
	}
	byYear := map[int]workday.Year{}
	order := []int{}
	for _, y := range workday.Builtin() {
		byYear[y.Year] = y
		order = append(order, y.Year)
	}
	for _, s := range stored {
		y := workday.Year{Year: s.Year, Note: s.Note}
		if err := json.Unmarshal([]byte(s.Holidays), &y.Holidays); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(s.WorkingWeekends), &y.WorkingWeekends); err != nil {
			return nil, err
		}
		if _, ok := byYear[y.Year]; !ok {
			order = append(order, y.Year)
		}
		byYear[y.Year] = y
	}
	out := make([]workday.Year, 0, len(order))
	for _, y := range order {
		out = append(out, byYear[y])
	}
	return out, nil
}

// calendarWith builds the working-day calendar from the current years with the given years
// saved over them (none: the calendar in force). The calendar in force and the one a correction
// recomputes the open cases' deadlines on are built here alike.
func (c *Core) calendarWith(ctx context.Context, saved ...workday.Year) (*workday.Calendar, error) {
	years, err := c.calendarYears(ctx)
	if err != nil {
		return nil, err
	}
	for _, y := range saved {
		i := slices.IndexFunc(years, func(x workday.Year) bool { return x.Year == y.Year })
		if i < 0 {
			years = append(years, y)
		} else {
			years[i] = y
		}
	}
	return workday.New(years)
}

// CalendarService shows and edits the working-day calendar (statutory holidays and 调休).
type CalendarService struct {
	c    *Core
	seat *Seat
}

// CalendarInfo is the calendar as the administrator sees it.
type CalendarInfo struct {
	Years       []workday.Year `json:"years"`
	CurrentYear int            `json:"currentYear"`
	// Missing names the years a deadline may fall in that have no data yet (this year and next).
	Missing []int `json:"missing"`
	// Predicted holds, for each missing year, the statutory holidays the national holiday rules give
	// it: what deadlines in that year are counted on until the administrator enters the notice.
	Predicted []workday.Prediction `json:"predicted"`
}

// Years lists the calendar years with data and warns about years without.
func (s *CalendarService) Years() (CalendarInfo, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, _ hall.Operator) (CalendarInfo, error) {
		years, err := s.c.calendarYears(ctx)
		if err != nil {
			return CalendarInfo{}, err
		}
		now := s.c.Now().In(hall.China).Year()
		info := CalendarInfo{Years: years, CurrentYear: now, Missing: []int{}, Predicted: []workday.Prediction{}}
		have := map[int]bool{}
		for _, y := range years {
			have[y.Year] = true
		}
		for _, y := range []int{now, now + 1} {
			if !have[y] {
				info.Missing = append(info.Missing, y)
				if p, ok := workday.Predict(y); ok {
					info.Predicted = append(info.Predicted, p)
				}
			}
		}
		return info, nil
	})
}

// SaveYear adds or corrects one year's holidays and adjusted working days (administrator). In
// the same transaction every open case's deadline and every open remedy's deadline are
// recomputed by the deadline policies (hall.CaseDue, hall.RemedyDue) on the corrected calendar,
// as though it had been in force all along, and so is the deadline to point elsewhere of every
// petition not yet decided (hall.ForwardDue); what is finished keeps the deadline it ran against.
func (s *CalendarService) SaveYear(y workday.Year) (CalendarInfo, error) {
	_, err := run(s.c, s.seat, hall.PermManageCalendar, func(ctx context.Context, op hall.Operator) (Empty, error) {
		note, err := hall.CleanText("note", "依据", y.Note, hall.MaxCalendarNote, false)
		if err != nil {
			return Empty{}, err
		}
		y.Note = note
		if err := y.Validate(); err != nil {
			return Empty{}, hall.Invalid("holidays", err.Error())
		}
		s.c.cal.saving.Lock()
		defer s.c.cal.saving.Unlock()
		cal, err := s.c.calendarWith(ctx, y)
		if err != nil {
			return Empty{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Empty{}, err
		}
		rules := sqlite.DeadlineRules{
			Due: func(cs hall.CaseRecord, pauses []hall.Pause) (hall.Date, bool, error) {
				return hall.CaseDue(cal, cs, pauses)
			},
			Remedy: func(ratedOn hall.Date) hall.Date { return hall.RemedyDueIn(cal, ratedOn.Time(), hs.RemedyDays) },
			Forward: func(receivedOn hall.Date) (hall.Date, error) {
				if due, _ := hall.ForwardDue(cal, receivedOn); !due.IsZero() {
					return due, nil
				}
				return hall.Date{}, fmt.Errorf("stored petition has no date of receipt")
			},
		}
		h, _ := json.Marshal(y.Holidays)
		w, _ := json.Marshal(y.WorkingWeekends)
		if _, err := s.c.Store.SaveCalendarYear(ctx, actor(op), sqlite.CalendarYear{Year: y.Year, Holidays: string(h),
			WorkingWeekends: string(w), Note: y.Note}, rules); err != nil {
			return Empty{}, err
		}
		s.c.cal.mu.Lock()
		s.c.cal.cal = nil
		s.c.cal.mu.Unlock()
		return Empty{}, nil
	})
	if err != nil {
		return CalendarInfo{}, err
	}
	return s.Years()
}
