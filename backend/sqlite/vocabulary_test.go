package sqlite

import (
	"testing"

	"halldesk/backend/hall"
)

// TestVocabularySQL pins the SQL that hall's sets render to. The open-case condition must stay
// the expression of the index cases_ledger_order (migration 0012) word for word, or the ledger
// pages sort the whole ledger again (TestQueryPlans).
func TestVocabularySQL(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{caseOpen, `c.status IN ('awaiting_materials','accepted','in_progress','submitted') AND c.due_date<>''`},
		{runningSQL, `c.status IN ('accepted','in_progress','submitted') AND c.due_date<>''`},
		{finishedSQL, `c.status IN ('done','fed_back','rated','closed')`},
		{solvedSQL, `c.status IN ('done','fed_back','rated','closed') AND c.outcome='办成'`},
		// A rating an approved review found malicious counts nowhere (migration 0024).
		{goodSQL + " / " + badSQL, `c.rating IN (1,2) AND c.rating_excluded=0 / c.rating IN (4,5) AND c.rating_excluded=0`},
		{ratedSQL, `c.rating>0 AND c.rating_excluded=0`},
		{overdueSQL("?"), `c.status IN ('accepted','in_progress','submitted') AND c.due_date<>'' AND c.due_date<?`},
		{ledgerSQL(hall.LedgerEscalate), `c.ledger='上报'`},
		{openPetitionStatuses, `p.status IN ('registered','accepted','in_progress','replied','reviewing','reviewed','rereviewing','rereviewed')`},
		{itemWithRoleSQL(hall.RoleMedicalEnrol, hall.RoleMedicalPayment), `(SELECT id FROM service_items WHERE role IN ('medical_enrol','medical_payment'))`},
		{sqlList([]string{"a'b"}), `('a''b')`},
	} {
		if tc.got != tc.want {
			t.Errorf("got  %s\nwant %s", tc.got, tc.want)
		}
	}
}
