package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// schemaOf is a database's schema as SQLite keeps it: "type name" → SQL, without SQLite's own.
func schemaOf(t *testing.T, db *sql.DB) map[string]string {
	t.Helper()
	rows, err := db.Query(`SELECT type, name, COALESCE(sql,'') FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'`)
	must(t, err)
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, n, q string
		must(t, rows.Scan(&k, &n, &q))
		out[k+" "+n] = q
	}
	return out
}

// freshSchema is the schema of a new database made by this program.
func freshSchema(t *testing.T) map[string]string {
	t.Helper()
	s, _, _ := newStore(t)
	return schemaOf(t, s.db)
}

// sameSchema fails unless db's schema is exactly this program's.
func sameSchema(t *testing.T, db *sql.DB, want map[string]string) {
	t.Helper()
	got := schemaOf(t, db)
	for k, q := range got {
		if want[k] != q {
			t.Errorf("schema after restore: %s is not this program's:\n%s", k, q)
		}
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("schema after restore lacks %s", k)
		}
	}
}

// dataTables lists every ordinary table's columns (not SQLite's, not a search index's shadow).
func dataTables(t *testing.T, db *sql.DB) map[string][]string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM pragma_table_list WHERE schema='main' AND type='table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`)
	must(t, err)
	var tables []string
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		tables = append(tables, n)
	}
	rows.Close()
	out := map[string][]string{}
	for _, tb := range tables {
		cols, err := columns(ctx, db, "main", tb)
		must(t, err)
		out[tb] = cols
	}
	return out
}

// searchIndexSound fails unless the resident search index matches the residents exactly.
func searchIndexSound(t *testing.T, s *Store) {
	t.Helper()
	if n, err := residentSearchDrift(ctx, s.db); err != nil || n != 0 {
		t.Fatalf("search index after restore: %d terms differ (%v)", n, err)
	}
}

