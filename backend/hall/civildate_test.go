package hall

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDateText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"2026-10-01", "2026-10-01", true},
		{"2024-02-29", "2024-02-29", true},
		{"", "", true},
		{"2026-02-29", "", false},
		{"2026-13-01", "", false},
		{"2026/10/01", "", false},
		{"2026-1-1", "", false},
		{"2026-10-01T00:00:00Z", "", false},
		{" 2026-10-01", "", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := DateText(tc.in)
			if !tc.ok {
				if e := AsError(err); e == nil || e.Code != CodeInvalid || e.Message != "“"+tc.in+"”不是有效日期，应写成年-月-日，如2026-10-01" {
					t.Fatalf("DateText(%q) = %v %v, want invalid", tc.in, d, err)
				}
				return
			}
			if err != nil || d.String() != tc.want || d.IsZero() != (tc.in == "") {
				t.Fatalf("DateText(%q) = %q %v", tc.in, d, err)
			}
		})
	}
}

func TestDateCompareAndArithmetic(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		cmp  int
		days int
	}{
		{"same day", "2026-10-01", "2026-10-01", 0, 0},
		{"month end", "2026-09-30", "2026-10-01", -1, 1},
		{"year end", "2026-12-31", "2027-01-01", -1, 1},
		{"a string would say 2026-10-9 > 2026-10-10", "2026-10-10", "2026-10-09", 1, -1},
		{"leap day", "2024-02-28", "2024-03-01", -1, 2},
		{"no leap day", "2026-02-28", "2026-03-01", -1, 1},
		{"across a year", "2026-01-01", "2027-01-01", -1, 365},
		{"across a leap year", "2024-01-01", "2025-01-01", -1, 366},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := MustDate(tc.a), MustDate(tc.b)
			if a.Compare(b) != tc.cmp || a.Before(b) != (tc.cmp < 0) || a.After(b) != (tc.cmp > 0) || a.Equal(b) != (tc.cmp == 0) {
				t.Errorf("compare %s %s: %d", tc.a, tc.b, a.Compare(b))
			}
			if got := a.DaysUntil(b); got != tc.days {
				t.Errorf("DaysUntil = %d, want %d", got, tc.days)
			}
			if got := a.AddDays(tc.days); got != b {
				t.Errorf("%s + %d = %s, want %s", tc.a, tc.days, got, tc.b)
			}
		})
	}
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2024-02-28", 1, "2024-02-29"},
		{"2024-02-29", 1, "2024-03-01"},
		{"2023-02-28", 1, "2023-03-01"},
		{"2024-03-01", -1, "2024-02-29"},
		{"2000-02-28", 1, "2000-02-29"},
		{"2100-02-28", 1, "2100-03-01"},
		{"2026-12-31", 1, "2027-01-01"},
		{"2027-01-01", -1, "2026-12-31"},
		{"2026-10-09", 60, "2026-12-08"},
	} {
		if got := MustDate(tc.from).AddDays(tc.n).String(); got != tc.want {
			t.Errorf("%s %+d = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
	if !(Date{}).AddDays(3).IsZero() || !(Date{}).Before(MustDate("0001-01-02")) {
		t.Error("no date stays no date and sorts first")
	}
	if w := MustDate("2026-10-01").Weekday(); w != time.Thursday {
		t.Errorf("weekday %v", w)
	}
	tm := MustDate("2026-10-01").Time()
	if !tm.Equal(time.Date(2026, 10, 1, 0, 0, 0, 0, China)) || tm.Location() != China || !(Date{}).Time().IsZero() {
		t.Errorf("Time = %v", tm)
	}
	// late on 30 September in UTC is already 1 October in China
	if d := DateOf(time.Date(2026, 9, 30, 17, 0, 0, 0, time.UTC)); d.String() != "2026-10-01" {
		t.Errorf("DateOf = %s", d)
	}
	if d := NewDate(2026, 2, 29); d.String() != "2026-03-01" {
		t.Errorf("NewDate normalizes: %s", d)
	}
}

func TestDateJSON(t *testing.T) {
	type wire struct {
		Due Date `json:"due"`
	}
	b, err := json.Marshal(wire{MustDate("2026-10-01")})
	if err != nil || string(b) != `{"due":"2026-10-01"}` {
		t.Fatalf("marshal = %s %v", b, err)
	}
	if b, _ = json.Marshal(wire{}); string(b) != `{"due":""}` {
		t.Fatalf("no date marshals as %s", b)
	}
	for in, want := range map[string]string{`{"due":"2027-01-19"}`: "2027-01-19", `{"due":""}`: "", `{"due":null}`: "", `{}`: ""} {
		var w wire
		if err := json.Unmarshal([]byte(in), &w); err != nil || w.Due.String() != want {
			t.Errorf("unmarshal %s = %q %v", in, w.Due, err)
		}
	}
	for in, msg := range map[string]string{
		`{"due":"2026-02-30"}`: "“2026-02-30”不是有效日期，应写成年-月-日，如2026-10-01",
		`{"due":"10/01"}`:      "“10/01”不是有效日期，应写成年-月-日，如2026-10-01",
		`{"due":20261001}`:     "日期应写成年-月-日，如2026-10-01",
	} {
		var w wire
		err := json.Unmarshal([]byte(in), &w)
		if e := AsError(err); e == nil || e.Code != CodeInvalid || e.Message != msg {
			t.Errorf("unmarshal %s = %v, want invalid %q", in, err, msg)
		}
	}
}

func TestDateSQL(t *testing.T) {
	for _, src := range []any{"2026-10-01", []byte("2026-10-01")} {
		var d Date
		if err := d.Scan(src); err != nil || d.String() != "2026-10-01" {
			t.Errorf("Scan(%v) = %s %v", src, d, err)
		}
	}
	for _, src := range []any{"", nil} {
		d := MustDate("2026-10-01")
		if err := d.Scan(src); err != nil || !d.IsZero() {
			t.Errorf("Scan(%v) = %s %v", src, d, err)
		}
	}
	for _, src := range []any{"2026-02-30", "2026-10-01T08:00:00Z", int64(20261001)} {
		var d Date
		// a bad stored date is the store's fault: a plain error, never the user's invalid input
		if err := d.Scan(src); err == nil || AsError(err) != nil {
			t.Errorf("Scan(%v) = %s %v, want a plain error", src, d, err)
		}
	}
	if v, err := MustDate("2026-10-01").Value(); err != nil || v != "2026-10-01" {
		t.Errorf("Value = %v %v", v, err)
	}
	if v, err := (Date{}).Value(); err != nil || v != "" {
		t.Errorf("Value of no date = %v %v", v, err)
	}
}
