package sqlite

import "testing"

// Migration 0024 keeps every rating a clerk typed at the counter: each rated case of the old
// database has exactly one rating row, channel 窗口录入 (counter), with the case's level, comment
// and rectification state, and the clerk who recorded it.
func TestMigrationKeepsOldRatingsAsCounterRatings(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	var rated, copied, mismatched, noRecorder int
	must(t, s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases WHERE rating>0`).Scan(&rated))
	must(t, s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ratings WHERE channel='counter'`).Scan(&copied))
	must(t, s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ratings r JOIN cases c ON c.id=r.case_id
		WHERE r.level<>c.rating OR r.comment<>c.rating_note OR r.rectified<>c.remedy_resolved OR r.pending<>0 OR r.at=''`).Scan(&mismatched))
	must(t, s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM ratings WHERE recorded_by=''`).Scan(&noRecorder))
	if rated == 0 || copied != rated || mismatched != 0 {
		t.Fatalf("%d rated cases, %d counter ratings, %d that differ from their case", rated, copied, mismatched)
	}
	t.Logf("%d old ratings copied, %d without a timeline line naming who recorded them", copied, noRecorder)
	list, err := s.CaseRatings(ctx, firstRatedCase(t, s))
	must(t, err)
	if len(list) != 1 || list[0].Channel.Label() != "窗口录入" || list[0].Level == 0 {
		t.Fatalf("case ratings = %+v", list)
	}
}

func firstRatedCase(t *testing.T, s *Store) int64 {
	t.Helper()
	var id int64
	must(t, s.db.QueryRowContext(ctx, `SELECT id FROM cases WHERE rating>0 ORDER BY id LIMIT 1`).Scan(&id))
	return id
}
