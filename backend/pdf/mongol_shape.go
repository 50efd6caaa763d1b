package pdf

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/harfbuzz"
	"github.com/go-text/typesetting/language"
	"github.com/jung-kurt/gofpdf"
)

// Traditional Mongolian is shaped here (joining forms, the free variation selectors, the vowel
// separator and the narrow no-break space, all through the font's own rules) and drawn as the
// outlines of the shaped glyphs (mongol_draw.go): gofpdf reaches glyphs through the character
// map only, and the positional forms have no code points. The fonts are parsed once per
// process and only when a document has Mongolian to draw, so documents without it keep their
// speed and size (nothing of the font goes into the file: the outlines are paths).

// Noto Sans Mongolian, unchanged (see fonts/LICENSE-noto-sans-mongolian.txt).
//
//go:embed fonts/NotoSansMongolian-Regular.ttf
var mongolTTF []byte

// outlineFont is a font parsed for shaping and for drawing its glyphs as paths.
type outlineFont struct {
	tag       string // the prefix of its glyphs' XObject names
	face      *font.Face
	hb        *harfbuzz.Font
	upem      float64
	asc, desc float64  // the line's extent above and below the baseline, font units (desc negative)
	paths     sync.Map // glyph id → its outline as PDF path operators, font units

	mu  sync.Mutex // the face's caches and the buffer (with its shaping plans) are not safe to share
	buf *harfbuzz.Buffer
}

// glyphOf is the glyph id f draws r with, and whether f has one.
func (f *outlineFont) glyphOf(r rune) (font.GID, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.face.NominalGlyph(r)
}

func parseOutlineFont(tag string, ttf []byte) (*outlineFont, error) {
	face, err := font.ParseTTF(bytes.NewReader(ttf))
	if err != nil {
		return nil, fmt.Errorf("加载蒙古文字体失败：%w", err)
	}
	f := &outlineFont{tag: tag, face: face, hb: harfbuzz.NewFont(face), upem: float64(face.Upem()), buf: harfbuzz.NewBuffer()}
	if ext, ok := face.FontHExtents(); ok {
		f.asc, f.desc = float64(ext.Ascender), float64(ext.Descender)
	} else {
		f.asc, f.desc = 0.8*f.upem, -0.2*f.upem
	}
	return f, nil
}

// mongolFont is the Mongolian font, parsed at its first use.
var mongolFont = sync.OnceValues(func() (*outlineFont, error) { return parseOutlineFont("Mm", mongolTTF) })

// hanFont is the Chinese font as an outline font, for Chinese, digits and Latin inside a line of
// Mongolian, which are drawn with the line (and turned with it when the line is vertical).
var hanFont = sync.OnceValues(func() (*outlineFont, error) { return parseOutlineFont("Mh", fontTTF) })

// mongolLang is the language the Mongolian runs are shaped in (OpenType's MNG system).
var mongolLang = language.NewLanguage("mn")

// shapedGlyph is one glyph of a shaped run, its advance and offsets in the font's units.
type shapedGlyph struct {
	font        *outlineFont
	id          font.GID
	adv, dx, dy float64
	cluster     int // index of the first character of the text it stands for
}

// shapeRun shapes text with f as one horizontal run, as HarfBuzz's hb-shape does with the same
// font (script guessed from the text, direction left to right); Mongolian is shaped in the
// Mongolian language system. Clusters are indices into text plus offset.
func shapeRun(f *outlineFont, text []rune, offset int) []shapedGlyph {
	f.mu.Lock()
	defer f.mu.Unlock()
	buf := f.buf
	buf.Clear()
	buf.AddRunes(text, 0, -1)
	for _, r := range text {
		if isMongolRune(r) {
			buf.Props.Language = mongolLang
			break
		}
	}
	buf.GuessSegmentProperties()
	buf.Shape(f.hb, nil)
	out := make([]shapedGlyph, len(buf.Info))
	for i, info := range buf.Info {
		p := buf.Pos[i]
		out[i] = shapedGlyph{font: f, id: info.Glyph, adv: float64(p.XAdvance), dx: float64(p.XOffset),
			dy: float64(p.YOffset), cluster: info.Cluster + offset}
	}
	return out
}

