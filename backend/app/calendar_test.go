package app_test

import (
	"slices"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/workday"
)

// calendarOf returns the calendar service of a desk's seat.
func calendarOf(e *env, d *desk) *app.CalendarService {
	for _, s := range e.core.Services(d.seat) {
		if cs, ok := s.(*app.CalendarService); ok {
			return cs
		}
	}
	e.t.Fatal("no CalendarService")
	return nil
}

// TestCalendarPredictsMissingYear: in December 2026 the 2027 notice is missing, so the calendar
// offers the statutory holidays predicted for 2027; once the administrator saves the notice the year
// is data and neither missing nor predicted.
func TestCalendarPredictsMissingYear(t *testing.T) {
	e := newEnv(t)
	e.clock.t = time.Date(2026, 12, 6, 1, 0, 0, 0, time.UTC)
	cal := calendarOf(e, e.setup())
	info, err := cal.Years()
	must(t, err)
	if !slices.Equal(info.Missing, []int{2027}) || len(info.Predicted) != 1 || info.Predicted[0].Year != 2027 {
		t.Fatalf("missing %v, predicted %+v; want 2027 predicted", info.Missing, info.Predicted)
	}
	p := info.Predicted[0]
	if !slices.Contains(p.Holidays, "2027-01-01") || !slices.Contains(p.Holidays, "2027-02-05") {
		t.Errorf("predicted 2027 holidays %v lack 元旦 or 除夕", p.Holidays)
	}
	y := p.AsYear()
	y.WorkingWeekends = []string{"2027-02-20"}
	y.Note = "国办发明电〔2026〕7号"
	info, err = cal.SaveYear(y)
	must(t, err)
	if len(info.Missing) != 0 || len(info.Predicted) != 0 {
		t.Errorf("after saving 2027: missing %v, predicted %d", info.Missing, len(info.Predicted))
	}
	i := slices.IndexFunc(info.Years, func(x workday.Year) bool { return x.Year == 2027 })
	if i < 0 || info.Years[i].Note != y.Note {
		t.Errorf("2027 not stored as entered: %+v", info.Years)
	}
}
