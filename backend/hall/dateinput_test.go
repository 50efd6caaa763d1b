package hall

import (
	"encoding/json"
	"testing"
	"time"
)

func TestPastDate(t *testing.T) {
	for _, tc := range []struct {
		name, in, today, want string
		ok                    bool
	}{
		{"no date is today", "", "2026-03-06", "2026-03-06", true},
		{"today", "2026-03-06", "2026-03-06", "2026-03-06", true},
		{"yesterday across the year", "2025-12-31", "2026-01-01", "2025-12-31", true},
		{"Feb 29 of a leap year", "2024-02-29", "2024-03-01", "2024-02-29", true},
		{"tomorrow", "2026-03-07", "2026-03-06", "", false},
		{"New Year's Day seen on New Year's Eve", "2027-01-01", "2026-12-31", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d Date
			if tc.in != "" {
				d = MustDate(tc.in)
			}
			// today as the services pass it: a moment of the day in China, here late in the evening
			today := MustDate(tc.today).Time().Add(23 * time.Hour)
			got, err := PastDate("date", "帮扶日期", d, today)
			if !tc.ok {
				if e := AsError(err); e == nil || e.Field != "date" || e.Message != "帮扶日期不能晚于今天" {
					t.Fatalf("PastDate(%s) = %v %v, want refused", tc.in, got, err)
				}
				return
			}
			if err != nil || got != MustDate(tc.want) {
				t.Fatalf("PastDate(%s) = %v %v, want %s", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestDateRange(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		ok       bool
	}{
		{"", "", true},
		{"2026-01-01", "", true},
		{"", "2026-01-01", true},
		{"2025-12-31", "2026-01-01", true},
		{"2026-01-01", "2026-01-01", true},
		{"2026-01-01", "2025-12-31", false},
	} {
		err := DateRange(dateOrNone(tc.from), dateOrNone(tc.to))
		if (err == nil) != tc.ok || (err != nil && !IsCode(err, CodeInvalid)) {
			t.Errorf("DateRange(%q, %q) = %v", tc.from, tc.to, err)
		}
	}
}

func dateOrNone(s string) Date {
	if s == "" {
		return Date{}
	}
	return MustDate(s)
}

func TestPeriodCleanAndDays(t *testing.T) {
	for _, tc := range []struct {
		name, from, to string
		days           int
		field          string // refused on this field; "" when accepted
	}{
		{"one day", "2026-10-01", "2026-10-01", 1, ""},
		{"February of a leap year", "2024-02-01", "2024-02-29", 29, ""},
		{"February of a common year", "2026-02-01", "2026-02-28", 28, ""},
		{"over the year's end", "2025-12-31", "2026-01-01", 2, ""},
		{"a leap year", "2024-01-01", "2024-12-31", 366, ""},
		{"no start", "", "2026-10-31", 0, "from"},
		{"no end", "2026-10-01", "", 0, "to"},
		{"backwards", "2026-01-01", "2025-12-31", 0, "to"},
		{"more than ten years", "2015-01-01", "2026-12-31", 0, "to"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Period{From: dateOrNone(tc.from), To: dateOrNone(tc.to)}.Clean()
			if tc.field != "" {
				if e := AsError(err); e == nil || e.Field != tc.field {
					t.Fatalf("Clean = %v, want refused on %s", err, tc.field)
				}
				return
			}
			if err != nil || p.Days() != tc.days {
				t.Fatalf("Clean = %v %v, days %d, want %d", p, err, p.Days(), tc.days)
			}
		})
	}
}

// TestDatesOnTheWireRefusedInChinese: every input that carries a date now reads it as a Date, so
// a text that is not a date is refused where the JSON is decoded, in Chinese, never stored as
// text nor turned into "no date".
func TestDatesOnTheWireRefusedInChinese(t *testing.T) {
	inputs := map[string]func() any{
		"VisitInput":          func() any { return &VisitInput{} },
		"FeedbackInput":       func() any { return &FeedbackInput{} },
		"DiaryInput":          func() any { return &DiaryInput{} },
		"VisitQuery":          func() any { return &VisitQuery{} },
		"ActivityInput":       func() any { return &ActivityInput{} },
		"ActivityQuery":       func() any { return &ActivityQuery{} },
		"PairInput":           func() any { return &PairInput{} },
		"HelpInput":           func() any { return &HelpInput{} },
		"DonationInput":       func() any { return &DonationInput{} },
		"EndPairInput":        func() any { return &EndPairInput{} },
		"Period":              func() any { return &Period{} },
		"DrillQuery":          func() any { return &DrillQuery{} },
		"PetitionQuery":       func() any { return &PetitionQuery{} },
		"ResidentInput":       func() any { return &ResidentInput{} },
		"AssignInput":         func() any { return &AssignInput{} },
		"UnassignInput":       func() any { return &UnassignInput{} },
		"TransferInput":       func() any { return &TransferInput{} },
		"PetitionInput":       func() any { return &PetitionInput{} },
		"PetitionActionInput": func() any { return &PetitionActionInput{} },
		"PetitionNoteInput":   func() any { return &PetitionNoteInput{} },
	}
	fields := map[string]string{"EndPairInput": "on", "PairInput": "from", "ResidentInput": "birthDate",
		"Period": "from", "DrillQuery": "to", "PetitionQuery": "from", "VisitQuery": "to", "ActivityQuery": "from",
		"AssignInput": "from", "UnassignInput": "on", "TransferInput": "on", "PetitionInput": "receivedOn"}
	for name, mk := range inputs {
		field := fields[name]
		if field == "" {
			field = "date"
		}
		for _, bad := range []string{"2026-02-29", "2025-13-01", "2026/03/01", "3月1日"} {
			err := json.Unmarshal([]byte(`{"`+field+`":"`+bad+`"}`), mk())
			if e := AsError(err); e == nil || e.Code != CodeInvalid || e.Message != "“"+bad+"”不是有效日期，应写成年-月-日，如2026-10-01" {
				t.Errorf("%s.%s = %q: %v, want refused in Chinese", name, field, bad, err)
			}
		}
		for _, good := range []string{"2024-02-29", "2025-12-31", "2026-01-01", ""} {
			if err := json.Unmarshal([]byte(`{"`+field+`":"`+good+`"}`), mk()); err != nil {
				t.Errorf("%s.%s = %q: %v", name, field, good, err)
			}
		}
	}
}

func TestTypedDay(t *testing.T) {
	for in, want := range map[string]string{
		"2024-02-29": "2024-02-29", "2024/2/29": "2024-02-29", "20241231": "2024-12-31", "2025年1月1日": "2025-01-01",
		"2025.12.31": "2025-12-31", "2025-2-29": "", "2025/13/01": "", "昨天": "", "": "",
	} {
		d, ok := typedDay(in)
		if ok != (want != "") || d.String() != want {
			t.Errorf("typedDay(%q) = %q %v, want %q", in, d, ok, want)
		}
	}
}

func TestDateMonthAndAge(t *testing.T) {
	if m := MustDate("2024-02-29").Month(); m != "2024-02" {
		t.Errorf("Month = %q", m)
	}
	if m := (Date{}).Month(); m != "" {
		t.Errorf("no date's month = %q", m)
	}
	for _, tc := range []struct {
		birth, on string
		age       int
	}{
		{"2000-02-29", "2026-02-28", 25}, // a leap-day birthday comes on March 1 in a common year
		{"2000-02-29", "2026-03-01", 26},
		{"1965-12-31", "2025-12-30", 59},
		{"1965-12-31", "2025-12-31", 60},
		{"", "2026-01-01", 0}, // no birth date known
	} {
		if got := AgeOn(dateOrNone(tc.birth), MustDate(tc.on).Time()); got != tc.age {
			t.Errorf("AgeOn(%s, %s) = %d, want %d", tc.birth, tc.on, got, tc.age)
		}
	}
}
