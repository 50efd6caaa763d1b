package pdf

// Tables of a sheet: rows of cells whose text wraps, label/value rows, and tables whose
// header row repeats on every page they run onto.

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

// column is one column of a table: its header, width and alignment.
type column struct {
	head  string
	w     float64
	align string
}

// wrapCells cleans and wraps each cell at the table font.
func (s *sheet) wrapCells(cells []cell) [][]string {
	s.doc.SetFont(family, "", s.st.table)
	lines := make([][]string, len(cells))
	for i, c := range cells {
		lines[i] = s.fit(s.clean(c.text), c.w-2*s.st.padX)
	}
	return lines
}

// rowHeight is the height of a row of wrapped cells: its tallest cell's lines and the padding.
func (s *sheet) rowHeight(lines [][]string) float64 {
	n := 1
	for _, l := range lines {
		n = max(n, len(l))
	}
	return float64(n)*s.st.tableLine + 2*s.st.padY
}

// row draws a table row whose cells wrap; the row grows to its tallest cell. A row that does
// not fit moves to the next page; a row taller than a page is split line by line, its label
// cells marked （续） on the next page.
func (s *sheet) row(cells []cell) { s.rowLines(cells, s.wrapCells(cells)) }

// rowLines is row for cells already wrapped.
func (s *sheet) rowLines(cells []cell, lines [][]string) {
	doc, st := s.doc, s.st
	if h := s.rowHeight(lines); doc.GetY()+h > st.limit && doc.GetY() > s.top+0.5 {
		room := int((st.limit - doc.GetY() - 2*st.padY) / st.tableLine)
		if h <= st.limit-st.contTop-st.splitSlack || room < 3 {
			s.newPage()
		}
	}
	for {
		room := int((st.limit - doc.GetY() - 2*st.padY) / st.tableLine)
		if s.rowHeight(lines) <= st.limit-doc.GetY() || room < 1 {
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

// drawRow draws wrapped cells at the current position without any page check. Text is top
// aligned so that a label reads with the first line of its value.
func (s *sheet) drawRow(cells []cell, lines [][]string) {
	doc, st := s.doc, s.st
	h := s.rowHeight(lines)
	x, y := st.margin, doc.GetY()
	doc.SetFont(family, "", st.table)
	doc.SetDrawColor(st.grid.r, st.grid.g, st.grid.b)
	doc.SetLineWidth(st.gridLW)
	doc.SetFillColor(235, 238, 245)
	for i, c := range cells {
		style := "D"
		if c.head {
			style = "FD"
		}
		doc.Rect(x, y, c.w, h, style)
		for j, l := range lines[i] {
			doc.SetXY(x+st.padX, y+st.padY+float64(j)*st.tableLine)
			doc.CellFormat(c.w-2*st.padX, st.tableLine, l, "", 0, c.align, false, 0, "")
		}
		x += c.w
	}
	doc.SetXY(st.margin, y+h)
}

// fields draws label/value rows; each row holds one pair across the page or two side by side.
func (s *sheet) fields(rows ...[]kv) {
	for _, r := range rows {
		valueW := s.st.width/float64(len(r)) - s.st.labelW
		s.pairs([]float64{valueW, valueW}[:len(r)], r)
	}
}

// pairs draws one row of label/value pairs with the given value widths.
func (s *sheet) pairs(valueW []float64, r []kv) {
	var cells []cell
	for i, p := range r {
		cells = append(cells, cell{p.k, s.st.labelW, true, "C"}, cell{dash(p.v), valueW[i], false, "L"})
	}
	s.row(cells)
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
		s.need(s.rowHeight(headLines) + s.st.tableLine + 2*s.st.padY)
		s.drawRow(head, headLines)
		s.row([]cell{{empty, s.st.width, false, "C"}})
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
	s.need(s.rowHeight(headLines) + min(s.rowHeight(first), 3*s.st.tableLine+2*s.st.padY))
	s.drawRow(head, headLines)
	s.repeat = func() { s.drawRow(head, headLines) }
	s.rowLines(cells[0], first)
	for _, r := range cells[1:] {
		s.row(r)
	}
	s.repeat = nil
}