func rawOpen(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+FileURI(path))
	must(t, err)
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func rawExec(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// The attacker's additions to a good backup: code that keeps their password and leaks ID
// numbers, a view, an index, a table, a column, and two of the program's own objects redefined.
var crafted = []string{
	`CREATE TRIGGER keep_password AFTER UPDATE OF password_hash ON operators
	 BEGIN UPDATE operators SET password_hash = 'attacker-hash' WHERE id = NEW.id; END`,
	`CREATE TRIGGER leak_id AFTER INSERT ON residents
	 BEGIN UPDATE residents SET note = NEW.id_number WHERE id = NEW.id; END`,
	`CREATE VIEW leaked AS SELECT name, id_number FROM residents`,
	`CREATE INDEX residents_note ON residents(note)`,
	`CREATE TABLE payload(x TEXT)`,
	`INSERT INTO payload VALUES ('rm -rf')`,
	`ALTER TABLE residents ADD COLUMN full_id TEXT`,
	`DROP TRIGGER audit_log_no_delete`,
	`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END`,
	`DROP INDEX residents_name`,
	`CREATE INDEX residents_name ON residents(name, id_number)`,
}

var craftedDropped = []string{
	"trigger keep_password operators", "trigger leak_id residents", "view leaked ", "index residents_note residents",
	"table payload ", "table residents  changed", "trigger audit_log_no_delete audit_log changed",
	"index residents_name residents changed", "column full_id residents",
}

func droppedList(objs []SchemaObject) []string {
	var out []string
	for _, o := range objs {
		s := o.Kind + " " + o.Name + " " + o.Table
		if o.Changed {
			s += " changed"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestRestoreBringsDataNotCode restores a backup an attacker has added code to: the review and
// the restore list every object the program did not make, none of them is in the live database
// afterwards (its schema is exactly a fresh one's), a password change sticks, a new resident's
// note holds no ID number, and every row of the backup is there as it was.
func TestRestoreBringsDataNotCode(t *testing.T) {
	s, c, _ := filledStore(t)
	clerk, err := s.CreateOperator(ctx, admin, hall.OperatorInput{Username: "chuangkou", Name: "王芳", Role: hall.RoleClerk}, hashOf("clerk123"))
	must(t, err)
	file := filepath.Join(t.TempDir(), "halldesk-20250310-090000-manual.db")
	_, err = s.BackupTo(ctx, file)
	must(t, err)
	bak := rawOpen(t, file)
	tables := dataTables(t, bak)
	want := takeSnapshot(t, bak, tables)
	rawExec(t, bak, crafted...)
	must(t, bak.Close())
	raw, err := os.ReadFile(file)
	must(t, err)

	c.advance(24 * time.Hour)
	addResident(t, s, hall.ResidentInput{Name: "王芳", IDNumber: makeID("150627", "19900202", "006"), VillageID: 1})
	rep, err := s.ReviewBackup(ctx, file, nil)
	must(t, err)
	if got, exp := droppedList(rep.Dropped), append([]string{}, craftedDropped...); strings.Join(got, "|") != strings.Join(sortedCopy(exp), "|") {
		t.Fatalf("review: dropped\n got %q\nwant %q", got, sortedCopy(exp))
	}
	if residentNames(t, s.db) != "张伟,李娜,王芳" {
		t.Fatal("the review changed the live data")
	}

	rep, err = s.RestoreFrom(ctx, file, nil)
	must(t, err)
	if strings.Join(droppedList(rep.Dropped), "|") != strings.Join(sortedCopy(craftedDropped), "|") {
		t.Fatalf("restore: dropped %q", droppedList(rep.Dropped))
	}
	if rep.Chain.Broken != nil || rep.Chain.Checked == 0 {
		t.Fatalf("chain of the restored data: %+v", rep.Chain)
	}
	var accounts []string
	for _, a := range rep.Accounts {
		accounts = append(accounts, a.Username+":"+a.Name+":"+a.RoleLabel+":"+boolText(a.Active))
	}
	if strings.Join(accounts, " ") != "admin:管理员甲:"+hall.RoleAdmin.Label()+":on chuangkou:王芳:"+hall.RoleClerk.Label()+":on" {
		t.Fatalf("accounts: %q", accounts)
	}
	if b, _ := os.ReadFile(file); string(b) != string(raw) {
		t.Fatal("the restore changed the backup file")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(livePath(t, s)), rebuildPrefix+"*")); len(left) != 0 {
		t.Fatalf("temporary copies left: %v", left)
	}

	sameSchema(t, s.db, freshSchema(t))
	searchIndexSound(t, s)
	got := takeSnapshot(t, s.db, tables)
	for tb, rows := range want.rows {
		if tb == "schema_migrations" || tb == "audit_log" || tb == "audit_chain" {
			continue // the restore's own lines are added below
		}
		if strings.Join(got.rows[tb], "\n") != strings.Join(rows, "\n") {
			t.Errorf("%s after restore:\n got %q\nwant %q", tb, got.rows[tb], rows)
		}
	}
	if !contains(got.rows["audit_log"], want.rows["audit_log"]) || !contains(got.rows["schema_migrations"], want.rows["schema_migrations"]) {
		t.Error("audit log or migrations lost rows")
	}

	// The attacker's trigger no longer keeps their password.
	must(t, s.SetOperatorPassword(ctx, admin, clerk.ID, hashOf("new-password")))
	cr, err := s.Credentials(ctx, "chuangkou")
	must(t, err)
	if cr.Hash != hashOf("new-password") {
		t.Fatalf("password after change: %q", cr.Hash)
	}
	// Nor copies ID numbers into the note.
	id := addResident(t, s, hall.ResidentInput{Name: "赵六", IDNumber: makeID("150627", "19700707", "013"), VillageID: 1})
	var note string
	must(t, s.db.QueryRow(`SELECT note FROM residents WHERE id=?`, id).Scan(&note))
	if note != "" {
		t.Fatalf("a new resident's note: %q", note)
	}
	// And the audit log is append-only again.
	if _, err := s.db.Exec(`DELETE FROM audit_log WHERE id=1`); err == nil {
		t.Fatal("the audit log accepted a delete after the restore")
	}
}

func sortedCopy(in []string) []string {
	out := append([]string{}, in...)
	sort.Strings(out)
	return out
}

func boolText(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// livePath is the file of the store's database.
func livePath(t *testing.T, s *Store) string {
	t.Helper()
	var p string
	must(t, s.db.QueryRow(`SELECT file FROM pragma_database_list WHERE name='main'`).Scan(&p))
	return p
}

// TestRestoreRefusesRowsTheSchemaDoesNotAllow: a backup whose rows this program's schema does
// not accept, or that lacks a table or column of its version, is refused with a clear message
// before anything changes.
func TestRestoreRefusesRowsTheSchemaDoesNotAllow(t *testing.T) {
	s, _, _ := filledStore(t)
	good := filepath.Join(t.TempDir(), "good.db")
	_, err := s.BackupTo(ctx, good)
	must(t, err)
	raw, err := os.ReadFile(good)
	must(t, err)
	schema := schemaOf(t, s.db)

	for _, tc := range []struct {
		name  string
		stmts []string
		msg   string
	}{
		{"a role the program does not have", []string{`PRAGMA ignore_check_constraints=ON`,
			`UPDATE operators SET role='root' WHERE username='admin'`}, "内容不在允许的范围内"},
		{"a resident of no village", []string{`INSERT INTO residents(name, birth_date, sex, village_id, created_at, updated_at)
			VALUES ('无村', '1980-01-01', '男', 999, '2025-03-10T01:00:00Z', '2025-03-10T01:00:00Z')`}, "引用了不存在的记录"},
		{"a resident without a name", []string{`PRAGMA writable_schema=ON`,
			`UPDATE sqlite_master SET sql=replace(sql, 'name         TEXT NOT NULL,', 'name TEXT,') WHERE name='residents'`,
			`PRAGMA writable_schema=RESET`,
			`UPDATE residents SET name=NULL WHERE id=1`}, "必填的内容为空"},
		{"a table missing", []string{`DROP TABLE briefing_cases`}, "不是便民服务台的数据文件"},
		{"a column missing", []string{`ALTER TABLE operators DROP COLUMN phone`}, "不是便民服务台的数据文件"},
		{"a table that is a view", []string{`DROP TABLE briefing_cases`,
			`CREATE VIEW briefing_cases AS SELECT 1 AS briefing_id`}, "不是便民服务台的数据文件"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "bad.db")
			must(t, os.WriteFile(p, raw, 0o600))
			db := rawOpen(t, p)
			rawExec(t, db, tc.stmts...)
			must(t, db.Close())
			_, err := s.ReviewBackup(ctx, p, nil)
			if e := wantCode(t, err, hall.CodeInvalid); !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("review: %q lacks %q", e.Message, tc.msg)
			}
			_, err = s.RestoreFrom(ctx, p, nil)
			if e := wantCode(t, err, hall.CodeInvalid); !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("restore: %q lacks %q", e.Message, tc.msg)
			}
			if got := residentNames(t, s.db); got != "张伟,李娜" {
				t.Fatalf("live data changed: %s", got)
			}
			sameSchema(t, s.db, schema)
		})
	}
}

