package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"halldesk/backend/hall"
)

// The dashboard's figures and its drill-down lists share these conditions, so that a figure and
// the list behind it cannot disagree. They use the named parameters @today and @dueBy.
// They are spelled from hall's vocabulary in sqlite/vocabulary.go.
var bucketSQL = map[hall.Bucket]string{
	hall.BucketAll:           `1=1`,
	hall.BucketOnSpot:        solvedSQL + ` AND ` + ledgerSQL(hall.LedgerInstant),
	hall.BucketProxy:         solvedSQL + ` AND ` + ledgerSQL(hall.LedgerProxy),
	hall.BucketJoint:         solvedSQL + ` AND ` + ledgerSQL(hall.LedgerEscalate),
	hall.BucketSolved:        solvedSQL,
	hall.BucketDeclined:      declinedSQL,
	hall.BucketInProgress:    `NOT (` + finishedSQL + `)`,
	hall.BucketRated:         ratedSQL,
	hall.BucketGood:          goodSQL,
	hall.BucketBad:           badSQL,
	hall.BucketRemedyOpen:    badSQL + ` AND c.remedy_resolved=0`,
	hall.BucketRemedyOverdue: badSQL + ` AND c.remedy_resolved=0 AND c.remedy_due<>'' AND c.remedy_due<@today`,
	hall.BucketOverdue:       overdueSQL("@today"),
	hall.BucketDueSoon:       dueSoonSQL("@today", "@dueBy"),
}

// count is COUNT(*) of the rows in a bucket.
func count(b hall.Bucket) string { return `COUNT(*) FILTER (WHERE ` + bucketSQL[b] + `)` }

// DashboardDates are the dates the dashboard counts against: the period and, for deadlines,
// today and the last day that is still "due soon".
type DashboardDates struct {
	Period hall.Period
	Today  hall.Date
	DueBy  hall.Date
}

func (d DashboardDates) args() ([]any, error) {
	from, to, err := d.Period.UTCRange()
	if err != nil {
		return nil, err
	}
	return []any{sql.Named("from", from), sql.Named("to", to), sql.Named("today", d.Today), sql.Named("dueBy", d.DueBy),
		sql.Named("fromDay", d.Period.From), sql.Named("toDay", d.Period.To)}, nil
}

// needDates refuses a period without both its dates (one that was not cleaned) rather than
// count over an empty range.
func needDates(p hall.Period) error {
	_, _, err := p.UTCRange()
	return err
}

// inPeriodSQL is a case taken in the period (@fromDay to @toDay, both included) by takenOnSQL.
var inPeriodSQL = takenOnSQL + `>=@fromDay AND ` + takenOnSQL + `<=@toDay`

// Dashboard counts the dashboard's case, petition, visit and print figures for a period (which
// must be clean) in SQL: the case figures from the case tallies (sqlite/tallies.go), the rest in
// a few passes over the indexed tables; the visit duty coverage,
// which needs the cadence rules, is left to the caller. The briefing's figures come from
// the same conditions as CaseSummary, so that the dashboard and the monthly briefing agree.
func (s *Store) Dashboard(ctx context.Context, d DashboardDates) (hall.Dashboard, error) {
	return s.dashboard(ctx, d, s.caseBreakdowns)
}

// dashboard is Dashboard with its case figures read by cases: the tallies (caseBreakdowns), or,
// for the consistency test and the benchmark, the cases themselves (caseBreakdownsRaw).
func (s *Store) dashboard(ctx context.Context, d DashboardDates,
	cases func(ctx context.Context, out *hall.Dashboard, d DashboardDates, args []any) error) (hall.Dashboard, error) {
	out := hall.Dashboard{Period: d.Period, Today: d.Today}
	args, err := d.args()
	if err != nil {
		return out, err
	}
	// The case figures (from the tallies) run on their own connection while the small counts
	// below run on another (WAL lets readers run side by side). They fill only the fields the
	// counts below do not touch.
	breakdowns := make(chan error, 1)
	go func() { breakdowns <- cases(ctx, &out, d, args) }()
	err = s.dashboardCounts(ctx, &out, d, args)
	if berr := <-breakdowns; err == nil {
		err = berr
	}
	return out, err
}

