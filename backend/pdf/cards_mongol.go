package pdf

import "strings"

// The hall's and the cadre's Mongolian on the contact cards: the Mongolian of the card's title
// above the title in the band, the hall's Mongolian name above its Chinese name on the back's
// band, and the cadre's Mongolian name in a column at the left of the front's body. Each
// prints only where it was given.

// mongolFitted draws text as a horizontal line in colour c with its box's top at y, fitted to
// w from size pt down to smallest, aligned "L", "C" or "R" in x … x+w. It gives the height it
// took, 0 (drawing nothing) for text without Mongolian.
func (s *sheet) mongolFitted(text string, x, y, w, size float64, align string, c ink) float64 {
	text = strings.TrimSpace(text)
	if !hasMongol(text) {
		return 0
	}
	doc := s.doc
	l, size, bad, err := fitMongolLine(doc, text, w, size, smallest)
	if err != nil {
		doc.SetError(err)
		return 0
	}
	s.bad = append(s.bad, bad...)
	switch align {
	case "C":
		x += (w - l.length(doc, size)) / 2
	case "R":
		x += w - l.length(doc, size)
	}
	doc.SetTextColor(c.r, c.g, c.b)
	l.drawHorizontal(doc, x, y, size)
	return mongolLineHeight(doc, size)
}

// Card name column: the Mongolian name's preferred and smallest sizes (pt), and the widest the
// column may be (mm), with the space between it and the Chinese.
const (
	cardMongolSize = 11.0
	cardMongolMin  = 6.0
	cardMongolMaxW = 16.0
	cardMongolGap  = 2.0
)

// mongolNameColumn draws the cadre's Mongolian name top to bottom at x, y in a column h mm tall
// and gives the width it takes with the gap after it (0 when there is none to draw).
func (s *sheet) mongolNameColumn(name string, x, y, h float64) float64 {
	name = strings.TrimSpace(name)
	if !hasMongol(name) {
		return 0
	}
	doc := s.doc
	cols, size, bad, err := fitMongolColumns(doc, name, cardMongolMaxW, h, cardMongolSize, cardMongolMin)
	if err != nil {
		doc.SetError(err)
		return 0
	}
	s.bad = append(s.bad, bad...)
	doc.SetTextColor(cardInk.r, cardInk.g, cardInk.b)
	drawMongolColumns(doc, cols, x, y, size)
	return mongolBlockWidth(doc, len(cols), size) + cardMongolGap
}
