package httpapi

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// The hall day in fast-forward: the real HTTP handler, one call screen and eight rating pads
// paired through the cookie flow and listening on /events, a kiosk taking 500 tickets and eight
// clerks at eight windows calling and serving them at once. The screen must see every call
// exactly once and each pad only its own window's events; the push delay is reported.

const (
	hallDayTickets = 500
	hallDayWindows = 8
	// hallDaySpeed is how much faster than real time the hall's clock runs: a minute a second.
	hallDaySpeed = 60
)

// hallDay is one run's server, its clients and what they heard.
type hallDay struct {
	tb    testing.TB
	srv   *httptest.Server
	core  *app.Core
	admin *http.Client

	mu        sync.Mutex
	published map[int64]time.Time  // call seq → when the hub published it (in-process listener)
	clicked   map[string]time.Time // ticket number → when the clerk sent the call that called it
	screen    []hall.BoardCall     // the calls the screen received, in order
	screenAt  map[int64]time.Time  // call seq → when the screen received it
	padEvents map[int][]hall.HallEvent
	windowEvs map[int]int // events published for one window, by window
}

// hallDayResult is what a run measured.
type hallDayResult struct {
	calls                int
	push, click          []time.Duration // publish → screen, clerk's request → screen
	padOwn, padForeign   int
	screenDup, screenMis int
}

// newHallDay starts the server over a fresh database whose clock runs hallDaySpeed times faster
// than real time from 09:00 of a working day.
func newHallDay(tb testing.TB) *hallDay {
	tb.Helper()
	app.HashCost = bcrypt.MinCost
	start := time.Now()
	base := time.Date(2026, 11, 25, 1, 0, 0, 0, time.UTC) // 09:00 in the hall
	now := func() time.Time { return base.Add(time.Since(start) * hallDaySpeed) }
	store, err := sqlite.Open(filepath.Join(tb.TempDir(), "t.db"), now)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	core := app.NewCore(store, now, "1.2.3", log)
	srv := httptest.NewUnstartedServer(nil)
	h, err := Site(core, nil, log, srv.Listener.Addr().String(), false) // as serve runs it
	if err != nil {
		tb.Fatal(err)
	}
	srv.Config.Handler = h
	srv.Start()
	tb.Cleanup(srv.Close)
	d := &hallDay{tb: tb, srv: srv, core: core, admin: client(nil),
		published: map[int64]time.Time{}, clicked: map[string]time.Time{}, screenAt: map[int64]time.Time{},
		padEvents: map[int][]hall.HallEvent{}, windowEvs: map[int]int{}}
	d.must(d.admin, "SystemService/Setup", nil, json.RawMessage(setupBody[1:len(setupBody)-1]))
	return d
}

// percentile is the nearest-rank percentile of durations (which it sorts).
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	rank := int(float64(len(ds))*p + 0.999999)
	return ds[max(rank, 1)-1]
}

func (r hallDayResult) String() string {
	push, click := slices.Clone(r.push), slices.Clone(r.click)
	return fmt.Sprintf("%d calls; push delay (publish → screen) p50 %v p95 %v max %v; clerk's call → screen p50 %v p95 %v max %v; target p95 < 1s",
		r.calls, percentile(push, 0.5).Round(time.Microsecond), percentile(push, 0.95).Round(time.Microsecond), percentile(push, 1).Round(time.Microsecond),
		percentile(click, 0.5).Round(time.Microsecond), percentile(click, 0.95).Round(time.Microsecond), percentile(click, 1).Round(time.Microsecond))
}

