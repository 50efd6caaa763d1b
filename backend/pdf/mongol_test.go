package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/go-text/typesetting/font"
)

// mongolParagraph is a paragraph of the hall's Mongolian with a Chinese name, digits, a suffix
// after the narrow no-break space, a final vowel after the vowel separator and a variation
// selector, as a hall would type it.
const mongolParagraph = "ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠰᠤᠮᠤ\u202Fᠶᠢᠨ ᠠᠷᠠᠳ ᠲᠤ " +
	"ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠲᠥᠪ 便民服务中心 ᠭᠠᠴᠠᠭ\u180Eᠠ ᠳᠠᠭ\u180Bᠠ ᠡᠳᠦᠷ 8:30 ᠡᠴᠡ 17:30 ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠠᠵᠢᠯᠯᠠᠨ᠎ᠠ"

// TestMongolVerticalLayout sets a paragraph in columns on an A5 page and reads back what was
// drawn (each glyph's placement from the page's content, each column ending with its text
// layer): the columns advance left to right without overlapping, glyphs run top to bottom
// inside their column's box and the page, the Chinese and digits among them turned with the
// Mongolian, and the columns hold the whole text in order.
func TestMongolVerticalLayout(t *testing.T) {
	doc, err := newDocSize("t", "A5")
	if err != nil {
		t.Fatal(err)
	}
	doc.SetCompression(false)
	doc.AddPage()
	const x, y, w, h = 15.0, 20.0, 118.0, 60.0
	cols, size, bad, err := fitMongolColumns(doc, mongolParagraph, w, h, 14, 8)
	if err != nil || len(bad) > 0 {
		t.Fatalf("fit: %v, replaced %q", err, bad)
	}
	if len(cols) < 3 {
		t.Fatalf("%d columns, want the paragraph broken into several", len(cols))
	}
	var joined string
	for _, c := range cols {
		joined += c.text
	}
	if compact(joined) != compact(mongolParagraph) {
		t.Fatalf("columns hold %q, want %q", joined, mongolParagraph)
	}
	drawMongolColumns(doc, cols, x, y, size)
	data, err := output(doc)
	if err != nil {
		t.Fatal(err)
	}
	mn, _ := mongolFont()
	han, _ := hanFont()
	k := doc.GetConversionRatio()
	pageW, pageH := doc.GetPageSize()
	cw := mongolColumnWidth(doc, size)
	draws := regexp.MustCompile(`q ([-\d. ]+) cm /M([mh])(\d+) Do Q|BDC`).FindAllStringSubmatch(string(data), -1)
	col, glyphs, hanGlyphs := 0, 0, 0
	prevRight, prevTop := -1.0, -1.0
	colLeft, colRight := 1e9, -1e9
	for _, d := range draws {
		if d[0] == "BDC" { // the column's text layer: the column is done
			if colLeft <= prevRight {
				t.Errorf("column %d starts at %.2f mm, left of the one before it ending at %.2f mm", col, colLeft, prevRight)
			}
			prevRight, prevTop, colLeft, colRight = colRight, -1, 1e9, -1e9
			col++
			continue
		}
		glyphs++
		var m [6]float64
		for i, f := range strings.Fields(d[1]) {
			m[i], _ = strconv.ParseFloat(f, 64)
		}
		f := mn
		if d[2] == "h" {
			f = han
			hanGlyphs++
		}
		if m[0] != 0 || m[3] != 0 || m[1] >= 0 || m[2] <= 0 { // Chinese and digits turn with the line
			t.Errorf("column %d: glyph M%s%s not turned a quarter clockwise: %v", col, d[2], d[3], m)
		}
		id, _ := strconv.Atoi(d[3])
		x0, y0, x1, y1, ok := f.inkBox(font.GID(id))
		if !ok {
			continue
		}
		top := pageH - m[5]/k
		if top < prevTop-0.01 {
			t.Errorf("column %d: glyph %d at %.2f mm above the one before it (%.2f mm)", col, id, top, prevTop)
		}
		prevTop = top
		left := x + float64(col)*cw*(1+mongolGap)
		for _, p := range [][2]float64{{x0, y0}, {x1, y1}, {x0, y1}, {x1, y0}} {
			px := (m[0]*p[0] + m[2]*p[1] + m[4]) / k
			py := pageH - (m[1]*p[0]+m[3]*p[1]+m[5])/k
			colLeft, colRight = min(colLeft, px), max(colRight, px)
			if px < 0 || px > pageW || py < 0 || py > pageH {
				t.Fatalf("column %d glyph %d ink at %.1f,%.1f mm, off the page", col, id, px, py)
			}
			if px < left-0.01 || px > left+cw+0.01 || py < y-0.5 || py > y+h+0.5 {
				t.Errorf("column %d glyph %d ink at %.1f,%.1f mm, outside its column %.1f–%.1f × %.1f–%.1f",
					col, id, px, py, left, left+cw, y, y+h)
			}
		}
	}
	if hanGlyphs < len([]rune("便民服务中心")) {
		t.Errorf("%d glyphs of the Chinese font, want the Chinese and the digits drawn in the columns", hanGlyphs)
	}
	if col != len(cols) || glyphs < len([]rune(mongolParagraph))/2 {
		t.Errorf("read back %d columns of %d glyphs, laid out %d columns", col, glyphs, len(cols))
	}
	if right := x + mongolBlockWidth(doc, len(cols), size); right > x+w+0.01 {
		t.Errorf("columns end at %.1f mm, the box at %.1f mm", right, x+w)
	}
}

