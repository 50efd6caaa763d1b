package pdf

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// The household contact work documents (民情日记, 走访周计划) are A4 portrait and laid out with
// modelFlow into pages of marks; the running head and the footer, which need the page count,
// are added when the pages are drawn. Lengths in mm, sizes in pt.
const (
	vdMargin = 18.0
	vdTop    = 24.0  // content top on continuation pages
	vdFoot   = 276.0 // content stays above; the footer sits below
	vdPadX   = 1.6
	vdPadY   = 1.1
)

// vdColumn is one column of a table: header, width and alignment ("L" or "C"). A fill-in
// column is left blank for writing by hand (no dash) and makes its rows tall enough to write in.
type vdColumn struct {
	head   string
	w      float64
	align  string
	fillIn bool
}

// vc is a column of printed values; vcFill a column left blank to fill in by hand.
func vc(head string, w float64, align string) vdColumn {
	return vdColumn{head: head, w: w, align: align}
}
func vcFill(head string, w float64) vdColumn {
	return vdColumn{head: head, w: w, align: "L", fillIn: true}
}

// vdFillInRow is the least height of a row with a fill-in column.
const vdFillInRow = 8.0

// newVisitFlow starts the layout of an A4 visit document on its first page.
func newVisitFlow(doc *gofpdf.Fpdf) *modelFlow {
	f := &modelFlow{doc: doc, x0: vdMargin, x1: 210 - vdMargin, top: vdTop, foot: vdFoot}
	f.newPage()
	f.y = 12
	return f
}

// vdHeading sets the hall's name in red over a red double rule, the title large and the
// subtitle lines centred.
func vdHeading(f *modelFlow, hallName, title string, subtitle ...string) {
	w := f.width()
	centre := func(st textStyle, s string) {
		f.add(textMark((210-f.measure(s, st.size))/2, f.y, st, s))
		f.y += st.lineH
	}
	head := textStyle{size: 13, lineH: 6.5, ink: inkRed, bold: true}
	for _, l := range f.wrap(f.clean(strings.TrimSpace(hallName)), head.size, w) {
		centre(head, l)
	}
	f.y += 1
	f.add(lineMark(f.x0, f.y, f.x1, f.y, 1.0, inkRed))
	f.add(lineMark(f.x0, f.y+1.4, f.x1, f.y+1.4, 0.3, inkRed))
	f.y += 5
	big := textStyle{size: 21, lineH: 10, ink: inkText, bold: true}
	for _, l := range f.balanced(f.clean(title), big.size, w) {
		centre(big, l)
	}
	sub := textStyle{size: 11, lineH: 6, ink: inkGrey}
	for _, s := range subtitle {
		for _, l := range f.wrap(f.clean(s), sub.size, w) {
			centre(sub, l)
		}
	}
	f.y += 3
}

// vdSection sets a small heading with a red bar, kept on a page with the next `next` mm.
func vdSection(f *modelFlow, title string, next float64) {
	st := textStyle{size: 12.5, lineH: 7.5, ink: inkText, bold: true}
	f.space(2.5)
	f.need(st.lineH + next)
	f.add(rectMark(f.x0, f.y+1.3, 1.4, 5, "F", inkRed, inkRed, 0))
	for _, l := range f.wrap(f.clean(title), st.size, f.width()-3.5) {
		f.add(textMark(f.x0+3.5, f.y, st, l))
		f.y += st.lineH
	}
	f.y += 0.5
}

