package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// The activity tallies (migration 0032) are the scorecards' figures that are not about cases
// summed ahead: each cadre's visits by their date, the feedback each cadre gave on visit issues
// (attributed to the cadre of the visit it was given on, else of the visit that raised the
// issue) and the feedback each clerk gave on cases (by the case's handler), each by its day. A
// row holds one figure of one person for a day, a month or a year, so a scorecard reads, for each
// figure, the days before its first whole month, the months before its first whole year, its
// whole years, then months and days again: about ten thousand rows for ten years of half a
// million visits. Triggers on visits, visit_issues and cases keep them in the transaction of every
// write (a bulk load pauses them with the case tallies, and fillCaseTallies refills both).
// Visit and issue ids are never changed, so the triggers do not follow a change of id.

// Activity kinds: what an activity tally row counts.
const (
	activityVisits        = 0 // a cadre's visits (key_id the cadre), by the visit's date
	activityCadreFeedback = 1 // feedback on visit issues by the cadre who gave it, by feedback_on
	activityClerkFeedback = 2 // feedback on cases by the case's handler, by feedback_at
)

// activityGrains are the grains of a row: 0 a day (the date itself), 1 its month, 2 its year.
const activityGrains = `(SELECT 0 AS grain, 10 AS len UNION ALL SELECT 1, 7 UNION ALL SELECT 2, 4)`

// cadreFeedbackFrom joins the issues to the visit that raised them (v) and the one the feedback
// was given on (fv); cadreFeedbackKey is the cadre the feedback counts for.
const (
	cadreFeedbackFrom = `visit_issues i JOIN visits v ON v.id=i.visit_id LEFT JOIN visits fv ON fv.id=i.feedback_visit_id`
	cadreFeedbackKey  = `COALESCE(fv.cadre_id, v.cadre_id)`
)

// activityRaw are the rows each kind counts, as the raw scorecards count them: the day, the
// person, and the condition a row counts under.
var activityRaw = [...]struct{ day, key, from, where string }{
	activityVisits:        {"date", "cadre_id", "visits", "1"},
	activityCadreFeedback: {"i.feedback_on", cadreFeedbackKey, cadreFeedbackFrom, "i.feedback_on<>''"},
	activityClerkFeedback: {"feedback_at", "handler_id", "cases", "feedback_at<>''"},
}

// activityRawSQL counts one kind per person over the period (@fromDay to @toDay) from the raw
// rows: columns key_id and n.
func activityRawSQL(kind int) string {
	r := activityRaw[kind]
	return `SELECT ` + r.key + ` AS key_id, COUNT(*) AS n FROM ` + r.from + ` WHERE ` + r.day + `>=@fromDay AND ` +
		r.day + `<=@toDay AND ` + r.where + ` GROUP BY 1`
}

// activityTalliedSQL sums one kind per person over the period (the arguments of activitySpans)
// from the tallies: columns key_id and n; a person whose rows all moved away is left out.
func activityTalliedSQL(kind int) string {
	part := func(grain int, from, to string) string {
		return fmt.Sprintf(`SELECT key_id, n FROM activity_tallies WHERE kind=%d AND grain=%d AND span>=@%s AND span<=@%s`,
			kind, grain, from, to)
	}
	return `SELECT key_id, SUM(n) AS n FROM (` + strings.Join([]string{
		part(0, "aDayHeadFrom", "aDayHeadTo"), part(1, "aMonthHeadFrom", "aMonthHeadTo"), part(2, "aYearFrom", "aYearTo"),
		part(1, "aMonthTailFrom", "aMonthTailTo"), part(0, "aDayTailFrom", "aDayTailTo"),
	}, " UNION ALL ") + `) GROUP BY key_id HAVING SUM(n)<>0`
}

