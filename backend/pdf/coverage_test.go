package pdf

import (
	"testing"
	"unicode"

	"halldesk/backend/hall"
)

// TestPrintableFollowsTheFont checks that hall.Printable, which forms use to refuse a name the
// documents cannot print, agrees with the embedded font for every character it can hold.
func TestPrintableFollowsTheFont(t *testing.T) {
	for r := rune(0x20); r < 0x10000; r++ {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			continue // never drawn, or drawn as a gap whatever the font
		}
		font := drawable(r)
		if hall.Printable(r) != font {
			t.Fatalf("hall.Printable(%U) = %v, the font has it: %v (run: go run ./build/gen-ts)", r, !font, font)
		}
	}
	for _, s := range []string{"王小明😀", "ᠮᠣᠩᠭᠣᠯ"} {
		if out, bad := Sanitize(s); len(bad) == 0 {
			t.Errorf("Sanitize(%q) = %q, replaced nothing", s, out)
		}
	}
}
