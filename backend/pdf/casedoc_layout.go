package pdf

import (
	"strconv"

	"halldesk/backend/hall"
)

// cell is one table cell: its text (not yet cleaned), width, whether it is a shaded label or
// header cell, and its alignment ("L" or "C").
type cell struct {
	text  string
	w     float64
	head  bool
	align string
}

// kv is a label and its value.
type kv struct{ k, v string }

// Widths of label/value rows: one pair spans the page, two pairs share it.
const labelW = 25.0

// newPage continues on a fresh page and redraws the current table's header row.
func (s *sheet) newPage() {
	s.doc.AddPage()
	s.top = s.doc.GetY()
	if s.repeat != nil {
		s.repeat()
	}
}

// need moves to a new page unless h mm still fit on this one.
func (s *sheet) need(h float64) {
	if s.doc.GetY()+h > a5Limit && s.doc.GetY() > s.top+0.5 {
		s.newPage()
	}
}

// fit wraps text to width at the current font; see fitText.
func (s *sheet) fit(text string, width float64) []string { return fitText(s.doc, text, width) }

// wrapCells cleans and wraps each cell at the table font.
func (s *sheet) wrapCells(cells []cell) [][]string {
	s.doc.SetFont(family, "", sizeTable)
	lines := make([][]string, len(cells))
	for i, c := range cells {
		lines[i] = s.fit(s.clean(c.text), c.w-2*padX)
	}
	return lines
}

func rowHeight(lines [][]string) float64 {
	n := 1
	for _, l := range lines {
		if len(l) > n {
			n = len(l)
		}
	}
	return float64(n)*lineTable + 2*padY
}

// row draws a table row whose cells wrap; the row grows to its tallest cell. A row that does
// not fit moves to the next page; a row taller than a page is split line by line, its label
// cells marked （续） on the next page.
func (s *sheet) row(cells []cell) {
	s.rowLines(cells, s.wrapCells(cells))
}

func (s *sheet) rowLines(cells []cell, lines [][]string) {
	doc := s.doc
	if h := rowHeight(lines); doc.GetY()+h > a5Limit && doc.GetY() > s.top+0.5 {
		room := int((a5Limit - doc.GetY() - 2*padY) / lineTable)
		if h <= a5Limit-a5ContTop-12 || room < 3 {
			s.newPage()
		}
	}
	for {
		room := int((a5Limit - doc.GetY() - 2*padY) / lineTable)
		if rowHeight(lines) <= a5Limit-doc.GetY() || room < 1 {
			s.drawRow(cells, lines)
			return
		}
		first := make([][]string, len(lines))
		rest := make([][]string, len(lines))
		for i, l := range lines {
			k := room
			if k > len(l) {
				k = len(l)
			}
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

// drawRow draws wrapped cells at the current position without any page check. Text is top
// aligned so that a label reads with the first line of its value.
func (s *sheet) drawRow(cells []cell, lines [][]string) {
	doc := s.doc
	h := rowHeight(lines)
	x, y := a5Margin, doc.GetY()
	doc.SetFont(family, "", sizeTable)
	doc.SetDrawColor(125, 132, 145)
	doc.SetLineWidth(0.2)
	doc.SetFillColor(235, 238, 245)
	for i, c := range cells {
		style := "D"
		if c.head {
			style = "FD"
		}
		doc.Rect(x, y, c.w, h, style)
		for j, l := range lines[i] {
			doc.SetXY(x+padX, y+padY+float64(j)*lineTable)
			doc.CellFormat(c.w-2*padX, lineTable, l, "", 0, c.align, false, 0, "")
		}
		x += c.w
	}
	doc.SetXY(a5Margin, y+h)
}

// fields draws label/value rows; each row holds one pair across the page or two side by side.
func (s *sheet) fields(rows ...[]kv) {
	for _, r := range rows {
		valueW := a5Width/float64(len(r)) - labelW
		s.pairs([]float64{valueW, valueW}[:len(r)], r)
	}
}

// pairs draws one row of label/value pairs with the given value widths.
func (s *sheet) pairs(valueW []float64, r []kv) {
	var cells []cell
	for i, p := range r {
		cells = append(cells, cell{p.k, labelW, true, "C"}, cell{dash(p.v), valueW[i], false, "L"})
	}
	s.row(cells)
}

// column is one column of a table: its header, width and alignment.
type column struct {
	head  string
	w     float64
	align string
}

// table draws a table whose header row repeats on every page it runs onto; with no rows it
// shows `empty` across the table.
func (s *sheet) table(cols []column, rows [][]string, empty string) {
	head := make([]cell, len(cols))
	for i, c := range cols {
		head[i] = cell{c.head, c.w, true, "C"}
	}
	headLines := s.wrapCells(head)
	if len(rows) == 0 {
		s.need(rowHeight(headLines) + lineTable + 2*padY)
		s.drawRow(head, headLines)
		s.row([]cell{{empty, a5Width, false, "C"}})
		return
	}
	cells := make([][]cell, len(rows))
	for i, r := range rows {
		cells[i] = make([]cell, len(cols))
		for j, c := range cols {
			cells[i][j] = cell{r[j], c.w, false, c.align}
		}
	}
	first := s.wrapCells(cells[0])
	s.need(rowHeight(headLines) + min(rowHeight(first), 3*lineTable+2*padY))
	s.drawRow(head, headLines)
	s.repeat = func() { s.drawRow(head, headLines) }
	s.rowLines(cells[0], first)
	for _, r := range cells[1:] {
		s.row(r)
	}
	s.repeat = nil
}

// kind is 原件 or 复印件.
func kind(m hall.CaseMaterial) string {
	if m.Original {
		return "原件"
	}
	return "复印件"
}

// copies is how many copies the hall keeps, or that the document is shown and handed back.
func copies(m hall.CaseMaterial) string {
	if m.Copies == 0 {
		return "验后退还"
	}
	return strconv.Itoa(m.Copies) + " 份"
}

// noteTable lists materials with what the citizen needs to know about each.
func (s *sheet) noteTable(list []hall.CaseMaterial, noteHead, empty string) {
	cols := []column{{"序号", 10, "C"}, {"材料名称", 43, "L"}, {"类型", 14, "C"}, {"份数", 16, "C"}, {noteHead, 41, "L"}}
	var rows [][]string
	for i, m := range list {
		rows = append(rows, []string{strconv.Itoa(i + 1), m.Name, kind(m), copies(m), m.Note})
	}
	s.table(cols, rows, empty)
}