// vdTable draws a table whose cells wrap, its header row repeated on every page it runs onto; a
// row moves whole to the next page. With no rows it says `empty` across the table.
func vdTable(f *modelFlow, cols []vdColumn, rows [][]string, empty string) {
	st := textStyle{size: 9.5, lineH: 4.6, ink: inkText}
	hst := st
	hst.bold = true
	wrapRow := func(cells []string, s textStyle) ([][]string, float64) {
		lines := make([][]string, len(cols))
		n, least := 1, 0.0
		for i, c := range cols {
			text := cells[i]
			if !c.fillIn {
				text = dash(text)
			} else if !s.bold {
				least = vdFillInRow
			}
			lines[i] = f.wrap(f.clean(text), s.size, c.w-2*vdPadX)
			n = max(n, len(lines[i]))
		}
		return lines, max(float64(n)*s.lineH+2*vdPadY, least)
	}
	draw := func(lines [][]string, h float64, s textStyle, shade bool) {
		x := f.x0
		for i, c := range cols {
			if shade {
				f.add(rectMark(x, f.y, c.w, h, "FD", inkShade, inkRule, 0.25))
			} else {
				f.add(rectMark(x, f.y, c.w, h, "D", inkWhite, inkRule, 0.25))
			}
			for j, l := range lines[i] {
				tx := x + vdPadX
				if c.align == "C" {
					tx = x + (c.w-f.measure(l, s.size))/2
				}
				f.add(textMark(tx, f.y+vdPadY+float64(j)*s.lineH, s, l))
			}
			x += c.w
		}
		f.y += h
	}
	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = c.head
	}
	headLines, headH := wrapRow(heads, hst)
	if len(rows) == 0 {
		f.need(headH + st.lineH + 2*vdPadY)
		draw(headLines, headH, hst, true)
		msg := f.clean(empty)
		f.add(rectMark(f.x0, f.y, f.width(), st.lineH+2*vdPadY, "D", inkWhite, inkRule, 0.25))
		f.add(textMark((210-f.measure(msg, st.size))/2, f.y+vdPadY, st, msg))
		f.y += st.lineH + 2*vdPadY
		return
	}
	for i, r := range rows {
		lines, h := wrapRow(r, st)
		if i == 0 {
			f.need(headH + h)
			draw(headLines, headH, hst, true)
		} else if f.y+h > f.foot+0.001 {
			f.newPage()
			draw(headLines, headH, hst, true)
		}
		draw(lines, h, st, false)
	}
}

// vdRender draws the laid-out pages with the running head (from the second page) and the
// footer (hall, page x of n, who printed it when), and renders the document.
func vdRender(doc *gofpdf.Fpdf, f *modelFlow, hallName, head, printed string) ([]byte, []rune, error) {
	hallName, head, printed = f.clean(hallName), f.clean(head), f.clean(printed)
	for i, p := range f.pages {
		doc.AddPage()
		drawMarks(doc, slices.Concat(p.marks, vdFurniture(doc, hallName, head, printed, i+1, len(f.pages))), 0, 0, 210, 297, false)
	}
	data, err := output(doc)
	if err != nil {
		return nil, nil, err
	}
	return data, uniqueRunes(f.bad), nil
}

// vdFurniture is a page's running head (continuation pages) and footer.
func vdFurniture(doc *gofpdf.Fpdf, hallName, head, printed string, page, pages int) []pageMark {
	var ms []pageMark
	fit := func(s string, size, w float64) string {
		doc.SetFont(family, "", size)
		for rs := []rune(s); doc.GetStringWidth(s) > w && len(rs) > 1; {
			rs = rs[:len(rs)-1]
			s = string(rs) + "…"
		}
		return s
	}
	if page > 1 {
		ms = append(ms, pageMark{kind: markText, x: vdMargin, y: 16, text: fit(head+"（续）", 9, 174), size: 9, ink: inkGrey},
			lineMark(vdMargin, 18.5, 210-vdMargin, 18.5, 0.25, inkRule))
	}
	n := "第 " + strconv.Itoa(page) + " 页／共 " + strconv.Itoa(pages) + " 页"
	doc.SetFont(family, "", 8.5)
	nw := doc.GetStringWidth(n)
	ms = append(ms, lineMark(vdMargin, 279, 210-vdMargin, 279, 0.25, inkRule),
		pageMark{kind: markText, x: vdMargin, y: 283, text: fit(hallName, 8.5, 174-nw-4), size: 8.5, ink: inkGrey},
		pageMark{kind: markText, x: 210 - vdMargin - nw, y: 283, text: n, size: 8.5, ink: inkGrey})
	p := fit(printed, 8.5, 174)
	doc.SetFont(family, "", 8.5)
	return append(ms, pageMark{kind: markText, x: 210 - vdMargin - doc.GetStringWidth(p), y: 287.5, text: p, size: 8.5, ink: inkGrey})
}
