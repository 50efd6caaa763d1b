package workday

import (
	"testing"
	"time"
)

// day parses "YYYY-MM-DD" as midnight UTC.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// builtin builds the calendar of the built-in years.
func builtin(t testing.TB) *Calendar {
	t.Helper()
	c, err := New(Builtin())
	if err != nil {
		t.Fatalf("New(Builtin()): %v", err)
	}
	return c
}

func TestIsWorkday(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		date     string
		workday  bool
		verified bool
	}{
		{"2025-03-12", true, true},   // Wednesday
		{"2026-03-13", true, true},   // Friday
		{"2026-03-14", false, true},  // Saturday
		{"2026-03-15", false, true},  // Sunday
		{"2025-01-01", false, true},  // New Year, Wednesday
		{"2025-01-28", false, true},  // Spring Festival eve, Tuesday
		{"2025-01-26", true, true},   // Sunday made a working day
		{"2025-02-08", true, true},   // Saturday made a working day
		{"2025-10-08", false, true},  // National Day, Wednesday
		{"2025-10-11", true, true},   // Saturday made a working day
		{"2026-01-02", false, true},  // New Year, Friday
		{"2026-01-04", true, true},   // Sunday made a working day
		{"2026-02-14", true, true},   // Saturday made a working day
		{"2026-02-15", false, true},  // Sunday
		{"2026-02-23", false, true},  // Spring Festival, Monday
		{"2026-02-24", true, true},   // first working day after Spring Festival
		{"2026-06-19", false, true},  // Dragon Boat, Friday
		{"2026-09-20", true, true},   // Sunday made a working day
		{"2026-09-25", false, true},  // Mid-Autumn, Friday
		{"2026-10-10", true, true},   // Saturday made a working day
		{"2026-10-03", false, true},  // Saturday inside National Day
		{"2027-01-01", false, false}, // New Year of a year without data, predicted
		{"2027-01-02", false, false}, // Saturday of a year without data
		{"2027-01-04", true, false},  // Monday of a year without data
		{"2024-10-01", false, false}, // National Day of a year without data, predicted
		{"2024-10-08", true, false},  // Tuesday of a year without data
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			w, v := c.IsWorkday(day(t, tt.date))
			if w != tt.workday || v != tt.verified {
				t.Errorf("IsWorkday(%s) = %v, %v; want %v, %v", tt.date, w, v, tt.workday, tt.verified)
			}
		})
	}
}

func TestAddWorkdays(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		name     string
		accepted string
		n        int
		due      string
		verified bool
	}{
		{"ordinary Friday to Monday", "2026-11-20", 1, "2026-11-23", true},
		{"ordinary week", "2026-03-02", 5, "2026-03-09", true},
		{"same day", "2026-11-20", 0, "2026-11-20", true},
		{"same day on a holiday", "2026-10-01", 0, "2026-10-01", true},
		{"negative is same day", "2026-11-20", -3, "2026-11-20", true},
		{"Spring Festival 2026: Saturday works", "2026-02-13", 1, "2026-02-14", true},
		{"Spring Festival 2026: over the holiday", "2026-02-13", 2, "2026-02-24", true},
		{"Spring Festival 2026: 2-28 Saturday works", "2026-02-24", 4, "2026-02-28", true},
		{"Spring Festival 2025: Sunday works", "2025-01-24", 1, "2025-01-26", true},
		{"Spring Festival 2025: over the holiday", "2025-01-24", 3, "2025-02-05", true},
		{"Spring Festival 2025: 2-08 Saturday works", "2025-01-24", 6, "2025-02-08", true},
		{"National Day 2025", "2025-09-30", 1, "2025-10-09", true},
		{"National Day 2025: 10-11 Saturday works", "2025-09-30", 3, "2025-10-11", true},
		{"National Day 2025: then Monday", "2025-09-30", 4, "2025-10-13", true},
		{"National Day 2025: 9-28 Sunday works", "2025-09-26", 1, "2025-09-28", true},
		{"New Year 2026: 1-04 Sunday works", "2025-12-31", 1, "2026-01-04", true},
		{"New Year 2026: then Monday", "2025-12-31", 2, "2026-01-05", true},
		{"Dragon Boat 2026", "2026-06-18", 1, "2026-06-22", true},
		{"Mid-Autumn 2026: 9-20 Sunday works", "2026-09-18", 1, "2026-09-20", true},
		{"Mid-Autumn 2026: over the holiday", "2026-09-18", 6, "2026-09-28", true},
		{"Mid-Autumn 2026: day before", "2026-09-24", 1, "2026-09-28", true},
		{"National Day 2026", "2026-09-30", 1, "2026-10-08", true},
		{"National Day 2026: 10-10 Saturday works", "2026-09-30", 3, "2026-10-10", true},
		{"Labour Day 2026: 5-09 Saturday works", "2026-04-30", 4, "2026-05-09", true},
		{"last day of data", "2026-12-30", 1, "2026-12-31", true},
		{"into a year without data skips its predicted New Year", "2026-12-31", 1, "2027-01-04", false},
		{"year without data, weekends and predicted holidays", "2027-01-01", 1, "2027-01-04", false},
		{"acceptance in a year without data is not examined", "2024-12-31", 1, "2025-01-02", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, v := c.AddWorkdays(day(t, tt.accepted), tt.n)
			if want := day(t, tt.due); !due.Equal(want) || v != tt.verified {
				t.Errorf("AddWorkdays(%s, %d) = %s, %v; want %s, %v",
					tt.accepted, tt.n, due.Format(dateLayout), v, tt.due, tt.verified)
			}
		})
	}
}

