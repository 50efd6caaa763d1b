package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"

	"halldesk/backend/hall"
)

// The case tallies (migration 0026) are the dashboard's and the briefing's case figures summed
// ahead: for every day a case counts on (takenOnSQL), and again for every month, one row per
// ledger, per item (with the name it was taken under), per village and per handler. Triggers on
// cases, written here from the very conditions the raw queries use, add a row's contribution on
// INSERT, take the old one away and add the new one on UPDATE, and take it away on DELETE: so
// the tallies change in the transaction of every write that changes a case, whichever path
// writes it (the counter, corrections, village moves, imports, restores of an older file
// through the migrations), and a report reads as many rows as it has days (or months) and
// groups, however many cases they hold. Figures that depend on today (overdue, due soon, remedy
// overdue) are not summed ahead: they are read from the running cases (an index over status
// and deadline) and from the open remedies (the partial index cases_remedy_open).

// Tally dimensions: what a tally row breaks the cases down by.
const (
	tallyLedger  = 0 // key_name is the ledger, key_id 0
	tallyItem    = 1 // key_id is the item, key_name the item's name on the case
	tallyVillage = 2 // key_id is the case's village, key_name ''
	tallyHandler = 3 // key_id is the handler, key_name ''
)

// tallyColumn is one figure of a tally row and the condition over cases c that a case adds 1 to:
// cond as the raw queries count it (a recount that checks the tallies uses it), kept (when not
// empty) the same condition over columns the triggers keep on the case, which the triggers
// and a refill use.
type tallyColumn struct{ name, cond, kept string }

// keptCond is the condition the triggers keep c's column by.
func (c tallyColumn) keptCond() string {
	if c.kept != "" {
		return c.kept
	}
	return c.cond
}

// tallyColumns are the tally figures in table order; every condition is the raw queries' own.
var tallyColumns = []tallyColumn{
	{"total", "1", ""},
	{"solved", bucketSQL[hall.BucketSolved], ""},
	{"declined", bucketSQL[hall.BucketDeclined], ""},
	{"in_progress", bucketSQL[hall.BucketInProgress], ""},
	{"rated", bucketSQL[hall.BucketRated], ""},
	{"good", bucketSQL[hall.BucketGood], ""},
	{"bad", bucketSQL[hall.BucketBad], ""},
	{"remedy_resolved", remedyResolvedSQL, ""},
	{"remedy_open", bucketSQL[hall.BucketRemedyOpen], ""},
}

// remedyResolvedSQL is a bad rating whose remedy is done.
var remedyResolvedSQL = badSQL + ` AND c.remedy_resolved=1`

// tallyDim is one breakdown: its number, its key_id and key_name over cases c, where a recount
// reads its cases from, and what a trigger's part reads beside the case row (empty: nothing, the
// key is the row's own).
type tallyDim struct{ dim, keyID, keyName, from, rowFrom string }

// tallyDims are the four breakdowns of migration 0026, each keyed by the case row alone.
var tallyDims = []tallyDim{
	{fmt.Sprint(tallyLedger), "0", "c.ledger", "cases c", ""},
	{fmt.Sprint(tallyItem), "c.item_id", "c.item_name", "cases c", ""},
	{fmt.Sprint(tallyVillage), "c.village_id", "''", "cases c", ""},
	{fmt.Sprint(tallyHandler), "c.handler_id", "''", "cases c", ""},
}

// tallyTables are the two grains: a day (YYYY-MM-DD) and a month (YYYY-MM) a case counts on.
var tallyTables = []struct{ table, span string }{
	{"case_day_tallies", takenOnSQL},
	{"case_month_tallies", `substr(` + takenOnSQL + `,1,7)`},
}

// tallyFields are the columns of a tally table the dashboard reads, in order.
func tallyFields() string { return tallies26.fields() }

// fields are the columns of a tally table of schema t in order.
func (t tallySchema) fields() string {
	names := []string{"span", "dim", "key_id", "key_name"}
	for _, c := range t.cols {
		names = append(names, c.name)
	}
	return strings.Join(names, ",")
}

