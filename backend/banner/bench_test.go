package banner_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/banner"
	"halldesk/backend/demo"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
	"halldesk/backend/sqlite"
)

// benchHalls is how many halls share the county data set in the benchmark.
const benchHalls = 15

// BenchmarkBannerDashboard15Halls measures the banner's dashboard over fifteen halls that
// together hold the county data set: each hall is the demo generator's county at a fifteenth
// of the scale (its own seed), generated once into BANNER_BENCH_DIR (kept for later runs, a
// few minutes the first time) and given to the banner as its copies. It prints the median and
// p95 of a month's and a year's dashboard, and of the month's briefing figures.
func BenchmarkBannerDashboard15Halls(b *testing.B) {
	dir := os.Getenv("BANNER_BENCH_DIR")
	if dir == "" {
		b.Skip("BANNER_BENCH_DIR is not set: no folder for the fifteen halls")
	}
	ctx := context.Background()
	var cases int
	for i := range benchHalls {
		path := filepath.Join(dir, "hall-"+strconv.Itoa(i), "halldesk.db")
		if _, err := os.Stat(path); err != nil {
			began := time.Now()
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				b.Fatal(err)
			}
			store, err := sqlite.Open(path+".new", time.Now)
			if err != nil {
				b.Fatal(err)
			}
			sum, err := demo.County(ctx, store, time.Now(), fastHash, demo.CountyOptions{Factor: 1.0 / benchHalls, Seed: 2014 + int64(i)})
			store.Close()
			if err != nil {
				b.Fatal(err)
			}
			if err := os.Rename(path+".new", path); err != nil {
				b.Fatal(err)
			}
			fmt.Printf("hall %d generated: %d cases, %d petitions, %d visits in %s\n", i, sum.Cases, sum.Petitions, sum.Visits, time.Since(began).Round(time.Second))
		}
	}
	bdir := b.TempDir()
	store, err := sqlite.Open(filepath.Join(bdir, "halldesk.db"), time.Now)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	core := app.NewCore(store, time.Now, "bench", quietLog())
	c, err := banner.New(core, bdir)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	c.Restore = func(ctx context.Context, t replica.Target, out string, _ time.Time) error {
		return os.Link(filepath.Join(t.Path, "halldesk.db"), out) // the generated hall is the copy
	}
	c.Latest = func(context.Context, replica.Target) (time.Time, error) { return time.Now(), nil }
	admin := app.NewSeat("")
	if _, err := app.ServiceOf[*app.SystemService](core, admin).Setup(hall.SetupInput{
		Hall:  hall.HallSettings{HallName: "旗政务服务局", Township: "某旗", Banner: "某旗", Phone: "0477-8612345"},
		Admin: hall.OperatorInput{Username: "banner", Name: "旗县管理员", Password: "banner-password-1"}}); err != nil {
		b.Fatal(err)
	}
	hs := app.ServiceOf[*banner.BannerHallService](core, admin)
	for i := range benchHalls {
		if _, err := hs.Save(banner.HallForm{Hall: hall.BannerHallInput{Name: "第" + strconv.Itoa(i+1) + "便民服务大厅", Township: "第" + strconv.Itoa(i+1) + "苏木"},
			Target: replica.Target{Kind: replica.KindFolder, Path: filepath.Join(dir, "hall-"+strconv.Itoa(i))}}); err != nil {
			b.Fatal(err)
		}
	}
	began := time.Now()
	if _, err := hs.Refresh(0); err != nil {
		b.Fatal(err)
	}
	fmt.Printf("15 copies opened (with any pending migration) in %s\n", time.Since(began).Round(time.Millisecond))
	reports := app.ServiceOf[*banner.BannerReportService](core, admin)
	now := time.Now().In(hall.China)
	today := hall.DateOf(now)
	month := hall.Period{From: hall.NewDate(now.Year(), now.Month(), 1), To: today}
	year := hall.Period{From: today.AddDays(-364), To: today}
	d, err := reports.Dashboard(year)
	if err != nil {
		b.Fatal(err)
	}
	for _, h := range d.Halls {
		if h.Missing || h.Error != "" {
			b.Fatalf("hall %s: %+v", h.Name, h)
		}
		cases += h.Sorted
	}
	fmt.Printf("the year's cases over the 15 halls: %d; overdue now %d, petitions past their limit %d\n", cases, d.Total.Overdue, d.Total.PetitionsOverdue)
	restoreFigures(b, filepath.Join(dir, "hall-0", "halldesk.db"))
	runs := 51
	if n, err := strconv.Atoi(os.Getenv("BANNER_BENCH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	fmt.Println("| banner over 15 halls | runs | median | p95 |")
	fmt.Println("|---|---:|---:|---:|")
	for _, m := range []struct {
		name string
		fn   func() error
	}{
		{"dashboard, this month", func() error { _, err := reports.Dashboard(month); return err }},
		{"dashboard, the last 365 days", func() error { _, err := reports.Dashboard(year); return err }},
		{"monthly briefing (PDF)", func() error { _, err := reports.PrintBriefing(now.Format("2006-01")); return err }},
	} {
		var took []time.Duration
		for range runs {
			t0 := time.Now()
			if err := m.fn(); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(t0))
		}
		slices.Sort(took)
		fmt.Printf("| %s | %d | %.1f ms | %.1f ms |\n", m.name, runs, float64(took[len(took)/2])/1e6, float64(took[min(len(took)-1, (len(took)*95+99)/100-1)])/1e6)
	}
}

// restoreFigures replicates one of the halls to a folder with Litestream and times what a
// refresh of its copy costs: reading the replica's newest state and restoring it whole.
func restoreFigures(b *testing.B, path string) {
	target := replica.Target{Kind: replica.KindFolder, Path: b.TempDir()}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	began := time.Now()
	r, err := replica.Start(ctx, path, target, replica.Options{SyncInterval: 100 * time.Millisecond})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Stop()
	for s := r.Status(); s.LastReplicated == "" || s.LocalTXID != s.RemoteTXID; s = r.Status() {
		if time.Since(began) > 5*time.Minute {
			b.Fatalf("the replica did not catch up: %+v", s)
		}
		time.Sleep(100 * time.Millisecond)
	}
	fi, _ := os.Stat(path)
	fmt.Printf("one hall (%.0f MB) replicated to a folder in %s\n", float64(fi.Size())/(1<<20), time.Since(began).Round(time.Millisecond))
	var latest, restore []time.Duration
	for i := range 5 {
		t0 := time.Now()
		if _, err := replica.Latest(ctx, target); err != nil {
			b.Fatal(err)
		}
		latest = append(latest, time.Since(t0))
		t0 = time.Now()
		if err := replica.Restore(ctx, target, filepath.Join(b.TempDir(), "copy-"+strconv.Itoa(i)+".db"), time.Time{}); err != nil {
			b.Fatal(err)
		}
		restore = append(restore, time.Since(t0))
	}
	slices.Sort(latest)
	slices.Sort(restore)
	fmt.Printf("a refresh of that hall: newest state read in %.1f ms, whole copy restored in %.0f ms (medians of 5)\n",
		float64(latest[2])/1e6, float64(restore[2])/1e6)
}
