package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// CaseDoc is what every counter document needs: the case, the hall, the phones and the place
// to come to, and who printed the document when.
type CaseDoc struct {
	Case           hall.Case
	Hall           hall.HallSettings
	EnquiryPhone   string // 咨询电话
	ComplaintPhone string // 投诉/监督电话
	PlaceHours     string // where and when to collect, from the service item
	PrintedBy      string
	At             time.Time // print time; shown in Asia/Shanghai (hall.China)
}

// Counter documents are A5 portrait; lengths in mm, font sizes in pt.
const (
	a5Margin  = 12.0
	a5Width   = 148 - 2*a5Margin
	a5Limit   = 194.5 // content stops here; the footer sits below
	a5ContTop = 16.0  // where content starts on a continuation page

	sizeBody  = 10.0
	lineBody  = 5.4
	sizeTable = 9.0
	lineTable = 4.2
	padX      = 1.5
	padY      = 0.95
)

// sheet is one counter document being laid out: the gofpdf document, the characters
// substituted so far and the page-break state.
type sheet struct {
	doc    *gofpdf.Fpdf
	bad    []rune
	top    float64 // where content starts on the current page
	repeat func()  // redraws a table's header row after a page break
	hall   string  // cleaned hall name
	number string  // cleaned case number
}

// newSheet starts an A5 document with the continuation header and the footer in place.
func newSheet(d CaseDoc, title string) (*sheet, error) {
	doc, err := newDocSize(title, "A5")
	if err != nil {
		return nil, err
	}
	s := &sheet{doc: doc}
	s.hall = s.clean(d.Hall.HallName)
	s.number = s.clean(d.Case.Number)
	printed := "打印时间：" + d.At.In(hall.China).Format("2006-01-02 15:04")
	if by := s.clean(strings.TrimSpace(d.PrintedBy)); by != "" {
		printed = "打印人：" + by + "　" + printed
	}
	doc.SetMargins(a5Margin, a5Margin, a5Margin)
	doc.SetCellMargin(0)           // text sits exactly where the layout puts it
	doc.SetAutoPageBreak(false, 0) // breaks are placed by the layout, never mid-row
	doc.AliasNbPages("{nb}")
	doc.SetHeaderFunc(func() {
		if doc.PageNo() == 1 {
			return
		}
		doc.SetTextColor(110, 110, 110)
		s.fitLine(8, 4, 8, s.hall+"　"+title+"（续）　办件编号："+s.number, a5Width, "L")
		doc.SetDrawColor(160, 160, 160)
		doc.SetLineWidth(0.2)
		doc.Line(a5Margin, 12.6, a5Margin+a5Width, 12.6)
		doc.SetTextColor(0, 0, 0)
		doc.SetY(a5ContTop)
	})
	doc.SetFooterFunc(func() {
		doc.SetDrawColor(160, 160, 160)
		doc.SetLineWidth(0.2)
		doc.Line(a5Margin, 196.5, a5Margin+a5Width, 196.5)
		doc.SetTextColor(90, 90, 90)
		doc.SetFont(family, "", 7.5)
		n := strconv.Itoa(doc.PageNo())
		// "{nb}" is replaced at output; measure with the page number's digits instead.
		pageW := doc.GetStringWidth("第 " + n + " 页／共 " + n + " 页")
		s.fitLine(197.4, 3.6, 7.5, s.hall, a5Width-pageW-4, "L")
		doc.SetFont(family, "", 7.5)
		doc.SetXY(a5Margin+a5Width-pageW, 197.4)
		doc.CellFormat(pageW, 3.6, "第 "+n+" 页／共 {nb} 页", "", 0, "L", false, 0, "")
		s.fitLine(201, 3.6, 7.5, printed, a5Width, "R")
		doc.SetTextColor(0, 0, 0)
	})
	doc.AddPage()
	s.top = doc.GetY()
	return s, nil
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

// fitLine draws one line at y, shrinking the font (down to 6 pt) until it fits width.
func (s *sheet) fitLine(y, h, size float64, text string, width float64, align string) {
	doc := s.doc
	for ; size > 6; size -= 0.5 {
		doc.SetFont(family, "", size)
		if doc.GetStringWidth(text) <= width {
			break
		}
	}
	doc.SetFont(family, "", size)
	x := a5Margin
	if align == "R" {
		x = a5Margin + a5Width - width
	}
	doc.SetXY(x, y)
	doc.CellFormat(width, h, text, "", 0, align, false, 0, "")
}

// bold switches the faux bold (fill and stroke) used for headings; the font has no bold face.
func (s *sheet) bold(on bool) { fauxBold(s.doc, on, 0.2) }

// heading draws the hall name under a red double rule, the title, an optional subtitle and the
// case number band with a date on its right.
func (s *sheet) heading(title, subtitle, right string) {
	doc := s.doc
	size := 12.5 // a long hall name is set smaller before it is wrapped
	doc.SetFont(family, "", size)
	for size > 9 && doc.GetStringWidth(s.hall) > a5Width {
		size -= 0.5
		doc.SetFont(family, "", size)
	}
	s.bold(true)
	for _, l := range s.fit(s.hall, a5Width) {
		doc.CellFormat(a5Width, 6, l, "", 1, "C", false, 0, "")
	}
	s.bold(false)
	y := doc.GetY() + 1.2
	doc.SetDrawColor(190, 25, 30)
	doc.SetLineWidth(0.7)
	doc.Line(a5Margin, y, a5Margin+a5Width, y)
	doc.SetLineWidth(0.25)
	doc.Line(a5Margin, y+1.1, a5Margin+a5Width, y+1.1)
	doc.SetY(y + 2.5)
	doc.SetFont(family, "", 18)
	s.bold(true)
	doc.CellFormat(a5Width, 9.5, title, "", 1, "C", false, 0, "")
	s.bold(false)
	if subtitle != "" {
		doc.SetFont(family, "", sizeBody)
		doc.CellFormat(a5Width, 5, subtitle, "", 1, "C", false, 0, "")
	}
	y = doc.GetY() + 1.5
	doc.SetFillColor(244, 246, 250)
	doc.SetDrawColor(120, 130, 150)
	doc.SetLineWidth(0.3)
	doc.Rect(a5Margin, y, a5Width, 9, "FD")
	doc.SetFont(family, "", sizeBody)
	label := "办件编号："
	lw := doc.GetStringWidth(label)
	doc.SetXY(a5Margin+3.5, y)
	doc.CellFormat(lw, 9, label, "", 0, "L", false, 0, "")
	doc.SetFont(family, "", 15)
	s.bold(true)
	doc.CellFormat(a5Width/2, 9, s.number, "", 0, "L", false, 0, "")
	s.bold(false)
	doc.SetFont(family, "", sizeTable)
	doc.SetXY(a5Margin+a5Width/2, y)
	doc.CellFormat(a5Width/2-3.5, 9, s.clean(right), "", 0, "R", false, 0, "")
	doc.SetXY(a5Margin, y+11.5)
}

// cnDate writes a YYYY-MM-DD date the Chinese way (2026年12月9日); other text is kept as is,
// an empty date is a dash.
func cnDate(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return dash(d)
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// cnMonth writes a YYYY-MM month as 2026年12月.
func cnMonth(m string) string {
	t, err := time.Parse("2006-01", m)
	if err != nil {
		return dash(m)
	}
	return fmt.Sprintf("%d年%d月", t.Year(), int(t.Month()))
}

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// phones are the enquiry and complaint phones, falling back on the hall's own numbers.
func (d CaseDoc) phones() (enquiry, complaint string) {
	enquiry, complaint = d.EnquiryPhone, d.ComplaintPhone
	if strings.TrimSpace(enquiry) == "" {
		enquiry = d.Hall.Phone
	}
	if strings.TrimSpace(complaint) == "" {
		complaint = d.Hall.SupervisionPhone
	}
	return dash(enquiry), dash(complaint)
}

// missing lists the required materials not handed in, each name once.
func missing(c hall.Case) []hall.CaseMaterial {
	var out []hall.CaseMaterial
	seen := map[string]bool{}
	for _, m := range c.Materials {
		if m.Required && !m.Received && !seen[m.Name] {
			seen[m.Name] = true
			out = append(out, m)
		}
	}
	return out
}

// received lists the materials handed in.
func received(c hall.Case) []hall.CaseMaterial {
	var out []hall.CaseMaterial
	for _, m := range c.Materials {
		if m.Received {
			out = append(out, m)
		}
	}
	return out
}

// agentText is the agent as one value: name, relation and whether the entrustment letter came.
func agentText(a *hall.Agent) string {
	t := a.Name
	if a.Relation != "" {
		t += "（" + a.Relation + "）"
	}
	if a.Entrusted {
		t += "　委托书已收"
	}
	return t
}

// ledgerText names the ledger with what it means for the citizen.
func ledgerText(l string) string {
	switch l {
	case hall.LedgerInstant:
		return "即办（当场办结）"
	case hall.LedgerProxy:
		return "代办（限时代办）"
	case hall.LedgerEscalate:
		return "上报（联动办理、限期结办）"
	}
	return dash(l)
}