// caseRef matches the alias c of cases in a condition, to be spelled NEW or OLD in a trigger.
var caseRef = regexp.MustCompile(`\bc\.`)

// onRow spells a condition over cases c over a trigger's row (NEW or OLD).
func onRow(cond, row string) string { return caseRef.ReplaceAllString(cond, row+".") }

// rowTallySQL adds (sign "+") or takes away (sign "-") one trigger row's contribution to a
// tally table: one upsert of a row per breakdown.
func (t tallySchema) rowTallySQL(table, span, row, sign string) string {
	parts := make([]string, 0, len(t.dims))
	for _, d := range t.dims {
		cols := []string{onRow(span, row), d.dim, onRow(d.keyID, row), onRow(d.keyName, row)}
		for _, c := range t.cols {
			cols = append(cols, sign+"("+onRow(c.keptCond(), row)+")")
		}
		parts = append(parts, "SELECT "+strings.Join(cols, ",")+onRow(d.rowFrom, row))
	}
	return t.upsertSQL(table, parts)
}

// upsertSQL adds the rows the selects give (in the table's field order) to a tally table.
func (t tallySchema) upsertSQL(table string, selects []string) string {
	set := make([]string, len(t.cols))
	for i, c := range t.cols {
		set[i] = c.name + "=" + c.name + "+excluded." + c.name
	}
	return `INSERT INTO ` + table + `(` + t.fields() + `) SELECT * FROM (` + strings.Join(selects, " UNION ALL ") +
		`) WHERE 1 ON CONFLICT(span,dim,key_id,key_name) DO UPDATE SET ` + strings.Join(set, ",") + `;`
}

// tallyWatched are the case columns a tally of migration 0026 depends on: an update of no other
// column changes none.
var tallyWatched = []string{"ledger", "item_id", "item_name", "village_id", "handler_id", "status", "outcome",
	"rating", "rating_excluded", "remedy_resolved", "accepted_on", "created_at"}

// tallyPaused is the setting that stops the triggers during a bulk load (see pauseCaseTallies).
const tallyPaused = `NOT EXISTS (SELECT 1 FROM settings WHERE key='case_tallies_paused')`

// tallyTriggersSQL creates the three triggers on cases that keep the tallies of schema t.
func (t tallySchema) tallyTriggersSQL() []string {
	apply := func(row, sign string) string {
		var b strings.Builder
		for _, tb := range tallyTables {
			b.WriteString(t.rowTallySQL(tb.table, tb.span, row, sign) + "\n")
		}
		return b.String()
	}
	changed := make([]string, len(t.watched))
	for i, c := range t.watched {
		changed[i] = "OLD." + c + " IS NOT NEW." + c
	}
	return []string{
		`CREATE TRIGGER case_tallies_insert AFTER INSERT ON cases WHEN ` + tallyPaused + ` BEGIN
` + apply("NEW", "+") + `END`,
		`CREATE TRIGGER case_tallies_update AFTER UPDATE OF ` + strings.Join(t.watched, ",") + ` ON cases
WHEN ` + tallyPaused + ` AND (` + strings.Join(changed, " OR ") + `) BEGIN
` + apply("OLD", "-") + apply("NEW", "+") + `END`,
		`CREATE TRIGGER case_tallies_delete AFTER DELETE ON cases WHEN ` + tallyPaused + ` BEGIN
` + apply("OLD", "-") + `END`,
	}
}

// recountTalliesSQL is a tally table of schema t recounted from the cases: with raw set, by the
// raw queries' own conditions (the figures the tallies must equal); else by the conditions the
// triggers keep (a refill). Rows whose figures are all 0 are not in it (a table may keep such
// rows after a case moved).
func (t tallySchema) recountTalliesSQL(span string, raw bool) string {
	parts := make([]string, 0, len(t.dims))
	for _, d := range t.dims {
		cols := []string{span + " AS span", d.dim + " AS dim", d.keyID + " AS key_id", d.keyName + " AS key_name"}
		for _, c := range t.cols {
			cond := c.keptCond()
			if raw {
				cond = c.cond
			}
			cols = append(cols, "COUNT(*) FILTER (WHERE "+cond+") AS "+c.name)
		}
		parts = append(parts, "SELECT "+strings.Join(cols, ",")+" FROM "+d.from+" GROUP BY 1,3,4")
	}
	return strings.Join(parts, " UNION ALL ")
}

