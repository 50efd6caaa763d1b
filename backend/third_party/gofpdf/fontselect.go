package gofpdf

// HallDesk's change to upstream v1.16.2: SetFont, SetFontSize and SetFontUnitSize write the
// font selection to the page only when something else is written after it, just before that.
// Measuring text at several sizes between two drawing operations used to write hundreds of
// selections per page that did nothing but make the page longer to format, compress and read.

import "strconv"

// fontSelMark is a font selection not yet written to its page.
type fontSelMark struct {
	pending bool
	page    int
	id      string
	size    float64
}

// outFontSelect selects the current font and size on the page.
func (f *Fpdf) outFontSelect() {
	if f.state != 2 {
		f.outf("BT /F%s %.2f Tf ET", f.currentFont.i, f.fontSizePt)
		return
	}
	f.fontSel = fontSelMark{pending: true, page: f.page, id: f.currentFont.i, size: f.fontSizePt}
}

// flushFontSelect writes the pending selection before other content on the same page; one left
// behind on an earlier page changed nothing there.
func (f *Fpdf) flushFontSelect() {
	m := f.fontSel
	if !m.pending {
		return
	}
	f.fontSel.pending = false
	if m.page != f.page {
		return
	}
	b := f.pages[f.page]
	b.WriteString("BT /F")
	b.WriteString(m.id)
	b.WriteByte(' ')
	b.Write(strconv.AppendFloat(b.AvailableBuffer(), m.size, 'f', 2, 64))
	b.WriteString(" Tf ET\n")
}
