package pdf

// Blocks of a sheet: the heading, section headings, paragraphs, signature lines and the
// issuer with its seal.

// heading draws the hall name under a red double rule, the title, an optional subtitle and a
// band with the reference (e.g. 办件编号 2026D0012) at the left and a date at the right; with
// neither reference nor date there is no band.
func (s *sheet) heading(title, subtitle, refLabel, ref, right string) {
	doc, st := s.doc, s.st
	size := st.hallSize // a long hall name is set smaller before it is wrapped
	doc.SetFont(family, "", size)
	for size > st.hallMin && doc.GetStringWidth(s.hall) > st.width {
		size -= 0.5
		doc.SetFont(family, "", size)
	}
	s.mongolCentred(s.mn.HallName, st.hallSize, false)
	doc.SetFont(family, "", size)
	s.bold(true)
	for _, l := range s.fit(s.hall, st.width) {
		doc.CellFormat(st.width, st.hallLine, l, "", 1, "C", false, 0, "")
	}
	s.bold(false)
	y := doc.GetY() + st.ruleGap
	doc.SetDrawColor(190, 25, 30)
	doc.SetLineWidth(st.ruleW)
	doc.Line(st.margin, y, st.margin+st.width, y)
	doc.SetLineWidth(st.rule2W)
	doc.Line(st.margin, y+st.rule2Off, st.margin+st.width, y+st.rule2Off)
	doc.SetY(y + st.titleGap)
	s.queryCorner()
	s.mongolCentred(s.mn.Label(title), st.titleSize*0.85, true)
	doc.SetFont(family, "", st.titleSize)
	s.bold(true)
	for _, l := range s.fit(s.clean(title), st.width) {
		doc.CellFormat(st.width, st.titleLine, l, "", 1, "C", false, 0, "")
	}
	s.bold(false)
	if subtitle != "" {
		doc.SetFont(family, "", st.body)
		doc.CellFormat(st.width, st.subLine, s.clean(subtitle), "", 1, "C", false, 0, "")
	}
	if ref == "" && right == "" {
		doc.Ln(3)
		return
	}
	y = doc.GetY() + 1.5
	doc.SetFillColor(244, 246, 250)
	doc.SetDrawColor(120, 130, 150)
	doc.SetLineWidth(0.3)
	doc.Rect(st.margin, y, st.width, st.bandH, "FD")
	doc.SetFont(family, "", st.body)
	lw := doc.GetStringWidth(refLabel)
	doc.SetXY(st.margin+st.bandPad, y)
	doc.CellFormat(lw, st.bandH, refLabel, "", 0, "L", false, 0, "")
	doc.SetFont(family, "", st.refSize)
	s.bold(true)
	doc.CellFormat(st.width/2, st.bandH, s.clean(ref), "", 0, "L", false, 0, "")
	s.bold(false)
	doc.SetFont(family, "", st.table)
	doc.SetXY(st.margin+st.width/2, y)
	doc.CellFormat(st.width/2-st.bandPad, st.bandH, s.clean(right), "", 0, "R", false, 0, "")
	doc.SetXY(st.margin, y+st.bandAdv)
}

// section draws a small heading with a red bar, kept together with the next `next` mm.
func (s *sheet) section(title string, next float64) {
	doc, st := s.doc, s.st
	doc.Ln(1.8)
	s.need(st.secNeed + next)
	y := doc.GetY()
	doc.SetFillColor(190, 25, 30)
	doc.Rect(st.margin, y+st.secBarY, st.secBarW, st.secBarH, "F")
	doc.SetFont(family, "", st.secSize)
	s.bold(true)
	doc.SetXY(st.margin+st.secIndent, y)
	doc.CellFormat(st.width-st.secIndent, st.secLine, s.clean(title), "", 1, "L", false, 0, "")
	s.bold(false)
	doc.SetX(st.margin)
}

// para draws wrapped text line by line, breaking pages between lines.
func (s *sheet) para(text string, size, lineH float64, align string) {
	doc, st := s.doc, s.st
	doc.SetFont(family, "", size)
	for _, l := range s.fit(s.clean(text), st.width) {
		s.need(lineH)
		doc.SetFont(family, "", size)
		doc.SetX(st.margin)
		doc.CellFormat(st.width, lineH, l, "", 1, align, false, 0, "")
	}
}

