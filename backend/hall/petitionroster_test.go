package hall

import (
	"strings"
	"testing"
)

var leaders = []Cadre{
	{ID: 11, Name: "斯琴巴特尔", Position: "镇党委副书记"},
	{ID: 12, Name: "王建军", Position: "副镇长"},
	{ID: 13, Name: "其其格", Position: "人大主席"},
}

func TestPlanRosterAroundHolidays2026(t *testing.T) {
	cal := calendar2026(t)
	type day struct{ planned, date, note string }
	for _, tc := range []struct {
		name    string
		q       Quarter
		weekday int
		want    map[string]day // by planned date; only the interesting ones
		count   int
	}{
		{"Q4 Wednesdays: 10-07 (National Day) moves to Thursday 10-08", Quarter{2026, 4}, 3, map[string]day{
			"2026-09-30": {}, // not in the quarter
			"2026-10-07": {"2026-10-07", "2026-10-08", "moved"},
			"2026-10-14": {"2026-10-14", "2026-10-14", ""},
			"2026-12-30": {"2026-12-30", "2026-12-30", ""},
		}, 13},
		{"Q4 Thursdays: 10-01 cancelled (10-02 holiday, weekend off)", Quarter{2026, 4}, 4, map[string]day{
			"2026-10-01": {"2026-10-01", "", "cancelled"},
			"2026-10-08": {"2026-10-08", "2026-10-08", ""},
			"2026-12-31": {"2026-12-31", "2026-12-31", ""},
		}, 14},
		{"Q4 Mondays: 10-05 moves past two holidays to Thursday 10-08", Quarter{2026, 4}, 1, map[string]day{
			"2026-10-05": {"2026-10-05", "2026-10-08", "moved"},
		}, 13},
		{"Q4 Fridays: 10-02 cancelled, 10-09 held", Quarter{2026, 4}, 5, map[string]day{
			"2026-10-02": {"2026-10-02", "", "cancelled"},
			"2026-10-09": {"2026-10-09", "2026-10-09", ""},
		}, 13},
		{"Q3 Fridays: Mid-Autumn 09-25 cancelled", Quarter{2026, 3}, 5, map[string]day{
			"2026-09-25": {"2026-09-25", "", "cancelled"},
		}, 13},
		{"Q1 Wednesdays: Spring Festival 02-18 cancelled", Quarter{2026, 1}, 3, map[string]day{
			"2026-02-18": {"2026-02-18", "", "cancelled"},
			"2026-02-25": {"2026-02-25", "2026-02-25", ""},
		}, 12},
		{"Q1 Mondays: 02-23 moves to Tuesday 02-24", Quarter{2026, 1}, 1, map[string]day{
			"2026-02-16": {"2026-02-16", "", "cancelled"},
			"2026-02-23": {"2026-02-23", "2026-02-24", "moved"},
		}, 13},
		{"Q2 Mondays: 05-04 moves to Wednesday 05-06", Quarter{2026, 2}, 1, map[string]day{
			"2026-04-06": {"2026-04-06", "2026-04-07", "moved"},
			"2026-05-04": {"2026-05-04", "2026-05-06", "moved"},
		}, 13},
		{"Q2 Fridays: 05-01 cancelled although Saturday 05-09 works (next week)", Quarter{2026, 2}, 5, map[string]day{
			"2026-05-01": {"2026-05-01", "", "cancelled"},
			"2026-05-08": {"2026-05-08", "2026-05-08", ""},
			"2026-06-19": {"2026-06-19", "", "cancelled"},
		}, 13},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := PlanRoster(cal, tc.q, tc.weekday, leaders, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.count {
				t.Fatalf("%d entries, want %d", len(got), tc.count)
			}
			by := map[string]RosterEntry{}
			for _, e := range got {
				by[e.PlannedDate.String()] = e
				if !e.Verified || e.Quarter != tc.q.String() {
					t.Errorf("%s: verified %v quarter %s", e.PlannedDate, e.Verified, e.Quarter)
				}
			}
			for planned, w := range tc.want {
				e, ok := by[planned]
				if w.planned == "" {
					if ok {
						t.Errorf("%s should not be in the quarter", planned)
					}
					continue
				}
				if !ok {
					t.Fatalf("%s missing", planned)
				}
				switch w.note {
				case "cancelled":
					if !e.Cancelled || e.LeaderID != 0 || !strings.Contains(e.Note, "节假日") {
						t.Errorf("%s: want cancelled, got %+v", planned, e)
					}
				case "moved":
					if !e.Moved || e.Date.String() != w.date || e.LeaderID == 0 || !strings.Contains(e.Note, "顺延") {
						t.Errorf("%s: want moved to %s, got %+v", planned, w.date, e)
					}
				default:
					if e.Moved || e.Cancelled || e.Date.String() != w.date {
						t.Errorf("%s: want held on %s, got %+v", planned, w.date, e)
					}
				}
			}
		})
	}
}

