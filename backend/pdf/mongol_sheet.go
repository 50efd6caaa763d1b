package pdf

import (
	"strings"

	"halldesk/backend/hall"
)

// The hall's Mongolian on the counter and petition documents: set horizontally, each line
// above the Chinese it stands for (the hall's name above the hall's name, the title's Mongolian
// above the title), centred like them. A line prints only where the hall supplied its text.

// withMongol gives the sheet the hall's Mongolian texts.
func (s *sheet) withMongol(m hall.MongolianTexts) {
	s.mn = m

}

// mongolCentred draws text as one horizontal line centred on the content width, at size pt or
// smaller until it fits (down to 6 pt) between the query code's corners where the title has
// them, and moves below it; text without Mongolian draws nothing.
func (s *sheet) mongolCentred(text string, size float64, corners bool) {
	text = strings.TrimSpace(text)
	if !hasMongol(text) {
		return
	}
	doc, st := s.doc, s.st
	width := st.width
	if corners && s.query != "" {
		width -= 2 * 36 // the query code's text at the left, its QR code at the right
	}
	l, size, bad, err := fitMongolLine(doc, text, width, size, 6)
	if err != nil {
		doc.SetError(err)
		return
	}
	s.bad = append(s.bad, bad...)
	y := doc.GetY()
	l.drawHorizontal(doc, st.margin+(st.width-l.length(doc, size))/2, y, size)
	doc.SetXY(st.margin, y+mongolLineHeight(doc, size))
}
