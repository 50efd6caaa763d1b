package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	sqlite3 "github.com/mattn/go-sqlite3"

	"halldesk/backend/hall"
)

// msgBreaksRules is the refusal of a backup whose rows this program's schema does not accept.
const msgBreaksRules = "备份文件中有不符合本程序数据规则的记录（%s），不能恢复；当前数据未作任何改动。"

// copyBackup copies the rows of the backup at path into t, which holds this program's schema at
// the backup's version and nothing else, by the columns of that schema, in one transaction, and
// reports what of the backup's schema it left behind. The schema's triggers are set aside while
// the rows go in, so that the data comes over as the backup holds it (no counter counted, no
// column filled in twice), and the search index is rebuilt from the rows afterwards.
func (t *Store) copyBackup(ctx context.Context, path string) ([]SchemaObject, error) {
	// The backup's own schema is never run: no function of its views or triggers may be called.
	if _, err := t.db.ExecContext(ctx, `PRAGMA trusted_schema=OFF`); err != nil {
		return nil, err
	}
	if _, err := t.db.ExecContext(ctx, `ATTACH DATABASE ? AS bak`, "file:"+FileURI(path)+"?mode=ro"); err != nil {
		return nil, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	defer t.db.ExecContext(context.WithoutCancel(ctx), `DETACH DATABASE bak`)
	// References are checked once, at the end, when every table is full.
	if _, err := t.db.ExecContext(ctx, `PRAGMA foreign_keys=OFF`); err != nil {
		return nil, err
	}
	defer t.db.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys=ON`)

	var dropped []SchemaObject
	err := t.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if dropped, err = foreignObjects(ctx, tx); err != nil {
			return err
		}
		triggers, err := setTriggersAside(ctx, tx)
		if err != nil {
			return err
		}
		cols, err := copyTables(ctx, tx)
		if err != nil {
			return err
		}
		dropped = append(dropped, cols...)
		for _, q := range triggers {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		if err := rebuildSearchIndexes(ctx, tx); err != nil {
			return err
		}
		return checkReferences(ctx, tx)
	})
	return dropped, err
}

// schemaRow is one line of a schema (sqlite_master).
type schemaRow struct{ kind, name, table, sql string }

func readSchema(ctx context.Context, q querier, schema string) ([]schemaRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT type, name, tbl_name, COALESCE(sql,'') FROM `+schema+`.sqlite_master ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []schemaRow
	for rows.Next() {
		var r schemaRow
		if err := rows.Scan(&r.kind, &r.name, &r.table, &r.sql); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// internal reports whether a schema row is SQLite's own: an index behind a UNIQUE or PRIMARY
// KEY constraint, the AUTOINCREMENT counters, the statistics of ANALYZE.
func (r schemaRow) internal() bool {
	switch {
	case r.kind == "index" && r.sql == "" && strings.HasPrefix(strings.ToLower(r.name), "sqlite_autoindex_"):
		return true
	case r.kind == "table":
		switch strings.ToLower(r.name) {
		case "sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4":
			return true
		}
	}
	return false
}

// foreignObjects lists what the backup's schema holds that this program's schema at the same
// version does not, or defines otherwise.
func foreignObjects(ctx context.Context, tx *sql.Tx) ([]SchemaObject, error) {
	mine, err := readSchema(ctx, tx, "main")
	if err != nil {
		return nil, err
	}
	theirs, err := readSchema(ctx, tx, "bak")
	if err != nil {
		return nil, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	own := map[string]schemaRow{}
	for _, r := range mine {
		own[strings.ToLower(r.name)] = r
	}
	out := []SchemaObject{}
	for _, r := range theirs {
		if r.internal() {
			continue
		}
		m, ok := own[strings.ToLower(r.name)]
		if !ok && retiredObject(r) {
			continue
		}
		if ok && m.kind == r.kind && m.sql == r.sql {
			continue
		}
		o := SchemaObject{Kind: r.kind, Name: r.name, Changed: ok}
		if r.kind != "table" && r.kind != "view" {
			o.Table = r.table
		}
		out = append(out, o)
	}
	return out, nil
}

// setTriggersAside drops this program's triggers and returns the statements that make them again.
func setTriggersAside(ctx context.Context, tx *sql.Tx) ([]string, error) {
	schema, err := readSchema(ctx, tx, "main")
	if err != nil {
		return nil, err
	}
	var names, stmts []string
	for _, r := range schema {
		if r.kind == "trigger" {
			names, stmts = append(names, r.name), append(stmts, r.sql)
		}
	}
	for _, n := range names {
		if _, err := tx.ExecContext(ctx, `DROP TRIGGER main.`+ident(n)); err != nil {
			return nil, err
		}
	}
	return stmts, nil
}

// copyTables empties every ordinary table of this program's schema (what the migrations seeded)
// and fills it from the backup's table of the same name, by this program's columns. It returns
// the backup's columns it left behind.
func copyTables(ctx context.Context, tx *sql.Tx) ([]SchemaObject, error) {
	tables, err := tableKinds(ctx, tx, "main")
	if err != nil {
		return nil, err
	}
	theirs, err := tableKinds(ctx, tx, "bak")
	if err != nil {
		return nil, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	dropped := []SchemaObject{}
	for _, tb := range slices.Sorted(maps.Keys(tables)) {
		if tables[tb] != "table" || strings.HasPrefix(tb, "sqlite_") || derivedTables[tb] {
			continue // virtual, shadow and derived tables are rebuilt, SQLite's own are SQLite's
		}
		if theirs[tb] != "table" {
			return nil, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
		}
		cols, err := columns(ctx, tx, "main", tb)
		if err != nil {
			return nil, err
		}
		have, err := columns(ctx, tx, "bak", tb)
		if err != nil {
			return nil, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
		}
		known := map[string]bool{}
		for _, c := range cols {
			known[strings.ToLower(c)] = true
		}
		found := map[string]bool{}
		for _, c := range have {
			found[strings.ToLower(c)] = true
			if !known[strings.ToLower(c)] {
				dropped = append(dropped, SchemaObject{Kind: "column", Name: c, Table: tb})
			}
		}
		list := make([]string, len(cols))
		for i, c := range cols {
			if !found[strings.ToLower(c)] {
				return nil, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
			}
			list[i] = ident(c)
		}
		cl := strings.Join(list, ",")
		if tb == "schema_migrations" {
			// The backup's record of when each migration ran, for the ones this schema has.
			_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO main.schema_migrations(`+cl+`) SELECT `+cl+
				` FROM bak.schema_migrations WHERE version IN (SELECT version FROM main.schema_migrations)`)
		} else if _, err = tx.ExecContext(ctx, `DELETE FROM main.`+ident(tb)); err == nil {
			_, err = tx.ExecContext(ctx, `INSERT INTO main.`+ident(tb)+`(`+cl+`) SELECT `+cl+` FROM bak.`+ident(tb))
		}
		if err != nil {
			return nil, rowsRefused(err)
		}
	}
	if tables["sqlite_sequence"] == "table" && theirs["sqlite_sequence"] == "table" {
		if _, err := tx.ExecContext(ctx, `DELETE FROM main.sqlite_sequence`); err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO main.sqlite_sequence(name, seq) SELECT name, seq FROM bak.sqlite_sequence
			WHERE name IN (SELECT name FROM main.sqlite_master WHERE type='table')`); err != nil {
			return nil, rowsRefused(err)
		}
	}
	return dropped, nil
}

// rebuildSearchIndexes rebuilds the search indexes, kept in step by triggers that were set aside
// while the rows went in: the resident search index (from the schema version that has it) and
// any full-text index (an external-content FTS table).
func rebuildSearchIndexes(ctx context.Context, tx *sql.Tx) error {
	kinds, err := tableKinds(ctx, tx, "main")
	if err != nil {
		return err
	}
	if kinds["resident_terms"] == "table" {
		if err := rebuildResidentTerms(ctx, tx); err != nil {
			return err
		}
	}
	// The case tallies are recounted from the cases copied, never taken from the backup as they are.
	if kinds["case_day_tallies"] == "table" {
		if err := fillCaseTallies(ctx, tx); err != nil {
			return err
		}
	}
	for _, tb := range slices.Sorted(maps.Keys(kinds)) {
		if kinds[tb] == "virtual" {
			if _, err := tx.ExecContext(ctx, `INSERT INTO main.`+ident(tb)+`(`+ident(tb)+`) VALUES ('rebuild')`); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkReferences refuses rows that refer to rows that are not there.
func checkReferences(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `PRAGMA main.foreign_key_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		return &hall.Error{Code: hall.CodeInvalid, Message: fmt.Sprintf(msgBreaksRules, "引用了不存在的记录")}
	}
	return rows.Err()
}

