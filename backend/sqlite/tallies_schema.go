package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"halldesk/backend/hall"
)

// Migration 0028 adds to the case tallies what the scorecards still counted from the raw rows:
//   - 按时办结 (on time): a case keeps the China day of its latest 办结 event (cases.completed_on,
//     set by a trigger on case_events, which are append-only), and the tallies a column on_time,
//     a finished case completed on or before its deadline;
//   - a cadre's cases (转办件): a fifth breakdown (dim 4, tallyCadre), keyed by the cadre of the
//     visit whose issue raised the case, once per such issue as the raw join counts them. Triggers
//     on cases move a case's figures, triggers on visit_issues and on visits (its cadre) move the
//     issue's.
//
// What depends on today (overdue) is still read from the running cases, as the dashboard does.

// tallyCadre is the breakdown by the cadre who raised a case on a visit: key_id the visit's cadre.
const tallyCadre = 4

// tallySchema is what the tallies hold at one schema version: their figures, their breakdowns
// and the case columns the figures depend on.
type tallySchema struct {
	cols    []tallyColumn
	dims    []tallyDim
	watched []string
	// completedOn is set when cases keep completed_on (migration 0028).
	completedOn bool
}

// tallies26 are the tallies as migration 0026 made them: the dashboard's and the briefing's.
var tallies26 = tallySchema{cols: tallyColumns, dims: tallyDims, watched: tallyWatched}

// onTimeKeptSQL is onTimeSQL over the day of the 办结 event that the case keeps.
var onTimeKeptSQL = finishedSQL + ` AND c.due_date<>'' AND c.completed_on<>'' AND c.completed_on<=c.due_date`

// cadreIssuesOf are the issues that raised case c as a case, with their visit v.
const cadreIssuesOf = ` FROM visit_issues i JOIN visits v ON v.id=i.visit_id WHERE i.case_id=c.id AND i.kind='case'`

// tallies28 are the tallies since migration 0028: on time and the cadres' cases added.
var tallies28 = tallySchema{
	cols: append(slices.Clone(tallyColumns), tallyColumn{"on_time", onTimeSQL, onTimeKeptSQL}),
	dims: append(slices.Clone(tallyDims), tallyDim{fmt.Sprint(tallyCadre), "v.cadre_id", "''",
		cadreCasesFrom + ` WHERE i.kind='case'`, cadreIssuesOf}),
	watched:     append(slices.Clone(tallyWatched), "due_date", "completed_on"),
	completedOn: true,
}

// tallySchemaOf is the tallies' schema of the database tx works on: a restore fills the tallies
// of a backup's schema version, which may be older than this program's.
func tallySchemaOf(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (tallySchema, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_table_info('case_day_tallies') WHERE name='on_time'`).Scan(&n)
	if err != nil || n == 0 {
		return tallies26, err
	}
	return tallies28, nil
}

// completedOnSQL is the China day of case id's latest 办结 event (” when it has none).
func completedOnSQL(id string) string {
	return `COALESCE((SELECT date(MAX(e.at),'+8 hours') FROM case_events e WHERE e.case_id=` + id +
		` AND ` + sqlEq("e.action", hall.ActComplete) + `),'')`
}

// prepareFill readies a refill of the tallies of schema t: it pauses the triggers (the refill
// ends the pause) and sets every case's completed_on afresh.
func (t tallySchema) prepareFill(ctx context.Context, tx *sql.Tx) error {
	if !t.completedOn {
		return nil
	}
	if err := pauseCaseTallies(ctx, tx); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE cases SET completed_on=`+completedOnSQL("cases.id")+`
		WHERE completed_on IS NOT `+completedOnSQL("cases.id"))
	return err
}

