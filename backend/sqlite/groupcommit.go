package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"runtime/debug"
	"sync"
)

// Writes that queue for the writer commit together (group commit). Every COMMIT syncs the
// write-ahead log to disk (synchronous=FULL), and under a busy hall that sync was half of each
// write's time while a dozen counters waited for their turn. The write that finds nobody writing
// leads: it runs every write queued by then in one transaction, each in a SAVEPOINT of its own, and
// commits once; the writes that queued meanwhile wait, and the first of them leads the next group.
// A write that fails is rolled back to its savepoint and returns its error, the others of its
// group commit; each write is answered only after the COMMIT that holds it succeeded (a failed
// COMMIT fails them all, and none of them is on disk). Should a write's error have ended the
// transaction itself (SQLite rolls back on a full disk), its whole group fails with that error.
// A write alone in its group runs exactly as a transaction of its own.

// writeReq is one write waiting for, or taken by, a group.
type writeReq struct {
	ctx  context.Context
	fn   func(tx *sql.Tx) error
	err  error
	pan  any           // a panic of fn, raised again in the caller
	lead chan struct{} // closed when this write is to lead the next group
	done chan struct{} // closed when the write's group has committed or failed
}

// writeQueue holds the writes waiting for the next group.
type writeQueue struct {
	mu      sync.Mutex
	pending []*writeReq
	leading bool // a group is being run, and its leader will hand over to the next
}

// groupTx runs fn as part of the next group commit and returns its own result.
func (s *Store) groupTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	q := s.queue
	r := &writeReq{ctx: ctx, fn: fn, lead: make(chan struct{}), done: make(chan struct{})}
	q.mu.Lock()
	q.pending = append(q.pending, r)
	wait := q.leading
	q.leading = true
	q.mu.Unlock()
	if wait {
		select {
		case <-r.done:
		case <-r.lead:
		}
	}
	select {
	case <-r.done:
	default: // this write leads the group of every write queued now
		q.mu.Lock()
		group := q.pending
		q.pending = nil
		q.mu.Unlock()
		s.runGroup(group)
		q.mu.Lock()
		if len(q.pending) > 0 {
			close(q.pending[0].lead)
		} else {
			q.leading = false
		}
		q.mu.Unlock()
	}
	if r.pan != nil {
		panic(r.pan)
	}
	return r.err
}

// runGroup runs the writes of one group in one transaction and answers each of them.
func (s *Store) runGroup(group []*writeReq) {
	defer func() {
		for _, r := range group {
			close(r.done)
		}
	}()
	s.writes.Lock()
	defer s.writes.Unlock()
	if len(group) == 1 && group[0].ctx.Err() != nil {
		group[0].err = fmt.Errorf("begin: %w", group[0].ctx.Err())
		return
	}
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		for _, r := range group {
			r.err = fmt.Errorf("begin: %w", err)
		}
		return
	}
	alone := len(group) == 1
	var kept []*writeReq
	for i, r := range group {
		if r.ctx.Err() != nil {
			r.err = fmt.Errorf("begin: %w", r.ctx.Err())
			continue
		}
		if !alone {
			if _, err := tx.Exec(`SAVEPOINT groupwrite`); err != nil {
				failGroup(tx, group[:i], group[i:], err)
				return
			}
		}
		r.err = runWrite(r, tx)
		if r.err == nil && r.pan == nil {
			if !alone {
				if _, err := tx.Exec(`RELEASE groupwrite`); err != nil {
					failGroup(tx, kept, group[i:], err)
					return
				}
			}
			kept = append(kept, r)
			continue
		}
		if alone {
			tx.Rollback()
			return
		}
		if _, err := tx.Exec(`ROLLBACK TO groupwrite; RELEASE groupwrite`); err != nil {
			// The write's error ended the transaction: nothing of the group is kept.
			cause := r.err
			if cause == nil {
				cause = err
			}
			failGroup(tx, kept, group[i+1:], cause)
			return
		}
	}
	if len(kept) == 0 {
		tx.Rollback()
		return
	}
	// A refused COMMIT (SQLITE_FULL on a full disk) is rolled back by the driver on the same
	// connection, so no transaction, and no write lock, outlives it (TestRefusedCommitLeavesNoTransactionOpen).
	if err := tx.Commit(); err != nil {
		for _, r := range kept {
			r.err = err
		}
	}
	s.checkpoints.committed()
}

// runWrite runs one write's fn in tx, catching its panic for the caller.
func runWrite(r *writeReq, tx *sql.Tx) (err error) {
	defer func() {
		if p := recover(); p != nil {
			r.pan = fmt.Sprintf("%v\n%s", p, debug.Stack())
		}
	}()
	return r.fn(tx)
}

// failGroup rolls the group's transaction back and fails the writes done so far and the rest
// with err.
func failGroup(tx *sql.Tx, done, rest []*writeReq, err error) {
	tx.Rollback()
	for _, r := range append(append([]*writeReq{}, done...), rest...) {
		if r.pan == nil {
			r.err = err
		}
	}
}