// collect waits (at most a while) for the screen to have every published call and sums the run up.
func (d *hallDay) collect(calls int) hallDayResult {
	deadline := time.Now().Add(15 * time.Second)
	for {
		d.mu.Lock()
		n := len(d.screenAt)
		d.mu.Unlock()
		if n >= calls || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // a doubled call would arrive now
	d.mu.Lock()
	defer d.mu.Unlock()
	r := hallDayResult{calls: len(d.published)}
	count, number := map[int64]int{}, map[int64]string{}
	for _, c := range d.screen {
		count[c.Seq]++
		number[c.Seq] = c.Number
	}
	for seq, pub := range d.published {
		switch n := count[seq]; {
		case n == 0:
			r.screenMis++
		case n > 1:
			r.screenDup += n - 1
		}
		if at, ok := d.screenAt[seq]; ok {
			r.push = append(r.push, at.Sub(pub))
			if click, ok := d.clicked[number[seq]]; ok {
				r.click = append(r.click, at.Sub(click))
			}
		}
	}
	for window, evs := range d.padEvents {
		for _, ev := range evs {
			switch ev.Window {
			case 0:
			case window:
				r.padOwn++
			default:
				r.padForeign++
			}
		}
	}
	return r
}

// clerkPanel is the part of the clerk's window panel (app.WindowPanel) the clerks read.
type clerkPanel struct {
	Current *hall.Ticket `json:"current"`
}

// run configures the hall (three groups, hallDayWindows windows each tied to a clerk), pairs
// the screen, the pads and a kiosk, and runs the day: the kiosk takes tickets while the clerks
// call, serve and finish them, every 25th citizen not coming.
func (d *hallDay) run(tickets int) hallDayResult {
	d.tb.Helper()
	groups := d.configure()
	screen := d.pair("大厅叫号屏", hall.DeviceScreen, 0)
	d.watchHub()
	d.listen(screen, func(ev hall.HallEvent, at time.Time) {
		if call, ok := boardCall(ev); ok {
			d.mu.Lock()
			d.screen = append(d.screen, call)
			if _, seen := d.screenAt[call.Seq]; !seen {
				d.screenAt[call.Seq] = at
			}
			d.mu.Unlock()
		}
	})
	for w := 1; w <= hallDayWindows; w++ {
		pad := d.pair(fmt.Sprintf("%d号窗口评价器", w), hall.DevicePad, w)
		d.listen(pad, func(ev hall.HallEvent, _ time.Time) {
			d.mu.Lock()
			d.padEvents[w] = append(d.padEvents[w], ev)
			d.mu.Unlock()
		})
	}
	kiosk := d.pair("大厅取号机", hall.DeviceKiosk, 0)
	clerks := make([]*http.Client, hallDayWindows)
	for i := range clerks {
		clerks[i] = client(nil)
		d.must(clerks[i], "AuthService/Login", nil, app.LoginInput{Username: fmt.Sprintf("clerk%d", i+1), Password: "secret123"})
	}

	var taken, handled atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, hallDayWindows+1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range tickets {
			if err := d.apiCall(kiosk, "QueueService/Take", nil, hall.TicketRequest{GroupID: groups[i%len(groups)]}); err != nil {
				errs <- fmt.Errorf("take %d: %w", i, err)
				return
			}
			taken.Add(1)
		}
	}()
	for i, c := range clerks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; handled.Load() < int64(tickets); n++ {
				var p clerkPanel
				clicked := time.Now()
				err := d.apiCall(c, "QueueService/CallNext", &p)
				if hall.IsCode(err, hall.CodeConflict) { // nobody waits for this window just now
					time.Sleep(2 * time.Millisecond)
					continue
				}
				if err != nil || p.Current == nil {
					errs <- fmt.Errorf("clerk %d call: %v %+v", i+1, err, p)
					return
				}
				d.mu.Lock()
				d.clicked[p.Current.Number] = clicked
				d.mu.Unlock()
				id := p.Current.ID
				if id%25 == 0 {
					err = d.apiCall(c, "QueueService/NoShow", nil, id)
				} else if err = d.apiCall(c, "QueueService/Start", nil, id); err == nil {
					err = d.apiCall(c, "QueueService/Finish", nil, id)
				}
				if err != nil {
					errs <- fmt.Errorf("clerk %d serve %d: %w", i+1, id, err)
					return
				}
				handled.Add(1)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		d.tb.Fatal(err)
	}
	return d.collect(tickets)
}

// queueConfig is the part of app.QueueConfig the set-up reads.
type queueConfig struct {
	Groups []hall.QueueGroup `json:"groups"`
}

