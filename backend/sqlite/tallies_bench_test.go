package sqlite

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// BenchmarkCountyDashboard measures, in one run on the county data set (BENCH_DATA, a data
// folder filled by `halldesk demo --scale county`; skipped without it), the dashboard read the
// old way (its case figures from a pass over the period's cases) and from the case tallies, the
// two taking turns, for one calendar year, a year of broken months and ten years, and prints
// medians, p95 and their ratio. It first checks that both give the same dashboard. Opening the
// folder applies any pending migration to it (0026 builds the tallies once).
//
//	BENCH_DATA=$PWD/bench-data go test -run '^$' -bench CountyDashboard -benchtime 1x ./backend/sqlite/
func BenchmarkCountyDashboard(b *testing.B) {
	s, opened := openCountyData(b)
	defer s.Close()
	var cases, rows int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM cases`).Scan(&cases); err != nil {
		b.Fatal(err)
	}
	if err := s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM case_day_tallies) + (SELECT COUNT(*) FROM case_month_tallies)`).Scan(&rows); err != nil {
		b.Fatal(err)
	}
	fmt.Printf("county data: %d cases, %d tally rows; open (with any pending migration) %s\n", cases, rows, opened.Round(time.Millisecond))
	year := time.Now().In(hall.China).Year() - 1
	today := hall.DateOf(time.Now())
	periods := []struct {
		name     string
		p        hall.Period
		rawRuns  int
		fastRuns int
	}{
		{"one year", hall.Period{From: hall.NewDate(year, time.January, 1), To: hall.NewDate(year, time.December, 31)}, 21, 101},
		{"one year, broken months", hall.Period{From: hall.NewDate(year, time.March, 15), To: hall.NewDate(year+1, time.March, 14)}, 21, 101},
		{"ten years", hall.Period{From: hall.NewDate(year-9, time.January, 1), To: hall.NewDate(year, time.December, 31)}, 7, 101},
	}
	fmt.Println("| dashboard (county) | raw median | raw p95 | tallies median | tallies p95 | ratio of medians |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, pd := range periods {
		d := DashboardDates{Period: pd.p, Today: today, DueBy: today.AddDays(3)}
		tallied, err := s.dashboard(ctx, d, s.caseBreakdowns)
		if err != nil {
			b.Fatal(err)
		}
		raw, err := s.dashboard(ctx, d, s.caseBreakdownsRaw)
		if err != nil {
			b.Fatal(err)
		}
		if !reflect.DeepEqual(tallied, raw) {
			b.Fatalf("%s: the tallies' dashboard differs from the raw one:\n%+v\n%+v", pd.name, tallied, raw)
		}
		var rawTimes, fastTimes []time.Duration
		for i := 0; i < max(pd.rawRuns, pd.fastRuns); i++ {
			if i < pd.rawRuns {
				t0 := time.Now()
				if _, err := s.dashboard(ctx, d, s.caseBreakdownsRaw); err != nil {
					b.Fatal(err)
				}
				rawTimes = append(rawTimes, time.Since(t0))
			}
			t0 := time.Now()
			if _, err := s.dashboard(ctx, d, s.caseBreakdowns); err != nil {
				b.Fatal(err)
			}
			fastTimes = append(fastTimes, time.Since(t0))
		}
		rm, rp := medianP95(rawTimes)
		fm, fp := medianP95(fastTimes)
		fmt.Printf("| %s, %s to %s (%d / %d runs) | %s | %s | %s | %s | %.0f× |\n", pd.name, pd.p.From, pd.p.To, len(rawTimes), len(fastTimes),
			ms(rm), ms(rp), ms(fm), ms(fp), float64(rm)/float64(fm))
	}
}

// openCountyData opens the county data set named by BENCH_DATA (relative to the repository, or
// absolute; the benchmark is skipped without it) and says how long the opening took.
func openCountyData(b *testing.B) (*Store, time.Duration) {
	data := os.Getenv("BENCH_DATA")
	if data == "" {
		b.Skip("BENCH_DATA is not set: no county data set to measure")
	}
	if !filepath.IsAbs(data) {
		data = filepath.Join("..", "..", data)
	}
	t0 := time.Now()
	s, err := Open(filepath.Join(data, "halldesk.db"), time.Now)
	if err != nil {
		b.Fatal(err)
	}
	return s, time.Since(t0)
}

// medianP95 of a sample.
func medianP95(d []time.Duration) (median, p95 time.Duration) {
	d = slices.Clone(d)
	slices.Sort(d)
	return d[len(d)/2], d[min(len(d)-1, (len(d)*95+99)/100-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }
