package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The upgrade fixture is a database made by the program as it stood at schema version 6 (before
// the data-safety work): the demo data plus a few rows in every table the demo leaves empty.
// testdata/README.md says how it was made. It is never opened in place, only as a copy.
const (
	fixturePath     = "testdata/schema-v6.db"
	fixtureVersion  = 6
	fixtureHallName = "乌兰木伦镇便民服务大厅"
)

func copyFixture(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(fixturePath)
	must(t, err)
	p := filepath.Join(t.TempDir(), "halldesk.db")
	must(t, os.WriteFile(p, raw, 0o600))
	return p
}

// snapshot is every row of every table, each row as the quoted values of the columns it had.
type snapshot struct {
	columns map[string][]string
	rows    map[string][]string // sorted
}

func takeSnapshot(t *testing.T, db *sql.DB, columns map[string][]string) snapshot {
	t.Helper()
	if columns == nil {
		columns = map[string][]string{}
		rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`)
		must(t, err)
		var tables []string
		for rows.Next() {
			var n string
			must(t, rows.Scan(&n))
			tables = append(tables, n)
		}
		rows.Close()
		for _, tb := range tables {
			cols, err := db.Query(`SELECT name FROM pragma_table_info(?)`, tb)
			must(t, err)
			for cols.Next() {
				var c string
				must(t, cols.Scan(&c))
				columns[tb] = append(columns[tb], c)
			}
			cols.Close()
		}
	}
	snap := snapshot{columns: columns, rows: map[string][]string{}}
	for tb, cols := range columns {
		var parts []string
		for _, c := range cols {
			parts = append(parts, `quote("`+c+`")`)
		}
		rows, err := db.Query(`SELECT ` + strings.Join(parts, `||'|'||`) + ` FROM "` + tb + `"`)
		must(t, err)
		list := []string{}
		for rows.Next() {
			var r string
			must(t, rows.Scan(&r))
			list = append(list, r)
		}
		rows.Close()
		sort.Strings(list)
		snap.rows[tb] = list
	}
	return snap
}

// TestUpgradeFromSchemaV6KeepsEveryRow opens a copy of the v6 fixture with the current code:
// every later migration applies, and every row of every table that existed is still there with
// the same values in the columns it had.
func TestUpgradeFromSchemaV6KeepsEveryRow(t *testing.T) {
	path := copyFixture(t)
	raw, err := sql.Open("sqlite3", "file:"+path)
	must(t, err)
	before := takeSnapshot(t, raw, nil)
	must(t, raw.Close())
	if len(before.columns) < 30 {
		t.Fatalf("fixture has only %d tables", len(before.columns))
	}
	for tb, rows := range before.rows {
		if len(rows) == 0 {
			t.Errorf("fixture table %s is empty: every table must hold data", tb)
		}
	}

	c := &clock{t: start}
	s := openAt(t, path, c)
	v, err := s.SchemaVersion(ctx)
	must(t, err)
	if v != latestMigration(t) {
		t.Fatalf("schema version after upgrade = %d, want %d", v, latestMigration(t))
	}
	after := takeSnapshot(t, s.db, before.columns)

	for tb, old := range before.rows {
		now := after.rows[tb]
		switch tb {
		case "schema_migrations":
			// The applied migrations are kept as they were; the new ones are added.
			if len(now) != migrationCount(t) || !contains(now, old) {
				t.Errorf("schema_migrations: %d rows, want %d including the old %d", len(now), migrationCount(t), len(old))
			}
		case "settings", "service_items":
			// A later version may seed new built-in catalog items (and note that in settings
			// under catalog_seeded); nothing that was there may go or change.
			if !contains(now, drop(old, "'catalog_seeded'|")) {
				t.Errorf("%s: rows lost or changed (%d → %d)", tb, len(old), len(now))
			}
		default:
			if len(now) != len(old) {
				t.Errorf("%s: %d rows, was %d", tb, len(now), len(old))
				continue
			}
			for i := range old {
				if now[i] != old[i] {
					t.Errorf("%s: row changed:\n was %s\n now %s", tb, old[i], now[i])
					break
				}
			}
		}
	}

	// A sample read back through the store, as the program uses it.
	hs, err := s.Settings(ctx)
	must(t, err)
	if hs.HallName != fixtureHallName {
		t.Errorf("hall name = %q", hs.HallName)
	}
	for _, q := range []struct{ sql, want string }{
		{`SELECT name||' '||id_number||' '||birth_date FROM residents WHERE id=1`, "敖其尔 150627194704283592 1947-04-28"},
		{`SELECT number||' '||status||' '||item_code FROM cases WHERE id=1`, "2026D0001 closed YB-03"},
		{`SELECT group_concat(number||' '||status||' '||petitioner_name, ', ') FROM (SELECT * FROM petitions ORDER BY id)`,
			"2026X0001 accepted 敖其尔, 2026X0002 registered 赵六"},
		{`SELECT group_concat(username||':'||role, ' ') FROM (SELECT * FROM operators ORDER BY id)`,
			"admin:admin chuangkou:clerk jiedai:reception dudao:supervisor lingdao:leader"},
		{`SELECT COUNT(*)||' '||MAX(at) FROM audit_log WHERE id<=1679`, "1679 2026-11-25T04:01:21Z"},
		{`SELECT way||substr(diary,1,9) FROM visits WHERE id=1`, "入户户主说今年羊价回升"},
	} {
		var got string
		must(t, s.db.QueryRow(q.sql).Scan(&got))
		if got != q.want {
			t.Errorf("%s\n got %q\nwant %q", q.sql, got, q.want)
		}
	}
	res, err := s.QuickCheck(ctx)
	must(t, err)
	if res != "ok" {
		t.Fatalf("quick_check after upgrade: %s", res)
	}

	// The upgraded database reopens as it is: nothing more to apply.
	must(t, s.Close())
	s2 := openAt(t, path, c)
	v2, err := s2.SchemaVersion(ctx)
	must(t, err)
	if v2 != v {
		t.Fatalf("reopen: version %d, want %d", v2, v)
	}
}

// TestFixtureIsUntouched guards the committed fixture: it stays at schema version 6.
func TestFixtureIsUntouched(t *testing.T) {
	info, err := InspectBackup(ctx, fixturePath)
	must(t, err)
	if info.SchemaVersion != fixtureVersion || info.HallName != fixtureHallName {
		t.Fatalf("fixture: %+v", info)
	}
}

// contains reports whether every row of want is in have (both sorted).
func contains(have, want []string) bool {
	i := 0
	for _, w := range want {
		for i < len(have) && have[i] < w {
			i++
		}
		if i == len(have) || have[i] != w {
			return false
		}
		i++
	}
	return true
}

func drop(rows []string, prefix string) []string {
	var out []string
	for _, r := range rows {
		if !strings.HasPrefix(r, prefix) {
			out = append(out, r)
		}
	}
	return out
}
