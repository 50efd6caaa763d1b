package replica

// Helpers shared by the tests and benchmarks of this package: a hall database that takes
// numbered writes, restores from a target, and a loopback SFTP server.

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

func TestMain(m *testing.M) {
	RunIfChild()
	runIfHallChild()
	os.Exit(m.Run())
}

// hallDSN opens a database the way the hall's store does (backend/sqlite.Open).
func hallDSN(path string) string {
	return "file:" + path + "?_journal_mode=WAL&_synchronous=FULL&_foreign_keys=on&_busy_timeout=5000&_txlock=immediate"
}

// hallDB is a hall database with a table of numbered writes.
type hallDB struct {
	path string
	db   *sql.DB
}

func openHall(t testing.TB, path string) *hallDB {
	t.Helper()
	db, err := sql.Open("sqlite3", hallDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS writes (n INTEGER PRIMARY KEY, at TEXT NOT NULL, pad TEXT)`); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &hallDB{path: path, db: db}
}

// write commits write n; when it returns, the write is acknowledged.
func (h *hallDB) write(t testing.TB, n int) {
	t.Helper()
	if _, err := h.db.Exec(`INSERT INTO writes (n, at, pad) VALUES (?, ?, ?)`, n,
		time.Now().UTC().Format(time.RFC3339Nano), fmt.Sprintf("%0200d", n)); err != nil {
		t.Fatal(err)
	}
}

// writesIn lists the writes in a database file, in order.
func writesIn(t testing.TB, path string) []int {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT n FROM writes ORDER BY n`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var n int
		rows.Scan(&n)
		out = append(out, n)
	}
	return out
}

// restoreWrites restores the target (at: zero for the latest) and lists its writes.
func restoreWrites(t testing.TB, target Target, at time.Time) ([]int, error) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "restored.db")
	if err := Restore(context.Background(), target, out, at); err != nil {
		return nil, err
	}
	return writesIn(t, out), nil
}

// waitFor polls cond until it holds; the limit only stops a test that would hang.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitWrites waits until the target's latest state holds exactly writes 1..n.
func waitWrites(t testing.TB, target Target, n int) {
	t.Helper()
	var got []int
	waitFor(t, fmt.Sprintf("writes 1..%d at the target", n), func() bool {
		w, err := restoreWrites(t, target, time.Time{})
		got = w
		return err == nil && len(w) >= n
	})
	checkExactly(t, got, n)
}

// checkExactly fails unless got is 1..n: no gap, no duplicate, nothing more.
func checkExactly(t testing.TB, got []int, n int) {
	t.Helper()
	if len(got) != n {
		t.Fatalf("got %d writes, want %d", len(got), n)
	}
	for i, v := range got {
		if v != i+1 {
			t.Fatalf("write %d is %d: a gap or a duplicate", i+1, v)
		}
	}
}

// startReplicator starts replicating h to target, fast, and stops it with the test.
func startReplicator(t testing.TB, h *hallDB, target Target) *Replicator {
	t.Helper()
	r, err := Start(context.Background(), h.path, target, Options{SyncInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Stop)
	return r
}