// activitySpans splits a period into the day, month and year rows that cover it: the days and
// months of tallySpans, the whole years among those months taken as years. An empty range is
// spelled "9" to "0", which no span falls in.
func activitySpans(p hall.Period) []any {
	spans := tallySpans(p)
	val := func(i int) string { return spans[i].(sql.NamedArg).Value.(string) }
	monthFrom, monthTo := val(2), val(3)
	headTo, yearFrom, yearTo, tailFrom, tailTo := monthTo, "9", "0", "9", "0"
	if monthFrom <= monthTo {
		first, _ := strconv.Atoi(monthFrom[:4])
		last, _ := strconv.Atoi(monthTo[:4])
		if monthFrom[5:] != "01" {
			first++
		}
		if monthTo[5:] != "12" {
			last--
		}
		if first <= last {
			headTo, yearFrom, yearTo = fmt.Sprintf("%04d-12", first-1), fmt.Sprintf("%04d", first), fmt.Sprintf("%04d", last)
			tailFrom, tailTo = fmt.Sprintf("%04d-01", last+1), monthTo
		}
	}
	return []any{sql.Named("aDayHeadFrom", val(0)), sql.Named("aDayHeadTo", val(1)),
		sql.Named("aMonthHeadFrom", monthFrom), sql.Named("aMonthHeadTo", headTo),
		sql.Named("aYearFrom", yearFrom), sql.Named("aYearTo", yearTo),
		sql.Named("aMonthTailFrom", tailFrom), sql.Named("aMonthTailTo", tailTo),
		sql.Named("aDayTailFrom", val(4)), sql.Named("aDayTailTo", val(5))}
}

// activityUpsertSQL adds the rows source gives (columns day, key_id and n, n the change) to the
// tallies of one kind, at every grain.
func activityUpsertSQL(kind int, source string) string {
	return fmt.Sprintf(`INSERT INTO activity_tallies(kind, grain, span, key_id, n)
	SELECT %d, g.grain, CASE g.grain WHEN 0 THEN s.day ELSE substr(s.day, 1, g.len) END, s.key_id, s.n
	FROM (%s) s JOIN %s g WHERE 1 ON CONFLICT(kind, grain, span, key_id) DO UPDATE SET n=n+excluded.n;
`, kind, source, activityGrains)
}

// issueFeedbackSQL is the feedback an issue row (NEW or OLD) adds (sign 1) or takes away (-1):
// one row when it has feedback and the visit that raised it is there.
func issueFeedbackSQL(row string, sign int) string {
	return fmt.Sprintf(`SELECT %[1]s.feedback_on AS day, COALESCE(fv.cadre_id, v.cadre_id) AS key_id, %[2]d AS n
		FROM visits v LEFT JOIN visits fv ON fv.id=%[1]s.feedback_visit_id WHERE v.id=%[1]s.visit_id AND %[1]s.feedback_on<>''`, row, sign)
}

