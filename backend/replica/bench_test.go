//go:build unix

package replica_test

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/superfly/ltx"
	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/demo"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
	"halldesk/backend/sqlite"
)

// BenchmarkReplication measures, in one run on loopback (the system's SSH server, as the tests
// start it): the replication lag of single writes at HallDesk's own settings (one-second sync),
// and the counter's intake latency on two copies of one demo hall taking turns, one replicating
// to the SFTP server and one not. It prints medians, p95 and their ratios.
//
//	go test -run '^$' -bench Replication -benchtime 1x ./backend/replica/
func BenchmarkReplication(b *testing.B) {
	srv := replica.StartSFTP(b)
	lags := measureLag(b, srv, 40)
	fmt.Println("| replication (loopback SFTP, 1 s sync) | median | p95 | max |")
	fmt.Println("|---|---|---|---|")
	fmt.Printf("| lag of one write until its LTX file is on the server (%d writes) | %s | %s | %s |\n",
		len(lags), pct(lags, 50), pct(lags, 95), pct(lags, 100))

	with, without := measureIntake(b, srv, 400)
	fmt.Println("| intake (CaseService.Intake, demo hall) | median | p95 |")
	fmt.Println("|---|---|---|")
	fmt.Printf("| without replication (%d) | %s | %s |\n", len(without), pct(without, 50), pct(without, 95))
	fmt.Printf("| with replication (%d) | %s | %s |\n", len(with), pct(with, 50), pct(with, 95))
	fmt.Printf("| ratio with/without | %.2f | %.2f |\n",
		float64(pct(with, 50))/float64(pct(without, 50)), float64(pct(with, 95))/float64(pct(without, 95)))
}

// measureLag writes one row at a time, at random pauses, and times how long each takes to
// reach the server as a new L0 LTX file.
func measureLag(b *testing.B, srv *replica.SFTPServer, n int) []time.Duration {
	h := replica.OpenHall(b, filepath.Join(b.TempDir(), "halldesk.db"))
	h.Write(b, 1)
	target := srv.Target("lag")
	r, err := replica.Start(context.Background(), h.Path(), target, replica.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Stop()
	replica.WaitWrites(b, target, 1)
	dir := filepath.Join(target.Path, "ltx", "0")
	var lags []time.Duration
	for i := 2; i <= n+1; i++ {
		time.Sleep(time.Duration(200+rand.IntN(500)) * time.Millisecond)
		before := maxTXID(dir)
		h.Write(b, i)
		t0 := time.Now()
		replica.WaitFor(b, "the write on the server", func() bool { return maxTXID(dir) > before })
		lags = append(lags, time.Since(t0))
	}
	return lags
}

// maxTXID is the highest transaction in the LTX files of dir.
func maxTXID(dir string) ltx.TXID {
	entries, _ := os.ReadDir(dir)
	var m ltx.TXID
	for _, e := range entries {
		if _, max, err := ltx.ParseFilename(e.Name()); err == nil && max > m {
			m = max
		}
	}
	return m
}

// measureIntake takes n intakes on each of two copies of a demo hall, in turns, the first
// replicating to the server.
func measureIntake(b *testing.B, srv *replica.SFTPServer, n int) (with, without []time.Duration) {
	dir := b.TempDir()
	src := filepath.Join(dir, "demo.db")
	ctx := context.Background()
	s, err := sqlite.Open(src, time.Now)
	if err != nil {
		b.Fatal(err)
	}
	hash := func(p string) (string, error) {
		h, err := bcrypt.GenerateFromPassword([]byte(p), bcrypt.MinCost)
		return string(h), err
	}
	if _, err := demo.Fill(ctx, s, time.Now(), hash, 2014); err != nil {
		b.Fatal(err)
	}
	s.Close()
	desks := make([]*intakeDesk, 2)
	for i := range desks {
		p := filepath.Join(dir, fmt.Sprintf("hall%d", i), "halldesk.db")
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			b.Fatal(err)
		}
		if _, err := sqlite.CopyDatabase(ctx, src, p); err != nil {
			b.Fatal(err)
		}
		desks[i] = newIntakeDesk(b, p)
	}
	r, err := replica.Start(ctx, desks[0].path, srv.Target("intake"), replica.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Stop()
	for i := 0; i < n; i++ {
		with = append(with, desks[0].intake(b))
		without = append(without, desks[1].intake(b))
		time.Sleep(20 * time.Millisecond)
	}
	return with, without
}

// intakeDesk is a clerk's counter on one hall.
type intakeDesk struct {
	path      string
	cases     *app.CaseService
	residents []int64
	items     []hall.ServiceItem
}

func newIntakeDesk(b *testing.B, path string) *intakeDesk {
	ctx := context.Background()
	s, err := sqlite.Open(path, time.Now)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	core := app.NewCore(s, time.Now, "bench", slog.New(slog.NewTextHandler(io.Discard, nil)))
	ops, err := s.Operators(ctx)
	if err != nil {
		b.Fatal(err)
	}
	d := &intakeDesk{path: path}
	for _, op := range ops {
		if op.Role == hall.RoleClerk && op.Active {
			for _, svc := range core.Services(core.SignedInSeat(op.ID)) {
				if c, ok := svc.(*app.CaseService); ok {
					d.cases = c
				}
			}
			break
		}
	}
	if d.cases == nil {
		b.Fatal("no clerk in the demo hall")
	}
	if d.items, err = s.ServiceItems(ctx, false); err != nil || len(d.items) == 0 {
		b.Fatalf("service items: %v", err)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT id FROM residents ORDER BY id LIMIT 200`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		d.residents = append(d.residents, id)
	}
	rows.Close()
	return d
}

// intake takes one case at the counter and returns how long it took.
func (d *intakeDesk) intake(b *testing.B) time.Duration {
	it := d.items[rand.IntN(len(d.items))]
	received := []string{}
	for _, m := range it.Materials {
		received = append(received, m.Name)
	}
	t0 := time.Now()
	_, err := d.cases.Intake(hall.IntakeInput{ApplicantID: d.residents[rand.IntN(len(d.residents))], ItemID: it.ID,
		Source: "大厅窗口", Summary: "复制对比", Received: received})
	el := time.Since(t0)
	if err != nil {
		b.Fatalf("intake: %v", err)
	}
	return el
}

// pct is the p-th percentile (nearest rank) of ds.
func pct(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (p*len(s)+99)/100 - 1
	if i < 0 {
		i = 0
	}
	return s[i].Round(100 * time.Microsecond)
}
