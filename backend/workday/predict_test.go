package workday

import (
	"slices"
	"testing"
)

// published holds the holiday periods of the State Council's notices 2015–2026 (国务院办公厅关于
// 部分节假日安排的通知), first and last day of each period, weekends inside included. A period may
// begin in the year before (元旦 2017, 2018, 2019, 2023). 2015's 9月3–5日 (抗战胜利70周年) is left out.
var published = map[int][][2]string{
	2015: {{"2015-01-01", "2015-01-03"}, {"2015-02-18", "2015-02-24"}, {"2015-04-05", "2015-04-06"},
		{"2015-05-01", "2015-05-03"}, {"2015-06-20", "2015-06-22"}, {"2015-09-27", "2015-09-27"},
		{"2015-10-01", "2015-10-07"}},
	2016: {{"2016-01-01", "2016-01-03"}, {"2016-02-07", "2016-02-13"}, {"2016-04-02", "2016-04-04"},
		{"2016-04-30", "2016-05-02"}, {"2016-06-09", "2016-06-11"}, {"2016-09-15", "2016-09-17"},
		{"2016-10-01", "2016-10-07"}},
	2017: {{"2016-12-31", "2017-01-02"}, {"2017-01-27", "2017-02-02"}, {"2017-04-02", "2017-04-04"},
		{"2017-04-29", "2017-05-01"}, {"2017-05-28", "2017-05-30"}, {"2017-10-01", "2017-10-08"}},
	2018: {{"2017-12-30", "2018-01-01"}, {"2018-02-15", "2018-02-21"}, {"2018-04-05", "2018-04-07"},
		{"2018-04-29", "2018-05-01"}, {"2018-06-16", "2018-06-18"}, {"2018-09-22", "2018-09-24"},
		{"2018-10-01", "2018-10-07"}},
	2019: {{"2018-12-30", "2019-01-01"}, {"2019-02-04", "2019-02-10"}, {"2019-04-05", "2019-04-07"},
		{"2019-05-01", "2019-05-04"}, {"2019-06-07", "2019-06-09"}, {"2019-09-13", "2019-09-15"},
		{"2019-10-01", "2019-10-07"}},
	2020: {{"2020-01-01", "2020-01-01"}, {"2020-01-24", "2020-01-30"}, {"2020-04-04", "2020-04-06"},
		{"2020-05-01", "2020-05-05"}, {"2020-06-25", "2020-06-27"}, {"2020-10-01", "2020-10-08"}},
	2021: {{"2021-01-01", "2021-01-03"}, {"2021-02-11", "2021-02-17"}, {"2021-04-03", "2021-04-05"},
		{"2021-05-01", "2021-05-05"}, {"2021-06-12", "2021-06-14"}, {"2021-09-19", "2021-09-21"},
		{"2021-10-01", "2021-10-07"}},
	2022: {{"2022-01-01", "2022-01-03"}, {"2022-01-31", "2022-02-06"}, {"2022-04-03", "2022-04-05"},
		{"2022-04-30", "2022-05-04"}, {"2022-06-03", "2022-06-05"}, {"2022-09-10", "2022-09-12"},
		{"2022-10-01", "2022-10-07"}},
	2023: {{"2022-12-31", "2023-01-02"}, {"2023-01-21", "2023-01-27"}, {"2023-04-05", "2023-04-05"},
		{"2023-04-29", "2023-05-03"}, {"2023-06-22", "2023-06-24"}, {"2023-09-29", "2023-10-06"}},
	2024: {{"2024-01-01", "2024-01-01"}, {"2024-02-10", "2024-02-17"}, {"2024-04-04", "2024-04-06"},
		{"2024-05-01", "2024-05-05"}, {"2024-06-08", "2024-06-10"}, {"2024-09-15", "2024-09-17"},
		{"2024-10-01", "2024-10-07"}},
	2025: {{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
		{"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"}},
	2026: {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
		{"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
		{"2026-10-01", "2026-10-07"}},
}

// inPublished reports whether date lies in one of the periods of year y's notice.
func inPublished(y int, date string) bool {
	for _, p := range published[y] {
		if p[0] <= date && date <= p[1] {
			return true
		}
	}
	return false
}

func TestPredictWithinPublishedNotices(t *testing.T) {
	for y := 2015; y <= 2026; y++ {
		p, ok := Predict(y)
		if !ok {
			t.Fatalf("Predict(%d): no prediction", y)
		}
		// 元旦 1 + 春节 3 (4 from 2025) + 清明 1 + 劳动节 1 (2 from 2025) + 端午 1 + 中秋 1 + 国庆 3,
		// less one where 中秋节 falls on 1 October (2020).
		want := 11
		if y >= 2025 {
			want = 13
		}
		if y == 2020 {
			want--
		}
		if len(p.Days) != want {
			t.Errorf("%d: %d statutory days, want %d: %v", y, len(p.Days), want, p.Days)
		}
		for _, d := range p.Days {
			if !inPublished(y, d.Date) {
				t.Errorf("%d: predicted %s %s is not a holiday in the notice", y, d.Name, d.Date)
			}
		}
		if err := p.AsYear().Validate(); err != nil {
			t.Errorf("%d: predicted year does not validate: %v", y, err)
		}
	}
}

// TestPredictWithinBuiltin checks the prediction of the built-in years against their full notices:
// every predicted weekday is listed as a holiday, and no predicted weekend day is a working day.
func TestPredictWithinBuiltin(t *testing.T) {
	for _, y := range Builtin() {
		p, _ := Predict(y.Year)
		for _, d := range p.Days {
			weekend := isWeekend(day(t, d.Date))
			if !weekend && !slices.Contains(y.Holidays, d.Date) || weekend && slices.Contains(y.WorkingWeekends, d.Date) {
				t.Errorf("%d: predicted %s %s is not a day off in the built-in notice", y.Year, d.Name, d.Date)
			}
		}
	}
}

func TestPredictRules(t *testing.T) {
	tests := []struct {
		year   int
		name   string
		wanted []string
	}{
		{2024, "春节", []string{"2024-02-10", "2024-02-11", "2024-02-12"}},               // 2013 rules: 初一至初三
		{2025, "春节", []string{"2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"}}, // 2024 rules: 除夕至初三
		{2027, "春节", []string{"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"}},
		{2024, "劳动节", []string{"2024-05-01"}},
		{2027, "劳动节", []string{"2027-05-01", "2027-05-02"}},
		{2027, "清明节", []string{"2027-04-05"}},
		{2027, "端午节", []string{"2027-06-09"}},
		{2027, "中秋节", []string{"2027-09-15"}},
		{2027, "国庆节", []string{"2027-10-01", "2027-10-02", "2027-10-03"}},
		{2012, "春节", []string{"2012-01-22", "2012-01-23", "2012-01-24"}}, // 2007 rules: 除夕至初二
		{2020, "中秋节、国庆节", []string{"2020-10-01"}},
	}
	for _, tt := range tests {
		p, _ := Predict(tt.year)
		var got []string
		for _, d := range p.Days {
			if d.Name == tt.name {
				got = append(got, d.Date)
			}
		}
		if !slices.Equal(got, tt.wanted) {
			t.Errorf("Predict(%d) %s = %v, want %v", tt.year, tt.name, got, tt.wanted)
		}
	}
	p, _ := Predict(2027)
	wantHolidays := []string{"2027-01-01", "2027-02-05", "2027-02-08", "2027-04-05", "2027-06-09",
		"2027-09-15", "2027-10-01"}
	if !slices.Equal(p.Holidays, wantHolidays) {
		t.Errorf("Predict(2027).Holidays = %v, want %v", p.Holidays, wantHolidays)
	}
	if y := p.AsYear(); y.Note != PredictedNote || len(y.WorkingWeekends) != 0 {
		t.Errorf("AsYear = %+v", y)
	}
	if _, ok := Predict(maxYear + 1); ok {
		t.Error("Predict beyond the years the calendar accepts")
	}
}

// TestDeadlineIntoYearWithoutNotice counts a 30-working-day limit from the last day of the last year
// with data into a year without: the predicted 元旦 and 春节 weekdays are skipped, and the due date
// stays unverified.
func TestDeadlineIntoYearWithoutNotice(t *testing.T) {
	c := builtin(t)
	// 2027: 1月1日 (五) 元旦; 2月5日 (五) 除夕 and 2月8日 (一) 初三 are 春节 weekdays.
	// Weekdays from 1月4日: 20 in January, 2月1–4日 (24), 2月9–12日 (28), 2月15–16日 (30).
	due := c.Deadline(day(t, "2026-12-31"), 30, nil, 0)
	if want := (Due{Date: day(t, "2027-02-16"), Verified: false}); due != want {
		t.Errorf("Deadline = %v, want %v", due, want)
	}
	// With the 2027 notice entered, the same deadline is verified and follows the notice alone.
	y2027 := Year{Year: 2027, Holidays: []string{"2027-01-01"}, Note: "test"}
	withNotice, err := New(append(Builtin(), y2027))
	if err != nil {
		t.Fatal(err)
	}
	due = withNotice.Deadline(day(t, "2026-12-31"), 30, nil, 0)
	if want := (Due{Date: day(t, "2027-02-12"), Verified: true}); due != want {
		t.Errorf("Deadline with notice = %v, want %v", due, want)
	}
}

// TestPredictionSharedByGoroutines asks one calendar about a year without data from several
// goroutines at once (run with -race): the prediction is computed once, under the lock.
func TestPredictionSharedByGoroutines(t *testing.T) {
	c := builtin(t)
	d := day(t, "2027-10-01")
	done := make(chan bool)
	for range 4 {
		go func() {
			w, _ := c.IsWorkday(d)
			done <- w
		}()
	}
	for range 4 {
		if <-done {
			t.Error("2027-10-01 predicted as a working day")
		}
	}
}
