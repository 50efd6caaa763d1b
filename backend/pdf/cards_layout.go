package pdf

import "github.com/jung-kurt/gofpdf"

// Layout of the contact cards: where the cards sit on the sheet, their crop marks, and a small
// flow engine that fits a card's text blocks into a box by shrinking them together.

// Sheet geometry of the contact cards in mm: ten 90 × 54 mm cards on A4 portrait, 2 columns ×
// 5 rows, centred, with gutters between them so that every card's crop marks sit outside it.
const (
	cardW        = 90.0
	cardH        = 54.0
	cardCols     = 2
	cardRows     = 5
	cardsPerPage = cardCols * cardRows
	cardGapX     = 6.0
	cardGapY     = 3.0
	cardMarginX  = (210 - cardCols*cardW - (cardCols-1)*cardGapX) / 2 // 12
	cardMarginY  = (297 - cardRows*cardH - (cardRows-1)*cardGapY) / 2 // 7.5

	markOff  = 0.8 // a crop mark starts this far from the card's corner
	markLen  = 3.0
	markEdge = 4.0 // no mark nearer the paper's edge than this (printers leave it blank)

	cardMaxGap = 2.2 // most room added between two blocks of a card's flow
)

// cardRect is a rectangle on the page in mm.
type cardRect struct{ x, y, w, h float64 }

// cardSlot is where the i-th card of a page (0–9, row by row) sits. On the back page the
// columns are mirrored, so that after duplex printing flipped on the long edge each back lands
// behind its front.
func cardSlot(i int, back bool) cardRect {
	col, r := i%cardCols, i/cardCols
	if back {
		col = cardCols - 1 - col
	}
	return cardRect{x: cardMarginX + float64(col)*(cardW+cardGapX), y: cardMarginY + float64(r)*(cardH+cardGapY), w: cardW, h: cardH}
}

// cardSeg is one line segment of a crop mark.
type cardSeg struct{ x1, y1, x2, y2 float64 }

// cropMarks are the marks of the given cards: at each corner, one short line along each edge,
// pointing away from the card. A mark is shortened where it would reach another card or the
// paper's edge, so that no mark is ever drawn inside a card.
func cropMarks(cards []cardRect) []cardSeg {
	var out []cardSeg
	for _, c := range cards {
		for _, x := range []float64{c.x, c.x + c.w} {
			// vertical marks above and below the card, on its left and right edge lines
			top, bottom := c.y-markOff-markLen, c.y+c.h+markOff+markLen
			top, bottom = max(top, markEdge), min(bottom, 297-markEdge)
			for _, o := range cards {
				if o == c || x < o.x || x > o.x+o.w {
					continue
				}
				if o.y+o.h <= c.y {
					top = max(top, o.y+o.h+markOff)
				}
				if o.y >= c.y+c.h {
					bottom = min(bottom, o.y-markOff)
				}
			}
			if top < c.y-markOff {
				out = append(out, cardSeg{x, top, x, c.y - markOff})
			}
			if bottom > c.y+c.h+markOff {
				out = append(out, cardSeg{x, c.y + c.h + markOff, x, bottom})
			}
		}
		for _, y := range []float64{c.y, c.y + c.h} {
			// horizontal marks left and right of the card, on its top and bottom edge lines
			left, right := c.x-markOff-markLen, c.x+c.w+markOff+markLen
			left, right = max(left, markEdge), min(right, 210-markEdge)
			for _, o := range cards {
				if o == c || y < o.y || y > o.y+o.h {
					continue
				}
				if o.x+o.w <= c.x {
					left = max(left, o.x+o.w+markOff)
				}
				if o.x >= c.x+c.w {
					right = min(right, o.x-markOff)
				}
			}
			if left < c.x-markOff {
				out = append(out, cardSeg{left, y, c.x - markOff, y})
			}
			if right > c.x+c.w+markOff {
				out = append(out, cardSeg{c.x + c.w + markOff, y, right, y})
			}
		}
	}
	return out
}

// The card's palette: a Chinese red, a gold rule, dark and grey text, a light red tint.
var (
	cardRed   = ink{184, 28, 36}
	cardGold  = ink{214, 168, 64}
	cardInk   = ink{33, 33, 33}
	cardGrey  = ink{96, 96, 96}
	cardWhite = ink{255, 255, 255}
	cardTint  = ink{252, 237, 233}
)

// cardBlock is one block of text in a card's flow: optionally a filled label chip before the
// first line (手机, 包联村组), a tag after it (驻村干部), or, instead of text, a row of chips
// spread over the width (the five roles).
type cardBlock struct {
	label   string
	text    string
	tag     string
	chips   []string
	size    float64 // preferred font size in pt
	min     float64 // smallest size before the whole card shrinks further
	bold    bool
	color   ink
	align   string  // "L" or "C"
	oneLine bool    // shrink to its min to stay on one line before wrapping
	labelK  float64 // label size as a share of the text size (0: 0.9)
	labelC  ink     // label colour (zero: red)
	before  float64 // space above, mm
	lineH   float64 // line height as a multiple of the font size
}

