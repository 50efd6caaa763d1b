package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// The resident search index (migration 0016, table resident_terms) holds, per resident, a term
// for every character and every pair of neighbouring characters of the name and for the
// four-character tails of the ID and phone numbers. The functions here turn a query into a
// lookup of those terms; the caller keeps the exact LIKE condition, so the index only narrows
// the rows that condition is checked on and the results are exactly those of a full scan.

// residentTermQuery is what the index is asked for one search text: the residents holding every
// term (or, with anyOf, any of them). exact says that the converse holds too (a one- or
// two-character name part, a four-character tail): then the index alone can count the matches.
type residentTermQuery struct {
	terms []string
	anyOf bool
	exact bool
}

// residentTerms returns the terms that every resident matching the search text (as
// residentFilter reads it) is sure to hold, or no terms when the index cannot help: no text, or
// a full ID number, which the unique index on id_number finds directly.
func residentTerms(text string) residentTermQuery {
	text = strings.ToUpper(strings.TrimSpace(text))
	switch {
	case text == "":
		return residentTermQuery{}
	case isIDLike(text) && (len(text) == 18 || len(text) == 15):
		return residentTermQuery{}
	case isIDLike(text) && len(text) >= 4:
		// An ID ending in text ends in its last four characters; so does such a phone number.
		// id_reversed is what the LIKE reads, so the term comes from its first four.
		return residentTermQuery{terms: []string{"i" + reverse(text)[:4], "p" + text[len(text)-4:]},
			anyOf: true, exact: len(text) == 4}
	}
	// LIKE folds ASCII case only and the pattern is already upper case; the index holds the
	// name upper-cased by SQL's upper(), which also folds ASCII only, so the terms agree.
	runes := []rune(text)
	if len(runes) == 1 {
		return residentTermQuery{terms: []string{"n" + text}, exact: true}
	}
	seen := map[string]bool{}
	q := residentTermQuery{exact: len(runes) == 2}
	for i := 0; i+1 < len(runes); i++ {
		term := "n" + string(runes[i:i+2])
		if !seen[term] {
			seen[term] = true
			q.terms = append(q.terms, term)
		}
	}
	// A name containing the text contains each of its pairs: all of them.
	return q
}

// rarestFirst puts the term that the fewest residents hold first, so that it is the one the
// candidates are read by (join). A pair that starts with a common surname can be held by a
// thousand residents where the next pair is held by ten; each term is counted only up to a
// bound, so a common one costs no more than that.
func (q *residentTermQuery) rarestFirst(ctx context.Context, s *Store) error {
	if q.anyOf || len(q.terms) < 2 {
		return nil
	}
	counts := make([]string, len(q.terms))
	args := make([]any, len(q.terms))
	for i, t := range q.terms {
		counts[i] = `(SELECT COUNT(*) FROM (SELECT 1 FROM resident_terms WHERE term = ? LIMIT 1000))`
		args[i] = t
	}
	n := make([]int, len(q.terms))
	dest := make([]any, len(q.terms))
	for i := range n {
		dest[i] = &n[i]
	}
	st, done, err := s.prepared(ctx, `SELECT `+strings.Join(counts, `, `))
	if err != nil {
		return err
	}
	defer done()
	if err := st.QueryRowContext(ctx, args...).Scan(dest...); err != nil {
		return err
	}
	best := 0
	for i := range n {
		if n[i] < n[best] {
			best = i
		}
	}
	q.terms[0], q.terms[best] = q.terms[best], q.terms[0]
	return nil
}

// set returns the candidates as join does, for counting them: several terms as one compound
// SELECT over their index ranges, which SQLite merges in resident order (a page reads by join
// instead, which stops at the page's last row).
func (q residentTermQuery) set() (source string, sourceArgs []any, cond string, condArgs []any) {
	if !q.anyOf && len(q.terms) < 2 {
		return q.join()
	}
	op := ` INTERSECT `
	if q.anyOf {
		op = ` UNION `
	}
	parts := make([]string, len(q.terms))
	for i, t := range q.terms {
		parts[i] = `SELECT resident_id FROM resident_terms WHERE term = ?`
		sourceArgs = append(sourceArgs, t)
	}
	return `(` + strings.Join(parts, op) + ` ORDER BY 1) s`, sourceArgs, "", nil
}

// join returns the candidates as a table s(resident_id) for a FROM clause, and the conditions
// (starting with " AND ") that narrow it, each with its arguments. With all terms, s is the
// index itself, read by the first term in resident order (so a page needs no sort), and every
// other term is one look-up per candidate.
func (q residentTermQuery) join() (source string, sourceArgs []any, cond string, condArgs []any) {
	if q.anyOf {
		return q.set()
	}
	cond, condArgs = ` AND s.term = ?`, []any{q.terms[0]}
	for _, t := range q.terms[1:] {
		cond += ` AND EXISTS (SELECT 1 FROM resident_terms x WHERE x.term = ? AND x.resident_id = s.resident_id)`
		condArgs = append(condArgs, t)
	}
	return `resident_terms s`, nil, cond, condArgs
}

