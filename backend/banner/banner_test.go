package banner_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/banner"
	"halldesk/backend/demo"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
	"halldesk/backend/sqlite"
)

var shanghai = time.FixedZone("CST", 8*3600)

// now is the tests' clock: a working Tuesday morning.
var now = time.Date(2026, 11, 24, 10, 0, 0, 0, shanghai)

func clock() time.Time { return now }

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func fastHash(pw string) (string, error) { return "not-a-password:" + pw, nil }

// testHall is one hall's own database with demo data and its own services.
type testHall struct {
	name, township string
	dir            string
	core           *app.Core
}

// newHall fills a hall's database with the demo generator's county data from seed (safe to call from
// several goroutines: it reports failures as an error).
func newHall(t *testing.T, name, township string, seed int64) (*testHall, error) {
	dir := t.TempDir()
	store, err := sqlite.Open(filepath.Join(dir, "halldesk.db"), clock)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { store.Close() })
	// The county generator at a small scale: years of cases, petitions and visits in a second.
	if _, err := demo.County(context.Background(), store, now, fastHash, demo.CountyOptions{Factor: 0.003, Seed: seed}); err != nil {
		return nil, err
	}
	return &testHall{name: name, township: township, dir: dir, core: app.NewCore(store, clock, "test", quietLog())}, nil
}

