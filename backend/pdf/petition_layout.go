package pdf

import (
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// Petition documents are A4 portrait, like the official forms they stand for; lengths in mm,
// font sizes in pt.
const (
	ptMargin  = 20.0
	ptWidth   = 210 - 2*ptMargin
	ptLimit   = 274.0 // content stops here; the footer sits below
	ptContTop = 24.0  // where content starts on a continuation page

	ptSizeBody  = 11.0
	ptLineBody  = 6.2
	ptSizeTable = 10.5
	ptLineTable = 5.0
	ptPadX      = 2.0
	ptPadY      = 1.2
	ptLabelW    = 30.0
)

// ptSheet is one A4 petition document being laid out: the gofpdf document, the characters
// substituted so far and the page-break state.
type ptSheet struct {
	doc    *gofpdf.Fpdf
	bad    []rune
	top    float64
	repeat func() // redraws a table's header row after a page break
	hall   string // cleaned hall name
}

// ptCell is one table cell: text (not yet cleaned), width, shaded label or header, alignment.
type ptCell struct {
	text  string
	w     float64
	head  bool
	align string
}

// ptPair is a label and its value.
type ptPair struct{ k, v string }

// ptColumn is one column of a table: its header, width and alignment.
type ptColumn struct {
	head  string
	w     float64
	align string
}

// newPtSheet starts an A4 document with the continuation header (title and ref) and the footer
// (hall, page x of n, who printed it when) in place.
func newPtSheet(hallName, title, ref, printedBy string, at time.Time) (*ptSheet, error) {
	doc, err := newDoc(title)
	if err != nil {
		return nil, err
	}
	s := &ptSheet{doc: doc}
	s.hall = s.clean(hallName)
	ref = s.clean(ref)
	printed := "打印时间：" + at.In(hall.China).Format("2006-01-02 15:04")
	if by := s.clean(strings.TrimSpace(printedBy)); by != "" {
		printed = "打印人：" + by + "　" + printed
	}
	doc.SetMargins(ptMargin, ptMargin, ptMargin)
	doc.SetCellMargin(0)
	doc.SetAutoPageBreak(false, 0)
	doc.AliasNbPages("{nb}")
	doc.SetHeaderFunc(func() {
		if doc.PageNo() == 1 {
			return
		}
		doc.SetTextColor(110, 110, 110)
		s.fitLine(12, 5, 9, strings.TrimSpace(s.hall+"　"+title+"（续）　"+ref), ptWidth, "L")
		doc.SetDrawColor(160, 160, 160)
		doc.SetLineWidth(0.2)
		doc.Line(ptMargin, 18, ptMargin+ptWidth, 18)
		doc.SetTextColor(0, 0, 0)
		doc.SetY(ptContTop)
	})
	doc.SetFooterFunc(func() {
		doc.SetDrawColor(160, 160, 160)
		doc.SetLineWidth(0.2)
		doc.Line(ptMargin, 278, ptMargin+ptWidth, 278)
		doc.SetTextColor(90, 90, 90)
		doc.SetFont(family, "", 8.5)
		n := strconv.Itoa(doc.PageNo())
		pageW := doc.GetStringWidth("第 " + n + " 页／共 " + n + " 页")
		s.fitLine(279.5, 4.5, 8.5, s.hall, ptWidth-pageW-4, "L")
		doc.SetFont(family, "", 8.5)
		doc.SetXY(ptMargin+ptWidth-pageW, 279.5)
		doc.CellFormat(pageW, 4.5, "第 "+n+" 页／共 {nb} 页", "", 0, "L", false, 0, "")
		s.fitLine(284, 4.5, 8.5, printed, ptWidth, "R")
		doc.SetTextColor(0, 0, 0)
	})
	doc.AddPage()
	s.top = doc.GetY()
	return s, nil
}

// finish renders the document and reports each substituted character once.
func (s *ptSheet) finish() ([]byte, []rune, error) {
	data, err := output(s.doc)
	if err != nil {
		return nil, nil, err
	}
	return data, uniqueRunes(s.bad), nil
}

// clean makes text drawable and remembers what it had to replace.
func (s *ptSheet) clean(text string) string {
	out, bad := Sanitize(text)
	s.bad = append(s.bad, bad...)
	return out
}

// fit wraps text to width at the current font without losing a character.
func (s *ptSheet) fit(text string, width float64) []string { return fitText(s.doc, text, width) }

// fitLine draws one line at y, shrinking the font (down to 6 pt) until it fits width.
func (s *ptSheet) fitLine(y, h, size float64, text string, width float64, align string) {
	doc := s.doc
	for ; size > 6; size -= 0.5 {
		doc.SetFont(family, "", size)
		if doc.GetStringWidth(text) <= width {
			break
		}
	}
	doc.SetFont(family, "", size)
	x := ptMargin
	if align == "R" {
		x = ptMargin + ptWidth - width
	}
	doc.SetXY(x, y)
	doc.CellFormat(width, h, text, "", 0, align, false, 0, "")
}

func (s *ptSheet) bold(on bool) { fauxBold(s.doc, on, 0.25) }

// newPage continues on a fresh page and redraws the current table's header row.
func (s *ptSheet) newPage() {
	s.doc.AddPage()
	s.top = s.doc.GetY()
	if s.repeat != nil {
		s.repeat()
	}
}

// need moves to a new page unless h mm still fit on this one.
func (s *ptSheet) need(h float64) {
	if s.doc.GetY()+h > ptLimit && s.doc.GetY() > s.top+0.5 {
		s.newPage()
	}
}

// heading draws the hall name under a red double rule, the title, an optional subtitle and a
// band with the reference (e.g. 信访编号 2026X0001) at the left and a date at the right.
func (s *ptSheet) heading(title, subtitle, refLabel, ref, right string) {
	doc := s.doc
	size := 15.0
	doc.SetFont(family, "", size)
	for size > 10 && doc.GetStringWidth(s.hall) > ptWidth {
		size -= 0.5
		doc.SetFont(family, "", size)
	}
	s.bold(true)
	for _, l := range s.fit(s.hall, ptWidth) {
		doc.CellFormat(ptWidth, 7.5, l, "", 1, "C", false, 0, "")
	}
	s.bold(false)
	y := doc.GetY() + 1.5
	doc.SetDrawColor(190, 25, 30)
	doc.SetLineWidth(0.9)
	doc.Line(ptMargin, y, ptMargin+ptWidth, y)
	doc.SetLineWidth(0.3)
	doc.Line(ptMargin, y+1.4, ptMargin+ptWidth, y+1.4)
	doc.SetY(y + 4)
	doc.SetFont(family, "", 21)
	s.bold(true)
	for _, l := range s.fit(s.clean(title), ptWidth) {
		doc.CellFormat(ptWidth, 10, l, "", 1, "C", false, 0, "")
	}
	s.bold(false)
	if subtitle != "" {
		doc.SetFont(family, "", ptSizeBody)
		doc.CellFormat(ptWidth, 6.5, s.clean(subtitle), "", 1, "C", false, 0, "")
	}
	if ref == "" && right == "" {
		doc.Ln(3)
		return
	}
	y = doc.GetY() + 1.5
	doc.SetFillColor(244, 246, 250)
	doc.SetDrawColor(120, 130, 150)
	doc.SetLineWidth(0.3)
	doc.Rect(ptMargin, y, ptWidth, 10, "FD")
	doc.SetFont(family, "", ptSizeBody)
	lw := doc.GetStringWidth(refLabel)
	doc.SetXY(ptMargin+4, y)
	doc.CellFormat(lw, 10, refLabel, "", 0, "L", false, 0, "")
	doc.SetFont(family, "", 17)
	s.bold(true)
	doc.CellFormat(ptWidth/2, 10, s.clean(ref), "", 0, "L", false, 0, "")
	s.bold(false)
	doc.SetFont(family, "", ptSizeTable)
	doc.SetXY(ptMargin+ptWidth/2, y)
	doc.CellFormat(ptWidth/2-4, 10, s.clean(right), "", 0, "R", false, 0, "")
	doc.SetXY(ptMargin, y+12)
}

// section draws a small heading kept together with the next `next` mm.
func (s *ptSheet) section(title string, next float64) {
	s.doc.Ln(1.8)
	s.need(8 + next)
	doc := s.doc
	y := doc.GetY()
	doc.SetFillColor(190, 25, 30)
	doc.Rect(ptMargin, y+1.3, 1.4, 5, "F")
	doc.SetFont(family, "", 12.5)
	s.bold(true)
	doc.SetXY(ptMargin+3.5, y)
	doc.CellFormat(ptWidth-3.5, 7.5, s.clean(title), "", 1, "L", false, 0, "")
	s.bold(false)
	doc.SetX(ptMargin)
}

// para draws wrapped text line by line, breaking pages between lines.
func (s *ptSheet) para(text string, size, lineH float64, align string) {
	doc := s.doc
	doc.SetFont(family, "", size)
	for _, l := range s.fit(s.clean(text), ptWidth) {
		s.need(lineH)
		doc.SetFont(family, "", size)
		doc.SetX(ptMargin)
		doc.CellFormat(ptWidth, lineH, l, "", 1, align, false, 0, "")
	}
}

// wrapCells cleans and wraps each cell at the table font.
func (s *ptSheet) wrapCells(cells []ptCell) [][]string {
	s.doc.SetFont(family, "", ptSizeTable)
	lines := make([][]string, len(cells))
	for i, c := range cells {
		lines[i] = s.fit(s.clean(c.text), c.w-2*ptPadX)
	}
	return lines
}

func ptRowHeight(lines [][]string) float64 {
	n := 1
	for _, l := range lines {
		n = max(n, len(l))
	}
	return float64(n)*ptLineTable + 2*ptPadY
}

// row draws a table row whose cells wrap; the row grows to its tallest cell. A row that does
// not fit moves to the next page; a row taller than the room left is split line by line, its
// label cells marked （续） on the next page.
func (s *ptSheet) row(cells []ptCell) { s.rowLines(cells, s.wrapCells(cells)) }

func (s *ptSheet) rowLines(cells []ptCell, lines [][]string) {
	doc := s.doc
	if h := ptRowHeight(lines); doc.GetY()+h > ptLimit && doc.GetY() > s.top+0.5 {
		room := int((ptLimit - doc.GetY() - 2*ptPadY) / ptLineTable)
		if h <= ptLimit-ptContTop-20 || room < 3 {
			s.newPage()
		}
	}
	for {
		room := int((ptLimit - doc.GetY() - 2*ptPadY) / ptLineTable)
		if ptRowHeight(lines) <= ptLimit-doc.GetY() || room < 1 {
			s.drawRow(cells, lines)
			return
		}
		first := make([][]string, len(lines))
		rest := make([][]string, len(lines))
		for i, l := range lines {
			k := min(room, len(l))
			first[i], rest[i] = l[:k], l[k:]
			if cells[i].head && len(rest[i]) == 0 {
				rest[i] = []string{"（续）"}
			}
		}
		s.drawRow(cells, first)
		lines = rest
		s.newPage()
	}
}

// drawRow draws wrapped cells at the current position without any page check.
func (s *ptSheet) drawRow(cells []ptCell, lines [][]string) {
	doc := s.doc
	h := ptRowHeight(lines)
	x, y := ptMargin, doc.GetY()
	doc.SetFont(family, "", ptSizeTable)
	doc.SetDrawColor(110, 118, 132)
	doc.SetLineWidth(0.25)
	doc.SetFillColor(235, 238, 245)
	for i, c := range cells {
		style := "D"
		if c.head {
			style = "FD"
		}
		doc.Rect(x, y, c.w, h, style)
		for j, l := range lines[i] {
			doc.SetXY(x+ptPadX, y+ptPadY+float64(j)*ptLineTable)
			doc.CellFormat(c.w-2*ptPadX, ptLineTable, l, "", 0, c.align, false, 0, "")
		}
		x += c.w
	}
	doc.SetXY(ptMargin, y+h)
}

// fields draws label/value rows; each row holds one pair across the page or two side by side.
func (s *ptSheet) fields(rows ...[]ptPair) {
	for _, r := range rows {
		valueW := ptWidth/float64(len(r)) - ptLabelW
		var cells []ptCell
		for _, p := range r {
			cells = append(cells, ptCell{p.k, ptLabelW, true, "C"}, ptCell{dash(p.v), valueW, false, "L"})
		}
		s.row(cells)
	}
}

// table draws a table whose header row repeats on every page it runs onto; with no rows it
// shows `empty` across the table.
func (s *ptSheet) table(cols []ptColumn, rows [][]string, empty string) {
	head := make([]ptCell, len(cols))
	for i, c := range cols {
		head[i] = ptCell{c.head, c.w, true, "C"}
	}
	headLines := s.wrapCells(head)
	if len(rows) == 0 {
		s.need(ptRowHeight(headLines) + ptLineTable + 2*ptPadY)
		s.drawRow(head, headLines)
		s.row([]ptCell{{empty, ptWidth, false, "C"}})
		return
	}
	cells := make([][]ptCell, len(rows))
	for i, r := range rows {
		cells[i] = make([]ptCell, len(cols))
		for j, c := range cols {
			cells[i][j] = ptCell{r[j], c.w, false, c.align}
		}
	}
	first := s.wrapCells(cells[0])
	s.need(ptRowHeight(headLines) + min(ptRowHeight(first), 3*ptLineTable+2*ptPadY))
	s.drawRow(head, headLines)
	s.repeat = func() { s.drawRow(head, headLines) }
	s.rowLines(cells[0], first)
	for _, r := range cells[1:] {
		s.row(r)
	}
	s.repeat = nil
}

// signRow draws signature labels side by side, each with a line to sign on and a date line;
// an empty label leaves its column blank.
func (s *ptSheet) signRow(labels ...string) {
	doc := s.doc
	doc.Ln(3)
	w := ptWidth / float64(len(labels))
	doc.SetFont(family, "", ptSizeBody)
	rows := 1
	for _, label := range labels {
		rows = max(rows, len(s.fit(s.clean(label), w-6)))
	}
	h := float64(rows)*6 + 13
	s.need(h)
	y := doc.GetY()
	for i, label := range labels {
		if label == "" {
			continue // an empty column keeps the others narrow
		}
		x := ptMargin + float64(i)*w
		doc.SetFont(family, "", ptSizeBody)
		doc.SetDrawColor(60, 60, 60)
		doc.SetLineWidth(0.3)
		lines := s.fit(s.clean(label), w-6)
		for j, l := range lines {
			doc.SetXY(x, y+float64(j)*6)
			doc.CellFormat(w-6, 6, l, "", 0, "L", false, 0, "")
		}
		ly := y + float64(rows)*6 + 4
		doc.Line(x, ly, x+w-8, ly)
		doc.SetXY(x, ly+1.5)
		doc.CellFormat(w-6, 6, "日期：　　　年　　月　　日", "", 0, "L", false, 0, "")
	}
	doc.SetXY(ptMargin, y+h)
}

// issuer draws the issuing body (where its seal goes) and a date at the right.
func (s *ptSheet) issuer(body, date string) {
	doc := s.doc
	doc.Ln(4)
	doc.SetFont(family, "", ptSizeBody)
	lines := append(s.fit(s.clean(body)+"（盖章）", 80), date)
	s.need(float64(len(lines)) * 7)
	for _, l := range lines {
		doc.SetX(ptMargin + ptWidth - 82)
		doc.CellFormat(82, 7, l, "", 1, "C", false, 0, "")
	}
	doc.SetX(ptMargin)
}