// TestMongolTextLayer draws a horizontal line and a block of columns and reads them back with
// pdftotext: every Mongolian and Chinese character comes back in order, no □, and what neither
// font has (an emoji, an extension-B character) is reported and printed as □, nothing lost.
func TestMongolTextLayer(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	doc.AddPage()
	line := "ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ 锡林郭勒盟"
	l, bad, err := shapeMongolLine(line)
	if err != nil || len(bad) > 0 {
		t.Fatalf("shape: %v %q", err, bad)
	}
	l.drawHorizontal(doc, 20, 20, 16)
	cols, size, bad, err := fitMongolColumns(doc, mongolParagraph, 170, 120, 16, 8)
	if err != nil || len(bad) > 0 {
		t.Fatalf("fit: %v %q", err, bad)
	}
	drawMongolColumns(doc, cols, 20, 60, size)
	odd := "ᠮᠣᠩᠭᠣᠯ😀𠀀ᠪᠢᠴᠢᠭ"
	lo, bad, err := shapeMongolLine(odd)
	if err != nil {
		t.Fatal(err)
	}
	if string(bad) != "😀𠀀" {
		t.Errorf("replaced %q, want the emoji and the extension-B character", bad)
	}
	lo.drawHorizontal(doc, 20, 200, 16)
	data, err := output(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := compact(pdfText(t, data))
	for _, want := range []string{line, mongolParagraph, "ᠮᠣᠩᠭᠣᠯ□□ᠪᠢᠴᠢᠭ"} {
		if !strings.Contains(got, compact(want)) {
			t.Errorf("pdftotext lacks %q in order:\n%s", want, got)
		}
	}
	if strings.Count(got, "□") != 2 {
		t.Errorf("pdftotext has %d □, want the 2 substitutes:\n%s", strings.Count(got, "□"), got)
	}
}

// TestMongolLeavesOtherDocumentsAlone checks that text without Mongolian is not taken for it.
func TestMongolLeavesOtherDocumentsAlone(t *testing.T) {
	for _, s := range []string{"", "服务大厅", "ABC 123", "😀𠀀"} {
		if hasMongol(s) {
			t.Errorf("hasMongol(%q) = true", s)
		}
	}
	if !hasMongol("服务 ᠰᠤᠮᠤ") {
		t.Error("hasMongol misses Mongolian")
	}
}