// ownDashboard is the hall's dashboard as its own supervisor sees it.
func (h *testHall) ownDashboard(t *testing.T, p hall.Period) hall.Dashboard {
	t.Helper()
	ops, err := h.core.Store.Operators(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range ops {
		if op.Role == hall.RoleSupervisor {
			d, err := app.ServiceOf[*app.DashboardService](h.core, h.core.SignedInSeat(op.ID)).Get(p)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	t.Fatal("no supervisor in the demo data")
	return hall.Dashboard{}
}

// bannerEnv is a banner console over its own data folder, whose replicas are the halls' own
// databases copied with SQLite's backup (what a restore from the replica gives).
type bannerEnv struct {
	dir     string // the banner's data folder
	console *banner.Console
	halls   map[string]*testHall
	admin   *app.Seat
}

func newBanner(t *testing.T, halls ...*testHall) *bannerEnv {
	t.Helper()
	dir := t.TempDir()
	store, err := sqlite.Open(filepath.Join(dir, "halldesk.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	core := app.NewCore(store, clock, "test", quietLog())
	c, err := banner.New(core, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	e := &bannerEnv{dir: dir, console: c, halls: map[string]*testHall{}, admin: app.NewSeat("")}
	c.Restore = func(ctx context.Context, tg replica.Target, out string, _ time.Time) error {
		_, err := e.halls[tg.Path].core.Store.BackupTo(ctx, out)
		return err
	}
	c.Latest = func(context.Context, replica.Target) (time.Time, error) { return now.Add(-3 * time.Second), nil }
	_, err = app.ServiceOf[*app.SystemService](core, e.admin).Setup(hall.SetupInput{
		Hall:  hall.HallSettings{HallName: "伊金霍洛旗政务服务局", Township: "伊金霍洛旗", Banner: "伊金霍洛旗", Phone: "0477-8612345"},
		Admin: hall.OperatorInput{Username: "banner", Name: "旗县管理员甲", Password: "banner-password-1"}})
	if err != nil {
		t.Fatal(err)
	}
	hs := e.hallService(e.admin)
	for _, h := range halls {
		e.halls[h.dir] = h
		_, err := hs.Save(banner.HallForm{Hall: hall.BannerHallInput{Name: h.name, Township: h.township},
			Target: replica.Target{Kind: replica.KindFolder, Path: h.dir}})
		if err != nil {
			t.Fatal(err)
		}
	}
	return e
}

func (e *bannerEnv) hallService(seat *app.Seat) *banner.BannerHallService {
	return app.ServiceOf[*banner.BannerHallService](e.console.Core, seat)
}

func (e *bannerEnv) reports(seat *app.Seat) *banner.BannerReportService {
	return app.ServiceOf[*banner.BannerReportService](e.console.Core, seat)
}

// threeHalls is the banner over three halls of different demo data, refreshed.
func threeHalls(t *testing.T) *bannerEnv {
	t.Helper()
	names := [][2]string{{"阿勒腾席热镇便民服务大厅", "阿勒腾席热镇"}, {"札萨克镇便民服务大厅", "札萨克镇"}, {"红庆河镇便民服务大厅", "红庆河镇"}}
	halls := make([]*testHall, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() { // the demo data of three halls, side by side
			defer wg.Done()
			halls[i], errs[i] = newHall(t, n[0], n[1], 2014+int64(i))
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	e := newBanner(t, halls...)
	list, err := e.hallService(e.admin).Refresh(0)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range list {
		if h.Error != "" || h.Stale || h.ReplicatedAt == "" {
			t.Fatalf("hall %s after refresh: %+v", h.Name, h)
		}
	}
	return e
}

// TestBannerConsole builds three halls and a banner once (the demo data takes seconds) and
// checks the console on them.
func TestBannerConsole(t *testing.T) {
	e := threeHalls(t)
	t.Run("totals equal the halls' own dashboards", func(t *testing.T) { testTotals(t, e) })
	t.Run("roles", func(t *testing.T) { testRoles(t, e) })
	t.Run("drill-down is masked and audited", func(t *testing.T) { testDrill(t, e) })
	t.Run("briefing", func(t *testing.T) { testBriefing(t, e) })
	t.Run("lists", func(t *testing.T) { testLists(t, e) })
	t.Run("refresh swaps the copy", func(t *testing.T) { testRefresh(t, e) })
	t.Run("copies swap under readers", func(t *testing.T) { testSwapUnderReaders(t, e) })
	t.Run("follows a Litestream replica", func(t *testing.T) { testRealReplica(t, e) })
}

func testTotals(t *testing.T, e *bannerEnv) {
	p := hall.Period{From: hall.DateOf(now.AddDate(0, -2, 0)), To: hall.DateOf(now)}
	got, err := e.reports(e.admin).Dashboard(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Halls) != 3 {
		t.Fatalf("halls on the dashboard: %d, want 3", len(got.Halls))
	}
	var want banner.HallFigures
	byName := map[string]banner.HallFigures{}
	for _, f := range got.Halls {
		byName[f.Name] = f
	}
	for _, h := range e.halls {
		d := h.ownDashboard(t, p)
		f := byName[h.name]
		own := []int{d.Summary.Sorted, d.OverdueAll, d.DueSoonAll, d.Summary.Rated, d.Summary.Good, d.Remedy.Open, d.Petitions.Overdue, d.Visits.Duties, d.Visits.OnTime}
		seen := []int{f.Sorted, f.Overdue, f.DueSoon, f.Rated, f.Good, f.RemedyOpen, f.PetitionsOverdue, f.Duties, f.DutiesOnTime}
		for i := range own {
			if own[i] != seen[i] {
				t.Errorf("%s: figure %d is %d at the banner, %d at the hall", h.name, i, seen[i], own[i])
			}
		}
		want.Sorted += d.Summary.Sorted
		want.Overdue += d.OverdueAll
		want.DueSoon += d.DueSoonAll
		want.Rated += d.Summary.Rated
		want.Good += d.Summary.Good
		want.RemedyOpen += d.Remedy.Open
		want.PetitionsOverdue += d.Petitions.Overdue
		want.Duties += d.Visits.Duties
		want.DutiesOnTime += d.Visits.OnTime
	}
	tot := got.Total
	if tot.Sorted != want.Sorted || tot.Overdue != want.Overdue || tot.DueSoon != want.DueSoon || tot.Rated != want.Rated ||
		tot.Good != want.Good || tot.RemedyOpen != want.RemedyOpen || tot.PetitionsOverdue != want.PetitionsOverdue ||
		tot.Duties != want.Duties || tot.DutiesOnTime != want.DutiesOnTime {
		t.Fatalf("banner total %+v\nsum of the halls %+v", tot, want)
	}
	if tot.Sorted == 0 || tot.Overdue == 0 || tot.Rated == 0 || tot.Duties == 0 {
		t.Fatalf("the demo data should give every figure something to count: %+v", tot)
	}
	if r := hall.Ratio(want.Good, want.Rated); tot.Satisfaction != r {
		t.Fatalf("satisfaction %v, want %v", tot.Satisfaction, r)
	}
}
