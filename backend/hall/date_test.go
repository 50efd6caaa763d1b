package hall

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	d, err := ParseDate("date", "走访日期", "2026-02-28")
	if err != nil || !d.Equal(time.Date(2026, 2, 28, 0, 0, 0, 0, China)) {
		t.Fatalf("ParseDate = %v, %v", d, err)
	}
	for in, msg := range map[string]string{
		"":           "请填写走访日期",
		"2026-02-30": "走访日期“2026-02-30”不是有效日期，应写成年-月-日，如2026-10-01",
		"2026/2/28":  "走访日期“2026/2/28”不是有效日期，应写成年-月-日，如2026-10-01",
	} {
		_, err := ParseDate("date", "走访日期", in)
		if e := AsError(err); e == nil || e.Code != CodeInvalid || e.Field != "date" || e.Message != msg {
			t.Errorf("ParseDate(%q) = %+v, want %q", in, e, msg)
		}
	}
}

// TestParseStoredDate: a bad date in the store is not the user's fault: a plain error that the
// edge logs and shows as the internal error, never a zero time.
func TestParseStoredDate(t *testing.T) {
	if d, err := ParseStoredDate("2026-12-06"); err != nil || d.Day() != 6 || d.Location() != China {
		t.Fatalf("ParseStoredDate = %v, %v", d, err)
	}
	_, err := ParseStoredDate("2026-13-01")
	if err == nil || AsError(err) != nil {
		t.Fatalf("bad stored date: %v, want a plain error", err)
	}
}

func TestPeriodUTCRange(t *testing.T) {
	from, to, err := Period{From: "2026-10-01", To: "2026-10-31"}.UTCRange()
	if err != nil || from != "2026-09-30T16:00:00Z" || to != "2026-10-31T16:00:00Z" {
		t.Fatalf("UTCRange = %s %s %v", from, to, err)
	}
	for _, p := range []Period{{From: "", To: "2026-10-31"}, {From: "2026-10-01", To: "10/31"}} {
		if _, _, err := p.UTCRange(); !IsCode(err, CodeInvalid) {
			t.Errorf("UTCRange(%+v) = %v, want invalid", p, err)
		}
	}
}