// configure adds the clerks, three queue groups and the windows (each serving two groups and
// tied to one clerk) as the administrator, and returns the groups' ids.
func (d *hallDay) configure() []int64 {
	d.tb.Helper()
	var cfg queueConfig
	for i, name := range []string{"医保养老", "低保救助", "综合咨询"} {
		d.must(d.admin, "QueueService/SaveGroup", &cfg, hall.QueueGroup{Prefix: string(rune('A' + i)), Name: name, Active: true, Position: i})
	}
	var groups []int64
	for _, g := range cfg.Groups {
		groups = append(groups, g.ID)
	}
	if len(groups) != 3 {
		d.tb.Fatalf("groups: %+v", cfg.Groups)
	}
	for w := 1; w <= hallDayWindows; w++ {
		var op hall.Operator
		d.must(d.admin, "OperatorService/Save", &op, hall.OperatorInput{Username: fmt.Sprintf("clerk%d", w),
			Name: fmt.Sprintf("窗口%d", w), Role: hall.RoleClerk, Password: "secret123"})
		d.must(d.admin, "QueueService/SaveWindow", nil, hall.QueueWindow{No: w, Name: fmt.Sprintf("%d号窗口", w),
			GroupIDs: []int64{groups[w%3], groups[(w+1)%3]}, OperatorID: op.ID})
	}
	return groups
}

// TestHallDay runs a hall day of 500 tickets at 8 windows and checks that the call screen saw
// every call exactly once and that each pad heard only its own window; it reports the push delay.
func TestHallDay(t *testing.T) {
	if testing.Short() {
		t.Skip("a hall day of 500 tickets")
	}
	d := newHallDay(t)
	r := d.run(hallDayTickets)
	t.Log("hall day:", r)
	if r.calls != hallDayTickets {
		t.Errorf("%d calls published for %d tickets (each called once)", r.calls, hallDayTickets)
	}
	if r.screenMis != 0 || r.screenDup != 0 {
		t.Errorf("the screen missed %d calls and saw %d twice", r.screenMis, r.screenDup)
	}
	d.mu.Lock()
	numbers := map[string]int{}
	for _, c := range d.screen {
		numbers[c.Number]++
	}
	windowEvs := maps.Clone(d.windowEvs)
	d.mu.Unlock()
	if len(numbers) != hallDayTickets {
		t.Errorf("the screen showed %d different numbers, want %d", len(numbers), hallDayTickets)
	}
	for n, k := range numbers {
		if k != 1 {
			t.Errorf("number %s shown %d times", n, k)
		}
	}
	if r.padForeign != 0 {
		t.Errorf("pads heard %d events of other windows", r.padForeign)
	}
	own := 0
	for _, n := range windowEvs {
		own += n
	}
	if own == 0 {
		t.Error("no event was published for a window (a finished ticket asks its pad for a rating)")
	}
	if r.padOwn != own {
		t.Errorf("pads heard %d events of their own window, %d were published", r.padOwn, own)
	}
	t.Logf("pads: %d events for their own window, none for another", r.padOwn)
}

// BenchmarkHallDayPush runs the hall day (run it with -benchtime 1x) and reports the push delay
// from publishing a call to the screen's client receiving it.
func BenchmarkHallDayPush(b *testing.B) {
	for range b.N {
		d := newHallDay(b)
		r := d.run(hallDayTickets)
		b.Log("hall day:", r)
		b.ReportMetric(float64(percentile(slices.Clone(r.push), 0.5))/1e6, "p50-ms")
		b.ReportMetric(float64(percentile(slices.Clone(r.push), 0.95))/1e6, "p95-ms")
		b.ReportMetric(float64(percentile(slices.Clone(r.push), 1))/1e6, "max-ms")
		b.ReportMetric(float64(percentile(slices.Clone(r.click), 0.95))/1e6, "click-p95-ms")
		if r.screenMis != 0 || r.screenDup != 0 {
			b.Fatalf("the screen missed %d calls and saw %d twice", r.screenMis, r.screenDup)
		}
	}
}