// TestRestoreOfEveryOlderSchemaVersion restores the v6 fixture and a copy of it brought to each
// later version by this program's migrations: every row is there, the schema is this program's,
// nothing is reported left behind, and the audit chain verifies (the lines from before the chain
// are chained by the restore).
func TestRestoreOfEveryOlderSchemaVersion(t *testing.T) {
	fresh := freshSchema(t)
	for v := fixtureVersion; v < latestMigration(t); v++ {
		p := copyFixture(t)
		if v > fixtureVersion {
			db, err := sql.Open("sqlite3", "file:"+FileURI(p)+"?_foreign_keys=on&_txlock=immediate")
			must(t, err)
			db.SetMaxOpenConns(1)
			must(t, (&Store{db: db, now: (&clock{t: start}).now, writes: &sync.Mutex{}}).migrateTo(ctx, v))
			must(t, db.Close())
		}
		info, err := InspectBackup(ctx, p)
		must(t, err)
		if info.SchemaVersion > v {
			t.Fatalf("backup made at version %d is at %d", v, info.SchemaVersion)
		}
		if info.SchemaVersion < v {
			continue // no migration of that number
		}
		t.Run("v"+strconv.Itoa(v), func(t *testing.T) {
			bak := rawOpen(t, p)
			tables := dataTables(t, bak)
			want := takeSnapshot(t, bak, tables)
			must(t, bak.Close())

			s, _, _ := filledStore(t)
			rep, err := s.RestoreFrom(ctx, p, nil)
			must(t, err)
			if len(rep.Dropped) != 0 {
				t.Errorf("a genuine backup had objects left behind: %q", droppedList(rep.Dropped))
			}
			if rep.Chain.Broken != nil || rep.Chain.Checked < 1679 {
				t.Errorf("chain: %+v", rep.Chain)
			}
			if len(rep.Accounts) != 5 {
				t.Errorf("accounts: %+v", rep.Accounts)
			}
			sameSchema(t, s.db, fresh)
			searchIndexSound(t, s)
			got := takeSnapshot(t, s.db, tables)
			for tb, rows := range want.rows {
				switch tb {
				case "schema_migrations", "settings", "service_items", "audit_chain":
					if !contains(got.rows[tb], drop(rows, "'audit_chain_backfill'|")) {
						t.Errorf("%s lost rows", tb)
					}
				case "case_day_tallies", "case_month_tallies":
					// Recounted: a later migration adds breakdowns (0028: the cadres') to the backup's.
					if !contains(got.rows[tb], rows) {
						t.Errorf("%s lost rows", tb)
					}
				default:
					if strings.Join(got.rows[tb], "\n") != strings.Join(rows, "\n") {
						t.Errorf("%s: %d rows after restore, %d in the backup (or changed)", tb, len(got.rows[tb]), len(rows))
					}
				}
			}
			res, err := s.QuickCheck(ctx)
			must(t, err)
			if res != "ok" {
				t.Fatalf("quick_check: %s", res)
			}
		})
	}
}
