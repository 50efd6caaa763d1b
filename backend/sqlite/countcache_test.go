package sqlite

import (
	"database/sql"
	"testing"
)

// TestCountCacheFollowsEveryWriter: a total is read once while nothing changes, and read again
// after a commit from the store itself or from another connection to the file (a restore, an
// import, another program).
func TestCountCacheFollowsEveryWriter(t *testing.T) {
	s, _, path := newStore(t)
	must(t, s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`CREATE TABLE counted(x INTEGER)`)
		return err
	}))
	other, err := sql.Open(driverName, "file:"+path+"?_busy_timeout=5000")
	must(t, err)
	defer other.Close()

	c := s.counts
	total := func(want int) {
		t.Helper()
		n, err := c.count(ctx, s.db, `SELECT COUNT(*) FROM counted WHERE x>?`, 0)
		must(t, err)
		if n != want {
			t.Fatalf("count = %d, want %d", n, want)
		}
	}
	total(0)
	total(0)
	if c.reads != 1 {
		t.Fatalf("an unchanged database was counted %d times, want once", c.reads)
	}
	must(t, s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO counted VALUES (1),(2)`)
		return err
	}))
	total(2)
	if _, err := other.Exec(`INSERT INTO counted VALUES (3)`); err != nil {
		t.Fatal(err)
	}
	total(3)
	if _, err := other.Exec(`DELETE FROM counted`); err != nil {
		t.Fatal(err)
	}
	total(0)
	if c.reads != 4 {
		t.Fatalf("counted %d times, want 4 (once per state)", c.reads)
	}
	// Other arguments are another total.
	n, err := c.count(ctx, s.db, `SELECT COUNT(*) FROM counted WHERE x>?`, 5)
	must(t, err)
	if n != 0 || c.reads != 5 {
		t.Fatalf("count with other arguments = %d after %d reads", n, c.reads)
	}
	// Arguments past the range of characters are still told apart.
	for _, x := range []int64{0x110000, 0x110001} {
		if _, err := c.count(ctx, s.db, `SELECT COUNT(*) FROM counted WHERE x>?`, x); err != nil {
			t.Fatal(err)
		}
	}
	if c.reads != 7 {
		t.Fatalf("two large arguments shared a total: %d reads, want 7", c.reads)
	}
}