// dashboardCounts reads the dashboard's figures other than the case breakdowns.
func (s *Store) dashboardCounts(ctx context.Context, out *hall.Dashboard, d DashboardDates, args []any) error {
	// The visits run on a connection of their own too: a year of them is the longest count here.
	visits := make(chan error, 1)
	go func() { visits <- s.visitCounts(ctx, &out.Visits, args) }()
	err := s.otherCounts(ctx, out, d, args)
	if verr := <-visits; err == nil {
		err = verr
	}
	return err
}

// otherCounts reads the all-time deadline figures, the petitions and the prints.
func (s *Store) otherCounts(ctx context.Context, out *hall.Dashboard, d DashboardDates, args []any) error {
	// Overdue and due soon of all time are running cases by definition: read from the status and
	// deadline index (cases_status_due), not from every case ever taken in.
	err := s.db.QueryRowContext(ctx, `SELECT `+count(hall.BucketOverdue)+`, `+count(hall.BucketDueSoon)+`
		FROM cases c WHERE `+runningSQL, args...).Scan(&out.OverdueAll, &out.DueSoonAll)
	if err != nil {
		return err
	}
	if out.Petitions, err = s.petitionCounts(ctx, args); err != nil {
		return err
	}
	prints, err := s.PrintCounts(ctx, d.Period.From, d.Period.To)
	if err != nil {
		return err
	}
	out.Prints = hall.PrintCount{Guides: prints[hall.PrintGuide], Cards: prints[hall.PrintCard], Leaflets: prints[hall.PrintLeaflet]}
	return nil
}

