package sqlite

import (
	"slices"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// The SQL spelling of hall's vocabulary (hall/vocabulary.go): every condition on a status, a
// ledger, a rating or an item's role is built here from hall's sets, never retyped as a literal.
// The values are the program's own constants, never user input, so they are written into the
// SQL as literals (the planner then sees them as it would a hand-written list); a quote in one
// would still be doubled.

// sqlLit renders one value as a quoted SQL literal: 'a'.
func sqlLit[T ~string](v T) string { return "'" + strings.ReplaceAll(string(v), "'", "''") + "'" }

// sqlList renders values as a literal SQL list: ('a','b').
func sqlList[T ~string](values []T) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = sqlLit(v)
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// sqlInts renders integers as a literal SQL list: (4,5).
func sqlInts(values []int) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = strconv.Itoa(v)
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// sqlIn is "column IN (…)" over a set of hall's values.
func sqlIn[T ~string](column string, values []T) string { return column + " IN " + sqlList(values) }

// sqlEq is "column='value'" for one of hall's values.
func sqlEq[T ~string](column string, value T) string { return column + "=" + sqlLit(value) }

// Case conditions over cases c. The dashboard's figures, its drill-down lists, the ledgers'
// filters, the briefing and the scorecards all read these, so that they cannot disagree.
var (
	// openSQL is a case not finished yet (hall.OpenStatuses), deadline or not.
	openSQL = sqlIn("c.status", hall.OpenStatuses)
	// runningSQL is a case whose clock runs (hall.RunningStatuses: open and not waiting for
	// materials, when the clock stops) with a deadline: the only cases that can be overdue or
	// due soon.
	runningSQL = sqlIn("c.status", hall.RunningStatuses) + ` AND c.due_date<>''`
	// finishedSQL is a case from 已办结 on (hall.FinishedStatuses).
	finishedSQL = sqlIn("c.status", hall.FinishedStatuses)
	// solvedSQL is a finished case whose outcome is 办成; declinedSQL one with another outcome.
	solvedSQL   = finishedSQL + ` AND ` + sqlEq("c.outcome", hall.OutcomeDone)
	declinedSQL = finishedSQL + ` AND c.outcome<>` + sqlLit(hall.OutcomeDone)
	// ratedSQL is a case with a rating that counts: 未评价 is no rating (c.rating 0), and a
	// rating an approved review found malicious is out of every figure (rating_excluded). goodSQL
	// and badSQL are its good and bad ratings (hall.GoodRatings, hall.BadRatings). The dashboard,
	// scorecards and briefing count satisfaction only through these.
	ratedSQL = ratedOn("c.rating", "c.rating_excluded")
	goodSQL  = goodOn("c.rating", "c.rating_excluded")
	badSQL   = badOn("c.rating", "c.rating_excluded")
	// takenOnSQL is the date a case counts on, the one the ledgers show: its acceptance date
	// (受理日期), or, while it waits for materials before it is accepted, the China date it was
	// registered. Periods, ledger date filters, drill-downs and the briefing all count by it,
	// never by the moment the row was written (an imported case is written long after it was
	// accepted). Migration 0020 indexes this very expression (cases_taken_on): keep them equal.
	takenOnSQL = `(CASE WHEN c.accepted_on<>'' THEN c.accepted_on ELSE date(c.created_at,'+8 hours') END)`
)

// ratedOn is the one rule of a rating that counts, over a level column and the flag an approved
// malicious-rating review sets: 未评价 (hall.RatingUnrated) is no rating, and an excluded one is
// out of every figure. goodOn and badOn are its good and bad ratings (hall.GoodRatings,
// hall.BadRatings). Cases (c.rating) and the ratings of tickets served with no case (r.level)
// both count by them.
func ratedOn(level, excluded string) string {
	return level + `>` + strconv.Itoa(hall.RatingUnrated) + ` AND ` + excluded + `=0`
}

func goodOn(level, excluded string) string {
	return level + ` IN ` + sqlInts(hall.GoodRatings) + ` AND ` + excluded + `=0`
}

func badOn(level, excluded string) string { return badLevelOn(level) + ` AND ` + excluded + `=0` }

// badLevelOn is a bad level (hall.BadRatings) whether or not a review excluded it: what needs
// rectification.
func badLevelOn(level string) string { return level + ` IN ` + sqlInts(hall.BadRatings) }

// overdueSQL is a running case past its deadline: the one spelling of "overdue". today is the
// placeholder of today's date ("?" or "@today").
func overdueSQL(today string) string { return runningSQL + ` AND c.due_date<` + today }

// dueSoonSQL is a running case due between today and dueBy (placeholders), both included.
func dueSoonSQL(today, dueBy string) string {
	return runningSQL + ` AND c.due_date>=` + today + ` AND c.due_date<=` + dueBy
}

// ledgerSQL is a case in one ledger.
func ledgerSQL(ledger string) string { return sqlEq("c.ledger", ledger) }

// itemWithRoleSQL is the ids of the service items carrying one of the roles, for
// "c.item_id IN …".
func itemWithRoleSQL(roles ...hall.ItemRole) string {
	return `(SELECT id FROM service_items WHERE ` + sqlIn("role", roles) + `)`
}

// openPetitionStatuses is hall.PetitionStatus.Open as SQL over petitions p: one of the open
// statuses, so that SQLite reads the open petitions by the index petitions_status_due (NOT IN
// the statuses off the ledger walked every petition, most of them closed).
var openPetitionStatuses = sqlIn("p.status", slices.DeleteFunc(slices.Clone(hall.PetitionStatuses),
	func(s hall.PetitionStatus) bool { return !s.Open() }))

// petitionPastDueSQL is a petition with a deadline before today (a placeholder), open or not.
func petitionPastDueSQL(today string) string { return `p.due_date<>'' AND p.due_date<` + today }
