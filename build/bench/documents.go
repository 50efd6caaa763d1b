package main

import (
	"fmt"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

const (
	exportRows = 10_000
	guidePages = 48
	cardCount  = 200
)

// documentOps are the three heavy prints and exports. Each fn returns the whole delivered
// document (PDF or workbook, base64 for the browser) as the user gets it.
func (b *bench) documentOps() ([]op, error) {
	runs := max(b.runs/40, 5)
	export, exportNote, err := b.exportOp()
	if err != nil {
		return nil, err
	}
	guide, guideNote, err := b.guideOp()
	if err != nil {
		return nil, err
	}
	cards, cardsNote, err := b.cardsOp()
	if err != nil {
		return nil, err
	}
	return []op{
		{name: "Excel export of 10,000 rows", note: exportNote, runs: runs, fn: export},
		{name: "pocket guide, 48 pages", note: guideNote, runs: runs, fn: guide},
		{name: "200 contact cards", note: cardsNote, runs: runs, fn: cards},
	}, nil
}

// exportOp exports the ledger of the shortest period, starting on January 1st of last year, that
// holds 10,000 cases (or all cases, if the data has fewer).
func (b *bench) exportOp() (func(int) error, string, error) {
	seat := b.seats[hall.RoleSupervisor]
	cases := app.ServiceOf[*app.CaseService](b.core, seat)
	from := hall.NewDate(time.Now().Year()-1, time.January, 1)
	count := func(days int) (int, error) {
		p, err := cases.Ledger(hall.CaseQuery{From: from, To: from.AddDays(days), PageSize: 1})
		return p.Total, err
	}
	lo, hi := 0, 3660
	all, err := count(hi)
	if err != nil {
		return nil, "", err
	}
	for lo < hi && all >= exportRows {
		mid := (lo + hi) / 2
		n, err := count(mid)
		if err != nil {
			return nil, "", err
		}
		if n >= exportRows {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	q := hall.CaseQuery{From: from, To: from.AddDays(hi)}
	if all < exportRows {
		q = hall.CaseQuery{} // small data: every case
	}
	p, err := cases.Ledger(hall.CaseQuery{From: q.From, To: q.To, PageSize: 1})
	if err != nil {
		return nil, "", err
	}
	rows := p.Total
	exp := app.ServiceOf[*app.ExportService](b.core, seat)
	fn := func(int) error {
		doc, err := exp.Ledger(q)
		if err == nil && len(doc.Base64) == 0 {
			err = fmt.Errorf("empty workbook")
		}
		return err
	}
	return fn, fmt.Sprintf("全部办件台账 %s to %s: %d rows, as 督导", or(q.From.String(), "start"), or(q.To.String(), "today"), rows), nil
}

// guideOp prints a pocket guide (A6) of the fewest catalog items that fill 48 pages, or of every
// item when they fill fewer.
func (b *bench) guideOp() (func(int) error, string, error) {
	seat := b.seats[hall.RoleClerk]
	items, err := app.ServiceOf[*app.CatalogService](b.core, seat).List(false)
	if err != nil {
		return nil, "", err
	}
	prints := app.ServiceOf[*app.PrintService](b.core, seat)
	guide := func(n int) (int, error) {
		ids := make([]int64, 0, n)
		for _, it := range items[:n] {
			ids = append(ids, it.ID)
		}
		doc, err := prints.PocketGuide(app.GuideInput{ItemIDs: ids, PageSize: "A6", Copies: 1})
		return pdfPages(doc), err
	}
	lo, hi := 1, len(items)
	if pages, err := guide(hi); err != nil {
		return nil, "", err
	} else if pages >= guidePages {
		for lo < hi {
			mid := (lo + hi) / 2
			p, err := guide(mid)
			if err != nil {
				return nil, "", err
			}
			if p >= guidePages {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
	}
	pages, err := guide(hi)
	if err != nil {
		return nil, "", err
	}
	return func(int) error { _, err := guide(hi); return err },
		fmt.Sprintf("A6, %d items, %d pages", hi, pages), nil
}

// cardsOp prints the contact cards of the first 200 active cadres (ten to an A4 sheet).
func (b *bench) cardsOp() (func(int) error, string, error) {
	seat := b.seats[hall.RoleClerk]
	list := app.ServiceOf[*app.CadreService](b.core, seat)
	var ids []int64
	for page := 1; len(ids) < cardCount; page++ {
		p, err := list.List(hall.CadreQuery{Page: page, PageSize: 100})
		if err != nil {
			return nil, "", err
		}
		for _, c := range p.Items {
			if c.Active && len(ids) < cardCount {
				ids = append(ids, c.ID)
			}
		}
		if len(p.Items) < 100 {
			break
		}
	}
	if len(ids) == 0 {
		return nil, "", fmt.Errorf("the data has no active cadres")
	}
	prints := app.ServiceOf[*app.PrintService](b.core, seat)
	var pages int
	fn := func(int) error {
		doc, err := prints.ContactCards(app.CardsInput{CadreIDs: ids})
		pages = pdfPages(doc)
		return err
	}
	if err := fn(0); err != nil {
		return nil, "", err
	}
	return fn, fmt.Sprintf("%d cards, %d A4 pages", len(ids), pages), nil
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
