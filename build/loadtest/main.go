// Command loadtest drives `halldesk serve` with concurrent clients doing a hall's working mix
// (resident search, ledger pages, intake with a state transition, the supervisor's dashboard)
// for a fixed time, and prints requests, latency percentiles and errors per kind of request.
//
//	go run ./build/loadtest -bin build/bin/halldesk -clients 20 -duration 60s
//
// It fills a fresh data folder with the demo data first unless -data names one already filled;
// -copy names a filled folder (the county data set of make bench) to copy into a temporary folder
// first, since the load writes. Counter classes (search, ledger page 1, intake+start) are the
// ones a citizen waits for; the report classes (dashboard, scorecards) run beside them.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	bin := flag.String("bin", "build/bin/halldesk", "the halldesk binary")
	clients := flag.Int("clients", 20, "concurrent clients")
	duration := flag.Duration("duration", 60*time.Second, "how long to drive the load")
	data := flag.String("data", "", "a data folder already filled (default: a fresh one with the demo data)")
	from := flag.String("copy", "", "a filled data folder to copy into a temporary folder and load (it is not changed)")
	think := flag.Duration("think", 0, "each client's mean pause between two requests (drawn from 0 to twice it); 0: none, the server saturated")
	flag.Parse()
	if err := run(*bin, *clients, *duration, *data, *from, *think); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(bin string, clients int, duration time.Duration, data, from string, think time.Duration) error {
	if from != "" {
		dir, err := copyData(from)
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		data = dir
	}
	if data == "" {
		dir, err := os.MkdirTemp("", "halldesk-load-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		data = dir
		fmt.Println("filling demo data…")
		if out, err := exec.Command(bin, "demo", "--data", data).CombinedOutput(); err != nil {
			return fmt.Errorf("demo: %v: %s", err, out)
		}
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	srv := exec.Command(bin, "serve", "--listen", fmt.Sprintf("127.0.0.1:%d", port), "--data", data)
	var serverLog bytes.Buffer
	srv.Stdout, srv.Stderr = &serverLog, &serverLog
	if err := srv.Start(); err != nil {
		return err
	}
	exited := make(chan struct{})
	go func() { srv.Wait(); close(exited) }()
	defer func() { srv.Process.Signal(os.Interrupt); <-exited }()
	if err := waitHealthy(base, exited); err != nil {
		select {
		case <-exited: // what it said before it stopped (a data file from a newer version, …)
			return fmt.Errorf("%w: %s", err, strings.TrimSpace(serverLog.String()))
		default:
			return err
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	rec := &recorder{lat: map[string][]time.Duration{}, errs: map[string]int{}}
	var wg sync.WaitGroup
	// People sign in one after another, not twelve at once on one account: the server reserves
	// each attempt before checking the password and refuses more than five at a time per account.
	var signIn sync.Mutex
	started := time.Now()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := client(ctx, base, i, think, &signIn, rec); err != nil {
				rec.fail("login", err)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(started)
	if think > 0 {
		fmt.Printf("each client pauses %s on average between two requests\n", think)
	}
	rec.report(os.Stdout, clients, elapsed)
	counters := rec.worstCounterP95()
	verdict := "met"
	if counters > counterTarget {
		verdict = "missed"
	}
	fmt.Printf("worst counter p95: %.1f ms (target %d ms: %s)\n", float64(counters.Microseconds())/1000, counterTarget.Milliseconds(), verdict)
	locked := strings.Count(serverLog.String(), "database is locked")
	fmt.Printf("\"database is locked\" in the server log: %d\n", locked)
	if rec.errorCount() > 0 || locked > 0 {
		return fmt.Errorf("%d errors", rec.errorCount()+locked)
	}
	return nil
}

// Roles of the simulated clients, in turn: most are at the counter.
var logins = []string{"chuangkou", "chuangkou", "chuangkou", "jiedai", "dudao"}

// client signs in (holding signIn, so that sign-ins come one at a time) and repeats its role's
// mix until ctx ends.
func client(ctx context.Context, base string, n int, think time.Duration, signIn *sync.Mutex, rec *recorder) error {
	jar, _ := cookiejar.New(nil)
	c := &api{base: base, http: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
	user := logins[n%len(logins)]
	signIn.Lock()
	err := c.call("AuthService/Login", nil, map[string]string{"username": user, "password": "demo1234"})
	signIn.Unlock()
	if err != nil {
		return err
	}
	var items []struct {
		ID        int64 `json:"id"`
		Materials []struct {
			Name string `json:"name"`
		} `json:"materials"`
		Active bool `json:"active"`
	}
	if err := c.call("CatalogService/List", &items, false); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(uint64(n), 7))
	names := []string{"张", "王", "李", "巴特", "其其", "乌兰", "斯琴", "娜仁"}
	var residentIDs []int64
	for ctx.Err() == nil {
		if think > 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(time.Duration(r.Int64N(int64(2 * think)))):
			}
		}
		var kind string
		var err error
		t0 := time.Now()
		switch x := r.IntN(100); {
		case user == "dudao" && x < 40:
			kind = "report: dashboard"
			err = c.call(dashboardMethod, nil, dashboardArgs(time.Now())...)
		case user == "dudao" && x < 50:
			kind = "report: scorecards"
			err = c.call("DashboardService/Scorecards", nil, dashboardArgs(time.Now())...)
		case x < 45:
			kind = "counter: search"
			var page struct {
				Items []struct {
					ID int64 `json:"id"`
				} `json:"items"`
			}
			err = c.call("ResidentService/Search", &page, map[string]any{"text": names[r.IntN(len(names))], "page": 1, "pageSize": 20})
			for _, it := range page.Items {
				if len(residentIDs) < 200 {
					residentIDs = append(residentIDs, it.ID)
				}
			}
		case x < 75 || len(residentIDs) == 0 || user != "chuangkou":
			// The first page, then (as a clerk pages on) the next one, timed apart.
			kind = "counter: ledger page 1"
			ledgers := []string{"即办", "代办", "上报"}
			q := map[string]any{"ledger": ledgers[r.IntN(3)], "overdue": r.IntN(4) == 0, "page": 1, "pageSize": 20}
			var page struct {
				Last string `json:"last"`
			}
			if err = c.call("CaseService/Ledger", &page, q); err == nil && ctx.Err() == nil {
				rec.ok(kind, time.Since(t0))
				kind, t0 = "counter: ledger next page", time.Now()
				q["page"] = 2
				if page.Last != "" { // a server without keyset pages reads page 2 by its number
					q["after"] = page.Last
				}
				err = c.call("CaseService/Ledger", nil, q)
			}
		default:
			kind = "counter: intake+start"
			it := items[r.IntN(len(items))]
			received := []string{}
			for _, m := range it.Materials {
				received = append(received, m.Name)
			}
			var cs struct {
				ID      int64  `json:"id"`
				Status  string `json:"status"`
				Version int64  `json:"version"`
			}
			err = c.call("CaseService/Intake", &cs, map[string]any{"applicantId": residentIDs[r.IntN(len(residentIDs))],
				"itemId": it.ID, "source": "大厅窗口", "summary": "压力测试", "received": received})
			if err == nil && cs.Status == "accepted" {
				err = c.call("CaseService/Act", nil, map[string]any{"caseId": cs.ID, "action": "start", "version": cs.Version})
			}
		}
		if err != nil && ctx.Err() == nil {
			rec.fail(kind, err)
			continue
		}
		if ctx.Err() == nil {
			rec.ok(kind, time.Since(t0))
		}
	}
	return nil
}

type api struct {
	base string
	http *http.Client
}

// call posts the arguments as the browser shim does and decodes the answer into out (if not nil).
func (a *api) call(method string, out any, args ...any) error {
	if args == nil {
		args = []any{}
	}
	body, _ := json.Marshal(args)
	req, _ := http.NewRequest(http.MethodPost, a.base+"/api/"+method, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %d %s", method, resp.StatusCode, strings.TrimSpace(string(b)))
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}

type recorder struct {
	mu   sync.Mutex
	lat  map[string][]time.Duration
	errs map[string]int
	last map[string]string
}

func (r *recorder) ok(kind string, d time.Duration) {
	r.mu.Lock()
	r.lat[kind] = append(r.lat[kind], d)
	r.mu.Unlock()
}

func (r *recorder) fail(kind string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs[kind]++
	if r.last == nil {
		r.last = map[string]string{}
	}
	r.last[kind] = err.Error()
}

func (r *recorder) errorCount() int {
	n := 0
	for _, e := range r.errs {
		n += e
	}
	return n
}

func (r *recorder) report(w io.Writer, clients int, elapsed time.Duration) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	fmt.Fprintf(bw, "%d clients for %.0f s\n\n", clients, elapsed.Seconds())
	fmt.Fprintf(bw, "| request | count | per s | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	kinds := []string{}
	var all []time.Duration
	for k, l := range r.lat {
		kinds = append(kinds, k)
		all = append(all, l...)
	}
	for k := range r.errs {
		if _, ok := r.lat[k]; !ok {
			kinds = append(kinds, k)
		}
	}
	slices.Sort(kinds)
	row := func(name string, l []time.Duration, errs int) {
		slices.Sort(l)
		fmt.Fprintf(bw, "| %s | %d | %.0f | %s | %s | %s | %s | %d |\n", name, len(l), float64(len(l))/elapsed.Seconds(),
			pct(l, 50), pct(l, 95), pct(l, 99), pct(l, 100), errs)
	}
	for _, k := range kinds {
		row(k, r.lat[k], r.errs[k])
	}
	row("all", all, r.errorCount())
	for k, msg := range r.last {
		fmt.Fprintf(bw, "\nlast %s error: %s\n", k, msg)
	}
}

func pct(l []time.Duration, p int) string {
	if len(l) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", float64(l[pctIndex(len(l), p)].Microseconds())/1000)
}

// pctIndex is the index of the p-th percentile in a sorted list of n.
func pctIndex(n, p int) int { return min(max((n*p+99)/100-1, 0), n-1) }

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitHealthy waits until the server answers /healthz, or it has exited.
func waitHealthy(base string, exited <-chan struct{}) error {
	// The first start on a fresh copy of the county data takes the day's backup (1.6 GB) first.
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return errors.New("the server stopped before it answered /healthz")
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("server did not answer /healthz within 3 minutes")
}

// The supervisor's dashboard for the year to date.
const dashboardMethod = "DashboardService/Get"

func dashboardArgs(now time.Time) []any {
	return []any{map[string]string{"from": now.Format("2006") + "-01-01", "to": now.Format("2006-01-02")}}
}

// counterTarget is issue 18's bound on the p95 of every counter class under load.
const counterTarget = 300 * time.Millisecond

// worstCounterP95 is the highest p95 among the counter classes.
func (r *recorder) worstCounterP95() time.Duration {
	var worst time.Duration
	for k, l := range r.lat {
		if !strings.HasPrefix(k, "counter:") || len(l) == 0 {
			continue
		}
		l = slices.Clone(l)
		slices.Sort(l)
		worst = max(worst, l[pctIndex(len(l), 95)])
	}
	return worst
}
