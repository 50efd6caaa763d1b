package pdf

import (
	"strings"
	"unicode"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// Substitute replaces characters the document cannot draw: those the embedded font lacks (such
// as traditional Mongolian script), those above U+FFFF (which make gofpdf panic) and control
// characters.
const Substitute = '□'

// Sanitize makes s safe to draw and reports the characters it replaced.
func Sanitize(s string) (string, []rune) {
	var bad []rune
	out := strings.Map(func(r rune) rune {
		if !hall.Printable(r) { // the font's coverage, generated into hall so forms can check names
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
			cw := runeWidth(doc, rs[end])
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

// runeWidth is the width of one character at the current font. Characters above U+FFFF are
// measured as the substitute they are drawn as (gofpdf's own lookup panics on them).
func runeWidth(doc *gofpdf.Fpdf, r rune) float64 {
	if r > 0xFFFF {
		r = Substitute
	}
	return doc.GetStringWidth(string(r))
}

// adjustBreak moves a break at end backwards so that no word is split, no closing mark starts
// the next line and no opening mark ends this one. Where that would empty the line, the word
// is split instead, and the break moves forwards past closing marks, which hang past the
// margin (悬挂) rather than start a line, and past opening marks, which never end a line even
// where a run of them is wider than the line (fitText breaks that by character).
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
	for end < len(rs) && (strings.ContainsRune(noLineStart, rs[end]) || strings.ContainsRune(noLineEnd, rs[end-1])) {
		end++
	}
	return end
}

func isWordRune(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '*')
}

// fitText wraps text to width at the current font so that no line is wider than width, not even
// with the closing marks Wrap lets hang past the margin, and no character is lost.
func fitText(doc *gofpdf.Fpdf, text string, width float64) []string {
	w := width
	var lines []string
	for i := 0; i < 8; i++ {
		lines = Wrap(doc, text, w)
		over := 0.0
		for _, l := range lines {
			if d := doc.GetStringWidth(l) - width; d > over {
				over = d
			}
		}
		if over <= 0.01 {
			return lines
		}
		if w-over < 4 {
			break
		}
		w -= over
	}
	// A run of closing marks too long to hang: break it by character as a last resort.
	var out []string
	for _, l := range lines {
		var cur []rune
		for _, r := range l {
			if len(cur) > 0 && doc.GetStringWidth(string(append(cur, r))) > width {
				out = append(out, string(cur))
				cur = cur[:0]
			}
			cur = append(cur, r)
		}
		out = append(out, string(cur))
	}
	return out
}
