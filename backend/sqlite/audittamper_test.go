package sqlite

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// The tamper suite: each way someone with the database file and the sqlite3 tool could rewrite
// the audit log, and what the read-only verification reports of it, with the anchors (chain
// heads kept outside the database) present where README.md says they are needed. Every
// verification runs on the closed file and must leave it byte for byte as it was.

// chainEnv is one case's database: the file, its clock and the anchors taken along the way.
type chainEnv struct {
	t       *testing.T
	c       *clock
	path    string
	s       *Store // open between steps; nil while the file is being tampered with
	anchors []hall.AuditAnchor
}

func newChainEnv(t *testing.T, lines int) *chainEnv {
	t.Helper()
	e := &chainEnv{t: t, c: &clock{t: start}, path: filepath.Join(t.TempDir(), "halldesk.db")}
	e.open()
	e.write(lines)
	return e
}

func (e *chainEnv) open() {
	e.t.Helper()
	s, err := Open(e.path, e.c.now)
	if err != nil {
		e.t.Fatalf("open: %v", err)
	}
	e.s = s
}

func (e *chainEnv) close() {
	if e.s != nil {
		e.s.Close()
		e.s = nil
	}
}

// write appends n audit lines a minute apart, as the program does.
func (e *chainEnv) write(n int) {
	e.t.Helper()
	for i := 0; i < n; i++ {
		e.c.advance(time.Minute)
		if err := e.s.Audit(ctx, hall.Actor{OperatorID: 1, Name: "其其格"}, hall.ActReveal, "居民", int64(i+1), "身份证号"); err != nil {
			e.t.Fatal(err)
		}
	}
}

// backup records the head now as a backup's name would carry it (with the time it was taken).
func (e *chainEnv) backup() hall.AuditAnchor {
	e.t.Helper()
	h, err := e.s.AuditHead(ctx)
	must(e.t, err)
	a := hall.AuditAnchor{Count: h.Count, Hash: h.Hash[:hall.AnchorHexLen], Source: "备份文件 测试",
		TakenAt: e.c.now().UTC().Format(time.RFC3339)}
	e.anchors = append(e.anchors, a)
	e.c.advance(time.Minute)
	return a
}

// hashAt is the stored hash of line id.
func (e *chainEnv) hashAt(id int64) string {
	e.t.Helper()
	var hash string
	must(e.t, e.s.db.QueryRow(`SELECT hash FROM audit_chain WHERE audit_id=?`, id).Scan(&hash))
	return hash
}

// forge runs statements on the closed file with the append-only triggers dropped, then puts the
// triggers back, as someone covering their tracks would.
func (e *chainEnv) forge(stmts ...string) {
	e.t.Helper()
	e.close()
	forgeFile(e.t, e.path, stmts...)
}