// derivedTables are the tables computed from other tables, which a restore rebuilds instead of
// copying (restore_copy.go).
var derivedTables = map[string]bool{"resident_terms": true}

// RebuildResidentSearch rebuilds the resident search index from the residents table in one
// transaction and ends a pause (pauseResidentSearch). The triggers keep the index in step with
// every insert, update and delete, so this is for bulk loaders after inserting many rows and for
// repair. It changes no data anyone sees, so it writes no audit line.
func (s *Store) RebuildResidentSearch(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return rebuildResidentTerms(ctx, tx) })
}

// rebuildResidentTerms fills the index afresh inside tx. The terms go in sorted, which appends
// to the index's B-tree instead of inserting all over it.
func rebuildResidentTerms(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`DELETE FROM resident_terms`,
		`INSERT INTO resident_terms(term, resident_id)
			SELECT term, resident_id FROM resident_terms_source ORDER BY term, resident_id`,
		`DELETE FROM settings WHERE key = 'resident_search_paused'`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("rebuild resident search: %w", err)
		}
	}
	return nil
}

// pauseResidentSearch stops the triggers from maintaining the resident search index, inside
// the caller's transaction, until RebuildResidentSearch. Row by row, every resident's terms land
// all over the index; one sorted rebuild at the end is much faster for a bulk load. Should the
// load die before the rebuild, the next Open rebuilds (repairResidentSearch), so searches never
// miss rows for long.
func pauseResidentSearch(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES ('resident_search_paused', '1')
		ON CONFLICT(key) DO NOTHING`)
	return err
}

// repairResidentSearch rebuilds the index when a bulk load paused it and did not finish.
func (s *Store) repairResidentSearch(ctx context.Context) error {
	var paused int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM settings WHERE key = 'resident_search_paused'`).Scan(&paused); err != nil {
		return err
	}
	if paused == 0 {
		return nil
	}
	return s.RebuildResidentSearch(ctx)
}

// residentSearchDrift counts the terms the index lacks or holds beyond what the residents say
// it should: 0 when the index is in step.
func residentSearchDrift(ctx context.Context, q querier) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM (SELECT term, resident_id FROM resident_terms_source
			EXCEPT SELECT term, resident_id FROM resident_terms)) +
		(SELECT COUNT(*) FROM (SELECT term, resident_id FROM resident_terms
			EXCEPT SELECT term, resident_id FROM resident_terms_source))`).Scan(&n)
	return n, err
}

// fts5ShadowTables are the tables FTS5 made beside migration 0011's index.
var fts5ShadowTables = []string{"data", "idx", "config", "content", "docsize"}

// dropFTS5ResidentSearch is the Go step of migration 0016: it removes migration 0011's FTS5
// table resident_search, where there is one. With FTS5 in this build, DROP TABLE does it. Without
// it, SQLite refuses to drop a table of a module it lacks, so the table's line is taken out of
// the schema directly (the documented way to remove a virtual table whose module is missing),
// the connection rereads its schema and the ordinary tables FTS5 kept the index in are dropped.
// Every other connection rereads the schema because the drops change its version.
func dropFTS5ResidentSearch(ctx context.Context, tx *sql.Tx) error {
	var virtual, fts5 int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_schema
		WHERE type = 'table' AND name = 'resident_search' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).Scan(&virtual); err != nil {
		return err
	}
	if virtual == 0 {
		return nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_module_list WHERE name = 'fts5'`).Scan(&fts5); err != nil {
		return err
	}
	stmts := []string{`DROP TABLE resident_search`}
	if fts5 == 0 {
		stmts = []string{
			`PRAGMA writable_schema=ON`,
			`DELETE FROM sqlite_schema WHERE type = 'table' AND name = 'resident_search'`,
			`PRAGMA writable_schema=RESET`,
		}
		for _, suffix := range fts5ShadowTables {
			stmts = append(stmts, `DROP TABLE IF EXISTS resident_search_`+suffix)
		}
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("remove the FTS5 resident search: %w", err)
		}
	}
	return nil
}

// fts5Shadows are the definitions of the tables FTS5 made for migration 0011's index.
var fts5Shadows = map[string]bool{
	`CREATE TABLE 'resident_search_data'(id INTEGER PRIMARY KEY, block BLOB)`:                       true,
	`CREATE TABLE 'resident_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID`: true,
	`CREATE TABLE 'resident_search_config'(k PRIMARY KEY, v) WITHOUT ROWID`:                         true,
}

// retiredObject reports whether a schema row of a backup is one that migration 0011 made, which
// this program no longer makes at that version (0016 replaces them): a restore leaves it behind
// without reporting it, as it is this program's own and holds nothing that is not rebuilt.
func retiredObject(r schemaRow) bool {
	if r.sql == "" {
		return false
	}
	if fts5Shadows[r.sql] {
		return true
	}
	body, err := migrationFiles.ReadFile("migrations/0011_resident_search.sql")
	return err == nil && strings.Contains(string(body), r.sql+";")
}
