package pdf

import (
	"strings"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// modelFlow lays text and boxes out top to bottom into model pages, breaking pages between
// lines (never inside one) with orphan and widow control. The gofpdf document only measures.
type modelFlow struct {
	doc       *gofpdf.Fpdf
	x0, x1    float64 // content box left and right
	top, foot float64 // content starts at top and stays above foot
	pages     []*modelPage
	pg        *modelPage
	y         float64
	head      string   // running head of pages started from now on
	kind      pageKind // kind of pages started from now on
	bad       []rune
	mn        hall.MongolianTexts // the hall's Mongolian: a facts label it translates gets its Mongolian above it
}

// textStyle is how a block of text is set: size in pt, line height in mm, colour, faux bold,
// justified (every line but a paragraph's last fills the width).
type textStyle struct {
	size, lineH float64
	ink         ink
	bold        bool
	justify     bool
}

func (f *modelFlow) width() float64 { return f.x1 - f.x0 }

// clean makes text drawable and remembers what it had to replace.
func (f *modelFlow) clean(s string) string {
	out, bad := Sanitize(s)
	f.bad = append(f.bad, bad...)
	return out
}

// newPage starts a page.
func (f *modelFlow) newPage() {
	f.pg = &modelPage{head: f.head, kind: f.kind}
	f.pages = append(f.pages, f.pg)
	f.y = f.top
}

// atTop reports whether nothing has been placed on the current page yet.
func (f *modelFlow) atTop() bool { return f.pg == nil || f.y <= f.top+0.01 }

// need starts a new page unless h mm still fit on this one (or the page is still empty).
func (f *modelFlow) need(h float64) {
	if f.pg == nil || (f.y+h > f.foot+0.001 && !f.atTop()) {
		f.newPage()
	}
}

// space adds vertical space, dropped at the top of a page.
func (f *modelFlow) space(h float64) {
	if !f.atTop() {
		f.y += h
	}
}

func (f *modelFlow) add(m pageMark) { f.pg.marks = append(f.pg.marks, m) }

// measure is the width of s at size pt.
func (f *modelFlow) measure(s string, size float64) float64 {
	f.doc.SetFont(family, "", size)
	return f.doc.GetStringWidth(s)
}

// wrap breaks already cleaned text into lines no wider than width at size pt.
func (f *modelFlow) wrap(s string, size, width float64) []string {
	f.doc.SetFont(family, "", size)
	return fitText(f.doc, s, width)
}

// textMark is a line of text whose line box has its top at top.
func textMark(x, top float64, st textStyle, s string) pageMark {
	return pageMark{kind: markText, x: x, y: baseline(top, st.lineH, st.size), text: s, size: st.size, ink: st.ink, bold: st.bold}
}

// lineMark is a rule from (x1, y1) to (x2, y2).
func lineMark(x1, y1, x2, y2, lw float64, c ink) pageMark {
	return pageMark{kind: markLine, x: x1, y: y1, w: x2, h: y2, size: lw, ink: c}
}

// rectMark is a box; style "F" fills it, "D" strokes it, "FD" does both.
func rectMark(x, y, w, h float64, style string, fill, stroke ink, lw float64) pageMark {
	return pageMark{kind: markRect, x: x, y: y, w: w, h: h, style: style, fill: fill, ink: stroke, size: lw}
}

// indent is what a first-line indent of n characters is made of: ideographic spaces, one
// character wide each.
const indentChar = "　"

// block sets text (cleaned here) as paragraphs — one per line of the text — at x, width
// wide. The first line of each paragraph is indented by indentChars characters. first, when
// not nil, is called with the top of the block's first line once its page is settled, so that
// the caller can put a number or a marker beside it. It returns the number of lines set.
func (f *modelFlow) block(st textStyle, text string, x, width float64, indentChars int, first func(top float64)) int {
	text = f.clean(text)
	lead := strings.Repeat(indentChar, indentChars)
	var lines []string
	var paraEnd []bool // the line ends a paragraph
	for _, para := range strings.Split(text, "\n") {
		pl := f.wrapPara(lead+para, st.size, width)
		for i := range pl {
			lines = append(lines, pl[i])
			paraEnd = append(paraEnd, i == len(pl)-1)
		}
	}
	leadW := f.measure(lead, st.size)
	f.doc.SetFont(family, "", st.size)
	for i := 0; i < len(lines); {
		// Orphan and widow control: at least two lines at a page's foot (one if the block has
		// only one) and never one alone at the next page's head.
		room := int((f.foot - f.y + 0.001) / st.lineH)
		rest := len(lines) - i
		switch {
		case room >= rest:
			room = rest
		case room < min(2, rest) && !f.atTop():
			f.newPage()
			continue
		case rest-room == 1 && room >= 3:
			room--
		case room < 1:
			room = 1 // a page too short for one line: set it anyway
		}
		for k := 0; k < room; k, i = k+1, i+1 {
			l := lines[i]
			lx, lw := x, width
			if indentChars > 0 && strings.HasPrefix(l, lead) && (i == 0 || paraEnd[i-1]) {
				l = strings.TrimPrefix(l, lead)
				lx, lw = x+leadW, width-leadW
			}
			if i > 0 && !paraEnd[i-1] {
				l = strings.TrimLeft(l, " ") // a break before a space leaves it at the line's start
			}
			l = strings.TrimRight(l, " ")
			if i == 0 && first != nil {
				first(f.y)
			}
			m := textMark(lx, f.y, st, l)
			if st.justify && !paraEnd[i] {
				m.gap = justifyGap(f.doc, l, lw, st.size)
			}
			if l != "" {
				f.add(m)
			}
			f.y += st.lineH
		}
		if i < len(lines) {
			f.newPage()
		}
	}
	return len(lines)
}

// kvRow is a label and its value in a facts table.
type kvRow struct{ label, value string }

// facts draws a table of labels (shaded, on the left, labelW wide) and values that wrap; a
// row grows to fit its value and moves to the next page whole when it does not fit, unless
// it is taller than a page, when it is split between lines.
func (f *modelFlow) facts(rows []kvRow, st textStyle, labelW, pad float64, shade ink) {
	valueW := f.width() - labelW
	lst := st
	lst.ink = inkGrey
	for _, r := range rows {
		label := f.factLabel(r.label, st.size, labelW-2*pad)
		value := f.wrap(f.clean(dash(r.value)), st.size, valueW-2*pad)
		for {
			n := max(len(label), len(value))
			room := int((f.foot - f.y - 2*pad + 0.001) / st.lineH)
			if n > room && !f.atTop() {
				if full := int((f.foot - f.top - 2*pad + 0.001) / st.lineH); n <= full || room < 2 {
					f.newPage()
					continue
				}
			}
			k := min(n, max(room, 1))
			h := float64(k)*st.lineH + 2*pad
			f.add(rectMark(f.x0, f.y, labelW, h, "FD", shade, inkRule, 0.2))
			f.add(rectMark(f.x0+labelW, f.y, valueW, h, "D", inkWhite, inkRule, 0.2))
			for j := 0; j < k; j++ {
				top := f.y + pad + float64(j)*st.lineH
				if j < len(label) {
					f.addFactLabel(label[j], f.x0+pad, top, lst, labelW-2*pad)
				}
				if j < len(value) {
					f.add(textMark(f.x0+labelW+pad, top, st, value[j]))
				}
			}
			f.y += h
			if k >= n {
				break
			}
			label, value = label[min(k, len(label)):], value[min(k, len(value)):]
			if len(label) == 0 {
				label = []string{"（续）"}
			}
			f.newPage()
		}
	}
}

// factsHeight is the height facts would take on one page.
func (f *modelFlow) factsHeight(rows []kvRow, st textStyle, labelW, pad float64) float64 {
	h := 0.0
	for _, r := range rows {
		n := max(len(f.factLabel(r.label, st.size, labelW-2*pad)), len(f.wrap(f.clean(dash(r.value)), st.size, f.width()-labelW-2*pad)))
		h += float64(n)*st.lineH + 2*pad
	}
	return h
}

// labelWidth is the width of a facts table's label column: the widest label plus padding,
// at most max.
func (f *modelFlow) labelWidth(rows []kvRow, size, pad, most float64) float64 {
	w := 0.0
	for _, r := range rows {
		w = max(w, f.measure(r.label, size), f.mongolLabelWidth(r.label, size))
	}
	return min(w+2*pad+0.2, most)
}

// balanced wraps already cleaned text like wrap, then narrows the width as far as the text
// still takes the same number of lines, so that a title's lines come out even instead of a
// long line and a stub.
func (f *modelFlow) balanced(s string, size, width float64) []string {
	lines := f.wrap(s, size, width)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := width/float64(len(lines)), width
	for hi-lo > 0.5 {
		mid := (lo + hi) / 2
		if len(f.wrap(s, size, mid)) > len(lines) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return f.wrap(s, size, hi)
}

// wrapPara wraps a paragraph like wrap but avoids a last line of a single character (孤字):
// the paragraph is wrapped again a character narrower, which brings a second character down
// (justification then fills the other lines out again).
func (f *modelFlow) wrapPara(s string, size, width float64) []string {
	lines := f.wrap(s, size, width)
	if len(lines) < 2 {
		return lines
	}
	last := []rune(strings.TrimRight(lines[len(lines)-1], noLineStart))
	if len(last) != 1 {
		return lines
	}
	narrower := f.wrap(s, size, width-f.measure(string(last), size)-0.01)
	if len(narrower) == len(lines) {
		return narrower
	}
	return lines
}
