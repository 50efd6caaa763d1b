package app

import (
	"context"
	"encoding/json"
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
}

// calendar returns the current working-day calendar.
func (c *Core) calendar(ctx context.Context) (*workday.Calendar, error) {
	c.cal.mu.Lock()
	defer c.cal.mu.Unlock()
	if c.cal.cal != nil {
		return c.cal.cal, nil
	}
	years, err := c.calendarYears(ctx)
	if err != nil {
		return nil, err
	}
	cal, err := workday.New(years)
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
}

// Years lists the calendar years with data and warns about years without.
func (s *CalendarService) Years() (CalendarInfo, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, _ hall.Operator) (CalendarInfo, error) {
		years, err := s.c.calendarYears(ctx)
		if err != nil {
			return CalendarInfo{}, err
		}
		now := s.c.Now().In(hall.China).Year()
		info := CalendarInfo{Years: years, CurrentYear: now, Missing: []int{}}
		have := map[int]bool{}
		for _, y := range years {
			have[y.Year] = true
		}
		for _, y := range []int{now, now + 1} {
			if !have[y] {
				info.Missing = append(info.Missing, y)
			}
		}
		return info, nil
	})
}

// SaveYear adds or corrects one year's holidays and adjusted working days (administrator).
// Open cases keep their stored deadlines until their next action recomputes them.
func (s *CalendarService) SaveYear(y workday.Year) (CalendarInfo, error) {
	_, err := run(s.c, s.seat, hall.PermManageCalendar, func(ctx context.Context, op hall.Operator) (Empty, error) {
		if err := y.Validate(); err != nil {
			return Empty{}, hall.Invalid("holidays", err.Error())
		}
		h, _ := json.Marshal(y.Holidays)
		w, _ := json.Marshal(y.WorkingWeekends)
		if err := s.c.Store.SaveCalendarYear(ctx, actor(op), sqlite.CalendarYear{Year: y.Year, Holidays: string(h),
			WorkingWeekends: string(w), Note: y.Note}); err != nil {
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
