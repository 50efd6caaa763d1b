package hall

import (
	"testing"
	"time"
)

func on(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.ParseInLocation("2006-01-02 15:04", s, China)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTurning60BirthsCoverTheWholeNextMonth(t *testing.T) {
	cases := []struct{ today, from, to string }{
		{"2026-03-15 10:00", "1966-04-01", "1966-05-01"},
		{"2026-12-31 23:30", "1967-01-01", "1967-02-01"}, // the last evening of the year
		{"2026-01-31 08:00", "1966-02-01", "1966-03-01"},
	}
	for _, c := range cases {
		from, to := Turning60Births(on(t, c.today))
		if from != MustDate(c.from) || to != MustDate(c.to) {
			t.Errorf("%s: [%s, %s), want [%s, %s)", c.today, from, to, c.from, c.to)
		}
	}
	// A UTC clock late on the 31st is already the 1st in the hall: next month is the one after.
	from, _ := Turning60Births(time.Date(2026, 3, 31, 17, 0, 0, 0, time.UTC))
	if from != MustDate("1966-05-01") {
		t.Errorf("time zone: %s", from)
	}
}

func TestReviewCutoffAndDueDates(t *testing.T) {
	cases := []struct {
		today  string
		months int
		cutoff string
	}{
		{"2026-03-15 10:00", 12, "2025-04-30"},
		{"2026-03-15 10:00", 6, "2025-10-31"},
		{"2026-12-10 10:00", 12, "2026-01-31"},
		{"2026-08-01 10:00", 6, "2026-03-31"},
	}
	for _, c := range cases {
		if got := ReviewCutoff(on(t, c.today), c.months); got != MustDate(c.cutoff) {
			t.Errorf("%s/%d: cutoff %s, want %s", c.today, c.months, got, c.cutoff)
		}
	}
	dues := []struct {
		approved Date
		months   int
		due      Date
	}{
		{MustDate("2025-08-31"), 6, MustDate("2026-02-28")},
		{MustDate("2023-08-31"), 6, MustDate("2024-02-29")},
		{MustDate("2025-04-30"), 12, MustDate("2026-04-30")},
		{MustDate("2025-10-31"), 6, MustDate("2026-04-30")},
		{MustDate("2025-12-31"), 2, MustDate("2026-02-28")},
		{MustDate("2025-07-15"), 6, MustDate("2026-01-15")},
		{Date{}, 6, Date{}},
	}
	for _, d := range dues {
		if got := AllowanceReviewDue(d.approved, d.months); got != d.due {
			t.Errorf("%s+%d: %s, want %s", d.approved, d.months, got, d.due)
		}
	}
	// Every approval on or before the cutoff falls due by the end of next month, and the day
	// after the cutoff does not.
	today := on(t, "2026-03-15 10:00")
	_, last := NextMonth(today)
	for _, m := range []int{6, 12} {
		cut := ReviewCutoff(today, m)
		if AllowanceReviewDue(cut, m).After(DateOf(last)) {
			t.Errorf("%d: cutoff is due after next month", m)
		}
		if !AllowanceReviewDue(cut.AddDays(1), m).After(DateOf(last)) {
			t.Errorf("%d: the day after the cutoff is due by next month", m)
		}
	}
}

func TestCollectionPeriod(t *testing.T) {
	std := DefaultOutreachSettings()
	wrap := std
	wrap.CollectionEnd = "02-29" // extended over the new year
	cases := []struct {
		name  string
		today string
		st    OutreachSettings
		want  Collection
	}{
		{"before", "2026-08-31 23:00", std, Collection{CoverYear: 2027}},
		{"first day", "2026-09-01 08:00", std, Collection{true, MustDate("2026-09-01"), MustDate("2026-12-31"), 2027}},
		{"last day", "2026-12-31 18:00", std, Collection{true, MustDate("2026-09-01"), MustDate("2026-12-31"), 2027}},
		{"after", "2027-01-01 08:00", std, Collection{CoverYear: 2028}},
		{"wrap, autumn", "2026-10-01 08:00", wrap, Collection{true, MustDate("2026-09-01"), MustDate("2027-02-28"), 2027}},
		{"wrap, winter", "2027-02-28 08:00", wrap, Collection{true, MustDate("2026-09-01"), MustDate("2027-02-28"), 2027}},
		{"wrap, leap", "2028-01-10 08:00", wrap, Collection{true, MustDate("2027-09-01"), MustDate("2028-02-29"), 2028}},
		{"wrap, closed", "2027-03-01 08:00", wrap, Collection{CoverYear: 2028}},
	}
	for _, c := range cases {
		if got := CollectionOn(on(t, c.today), c.st); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestOutreachSettingsClean(t *testing.T) {
	if _, err := DefaultOutreachSettings().Clean(); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		field string
		edit  func(*OutreachSettings)
	}{
		{"reviewMonths", func(s *OutreachSettings) { s.ReviewMonths = 3 }},
		{"collectionStart", func(s *OutreachSettings) { s.CollectionStart = "9-1" }},
		{"collectionEnd", func(s *OutreachSettings) { s.CollectionEnd = "02-30" }},
		{"collectionEnd", func(s *OutreachSettings) { s.CollectionEnd = s.CollectionStart }},
		{"newbornMonths", func(s *OutreachSettings) { s.NewbornMonths = 0 }},
	}
	for _, b := range bad {
		s := DefaultOutreachSettings()
		b.edit(&s)
		_, err := s.Clean()
		if e := AsError(err); e == nil || e.Code != CodeInvalid || e.Field != b.field {
			t.Errorf("%s: %v", b.field, err)
		}
	}
}

func TestDescribeOutreach(t *testing.T) {
	today := on(t, "2026-03-15 10:00")
	st := DefaultOutreachSettings()
	full := DisclosureFor(RoleClerk)
	r, _ := DescribeOutreach(ListTurning60, OutreachRow{BirthDate: MustDate("1966-04-30"), IDNumber: "11010519660430002X"}, st, today, full)
	if r.Age != 59 || r.Due != MustDate("2026-04-30") || r.Reason != "2026年4月30日年满60周岁，可申请养老保险待遇领取" ||
		r.BirthDate != MustDate("1966-04-30") || r.IDNumber != "11010519660430002X" {
		t.Errorf("turning 60, in full: %+v", r)
	}
	// Masked, the row says the month, never the day: with the tail of the ID number the day
	// would give the whole number away.
	r, _ = DescribeOutreach(ListTurning60, OutreachRow{BirthDate: MustDate("1966-04-30"), IDNumber: "11010519660430002X", Phone: "13812345678"}, st, today, Masked)
	if r.Age != 59 || r.Due != (Date{}) || r.DueMonth != "2026-04" || r.Reason != "2026年4月年满60周岁，可申请养老保险待遇领取" || r.BirthDate != (Date{}) ||
		r.BirthMonth != "1966-04" || r.IDNumber != "**************002X" || r.Phone != "138****5678" {
		t.Errorf("turning 60, masked: %+v", r)
	}
	r, _ = DescribeOutreach(ListNewborn, OutreachRow{BirthDate: MustDate("2026-01-09")}, st, today, Masked)
	if r.Reason != "2026年1月出生，尚未办理医保参保登记" || r.BirthDate != (Date{}) || r.Age != 0 {
		t.Errorf("newborn, masked: %+v", r)
	}
	r, _ = DescribeOutreach(ListReview, OutreachRow{BirthDate: MustDate("1970-01-01"), ApprovedOn: MustDate("2025-03-15"), MonthlyAmount: "650"}, st, today, Masked)
	if r.Due != MustDate("2026-03-15") || !r.Overdue || r.Reason != "2025-03-15审批，月保障金额650元，每年复核，2026-03-15已到期" {
		t.Errorf("review due today: %+v", r)
	}
	r, _ = DescribeOutreach(ListReview, OutreachRow{ApprovedOn: MustDate("2025-03-16"), MonthlyAmount: "650"}, st, today, Masked)
	if r.Overdue {
		t.Errorf("review due tomorrow is not overdue: %+v", r)
	}
	// (A stored date that is not one never gets here: the store's Scan refuses it.)
	for _, l := range []OutreachList{ListTurning60, ListNewborn, ListReview} {
		if _, err := DescribeOutreach(l, OutreachRow{ResidentID: 7}, st, today, Masked); err == nil {
			t.Errorf("%s: a row without the date its list is chosen by is an error, not a row without its reason", l)
		}
	}
	if note, off := OutreachNote(ListUnpaid, st, today); !off || note == "" {
		t.Errorf("unpaid list in March: %q %v", note, off)
	}
	if _, off := OutreachNote(ListUnpaid, st, on(t, "2026-09-01 09:00")); off {
		t.Error("unpaid list on 09-01 is off")
	}
	if _, err := ListInfo("nope"); err == nil {
		t.Error("unknown list accepted")
	}
}

func TestAmountCents(t *testing.T) {
	for in, want := range map[string]string{"650": "650.00", "480.5": "480.50", "0.05": "0.05", "123456.78": "123456.78"} {
		if got := Yuan(AmountCents(in)); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}
