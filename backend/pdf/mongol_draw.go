package pdf

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"
)

// mongolLine is a line of text with Mongolian in it, shaped once and drawn at any size: its
// glyphs, the text as typed (with what could not be drawn replaced) for the text layer, and
// its length in ems of the Mongolian font.
type mongolLine struct {
	text   string
	glyphs []shapedGlyph
	ems    float64
}

// shapeMongolLine shapes text for drawing and reports the characters it had to replace. Lines
// are kept once shaped (a batch of cards repeats the same ones, breaking a paragraph into
// columns measures the same words again); the glyphs are shared and never changed.
func shapeMongolLine(text string) (mongolLine, []rune, error) {
	shapedMu.Lock()
	c, ok := shaped[text]
	shapedMu.Unlock()
	if ok {
		return c.line, c.bad, nil
	}
	gs, drawn, bad, err := shapeLine(text)
	if err != nil {
		return mongolLine{}, nil, err
	}
	l := mongolLine{text: drawn, glyphs: gs} // the text layer says □ where the page shows it
	for _, g := range gs {
		l.ems += g.adv / g.font.upem
	}
	shapedMu.Lock()
	if len(shaped) >= shapedMax {
		clear(shaped)
	}
	shaped[text] = shapedEntry{l, bad}
	shapedMu.Unlock()
	return l, bad, nil
}

// The lines shaped so far, up to shapedMax of them (then they start again).
var (
	shapedMu sync.Mutex
	shaped   = map[string]shapedEntry{}
)

const shapedMax = 4096

type shapedEntry struct {
	line mongolLine
	bad  []rune
}

// length is the line's length in the document's unit at size pt.
func (l mongolLine) length(doc *gofpdf.Fpdf, size float64) float64 {
	return l.ems * size / doc.GetConversionRatio()
}

// mongolExtent is the part of a Mongolian line's box above its baseline and the whole box, in
// ems: the box the line is set in, horizontally its height, vertically its column's width.
func mongolExtent() (above, box float64) {
	mn, err := mongolFont()
	if err != nil {
		return 0.8, 1.2
	}
	return mn.asc / mn.upem, (mn.asc - mn.desc) / mn.upem
}

// A horizontal line of Mongolian is set in a box from horizontalBelow ems under its baseline to
// horizontalAbove ems over it: the ink of the letters, tighter than the font's own line box,
// which leaves room for the rarest marks and would space lines of a heading far apart.
const (
	horizontalAbove = 1.0
	horizontalBelow = 0.3
)

// drawHorizontal draws the line from x with its box's top at y (document units), in the
// current text colour, with its text layer.
func (l mongolLine) drawHorizontal(doc *gofpdf.Fpdf, x, y, size float64) {
	l.draw(doc, horizontalAt(doc, x, y, size))
	textLayer(doc, l.text, x, y, l.length(doc, size), mongolLineHeight(doc, size))
}

// glyphPlacer gives the matrix that places a glyph at pen (ems from its line's start) on the
// page, from its font's units to points.
type glyphPlacer func(pen float64, g shapedGlyph) [6]float64

// horizontalAt places the glyphs of a horizontal line whose box's top left is at x, y.
func horizontalAt(doc *gofpdf.Fpdf, x, y, size float64) glyphPlacer {
	k := doc.GetConversionRatio()
	_, pageH := doc.GetPageSize()
	ox, oy := x*k, (pageH-y)*k-horizontalAbove*size // the baseline's start, in points from the bottom left
	return func(pen float64, g shapedGlyph) [6]float64 {
		s := size / g.font.upem
		return [6]float64{s, 0, 0, s, ox + pen*size + g.dx*s, oy + g.dy*s}
	}
}

// verticalAt places the glyphs of a line turned a quarter clockwise in a column whose top left
// is at x, y.
func verticalAt(doc *gofpdf.Fpdf, x, y, size float64) glyphPlacer {
	k := doc.GetConversionRatio()
	_, pageH := doc.GetPageSize()
	above, box := mongolExtent()
	// Turned clockwise, the part of the box above the baseline lies to its right.
	ox, oy := x*k+(box-above)*size, (pageH-y)*k
	return func(pen float64, g shapedGlyph) [6]float64 {
		s := size / g.font.upem
		return [6]float64{0, -s, s, 0, ox + g.dy*s, oy - pen*size - g.dx*s}
	}
}

// drawVertical draws the line turned a quarter clockwise, as traditional Mongolian is written:
// top to bottom from y, in a column whose left edge is x and whose width is the line's box.
func (l mongolLine) drawVertical(doc *gofpdf.Fpdf, x, y, size float64) {
	_, box := mongolExtent()
	l.draw(doc, verticalAt(doc, x, y, size))
	w := box * size / doc.GetConversionRatio()
	textLayer(doc, l.text, x, y, w, w)
}

// draw draws each glyph's outline, filled in the current text colour, placed by the matrix
// at gives for the glyph at pen (ems from the line's start). Each glyph's outline is a form
// XObject defined once per document (see glyphXObject).
func (l mongolLine) draw(doc *gofpdf.Fpdf, at glyphPlacer) {
	var b strings.Builder
	r, g, bl := doc.GetTextColor()
	b.WriteString("q ")
	for _, c := range []int{r, g, bl} {
		b.WriteString(strconv.FormatFloat(float64(c)/255, 'f', 3, 64))
		b.WriteByte(' ')
	}
	b.WriteString("rg\n")
	pen := 0.0
	for _, gl := range l.glyphs {
		if name := gl.font.glyphXObject(doc, gl.id); name != "" {
			b.WriteString("q ")
			for i, v := range at(pen, gl) {
				prec := 5 // the scale and turn
				if i >= 4 {
					prec = 3 // the place, in points
				}
				b.WriteString(strconv.FormatFloat(v, 'f', prec, 64))
				b.WriteByte(' ')
			}
			b.WriteString("cm /" + name + " Do Q\n")
		}
		pen += gl.adv / gl.font.upem
	}
	b.WriteString("Q")
	doc.RawWriteStr(b.String())
}

// textLayer puts text, as typed, over the box at x, y (w by h, document units) as an invisible
// character whose ActualText is the text: copying from the PDF and pdftotext give back the
// Mongolian as typed, where the drawn outlines alone would give nothing.
func textLayer(doc *gofpdf.Fpdf, text string, x, y, w, h float64) {
	if strings.TrimSpace(text) == "" || w <= 0 || h <= 0 {
		return
	}
	prev, _ := doc.GetFontSize()
	k := doc.GetConversionRatio()
	size := h * k * 0.8
	doc.SetFont(family, "", size)
	cw := doc.GetStringWidth("一")
	doc.RawWriteStr("/Span <</ActualText " + pdfTextString(text) + ">> BDC q 3 Tr " +
		strconv.FormatFloat(100*w/cw, 'f', 2, 64) + " Tz")
	doc.Text(x, y+h*0.8, "一")
	doc.RawWriteStr("Q EMC")
	doc.SetFont(family, "", prev)
}

// pdfTextString is s as a PDF text string: UTF-16BE with its byte order mark, in hex.
func pdfTextString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		h := strconv.FormatUint(uint64(u), 16)
		b.WriteString(strings.Repeat("0", 4-len(h)) + strings.ToUpper(h))
	}
	b.WriteByte('>')
	return b.String()
}
