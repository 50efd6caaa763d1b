package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// TestGroupCommitAnswersEachWrite: writes that queue while the writer is busy commit as one
// group; in it a write that fails and one that panics are rolled back to their savepoints and
// answered with their error (the panic raised again in their caller), the others are on disk.
func TestGroupCommitAnswersEachWrite(t *testing.T) {
	s, _, _ := newStore(t)
	setting := func(key string) func(tx *sql.Tx) error {
		return func(tx *sql.Tx) error {
			_, err := tx.Exec(`INSERT INTO settings(key, value) VALUES (?, '1')`, key)
			return err
		}
	}
	refused := errors.New("refused")
	writes := map[string]func(tx *sql.Tx) error{
		"first": setting("group_first"),
		"kept":  setting("group_kept"),
		"fails": func(tx *sql.Tx) error {
			if err := setting("group_fails")(tx); err != nil {
				return err
			}
			return refused
		},
		"panics": func(tx *sql.Tx) error {
			if err := setting("group_panics")(tx); err != nil {
				return err
			}
			panic("boom")
		},
		"also kept": setting("group_also_kept"),
	}
	results := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := func(name string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := "ok"
			defer func() {
				if p := recover(); p != nil {
					res = fmt.Sprint("panic: ", p)
				}
				mu.Lock()
				results[name] = res
				mu.Unlock()
			}()
			if err := s.tx(ctx, writes[name]); err != nil {
				res = err.Error()
			}
		}()
	}
	// queued waits until a group is being led and n writes wait for the next.
	queued := func(n int) {
		for {
			s.queue.mu.Lock()
			got, leading := len(s.queue.pending), s.queue.leading
			s.queue.mu.Unlock()
			if leading && got == n {
				return
			}
			runtime.Gosched()
		}
	}
	s.writes.Lock() // the writer is busy: the first write leads a group of its own and waits
	start("first")
	queued(0)
	for _, name := range []string{"kept", "fails", "panics", "also kept"} {
		start(name)
	}
	queued(4)
	s.writes.Unlock()
	wg.Wait()
	if results["first"] != "ok" || results["kept"] != "ok" || results["also kept"] != "ok" || results["fails"] != "refused" ||
		!strings.HasPrefix(results["panics"], "panic: boom") {
		t.Fatalf("answers: %q", results)
	}
	var keys []string
	rows, err := s.db.Query(`SELECT key FROM settings WHERE key LIKE 'group_%' ORDER BY key`)
	must(t, err)
	for rows.Next() {
		var k string
		must(t, rows.Scan(&k))
		keys = append(keys, k)
	}
	must(t, rows.Err())
	if strings.Join(keys, ",") != "group_also_kept,group_first,group_kept" {
		t.Fatalf("on disk: %v", keys)
	}
}
