package hall

import "testing"

func TestPeriodUTCRange(t *testing.T) {
	from, to, err := Period{From: MustDate("2026-10-01"), To: MustDate("2026-10-31")}.UTCRange()
	if err != nil || from != "2026-09-30T16:00:00Z" || to != "2026-10-31T16:00:00Z" {
		t.Fatalf("UTCRange = %s %s %v", from, to, err)
	}
	for _, p := range []Period{{From: Date{}, To: MustDate("2026-10-31")}, {From: MustDate("2026-10-01"), To: Date{}}} {
		if _, _, err := p.UTCRange(); !IsCode(err, CodeInvalid) {
			t.Errorf("UTCRange(%+v) = %v, want invalid", p, err)
		}
	}
}
