package workday

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestBetweenMatchesDayByDay: the year-by-year count equals a count that looks up every day,
// over ranges inside one year, across years with data and predicted ones, across many years,
// empty and reversed, with the built-in calendar and (short ranges) with none.
func TestBetweenMatchesDayByDay(t *testing.T) {
	dayByDay := func(c *Calendar, from, to time.Time) (int, bool) {
		n, verified := 0, true
		for d := nextDay(from); !d.After(to); d = nextDay(d) {
			work, ok := c.workday(d)
			verified = verified && ok
			if work {
				n++
			}
		}
		return n, verified
	}
	fixed := [][2]string{{"2025-01-01", "2025-01-01"}, {"2025-01-01", "2025-01-02"}, {"2024-12-31", "2025-01-01"},
		{"2025-09-28", "2025-10-09"}, {"2026-03-01", "2025-03-01"}, {"2027-12-25", "2028-01-03"}}
	// With no calendar every day of the count predicts its year afresh: only short ranges.
	for _, f := range fixed {
		from, to := day(t, f[0]), day(t, f[1])
		n, ok := (*Calendar)(nil).between(from, to)
		if wantN, wantOK := dayByDay(nil, from, to); n != wantN || ok != wantOK {
			t.Fatalf("between(%s, %s) with no calendar = %d, %v; day by day %d, %v", f[0], f[1], n, ok, wantN, wantOK)
		}
	}
	fixed = append(fixed, [2]string{"2024-12-20", "2026-01-05"}, [2]string{"2016-02-28", "2026-12-31"}, [2]string{"2027-12-25", "2028-03-01"})
	r := rand.New(rand.NewPCG(18, 18))
	base := day(t, "2015-01-01")
	for range 300 {
		from := base.AddDate(0, 0, r.IntN(14*365))
		fixed = append(fixed, [2]string{from.Format(dateLayout), from.AddDate(0, 0, r.IntN(3*365)).Format(dateLayout)})
	}
	c := builtin(t)
	for _, f := range fixed {
		from, to := day(t, f[0]), day(t, f[1])
		n, ok := c.between(from, to)
		if wantN, wantOK := dayByDay(c, from, to); n != wantN || ok != wantOK {
			t.Fatalf("between(%s, %s) = %d, %v; day by day %d, %v", f[0], f[1], n, ok, wantN, wantOK)
		}
	}
}
