package pdf

import (
	"sync"

	"golang.org/x/image/font/sfnt"
)

// bmpCoverage marks which characters of the Basic Multilingual Plane the embedded font can
// draw. Built once from the font's own character map and never changed afterwards.
var bmpCoverage = sync.OnceValue(func() *[0x10000 / 64]uint64 {
	var bits [0x10000 / 64]uint64
	f, err := sfnt.Parse(fontTTF)
	if err != nil {
		return &bits // newDoc reports a broken font; here every character counts as missing
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x10000; r++ {
		if gi, err := f.GlyphIndex(&buf, r); err == nil && gi != 0 {
			bits[r/64] |= 1 << (r % 64)
		}
	}
	return &bits
})

// drawable reports whether the embedded font has a glyph for r.
func drawable(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	return bmpCoverage()[r/64]&(1<<(r%64)) != 0
}

// Coverage lists the characters the embedded font can draw as runs of first and last character,
// in order. build/gen-ts writes it into hall (hall.Printable) and the frontend, so that a name the
// font cannot print is refused when it is typed rather than found as □ on paper.
func Coverage() [][2]rune {
	var runs [][2]rune
	for r := rune(0); r < 0x10000; r++ {
		if !drawable(r) {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1][1] == r-1 {
			runs[n-1][1] = r
		} else {
			runs = append(runs, [2]rune{r, r})
		}
	}
	return runs
}
