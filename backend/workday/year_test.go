package workday

import (
	"slices"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	// with returns a valid 2026 year changed by edit.
	with := func(edit func(*Year)) Year {
		y := Year{Year: 2026, Holidays: []string{"2026-10-01", "2026-10-02"}, WorkingWeekends: []string{"2026-10-10"}}
		edit(&y)
		return y
	}
	tests := []struct {
		name string
		year Year
		want string // part of the error message; "" for no error
	}{
		{"valid", with(func(*Year) {}), ""},
		{"weekend listed as holiday", with(func(y *Year) { y.Holidays = append(y.Holidays, "2026-10-03") }), "2026-10-03 是星期六"},
		{"Sunday listed as holiday", with(func(y *Year) { y.Holidays = append(y.Holidays, "2026-02-22") }), "2026-02-22 是星期日"},
		{"weekday listed as working weekend", with(func(y *Year) { y.WorkingWeekends = append(y.WorkingWeekends, "2026-10-09") }), "2026-10-09 是星期五"},
		{"holiday of another year", with(func(y *Year) { y.Holidays = append(y.Holidays, "2025-10-01") }), "2025-10-01 不属于 2026 年"},
		{"working weekend of another year", with(func(y *Year) { y.WorkingWeekends = []string{"2027-01-02"} }), "2027-01-02 不属于 2026 年"},
		{"duplicate holiday", with(func(y *Year) { y.Holidays = append(y.Holidays, "2026-10-01") }), "节假日 2026-10-01 重复"},
		{"duplicate working weekend", with(func(y *Year) { y.WorkingWeekends = append(y.WorkingWeekends, "2026-10-10") }), "调休上班日 2026-10-10 重复"},
		{"date in both lists", with(func(y *Year) { y.WorkingWeekends = append(y.WorkingWeekends, "2026-10-02") }), "2026-10-02 同时"},
		{"no such day", with(func(y *Year) { y.Holidays = append(y.Holidays, "2026-02-30") }), "“2026-02-30”不是有效日期"},
		{"slashes", with(func(y *Year) { y.Holidays = append(y.Holidays, "2026/10/05") }), "“2026/10/05”不是有效日期"},
		{"no leading zeros", with(func(y *Year) { y.WorkingWeekends = []string{"2026-1-4"} }), "“2026-1-4”不是有效日期"},
		{"empty string", with(func(y *Year) { y.Holidays = append(y.Holidays, "") }), "“”不是有效日期"},
		{"spaces", with(func(y *Year) { y.Holidays = append(y.Holidays, " 2026-10-05") }), "不是有效日期"},
		{"no holidays", with(func(y *Year) { y.Holidays = nil }), "没有填写节假日"},
		{"year out of range", with(func(y *Year) { y.Year = 26 }), "年份 26 不正确"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.year.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v; want nil", err)
			case tt.want != "" && err == nil:
				t.Errorf("Validate() = nil; want an error containing %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("Validate() = %q; want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestBuiltinIsValidAndFresh(t *testing.T) {
	years := Builtin()
	for _, y := range years {
		if err := y.Validate(); err != nil {
			t.Errorf("built-in %d: %v", y.Year, err)
		}
	}
	if got := len(years[0].Holidays) + len(years[1].Holidays); got != 18+19 {
		t.Errorf("built-in holidays = %d; want 37", got)
	}
	years[0].Holidays[0] = "2025-01-04"
	years[1].WorkingWeekends = nil
	again := Builtin()
	if again[0].Holidays[0] != "2025-01-01" || len(again[1].WorkingWeekends) != 6 {
		t.Error("Builtin() returned data shared with an earlier call")
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		years   func() []Year
		want    []int
		wantErr string
	}{
		{"built-in", Builtin, []int{2025, 2026}, ""},
		{"sorted", func() []Year { y := Builtin(); return []Year{y[1], y[0]} }, []int{2025, 2026}, ""},
		{"empty", func() []Year { return nil }, []int{}, ""},
		{"duplicate year", func() []Year { return append(Builtin(), Builtin()[0]) }, nil, "2025 年的节假日安排重复"},
		{"invalid year", func() []Year {
			y := Builtin()
			y[1].Holidays = append(y[1].Holidays, "2026-02-21")
			return y
		}, nil, "2026-02-21 是星期六"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(tt.years())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("New() error = %v; want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("New() = %v", err)
			}
			if got := c.Years(); !slices.Equal(got, tt.want) {
				t.Errorf("Years() = %v; want %v", got, tt.want)
			}
			for _, y := range []int{2024, 2025, 2026, 2027} {
				if got, want := c.HasYear(y), slices.Contains(tt.want, y); got != want {
					t.Errorf("HasYear(%d) = %v; want %v", y, got, want)
				}
			}
		})
	}
}

func TestNewCopiesInput(t *testing.T) {
	years := Builtin()
	c, err := New(years)
	if err != nil {
		t.Fatal(err)
	}
	years[1].WorkingWeekends[1] = "2026-02-15" // was 2026-02-14
	if w, _ := c.IsWorkday(day(t, "2026-02-14")); !w {
		t.Error("changing the input after New changed the calendar")
	}
}

func TestNilCalendar(t *testing.T) {
	var c *Calendar
	if w, v := c.IsWorkday(day(t, "2026-10-01")); w || v {
		t.Errorf("nil IsWorkday(2026-10-01) = %v, %v; want false, false (predicted National Day)", w, v)
	}
	if w, v := c.IsWorkday(day(t, "2026-10-08")); !w || v {
		t.Errorf("nil IsWorkday(2026-10-08) = %v, %v; want true, false (no notice, no bridging days)", w, v)
	}
	if len(c.Years()) != 0 || c.HasYear(2026) {
		t.Error("nil calendar claims data")
	}
}

func BenchmarkDeadline(b *testing.B) {
	c := builtin(b)
	accepted := day(b, "2026-01-20")
	pauses := []Pause{
		{From: day(b, "2026-01-26"), To: day(b, "2026-02-03")},
		{From: day(b, "2026-02-12"), To: day(b, "2026-02-26")},
	}
	for b.Loop() {
		c.Deadline(accepted, 20, pauses, 10)
	}
}