// caseBreakdownsRaw reads the period's cases in one grouped pass, by ledger, item, village (the
// case's own, see migration 0014) and handler together, and adds the rows up in Go into the four
// breakdowns, the briefing's figures (the same as CaseSummary's) and the deadline and remedy
// figures. It is what the tallies replaced (caseBreakdowns): the consistency test and the
// benchmark hold the tallies to it, and its cost grows with the period's cases.
func (s *Store) caseBreakdownsRaw(ctx context.Context, out *hall.Dashboard, _ DashboardDates, args []any) error {
	rows, err := s.db.QueryContext(ctx, `SELECT c.ledger, c.item_id, MAX(c.item_name), c.village_id, c.handler_id,
		COUNT(*), `+count(hall.BucketSolved)+`, `+count(hall.BucketDeclined)+`, `+count(hall.BucketInProgress)+`,
		`+count(hall.BucketOverdue)+`, `+count(hall.BucketBad)+`, `+count(hall.BucketDueSoon)+`,
		COUNT(*) FILTER (WHERE `+remedyResolvedSQL+`), `+count(hall.BucketRemedyOpen)+`, `+count(hall.BucketRemedyOverdue)+`,
		`+count(hall.BucketRated)+`, `+count(hall.BucketGood)+`
		FROM cases c
		WHERE `+inPeriodSQL+` GROUP BY c.ledger, c.item_id, c.village_id, c.handler_id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	b := newBreakdown()
	for rows.Next() {
		var ledger, item, village, handler group
		var c hall.GroupCount
		var dueSoon, resolved, remedyOpen, remedyOverdue, rated, good int
		if err := rows.Scan(&ledger.name, &item.id, &item.name, &village.id, &handler.id,
			&c.Total, &c.Solved, &c.Declined, &c.InProgress, &c.Overdue, &c.Bad, &dueSoon, &resolved, &remedyOpen, &remedyOverdue,
			&rated, &good); err != nil {
			return err
		}
		addSummary(out, ledger.name, c, rated, good)
		b.add(b.ledgers, ledger, c)
		b.add(b.items, item, c)
		b.add(b.villages, village, c)
		b.add(b.handlers, handler, c)
		out.Overdue += c.Overdue
		out.DueSoon += dueSoon
		out.Remedy.Bad += c.Bad
		out.Remedy.Resolved += resolved
		out.Remedy.Open += remedyOpen
		out.Remedy.Overdue += remedyOverdue
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	return s.finishBreakdown(ctx, out, b)
}

// breakdown is the four breakdowns of a dashboard while they are added up.
type breakdown struct{ ledgers, items, villages, handlers map[group]*hall.GroupCount }

func newBreakdown() *breakdown {
	return &breakdown{map[group]*hall.GroupCount{}, map[group]*hall.GroupCount{}, map[group]*hall.GroupCount{}, map[group]*hall.GroupCount{}}
}

// add adds figures to a breakdown's line. A line is keyed by its id (a ledger by its name); an
// item's name is the greatest of the names its cases were taken under, as MAX(item_name) over
// the item would give.
func (b *breakdown) add(m map[group]*hall.GroupCount, k group, c hall.GroupCount) {
	key := group{id: k.id}
	if k.id == 0 {
		key = k
	}
	g := m[key]
	if g == nil {
		g = &hall.GroupCount{ID: k.id, Name: k.name}
		m[key] = g
	}
	if k.name > g.Name {
		g.Name = k.name
	}
	g.Total += c.Total
	g.Solved += c.Solved
	g.Declined += c.Declined
	g.InProgress += c.InProgress
	g.Overdue += c.Overdue
	g.Bad += c.Bad
}

// addSummary adds figures of one ledger to the briefing's figures, as CaseSummary counts them.
func addSummary(out *hall.Dashboard, ledger string, c hall.GroupCount, rated, good int) {
	sum := &out.Summary
	sum.Sorted += c.Total
	switch ledger {
	case hall.LedgerInstant:
		sum.OnSpot += c.Solved
	case hall.LedgerProxy:
		sum.Proxy += c.Solved
	case hall.LedgerEscalate:
		sum.Joint += c.Solved
	}
	sum.Declined += c.Declined
	sum.InProgress += c.InProgress
	sum.Rated += rated
	sum.Good += good
	sum.Bad += c.Bad
}

// finishBreakdown names and orders the breakdowns into the dashboard and works out the
// satisfaction.
func (s *Store) finishBreakdown(ctx context.Context, out *hall.Dashboard, b *breakdown) error {
	if out.Summary.Rated > 0 {
		out.Summary.Satisfaction = float64(out.Summary.Good) / float64(out.Summary.Rated)
	}
	// Village and handler names are read once each here rather than joined to every case.
	if err := s.nameGroups(ctx, `SELECT id, name FROM villages`, b.villages); err != nil {
		return err
	}
	if err := s.nameGroups(ctx, `SELECT id, name FROM operators`, b.handlers); err != nil {
		return err
	}
	ledgerOrder := map[string]int{hall.LedgerInstant: 0, hall.LedgerProxy: 1, hall.LedgerEscalate: 2}
	out.Ledgers = sortedGroups(b.ledgers, func(a, b *hall.GroupCount) int { return ledgerOrder[a.Name] - ledgerOrder[b.Name] })
	for i := range out.Ledgers {
		out.Ledgers[i].Key = out.Ledgers[i].Name
	}
	largest := func(a, b *hall.GroupCount) int {
		if a.Total != b.Total {
			return b.Total - a.Total
		}
		return cmp.Compare(a.ID, b.ID)
	}
	out.Items, out.Villages, out.Handlers = sortedGroups(b.items, largest), sortedGroups(b.villages, largest), sortedGroups(b.handlers, largest)
	return nil
}

// group keys a breakdown line: an id, or a ledger's name.
type group struct {
	id   int64
	name string
}

// nameGroups sets the names of a breakdown's groups from a query of ids and names.
func (s *Store) nameGroups(ctx context.Context, query string, groups map[group]*hall.GroupCount) error {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k group
		if err := rows.Scan(&k.id, &k.name); err != nil {
			return err
		}
		if g := groups[group{id: k.id}]; g != nil {
			g.Name = k.name
		}
	}
	return rows.Err()
}

// sortedGroups orders a breakdown and keeps its first hall.MaxGroups lines.
func sortedGroups[K comparable](m map[K]*hall.GroupCount, order func(a, b *hall.GroupCount) int) []hall.GroupCount {
	list := make([]*hall.GroupCount, 0, len(m))
	for _, g := range m {
		list = append(list, g)
	}
	slices.SortFunc(list, order)
	out := make([]hall.GroupCount, 0, min(len(list), hall.MaxGroups))
	for _, g := range list[:min(len(list), hall.MaxGroups)] {
		out = append(out, *g)
	}
	return out
}

// visitCounts counts the visits made in the period and the households they went to, over the
// covering index visits_date_prev: a household's first visit of the period is the one whose
// previous visit (prev_date, migration 0026) came before it, so no DISTINCT is needed.
func (s *Store) visitCounts(ctx context.Context, out *hall.VisitCount, args []any) error {
	return s.db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) FILTER (WHERE prev_date<@fromDay)
		FROM visits WHERE date>=@fromDay AND date<=@toDay`, args...).Scan(&out.Visits, &out.Households)
}