// cardPlaced is a block after layout: its font size, lines and box relative to the flow's box.
type cardPlaced struct {
	cardBlock
	fs     float64 // font size used
	ls     float64 // label and tag font size
	lines  []string
	y, h   float64 // top and height of the text lines
	labelW float64 // width of the label chip plus its gap
	tagW   float64 // width of the tag chip plus its gap
}

// smallest is the size no text goes below: past it the text wraps onto more lines instead.
// Below the scale cardScaleFloor every block has reached its own minimum, and all shrink on
// together towards smallest.
const (
	smallest       = 4.0
	cardScaleFloor = 0.5
)

// cardSize is a block's font size at a scale.
func cardSize(size, minSize, scale float64) float64 {
	fs := max(size*scale, minSize)
	if scale < cardScaleFloor {
		fs = minSize * scale / cardScaleFloor
	}
	return max(min(fs, size), smallest)
}

// cardFlow lays the blocks out in a box w × h: at the preferred sizes when they fit, else all
// shrunk together (each not below its min, then all down to 4 pt) until they do. Text wraps
// and is never cut. Room left over is spread between the blocks. Every block's lines fit the
// width, labels and tags included. fits is false when even 4 pt text is too tall for the box.
func (s *sheet) cardFlow(blocks []cardBlock, w, h float64) (placed []cardPlaced, fits bool) {
	var out []cardPlaced
	for scale := 1.0; ; scale -= 0.04 {
		out = s.cardTry(blocks, w, scale)
		total := 0.0
		atFloor := true
		for _, p := range out {
			total += p.before*min(scale, 1) + p.h
			if p.fs > smallest+0.01 {
				atFloor = false
			}
		}
		if total <= h || atFloor || scale <= 0.04 {
			// Room left over goes between the blocks, at most cardMaxGap each; the rest is
			// shared above the first block and below the last, so that the body stays centred.
			extra := max(h-total, 0)
			share := 0.0
			if len(out) > 1 {
				share = min(extra/float64(len(out)), cardMaxGap)
			}
			y := (extra - share*float64(len(out)-1)) / 2
			for i := range out {
				if i > 0 {
					y += share
				}
				y += out[i].before * min(scale, 1)
				out[i].y = y
				y += out[i].h
			}
			return out, total <= h+0.01
		}
	}
}

// cardTry wraps every block at the sizes of one scale.
func (s *sheet) cardTry(blocks []cardBlock, w, scale float64) []cardPlaced {
	doc := s.doc
	out := make([]cardPlaced, len(blocks))
	for i, b := range blocks {
		p := cardPlaced{cardBlock: b}
		p.fs = cardSize(b.size, b.min, scale)
		if b.oneLine {
			reserve := 0.0
			if b.tag != "" {
				doc.SetFont(family, "", max(min(p.fs*labelShare(b), 7), smallest))
				reserve = doc.GetStringWidth(b.tag) + 4
			}
			for doc.SetFont(family, "", p.fs); p.fs > b.min && doc.GetStringWidth(b.text) > w-reserve; doc.SetFont(family, "", p.fs) {
				p.fs = max(p.fs-0.25, b.min)
			}
		}
		p.ls = max(min(p.fs*labelShare(b), 7), smallest)
		lineH := b.lineH
		if lineH == 0 {
			lineH = 1.3
		}
		if len(b.chips) > 0 {
			// the row must fit the width: shrink it further where it does not
			if tw := chipRowWidth(doc, b.chips, p.fs) + float64(len(b.chips)-1)*1.2; tw > w {
				p.fs = max(p.fs*w/tw, 3)
			}
			p.h = p.fs * mmPerPt * 1.75
			out[i] = p
			continue
		}
		if b.label != "" {
			doc.SetFont(family, "", p.ls)
			p.labelW = doc.GetStringWidth(b.label) + 2*chipPad(p.ls) + 1.2
		}
		if b.tag != "" {
			doc.SetFont(family, "", p.ls)
			p.tagW = doc.GetStringWidth(b.tag) + 2*chipPad(p.ls) + 1.5
		}
		doc.SetFont(family, "", p.fs)
		p.lines = s.fit(b.text, max(w-p.labelW-p.tagW, 4))
		p.h = float64(len(p.lines)) * p.fs * mmPerPt * lineH
		out[i] = p
	}
	return out
}

// labelShare is a block's label size as a share of its text size.
func labelShare(b cardBlock) float64 {
	if b.labelK > 0 {
		return b.labelK
	}
	return 0.9
}

// chipPad is the inner horizontal padding of a chip whose text is set at size pt.
func chipPad(size float64) float64 { return size * mmPerPt * 0.45 }