func forgeFile(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	must(t, err)
	defer db.Close()
	var triggers []string
	rows, err := db.Query(`SELECT sql FROM sqlite_master WHERE type='trigger' AND tbl_name IN ('audit_log','audit_chain')`)
	must(t, err)
	for rows.Next() {
		var q string
		must(t, rows.Scan(&q))
		triggers = append(triggers, q)
	}
	rows.Close()
	all := []string{`DROP TRIGGER IF EXISTS audit_log_no_update`, `DROP TRIGGER IF EXISTS audit_log_no_delete`,
		`DROP TRIGGER IF EXISTS audit_chain_no_update`, `DROP TRIGGER IF EXISTS audit_chain_no_delete`}
	for _, q := range append(append(all, stmts...), triggers...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// recompute rebuilds the whole chain over the log as it now stands: the algorithm is no secret.
func (e *chainEnv) recompute() {
	e.t.Helper()
	e.close()
	recomputeFile(e.t, e.path)
}

func recomputeFile(t *testing.T, path string) {
	t.Helper()
	forgeFile(t, path, `DELETE FROM audit_chain`)
	db, err := sql.Open("sqlite3", "file:"+path)
	must(t, err)
	defer db.Close()
	must(t, db.QueryRow(`SELECT 1`).Scan(new(int)))
	tx, err := db.Begin()
	must(t, err)
	if err := backfillAuditChain(ctx, tx); err != nil {
		t.Fatal(err)
	}
	must(t, tx.Commit())
}

// fileState is the file's SHA-256 and the names beside it, to show that a check changed nothing.
func fileState(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	must(t, err)
	sum := sha256.Sum256(raw)
	entries, err := os.ReadDir(filepath.Dir(path))
	must(t, err)
	var names []string
	for _, en := range entries {
		names = append(names, en.Name())
	}
	return hex.EncodeToString(sum[:]) + " " + strings.Join(names, ",")
}

// verifyUntouched runs VerifyAuditFile and fails if the file or its folder changed.
func verifyUntouched(t *testing.T, path string, anchors []hall.AuditAnchor) hall.AuditVerification {
	t.Helper()
	before := fileState(t, path)
	v, err := VerifyAuditFile(ctx, path, anchors)
	must(t, err)
	if after := fileState(t, path); after != before {
		t.Fatalf("verification changed the file:\n before %s\n after  %s", before, after)
	}
	return v
}

func kinds(v hall.AuditVerification) string {
	var out []string
	for _, p := range v.Problems {
		if len(out) == 0 || out[len(out)-1] != p.Kind {
			out = append(out, p.Kind)
		}
	}
	return strings.Join(out, ",")
}

func statuses(v hall.AuditVerification) string {
	var out []string
	for _, a := range v.Anchors {
		out = append(out, a.Status)
	}
	return strings.Join(out, ",")
}

func TestAuditTamperSuite(t *testing.T) {
	for _, tc := range []struct {
		name     string
		tamper   func(e *chainEnv)
		problems string // kinds reported, in order ("" = whole)
		anchors  string // anchor statuses, highest line first
		firstID  int64  // the line the first problem shows at (0: none or no line)
		reason   string // part of the first problem's reason
	}{
		{name: "untouched, anchors agree", tamper: func(e *chainEnv) { e.backup(); e.write(2); e.backup() },
			anchors: "match,match"},
		{name: "a line edited", tamper: func(e *chainEnv) { e.forge(`UPDATE audit_log SET detail='无' WHERE id=3`) },
			problems: "content", firstID: 3, reason: "内容"},
		{name: "a line removed with its link", tamper: func(e *chainEnv) {
			e.forge(`DELETE FROM audit_log WHERE id=3`, `DELETE FROM audit_chain WHERE audit_id=3`)
		}, problems: "gap", firstID: 4, reason: "缺少编号为3的记录"},
		{name: "a line removed, its link left", tamper: func(e *chainEnv) { e.forge(`DELETE FROM audit_log WHERE id=3`) },
			problems: "gap,orphan", firstID: 4},
		{name: "the first lines removed", tamper: func(e *chainEnv) {
			e.forge(`DELETE FROM audit_log WHERE id<=2`, `DELETE FROM audit_chain WHERE audit_id<=2`)
		}, problems: "gap", firstID: 3, reason: "缺少编号1至2"},
		{name: "the tail removed with its links, no anchor (not detectable)", tamper: func(e *chainEnv) {
			e.forge(`DELETE FROM audit_log WHERE id>=5`, `DELETE FROM audit_chain WHERE audit_id>=5`)
		}},
		{name: "the tail removed with its links, a backup's anchor", tamper: func(e *chainEnv) {
			e.backup()
			e.forge(`DELETE FROM audit_log WHERE id>=5`, `DELETE FROM audit_chain WHERE audit_id>=5`)
		}, problems: "truncated", anchors: "truncated", reason: "截断"},
		{name: "the tail removed, the program writes on over the same ids", tamper: func(e *chainEnv) {
			e.backup()
			e.forge(`DELETE FROM audit_log WHERE id>=5`, `DELETE FROM audit_chain WHERE audit_id>=5`)
			e.open()
			e.write(8)
		}, problems: "anchor", anchors: "mismatch", firstID: 6, reason: "与记下的链头不符"},
		{name: "the tail removed, its links left", tamper: func(e *chainEnv) { e.forge(`DELETE FROM audit_log WHERE id>=5`) },
			problems: "orphan", reason: "末尾的2条记录被删除"},
		{name: "a forged line slipped in", tamper: func(e *chainEnv) {
			e.forge(`INSERT INTO audit_log(at,action,entity) VALUES ('2025-03-10T01:30:00Z','修改','居民')`)
		}, problems: "unchained", firstID: 7, reason: "不在校验链中"},
		{name: "a forged line slipped into a gap", tamper: func(e *chainEnv) {
			e.forge(`DELETE FROM audit_log WHERE id=3`, `DELETE FROM audit_chain WHERE audit_id=3`,
				`INSERT INTO audit_log(id,at,action,entity) VALUES (3,'2025-03-10T01:30:00Z','修改','居民')`)
		}, problems: "unchained,link", firstID: 3},
		{name: "whole chain recomputed after an edit, no anchor (not detectable)", tamper: func(e *chainEnv) {
			e.forge(`UPDATE audit_log SET detail='无' WHERE id=3`)
			e.recompute()
		}},
		{name: "whole chain recomputed after an edit, an anchor after it", tamper: func(e *chainEnv) {
			e.backup()
			e.forge(`UPDATE audit_log SET detail='无' WHERE id=3`)
			e.recompute()
		}, problems: "anchor", anchors: "mismatch", firstID: 6},
		{name: "whole chain recomputed after an edit, only an anchor before it (not detectable)", tamper: func(e *chainEnv) {
			e.anchors = append(e.anchors, hall.AuditAnchor{Count: 2, Hash: e.hashAt(2)[:16], Source: hall.SourceTyped})
			e.forge(`UPDATE audit_log SET detail='无' WHERE id=3`)
			e.recompute()
		}, anchors: "match"},
		{name: "a forged line appended with its link computed, anchors before it (not detectable)", tamper: func(e *chainEnv) {
			e.backup()
			e.forge(`INSERT INTO audit_log(at,action,entity) VALUES ('2025-03-10T01:30:00Z','修改','居民')`)
			e.recompute()
		}, anchors: "match"},
		{name: "backfill flag re-armed with a forged line, reopened", tamper: func(e *chainEnv) {
			e.forge(`INSERT INTO settings(key,value) VALUES ('audit_chain_backfill','pending')`,
				`INSERT INTO audit_log(at,action,entity) VALUES ('2025-03-10T01:30:00Z','修改','居民')`)
			e.open()
			e.write(1)
		}, problems: "unchained", firstID: 7},
		{name: "backfill flag re-armed as an older program left it, reopened", tamper: func(e *chainEnv) {
			e.forge(`DELETE FROM schema_migrations WHERE version=15`,
				`INSERT INTO settings(key,value) VALUES ('audit_chain_backfill','pending')`,
				`INSERT INTO audit_log(at,action,entity) VALUES ('2025-03-10T01:30:00Z','修改','居民')`)
			e.open()
			var n int
			must(e.t, e.s.db.QueryRow(`SELECT COUNT(*) FROM settings WHERE key='audit_chain_backfill'`).Scan(&n))
			if n != 0 {
				e.t.Error("migration 0015 left the backfill flag")
			}
		}, problems: "unchained", firstID: 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newChainEnv(t, 6)
			tc.tamper(e)
			e.close()
			v := verifyUntouched(t, e.path, e.anchors)
			if got := kinds(v); got != tc.problems {
				t.Fatalf("problems = %q, want %q: %+v", got, tc.problems, v.Problems)
			}
			if got := statuses(v); got != tc.anchors {
				t.Errorf("anchors = %q, want %q: %+v", got, tc.anchors, v.Anchors)
			}
			if (v.Broken == nil) != (tc.problems == "") {
				t.Errorf("broken = %+v with problems %q", v.Broken, tc.problems)
			}
			if v.Broken != nil && (v.Broken.Entry.ID != tc.firstID || !strings.Contains(v.Broken.Reason, tc.reason)) {
				t.Errorf("first problem = line %d %q, want line %d with %q", v.Broken.Entry.ID, v.Broken.Reason, tc.firstID, tc.reason)
			}
		})
	}
}

// A database from before the chain has nothing to check until it is opened; opening it chains
// every old line once, in migration 0010, and the head is then that of the whole log.
func TestAuditChainOfAnOldDatabase(t *testing.T) {
	path := copyFixture(t)
	v := verifyUntouched(t, path, []hall.AuditAnchor{{Count: 1, Hash: strings.Repeat("a", 16), Source: hall.SourceTyped}})
	if !v.NoChain || v.Broken != nil || v.Head.Count == 0 || statuses(v) != hall.AnchorUnchecked {
		t.Fatalf("old database before opening: %+v", v)
	}
	lines := v.Head.Count
	c := &clock{t: start}
	s := openAt(t, path, c)
	var flags int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM settings WHERE key='audit_chain_backfill'`).Scan(&flags))
	if flags != 0 {
		t.Error("the backfill flag is still there after the upgrade")
	}
	s.Close()
	v = verifyUntouched(t, path, nil)
	if v.NoChain || v.Broken != nil || v.Checked != lines || v.Head.Count != lines || v.Head.Hash == "" {
		t.Fatalf("old database after opening: %+v, want %d chained lines", v, lines)
	}
}

// restoreInto makes the file at path hold the data of the database file from, as a restore
// does (the data only, brought up to date by Open), and writes the restore's audit lines with the
// head of the data it brought back.
func restoreInto(t *testing.T, e *chainEnv, from string) {
	t.Helper()
	e.close()
	raw, err := os.ReadFile(from)
	must(t, err)
	for _, side := range []string{"", "-wal", "-shm"} {
		os.Remove(e.path + side)
	}
	must(t, os.WriteFile(e.path, raw, 0o600))
	e.open()
	h, err := e.s.AuditHead(ctx)
	must(t, err)
	e.c.advance(time.Minute)
	must(t, e.s.Audit(ctx, admin, hall.ActBackup, hall.EntityBackup, 0, "恢复前自动保存"))
	must(t, e.s.Audit(ctx, admin, hall.ActRestore, hall.EntityBackup, 0, "从 备份 恢复"+hall.RestoredChainNote(h)))
}

// copyOf closes the store and copies its file, as a backup.
func copyOf(t *testing.T, e *chainEnv) string {
	t.Helper()
	e.close()
	raw, err := os.ReadFile(e.path)
	must(t, err)
	p := filepath.Join(t.TempDir(), "backup.db")
	must(t, os.WriteFile(p, raw, 0o600))
	e.open()
	return p
}

func TestAuditChainAcrossRestores(t *testing.T) {
	t.Run("restoring an older backup: the anchors of the abandoned data no longer apply", func(t *testing.T) {
		e := newChainEnv(t, 4)
		e.backup()
		old := copyOf(t, e)
		e.write(5)
		e.backup() // taken after the backup that is restored: its line 10 is abandoned
		e.write(5)
		e.backup()
		restoreInto(t, e, old)
		e.write(3)
		e.backup() // after the restore
		e.close()
		v := verifyUntouched(t, e.path, e.anchors)
		if v.Broken != nil || v.LastRestore == nil {
			t.Fatalf("legitimate restore: %+v", v)
		}
		if got := statuses(v); got != "before-restore,before-restore,match,match" {
			t.Fatalf("anchors = %s: %+v", got, v.Anchors)
		}
	})
	t.Run("restoring a backup from before the chain", func(t *testing.T) {
		// The hall's data, upgraded from the old version, then worked on; the old backup is
		// restored. The backfill is deterministic, so the lines the backup holds chain to the
		// same hashes again and their anchors still agree.
		e := &chainEnv{t: t, c: &clock{t: start}, path: copyFixture(t)}
		e.open()
		e.anchors = append(e.anchors, hall.AuditAnchor{Count: 5, Hash: e.hashAt(5)[:16], Source: hall.SourceTyped})
		e.write(3)
		e.backup()
		restoreInto(t, e, copyFixture(t))
		e.write(2)
		e.backup()
		e.close()
		v := verifyUntouched(t, e.path, e.anchors)
		if v.Broken != nil || v.NoChain {
			t.Fatalf("old backup restored: %+v", v)
		}
		if got := statuses(v); got != "match,before-restore,match" {
			t.Fatalf("anchors = %s: %+v", got, v.Anchors)
		}
	})
	t.Run("a crafted backup (line edited, chain recomputed) is found before and after its restore", func(t *testing.T) {
		e := newChainEnv(t, 6)
		e.backup()
		crafted := copyOf(t, e)
		recomputeAfter(t, crafted, `UPDATE audit_log SET detail='无' WHERE id=3`)
		v := verifyUntouched(t, crafted, e.anchors)
		if kinds(v) != hall.ProblemAnchor {
			t.Fatalf("crafted backup before restore: %+v", v)
		}
		restoreInto(t, e, crafted)
		e.close()
		v = verifyUntouched(t, e.path, e.anchors)
		// line 6 lies inside the data the restore brought back, so its anchor still applies
		if kinds(v) != hall.ProblemAnchor || statuses(v) != hall.AnchorMismatch {
			t.Fatalf("crafted backup after restore: %+v", v)
		}
	})
	t.Run("lines rewritten after a restore contradict the restore line", func(t *testing.T) {
		e := newChainEnv(t, 6)
		old := copyOf(t, e)
		restoreInto(t, e, old)
		e.write(2)
		e.close()
		recomputeAfter(t, e.path, `UPDATE audit_log SET detail='无' WHERE id=3`)
		v := verifyUntouched(t, e.path, nil)
		if kinds(v) != hall.ProblemAnchor || v.Broken.Entry.Action != hall.ActRestore {
			t.Fatalf("rewritten after restore: %+v", v)
		}
	})
	t.Run("residual risk: a forged restore line excuses older anchors", func(t *testing.T) {
		e := newChainEnv(t, 6)
		e.backup()
		first := hall.GroupHex(e.hashAt(1))
		e.close()
		forgeFile(t, e.path, `UPDATE audit_log SET detail='无' WHERE id=3`,
			`INSERT INTO audit_log(at,action,entity,detail) VALUES ('2025-03-10T03:00:00Z','恢复数据','数据备份','从 备份 恢复；恢复的数据含审计记录1条（链头 `+first+`）')`)
		recomputeFile(t, e.path)
		// Not reported as tampering: the anchor is set aside as one from before a restore, and the
		// verification names that restore for the administrator to confirm it took place.
		v := verifyUntouched(t, e.path, e.anchors)
		if v.Broken != nil || v.LastRestore == nil || v.LastRestore.ID != 7 || statuses(v) != hall.AnchorBeforeRestore {
			t.Fatalf("forged restore: %+v", v)
		}
	})
}

// recomputeAfter changes the file with stmts and recomputes its whole chain.
func recomputeAfter(t *testing.T, path string, stmts ...string) {
	t.Helper()
	forgeFile(t, path, stmts...)
	recomputeFile(t, path)
}

// The verification of the live database (WAL mode, sidecar files present while it is open and
// absent after a clean close) never writes: not the file, not the folder.
func TestVerifyAuditFileIsReadOnly(t *testing.T) {
	e := newChainEnv(t, 3)
	// open: the store's WAL holds lines not yet in the main file
	v := verifyUntouched(t, e.path, nil)
	if v.Checked != 3 || v.Broken != nil {
		t.Fatalf("while open: %+v", v)
	}
	e.close()
	v = verifyUntouched(t, e.path, nil)
	if v.Checked != 3 || v.Broken != nil {
		t.Fatalf("after close: %+v", v)
	}
	if _, err := VerifyAuditFile(ctx, filepath.Join(t.TempDir(), "none.db"), nil); codeOf(err) != hall.CodeNotFound {
		t.Fatalf("missing file: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(e.path))
	names := []string{}
	for _, en := range entries {
		names = append(names, en.Name())
	}
	sort.Strings(names)
	if strings.Join(names, ",") != "halldesk.db" {
		t.Fatalf("left beside the file: %v", names)
	}
}
