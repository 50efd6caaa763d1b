package pdf

import (
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// BriefingDoc is a month's work briefing (工作简报) to print.
type BriefingDoc struct {
	Briefing  hall.Briefing
	PrintedBy string
	At        time.Time // print time; kept in the document's properties
	// AuditHead is the audit chain's head when printed, set in small grey type at the foot of
	// the last page: an anchor of the chain on paper, outside the database (none when zero).
	AuditHead hall.AuditHead
}

// The briefing is set on A4 portrait like an official briefing: the name in red over the issue
// number, the issuing office and the date, a red rule, the headline, the sections as justified
// paragraphs, and the distribution block (版记) at the foot of the last page. Lengths in mm,
// sizes in pt.
const (
	bfLeft   = 28.0
	bfRight  = 210 - 26.0
	bfTop    = 25.0
	bfFoot   = 272.0 // content stays above; the page number sits below
	bfPageNo = 283.0 // baseline of the page number
)

var (
	bfBody    = textStyle{size: 12, lineH: 7.4, ink: inkText, justify: true}
	bfHeading = textStyle{size: 13, lineH: 8, ink: inkText, bold: true}
	bfSub     = textStyle{size: 12, lineH: 7.4, ink: inkText, bold: true}
	bfDist    = textStyle{size: 10.5, lineH: 6, ink: inkText}
)

// Briefing prints the month's briefing. It returns the PDF and the characters drawn as □.
func Briefing(d BriefingDoc) ([]byte, []rune, error) {
	b := d.Briefing
	doc, err := newDoc(b.Settings.Title)
	if err != nil {
		return nil, nil, err
	}
	doc.SetAutoPageBreak(false, 0)
	doc.SetSubject(b.MonthLabel+" 第"+strconv.Itoa(b.IssueNo)+"期", true)
	if by := strings.TrimSpace(d.PrintedBy); by != "" {
		doc.SetAuthor(by, true)
	}
	if !d.At.IsZero() {
		doc.SetCreationDate(d.At)
	}
	f := layoutBriefing(doc, b)
	for i, p := range f.pages {
		doc.AddPage()
		n := "— " + strconv.Itoa(i+1) + " —"
		doc.SetFont(family, "", 10.5)
		marks := append(p.marks, pageMark{kind: markText, x: 105 - doc.GetStringWidth(n)/2, y: bfPageNo, text: n, size: 10.5, ink: inkGrey})
		if i == len(f.pages)-1 && d.AuditHead.Short != "" {
			marks = append(marks, bfChainMark(doc, d.AuditHead))
		}
		drawMarks(doc, marks, 0, 0, 210, 297, false)
	}
	data, err := output(doc)
	if err != nil {
		return nil, nil, err
	}
	return data, uniqueRunes(f.bad), nil
}

// bfChainMark is the audit chain's head in small grey type at the right of the last page's foot,
// on the page number's line: "审计链：第1234条 9f3c 2b1d 0a4e 5f67".
func bfChainMark(doc *gofpdf.Fpdf, h hall.AuditHead) pageMark {
	const size = 7.5
	text := "审计链：" + h.Label()
	doc.SetFont(family, "", size)
	return pageMark{kind: markText, x: bfRight - doc.GetStringWidth(text), y: bfPageNo, text: text, size: size, ink: inkGrey}
}

// layoutBriefing lays the briefing out into pages: masthead, sections, distribution block.
func layoutBriefing(doc *gofpdf.Fpdf, b hall.Briefing) *modelFlow {
	f := &modelFlow{doc: doc, x0: bfLeft, x1: bfRight, top: bfTop, foot: bfFoot}
	f.newPage()
	bfMasthead(f, b)
	for _, s := range b.Sections {
		bfSection(f, s)
	}
	bfDistribution(f, b)
	return f
}

// bfMasthead sets the red name of the briefing, the issue number, the office at the left and
// the date of issue at the right over a red rule, then the headline.
func bfMasthead(f *modelFlow, b hall.Briefing) {
	centre := func(st textStyle, s string) {
		f.add(textMark((210-f.measure(s, st.size))/2, f.y, st, s))
		f.y += st.lineH
	}
	w := f.width()
	f.y = 20
	name := textStyle{size: 34, lineH: 17, ink: inkRed, bold: true}
	title := f.clean(strings.TrimSpace(b.Settings.Title))
	for name.size > 18 && f.measure(spaced(title), name.size) > w {
		name.size -= 2
	}
	for _, l := range f.wrap(spaced(title), name.size, w) {
		centre(name, l)
	}
	f.y += 1
	centre(textStyle{size: 14, lineH: 9, ink: inkText}, "第"+strconv.Itoa(b.IssueNo)+"期")
	f.y += 2
	meta := textStyle{size: 12, lineH: 7, ink: inkText}
	date := hall.CNDate(b.IssuedOn)
	dateW := f.measure(date, meta.size)
	office := f.wrap(f.clean(b.Settings.Office), meta.size, w-dateW-6)
	for i, l := range office {
		f.add(textMark(f.x0, f.y, meta, l))
		if i == len(office)-1 {
			f.add(textMark(f.x1-dateW, f.y, meta, date))
		}
		f.y += meta.lineH
	}
	f.y += 1.5
	f.add(lineMark(f.x0, f.y, f.x1, f.y, 0.9, inkRed))
	f.y += 8
	head := textStyle{size: 17, lineH: 9.5, ink: inkText, bold: true}
	for _, l := range f.balanced(f.clean(b.Headline), head.size, w) {
		centre(head, l)
	}
	f.y += 4
}

// spaced puts a thin space between the characters of a short title, as mastheads are set.
func spaced(s string) string {
	rs := []rune(s)
	if len(rs) > 8 {
		return s
	}
	return strings.Join(strings.Split(s, ""), " ")
}

// bfSection sets a section heading kept with the first lines of its text, then its paragraphs.
func bfSection(f *modelFlow, s hall.BriefingSection) {
	st := bfHeading
	indent := 0.0
	if s.Sub {
		st = bfSub
		indent = f.measure(indentChar+indentChar, st.size)
		f.space(1.5)
	} else {
		f.space(3)
	}
	title := f.wrap(f.clean(s.Title), st.size, f.width()-indent)
	f.need(float64(len(title))*st.lineH + 2*bfBody.lineH)
	for _, l := range title {
		f.add(textMark(f.x0+indent, f.y, st, l))
		f.y += st.lineH
	}
	for _, p := range s.Paragraphs {
		f.block(bfBody, p, f.x0, f.width(), 2, nil)
	}
}

// bfDistribution sets the distribution block at the foot of the last page, starting a page when
// the text leaves no room: a rule, the 报, 发 and 挂 lines (continuation lines hang under the
// text, not the mark) between thin rules, and the office with the date of issue (…印发) over a
// closing rule.
func bfDistribution(f *modelFlow, b hall.Briefing) {
	st := bfDist
	w := f.width()
	type row struct {
		mark  string
		lines []string
	}
	var rows []row
	for _, r := range []struct{ mark, text string }{{"报：", b.Settings.Report}, {"发：", b.Settings.Send}, {"挂：", b.Settings.Post}} {
		text := strings.TrimSpace(r.text)
		if text == "" {
			continue
		}
		markW := f.measure(r.mark, st.size)
		var lines []string
		for _, para := range strings.Split(f.clean(text), "\n") {
			if para = strings.TrimSpace(para); para != "" {
				lines = append(lines, f.wrap(para, st.size, w-markW)...)
			}
		}
		rows = append(rows, row{r.mark, lines})
	}
	const pad = 1.6
	h := 0.0
	for _, r := range rows {
		h += float64(len(r.lines))*st.lineH + 2*pad
	}
	h += st.lineH + 2*pad // the office and the date of issue

	if f.y+10+h > f.foot {
		f.newPage()
	}
	y := f.foot - h
	f.add(lineMark(f.x0, y, f.x1, y, 0.5, inkText))
	for _, r := range rows {
		y += pad
		markW := f.measure(r.mark, st.size)
		f.add(textMark(f.x0, y, st, r.mark))
		for _, l := range r.lines {
			f.add(textMark(f.x0+markW, y, st, l))
			y += st.lineH
		}
		y += pad
		f.add(lineMark(f.x0, y, f.x1, y, 0.25, inkText))
	}
	y += pad
	issued := hall.CNDate(b.IssuedOn) + "印发"
	issuedW := f.measure(issued, st.size)
	office := f.clean(b.Settings.Office)
	for len([]rune(office)) > 1 && f.measure(office, st.size) > w-issuedW-6 {
		office = string([]rune(office)[:len([]rune(office))-1])
	}
	f.add(textMark(f.x0, y, st, office))
	f.add(textMark(f.x1-issuedW, y, st, issued))
	y += st.lineH + pad
	f.add(lineMark(f.x0, y, f.x1, y, 0.5, inkText))
	f.y = y
}
