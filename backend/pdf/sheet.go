package pdf

import (
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// sheet is one document being laid out top to bottom with gofpdf, in the style of its page
// size: the document, the characters substituted so far and the page-break state. The
// counter and petition documents are sheets; the contact cards use one for its text helpers
// only (a zero style).
type sheet struct {
	doc    *gofpdf.Fpdf
	st     sheetStyle
	bad    []rune
	top    float64             // where content starts on the current page
	repeat func()              // redraws a table's header row after a page break
	hall   string              // cleaned hall name
	query  string              // a case's 查询码, drawn beside the title (casedoc_query.go)
	mn     hall.MongolianTexts // the hall's Mongolian, printed above the hall's name and the title (mongol_sheet.go)
}

// startSheet starts a document in style st with the running head of continuation pages
// (hall, title（续）, ref) and the footer of every page (hall, page x of n, who printed it
// when) in place.
func startSheet(st sheetStyle, hallName, title, ref, printedBy string, at time.Time) (*sheet, error) {
	doc, err := newDocOrient(title, st.size, st.landscape)
	if err != nil {
		return nil, err
	}
	s := &sheet{doc: doc, st: st}
	s.hall = s.clean(hallName)
	head := strings.TrimSpace(s.hall + "　" + title + "（续）　" + s.clean(ref))
	printed := s.clean(printedLine(printedBy, at))
	doc.SetMargins(st.margin, st.margin, st.margin)
	doc.SetCellMargin(0)           // text sits exactly where the layout puts it
	doc.SetAutoPageBreak(false, 0) // breaks are placed by the layout, never mid-row
	doc.AliasNbPages("{nb}")
	doc.SetHeaderFunc(func() {
		if doc.PageNo() > 1 {
			s.runningHead(head)
		}
	})
	doc.SetFooterFunc(func() { s.pageFooter(printed) })
	doc.AddPage()
	s.top = doc.GetY()
	return s, nil
}

// printedLine says who printed a document when (打印人：… 打印时间：…), the time in Asia/Shanghai.
func printedLine(printedBy string, at time.Time) string {
	printed := "打印时间：" + at.In(hall.China).Format("2006-01-02 15:04")
	if by := strings.TrimSpace(printedBy); by != "" {
		printed = "打印人：" + by + "　" + printed
	}
	return printed
}

// runningHead draws the head of a continuation page, a rule under it, and moves to the top
// of the content.
func (s *sheet) runningHead(text string) {
	doc, st := s.doc, s.st
	doc.SetTextColor(110, 110, 110)
	s.fitLine(st.headY, st.headH, st.headSize, text, st.width, "L")
	doc.SetDrawColor(160, 160, 160)
	doc.SetLineWidth(0.2)
	doc.Line(st.margin, st.headRule, st.margin+st.width, st.headRule)
	doc.SetTextColor(0, 0, 0)
	doc.SetY(st.contTop)
}

// pageFooter draws a rule, the hall's name with the page number at its right, and the printed
// line under them.
func (s *sheet) pageFooter(printed string) {
	doc, st := s.doc, s.st
	doc.SetDrawColor(160, 160, 160)
	doc.SetLineWidth(0.2)
	doc.Line(st.margin, st.footRule, st.margin+st.width, st.footRule)
	doc.SetTextColor(90, 90, 90)
	doc.SetFont(family, "", st.footSize)
	n := strconv.Itoa(doc.PageNo())
	// "{nb}" is replaced at output; measure with the page number's digits instead.
	pageW := doc.GetStringWidth("第 " + n + " 页／共 " + n + " 页")
	s.fitLine(st.footY1, st.footH, st.footSize, s.hall, st.width-pageW-4, "L")
	doc.SetFont(family, "", st.footSize)
	doc.SetXY(st.margin+st.width-pageW, st.footY1)
	doc.CellFormat(pageW, st.footH, "第 "+n+" 页／共 {nb} 页", "", 0, "L", false, 0, "")
	s.fitLine(st.footY2, st.footH, st.footSize, printed, st.width, "R")
	doc.SetTextColor(0, 0, 0)
}

// finish renders the document and reports each substituted character once.
func (s *sheet) finish() ([]byte, []rune, error) {
	data, err := output(s.doc)
	if err != nil {
		return nil, nil, err
	}
	return data, uniqueRunes(s.bad), nil
}

// clean makes text drawable and remembers what it had to replace.
func (s *sheet) clean(text string) string {
	out, bad := Sanitize(text)
	s.bad = append(s.bad, bad...)
	return out
}

// fit wraps text to width at the current font; see fitText.
func (s *sheet) fit(text string, width float64) []string { return fitText(s.doc, text, width) }

// fitLine draws one line at y, shrinking the font (down to 6 pt) until it fits width, at the
// left margin or, aligned "R", ending at the right one.
func (s *sheet) fitLine(y, h, size float64, text string, width float64, align string) {
	doc := s.doc
	for ; size > 6; size -= 0.5 {
		doc.SetFont(family, "", size)
		if doc.GetStringWidth(text) <= width {
			break
		}
	}
	doc.SetFont(family, "", size)
	x := s.st.margin
	if align == "R" {
		x = s.st.margin + s.st.width - width
	}
	doc.SetXY(x, y)
	doc.CellFormat(width, h, text, "", 0, align, false, 0, "")
}

// bold switches the faux bold (fill and stroke) used for headings; the font has no bold face.
func (s *sheet) bold(on bool) { fauxBold(s.doc, on, s.st.boldLW) }

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
	if s.doc.GetY()+h > s.st.limit && s.doc.GetY() > s.top+0.5 {
		s.newPage()
	}
}
