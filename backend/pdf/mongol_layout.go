package pdf

import (
	"strings"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// Layout of Mongolian text: single lines (set horizontally above the Chinese they stand
// beside, or as one vertical column) and blocks of vertical columns, top to bottom, the
// columns advancing left to right. A column breaks at spaces between words and between Chinese
// characters, never inside a Mongolian word (nor at the narrow no-break space that joins a
// suffix to it) unless the word alone is longer than the column.

// mongolBreaks splits text into pieces a column may end after: each word with the space that
// follows it, and each Chinese character on its own.
func mongolBreaks(text string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range text {
		switch {
		case r == ' ' || r == '\t':
			cur = append(cur, ' ')
			flush()
		case unicode.Is(unicode.Han, r):
			flush()
			cur = append(cur, r)
			flush()
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return out
}

// mongolColumns breaks text into lines no longer than colLen (document units) at size pt, a
// line break in the text starting a new column, and reports the characters it replaced.
func mongolColumns(doc *gofpdf.Fpdf, text string, size, colLen float64) ([]mongolLine, []rune, error) {
	var cols []mongolLine
	var bad []rune
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		var cur string
		emit := func() error {
			if strings.TrimSpace(cur) == "" {
				return nil
			}
			l, b, err := shapeMongolLine(strings.TrimRight(cur, " "))
			if err != nil {
				return err
			}
			l.text += " " // the space the column ended at, so that copied columns keep their words apart
			cols, bad, cur = append(cols, l), append(bad, b...), ""
			return nil
		}
		measure := func(t string) (float64, error) {
			l, _, err := shapeMongolLine(strings.TrimRight(t, " "))
			return l.length(doc, size), err
		}
		for _, piece := range mongolBreaks(para) {
			cand := cur + piece
			n, err := measure(cand)
			if err != nil {
				return nil, nil, err
			}
			if cur != "" && n > colLen {
				if err := emit(); err != nil {
					return nil, nil, err
				}
				cand = piece
				if n, err = measure(cand); err != nil {
					return nil, nil, err
				}
			}
			cur = cand
			if n > colLen { // one word longer than the column: break it where it must
				rest, err := splitLongWord(doc, cur, size, colLen, func(part string) error { cur = part; return emit() })
				if err != nil {
					return nil, nil, err
				}
				cur = rest
			}
		}
		if err := emit(); err != nil {
			return nil, nil, err
		}
	}
	return cols, bad, nil
}

// splitLongWord emits the longest leading parts of word that fit colLen and returns what is
// left, which fits.
func splitLongWord(doc *gofpdf.Fpdf, word string, size, colLen float64, emit func(string) error) (string, error) {
	rs := []rune(word)
	for {
		l, _, err := shapeMongolLine(strings.TrimRight(string(rs), " "))
		if err != nil {
			return "", err
		}
		if l.length(doc, size) <= colLen || len(rs) <= 1 {
			return string(rs), nil
		}
		n := 1
		for n < len(rs) {
			p, _, err := shapeMongolLine(string(rs[:n+1]))
			if err != nil {
				return "", err
			}
			if p.length(doc, size) > colLen {
				break
			}
			n++
		}
		if err := emit(string(rs[:n])); err != nil {
			return "", err
		}
		rs = rs[n:]
	}
}

// mongolColumnWidth is the width of one vertical column of Mongolian at size pt, document units.
func mongolColumnWidth(doc *gofpdf.Fpdf, size float64) float64 {
	_, box := mongolExtent()
	return box * size / doc.GetConversionRatio()
}

// mongolGap is the space between two columns, as a share of a column's width.
const mongolGap = 0.25

// fitMongolColumns sets text in vertical columns inside w by h (document units), at size pt or,
// where it does not fit, smaller down to minSize (where it is cut at the last column that fits).
// It gives the columns, the size they take, and the characters it replaced.
func fitMongolColumns(doc *gofpdf.Fpdf, text string, w, h, size, minSize float64) ([]mongolLine, float64, []rune, error) {
	for {
		cols, bad, err := mongolColumns(doc, text, size, h)
		if err != nil {
			return nil, 0, nil, err
		}
		if mongolBlockWidth(doc, len(cols), size) <= w || size-0.5 < minSize {
			for len(cols) > 1 && mongolBlockWidth(doc, len(cols), size) > w {
				cols = cols[:len(cols)-1]
			}
			return cols, size, bad, nil
		}
		size -= 0.5
	}
}

// mongolBlockWidth is the width n columns take at size.
func mongolBlockWidth(doc *gofpdf.Fpdf, n int, size float64) float64 {
	if n == 0 {
		return 0
	}
	cw := mongolColumnWidth(doc, size)
	return float64(n)*cw + float64(n-1)*cw*mongolGap
}

// drawMongolColumns draws the columns top to bottom from y, the first with its left edge at x
// and each next one to its right.
func drawMongolColumns(doc *gofpdf.Fpdf, cols []mongolLine, x, y, size float64) {
	cw := mongolColumnWidth(doc, size)
	for i, c := range cols {
		c.drawVertical(doc, x+float64(i)*cw*(1+mongolGap), y, size)
	}
}

// fitMongolLine shapes text as one horizontal line and the size (from size down to minSize)
// at which it fits width; it reports the characters it replaced.
func fitMongolLine(doc *gofpdf.Fpdf, text string, width, size, minSize float64) (mongolLine, float64, []rune, error) {
	l, bad, err := shapeMongolLine(text)
	if err != nil {
		return l, 0, nil, err
	}
	for size > minSize && l.length(doc, size) > width {
		size -= 0.5
	}
	return l, size, bad, nil
}

// mongolLineHeight is the height of a horizontal line of Mongolian at size pt, document units.
func mongolLineHeight(doc *gofpdf.Fpdf, size float64) float64 {
	return (horizontalAbove + horizontalBelow) * size / doc.GetConversionRatio()
}
