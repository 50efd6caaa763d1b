package sqlite

import (
	"context"
	"database/sql"

	"halldesk/backend/hall"
)

// tallySpans splits a period into the day and month rows that cover it: the days before its
// first whole month, its whole months, and the days after its last whole month. An empty range
// is spelled "9" to "0", which no span falls in.
func tallySpans(p hall.Period) []any {
	firstOfMonth := func(d hall.Date) hall.Date { return d.AddDays(1 - d.Time().Day()) }
	fullFrom := p.From
	if p.From.Time().Day() != 1 {
		fullFrom = firstOfMonth(firstOfMonth(p.From).AddDays(31))
	}
	fullTo := p.To
	if p.To.AddDays(1).Time().Day() != 1 {
		fullTo = firstOfMonth(p.To).AddDays(-1)
	}
	headFrom, headTo, monthFrom, monthTo, tailFrom, tailTo := p.From.String(), p.To.String(), "9", "0", "9", "0"
	if !fullTo.Before(fullFrom) {
		headTo = fullFrom.AddDays(-1).String()
		monthFrom, monthTo = fullFrom.Month(), fullTo.Month()
		tailFrom = fullTo.AddDays(1).String()
		tailTo = p.To.String()
	}
	return []any{sql.Named("headFrom", headFrom), sql.Named("headTo", headTo), sql.Named("monthFrom", monthFrom),
		sql.Named("monthTo", monthTo), sql.Named("tailFrom", tailFrom), sql.Named("tailTo", tailTo)}
}

// talliedSQL sums the tallies of a period (the arguments of tallySpans) by dimension and key;
// a key whose cases all moved elsewhere sums to nothing and is left out.
var talliedSQL = func() string {
	cols := tallyFields()
	sums := ""
	for _, c := range tallyColumns {
		sums += ", SUM(" + c.name + ") AS " + c.name
	}
	return `SELECT dim, key_id, key_name` + sums + ` FROM (
		SELECT ` + cols + ` FROM case_day_tallies WHERE span>=@headFrom AND span<=@headTo
		UNION ALL SELECT ` + cols + ` FROM case_month_tallies WHERE span>=@monthFrom AND span<=@monthTo
		UNION ALL SELECT ` + cols + ` FROM case_day_tallies WHERE span>=@tailFrom AND span<=@tailTo)
		GROUP BY dim, key_id, key_name HAVING SUM(total)<>0`
}()

// caseBreakdowns fills the dashboard's case figures of the period from the tallies: the four
// breakdowns, the briefing's figures and the remedy figures. What depends on today is read from
// the cases it can concern: overdue and due soon from the running cases (cases_status_due),
// remedies overdue from the open ones (cases_remedy_open). TestTalliesMatchRawCounts holds every
// figure to caseBreakdownsRaw.
func (s *Store) caseBreakdowns(ctx context.Context, out *hall.Dashboard, d DashboardDates, args []any) error {
	b := newBreakdown()
	rows, err := s.db.QueryContext(ctx, talliedSQL, tallySpans(d.Period)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var dim int
		var k group
		var c hall.GroupCount
		var rated, good, resolved, remedyOpen int
		if err := rows.Scan(&dim, &k.id, &k.name, &c.Total, &c.Solved, &c.Declined, &c.InProgress, &rated, &good, &c.Bad,
			&resolved, &remedyOpen); err != nil {
			return err
		}
		switch dim {
		case tallyLedger:
			b.add(b.ledgers, k, c)
			addSummary(out, k.name, c, rated, good)
			out.Remedy.Bad += c.Bad
			out.Remedy.Resolved += resolved
			out.Remedy.Open += remedyOpen
		case tallyItem:
			b.add(b.items, k, c)
		case tallyVillage:
			b.add(b.villages, group{id: k.id}, c)
		case tallyHandler:
			b.add(b.handlers, group{id: k.id}, c)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	if err := s.dueFigures(ctx, out, b, args); err != nil {
		return err
	}
	err = s.db.QueryRowContext(ctx, `SELECT `+count(hall.BucketRemedyOverdue)+` FROM cases c INDEXED BY cases_remedy_open
		WHERE `+bucketSQL[hall.BucketRemedyOverdue]+` AND `+inPeriodSQL, args...).Scan(&out.Remedy.Overdue)
	if err != nil {
		return err
	}
	return s.finishBreakdown(ctx, out, b)
}

// dueFigures adds the period's overdue and due-soon cases, read from the running ones, to the
// dashboard and its breakdowns.
func (s *Store) dueFigures(ctx context.Context, out *hall.Dashboard, b *breakdown, args []any) error {
	rows, err := s.db.QueryContext(ctx, `SELECT c.ledger, c.item_id, c.village_id, c.handler_id,
		`+count(hall.BucketOverdue)+`, `+count(hall.BucketDueSoon)+`
		FROM cases c WHERE `+runningSQL+` AND `+inPeriodSQL+` GROUP BY 1, 2, 3, 4`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var ledger string
		var item, village, handler int64
		var overdue, dueSoon int
		if err := rows.Scan(&ledger, &item, &village, &handler, &overdue, &dueSoon); err != nil {
			return err
		}
		c := hall.GroupCount{Overdue: overdue}
		b.add(b.ledgers, group{name: ledger}, c)
		b.add(b.items, group{id: item}, c)
		b.add(b.villages, group{id: village}, c)
		b.add(b.handlers, group{id: handler}, c)
		out.Overdue += overdue
		out.DueSoon += dueSoon
	}
	return rows.Err()
}