func TestAddWorkdaysLocation(t *testing.T) {
	c := builtin(t)
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		name     string
		accepted time.Time
		n        int
		due      time.Time
	}{
		{"late evening keeps its date", time.Date(2026, 2, 13, 23, 30, 0, 0, cst), 1, time.Date(2026, 2, 14, 0, 0, 0, 0, cst)},
		{"date taken in the time's location", time.Date(2026, 2, 13, 16, 30, 0, 0, time.UTC).In(cst), 1, time.Date(2026, 2, 24, 0, 0, 0, 0, cst)},
		{"same day is midnight", time.Date(2026, 3, 3, 9, 15, 0, 0, cst), 0, time.Date(2026, 3, 3, 0, 0, 0, 0, cst)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, _ := c.AddWorkdays(tt.accepted, tt.n)
			if !due.Equal(tt.due) || due.Location() != cst {
				t.Errorf("AddWorkdays(%s, %d) = %s; want %s", tt.accepted, tt.n, due, tt.due)
			}
		})
	}
}

func TestWorkdaysBetween(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		from, to string
		want     int
		verified bool
	}{
		{"2026-02-13", "2026-02-24", 2, true},
		{"2025-09-30", "2025-10-12", 3, true},
		{"2026-03-04", "2026-03-06", 2, true},
		{"2026-03-06", "2026-03-06", 0, true},
		{"2026-03-09", "2026-03-06", 0, true},
		{"2024-12-31", "2025-12-31", 248, true}, // all of 2025: 261 weekdays - 18 holidays + 5 weekends
		{"2025-12-31", "2026-12-31", 248, true}, // all of 2026: 261 weekdays - 19 holidays + 6 weekends
		{"2026-12-31", "2027-01-05", 2, false},  // 2027-01-01 is a predicted holiday
	}
	for _, tt := range tests {
		t.Run(tt.from+"_"+tt.to, func(t *testing.T) {
			n, v := c.WorkdaysBetween(day(t, tt.from), day(t, tt.to))
			if n != tt.want || v != tt.verified {
				t.Errorf("WorkdaysBetween(%s, %s) = %d, %v; want %d, %v", tt.from, tt.to, n, v, tt.want, tt.verified)
			}
		})
	}
}

