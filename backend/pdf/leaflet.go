package pdf

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// KeyFact is one line of a leaflet's key facts box: a label and its value.
type KeyFact struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// LeafletContent is what a leaflet (宣传单) says: a title, paragraphs (a paragraph starting
// with 【…】 has that lead set in red; one starting 问： is set in bold), a box of key facts and
// the contacts at the foot (the hall's name and phones when empty). TwoSided lets the text
// run onto the back instead of being set smaller.
type LeafletContent struct {
	Title      string
	Paragraphs []string
	KeyFacts   []KeyFact
	Contacts   string
	TwoSided   bool
	// The leaflet's Mongolian, all optional: a title set above the Chinese title, and a text set
	// in vertical columns in a panel at the left of the Chinese body or, when MongolianPage is
	// set or it does not fit the panel, on a page of its own before the Chinese.
	MongolianTitle string
	Mongolian      string
	MongolianPage  bool
}

// Leaflet geometry (A4, mm) and body sizes (pt).
const (
	lfMargin   = 18.0
	lfTop      = 24.0 // content top on continuation pages
	lfFoot     = 281.0
	lfBody     = 13.0 // preferred body size
	lfFloor    = 10.0 // the body is never set smaller; past it the text runs onto more pages
	lfTitleMax = 24.0
)

