package sqlite

import (
	"database/sql"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// writeAudit appends n plain audit lines.
func writeAudit(t *testing.T, s *Store, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if err := s.Audit(ctx, hall.Actor{OperatorID: 1, Name: "其其格"}, hall.ActReveal, "居民", int64(i+1), "身份证号"); err != nil {
			t.Fatal(err)
		}
	}
}

func verify(t *testing.T, s *Store) hall.AuditVerification {
	t.Helper()
	v, err := s.VerifyAuditChain(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// tamper runs statements straight on the file with the append-only triggers dropped, as someone
// with the sqlite3 tool could.
func tamper(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range append([]string{`DROP TRIGGER audit_log_no_update`, `DROP TRIGGER audit_log_no_delete`,
		`DROP TRIGGER audit_chain_no_delete`}, stmts...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestAuditChainWholeAfterWrites(t *testing.T) {
	s, _, _ := newStore(t)
	writeAudit(t, s, 5)
	v := verify(t, s)
	if v.Broken != nil || v.Checked != 5 {
		t.Fatalf("verification = %+v, want 5 lines and no break", v)
	}
}

func TestAuditChainFindsTheFirstTamperedLine(t *testing.T) {
	for name, tc := range map[string]struct {
		stmts  []string
		wantID int64
		reason string
	}{
		"changed":       {[]string{`UPDATE audit_log SET detail='无' WHERE id=3`}, 3, "内容"},
		"removed":       {[]string{`DELETE FROM audit_log WHERE id=3`, `DELETE FROM audit_chain WHERE audit_id=3`}, 4, "缺少编号为3"},
		"slipped in":    {[]string{`INSERT INTO audit_log(at,action,entity) VALUES ('2025-03-10T01:00:00Z','修改','居民')`}, 6, "不在校验链"},
		"operator swap": {[]string{`UPDATE audit_log SET operator_name='别人' WHERE id=2`}, 2, "内容"},
	} {
		t.Run(name, func(t *testing.T) {
			s, c, path := newStore(t)
			writeAudit(t, s, 5)
			s.Close()
			tamper(t, path, tc.stmts...)
			s = openAt(t, path, c)
			v := verify(t, s)
			if v.Broken == nil || v.Broken.Entry.ID != tc.wantID || !strings.Contains(v.Broken.Reason, tc.reason) {
				t.Fatalf("verification = %+v, want a break at line %d (%s)", v, tc.wantID, tc.reason)
			}
		})
	}
}

func TestAuditChainLastLineRemovedIsFound(t *testing.T) {
	s, c, path := newStore(t)
	writeAudit(t, s, 3)
	s.Close()
	tamper(t, path, `DELETE FROM audit_log WHERE id=3`)
	s = openAt(t, path, c)
	if v := verify(t, s); v.Broken == nil || !strings.Contains(v.Broken.Reason, "删除") {
		t.Fatalf("verification = %+v, want the removed last line found", v)
	}
}

func TestAuditChainBackfillsOldLinesOnceOnly(t *testing.T) {
	path := copyFixture(t)
	c := &clock{t: start}
	s := openAt(t, path, c)
	v := verify(t, s)
	if v.Broken != nil || v.Checked == 0 {
		t.Fatalf("upgraded log: %+v, want every old line chained", v)
	}
	s.Close()
	// A line written later without a link is not adopted on the next start.
	tamper(t, path, `INSERT INTO audit_log(at,action,entity) VALUES ('2025-03-10T01:00:00Z','修改','居民')`)
	s = openAt(t, path, c)
	if v := verify(t, s); v.Broken == nil {
		t.Fatal("an unchained line was adopted on restart")
	}
}
