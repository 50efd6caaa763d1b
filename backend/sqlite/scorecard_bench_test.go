package sqlite

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// BenchmarkCountyScorecards measures, in one run on the county data set (BENCH_DATA, a copy of a
// data folder filled by `halldesk demo --scale county`; skipped without it), the scorecards
// counted from the raw rows and read from the tallies, the two taking turns, for one calendar
// year, a year of broken months and ten years, and prints medians, p95 and their ratio (the
// tallies: the case tallies and, from schema 32, the visits and feedback of the activity
// tallies). It first checks that both give the same scorecards. Opening the folder applies any
// pending migration, whose time it prints.
//
//	BENCH_DATA=<a copy of bench-data> go test -run '^$' -bench CountyScorecards -benchtime 1x ./backend/sqlite/
func BenchmarkCountyScorecards(b *testing.B) {
	s, opened := openCountyData(b)
	defer s.Close()
	var visits, activityRows int
	if err := s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM visits), (SELECT COUNT(*) FROM activity_tallies)`).Scan(&visits, &activityRows); err != nil {
		b.Fatal(err)
	}
	fmt.Printf("open (with any pending migration) %s; %d visits, %d activity tally rows\n", opened.Round(time.Millisecond), visits, activityRows)
	year := time.Now().In(hall.China).Year() - 1
	today := hall.DateOf(time.Now())
	periods := []struct {
		name string
		p    hall.Period
		runs int
	}{
		{"one year", hall.Period{From: hall.NewDate(year, time.January, 1), To: hall.NewDate(year, time.December, 31)}, 11},
		{"one year, broken months", hall.Period{From: hall.NewDate(year, time.March, 15), To: hall.NewDate(year+1, time.March, 14)}, 11},
		{"ten years", hall.Period{From: hall.NewDate(year-9, time.January, 1), To: hall.NewDate(year, time.December, 31)}, 5},
	}
	fmt.Println("| scorecards (county) | raw median | raw p95 | tallies median | tallies p95 | ratio of medians |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, pd := range periods {
		d := DashboardDates{Period: pd.p, Today: today, DueBy: today.AddDays(3)}
		tallied, err := s.scorecards(ctx, d, true)
		if err != nil {
			b.Fatal(err)
		}
		raw, err := s.scorecards(ctx, d, false)
		if err != nil {
			b.Fatal(err)
		}
		if !reflect.DeepEqual(tallied, raw) {
			b.Fatalf("%s: the tallies' scorecards differ from the raw ones:\n%+v\n%+v", pd.name, tallied, raw)
		}
		var rawTimes, fastTimes []time.Duration
		for i := 0; i < pd.runs; i++ {
			for _, way := range []bool{false, true} {
				t0 := time.Now()
				if _, err := s.scorecards(ctx, d, way); err != nil {
					b.Fatal(err)
				}
				if way {
					fastTimes = append(fastTimes, time.Since(t0))
				} else {
					rawTimes = append(rawTimes, time.Since(t0))
				}
			}
		}
		rm, rp := medianP95(rawTimes)
		fm, fp := medianP95(fastTimes)
		fmt.Printf("| %s, %s to %s (%d runs each) | %s | %s | %s | %s | %.1f× |\n", pd.name, pd.p.From, pd.p.To, pd.runs,
			ms(rm), ms(rp), ms(fm), ms(fp), float64(rm)/float64(fm))
	}
}