// rowsRefused turns a row that this program's schema refused into the administrator's message.
func rowsRefused(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	what := ""
	switch {
	case se.ExtendedCode == sqlite3.ErrConstraintNotNull:
		what = "必填的内容为空"
	case se.ExtendedCode == sqlite3.ErrConstraintCheck:
		what = "内容不在允许的范围内"
	case se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey:
		what = "有重复的记录"
	case se.ExtendedCode == sqlite3.ErrConstraintForeignKey:
		what = "引用了不存在的记录"
	case se.Code == sqlite3.ErrConstraint:
		what = "内容不符合要求"
	case se.Code == sqlite3.ErrMismatch:
		what = "内容的类型不对"
	default:
		return err
	}
	return &hall.Error{Code: hall.CodeInvalid, Message: fmt.Sprintf(msgBreaksRules, what)}
}

// tableKinds maps each table of a schema to its kind: table, view, virtual or shadow.
func tableKinds(ctx context.Context, q querier, schema string) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, type FROM pragma_table_list WHERE schema = ?`, schema)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var n, k string
		if err := rows.Scan(&n, &k); err != nil {
			return nil, err
		}
		out[strings.ToLower(n)] = k
	}
	return out, rows.Err()
}

// columns lists a table's columns in order.
func columns(ctx context.Context, q querier, schema, table string) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM pragma_table_info(?, ?)`, table, schema)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ident quotes an SQL identifier.
func ident(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }
