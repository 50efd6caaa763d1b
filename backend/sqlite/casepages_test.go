package sqlite

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// ledgerFixture fills a store with cases whose order keys tie a lot: few deadlines, some none,
// open and finished statuses in two ledgers and two applicants.
func ledgerFixture(t *testing.T) *Store {
	t.Helper()
	s, _, _ := newStore(t)
	setupHall(t, s)
	v := addVillage(t, s, "甲村")
	people := []int64{
		addResident(t, s, hall.ResidentInput{Name: "巴特尔", IDNumber: makeID("150627", "19800101", "001"), VillageID: v, Phone: "13800000001"}),
		addResident(t, s, hall.ResidentInput{Name: "其其格", IDNumber: makeID("150627", "19820202", "002"), VillageID: v, Phone: "13800000002"}),
	}
	dues := []string{"", "2025-03-12", "2025-03-13", "2025-03-13", "2025-03-20"}
	statuses := hall.Statuses
	for i := range 157 {
		ledger := []string{hall.LedgerProxy, hall.LedgerInstant}[i%3/2]
		_, err := s.db.Exec(`INSERT INTO cases(number, ledger, item_id, item_code, item_name, item_category, applicant_id,
			village_id, source, status, created_at, created_by, promised_days, statutory_days, due_date, handler_id, updated_at)
			SELECT ?, ?, id, code, name, category, ?, ?, '大厅窗口', ?, '2025-03-10T01:00:00Z', 1, 1, 1, ?, 1, '2025-03-10T01:00:00Z'
			FROM service_items ORDER BY id LIMIT 1`,
			fmt.Sprintf("T%04d", i), ledger, people[i%2], v, statuses[(i*7)%len(statuses)], dues[(i*3)%len(dues)])
		must(t, err)
	}
	return s
}

// oldLedgerPage is the ledger page as it was read before keyset pages: the filter, ordered by
// caseOrder, skipped by OFFSET.
func oldLedgerPage(t *testing.T, s *Store, q hall.CaseQuery, page, size int) (ids []int64, total int) {
	t.Helper()
	where, args := caseFilter(q, 1)
	from := ` FROM cases c`
	if q.Text != "" {
		from += ` JOIN residents r ON r.id=c.applicant_id`
	}
	must(t, s.db.QueryRow(`SELECT COUNT(*)`+from+where, args...).Scan(&total))
	rows, err := s.db.Query(`SELECT c.id`+from+where+` ORDER BY CASE WHEN `+openSQL+` AND c.due_date<>'' THEN 0 ELSE 1 END, c.due_date, c.id DESC LIMIT ? OFFSET ?`,
		append(args, size, (page-1)*size)...)
	must(t, err)
	defer rows.Close()
	ids = []int64{}
	for rows.Next() {
		var id int64
		must(t, rows.Scan(&id))
		ids = append(ids, id)
	}
	return ids, total
}

func pageIDs(p hall.CaseRecordPage) []int64 {
	ids := []int64{}
	for _, c := range p.Items {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestLedgerKeysetPagesMatchNumberedPages walks every ledger page forwards by After and back by
// Before and reads it by number, and finds each the same as the old OFFSET page, with the same
// total.
func TestLedgerKeysetPagesMatchNumberedPages(t *testing.T) {
	s := ledgerFixture(t)
	today, dueBy := hall.MustDate("2025-03-13"), hall.MustDate("2025-03-18")
	const size = 7
	for _, tc := range []struct {
		name string
		q    hall.CaseQuery
	}{
		{"all ledgers", hall.CaseQuery{}},
		{"代办", hall.CaseQuery{Ledger: hall.LedgerProxy}},
		{"即办 in progress", hall.CaseQuery{Ledger: hall.LedgerInstant, Status: hall.StatusInProgress}},
		{"代办 closed", hall.CaseQuery{Ledger: hall.LedgerProxy, Status: hall.StatusClosed}},
		{"overdue", hall.CaseQuery{Ledger: hall.LedgerProxy, Overdue: true}},
		{"due soon", hall.CaseQuery{DueSoon: true}},
		{"applicant name", hall.CaseQuery{Ledger: hall.LedgerProxy, Text: "巴特"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			q.PageSize, q.Today, q.DueBy = size, today, dueBy
			_, total := oldLedgerPage(t, s, q, 1, size)
			pages := (total + size - 1) / size
			if pages < 2 && !strings.HasPrefix(tc.name, "即办") && tc.name != "代办 closed" {
				t.Fatalf("only %d cases: the fixture does not page", total)
			}
			old := make([][]int64, pages+1)
			for n := 1; n <= pages; n++ {
				old[n], _ = oldLedgerPage(t, s, q, n, size)
			}
			// By number, and forwards from page 1 by After.
			after := ""
			for n := 1; n <= pages; n++ {
				byNumber := q
				byNumber.Page = n
				p, err := s.SearchCases(ctx, byNumber, 1)
				must(t, err)
				if got := pageIDs(p); !slices.Equal(got, old[n]) || p.Total != total || p.Page != n {
					t.Fatalf("page %d by number: %v (total %d), want %v (total %d)", n, got, p.Total, old[n], total)
				}
				next := q
				next.Page, next.After = n, after
				p, err = s.SearchCases(ctx, next, 1)
				must(t, err)
				if got := pageIDs(p); !slices.Equal(got, old[n]) || p.Total != total || p.Page != n {
					t.Fatalf("page %d after %q: %v (total %d), want %v (total %d)", n, after, got, p.Total, old[n], total)
				}
				after = p.Last
			}
			end := q
			end.After = after
			p, err := s.SearchCases(ctx, end, 1)
			must(t, err)
			if len(p.Items) != 0 {
				t.Fatalf("after the last page: %v", pageIDs(p))
			}
			// Backwards from the last page by Before.
			last := q
			last.Page = pages
			p, err = s.SearchCases(ctx, last, 1)
			must(t, err)
			before := p.First
			for n := pages - 1; n >= 1; n-- {
				prev := q
				prev.Page, prev.Before = n, before
				p, err = s.SearchCases(ctx, prev, 1)
				must(t, err)
				if got := pageIDs(p); !slices.Equal(got, old[n]) || p.Total != total {
					t.Fatalf("page %d before %q: %v, want %v", n, before, got, old[n])
				}
				before = p.First
			}
		})
	}
}

// TestLedgerBadPlace refuses a page place that no page gave out, with a Chinese message.
func TestLedgerBadPlace(t *testing.T) {
	s := ledgerFixture(t)
	for _, bad := range []string{"x", "2~2025-03-12~5", "0~2025-03-12~", "0~2025-03-12~-3", "0~" + strings.Repeat("9", 20) + "~5", "0~a~b~c"} {
		for _, q := range []hall.CaseQuery{{After: bad}, {Before: bad}} {
			_, err := s.SearchCases(ctx, q, 1)
			if e := wantCode(t, err, hall.CodeInvalid); !strings.Contains(e.Message, "翻页位置无效") {
				t.Fatalf("%q: %s", bad, e.Message)
			}
		}
	}
}
