package hall

import "testing"

func TestExpectedVisitsAndPercent(t *testing.T) {
	march := Period{From: MustDate("2025-03-01"), To: MustDate("2025-03-31")}
	for _, tc := range []struct {
		since Date
		days  int
		want  float64
	}{
		{MustDate("2025-01-01"), 15, 31.0 / 15}, // the whole month
		{MustDate("2025-03-17"), 15, 1},         // began on the 17th: 15 days left
		{MustDate("2025-03-31"), 1, 1},          // began on the last day
		{MustDate("2025-04-02"), 15, 0},         // began after the period
		{MustDate("2025-01-01"), 0, 0},
		{Date{}, 31, 1}, // no start: the whole period
	} {
		if got := ExpectedVisits(march, tc.since, tc.days); got != tc.want {
			t.Errorf("ExpectedVisits(%s, %d) = %v, want %v", tc.since, tc.days, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b int
		want string
	}{{1, 3, "33.3%"}, {2, 2, "100%"}, {0, 5, "0%"}, {1, 0, "—"}, {8, 9, "88.9%"}} {
		if got := Percent(tc.a, tc.b); got != tc.want {
			t.Errorf("Percent(%d, %d) = %s, want %s", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCleanDrill(t *testing.T) {
	q, err := CleanDrill(DrillQuery{From: MustDate("2025-03-01"), To: MustDate("2025-03-31")})
	if err != nil || q.Bucket != BucketAll {
		t.Fatalf("%+v %v", q, err)
	}
	q, err = CleanDrill(DrillQuery{From: MustDate("2026-10-01"), AllTime: true, Bucket: BucketOverdue})
	if err != nil || q.From != (Date{}) {
		t.Fatalf("all time ignores the period: %+v %v", q, err)
	}
	for _, in := range []DrillQuery{
		{From: MustDate("2025-03-01"), To: MustDate("2025-03-31"), Bucket: "x"},
		{From: MustDate("2025-03-01"), To: MustDate("2025-03-31"), Ledger: "快办"},
		{From: MustDate("2025-03-01"), To: MustDate("2025-03-31"), ItemID: -1},
		{From: MustDate("2025-03-31"), To: MustDate("2025-03-01")},
	} {
		if _, err := CleanDrill(in); !IsCode(err, CodeInvalid) {
			t.Errorf("%+v: %v", in, err)
		}
	}
}
