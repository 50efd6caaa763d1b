package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"time"

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
	QueryCode      string    // the case's 查询码, printed with its QR code ("": none)
}

// newSheet starts a counter document: A5, in counterStyle, the case number in the running
// head of continuation pages.
func newSheet(d CaseDoc, title string) (*sheet, error) {
	s, err := startSheet(counterStyle, d.Hall.HallName, title, "办件编号："+d.Case.Number, d.PrintedBy, d.At)
	if err == nil {
		s.query = s.clean(d.QueryCode)
		s.withMongol(d.Hall.Mongolian)
	}
	return s, err
}

// caseHeading draws a counter document's heading: the hall, the title, an optional subtitle
// and the case number band with a date on its right.
func (s *sheet) caseHeading(c hall.Case, title, subtitle, right string) {
	s.heading(title, subtitle, "办件编号：", c.Number, right)
}

// cnDate writes a YYYY-MM-DD date the Chinese way (2026年12月9日); other text is kept as is,
// an empty date is a dash.
func cnDate(d string) string {
	t, err := time.Parse(hall.DateLayout, d)
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

// copyCount is the 份数 of a counter document: how many copies the citizen hands in, one for an
// original that is only shown (its return is said apart, by handBack).
func copyCount(m hall.CaseMaterial) string {
	if m.Copies == 0 {
		return "1"
	}
	return strconv.Itoa(m.Copies)
}

// handBack is the note on an original that is shown and handed back, or "".
func handBack(m hall.CaseMaterial) string {
	if m.Copies == 0 {
		return "验后退还"
	}
	return ""
}

// noteWithHandBack is a material's note led by the hand-back note, unless the note says so.
func noteWithHandBack(m hall.CaseMaterial) string {
	hb, note := handBack(m), strings.TrimSpace(m.Note)
	switch {
	case hb == "" || strings.Contains(note, "退还"):
		return note
	case note == "":
		return hb
	}
	return hb + "；" + note
}

// prefixed is sep+s, or "" when s is empty.
func prefixed(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}

// noteTable lists materials with what the citizen needs to know about each.
func (s *sheet) noteTable(list []hall.CaseMaterial, noteHead, empty string) {
	cols := []column{{"序号", 10, "C"}, {"材料名称", 43, "L"}, {"类型", 14, "C"}, {"份数", 16, "C"}, {noteHead, 41, "L"}}
	var rows [][]string
	for i, m := range list {
		rows = append(rows, []string{strconv.Itoa(i + 1), m.Name, kind(m), copyCount(m), noteWithHandBack(m)})
	}
	s.table(cols, rows, empty)
}
