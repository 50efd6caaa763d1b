package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// countCache keeps the totals of list pages until the database changes. A ledger's total counts
// half a million index entries, about half of what a ledger page costs, while the page itself
// reads twenty rows; a clerk paging on, and the other counters paging the same ledger, ask for
// the same count again and again between two writes. A change is noticed through SQLite's
// data_version on a connection of the cache's own that never writes, so a commit from any
// connection or process (a restore, an import, another program) empties the cache before the
// next total is read. That connection is a pool of its own, so it never takes one of the store's.
type countCache struct {
	mu      sync.Mutex
	watch   *sql.DB
	version int64
	counts  map[string]int
	reads   int // counts read from the database, for the tests
}

// maxCachedCounts bounds the cache: the filters a hall pages through between two writes are few.
const maxCachedCounts = 256

// newCountCache opens the watching connection to the database at dsn.
func newCountCache(dsn string) (*countCache, error) {
	watch, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, err
	}
	watch.SetMaxOpenConns(1)
	return &countCache{watch: watch, version: -1, counts: map[string]int{}}, nil
}

// count answers a SELECT COUNT(*) query from the cache while the database is unchanged, and
// reads it otherwise. Without a cache (a store made for one job) it always reads.
func (c *countCache) count(ctx context.Context, db *sql.DB, query string, args ...any) (int, error) {
	var n int
	if c == nil {
		err := db.QueryRowContext(ctx, query, args...).Scan(&n)
		return n, err
	}
	key := query + "\x00" + fmt.Sprintf("%#v", args) // Go syntax: unambiguous for every value
	c.mu.Lock()
	var v int64
	if err := c.watch.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		c.mu.Unlock()
		return 0, err
	}
	if v != c.version || len(c.counts) >= maxCachedCounts {
		c.version = v
		clear(c.counts)
	}
	if n, ok := c.counts[key]; ok {
		c.mu.Unlock()
		return n, nil
	}
	c.mu.Unlock()
	// The count starts after version v was read, so it holds at least what v held; should a
	// write land meanwhile, the next caller sees a new version and drops this entry.
	if err := db.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, err
	}
	c.mu.Lock()
	c.reads++
	if c.version == v {
		c.counts[key] = n
	}
	c.mu.Unlock()
	return n, nil
}

// close releases the watching connection.
func (c *countCache) close() {
	if c != nil {
		c.watch.Close()
	}
}
