package sqlite

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-sqlite3"
)

// The write-ahead log is copied back into the database file (a checkpoint) by a goroutine of the
// store, not by the writes. By default SQLite checkpoints inside the COMMIT of whichever write
// finds the log past 1,000 pages; under a busy hall, with reports and counters always reading,
// the log cannot start over, stays past that size and every COMMIT checkpoints again: random
// writes into the database file and its fsync, on top of the log's own fsync, while the next
// intake waits for the writer. The store's connections therefore never checkpoint on commit
// (wal_autocheckpoint=0, set as each connection opens), and checkpointEvery after a write a
// PASSIVE checkpoint (the kind SQLite's own is) runs beside the writer, which it never blocks.
// Durability is unchanged: each COMMIT still syncs the log (synchronous=FULL).

// driverName is the go-sqlite3 driver with the store's connection settings.
const driverName = "sqlite3_halldesk"

// checkpointEvery is how often, at most, the store checkpoints after writes.
const checkpointEvery = 500 * time.Millisecond

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec(`PRAGMA wal_autocheckpoint=0`, nil)
		return err
	}})
}

// checkpointer runs the store's checkpoints; its zero value is not ready (newCheckpointer).
type checkpointer struct {
	wrote atomic.Bool // a write committed since the last checkpoint
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// newCheckpointer starts checkpointing db after writes until close.
func newCheckpointer(db *sql.DB) *checkpointer {
	c := &checkpointer{stop: make(chan struct{}), done: make(chan struct{})}
	c.wrote.Store(true) // what the migrations at open wrote
	go func() {
		defer close(c.done)
		t := time.NewTicker(checkpointEvery)
		defer t.Stop()
		for {
			select {
			case <-c.stop:
				return
			case <-t.C:
			}
			if c.wrote.Swap(false) {
				// A failure (the database closing, a disk error) is the next write's to report.
				db.ExecContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`)
			}
		}
	}()
	return c
}

// committed notes a write for the next checkpoint.
func (c *checkpointer) committed() {
	if c != nil {
		c.wrote.Store(true)
	}
}

// close stops checkpointing and runs a last checkpoint of what was written.
func (c *checkpointer) close(db *sql.DB) {
	if c == nil {
		return
	}
	c.once.Do(func() {
		close(c.stop)
		<-c.done
		if c.wrote.Load() {
			db.ExecContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`)
		}
	})
}
