package sqlite

import (
	"database/sql"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// TestQueryPlans pins the plans that keep the ledgers and the dashboard fast on a county's
// million cases (build/BENCHMARKS.md): a ledger page is read in caseOrder from
// cases_ledger_order without sorting the ledger, and the all-time overdue counts come from
// cases_status_due. If caseOrder or runningSQL changes without its index, this fails.
func TestQueryPlans(t *testing.T) {
	s, _, _ := newStore(t)
	ledger, ledgerArgs := caseFilter(hall.CaseQuery{Ledger: hall.LedgerProxy}, 0)
	// A keyset page's parts (casepages.go) and an overdue page, each a range of the index read in order.
	keyset := `SELECT c.id, ` + caseBucket + `, c.due_date FROM cases c` + ledger + ` AND ` + caseBucket
	overdue, overdueArgs := caseFilter(hall.CaseQuery{Ledger: hall.LedgerInstant, Overdue: true, Today: hall.MustDate("2025-03-10")}, 0)
	for _, tc := range []struct {
		name, query string
		args        []any
		want        string
	}{
		{"ledger page", `SELECT c.id FROM cases c` + ledger + caseOrder + ` LIMIT 20 OFFSET 9980`, ledgerArgs, "cases_ledger_order"},
		{"ledger count", `SELECT COUNT(*) FROM cases c` + ledger, ledgerArgs, "COVERING INDEX"},
		{"keyset: rest of a deadline", keyset + `=0 AND c.due_date='2025-03-12' AND c.id<99` + bucketOrder + ` LIMIT 20`, ledgerArgs,
			"cases_ledger_order (ledger=? AND <expr>=? AND due_date=? AND id<?)"},
		{"keyset: later deadlines", keyset + `=0 AND c.due_date>'2025-03-12'` + bucketOrder + ` LIMIT 20`, ledgerArgs,
			"cases_ledger_order (ledger=? AND <expr>=? AND due_date>?)"},
		{"keyset: the other bucket", keyset + `=1` + bucketOrder + ` LIMIT 20`, ledgerArgs, "cases_ledger_order (ledger=? AND <expr>=?)"},
		{"keyset: earlier deadlines", keyset + `=1 AND c.due_date<'2025-03-12'` + bucketOrderDesc + ` LIMIT 20`, ledgerArgs,
			"cases_ledger_order (ledger=? AND <expr>=? AND due_date<?)"},
		{"overdue page", `SELECT c.id FROM cases c` + overdue + ` AND ` + caseBucket + `=0` + bucketOrder + ` LIMIT 20`, overdueArgs,
			"cases_ledger_order (ledger=? AND <expr>=? AND due_date<?)"},
		{"running cases", `SELECT COUNT(*) FROM cases c WHERE ` + runningSQL, nil, "cases_status_due"},
		// a period's cases by the date the ledgers show (migration 0020 indexes that expression)
		{"period's cases", `SELECT COUNT(*) FROM cases c WHERE ` + inPeriodSQL,
			[]any{sql.Named("fromDay", "2025-03-01"), sql.Named("toDay", "2025-03-31")}, "cases_taken_on"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := s.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+tc.query, tc.args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			text := strings.Join(plan, "\n")
			if !strings.Contains(text, tc.want) || strings.Contains(text, "TEMP B-TREE FOR ORDER BY") || strings.Contains(text, "SCAN c") {
				t.Errorf("plan of %s:\n%s\nwant it to use %s without a scan or a sort", tc.name, text, tc.want)
			}
		})
	}
}
