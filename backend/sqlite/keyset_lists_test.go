package sqlite

import (
	"fmt"
	"slices"
	"testing"

	"halldesk/backend/hall"
)

// listPage is one page of a list as the keyset walk sees it: its ids, total and places.
type listPage struct {
	ids         []int64
	total       int
	first, last string
}

// walkKeyset reads every page of a list by number (OFFSET), then walks it by keyset: forwards
// from page 1 by each page's Last, backwards from the last page by each page's First. Each
// page read by keyset must equal the one read by number, with the same total.
func walkKeyset(t *testing.T, name string, read func(page int, after, before string) listPage) {
	t.Helper()
	var byNumber []listPage
	for p := 1; ; p++ {
		pg := read(p, "", "")
		if len(pg.ids) == 0 {
			break
		}
		byNumber = append(byNumber, pg)
	}
	if len(byNumber) < 3 {
		t.Fatalf("%s: only %d pages: the walk tests nothing", name, len(byNumber))
	}
	same := func(how string, p int, got listPage) {
		t.Helper()
		want := byNumber[p-1]
		if !slices.Equal(got.ids, want.ids) || got.total != want.total {
			t.Fatalf("%s page %d %s: %v (total %d), by number %v (total %d)", name, p, how, got.ids, got.total, want.ids, want.total)
		}
	}
	pg := byNumber[0]
	for p := 2; p <= len(byNumber); p++ {
		pg = read(p, pg.last, "")
		same("after the page before", p, pg)
	}
	if next := read(len(byNumber)+1, pg.last, ""); len(next.ids) != 0 {
		t.Fatalf("%s: a page after the last: %v", name, next.ids)
	}
	pg = byNumber[len(byNumber)-1]
	for p := len(byNumber) - 1; p >= 1; p-- {
		pg = read(p, "", pg.first)
		same("before the page after", p, pg)
	}
}

// TestResidentKeysetPagesMatchNumberedPages: residents paged by keyset, by a name through the
// search index, by a village with the plain scan and all of them, equal the OFFSET pages.
func TestResidentKeysetPagesMatchNumberedPages(t *testing.T) {
	s, _, _ := newStore(t)
	v1, v2 := addVillage(t, s, "东风嘎查"), addVillage(t, s, "红旗嘎查")
	for i := range 23 {
		addResident(t, s, hall.ResidentInput{Name: fmt.Sprintf("群众%02d", i), NoIDNumber: true,
			BirthDate: hall.MustDate("1970-01-01"), Sex: "男", VillageID: []int64{v1, v2}[i%2]})
	}
	for _, q := range []hall.ResidentQuery{{}, {Text: "群众"}, {VillageID: v1}, {Text: "群众", VillageID: v2}} {
		walkKeyset(t, fmt.Sprintf("%+v", q), func(page int, after, before string) listPage {
			q.Page, q.PageSize, q.After, q.Before = page, 3, after, before
			p, err := s.SearchResidents(ctx, q)
			must(t, err)
			out := listPage{total: p.Total, first: p.First, last: p.Last}
			for _, r := range p.Items {
				out.ids = append(out.ids, r.ID)
			}
			return out
		})
	}
	_, err := s.SearchResidents(ctx, hall.ResidentQuery{After: "x"})
	wantCode(t, err, hall.CodeInvalid)
}

// TestPetitionKeysetPagesMatchNumberedPages: the petition ledger (overdue first, then by
// deadline with many ties, then the ones with no deadline, newest first) paged by keyset equals
// the OFFSET pages, for every scope.
func TestPetitionKeysetPagesMatchNumberedPages(t *testing.T) {
	f := newPetitionFixture(t)
	for i := range 20 {
		p := f.register(t, hall.PetitionInput{Name: fmt.Sprintf("信访人%02d", i), Address: "某地", Category: "其他",
			ReceivedOn: hall.MustDate("2025-02-20").AddDays(i % 4)})
		if i%5 == 0 {
			f.act(t, p, hall.PetitionActionInput{Action: hall.PaForward, Date: p.ReceivedOn.AddDays(1), ForwardedTo: "旗人民法院"}, hall.PtForwarded)
		}
	}
	for _, scope := range []string{"", "all", "done"} {
		q := hall.PetitionQuery{Scope: scope, Today: hall.MustDate("2025-03-07"), PageSize: 3}
		if scope == "done" {
			q.PageSize = 1 // the four forwarded ones
		}
		walkKeyset(t, "scope "+scope, func(page int, after, before string) listPage {
			q.Page, q.After, q.Before = page, after, before
			p, err := f.s.SearchPetitions(ctx, q)
			must(t, err)
			out := listPage{total: p.Total, first: p.First, last: p.Last}
			for _, it := range p.Items {
				out.ids = append(out.ids, it.ID)
			}
			return out
		})
	}
	_, err := f.s.SearchPetitions(ctx, hall.PetitionQuery{Today: hall.MustDate("2025-03-07"), Before: "3~2025-01-01~5"})
	wantCode(t, err, hall.CodeInvalid)
}

// TestDrillKeysetPagesMatchNumberedPages: a dashboard figure's cases (running ones with a
// deadline first, by deadline with ties, newest first) paged by keyset equal the OFFSET pages.
func TestDrillKeysetPagesMatchNumberedPages(t *testing.T) {
	s := ledgerFixture(t)
	today, dueBy := hall.MustDate("2025-03-13"), hall.MustDate("2025-03-18")
	for _, q := range []hall.DrillQuery{
		{AllTime: true, Bucket: hall.BucketAll},
		{AllTime: true, Bucket: hall.BucketInProgress, Ledger: hall.LedgerProxy},
		{From: hall.MustDate("2025-01-01"), To: hall.MustDate("2025-12-31"), Bucket: hall.BucketAll},
	} {
		walkKeyset(t, fmt.Sprintf("%s %s", q.Bucket, q.Ledger), func(page int, after, before string) listPage {
			q.Page, q.PageSize, q.After, q.Before, q.Today, q.DueBy = page, 4, after, before, today, dueBy
			p, err := s.DrillCases(ctx, q)
			must(t, err)
			out := listPage{total: p.Total, first: p.First, last: p.Last}
			for _, c := range p.Items {
				out.ids = append(out.ids, c.ID)
			}
			return out
		})
	}
}
