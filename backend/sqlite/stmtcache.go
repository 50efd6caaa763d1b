package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// stmtCache keeps prepared statements by their text, for the few queries so quick that
// preparing them costs as much as running them: a resident search runs in about 0.2 ms, of which
// preparing its two statements took 0.08 ms. The statements of one kind of search have the same
// text whatever is searched for, so a handful of entries serve every search.
type stmtCache struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// maxCachedStmts bounds the cache; a statement beyond it is prepared and closed each time.
const maxCachedStmts = 64

// prepared returns the prepared statement for q and the function to call when done with it.
// Without a cache (a store made for one job, as a restore's) or with a full one, the statement is
// prepared for this use only.
func (s *Store) prepared(ctx context.Context, q string) (*sql.Stmt, func(), error) {
	c := s.stmts
	if c != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		if st, ok := c.stmts[q]; ok {
			return st, func() {}, nil
		}
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	if c == nil || len(c.stmts) >= maxCachedStmts {
		return st, func() { st.Close() }, nil
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[q] = st
	return st, func() {}, nil
}

// close closes every cached statement.
func (c *stmtCache) close() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for q, st := range c.stmts {
		st.Close()
		delete(c.stmts, q)
	}
}

// execPrepared runs the write q inside tx from a statement prepared once per connection. The
// writes on cases and their events fire triggers (the tallies, a case's village and query code,
// its completion day) whose programs SQLite compiles with every statement that can fire them:
// prepared afresh, an intake spent most of its 3.8 ms compiling them.
func (s *Store) execPrepared(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	st, done, err := s.prepared(ctx, q)
	if err != nil {
		return nil, err
	}
	defer done()
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}
