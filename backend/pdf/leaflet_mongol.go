package pdf

import (
	"strings"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// A leaflet's Mongolian text: in vertical columns, Mongolian first — a panel at the left of
// the Chinese body on the first page, or pages of its own before the Chinese.

// Panel geometry: at most this share of the body's width, the gutter (mm) between the panel
// and the Chinese, and the smallest size (pt) the panel's text is set at before it takes a
// page of its own.
const (
	lfPanelShare = 0.42
	lfPanelGap   = 6.0
	lfPanelMin   = 10.0
)

// leafletMongolPanel sets text in a panel at the flow's left margin from its current line down
// to bottom, narrows the flow to the right of it (the body and the key facts run there on every
// page) and reports whether it did: text without Mongolian, or too long for a panel even at
// lfPanelMin, sets nothing.
func leafletMongolPanel(f *modelFlow, text string, bottom, bodySize float64) bool {
	if !hasMongol(text) {
		return false
	}
	top := f.y
	w, ok := f.mongolBlock(text, f.x0, top, f.width()*lfPanelShare, bottom-top, max(bodySize*1.15, lfPanelMin), lfPanelMin, inkText)
	if !ok {
		return false
	}
	rule := f.x0 + w + lfPanelGap/2
	f.add(lineMark(rule, top, rule, bottom, 0.35, inkRed))
	f.x0 += w + lfPanelGap
	return true
}

// leafletMongolPages lays out the leaflet's Mongolian on pages of its own: the hall's name in
// Mongolian and in Chinese over the red double rule, the Mongolian title, then the text in
// columns across the page.
func leafletMongolPages(doc *gofpdf.Fpdf, l LeafletContent, hs hall.HallSettings) *modelFlow {
	f := &modelFlow{doc: doc, x0: lfMargin, x1: 210 - lfMargin, top: lfTop, foot: lfFoot}
	f.newPage()
	w := f.width()
	y := f.mongolCentred(hs.Mongolian.HallName, 12, w, 11, inkRed)
	head := textStyle{size: 12, lineH: 6, ink: inkRed, bold: true}
	for _, line := range f.wrap(f.clean(hs.HallName), head.size, w) {
		f.add(textMark((210-f.measure(line, head.size))/2, y, head, line))
		y += head.lineH
	}
	y++
	f.add(lineMark(f.x0, y, f.x1, y, 1.2, inkRed))
	f.add(lineMark(f.x0, y+1.6, f.x1, y+1.6, 0.35, inkRed))
	y = f.mongolCentred(l.MongolianTitle, 20, w-10, y+7, inkText) + 4
	f.mongolPages(l.Mongolian, y, lfBody*1.15, inkText)
	return f
}

// leafletMongolContacts is the hall's Mongolian name, address and hours, broken into lines of
// width at size pt (at most two, set smaller where they need more), for the contacts box at the
// foot of a leaflet whose contacts are the hall's own; none where the hall gave no Mongolian.
func leafletMongolContacts(f *modelFlow, l LeafletContent, hs hall.HallSettings, size, width float64) ([]mongolLine, float64) {
	if strings.TrimSpace(l.Contacts) != hallContacts(hs) {
		return nil, 0
	}
	m := hs.Mongolian
	var parts []string
	for _, p := range []string{m.HallName, m.Address, m.OfficeHours} {
		if p = strings.TrimSpace(p); hasMongol(p) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil, 0
	}
	text := strings.Join(parts, "  ")
	for ; ; size -= 0.5 {
		lines, bad, err := mongolColumns(f.doc, text, size, width)
		if err != nil {
			return nil, 0
		}
		if len(lines) <= 2 || size <= 6 {
			f.bad = append(f.bad, bad...)
			return lines, size
		}
	}
}