// activityTriggersSQL are the triggers that keep the activity tallies.
func activityTriggersSQL() []string {
	visits, cadreFB, clerkFB := activityVisits, activityCadreFeedback, activityClerkFeedback
	return []string{
		// A visit counts for its cadre; the issues raised on it gain their feedback; the feedback
		// given on it and raised on another visit moves from that visit's cadre to its own.
		`CREATE TRIGGER activity_visit_insert AFTER INSERT ON visits WHEN ` + tallyPaused + ` BEGIN
` + activityUpsertSQL(visits, `SELECT NEW.date AS day, NEW.cadre_id AS key_id, 1 AS n`) +
			activityUpsertSQL(cadreFB, `SELECT i.feedback_on AS day, COALESCE(fv.cadre_id, NEW.cadre_id) AS key_id, 1 AS n
		FROM visit_issues i LEFT JOIN visits fv ON fv.id=i.feedback_visit_id WHERE i.visit_id=NEW.id AND i.feedback_on<>''
		UNION ALL SELECT i.feedback_on, v.cadre_id, -1 FROM visit_issues i JOIN visits v ON v.id=i.visit_id
		WHERE i.feedback_visit_id=NEW.id AND i.visit_id<>NEW.id AND i.feedback_on<>''
		UNION ALL SELECT i.feedback_on, NEW.cadre_id, 1 FROM visit_issues i JOIN visits v ON v.id=i.visit_id
		WHERE i.feedback_visit_id=NEW.id AND i.visit_id<>NEW.id AND i.feedback_on<>''`) + `END`,
		// A visit moved to another day or cadre; the feedback it is attributed by either visit
		// follows its cadre.
		`CREATE TRIGGER activity_visit_update AFTER UPDATE OF date, cadre_id ON visits WHEN ` + tallyPaused + `
AND (OLD.date IS NOT NEW.date OR OLD.cadre_id IS NOT NEW.cadre_id) BEGIN
` + activityUpsertSQL(visits, `SELECT OLD.date AS day, OLD.cadre_id AS key_id, -1 AS n UNION ALL SELECT NEW.date, NEW.cadre_id, 1`) +
			activityUpsertSQL(cadreFB, `SELECT i.feedback_on AS day, d.key_id, d.n FROM (SELECT i.id FROM visit_issues i
			WHERE i.feedback_visit_id=NEW.id UNION ALL SELECT i.id FROM visit_issues i LEFT JOIN visits fv ON fv.id=i.feedback_visit_id
			WHERE i.visit_id=NEW.id AND fv.id IS NULL) a JOIN visit_issues i ON i.id=a.id JOIN visits v ON v.id=i.visit_id
		JOIN (SELECT OLD.cadre_id AS key_id, -1 AS n UNION ALL SELECT NEW.cadre_id, 1) d
		WHERE i.feedback_on<>'' AND OLD.cadre_id IS NOT NEW.cadre_id`) + `END`,
		// A visit deleted (only with the foreign keys off): the issues raised on it lose their
		// feedback, the feedback given on it goes back to the cadre who raised the issue.
		`CREATE TRIGGER activity_visit_delete AFTER DELETE ON visits WHEN ` + tallyPaused + ` BEGIN
` + activityUpsertSQL(visits, `SELECT OLD.date AS day, OLD.cadre_id AS key_id, -1 AS n`) +
			activityUpsertSQL(cadreFB, `SELECT i.feedback_on AS day, COALESCE(fv.cadre_id, OLD.cadre_id) AS key_id, -1 AS n
		FROM visit_issues i LEFT JOIN visits fv ON fv.id=i.feedback_visit_id WHERE i.visit_id=OLD.id AND i.feedback_on<>''
		UNION ALL SELECT i.feedback_on, OLD.cadre_id, -1 FROM visit_issues i JOIN visits v ON v.id=i.visit_id
		WHERE i.feedback_visit_id=OLD.id AND i.visit_id<>OLD.id AND i.feedback_on<>''
		UNION ALL SELECT i.feedback_on, v.cadre_id, 1 FROM visit_issues i JOIN visits v ON v.id=i.visit_id
		WHERE i.feedback_visit_id=OLD.id AND i.visit_id<>OLD.id AND i.feedback_on<>''`) + `END`,
		`CREATE TRIGGER activity_issue_insert AFTER INSERT ON visit_issues WHEN ` + tallyPaused + ` AND NEW.feedback_on<>'' BEGIN
` + activityUpsertSQL(cadreFB, issueFeedbackSQL("NEW", 1)) + `END`,
		`CREATE TRIGGER activity_issue_update AFTER UPDATE OF feedback_on, feedback_visit_id, visit_id ON visit_issues WHEN ` + tallyPaused + `
AND (OLD.feedback_on IS NOT NEW.feedback_on OR OLD.feedback_visit_id IS NOT NEW.feedback_visit_id OR OLD.visit_id IS NOT NEW.visit_id) BEGIN
` + activityUpsertSQL(cadreFB, issueFeedbackSQL("OLD", -1)+" UNION ALL "+issueFeedbackSQL("NEW", 1)) + `END`,
		`CREATE TRIGGER activity_issue_delete AFTER DELETE ON visit_issues WHEN ` + tallyPaused + ` AND OLD.feedback_on<>'' BEGIN
` + activityUpsertSQL(cadreFB, issueFeedbackSQL("OLD", -1)) + `END`,
		`CREATE TRIGGER activity_case_insert AFTER INSERT ON cases WHEN ` + tallyPaused + ` AND NEW.feedback_at<>'' BEGIN
` + activityUpsertSQL(clerkFB, `SELECT NEW.feedback_at AS day, NEW.handler_id AS key_id, 1 AS n`) + `END`,
		`CREATE TRIGGER activity_case_update AFTER UPDATE OF feedback_at, handler_id ON cases WHEN ` + tallyPaused + `
AND (OLD.feedback_at IS NOT NEW.feedback_at OR OLD.handler_id IS NOT NEW.handler_id) BEGIN
` + activityUpsertSQL(clerkFB, `SELECT OLD.feedback_at AS day, OLD.handler_id AS key_id, -1 AS n WHERE OLD.feedback_at<>''
		UNION ALL SELECT NEW.feedback_at, NEW.handler_id, 1 WHERE NEW.feedback_at<>''`) + `END`,
		`CREATE TRIGGER activity_case_delete AFTER DELETE ON cases WHEN ` + tallyPaused + ` AND OLD.feedback_at<>'' BEGIN
` + activityUpsertSQL(clerkFB, `SELECT OLD.feedback_at AS day, OLD.handler_id AS key_id, -1 AS n`) + `END`,
	}
}

