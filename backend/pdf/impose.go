package pdf

import (
	"strings"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// Booklet imposition for an office printer: A4 paper, printed on both sides, folded, nested,
// saddle-stitched (骑马钉) and, for A6, cut open at the head.
//
// A6, four pages a side (A4 portrait, 2 across × 2 down). Each sheet folds twice into an
// 8-page signature: first across the middle with the top half going behind (a head fold),
// then down the middle (the spine). The bottom row is printed upright and the top row turned
// 180°, heads towards the middle, so that the head fold brings the top row upright behind
// the bottom row. Folded, a sheet holds two nested bifolia (leaves joined at the spine): the
// bottom row is the outer one, the top row the inner one. Sheets nest inside each other,
// sheet 1 outermost, so bifolium j (0-based, outermost first) of an n-page booklet carries
// pages 2j+1, 2j+2 (right of the spine) and n−2j−1, n−2j (left of it), and sheet k (0-based)
// carries bifolia 2k and 2k+1:
//
//	front:  [ c′ (180°) | b′ (180°) ]     back (seen upright):  [ a′ (180°) | d′ (180°) ]
//	        [ d         | a         ]                           [ b         | c         ]
//
// with a, b, c, d = 2j+1, 2j+2, n−2j−1, n−2j for j = 2k (unprimed) and j = 2k+1 (primed).
// For 16 pages, sheet 1 is front [13↓ 4↓ / 16 1], back [3↓ 14↓ / 2 15]; sheet 2 is front
// [9↓ 8↓ / 12 5], back [7↓ 10↓ / 6 11]. The back is printed flipped on the long edge (the
// sheet turns about its vertical axis, so the back's top-left lies behind the front's
// top-right). After folding, stitching and cutting the head fold the pages read 1…n.
//
// A5, two pages a side (A4 landscape): each sheet is one bifolium k — front [d | a], back
// [b | c] — printed flipped on the short edge, stacked with sheet 1 outermost and folded once.

// Slot is one page position on one side of a sheet.
type Slot struct {
	Page    int  // booklet page, from 1; 0 is a blank page
	Rotated bool // turned 180°, its head towards the middle of the sheet
}

// SheetSide is one printed side of a sheet: which page goes in which position.
type SheetSide struct {
	Sheet int  // from 1
	Back  bool // the second side printed (a duplex printer's even PDF page)
	// Slots are the positions as the side is seen upright, row by row, left to right:
	// 2-up left, right; 4-up top left, top right, bottom left, bottom right.
	Slots []Slot
}

// ImposeOrder is the saddle-stitch imposition of a booklet of pages pages with perSide (2 or
// 4) pages on each side of a sheet, padded with blank pages (0) at the end to whole sheets;
// sides are in printing order: sheet 1 front, sheet 1 back, sheet 2 front… It returns nil
// for another perSide or no pages.
func ImposeOrder(pages, perSide int) []SheetSide {
	if pages < 1 || (perSide != 2 && perSide != 4) {
		return nil
	}
	per := 2 * perSide
	n := (pages + per - 1) / per * per
	slot := func(p int, rot bool) Slot {
		if p > pages {
			p = 0
		}
		return Slot{Page: p, Rotated: rot}
	}
	bifolium := func(j int) (a, b, c, d int) { return 2*j + 1, 2*j + 2, n - 2*j - 1, n - 2*j }
	var out []SheetSide
	for k := 0; k < n/per; k++ {
		var front, back []Slot
		if perSide == 2 {
			a, b, c, d := bifolium(k)
			front = []Slot{slot(d, false), slot(a, false)}
			back = []Slot{slot(b, false), slot(c, false)}
		} else {
			a, b, c, d := bifolium(2 * k)
			ia, ib, ic, id := bifolium(2*k + 1)
			front = []Slot{slot(ic, true), slot(ib, true), slot(d, false), slot(a, false)}
			back = []Slot{slot(ia, true), slot(id, true), slot(b, false), slot(c, false)}
		}
		out = append(out, SheetSide{Sheet: k + 1, Slots: front}, SheetSide{Sheet: k + 1, Back: true, Slots: back})
	}
	return out
}

// BookletInstructions tell whoever prints a booklet how to print, fold and bind it (for the
// PDF's subject; the print shop shows BookletSteps). pageSize is the guide's page size, "A6" or "A5".
func BookletInstructions(pageSize string) string {
	return strings.Join(BookletSteps(pageSize), "")
}

// BookletSteps is how to print and fold a booklet of that page size, one step each, in order.
func BookletSteps(pageSize string) []string {
	if strings.EqualFold(strings.TrimSpace(pageSize), "A5") {
		return []string{
			"用A4纸双面打印，翻转方式选“短边翻转”，按实际大小（100%）打印，不要缩放。",
			"装订：按打印顺序把各张叠齐，第1张在最外面，沿中线对折（封面朝外），在折缝处骑马钉装订。",
		}
	}
	return []string{
		"用A4纸双面打印，翻转方式选“长边翻转”，按实际大小（100%）打印，不要缩放。",
		"装订：每张纸先沿横向中线向后对折，再沿竖向中线对折，两次都让正面右下角那一页留在外面（第1张的右下角是封面）。",
		"按打印顺序把各张套在一起，第1张在最外面。",
		"在书脊折缝处骑马钉装订。",
		"最后沿书头（顶部）的折边裁开。",
	}
}

// Booklet imposes a pocket guide made by PocketGuide on A4 sheets for duplex printing, in
// saddle-stitch order (see ImposeOrder): A6 pages four to a side, A5 pages two to a side on
// landscape sheets. Pages are padded to whole sheets with ruled notes pages (记事) before the
// back cover, and the front of each sheet carries its fold and cut marks. pageSize is the
// guide's page size ("" takes it from the guide).
func Booklet(guide Document, pageSize string) (Document, error) {
	g := guide.guide
	if g == nil {
		return Document{}, hall.Invalid("guide", "只能对口袋书拼版，请先生成口袋书")
	}
	size := strings.ToUpper(strings.TrimSpace(pageSize))
	if size == "" {
		size = g.size
	}
	if size != g.size {
		return Document{}, hall.Invalid("pageSize", "拼版的页面规格（"+size+"）与口袋书（"+g.size+"）不一致")
	}
	perSide, landscape := 4, false
	if size == "A5" {
		perSide, landscape = 2, true
	}
	doc, err := newDocOrient("口袋书（拼版）", "A4", landscape)
	if err != nil {
		return Document{}, err
	}
	doc.SetAutoPageBreak(false, 0)
	doc.SetSubject(BookletInstructions(size), true)

	n := len(g.pages)
	per := 2 * perSide
	total := (n + per - 1) / per * per
	notes := g.notesPage(doc)
	page := func(i int) *modelPage { // booklet page i: the guide's, notes, then the back cover last
		switch {
		case i == total:
			return g.pages[n-1]
		case i < n:
			return g.pages[i-1]
		}
		return notes
	}
	order := ImposeOrder(total, perSide)
	for _, side := range order {
		doc.AddPage()
		for pos, sl := range side.Slots {
			if sl.Page == 0 {
				continue
			}
			x, y := slotOrigin(perSide, pos, g.st)
			g.draw(doc, page(sl.Page), sl.Page, x, y, sl.Rotated)
		}
		if !side.Back {
			printerMarks(doc, perSide)
		}
	}
	data, err := output(doc)
	if err != nil {
		return Document{}, err
	}
	return Document{PDF: data, Pages: len(order), Missing: guide.Missing}, nil
}

// slotOrigin is the top-left corner of a page in position pos on the sheet. Pages sit
// against the sheet's middle lines (the A4 sheet is 1 mm taller than two A6 pages and 1 mm
// wider than two A5 pages), so that the fold runs along their edges.
func slotOrigin(perSide, pos int, st guideStyle) (x, y float64) {
	if perSide == 2 {
		return 148.5 - st.w + float64(pos)*st.w, 0
	}
	x = float64(pos%2) * st.w
	if pos < 2 {
		return x, 148.5 - st.h
	}
	return x, 148.5
}

// printerMarks draws the marks at the sheet's edges, outside the pages' text: a solid cut
// mark where the A6 head fold is cut open, dotted fold marks at the spine. They lie on the
// fold and cut lines, so nothing of them shows on the finished booklet.
func printerMarks(doc *gofpdf.Fpdf, perSide int) {
	w, h := doc.GetPageSize()
	doc.SetDrawColor(60, 60, 60)
	doc.SetLineWidth(0.25)
	const l = 7.0
	fold := func(x1, y1, x2, y2 float64) {
		doc.SetDashPattern([]float64{1.2, 0.8}, 0)
		doc.Line(x1, y1, x2, y2)
		doc.SetDashPattern(nil, 0)
	}
	if perSide == 2 {
		fold(w/2, 0, w/2, l)
		fold(w/2, h-l, w/2, h)
		return
	}
	fold(w/2, 0, w/2, l)
	fold(w/2, h-l, w/2, h)
	doc.Line(0, h/2, l, h/2)
	doc.Line(w-l, h/2, w, h/2)
}