// isMongolRune reports whether r belongs to the Mongolian script's characters: the block, the
// Mongolian supplement, and the narrow no-break space used inside Mongolian words.
func isMongolRune(r rune) bool {
	return (r >= 0x1800 && r <= 0x18AF) || (r >= 0x11660 && r <= 0x1167F) || r == 0x202F
}

// hasMongol reports whether s has any Mongolian to draw.
func hasMongol(s string) bool {
	for _, r := range s {
		if r >= 0x1800 && r <= 0x18AF || r >= 0x11660 && r <= 0x1167F {
			return true
		}
	}
	return false
}

// fontRun is a stretch of text drawn with one font.
type fontRun struct {
	font       *outlineFont
	start, end int
}

// splitRuns assigns each character the font that draws it: Mongolian (and what the Mongolian
// font has, such as spaces between Mongolian words) with the Mongolian font, the rest with the
// Chinese one. A character neither has is replaced by Substitute in text and reported.
func splitRuns(mn, han *outlineFont, text []rune) ([]fontRun, []rune) {
	var runs []fontRun
	var bad []rune
	for i, r := range text {
		var f *outlineFont
		if mongolDraws(mn, text, i) {
			f = mn
		} else if _, ok := han.glyphOf(r); ok && r <= 0xFFFF {
			f = han
		} else {
			bad = append(bad, r)
			text[i], f = Substitute, han
		}
		if n := len(runs); n > 0 && runs[n-1].font == f {
			runs[n-1].end = i + 1
		} else {
			runs = append(runs, fontRun{font: f, start: i, end: i + 1})
		}
	}
	return runs, bad
}

// mongolDraws reports whether the Mongolian font draws the character at i: a Mongolian one, a
// space, or a formatting character between Mongolian ones, where the font has it.
func mongolDraws(mn *outlineFont, text []rune, i int) bool {
	r := text[i]
	_, ok := mn.glyphOf(r)
	return ok && (isMongolRune(r) || r == ' ' || mongolContext(text, i))
}

// mongolContext reports whether the character at i sits between Mongolian characters (a
// combining or formatting character the Mongolian font should take with its neighbours).
func mongolContext(text []rune, i int) bool {
	r := text[i]
	if r != 0x200C && r != 0x200D && r != 0x034F && r != 0x00A0 {
		return false
	}
	return i > 0 && isMongolRune(text[i-1])
}

// shapeLine shapes a whole line of mixed Mongolian and other text, run by run; it gives the
// text as drawn (with Substitute for what neither font has) and the characters it replaced.
func shapeLine(text string) ([]shapedGlyph, string, []rune, error) {
	mn, err := mongolFont()
	if err != nil {
		return nil, "", nil, err
	}
	rs := []rune(text)
	var han *outlineFont // parsed only for a line with Chinese (or what neither font has) in it
	for i := range rs {
		if !mongolDraws(mn, rs, i) {
			if han, err = hanFont(); err != nil {
				return nil, "", nil, err
			}
			break
		}
	}
	runs, bad := splitRuns(mn, han, rs)
	var out []shapedGlyph
	for _, run := range runs {
		g := shapeRun(run.font, rs[run.start:run.end], run.start)
		if run.font == han {
			shiftToStem(g, han)
		}
		out = append(out, g...)
	}
	return out, string(rs), bad, nil
}

// mongolStem is the height of the Mongolian font's stem above its baseline, in ems: the middle
// of its letters' ink, where the spine of a vertical column runs.
const mongolStem = 0.43