// activityRecountSQL is every activity tally recounted from the raw rows (columns kind, grain,
// span, key_id, n), without rows of 0.
func activityRecountSQL() string {
	parts := make([]string, 0, len(activityRaw))
	for kind, r := range activityRaw {
		parts = append(parts, fmt.Sprintf(`SELECT %d AS kind, g.grain, CASE g.grain WHEN 0 THEN s.day ELSE substr(s.day, 1, g.len) END AS span,
			s.key_id, SUM(s.n) AS n FROM (SELECT %s AS day, %s AS key_id, COUNT(*) AS n FROM %s WHERE %s GROUP BY 1, 2) s
			JOIN %s g GROUP BY 1, 2, 3, 4`, kind, r.day, r.key, r.from, r.where, activityGrains))
	}
	return strings.Join(parts, " UNION ALL ")
}

// hasActivityTallies reports whether the database q works on has the activity tallies (schema
// 32 on): a restore or a migration of an older schema refills the case tallies without them.
func hasActivityTallies(ctx context.Context, q querier) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='activity_tallies'`).Scan(&n)
	return n > 0, err
}

// fillActivityTallies recounts the activity tallies from the raw rows inside tx, when the
// database has them (schema 32 on).
func fillActivityTallies(ctx context.Context, tx *sql.Tx) error {
	if ok, err := hasActivityTallies(ctx, tx); err != nil || !ok {
		return err
	}
	for _, q := range []string{`DELETE FROM activity_tallies`,
		`INSERT INTO activity_tallies(kind, grain, span, key_id, n) SELECT * FROM (` + activityRecountSQL() + `) ORDER BY 1, 2, 3, 4`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("activity tallies: %w", err)
		}
	}
	return nil
}

// createActivityTallies is the Go step of migration 0032: the triggers of activityTriggersSQL
// and the tallies of the rows already there.
func createActivityTallies(ctx context.Context, tx *sql.Tx) error {
	for _, q := range activityTriggersSQL() {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("activity tallies: %w", err)
		}
	}
	return fillActivityTallies(ctx, tx)
}

// activityDiffs recounts every activity tally from the raw rows and lists the first rows that
// differ from the ones the triggers kept (nothing when the database has none).
func (s *Store) activityDiffs(ctx context.Context) ([]string, error) {
	if ok, err := hasActivityTallies(ctx, s.db); err != nil || !ok {
		return nil, err
	}
	kept := `SELECT kind, grain, span, key_id, n FROM activity_tallies WHERE n<>0`
	recount := `SELECT kind, grain, span, key_id, n FROM (` + activityRecountSQL() + `)`
	var diffs []string
	for _, q := range []struct{ what, sql string }{
		{"kept but not recounted", kept + ` EXCEPT ` + recount},
		{"recounted but not kept", recount + ` EXCEPT ` + kept},
	} {
		rows, err := s.db.QueryContext(ctx, q.sql+` LIMIT 5`)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var kind, grain, key, n int64
			var span string
			if err := rows.Scan(&kind, &grain, &span, &key, &n); err != nil {
				rows.Close()
				return nil, err
			}
			diffs = append(diffs, fmt.Sprintf("activity_tallies %s: kind %d grain %d %s key %d n %d", q.what, kind, grain, span, key, n))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return diffs, nil
}