// petitionCounts counts the petitions: received (by the day received) and closed (销案) in the
// period, answered in the period and how many by the settlement deadline, and open or overdue
// today whenever they came in.
func (s *Store) petitionCounts(ctx context.Context, args []any) (hall.PetitionCount, error) {
	var c hall.PetitionCount
	// Each figure is its own count over an index (migration 0026), not a pass over every petition.
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM petitions p WHERE p.received_on>=@fromDay AND p.received_on<=@toDay),
		(SELECT COUNT(*) FROM petitions p WHERE `+sqlEq("p.status", hall.PtClosed)+` AND p.closed_at>=@from AND p.closed_at<@to),
		(SELECT COUNT(*) FROM petitions p WHERE `+repliedSQL+`),
		(SELECT COUNT(*) FROM petitions p WHERE `+repliedSQL+` AND `+repliedOnTimeSQL+`),
		(SELECT COUNT(*) FROM petitions p WHERE `+openPetitionStatuses+`),
		(SELECT COUNT(*) FROM petitions p WHERE `+openPetitionStatuses+` AND `+petitionPastDueSQL("@today")+`)`,
		args...).Scan(&c.Received, &c.Closed, &c.Replied, &c.RepliedOnTime, &c.Open, &c.Overdue)
	return c, err
}

// A petition answered in the period, and answered within its settlement deadline (which already
// includes an approved extension).
const (
	repliedSQL       = `p.replied_on<>'' AND p.replied_on>=@fromDay AND p.replied_on<=@toDay`
	repliedOnTimeSQL = `p.settle_due<>'' AND p.replied_on<=p.settle_due`
)

// DrillCases returns one page of the cases behind a dashboard figure (q cleaned by
// hall.CleanDrill, Today and DueBy set), most urgent first as the ledgers sort.
func (s *Store) DrillCases(ctx context.Context, q hall.DrillQuery) (hall.CaseRecordPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	conds := []string{bucketSQL[q.Bucket]}
	args := []any{sql.Named("today", q.Today), sql.Named("dueBy", q.DueBy)}
	if !q.AllTime {
		if err := needDates(hall.Period{From: q.From, To: q.To}); err != nil {
			return hall.CaseRecordPage{}, err // a period that was not cleaned: refused, never an empty list
		}
		conds = append(conds, inPeriodSQL)
		args = append(args, sql.Named("fromDay", q.From), sql.Named("toDay", q.To))
	}
	if q.Ledger != "" {
		conds, args = append(conds, "c.ledger=@ledger"), append(args, sql.Named("ledger", q.Ledger))
	}
	if q.ItemID > 0 {
		conds, args = append(conds, "c.item_id=@item"), append(args, sql.Named("item", q.ItemID))
	}
	if q.VillageID > 0 {
		conds, args = append(conds, "c.village_id=@village"), append(args, sql.Named("village", q.VillageID))
	}
	if q.HandlerID > 0 {
		conds, args = append(conds, "c.handler_id=@handler"), append(args, sql.Named("handler", q.HandlerID))
	}
	where := " WHERE " + strings.Join(conds, " AND ")
	out := hall.CaseRecordPage{Items: []hall.CaseRecord{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases c JOIN residents r ON r.id=c.applicant_id`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	order, offset := drillOrder, (page-1)*size
	if q.After != "" || q.Before != "" {
		// After (b, d, i): later buckets, then later deadlines of b, then smaller ids of (b, d);
		// before it the same the other way, read backwards.
		field, text, op, idOp := "after", q.After, ">", "<"
		if q.After == "" {
			field, text, op, idOp, order = "before", q.Before, "<", ">", drillOrderDesc
		}
		k, err := parsePageKey(field, text, 2)
		if err != nil {
			return out, err
		}
		where += ` AND (` + drillBucket + op + `@kb OR (` + drillBucket + `=@kb AND (c.due_date` + op + `@kd OR (c.due_date=@kd AND c.id` + idOp + `@ki))))`
		args, offset = append(args, sql.Named("kb", k.bucket), sql.Named("kd", k.due), sql.Named("ki", k.id)), 0
	}
	var err error
	out.Items, err = s.queryCases(ctx, caseSelect+where+order+` LIMIT @limit OFFSET @offset`,
		append(args, sql.Named("limit", size), sql.Named("offset", offset))...)
	if q.After == "" && q.Before != "" {
		slices.Reverse(out.Items)
	}
	if n := len(out.Items); n > 0 && err == nil {
		key := func(c hall.CaseRecord) string {
			b := 1
			if slices.Contains(hall.RunningStatuses, c.Status) && !c.DueDate.IsZero() {
				b = 0
			}
			return pageKey{bucket: b, due: c.DueDate.String(), id: c.ID}.String()
		}
		out.First, out.Last = key(out.Items[0]), key(out.Items[n-1])
	}
	return out, err
}

