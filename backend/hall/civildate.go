package hall

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"time"
)

// Date is a civil date, a day of the calendar in China with no time of day: a deadline, the day a
// case was accepted, the day of a meeting. The zero Date is "no date" and reads and writes as "".
// Dates compare as days (Before, After, Compare), never as strings; they travel as "YYYY-MM-DD"
// in JSON and in the store's TEXT columns, so that the wire and the database keep their form.
type Date struct {
	t time.Time // midnight UTC of the day; the zero time for no date
}

// NewDate is the date y-m-d; out-of-range parts normalize as time.Date does (February 30 is
// March 2).
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// DateOf is the civil date of the moment t in China.
func DateOf(t time.Time) Date {
	y, m, d := t.In(China).Date()
	return NewDate(y, m, d)
}

// DateText reads a date as the wire holds it: "YYYY-MM-DD", or "" for no date. A bad one is an
// Invalid error with a Chinese message that names the text: on the wire it is the caller's doing.
// (A bad date in the store is not: Scan reports it as a plain, internal error.)
func DateText(s string) (Date, error) {
	d, ok := parseCivil(s)
	if !ok {
		return Date{}, Invalid("", "“"+s+"”不是有效日期，应写成年-月-日，如2026-10-01")
	}
	return d, nil
}

// parseCivil reads "YYYY-MM-DD" or "" (no date); ok is false for anything else.
func parseCivil(s string) (Date, bool) {
	if s == "" {
		return Date{}, true
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, false
	}
	return Date{t}, true
}

// MustDate is DateText for a date the code itself spells out (tests, fixed rules); a bad one
// panics.
func MustDate(s string) Date {
	d, err := DateText(s)
	if err != nil {
		panic(fmt.Sprintf("hall.MustDate(%q): %v", s, err))
	}
	return d
}

// String is the date as YYYY-MM-DD, or "" for no date.
func (d Date) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(DateLayout)
}

// Month is the year and month of d, YYYY-MM, or "" for no date.
func (d Date) Month() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format("2006-01")
}

// IsZero reports whether d is no date.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time is midnight in China at the start of d (the zero time for no date).
func (d Date) Time() time.Time {
	if d.t.IsZero() {
		return time.Time{}
	}
	y, m, day := d.t.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, China)
}

// Compare is -1, 0 or +1 as d is before, on or after e; no date is before every date.
func (d Date) Compare(e Date) int { return d.t.Compare(e.t) }

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is a later day than e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Equal reports whether d and e are the same day (or both no date).
func (d Date) Equal(e Date) bool { return d.t.Equal(e.t) }

// AddDays is the date n calendar days after d (before, for a negative n); no date stays no date.
func (d Date) AddDays(n int) Date {
	if d.t.IsZero() {
		return d
	}
	return Date{d.t.AddDate(0, 0, n)}
}

// DaysUntil is the number of calendar days from d to e: 0 on the same day, negative when e is
// earlier. Both must be dates.
func (d Date) DaysUntil(e Date) int {
	return int(e.t.Sub(d.t).Hours() / 24)
}

// Weekday is the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// MarshalJSON writes d as the JSON string "YYYY-MM-DD", or "" for no date.
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// UnmarshalJSON reads the JSON string "YYYY-MM-DD", "" or null (no date). Anything else is an
// Invalid error with a Chinese message, which the JSON decoder returns as it is, so that bad input
// on the wire is refused at the edge in words the user can read.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return Invalid("", "日期应写成年-月-日，如2026-10-01")
	}
	v, err := DateText(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Scan reads d from a TEXT column holding "YYYY-MM-DD", "" or NULL (no date). A bad text is a
// plain error naming it, never a silent zero: not the user's doing, so the service edge logs it in
// full and shows the generic internal error.
func (d *Date) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("hall.Date: cannot scan %T", src)
	}
	v, ok := parseCivil(s)
	if !ok {
		return fmt.Errorf("stored date %q is not a date (YYYY-MM-DD)", s)
	}
	*d = v
	return nil
}

// Value writes d to a TEXT column as "YYYY-MM-DD", or "" for no date (the columns are NOT NULL
// with an empty text for none).
func (d Date) Value() (driver.Value, error) { return d.String(), nil }
