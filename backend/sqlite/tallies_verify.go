package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"halldesk/backend/hall"
)

// VerifyCaseTallies recounts every case tally from the cases and compares it with the one the
// triggers kept, the same for the activity tallies (visits and feedback, from schema 32), and
// every visit's prev_date, then, for each of the given dates, compares the
// dashboard's case and visit figures and the briefing's figures read from the tallies with the
// ones counted from the cases and visits. It returns
// nil when nothing differs, else an error that lists the first differences. It reads every case
// and is meant for tests and for checking a data file, never for a report.
func (s *Store) VerifyCaseTallies(ctx context.Context, dates []DashboardDates) error {
	var diffs []string
	schema, err := tallySchemaOf(ctx, s.db)
	if err != nil {
		return err
	}
	for _, t := range tallyTables {
		kept := `SELECT ` + schema.fields() + ` FROM ` + t.table + ` WHERE ` + schema.nonZeroSQL()
		recount := `SELECT ` + schema.fields() + ` FROM (` + schema.recountTalliesSQL(t.span, true) + `)`
		for _, q := range []struct{ what, sql string }{
			{"kept but not recounted", kept + ` EXCEPT ` + recount},
			{"recounted but not kept", recount + ` EXCEPT ` + kept},
		} {
			rows, err := s.db.QueryContext(ctx, q.sql+` LIMIT 5`)
			if err != nil {
				return err
			}
			for rows.Next() {
				var span, name string
				var dim, id int64
				figures := make([]any, len(schema.cols))
				vals := make([]int64, len(schema.cols))
				for i := range figures {
					figures[i] = &vals[i]
				}
				if err := rows.Scan(append([]any{&span, &dim, &id, &name}, figures...)...); err != nil {
					rows.Close()
					return err
				}
				diffs = append(diffs, fmt.Sprintf("%s %s: %s dim %d key %d %q %v", t.table, q.what, span, dim, id, name, vals))
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
	}
	activity, err := s.activityDiffs(ctx)
	if err != nil {
		return err
	}
	diffs = append(diffs, activity...)
	var wrongPrev int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM visits v JOIN (`+visitPrevSQL+`) p ON p.id=v.id
		WHERE v.prev_date IS NOT p.prev`).Scan(&wrongPrev); err != nil {
		return err
	}
	if wrongPrev > 0 {
		diffs = append(diffs, fmt.Sprintf("%d visits with a prev_date other than their household's previous visit", wrongPrev))
	}
	for _, d := range dates {
		args, err := d.args()
		if err != nil {
			return err
		}
		tallied, raw := hall.Dashboard{Period: d.Period, Today: d.Today}, hall.Dashboard{Period: d.Period, Today: d.Today}
		if err := s.caseBreakdowns(ctx, &tallied, d, args); err != nil {
			return err
		}
		if err := s.caseBreakdownsRaw(ctx, &raw, d, args); err != nil {
			return err
		}
		if !reflect.DeepEqual(tallied, raw) {
			diffs = append(diffs, fmt.Sprintf("dashboard %s–%s: tallies %+v, cases %+v", d.Period.From, d.Period.To, tallied, raw))
		}
		sum, err := s.CaseSummary(ctx, d.Period)
		if err != nil {
			return err
		}
		rawSum, err := s.caseSummaryRaw(ctx, d.Period)
		if err != nil {
			return err
		}
		var visits hall.VisitCount
		if err := s.visitCounts(ctx, &visits, args); err != nil {
			return err
		}
		var rawVisits hall.VisitCount
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT household_id) FROM visits
			WHERE date>=@fromDay AND date<=@toDay`, args...).Scan(&rawVisits.Visits, &rawVisits.Households); err != nil {
			return err
		}
		if visits != rawVisits {
			diffs = append(diffs, fmt.Sprintf("visits %s–%s: by prev_date %+v, counted %+v", d.Period.From, d.Period.To, visits, rawVisits))
		}
		if sum != rawSum {
			diffs = append(diffs, fmt.Sprintf("briefing %s–%s: tallies %+v, cases %+v", d.Period.From, d.Period.To, sum, rawSum))
		}
	}
	if len(diffs) > 0 {
		return fmt.Errorf("case tallies differ from the cases:\n%s", strings.Join(diffs, "\n"))
	}
	return nil
}

// nonZeroSQL is a tally row with a figure other than 0 (a row left at 0 by a case that moved
// away counts for nothing).
func (t tallySchema) nonZeroSQL() string {
	parts := make([]string, len(t.cols))
	for i, c := range t.cols {
		parts[i] = c.name + "<>0"
	}
	return strings.Join(parts, " OR ")
}
