package sqlite

import (
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

func TestMigrationsAppliedAndRecorded(t *testing.T) {
	s, _, _ := newStore(t)
	v, err := s.SchemaVersion(ctx)
	must(t, err)
	if v != latestMigration(t) {
		t.Fatalf("SchemaVersion = %d, want %d", v, latestMigration(t))
	}
	var name, at string
	must(t, s.db.QueryRow(`SELECT name, applied_at FROM schema_migrations WHERE version=1`).Scan(&name, &at))
	if name != "0001_foundation.sql" || at != "2025-03-10T01:00:00Z" {
		t.Fatalf("recorded migration = %q at %q", name, at)
	}
	for _, table := range []string{"settings", "operators", "villages", "village_groups", "households", "residents", "resident_tags", "audit_log"} {
		var n int
		must(t, s.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name=?`, table).Scan(&n))
		if n != 1 {
			t.Errorf("table %s missing", table)
		}
	}
}

func TestOpenSetsPragmas(t *testing.T) {
	s, _, _ := newStore(t)
	for _, tc := range []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"synchronous", "2"}, // FULL
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
	} {
		t.Run(tc.pragma, func(t *testing.T) {
			var got string
			must(t, s.db.QueryRow(`PRAGMA `+tc.pragma).Scan(&got))
			if got != tc.want {
				t.Fatalf("PRAGMA %s = %q, want %q", tc.pragma, got, tc.want)
			}
		})
	}
}

func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	s, c, path := newStore(t)
	setupHall(t, s)
	must(t, s.Close())

	c.advance(24 * time.Hour)
	s2 := openAt(t, path, c)
	v, err := s2.SchemaVersion(ctx)
	must(t, err)
	var rows int
	must(t, s2.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&rows))
	if v != latestMigration(t) || rows != migrationCount(t) {
		t.Fatalf("after reopen: version %d, %d migration rows; want %d, %d", v, rows, latestMigration(t), migrationCount(t))
	}
	set, err := s2.IsSetUp(ctx)
	must(t, err)
	hs, err := s2.Settings(ctx)
	must(t, err)
	if !set || hs.HallName != "便民服务大厅" {
		t.Fatalf("reopened store lost data: setUp=%v settings=%+v", set, hs)
	}
}

// TestOpenKeepsTheWholePath: a data folder whose name holds what a "file:" URI would cut the
// name at (资料#2, 大厅?) opens its own database, not an empty one beside it.
func TestOpenKeepsTheWholePath(t *testing.T) {
	for _, folder := range []string{"资料#2", "大厅?3", "百分%4"} {
		dir := filepath.Join(t.TempDir(), folder)
		must(t, os.Mkdir(dir, 0o700))
		path := filepath.Join(dir, "halldesk.db")
		c := &clock{t: start}
		s := openAt(t, path, c)
		setupHall(t, s)
		must(t, s.Close())
		entries, err := os.ReadDir(filepath.Dir(dir))
		must(t, err)
		if len(entries) != 1 {
			t.Fatalf("%s: the parent folder holds %d entries, want only the data folder", folder, len(entries))
		}
		s2 := openAt(t, path, c)
		set, err := s2.IsSetUp(ctx)
		must(t, err)
		if !set {
			t.Fatalf("%s: the reopened database is not the one set up", folder)
		}
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	s, c, path := newStore(t)
	setupHall(t, s)
	_, err := s.db.Exec(`INSERT INTO schema_migrations(version,name,applied_at) VALUES (999,'0999_future.sql','2030-01-01T00:00:00Z')`)
	must(t, err)
	must(t, s.Close())

	s2, err := Open(path, c.now)
	if s2 != nil {
		s2.Close()
		t.Fatal("Open returned a store for a newer schema")
	}
	e := wantCode(t, err, hall.CodeConflict)
	for _, part := range []string{"更新版本", "数据结构版本 999", fmt.Sprintf("只支持到 %d", latestMigration(t)), "请升级程序"} {
		if !strings.Contains(e.Message, part) {
			t.Errorf("message %q lacks %q", e.Message, part)
		}
	}

	// Nothing was changed: the future row is still there and the hall is intact.
	db, err := sql.Open("sqlite3", "file:"+path)
	must(t, err)
	defer db.Close()
	var max, ops int
	must(t, db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&max))
	must(t, db.QueryRow(`SELECT COUNT(*) FROM operators`).Scan(&ops))
	if max != 999 || ops != 1 {
		t.Fatalf("database changed: max version %d, operators %d", max, ops)
	}
}

func TestOpenBadPathFails(t *testing.T) {
	c := &clock{t: start}
	_, err := Open(filepath.Join(t.TempDir(), "missing-dir", "x.db"), c.now)
	if err == nil {
		t.Fatal("Open in a missing folder succeeded")
	}
}

func TestSetupOnceThenRefused(t *testing.T) {
	s, _, _ := newStore(t)
	set, err := s.IsSetUp(ctx)
	must(t, err)
	if set {
		t.Fatal("fresh store reports set up")
	}
	op := setupHall(t, s)
	if op.ID == 0 || op.Role != hall.RoleAdmin || !op.Active || op.RoleLabel != "管理员" || op.CreatedAt != "2025-03-10T01:00:00Z" {
		t.Fatalf("setup admin = %+v", op)
	}
	a := lastAudit(t, s)
	if a.Action != hall.ActSetup || a.Entity != "大厅设置" || a.OperatorID != op.ID || a.OperatorName != "管理员甲" {
		t.Fatalf("setup audit = %+v", a)
	}
	before := auditCount(t, s)

	other := hallSettings()
	other.HallName = "另一个大厅"
	_, err = s.Setup(ctx, other, hall.OperatorInput{Username: "intruder", Name: "外人", Role: hall.RoleAdmin}, hashOf("x"))
	e := wantCode(t, err, hall.CodeConflict)
	if !strings.Contains(e.Message, "已完成初始设置") {
		t.Fatalf("message = %q", e.Message)
	}
	hs, err := s.Settings(ctx)
	must(t, err)
	ops, err := s.Operators(ctx)
	must(t, err)
	if hs.HallName != "便民服务大厅" || len(ops) != 1 || auditCount(t, s) != before {
		t.Fatalf("refused setup changed data: %+v, %d operators", hs, len(ops))
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	s, _, _ := newStore(t)
	hs, err := s.Settings(ctx)
	must(t, err)
	if m := hs.Mongolian; len(m.Labels) != 0 || m.Labels == nil || m.HallName != "" || m.Version != 1 {
		t.Fatalf("fresh Mongolian = %+v", m)
	}
	if !sameSettings(hs, hall.HallSettings{IdleMinutes: hall.DefaultIdleMinutes, Version: 1}) {
		t.Fatalf("fresh settings = %+v", hs)
	}
	setupHall(t, s)
	hs, err = s.Settings(ctx)
	must(t, err)
	if want := hallSettings(); !sameSettings(hs, want) {
		t.Fatalf("after setup = %+v, want %+v", hs, want)
	}
	changed := hall.HallSettings{HallName: "党群服务中心", Township: "纳林陶亥镇", Banner: "伊金霍洛旗",
		Phone: "13812345678", SupervisionPhone: "", IdleMinutes: 45, Version: hs.Version}
	must(t, s.SaveSettings(ctx, admin, changed))
	hs, err = s.Settings(ctx)
	must(t, err)
	if changed.Version++; !sameSettings(hs, changed) {
		t.Fatalf("after save = %+v, want %+v", hs, changed)
	}
	a := lastAudit(t, s)
	if a.Action != hall.ActUpdate || a.Entity != "大厅设置" || a.Detail != "党群服务中心" || a.OperatorID != admin.OperatorID {
		t.Fatalf("settings audit = %+v", a)
	}
}

func TestAuditLogIsAppendOnly(t *testing.T) {
	s, _, _ := newStore(t)
	must(t, s.Audit(ctx, admin, hall.ActLogin, "操作员", 1, ""))
	n := auditCount(t, s)
	for _, stmt := range []string{
		`UPDATE audit_log SET detail='篡改'`,
		`UPDATE audit_log SET operator_name='别人' WHERE id=1`,
		`DELETE FROM audit_log`,
		`DELETE FROM audit_log WHERE id=1`,
	} {
		t.Run(stmt, func(t *testing.T) {
			_, err := s.db.Exec(stmt)
			if err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Fatalf("%s: err = %v, want append-only refusal", stmt, err)
			}
		})
	}
	a := lastAudit(t, s)
	if auditCount(t, s) != n || a.Detail != "" || a.OperatorName != admin.Name {
		t.Fatalf("audit log changed: %+v", a)
	}
}

func TestAuditLogFilters(t *testing.T) {
	s, c, _ := newStore(t)
	other := hall.Actor{OperatorID: 2, Name: "窗口乙"}
	must(t, s.Audit(ctx, admin, hall.ActLogin, "操作员", 1, "")) // 2025-03-10 09:00 CST
	c.advance(14*time.Hour + 30*time.Minute)                  // 2025-03-10 23:30 CST
	must(t, s.Audit(ctx, other, hall.ActReveal, "群众", 5, "身份证号码"))
	c.advance(time.Hour) // 2025-03-11 00:30 CST, still 2025-03-10 in UTC
	must(t, s.Audit(ctx, other, hall.ActLogout, "操作员", 2, ""))

	for _, tc := range []struct {
		name string
		q    hall.AuditQuery
		want []string // actions, newest first
	}{
		{"all", hall.AuditQuery{}, []string{hall.ActLogout, hall.ActReveal, hall.ActLogin}},
		{"operator", hall.AuditQuery{OperatorID: 2}, []string{hall.ActLogout, hall.ActReveal}},
		{"entity", hall.AuditQuery{Entity: "群众"}, []string{hall.ActReveal}},
		{"action", hall.AuditQuery{Action: hall.ActLogin}, []string{hall.ActLogin}},
		{"day in China time", hall.AuditQuery{From: hall.MustDate("2025-03-10"), To: hall.MustDate("2025-03-10")}, []string{hall.ActReveal, hall.ActLogin}},
		{"next day in China time", hall.AuditQuery{From: hall.MustDate("2025-03-11")}, []string{hall.ActLogout}},
		{"up to a day in China time", hall.AuditQuery{To: hall.MustDate("2025-03-10")}, []string{hall.ActReveal, hall.ActLogin}},
		{"paging", hall.AuditQuery{Page: 2, PageSize: 2}, []string{hall.ActLogin}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.AuditLog(ctx, tc.q)
			must(t, err)
			var got []string
			for _, e := range p.Items {
				got = append(got, e.Action)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("actions = %v, want %v", got, tc.want)
			}
			if tc.name == "paging" && (p.Total != 3 || p.Page != 2) {
				t.Fatalf("page = %d total = %d", p.Page, p.Total)
			}
		})
	}
}

// migrationCount and latestMigration read the embedded migrations, so adding one needs no
// test edit.
func migrationCount(t *testing.T) int {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	must(t, err)
	return len(names)
}

func latestMigration(t *testing.T) int {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	must(t, err)
	sort.Strings(names)
	v, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(names[len(names)-1], "migrations/"), "_", 2)[0])
	must(t, err)
	return v
}