func TestPlanRosterRoundRobin(t *testing.T) {
	cal := calendar2026(t)
	got, err := PlanRoster(cal, Quarter{2026, 4}, 3, leaders, 1)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range got {
		names = append(names, e.LeaderName)
		if e.Weekday == "" {
			t.Errorf("%s has no weekday", e.Date)
		}
	}
	// Starts with the second leader, one each in turn; the first Wednesday (10-07) moved to 10-08.
	want := "王建军 其其格 斯琴巴特尔 王建军 其其格 斯琴巴特尔 王建军 其其格 斯琴巴特尔 王建军 其其格 斯琴巴特尔 王建军"
	if strings.Join(names, " ") != want {
		t.Fatalf("got %s", strings.Join(names, " "))
	}
	if got[0].Date != MustDate("2026-10-08") || got[0].Weekday != "星期四" || got[0].PlannedDate != MustDate("2026-10-07") {
		t.Fatalf("first day: %+v", got[0])
	}
	// A cancelled day takes no turn.
	fri, _ := PlanRoster(cal, Quarter{2026, 4}, 5, leaders, 0)
	if fri[0].Date != MustDate("2026-10-02") || !fri[0].Cancelled || fri[1].LeaderName != "斯琴巴特尔" {
		t.Fatalf("fridays: %+v %+v", fri[0], fri[1])
	}
}

func TestPlanRosterRefusesAndFlags(t *testing.T) {
	cal := calendar2026(t)
	if _, err := PlanRoster(cal, Quarter{2026, 4}, 3, nil, 0); !IsCode(err, CodeConflict) {
		t.Fatalf("no leaders: %v", err)
	}
	if _, err := PlanRoster(cal, Quarter{2026, 4}, 6, leaders, 0); !IsCode(err, CodeInvalid) {
		t.Fatalf("Saturday: %v", err)
	}
	got, err := PlanRoster(cal, Quarter{2027, 1}, 3, leaders, 0)
	if err != nil || len(got) == 0 || got[0].Verified || got[0].Date != MustDate("2027-01-06") {
		t.Fatalf("a year without data: %v %+v", err, got)
	}
}

func TestQuarters(t *testing.T) {
	for _, s := range []string{"2026Q4", "2026q4", "2026-4"} {
		q, err := ParseQuarter(s)
		if err != nil || q != (Quarter{2026, 4}) {
			t.Errorf("%s: %v %v", s, q, err)
		}
	}
	for _, s := range []string{"", "2026Q5", "26Q1", "1999Q1"} {
		if _, err := ParseQuarter(s); !IsCode(err, CodeInvalid) {
			t.Errorf("%s accepted", s)
		}
	}
	q := Quarter{2026, 4}
	if q.First().Format(DateLayout) != "2026-10-01" || q.Last().Format(DateLayout) != "2026-12-31" || q.Label() != "2026年第四季度" {
		t.Fatalf("%s %s %s", q.First(), q.Last(), q.Label())
	}
	if (Quarter{2026, 1}).Last().Format(DateLayout) != "2026-03-31" || QuarterOf(ptToday) != (Quarter{2026, 3}) {
		t.Fatal("quarter bounds")
	}
}

func TestReceptionSettings(t *testing.T) {
	d := DefaultReceptionSettings()
	if _, err := d.Clean(); err != nil || d.Weekday != 3 || d.Place != "便民服务大厅信访接待室" || d.Hours != "9:00–12:00" {
		t.Fatalf("%v %+v", err, d)
	}
	for _, tc := range []struct {
		edit  func(*ReceptionSettings)
		field string
	}{
		{func(s *ReceptionSettings) { s.Weekday = 0 }, "weekday"},
		{func(s *ReceptionSettings) { s.Weekday = 6 }, "weekday"},
		{func(s *ReceptionSettings) { s.Place = "" }, "place"},
		{func(s *ReceptionSettings) { s.Hours = " " }, "hours"},
	} {
		s := DefaultReceptionSettings()
		tc.edit(&s)
		if _, err := s.Clean(); AsError(err) == nil || AsError(err).Field != tc.field {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
}
