package sqlite

import (
	"context"
	"database/sql"
	"testing"
)

// A COMMIT that SQLite refuses can leave the transaction open on its connection (a full disk
// may; a deferred foreign key always does, which is how this test makes one). The driver rolls
// it back on that connection, and tx relies on it: a connection still holding the write lock
// back in the pool would refuse every later write until a restart. So the next writes, on any
// pooled connection, go through at once and the refused row is not there.
func TestRefusedCommitLeavesNoTransactionOpen(t *testing.T) {
	s, _, _ := newStore(t)
	s.db.SetMaxOpenConns(2) // the refused connection, and one other
	ctx := context.Background()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys=ON`); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO village_groups(village_id, name) VALUES (999999, '一组')`)
		return err
	})
	if err == nil {
		t.Fatal("a commit with a broken foreign key was accepted")
	}
	for i := range 3 { // each write may get any pooled connection, the refused one included
		village := addVillage(t, s, []string{"东风嘎查", "红旗嘎查", "团结嘎查"}[i])
		if village == 0 {
			t.Fatalf("write %d after the refused commit made nothing", i)
		}
	}
	var n int
	must(t, s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM village_groups WHERE village_id=999999`).Scan(&n))
	if n != 0 {
		t.Fatalf("the refused transaction's row is there: %d", n)
	}
}
