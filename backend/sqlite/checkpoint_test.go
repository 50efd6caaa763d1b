package sqlite

import (
	"database/sql"
	"testing"
)

// TestCommitsLeaveCheckpointsToTheStore: no connection of the store checkpoints on commit
// (wal_autocheckpoint 0: SQLite's default is 1,000 pages), writes go on, and the checkpointer
// stops cleanly.
func TestCommitsLeaveCheckpointsToTheStore(t *testing.T) {
	s, _, _ := newStore(t)
	s.db.SetMaxOpenConns(3)
	for range 3 {
		must(t, s.tx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&n); err != nil {
				return err
			}
			if n != 0 {
				t.Errorf("a store connection checkpoints every %d pages on commit", n)
			}
			_, err := tx.Exec(`INSERT INTO settings(key, value) VALUES ('checkpoint_test', '1')
				ON CONFLICT(key) DO UPDATE SET value=value||'1'`)
			return err
		}))
	}
	s.checkpoints.close(s.db)
	s.checkpoints.close(s.db) // stopping twice is harmless
}

// TestConnectionsAreKept: connections a burst of queries opened stay open for the next ones
// (database/sql keeps two by default: a busy hall opened and parsed the schema for most queries).
func TestConnectionsAreKept(t *testing.T) {
	s, _, _ := newStore(t)
	var conns []*sql.Conn
	for range 8 {
		c, err := s.db.Conn(ctx)
		must(t, err)
		must(t, c.PingContext(ctx))
		conns = append(conns, c)
	}
	for _, c := range conns {
		must(t, c.Close())
	}
	if st := s.db.Stats(); st.Idle < 8 {
		t.Fatalf("%d connections kept idle after a burst of 8 (%+v)", st.Idle, st)
	}
}
