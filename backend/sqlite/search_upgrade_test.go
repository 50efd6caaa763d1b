package sqlite

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// The FTS5 fixture is the v6 fixture brought to schema version 15 by the program of that
// version, built with FTS5: its resident search is migration 0011's FTS5 table, as in every
// hall that ran a release before 0016 (testdata/README.md).
const fts5FixturePath = "testdata/schema-v15-fts5.db"

func copyFTS5Fixture(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(fts5FixturePath)
	must(t, err)
	p := filepath.Join(t.TempDir(), "halldesk.db")
	must(t, os.WriteFile(p, raw, 0o600))
	return p
}

// ftsLeftovers lists what is left of migration 0011's objects in a schema.
func ftsLeftovers(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT type || ' ' || name FROM sqlite_schema WHERE name LIKE 'resident\_search%' ESCAPE '\' ORDER BY name`)
	must(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		out = append(out, n)
	}
	return out
}

// TestUpgradeFromFTS5SearchIndex opens a database whose search index is 0011's FTS5 table, with
// or without FTS5 in the build: the FTS5 table and everything of it are gone, the new index
// finds what a scan finds, every write keeps it in step, and the file is sound.
func TestUpgradeFromFTS5SearchIndex(t *testing.T) {
	p := copyFTS5Fixture(t)
	c := &clock{t: start}
	s := openAt(t, p, c)
	if v, err := s.SchemaVersion(ctx); err != nil || v != latestMigration(t) {
		t.Fatalf("schema version %d (%v)", v, err)
	}
	if left := ftsLeftovers(t, s.db); len(left) != 0 {
		t.Fatalf("left of the FTS5 index: %q", left)
	}
	checkSearchIndex(t, s)
	var names []string
	rows, err := s.db.Query(`SELECT name FROM residents`)
	must(t, err)
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		names = append(names, n)
	}
	must(t, rows.Err())
	rows.Close()
	if len(names) < 30 {
		t.Fatalf("fixture has only %d residents", len(names))
	}
	for _, name := range names {
		r := []rune(name)
		for _, text := range []string{string(r[:1]), string(r[len(r)-2:]), name} {
			if sameSearch(t, s, hall.ResidentQuery{Text: text}) == 0 {
				t.Fatalf("%q finds no one in the upgraded registry", text)
			}
		}
	}
	// Written to as before: the old triggers are gone, the new ones keep the index.
	id := addResident(t, s, hall.ResidentInput{Name: "乌力吉图", NoIDNumber: true, BirthDate: hall.MustDate("2024-01-01"), Sex: "男", VillageID: 1})
	_, err = s.db.Exec(`UPDATE residents SET name = '乌力吉' WHERE id = ?`, id)
	must(t, err)
	checkSearchIndex(t, s)
	if got := fmt.Sprint(names2(t, s, "力吉")); got != "[乌力吉]" {
		t.Fatalf("new resident: %s", got)
	}
	res, err := s.QuickCheck(ctx)
	must(t, err)
	if res != "ok" {
		t.Fatalf("quick_check: %s", res)
	}
	// Every connection sees the new schema, and opening again changes nothing.
	s.Close()
	s = openAt(t, p, c)
	checkSearchIndex(t, s)
	sameSchema(t, s.db, freshSchema(t))
}

func names2(t *testing.T, s *Store, text string) []string {
	t.Helper()
	p, err := s.SearchResidents(ctx, hall.ResidentQuery{Text: text})
	must(t, err)
	return names(p.Items)
}

// TestRestoreOfAnFTS5Backup restores a backup made before 0016: the FTS5 index it holds is this
// program's own former schema, so nothing is reported left behind, and the restored data has
// the new index, in step with its residents.
func TestRestoreOfAnFTS5Backup(t *testing.T) {
	p := copyFTS5Fixture(t)
	bak := rawOpen(t, p)
	want := residentNames(t, bak)
	must(t, bak.Close())

	s, _, _ := filledStore(t)
	// A search before the restore keeps its statements prepared; they must read the new data.
	if got := fmt.Sprint(names2(t, s, "张")); got != "[张伟]" {
		t.Fatalf("before the restore: %s", got)
	}
	rep, err := s.RestoreFrom(ctx, p, nil)
	must(t, err)
	if len(rep.Dropped) != 0 {
		t.Errorf("a genuine backup had objects left behind: %q", droppedList(rep.Dropped))
	}
	if got := residentNames(t, s.db); got != want {
		t.Fatalf("residents after restore: %s", got)
	}
	sameSchema(t, s.db, freshSchema(t))
	searchIndexSound(t, s)
	if n := len(strings.Split(want, ",")); sameSearch(t, s, hall.ResidentQuery{Text: string([]rune(want)[:1])}) == 0 || n < 30 {
		t.Fatalf("restored registry of %d finds no one", n)
	}
	if got := fmt.Sprint(names2(t, s, "张伟")); got != "[]" { // the backup has no 张伟
		t.Fatalf("the live data's resident is still found after the restore: %s", got)
	}
}

// TestResidentSearchPlans pins the plans that keep a county's resident search fast
// (build/BENCHMARKS.md): every kind of text that the index serves reads its candidates from
// resident_terms and never scans the residents.
func TestResidentSearchPlans(t *testing.T) {
	s, _, _ := newStore(t)
	for _, q := range []hall.ResidentQuery{
		{Text: "王"}, {Text: "王伟"}, {Text: "王伟明"}, {Text: "司马伟明"}, {Text: "002X"}, {Text: "5678"},
		{Text: "12345678"}, {Text: "王", VillageID: 1}, {Text: "伟明", Tag: "低保"}, {Text: "1234", VillageID: 1},
	} {
		countSQL, countArgs, pageSQL, args, err := s.residentSearchSQL(ctx, q, true, residentKey{})
		must(t, err)
		for _, query := range []struct {
			sql  string
			args []any
		}{{countSQL, countArgs}, {pageSQL, append(args, 20, 0)}} {
			text := queryPlan(t, s, query.sql, query.args...)
			if !strings.Contains(text, "resident_terms") && !strings.Contains(text, "SEARCH s USING PRIMARY KEY") ||
				strings.Contains(text, "SCAN r") || strings.Contains(text, "SCAN residents") {
				t.Errorf("plan of %+v:\n%s\nwant the candidates from resident_terms and no scan of the residents", q, text)
			}
		}
	}
}