// cardDraw draws placed blocks in the box at (x, y) of width w.
func (s *sheet) cardDraw(placed []cardPlaced, x, y, w float64) {
	doc := s.doc
	for _, p := range placed {
		top := y + p.y
		if len(p.chips) > 0 {
			s.chipRow(p.chips, p.fs, p.color, x, top, w, p.h)
			continue
		}
		lineH := p.h / float64(len(p.lines))
		if p.label != "" {
			c := p.labelC
			if c == (ink{}) {
				c = cardRed
			}
			s.chip(p.label, p.ls, x, top+lineH/2, true, c)
		}
		for i, l := range p.lines {
			doc.SetFont(family, "", p.fs)
			s.cardText(p.color, p.bold, p.fs)
			doc.SetXY(x+p.labelW, top+float64(i)*lineH)
			doc.CellFormat(w-p.labelW-p.tagW, lineH, l, "", 0, p.align, false, 0, "")
			s.cardText(p.color, false, p.fs)
		}
		if p.tag != "" && len(p.lines) > 0 {
			// after the end of the last line, drawn after the text so that it reads after it
			last := p.lines[len(p.lines)-1]
			doc.SetFont(family, "", p.fs)
			tx := x + p.labelW + doc.GetStringWidth(last) + 1.5
			if p.align == "C" {
				tx = x + p.labelW + (w-p.labelW-p.tagW+doc.GetStringWidth(last))/2 + 1.5
			}
			s.chip(p.tag, p.ls, tx, top+lineH*(float64(len(p.lines))-0.44), false, cardRed)
		}
	}
}

// cardText sets the text colour and, for headings, the faux bold of fill and stroke (the font
// has no bold face); the stroke grows with the size.
func (s *sheet) cardText(c ink, bold bool, size float64) {
	s.doc.SetTextColor(c.r, c.g, c.b)
	fauxBold(s.doc, bold, size*0.012)
}

// chip draws a small rounded label whose left edge is x and vertical centre cy: filled in
// colour c with white text, or outlined in c with text in c.
func (s *sheet) chip(text string, size, x, cy float64, filled bool, c ink) float64 {
	doc := s.doc
	doc.SetFont(family, "", size)
	w := doc.GetStringWidth(text) + 2*chipPad(size)
	h := size * mmPerPt * 1.45
	doc.SetLineWidth(0.2)
	doc.SetDrawColor(c.r, c.g, c.b)
	style := "D"
	if filled {
		doc.SetFillColor(c.r, c.g, c.b)
		style = "FD"
		doc.SetTextColor(255, 255, 255)
	} else {
		doc.SetFillColor(255, 255, 255)
		doc.SetTextColor(c.r, c.g, c.b)
	}
	doc.SetTextRenderingMode(0)
	doc.RoundedRect(x, cy-h/2, w, h, h*0.3, "1234", style)
	doc.SetXY(x, cy-h/2)
	doc.CellFormat(w, h, text, "", 0, "C", false, 0, "")
	return w
}

// chipRow spreads tinted chips evenly over the width, with a dot between neighbours.
func (s *sheet) chipRow(chips []string, size float64, c ink, x, y, w, h float64) {
	doc := s.doc
	total := chipRowWidth(doc, chips, size)
	widths := make([]float64, len(chips))
	for i, t := range chips {
		doc.SetFont(family, "", size)
		widths[i] = doc.GetStringWidth(t) + 2*chipPad(size)*1.6
	}
	gap := (w - total) / float64(max(len(chips)-1, 1))
	ch := size * mmPerPt * 1.6
	cy := y + h/2
	for i, t := range chips {
		doc.SetFillColor(cardTint.r, cardTint.g, cardTint.b)
		doc.SetDrawColor(c.r, c.g, c.b)
		doc.SetLineWidth(0.15)
		doc.RoundedRect(x, cy-ch/2, widths[i], ch, ch/2, "1234", "FD")
		doc.SetFont(family, "", size)
		doc.SetTextColor(c.r, c.g, c.b)
		doc.SetTextRenderingMode(0)
		doc.SetXY(x, cy-ch/2)
		doc.CellFormat(widths[i], ch, t, "", 0, "C", false, 0, "")
		x += widths[i]
		if i < len(chips)-1 && gap > 1.5 {
			doc.SetFillColor(c.r, c.g, c.b)
			doc.Circle(x+gap/2, cy, 0.3, "F")
		}
		x += gap
	}
}

// chipRowWidth is the width of a row of chips set at size pt, without the gaps.
func chipRowWidth(doc *gofpdf.Fpdf, chips []string, size float64) float64 {
	doc.SetFont(family, "", size)
	total := 0.0
	for _, t := range chips {
		total += doc.GetStringWidth(t) + 2*chipPad(size)*1.6
	}
	return total
}
