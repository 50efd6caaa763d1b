package pdf

import (
	"strings"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// Substitute replaces characters the document cannot draw (above U+FFFF, which makes gofpdf
// panic) and control characters.
const Substitute = '□'

// Sanitize makes s safe to draw and reports the characters it replaced.
func Sanitize(s string) (string, []rune) {
	var bad []rune
	out := strings.Map(func(r rune) rune {
		if r > 0xFFFF || (unicode.IsControl(r) && r != '\n') {
			bad = append(bad, r)
			return Substitute
		}
		return r
	}, s)
	return out, bad
}

// noLineStart are closing marks that must not begin a line; noLineEnd opening marks that must
// not end one (避头尾).
const (
	noLineStart = "，。、；：？！）》」』】”’….,;:?!)]}%"
	noLineEnd   = "（《「『【“‘([{"
)

// Wrap breaks text into lines no wider than width (in the document's unit) at the current font.
// It breaks between CJK characters, keeps Latin words and numbers whole where they fit, keeps
// closing punctuation off a line's start and opening punctuation off its end, and never drops
// a character.
func Wrap(doc *gofpdf.Fpdf, text string, width float64) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, wrapPara(doc, []rune(para), width)...)
	}
	return lines
}

func wrapPara(doc *gofpdf.Fpdf, rs []rune, width float64) []string {
	if len(rs) == 0 {
		return []string{""}
	}
	var lines []string
	start := 0
	for start < len(rs) {
		end := start
		w := 0.0
		for end < len(rs) {
			cw := doc.GetStringWidth(string(rs[end]))
			if w+cw > width && end > start {
				break
			}
			w += cw
			end++
		}
		if end < len(rs) {
			end = adjustBreak(rs, start, end)
		}
		lines = append(lines, string(rs[start:end]))
		start = end
	}
	return lines
}

// adjustBreak moves a break at end backwards so that no word is split, no closing mark starts
// the next line and no opening mark ends this one. Where that would empty the line, the word
// is split instead, and closing marks hang past the margin (悬挂) rather than start a line.
func adjustBreak(rs []rune, start, end int) int {
	for b := end; b > start; b-- {
		prev, next := rs[b-1], rs[b]
		switch {
		case strings.ContainsRune(noLineStart, next), strings.ContainsRune(noLineEnd, prev):
		case isWordRune(prev) && isWordRune(next):
		case unicode.IsDigit(next) && strings.ContainsRune(":.,", prev) && b-2 >= start && unicode.IsDigit(rs[b-2]):
			// keep times and numbers such as 8:30 or 1,500.00 whole
		default:
			return b
		}
	}
	for end < len(rs) && strings.ContainsRune(noLineStart, rs[end]) {
		end++
	}
	return end
}

func isWordRune(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '*')
}