// createCaseTallies is the Go step of migration 0026: the triggers and the partial index of
// open remedies, spelled from the raw conditions, and the tallies of the cases already there,
// as that migration made them (migration 0028 adds to them, tallies_scorecard.go).
func createCaseTallies(ctx context.Context, tx *sql.Tx) error {
	stmts := append(tallies26.tallyTriggersSQL(), `CREATE INDEX cases_remedy_open ON cases(remedy_due) WHERE `+
		caseRef.ReplaceAllString(bucketSQL[hall.BucketRemedyOpen], ""))
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("case tallies: %w", err)
		}
	}
	return fillCaseTallies(ctx, tx)
}

// fillCaseTallies recounts both tally tables from the cases (as the schema of the database has
// them: tallySchemaOf), the activity tallies (from schema 32) and every visit's prev_date inside
// tx, and ends a pause.
func fillCaseTallies(ctx context.Context, tx *sql.Tx) error {
	t, err := tallySchemaOf(ctx, tx)
	if err != nil {
		return err
	}
	if err := t.prepareFill(ctx, tx); err != nil {
		return err
	}
	for _, tb := range tallyTables {
		for _, q := range []string{`DELETE FROM ` + tb.table,
			`INSERT INTO ` + tb.table + `(` + t.fields() + `) SELECT * FROM (` + t.recountTalliesSQL(tb.span, false) + `) ORDER BY 1,2,3,4`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("case tallies: %w", err)
			}
		}
	}
	if err := fillActivityTallies(ctx, tx); err != nil {
		return err
	}
	// prev_date is no figure of any visit anyone sees: the recount leaves the change counters
	// (migration 0013, bumped by every update of a visit) as they were.
	for _, q := range []string{`CREATE TEMP TABLE IF NOT EXISTS kept_counters AS SELECT * FROM change_counters`,
		recountVisitPrevSQL,
		`UPDATE change_counters SET n = (SELECT k.n FROM kept_counters k WHERE k.name = change_counters.name)`,
		`DROP TABLE temp.kept_counters`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("visit prev_date: %w", err)
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM settings WHERE key='case_tallies_paused'`)
	return err
}

// visitPrevSQL is every visit's prev_date as the triggers of migration 0026 keep it: the date of
// the household's visit just before it by date, then id; empty for its first.
const visitPrevSQL = `SELECT id, COALESCE(LAG(date) OVER (PARTITION BY household_id ORDER BY date, id), '') AS prev FROM visits`

// recountVisitPrevSQL sets every visit's prev_date afresh.
const recountVisitPrevSQL = `UPDATE visits SET prev_date = p.prev FROM (` + visitPrevSQL + `) p
	WHERE p.id = visits.id AND visits.prev_date IS NOT p.prev`

// pauseCaseTallies stops the triggers inside the caller's transaction until fillCaseTallies: a
// bulk load recounts once at the end instead of upserting eight rows per case. Should the load
// die first, the next Open recounts (repairCaseTallies).
func pauseCaseTallies(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES ('case_tallies_paused', '1')
		ON CONFLICT(key) DO NOTHING`)
	return err
}

// repairCaseTallies recounts the tallies when a bulk load paused them and did not finish.
func (s *Store) repairCaseTallies(ctx context.Context) error {
	var paused int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM settings WHERE key='case_tallies_paused'`).Scan(&paused); err != nil {
		return err
	}
	if paused == 0 {
		return nil
	}
	return s.tx(ctx, func(tx *sql.Tx) error { return fillCaseTallies(ctx, tx) })
}
