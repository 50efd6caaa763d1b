package pdf

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
)

// The line-breaking property: for any text (after Sanitize) and any width, Wrap
//   - does not panic;
//   - loses nothing: per paragraph (Wrap breaks hard at "\n"), joining the lines gives the
//     paragraph back exactly, and Wrap of the whole text is the paragraphs' lines in order;
//   - keeps the 避头尾 rules without exception: within a paragraph no line but the first starts
//     with a closing mark (noLineStart) and no line but the last ends with an opening mark
//     (noLineEnd);
//   - keeps to the width, with two exceptions that follow from the rules: closing marks at a
//     line's end may hang past the margin (悬挂), and a line may overflow where it has no
//     legal break at all (a run of opening marks with what follows them, or a single
//     character wider than the line). Precisely: the line without its trailing closing marks
//     fits, or has at most one character, or has no position where a break would be legal.

func isClosing(r rune) bool { return strings.ContainsRune(noLineStart, r) }
func isOpening(r rune) bool { return strings.ContainsRune(noLineEnd, r) }

// checkWrap checks the property for one text and width at the document's current font and
// returns what is wrong, or "".
func checkWrap(doc *gofpdf.Fpdf, text string, width float64) string {
	lines := Wrap(doc, text, width)
	var want []string
	for _, para := range strings.Split(text, "\n") {
		pl := Wrap(doc, para, width)
		if got := strings.Join(pl, ""); got != para {
			return "lost characters: got " + quote(got) + " want " + quote(para)
		}
		for i, l := range pl {
			r := []rune(l)
			if len(r) == 0 && len(pl) > 1 {
				return "empty line inside a paragraph: " + quote(strings.Join(pl, "|"))
			}
			if i > 0 && len(r) > 0 && isClosing(r[0]) {
				return "line starts with a closing mark: " + quote(strings.Join(pl, "|"))
			}
			if i < len(pl)-1 && len(r) > 0 && isOpening(r[len(r)-1]) {
				return "line ends with an opening mark: " + quote(strings.Join(pl, "|"))
			}
			body := []rune(strings.TrimRight(l, noLineStart))
			if len(body) > 1 && doc.GetStringWidth(string(body)) > width+0.01 && hasLegalBreak(r) {
				return "line too wide though it could break: " + quote(l)
			}
		}
		want = append(want, pl...)
	}
	if strings.Join(lines, "\x00") != strings.Join(want, "\x00") {
		return "Wrap of the whole text differs from Wrap of its paragraphs"
	}
	return ""
}

// hasLegalBreak reports whether the line could be broken somewhere inside without breaking
// the 避头尾 rules.
func hasLegalBreak(r []rune) bool {
	for p := 1; p < len(r); p++ {
		if !isClosing(r[p]) && !isOpening(r[p-1]) {
			return true
		}
	}
	return false
}

func quote(s string) string {
	if utf8.RuneCountInString(s) > 300 {
		s = string([]rune(s)[:300]) + "…"
	}
	return "«" + s + "»"
}

// randomText draws tokens from every class the wrapper must cope with: CJK ideographs,
// Chinese and Latin punctuation (the 避头尾 sets included, often in runs), digits and numbers
// with separators, Latin words, spaces, newlines, control characters, emoji in and above the
// BMP and rare ideographs above U+FFFF.
func randomText(rng *rand.Rand) string {
	const (
		cnPunct    = "，。、；：？！…—·《》（）「」『』【】“”‘’〔〕"
		latinPunct = ".,;:?!()[]{}'\"-/%*@#&_+=<>"
		bmpEmoji   = "☀☎✂✈☺★♥✔⚠"
	)
	pick := func(set string) rune { r := []rune(set); return r[rng.IntN(len(r))] }
	var b strings.Builder
	tokens := rng.IntN(60)
	for range tokens {
		switch c := rng.IntN(100); {
		case c < 35:
			for range 1 + rng.IntN(12) {
				b.WriteRune(rune(0x4E00 + rng.IntN(0x9FA5-0x4E00)))
			}
		case c < 47:
			for range 1 + rng.IntN(3) {
				b.WriteRune(pick(cnPunct))
			}
		case c < 52:
			for range 1 + rng.IntN(6) { // runs of the marks the rules are about
				b.WriteRune(pick(noLineStart + noLineEnd))
			}
		case c < 58:
			b.WriteRune(pick(latinPunct))
		case c < 66:
			for range 1 + rng.IntN(14) {
				b.WriteRune(rune('0' + rng.IntN(10)))
				if rng.IntN(5) == 0 {
					b.WriteRune(pick(":.,-"))
				}
			}
		case c < 77:
			for range 1 + rng.IntN(16) {
				b.WriteRune(rune('a' + rng.IntN(26)))
			}
		case c < 85:
			b.WriteRune(pick(" 　  "))
		case c < 87:
			b.WriteRune('\n')
		case c < 89:
			b.WriteRune(rune(rng.IntN(0x20))) // control characters
		case c < 92:
			b.WriteRune(pick(bmpEmoji))
		case c < 96:
			b.WriteRune(rune(0x1F300 + rng.IntN(0x300))) // emoji above the BMP
		default:
			b.WriteRune(rune(0x20000 + rng.IntN(0xA6DF))) // CJK extension B
		}
	}
	return b.String()
}

func TestWrapProperty(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(20261125, 4))
	n := 4000
	if testing.Short() {
		n = 500
	}
	failures := 0
	for i := range n {
		text, _ := Sanitize(randomText(rng))
		width := 5 + rng.Float64()*115
		size := 6 + float64(rng.IntN(21))*0.5
		doc.SetFont(family, "", size)
		if msg := checkWrap(doc, text, width); msg != "" {
			t.Errorf("case %d (width %.2f mm, %.1f pt): %s\ntext: %s", i, width, size, msg, quote(text))
			if failures++; failures > 5 {
				t.FailNow()
			}
		}
	}
}

// TestWrapUnsanitized: characters above U+FFFF make gofpdf's width lookup panic; Wrap measures
// them as the substitute instead, so that even unsanitized text cannot bring a document down.
func TestWrapUnsanitized(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	text := "王𠀀明😀，ABC"
	if got := strings.Join(Wrap(doc, text, 8), ""); got != text {
		t.Fatalf("got %q", got)
	}
}

// FuzzWrap runs the property over fuzzed text and widths:
//
//	go test ./backend/pdf -run '^$' -fuzz FuzzWrap -fuzztime 30s
func FuzzWrap(f *testing.F) {
	doc, err := newDoc("t")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"城乡居民基本医疗保险，每年9月1日至12月31日集中缴费（次年1月1日起享受待遇）。",
		"工作时间8:30-12:00，14:30-17:30。咨询电话0477-8612345，ABC word stays whole。",
		"（（（（（（字。。。。。。」」」", "“引号”‘单引号’《书名》【括号】……——", "a\nb\n\n，。", "𠀀😀☀\x01\t",
	} {
		f.Add(s, uint8(40), uint8(22))
	}
	f.Fuzz(func(t *testing.T, s string, w, size uint8) {
		text, _ := Sanitize(s)
		width := 5 + float64(w)*115/255
		doc.SetFont(family, "", 6+float64(size%21)*0.5)
		if msg := checkWrap(doc, text, width); msg != "" {
			t.Fatalf("width %.2f: %s\ntext: %s", width, msg, quote(text))
		}
	})
}