// Leaflet lays out a leaflet on one A4 page for notice boards and handing out: the hall's
// name over a red double rule, the title large, the paragraphs justified with a two-character
// indent, the key facts in a box and the contacts at the foot. Text that does not fit runs
// onto a second page when the leaflet is two-sided; otherwise the body is set smaller, down
// to 10 pt, and only then runs on. No text is ever lost.
func Leaflet(l LeafletContent, hs hall.HallSettings) (Document, error) {
	l.Title = strings.TrimSpace(l.Title)
	if l.Title == "" {
		return Document{}, hall.Invalid("title", "请填写宣传单标题")
	}
	var paras []string
	for _, p := range l.Paragraphs {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	var facts []kvRow
	for _, k := range l.KeyFacts {
		if strings.TrimSpace(k.Label) != "" || strings.TrimSpace(k.Value) != "" {
			facts = append(facts, kvRow{strings.TrimSpace(k.Label), strings.TrimSpace(k.Value)})
		}
	}
	if len(paras) == 0 && len(facts) == 0 {
		return Document{}, hall.Invalid("paragraphs", "宣传单还没有内容：请填写正文或办事要点")
	}
	l.Paragraphs = paras
	if strings.TrimSpace(l.Contacts) == "" {
		l.Contacts = hallContacts(hs)
	}
	doc, err := newDoc(l.Title)
	if err != nil {
		return Document{}, err
	}
	doc.SetAutoPageBreak(false, 0)
	most := 1
	if l.TwoSided {
		most = 2
	}
	var f *modelFlow
	panel := false
	for size := lfBody; ; size -= 0.5 {
		f, panel = layoutLeaflet(doc, l, facts, hs, size)
		if len(f.pages) <= most || size <= lfFloor {
			break
		}
	}
	pages, bad := f.pages, f.bad
	if hasMongol(l.Mongolian) && !panel {
		mp := leafletMongolPages(doc, l, hs)
		pages, bad = append(mp.pages, pages...), append(mp.bad, bad...)
	}
	title := f.clean(l.Title)
	for i, p := range pages {
		doc.AddPage()
		drawMarks(doc, slices.Concat(p.marks, leafletFurniture(doc, title, i+1, len(pages), l.TwoSided)), 0, 0, 210, 297, false)
	}
	data, err := output(doc)
	if err != nil {
		return Document{}, err
	}
	return Document{PDF: data, Pages: len(pages), Missing: uniqueRunes(bad)}, nil
}

// hallContacts is the hall's name and phones on one line.
func hallContacts(hs hall.HallSettings) string {
	parts := []string{strings.TrimSpace(hs.HallName)}
	if p := strings.TrimSpace(hs.Phone); p != "" {
		parts = append(parts, "咨询电话："+p)
	}
	if p := strings.TrimSpace(hs.SupervisionPhone); p != "" {
		parts = append(parts, "监督电话："+p)
	}
	return strings.Join(parts, "　")
}

// layoutLeaflet lays the leaflet out with the body at size pt, and reports whether its
// Mongolian went into a panel beside the body (see leafletMongolPanel).
func layoutLeaflet(doc *gofpdf.Fpdf, l LeafletContent, facts []kvRow, hs hall.HallSettings, size float64) (*modelFlow, bool) {
	f := &modelFlow{doc: doc, x0: lfMargin, x1: 210 - lfMargin, top: lfTop, foot: lfFoot}
	f.newPage()
	w := f.width()
	centre := func(st textStyle, s string, top float64) {
		f.add(textMark((210-f.measure(s, st.size))/2, top, st, s))
	}
	y := 11.0
	head := textStyle{size: 12, lineH: 6, ink: inkRed, bold: true}
	y = f.mongolCentred(hs.Mongolian.HallName, head.size, w, y, inkRed)
	for _, line := range f.wrap(f.clean(strings.TrimSpace(hs.HallName)), head.size, w) {
		centre(head, line, y)
		y += head.lineH
	}
	y += 1
	f.add(lineMark(f.x0, y, f.x1, y, 1.2, inkRed))
	f.add(lineMark(f.x0, y+1.6, f.x1, y+1.6, 0.35, inkRed))
	y += 7

	ts := min(lfTitleMax, max(20, size*1.85))
	title := textStyle{size: ts, lineH: ts * mmPerPt * 1.45, ink: inkText, bold: true}
	y = f.mongolCentred(l.MongolianTitle, ts*0.85, w-10, y, inkText)
	for _, line := range f.balanced(f.clean(l.Title), title.size, w-10) {
		centre(title, line, y)
		y += title.lineH
	}
	y += 2
	f.add(lineMark(105-12, y, 105+12, y, 0.8, inkRed))
	f.y = y + 6

	// The contacts' box at the foot is measured first: a Mongolian panel stops above it.
	cs := textStyle{size: min(size, 11), lineH: min(size, 11) * mmPerPt * 1.55, ink: inkText}
	lines := f.wrap(f.clean(strings.TrimSpace(l.Contacts)), cs.size, w-10)
	mnContacts, mnSize := leafletMongolContacts(f, l, hs, cs.size, w-10)
	h := float64(len(lines))*cs.lineH + 4 + float64(len(mnContacts))*mongolLineHeight(doc, mnSize)
	panel := !l.MongolianPage && leafletMongolPanel(f, l.Mongolian, f.foot-h-6, size)

	body := textStyle{size: size, lineH: size * mmPerPt * 1.7, ink: inkText, justify: true}
	for _, p := range l.Paragraphs {
		st, after := body, body.lineH*0.35
		if strings.HasPrefix(p, "问：") || strings.HasPrefix(p, "问:") {
			st.bold, after = true, body.lineH*0.1 // a question keeps close to its answer
		}
		var pg *modelPage
		from := 0
		f.block(st, p, f.x0, f.width(), 2, func(float64) { pg, from = f.pg, len(f.pg.marks) })
		if lead := leadLength(p); lead > 0 && pg != nil && from < len(pg.marks) {
			emphasize(doc, pg, from, lead)
		}
		f.y += after
	}

	if len(facts) > 0 {
		fs := min(size, 12)
		st := textStyle{size: fs, lineH: fs * mmPerPt * 1.55, ink: inkText}
		pad := 1.6
		band := textStyle{size: fs + 0.5, lineH: fs*mmPerPt*1.5 + 2.5, ink: inkWhite, bold: true}
		f.y += 2
		f.need(band.lineH + st.lineH*2 + 2*pad)
		f.add(rectMark(f.x0, f.y, f.width(), band.lineH, "F", inkRed, inkRed, 0))
		f.add(textMark(f.x0+3, f.y, band, "办事要点"))
		f.y += band.lineH
		f.facts(facts, st, f.labelWidth(facts, st.size, pad+1, f.width()*0.3), pad, inkTint)
	}

	// The contacts sit at the foot of the last page, in a tinted box under a red rule.
	f.x0 = lfMargin // back to the full width where a Mongolian panel narrowed the body
	f.space(4)
	f.need(h)
	top := f.foot - h
	f.add(lineMark(f.x0, top, f.x1, top, 0.8, inkRed))
	f.add(rectMark(f.x0, top+0.6, w, h-0.6, "F", inkTint, inkTint, 0))
	for _, ml := range mnContacts { // the hall's Mongolian above its Chinese contacts
		f.add(pageMark{kind: markMongol, x: 105 - ml.length(doc, mnSize)/2, y: top + 2.3, size: mnSize, ink: inkText, mn: &ml})
		top += mongolLineHeight(doc, mnSize)
	}
	for i, line := range lines {
		centre(cs, line, top+2.3+float64(i)*cs.lineH)
	}
	f.y = f.foot
	return f, panel
}

// leadLength is the number of runes of a paragraph's 【…】 lead, 0 when it has none.
func leadLength(p string) int {
	if !strings.HasPrefix(p, "【") {
		return 0
	}
	i := strings.Index(p, "】")
	if i < 0 {
		return 0
	}
	return len([]rune(p[:i+len("】")]))
}

// emphasize sets the first n runes of the paragraph whose first line is marks[from] in bold
// red, splitting that line's mark in two and keeping its justification.
func emphasize(doc *gofpdf.Fpdf, pg *modelPage, from, n int) {
	m := pg.marks[from]
	rs := []rune(m.text)
	if m.kind != markText || n >= len(rs) {
		return
	}
	lead, rest := m, m
	lead.text, rest.text = string(rs[:n]), string(rs[n:])
	lead.ink, lead.bold = inkRed, true
	doc.SetFont(family, "", m.size)
	rest.x = m.x + doc.GetStringWidth(lead.text) + float64(len(clusters(lead.text)))*m.gap
	pg.marks[from] = lead
	pg.marks = append(pg.marks, rest)
}

// leafletFurniture is the continuation heading and page number of a leaflet that runs onto
// more than one page.
func leafletFurniture(doc *gofpdf.Fpdf, title string, page, pages int, twoSided bool) []pageMark {
	if pages < 2 {
		return nil
	}
	var ms []pageMark
	doc.SetFont(family, "", 9)
	if page > 1 {
		head := title + "（续）"
		for rs := []rune(head); doc.GetStringWidth(head) > 174 && len(rs) > 1; {
			rs = rs[:len(rs)-1]
			head = string(rs) + "…（续）"
		}
		ms = append(ms, pageMark{kind: markText, x: lfMargin, y: 15, text: head, size: 9, ink: inkGrey},
			lineMark(lfMargin, 17.5, 210-lfMargin, 17.5, 0.25, inkRule))
	}
	n := "第 " + strconv.Itoa(page) + " 页／共 " + strconv.Itoa(pages) + " 页"
	if twoSided && page == 1 && pages == 2 {
		n += "（见背面）"
	}
	return append(ms, pageMark{kind: markText, x: 105 - doc.GetStringWidth(n)/2, y: 289, text: n, size: 9, ink: inkGrey})
}

// ItemLeaflet turns a catalog item into a leaflet: who qualifies, the materials, the steps,
// the questions and answers and the legal basis as paragraphs, the time limit, fee, place
// and phones as key facts, the hall's contacts at the foot.
func ItemLeaflet(item hall.ServiceItem, hs hall.HallSettings) LeafletContent {
	l := LeafletContent{Title: itemName(item), Contacts: hallContacts(hs)}
	if e := strings.TrimSpace(item.Eligibility); e != "" {
		l.Paragraphs = append(l.Paragraphs, "【办理对象】"+e)
	}
	if len(item.Materials) > 0 {
		var b strings.Builder
		b.WriteString("【所需材料】")
		for i, m := range item.Materials {
			if i > 0 {
				b.WriteString("；")
			}
			b.WriteString("（" + strconv.Itoa(i+1) + "）" + strings.TrimSpace(m.Name) + "（" + materialDetail(m))
			if !m.Required {
				b.WriteString("，如有")
			}
			if n := strings.TrimSpace(m.Note); n != "" {
				b.WriteString("，" + n)
			}
			b.WriteString("）")
		}
		b.WriteString("。")
		l.Paragraphs = append(l.Paragraphs, b.String())
	}
	if len(item.Steps) > 0 {
		var b strings.Builder
		b.WriteString("【办理流程】")
		for i, s := range item.Steps {
			if i > 0 {
				b.WriteString("；")
			}
			b.WriteString("（" + strconv.Itoa(i+1) + "）" + strings.TrimRight(strings.TrimSpace(s), "。；;."))
		}
		b.WriteString("。")
		l.Paragraphs = append(l.Paragraphs, b.String())
	}
	for _, e := range parseQA(item.QA) {
		prefix := "答："
		if e.q {
			prefix = "问："
		}
		l.Paragraphs = append(l.Paragraphs, prefix+strings.ReplaceAll(e.text, "\n", ""))
	}
	if b := strings.TrimSpace(item.LegalBasis); b != "" {
		l.Paragraphs = append(l.Paragraphs, "【政策依据】"+b)
	}
	for _, r := range itemFacts(item, hs) {
		l.KeyFacts = append(l.KeyFacts, KeyFact{r.label, r.value})
	}
	return l
}