func TestDeadline(t *testing.T) {
	c := builtin(t)
	pause := func(from, to string) Pause {
		p := Pause{From: day(t, from)}
		if to != "" {
			p.To = day(t, to)
		}
		return p
	}
	tests := []struct {
		name     string
		accepted string
		limit    int
		pauses   []Pause
		extra    int
		want     Due
	}{
		{"no pause", "2026-03-02", 5, nil, 0, Due{Date: day(t, "2026-03-09"), Verified: true}},
		{"pause within a week moves by 2", "2026-03-02", 5,
			[]Pause{pause("2026-03-04", "2026-03-06")}, 0, Due{Date: day(t, "2026-03-11"), Verified: true}},
		{"pause over a weekend moves by 3", "2026-03-02", 5,
			[]Pause{pause("2026-03-05", "2026-03-10")}, 0, Due{Date: day(t, "2026-03-12"), Verified: true}},
		{"resumed the same day moves nothing", "2026-03-02", 5,
			[]Pause{pause("2026-03-04", "2026-03-04")}, 0, Due{Date: day(t, "2026-03-09"), Verified: true}},
		{"two pauses add up", "2026-03-02", 5,
			[]Pause{pause("2026-03-03", "2026-03-04"), pause("2026-03-05", "2026-03-10")}, 0,
			Due{Date: day(t, "2026-03-13"), Verified: true}},
		{"pause over Spring Festival moves by 4", "2026-02-09", 5,
			[]Pause{pause("2026-02-12", "2026-02-25")}, 0, Due{Date: day(t, "2026-02-27"), Verified: true}},
		{"open pause reports Paused", "2026-03-02", 5,
			[]Pause{pause("2026-03-04", "")}, 0, Due{Date: day(t, "2026-03-09"), Verified: true, Paused: true}},
		{"closed and open pause", "2026-03-02", 5,
			[]Pause{pause("2026-03-04", "2026-03-06"), pause("2026-03-10", "")}, 0,
			Due{Date: day(t, "2026-03-11"), Verified: true, Paused: true}},
		{"extension adds working days", "2026-03-02", 5, nil, 3, Due{Date: day(t, "2026-03-12"), Verified: true}},
		{"pause and extension", "2026-03-02", 5,
			[]Pause{pause("2026-03-04", "2026-03-06")}, 3, Due{Date: day(t, "2026-03-16"), Verified: true}},
		{"same-day case", "2026-03-02", 0, nil, 0, Due{Date: day(t, "2026-03-02"), Verified: true}},
		{"runs into a year without data", "2026-12-24", 5, nil, 0, Due{Date: day(t, "2026-12-31"), Verified: true}},
		{"one more day is unverified", "2026-12-24", 6, nil, 0, Due{Date: day(t, "2027-01-04"), Verified: false}},
		{"pause in a year without data is unverified", "2026-12-01", 5,
			[]Pause{pause("2026-12-31", "2027-01-05")}, 0, Due{Date: day(t, "2026-12-10"), Verified: false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Deadline(day(t, tt.accepted), tt.limit, tt.pauses, tt.extra)
			if !got.Date.Equal(tt.want.Date) || got.Verified != tt.want.Verified || got.Paused != tt.want.Paused {
				t.Errorf("Deadline = %s verified=%v paused=%v; want %s verified=%v paused=%v",
					got.Date.Format(dateLayout), got.Verified, got.Paused,
					tt.want.Date.Format(dateLayout), tt.want.Verified, tt.want.Paused)
			}
		})
	}
}

func TestWorkdaysLeft(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		name       string
		today, due string
		want       int
	}{
		{"over Spring Festival", "2026-02-13", "2026-02-24", 2},
		{"tomorrow", "2026-03-05", "2026-03-06", 1},
		{"due today", "2026-03-06", "2026-03-06", 0},
		{"one working day late", "2026-02-25", "2026-02-24", -1},
		{"three working days late", "2026-02-27", "2026-02-24", -3},
		{"late over a working Saturday", "2026-02-21", "2026-02-13", -1},
		{"late on the weekend counts as one", "2026-03-07", "2026-03-06", -1},
		{"late on Monday", "2026-03-09", "2026-03-06", -1},
		{"late on Tuesday", "2026-03-10", "2026-03-06", -2},
		{"due on a day off ahead counts as one", "2026-03-06", "2026-03-07", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.WorkdaysLeft(day(t, tt.today), day(t, tt.due)); got != tt.want {
				t.Errorf("WorkdaysLeft(%s, %s) = %d; want %d", tt.today, tt.due, got, tt.want)
			}
		})
	}
}