// scorecardTriggersSQL are the triggers of migration 0028 beside those on cases: completed_on kept
// from case_events, and the cadre breakdown kept as issues raise cases and visits change cadre.
func scorecardTriggersSQL() []string {
	t := tallies28
	// issueTally adds (sign) the figures of the case an issue row raised, under its visit's cadre.
	issueTally := func(row, sign string) string {
		var b strings.Builder
		for _, tb := range tallyTables {
			cols := []string{tb.span, fmt.Sprint(tallyCadre), "v.cadre_id", "''"}
			for _, c := range t.cols {
				cols = append(cols, sign+"("+c.keptCond()+")")
			}
			b.WriteString(t.upsertSQL(tb.table, []string{"SELECT " + strings.Join(cols, ",") + ` FROM cases c JOIN visits v
				ON v.id=` + row + `.visit_id WHERE c.id=` + row + `.case_id AND ` + row + `.kind='case'`}) + "\n")
		}
		return b.String()
	}
	// visitTally adds (sign) the figures of every case raised on visit row under its cadre.
	visitTally := func(row, sign string) string {
		var b strings.Builder
		for _, tb := range tallyTables {
			cols := []string{tb.span, fmt.Sprint(tallyCadre), row + ".cadre_id", "''"}
			for _, c := range t.cols {
				cols = append(cols, sign+"("+c.keptCond()+")")
			}
			b.WriteString(t.upsertSQL(tb.table, []string{"SELECT " + strings.Join(cols, ",") + ` FROM visit_issues i
				JOIN cases c ON c.id=i.case_id WHERE i.visit_id=` + row + `.id AND i.kind='case'`}) + "\n")
		}
		return b.String()
	}
	return []string{
		`CREATE TRIGGER cases_completed_on AFTER INSERT ON case_events
WHEN ` + sqlEq("NEW.action", hall.ActComplete) + ` AND ` + tallyPaused + ` BEGIN
UPDATE cases SET completed_on=` + completedOnSQL("NEW.case_id") + ` WHERE id=NEW.case_id;
END`,
		`CREATE TRIGGER cadre_tallies_issue_insert AFTER INSERT ON visit_issues WHEN ` + tallyPaused + ` AND NEW.kind='case'
AND NEW.case_id IS NOT NULL BEGIN
` + issueTally("NEW", "+") + `END`,
		`CREATE TRIGGER cadre_tallies_issue_update AFTER UPDATE OF kind, case_id, visit_id ON visit_issues WHEN ` + tallyPaused + `
AND (OLD.kind IS NOT NEW.kind OR OLD.case_id IS NOT NEW.case_id OR OLD.visit_id IS NOT NEW.visit_id) BEGIN
` + issueTally("OLD", "-") + issueTally("NEW", "+") + `END`,
		`CREATE TRIGGER cadre_tallies_issue_delete AFTER DELETE ON visit_issues WHEN ` + tallyPaused + ` AND OLD.kind='case'
AND OLD.case_id IS NOT NULL BEGIN
` + issueTally("OLD", "-") + `END`,
		`CREATE TRIGGER cadre_tallies_visit_cadre AFTER UPDATE OF cadre_id ON visits WHEN ` + tallyPaused + `
AND OLD.cadre_id IS NOT NEW.cadre_id BEGIN
` + visitTally("OLD", "-") + visitTally("NEW", "+") + `END`,
		// A visit deleted with its issues left (only with the foreign keys off): the raw join
		// no longer finds their cases.
		`CREATE TRIGGER cadre_tallies_visit_delete AFTER DELETE ON visits WHEN ` + tallyPaused + ` BEGIN
` + visitTally("OLD", "-") + `END`,
	}
}

// addScorecardTallies is the Go step of migration 0028 (after its SQL added cases.completed_on and
// the on_time columns): the triggers on cases made again with the new figure and breakdown, the
// triggers of scorecardTriggersSQL, and the tallies filled afresh (completed_on with them).
func addScorecardTallies(ctx context.Context, tx *sql.Tx) error {
	stmts := []string{`DROP TRIGGER IF EXISTS case_tallies_insert`, `DROP TRIGGER IF EXISTS case_tallies_update`,
		`DROP TRIGGER IF EXISTS case_tallies_delete`}
	stmts = append(append(stmts, tallies28.tallyTriggersSQL()...), scorecardTriggersSQL()...)
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("scorecard tallies: %w", err)
		}
	}
	return fillCaseTallies(ctx, tx)
}
