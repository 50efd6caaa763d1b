package pdf

// section draws a small heading kept together with the next `next` mm.
func (s *sheet) section(title string, next float64) {
	s.doc.Ln(1.8)
	s.need(6 + next)
	doc := s.doc
	y := doc.GetY()
	doc.SetFillColor(190, 25, 30)
	doc.Rect(a5Margin, y+1, 1.1, 4, "F")
	doc.SetFont(family, "", 10.5)
	s.bold(true)
	doc.SetXY(a5Margin+2.8, y)
	doc.CellFormat(a5Width-2.8, 6, s.clean(title), "", 1, "L", false, 0, "")
	s.bold(false)
	doc.SetX(a5Margin)
}

// para draws wrapped text line by line, breaking pages between lines.
func (s *sheet) para(text string, size, lineH float64, align string) {
	doc := s.doc
	doc.SetFont(family, "", size)
	for _, l := range s.fit(s.clean(text), a5Width) {
		s.need(lineH)
		doc.SetFont(family, "", size)
		doc.SetX(a5Margin)
		doc.CellFormat(a5Width, lineH, l, "", 1, align, false, 0, "")
	}
}

// signatures draws two columns of signature and date lines.
func (s *sheet) signatures(left, right string) {
	s.doc.Ln(1.5)
	s.need(14)
	y := s.doc.GetY()
	s.signLine(a5Margin, y, a5Width/2-4, left)
	s.signLine(a5Margin+a5Width/2+2, y, a5Width/2-2, right)
	s.doc.SetXY(a5Margin, y+14)
}

// signLine draws a label with a line to sign on and a date line under it, in a column of width w.
func (s *sheet) signLine(x, y, w float64, label string) {
	doc := s.doc
	doc.SetFont(family, "", sizeBody)
	doc.SetDrawColor(60, 60, 60)
	doc.SetLineWidth(0.25)
	lw := doc.GetStringWidth(label)
	doc.SetXY(x, y)
	doc.CellFormat(lw, 6.5, label, "", 0, "L", false, 0, "")
	doc.Line(x+lw+0.5, y+5.6, x+w, y+5.6)
	doc.SetXY(x, y+7.5)
	doc.CellFormat(w, 6.5, "日期：　　　年　　月　　日", "", 0, "L", false, 0, "")
}

// issuerLines are the hall name (where its seal goes) and a date, for the right of a notice.
func (s *sheet) issuerLines(date string) []string {
	s.doc.SetFont(family, "", sizeBody)
	return append(s.fit(s.hall+"（盖章）", 58), date)
}

// issuer draws the hall name and a date at the right, where the hall's seal goes.
func (s *sheet) issuer(date string) {
	doc := s.doc
	doc.Ln(1.5)
	lines := s.issuerLines(date)
	s.need(float64(len(lines)) * 6)
	for _, l := range lines {
		doc.SetX(a5Margin + a5Width - 60)
		doc.CellFormat(60, 6, l, "", 1, "C", false, 0, "")
	}
	doc.SetX(a5Margin)
}

// closing puts a signature line at the left and the hall and date at the right, side by side.
func (s *sheet) closing(label, date string) {
	doc := s.doc
	doc.Ln(3)
	lines := s.issuerLines(date)
	h := float64(len(lines)) * 6
	if h < 15 {
		h = 15
	}
	s.need(h)
	y := doc.GetY()
	s.signLine(a5Margin, y, a5Width-64, label)
	doc.SetFont(family, "", sizeBody)
	for i, l := range lines {
		doc.SetXY(a5Margin+a5Width-60, y+float64(i)*6)
		doc.CellFormat(60, 6, l, "", 0, "C", false, 0, "")
	}
	doc.SetXY(a5Margin, y+h)
}