// shiftToStem lifts glyphs of the Chinese font so that their em box is centred on the
// Mongolian stem.
func shiftToStem(g []shapedGlyph, han *outlineFont) {
	hanMid := (han.asc + han.desc) / 2 / han.upem
	for i := range g {
		g[i].dy += (mongolStem - hanMid) * han.upem
	}
}

// glyphPath is glyph id's outline as PDF path operators in f's units, cached per glyph. A
// glyph without an outline (a space, a variation selector) is "".
func (f *outlineFont) glyphPath(id font.GID) string {
	if p, ok := f.paths.Load(id); ok {
		return p.(string)
	}
	var b strings.Builder
	f.mu.Lock()
	data := f.face.GlyphData(id)
	f.mu.Unlock()
	if o, ok := data.(font.GlyphOutline); ok {
		var cx, cy float32 // current point, for turning quadratic curves into cubic ones
		for _, s := range o.Segments {
			a := s.Args
			switch s.Op {
			case ot.SegmentOpMoveTo:
				if b.Len() > 0 {
					b.WriteString("h ")
				}
				writePts(&b, "m", a[0])
				cx, cy = a[0].X, a[0].Y
			case ot.SegmentOpLineTo:
				writePts(&b, "l", a[0])
				cx, cy = a[0].X, a[0].Y
			case ot.SegmentOpQuadTo:
				c1 := ot.SegmentPoint{X: cx + 2.0/3*(a[0].X-cx), Y: cy + 2.0/3*(a[0].Y-cy)}
				c2 := ot.SegmentPoint{X: a[1].X + 2.0/3*(a[0].X-a[1].X), Y: a[1].Y + 2.0/3*(a[0].Y-a[1].Y)}
				writePts(&b, "c", c1, c2, a[1])
				cx, cy = a[1].X, a[1].Y
			case ot.SegmentOpCubeTo:
				writePts(&b, "c", a[0], a[1], a[2])
				cx, cy = a[2].X, a[2].Y
			}
		}
		if b.Len() > 0 {
			b.WriteString("h")
		}
	}
	p := b.String()
	f.paths.Store(id, p)
	return p
}

// writePts writes points (rounded to a tenth of a font unit) followed by the operator.
func writePts(b *strings.Builder, op string, pts ...ot.SegmentPoint) {
	for _, p := range pts {
		b.WriteString(strconv.FormatFloat(math.Round(float64(p.X)*10)/10, 'f', -1, 64))
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(math.Round(float64(p.Y)*10)/10, 'f', -1, 64))
		b.WriteByte(' ')
	}
	b.WriteString(op)
	b.WriteByte(' ')
}

// inkBox is the box of glyph id's ink in f's units: left, bottom, right, top.
func (f *outlineFont) inkBox(id font.GID) (x0, y0, x1, y1 float64, ok bool) {
	f.mu.Lock()
	e, ok := f.face.GlyphExtents(id)
	f.mu.Unlock()
	return float64(e.XBearing), float64(e.YBearing + e.Height), float64(e.XBearing + e.Width), float64(e.YBearing), ok
}

// glyphXObject defines glyph id's outline in doc, once, as a form XObject in f's units, and
// gives its name; a glyph without an outline (a space, a variation selector) gives "".
func (f *outlineFont) glyphXObject(doc *gofpdf.Fpdf, id font.GID) string {
	p := f.glyphPath(id)
	if p == "" {
		return ""
	}
	name := f.tag + strconv.Itoa(int(id))
	if !doc.HasRawXObject(name) {
		bbox := [4]float64{-f.upem, -f.upem, 3 * f.upem, 2 * f.upem}
		if x0, y0, x1, y1, ok := f.inkBox(id); ok && x1 > x0 && y1 > y0 {
			bbox = [4]float64{math.Floor(x0) - 2, math.Floor(y0) - 2, math.Ceil(x1) + 2, math.Ceil(y1) + 2}
		}
		doc.AddRawXObject(name, bbox, []byte(p+" f"))
	}
	return name
}
