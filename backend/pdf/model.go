package pdf

import (
	"strings"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// The page model. A document that is drawn more than one way (the pocket guide: single pages
// for the screen, and imposed four or two to an A4 sheet for printing) or laid out more than
// once (the leaflet, set smaller until it fits) is first laid out into pages of positioned
// marks — text lines, rules, boxes — in mm from the page's top-left corner. drawPage then
// draws a page at any origin on any sheet, upright or turned 180°.

// mmPerPt is one typographic point in mm.
const mmPerPt = 25.4 / 72

// ink is an RGB colour.
type ink struct{ r, g, b int }

// The palette of the print-shop documents: near-black text, greys, the red of the hall's
// documents and light tints. Everything also reads on a black-and-white laser printer.
var (
	inkText  = ink{30, 30, 30}
	inkGrey  = ink{100, 100, 100}
	inkLight = ink{150, 150, 150}
	inkRule  = ink{175, 175, 175}
	inkRed   = ink{180, 28, 36}
	inkDeep  = ink{140, 20, 26}
	inkTint  = ink{250, 238, 236}
	inkShade = ink{244, 244, 244}
	inkWhite = ink{255, 255, 255}
)

type markKind uint8

const (
	markText   markKind = iota
	markLine            // from (x, y) to (w, h)
	markRect            // corner (x, y), size w × h
	markCircle          // centre (x, y), radius w
	markMongol          // a shaped line of Mongolian (mn) at size pt, its box's top left at (x, y)
)

// pageMark is one thing drawn on a page. Text sits with its baseline at y; gap is extra space
// put between its clusters (see clusters) to justify the line.
type pageMark struct {
	kind     markKind
	x, y     float64
	w, h     float64
	text     string
	size     float64 // text: font size in pt; lines and boxes: line width in mm
	gap      float64
	ink      ink // text colour; stroke of lines and boxes
	fill     ink
	style    string // boxes: "F", "D" or "FD"
	bold     bool
	dotted   bool
	mn       *mongolLine // markMongol: the shaped line
	vertical bool        // markMongol: set as a column, top to bottom, instead of a line
}

// pageKind tells the running heads and page numbers what kind of page they are on.
type pageKind uint8

const (
	pageBody pageKind = iota
	pageCover
	pageBack
	pageNotes
)

// modelPage is one laid-out page: its marks and the section named in its running head.
type modelPage struct {
	marks []pageMark
	head  string
	kind  pageKind
}

// baseline is where text of size pt sits in a line box of height lineH whose top is top,
// centred the way gofpdf's CellFormat centres it.
func baseline(top, lineH, size float64) float64 {
	return top + 0.5*lineH + 0.3*size*mmPerPt
}

// boldStroke is the stroke width of faux bold text of size pt.
func boldStroke(size float64) float64 { return 0.02 + 0.012*size }

// drawMarks draws marks offset by (ox, oy), turned 180° about the centre of the pw × ph page
// when rotated.
func drawMarks(doc *gofpdf.Fpdf, marks []pageMark, ox, oy, pw, ph float64, rotated bool) {
	if rotated {
		doc.TransformBegin()
		doc.TransformRotate(180, ox+pw/2, oy+ph/2)
	}
	for i := range marks {
		m := &marks[i]
		x, y := ox+m.x, oy+m.y
		switch m.kind {
		case markText:
			doc.SetFont(family, "", m.size)
			doc.SetTextColor(m.ink.r, m.ink.g, m.ink.b)
			if m.bold {
				fauxBold(doc, true, boldStroke(m.size))
			}
			if m.gap == 0 {
				doc.Text(x, y, m.text)
			} else {
				for _, c := range clusters(m.text) {
					doc.Text(x, y, c)
					x += doc.GetStringWidth(c) + m.gap
				}
			}
			if m.bold {
				fauxBold(doc, false, 0)
			}
		case markLine:
			doc.SetDrawColor(m.ink.r, m.ink.g, m.ink.b)
			doc.SetLineWidth(m.size)
			if m.dotted {
				doc.SetLineCapStyle("round")
				doc.SetDashPattern([]float64{0, 3 * m.size}, 0)
			}
			doc.Line(x, y, ox+m.w, oy+m.h)
			if m.dotted {
				doc.SetDashPattern(nil, 0)
				doc.SetLineCapStyle("butt")
			}
		case markRect:
			doc.SetDrawColor(m.ink.r, m.ink.g, m.ink.b)
			doc.SetFillColor(m.fill.r, m.fill.g, m.fill.b)
			doc.SetLineWidth(m.size)
			doc.Rect(x, y, m.w, m.h, m.style)
		case markCircle:
			doc.SetFillColor(m.fill.r, m.fill.g, m.fill.b)
			doc.Circle(x, y, m.w, "F")
		case markMongol:
			doc.SetTextColor(m.ink.r, m.ink.g, m.ink.b)
			if m.vertical {
				m.mn.drawVertical(doc, x, y, m.size)
			} else {
				m.mn.drawHorizontal(doc, x, y, m.size)
			}
		}
	}
	if rotated {
		doc.TransformEnd()
	}
}

// clusters splits a line into the units that justification spaces apart: each CJK character
// or mark on its own, Latin words and numbers (8:30, 1,500.00) whole.
func clusters(s string) []string {
	rs := []rune(s)
	out := make([]string, 0, len(rs))
	for i := 0; i < len(rs); {
		j := i + 1
		if isWordRune(rs[i]) {
			for j < len(rs) && (isWordRune(rs[j]) ||
				strings.ContainsRune(".:,", rs[j]) && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && unicode.IsDigit(rs[j-1])) {
				j++
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// justifyGap is the space to put between the clusters of line so that it fills width at size
// pt: 0 where the line has a single cluster or would need gaps wider than a quarter of a
// character (a line broken early before a long word stays ragged instead of gappy).
func justifyGap(doc *gofpdf.Fpdf, line string, width, size float64) float64 {
	n := len(clusters(line)) - 1
	if n < 1 {
		return 0
	}
	doc.SetFont(family, "", size)
	gap := (width - doc.GetStringWidth(line)) / float64(n)
	if gap <= 0.005 || gap > 0.25*size*mmPerPt {
		return 0
	}
	return gap
}