// drillBucket is a drill-down's first key: the running cases with a deadline (runningSQL) first.
// drillOrder is the drill-down's order, most urgent first as the ledgers sort; drillOrderDesc
// the same backwards, to read the cases before a place.
var (
	drillBucket    = `(CASE WHEN ` + runningSQL + ` THEN 0 ELSE 1 END)`
	drillOrder     = ` ORDER BY ` + drillBucket + `, c.due_date, c.id DESC`
	drillOrderDesc = ` ORDER BY ` + drillBucket + ` DESC, c.due_date DESC, c.id`
)

// DrillNames reads the names of a drill-down's item, village and handler (0: not asked, "").
func (s *Store) DrillNames(ctx context.Context, itemID, villageID, handlerID int64) (item, village, handler string, err error) {
	for _, q := range []struct {
		id   int64
		sql  string
		dst  *string
		what string
	}{
		{itemID, `SELECT name FROM service_items WHERE id=?`, &item, "服务事项"},
		{villageID, `SELECT name FROM villages WHERE id=?`, &village, "嘎查村"},
		{handlerID, `SELECT name FROM operators WHERE id=?`, &handler, "经办人"},
	} {
		if q.id <= 0 {
			continue
		}
		err = s.db.QueryRowContext(ctx, q.sql, q.id).Scan(q.dst)
		if errors.Is(err, sql.ErrNoRows) {
			return "", "", "", hall.NotFound("找不到该" + q.what)
		}
		if err != nil {
			return "", "", "", err
		}
	}
	return item, village, handler, nil
}