// signDate is the date line under a signature.
const signDate = "日期：　　　年　　月　　日"

// signatures draws two columns, each a label followed by a line to sign on, with a date line
// under it.
func (s *sheet) signatures(left, right string) {
	st := s.st
	s.doc.Ln(1.5)
	s.need(14)
	y := s.doc.GetY()
	s.signLine(st.margin, y, st.width/2-4, left)
	s.signLine(st.margin+st.width/2+2, y, st.width/2-2, right)
	s.doc.SetXY(st.margin, y+14)
}

// signLine draws a label with a line to sign on and a date line under it, in a column of width w.
func (s *sheet) signLine(x, y, w float64, label string) {
	doc := s.doc
	doc.SetFont(family, "", s.st.body)
	doc.SetDrawColor(60, 60, 60)
	doc.SetLineWidth(0.25)
	lw := doc.GetStringWidth(label)
	doc.SetXY(x, y)
	doc.CellFormat(lw, 6.5, label, "", 0, "L", false, 0, "")
	doc.Line(x+lw+0.5, y+5.6, x+w, y+5.6)
	doc.SetXY(x, y+7.5)
	doc.CellFormat(w, 6.5, signDate, "", 0, "L", false, 0, "")
}

// signRow draws signature labels side by side, each wrapped over a line to sign on and a date
// line; an empty label leaves its column blank.
func (s *sheet) signRow(labels ...string) {
	doc, st := s.doc, s.st
	doc.Ln(3)
	w := st.width / float64(len(labels))
	doc.SetFont(family, "", st.body)
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
		x := st.margin + float64(i)*w
		doc.SetFont(family, "", st.body)
		doc.SetDrawColor(60, 60, 60)
		doc.SetLineWidth(0.3)
		for j, l := range s.fit(s.clean(label), w-6) {
			doc.SetXY(x, y+float64(j)*6)
			doc.CellFormat(w-6, 6, l, "", 0, "L", false, 0, "")
		}
		ly := y + float64(rows)*6 + 4
		doc.Line(x, ly, x+w-8, ly)
		doc.SetXY(x, ly+1.5)
		doc.CellFormat(w-6, 6, signDate, "", 0, "L", false, 0, "")
	}
	doc.SetXY(st.margin, y+h)
}

// issuerLines are the issuing body (where its seal goes) and a date, for the right of a page.
func (s *sheet) issuerLines(body, date string) []string {
	s.doc.SetFont(family, "", s.st.body)
	return append(s.fit(s.clean(body)+"（盖章）", s.st.issuerW-2), date)
}

// issuer draws the issuing body and a date at the right, where the body's seal goes.
func (s *sheet) issuer(body, date string) {
	doc, st := s.doc, s.st
	doc.Ln(st.issuerGap)
	lines := s.issuerLines(body, date)
	s.need(float64(len(lines)) * st.issuerLine)
	for _, l := range lines {
		doc.SetX(st.margin + st.width - st.issuerW)
		doc.CellFormat(st.issuerW, st.issuerLine, l, "", 1, "C", false, 0, "")
	}
	doc.SetX(st.margin)
}

// closing puts a signature line at the left and the hall and date at the right, side by side.
func (s *sheet) closing(label, date string) {
	doc, st := s.doc, s.st
	doc.Ln(3)
	lines := s.issuerLines(s.hall, date)
	h := max(float64(len(lines))*st.issuerLine, 15)
	s.need(h)
	y := doc.GetY()
	s.signLine(st.margin, y, st.width-st.issuerW-4, label)
	doc.SetFont(family, "", st.body)
	for i, l := range lines {
		doc.SetXY(st.margin+st.width-st.issuerW, y+float64(i)*st.issuerLine)
		doc.CellFormat(st.issuerW, st.issuerLine, l, "", 0, "C", false, 0, "")
	}
	doc.SetXY(st.margin, y+h)
}
