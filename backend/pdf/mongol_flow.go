package pdf

import "strings"

// Mongolian in the page model (leaflets, the pocket guide): horizontal lines centred above the
// Chinese they stand for, and blocks of vertical columns. What cannot be shaped is reported
// like any character the document could not draw, never dropped silently.

// mongolShape shapes text for a mark, remembering the characters it replaced; ok is false when
// there is no Mongolian in text.
func (f *modelFlow) mongolShape(text string) (*mongolLine, bool) {
	text = strings.TrimSpace(text)
	if !hasMongol(text) {
		return nil, false
	}
	l, bad, err := shapeMongolLine(text)
	if err != nil {
		f.bad = append(f.bad, []rune(text)...)
		return nil, false
	}
	f.bad = append(f.bad, bad...)
	return &l, true
}

// mongolCentred adds text as a horizontal line centred between the flow's margins with its box's
// top at top, at size pt or smaller (down to 6 pt) until it fits width, and gives the top of
// what comes under it; text without Mongolian adds nothing and gives top back.
func (f *modelFlow) mongolCentred(text string, size, width, top float64, c ink) float64 {
	l, ok := f.mongolShape(text)
	if !ok {
		return top
	}
	for size > 6 && l.length(f.doc, size) > width {
		size -= 0.5
	}
	x := (f.x0+f.x1)/2 - l.length(f.doc, size)/2
	f.add(pageMark{kind: markMongol, x: x, y: top, size: size, ink: c, mn: l})
	return top + mongolLineHeight(f.doc, size)
}

// mongolBlock sets text in vertical columns from x, top, inside w by h, at size pt or smaller
// down to minSize. It adds the columns and gives the width they take, or ok false (adding
// nothing) when the text does not fit.
func (f *modelFlow) mongolBlock(text string, x, top, w, h, size, minSize float64, c ink) (float64, bool) {
	cols, size, ok := f.mongolFit(text, w, h, size, minSize)
	if !ok {
		return 0, false
	}
	f.addColumns(cols, x, top, size, c)
	return mongolBlockWidth(f.doc, len(cols), size), true
}

// mongolFit breaks text into columns that fit w by h at size pt or smaller down to minSize; ok
// is false when they do not fit even so (or there is no Mongolian to set).
func (f *modelFlow) mongolFit(text string, w, h, size, minSize float64) ([]mongolLine, float64, bool) {
	text = strings.TrimSpace(text)
	if !hasMongol(text) {
		return nil, 0, false
	}
	all, _, err := mongolColumns(f.doc, text, minSize, h)
	if err != nil || mongolBlockWidth(f.doc, len(all), minSize) > w {
		return nil, 0, false
	}
	cols, size, bad, err := fitMongolColumns(f.doc, text, w, h, size, minSize)
	if err != nil {
		return nil, 0, false
	}
	f.bad = append(f.bad, bad...)
	return cols, size, true
}

// addColumns adds columns left to right from x, their tops at top.
func (f *modelFlow) addColumns(cols []mongolLine, x, top, size float64, c ink) {
	cw := mongolColumnWidth(f.doc, size)
	for i := range cols {
		f.add(pageMark{kind: markMongol, x: x + float64(i)*cw*(1+mongolGap), y: top, size: size, ink: c, mn: &cols[i], vertical: true})
	}
}

// mongolPages sets text in vertical columns across the flow's width on pages of their own, as
// many as it takes at size pt, each page's columns from top to the foot.
func (f *modelFlow) mongolPages(text string, top, size float64, c ink) {
	cols, bad, err := mongolColumns(f.doc, strings.TrimSpace(text), size, f.foot-top)
	if err != nil {
		f.bad = append(f.bad, []rune(text)...)
		return
	}
	f.bad = append(f.bad, bad...)
	cw := mongolColumnWidth(f.doc, size)
	per := max(1, int((f.width()+cw*mongolGap)/(cw*(1+mongolGap))))
	for len(cols) > 0 {
		n := min(per, len(cols))
		f.addColumns(cols[:n], f.x0, top, size, c)
		cols = cols[n:]
		if len(cols) > 0 {
			f.newPage()
			top = f.top
		}
	}
}

// mongolSlot marks a facts label's line that holds the label's Mongolian (the text after it);
// cleaned text never has the control character it starts with.
const mongolSlot = "\x00mn:"

// mongolLabelSize is the size of a label's Mongolian against the label's own size.
const mongolLabelSize = 0.95

// factLabel wraps a facts table's label to width at size pt, with the hall's Mongolian for it,
// where the hall gave one, as a line of its own above it.
func (f *modelFlow) factLabel(label string, size, width float64) []string {
	lines := f.wrap(f.clean(label), size, width)
	if m := f.mn.Label(label); hasMongol(m) {
		lines = append([]string{mongolSlot + m}, lines...)
	}
	return lines
}

// addFactLabel adds one line of a label (see factLabel) at x with its line box's top at top:
// the Mongolian set to fit width and centred on the line box, the Chinese as text.
func (f *modelFlow) addFactLabel(line string, x, top float64, st textStyle, width float64) {
	m, ok := strings.CutPrefix(line, mongolSlot)
	if !ok {
		f.add(textMark(x, top, st, line))
		return
	}
	l, ok := f.mongolShape(m)
	if !ok {
		return
	}
	size := st.size * mongolLabelSize
	for size > 5 && l.length(f.doc, size) > width {
		size -= 0.5
	}
	f.add(pageMark{kind: markMongol, x: x, y: top + (st.lineH-mongolLineHeight(f.doc, size))/2, size: size, ink: st.ink, mn: l})
}

// mongolLabelWidth is the width of the hall's Mongolian for a label at the label's size pt, 0
// where it gave none.
func (f *modelFlow) mongolLabelWidth(label string, size float64) float64 {
	m := strings.TrimSpace(f.mn.Label(label))
	if !hasMongol(m) {
		return 0
	}
	l, _, err := shapeMongolLine(m)
	if err != nil {
		return 0
	}
	return l.length(f.doc, size*mongolLabelSize)
}
