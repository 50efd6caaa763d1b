package pdf

import "github.com/jung-kurt/gofpdf"

// Document is a generated print-shop document (pocket guide, booklet, leaflet): the PDF, its
// number of PDF pages and the characters that had to be drawn as a substitute (□).
type Document struct {
	PDF     []byte
	Pages   int
	Missing []rune

	// guide is the laid-out pocket guide behind a PocketGuide document, which Booklet
	// draws again imposed on A4 sheets; nil for other documents.
	guide *guideModel
}

// uniqueRunes lists each rune once, in order of first appearance.
func uniqueRunes(rs []rune) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// fauxBold switches the faux bold used for headings (the font has no bold face): the glyphs
// are filled and stroked with a line of width lw in the current text colour.
func fauxBold(doc *gofpdf.Fpdf, on bool, lw float64) {
	if !on {
		doc.SetTextRenderingMode(0)
		return
	}
	r, g, b := doc.GetTextColor()
	doc.SetDrawColor(r, g, b)
	doc.SetLineWidth(lw)
	doc.SetTextRenderingMode(2)
}
