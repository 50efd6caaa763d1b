package pdf

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"halldesk/backend/internal/testtools"
)

// Mongolian letters of the Unicode block: the Hudum letters, then Todo, Sibe and Manchu, and
// the Ali Gali letters, with the partners the generated words put around them.
const (
	mvs   = "\u180E"
	nnbsp = "\u202F"
)

var fvsMarks = []string{"\u180B", "\u180C", "\u180D", "\u180F"} // FVS1, FVS2, FVS3, FVS4

func mongolLetters() []string {
	var ls []string
	for r := rune(0x1820); r <= 0x1878; r++ {
		ls = append(ls, string(r))
	}
	for r := rune(0x1880); r <= 0x18AA; r++ {
		ls = append(ls, string(r))
	}
	return ls
}

// realMongolWords are words and phrases of the hall's own world (its name, places, the words of
// its documents), some with suffixes joined by the narrow no-break space and final vowels after
// the vowel separator.
var realMongolWords = []string{
	"ᠮᠣᠩᠭᠣᠯ", "ᠪᠢᠴᠢᠭ", "ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ", "ᠬᠣᠰᠢᠭᠤ", "ᠰᠤᠮᠤ", "ᠭᠠᠴᠠᠭ᠎ᠠ", "ᠠᠷᠠᠳ", "ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ",
	"ᠲᠥᠪ", "ᠠᠵᠢᠯ", "ᠭᠠᠵᠠᠷ", "ᠴᠠᠭ", "ᠤᠲᠠᠰᠤ", "ᠬᠠᠶᠢᠭ", "ᠨᠡᠶᠢᠭᠡᠮ", "ᠪᠠᠶᠢᠭᠤᠯᠭ᠎ᠠ", "ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ",
	"ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ", "ᠬᠦᠮᠦᠨ", "ᠨᠡᠷ᠎ᠡ", "ᠡᠮᠨᠡᠯᠭᠡ", "ᠰᠤᠷᠭᠠᠭᠤᠯᠢ", "ᠮᠠᠯᠴᠢᠨ", "ᠲᠠᠷᠢᠶᠠᠴᠢᠨ",
	"ᠨᠢᠭᠡ", "ᠬᠣᠶᠠᠷ", "ᠭᠤᠷᠪᠠ", "ᠳᠥᠷᠪᠡ", "ᠲᠠᠪᠤ", "ᠵᠢᠷᠭᠤᠭ᠎ᠠ", "ᠳᠣᠯᠣᠭ᠎ᠠ", "ᠨᠠᠢᠮᠠ", "ᠶᠢᠰᠦ", "ᠠᠷᠪᠠ",
	"ᠡᠳᠦᠷ", "ᠰᠠᠷ᠎ᠠ", "ᠵᠢᠯ", "ᠭᠠᠷᠠᠭ", "ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ", "ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ", "ᠬᠠᠷᠢᠭᠤ", "ᠮᠡᠳᠡᠭᠳᠡᠯ",
	"ᠪᠦᠷᠢᠳᠬᠡᠯ", "ᠭᠡᠷ", "ᠮᠠᠯ", "ᠳᠠᠷᠤᠭ᠎ᠠ", "ᠬᠠᠷᠢᠶ᠎ᠠ", "ᠲᠥᠷᠥ", "ᠪᠠᠭᠠᠲᠤᠷ", "ᠴᠢᠩᠭᠢᠰ", "ᠬᠥᠬᠡᠬᠣᠲᠠ",
	"ᠣᠷᠳᠣᠰ", "ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ", "ᠴᠢᠬᠤᠯᠠ", "ᠮᠡᠳᠡᠭᠡ", "ᠲᠤᠰᠠᠯᠠᠮᠵᠢ", "ᠪᠣᠳᠣᠯᠭ᠎ᠠ", "ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ",
	"ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ", "ᠬᠠᠮᠢᠶᠠᠷᠤᠯ", "ᠲᠡᠳᠬᠦᠯᠭᠡ", "ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ", "ᠲᠡᠲᠡᠭᠦᠯᠢ", "ᠠᠮᠢᠳᠤᠷᠠᠯ",
	"ᠦᠨᠡᠮᠯᠡᠬᠦ", "ᠪᠢᠴᠢᠭ ᠮᠡᠳᠡᠭᠳᠡᠯ", "ᠭᠠᠷ ᠤᠲᠠᠰᠤ", "ᠬᠢᠨᠠᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ", "ᠰᠠᠨᠠᠯ ᠬᠦᠰᠡᠯᠲᠡ",
	"ᠮᠣᠩᠭᠣᠯ" + nnbsp + "ᠤᠨ", "ᠪᠢᠴᠢᠭ" + nnbsp + "ᠢᠶᠡᠷ", "ᠠᠷᠠᠳ" + nnbsp + "ᠤᠨ", "ᠬᠣᠰᠢᠭᠤ" + nnbsp + "ᠶᠢᠨ",
	"ᠰᠤᠮᠤ" + nnbsp + "ᠶᠢᠨ", "ᠭᠠᠵᠠᠷ" + nnbsp + "ᠲᠤ", "ᠡᠳᠦᠷ" + nnbsp + "ᠦᠨ", "ᠨᠡᠷ᠎ᠡ" + nnbsp + "ᠶᠢᠨ",
	"ᠬᠦᠮᠦᠨ" + nnbsp + "ᠢ", "ᠠᠵᠢᠯ" + nnbsp + "ᠤᠨ", "ᠭᠡᠷ" + nnbsp + "ᠲᠦ", "ᠲᠥᠪ" + nnbsp + "ᠦᠨ",
	"ᠪᠠᠶᠢᠭᠤᠯᠭ᠎ᠠ" + nnbsp + "ᠶᠢᠨ", "ᠰᠤᠷᠭᠠᠭᠤᠯᠢ" + nnbsp + "ᠳᠤ", "ᠤᠲᠠᠰᠤ" + nnbsp + "ᠪᠠᠷ",
	"ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ 2026", "ᠰᠤᠮᠤ 服务大厅", "ᠡᠳᠦᠷ 8:30",
}

// mongolCorpus builds the oracle's words: every letter isolated, initial, medial and final
// beside back, front and consonant partners; every letter with every variation selector in
// every position; every letter before the vowel separator with a final a or e; the real words
// above; and the EAC test words (testdata/mongol_eac_hud.txt).
func mongolCorpus(t *testing.T) []string {
	t.Helper()
	var words []string
	partners := []string{"", "ᠠ", "ᠡ", "ᠯ"}
	for _, l := range mongolLetters() {
		for _, p := range partners {
			for _, s := range partners {
				words = append(words, p+l+s)
			}
		}
		for _, f := range fvsMarks {
			for _, p := range []string{"", "ᠠ", "ᠡ"} {
				for _, s := range []string{"", "ᠠ", "ᠢ"} {
					words = append(words, p+l+f+s)
				}
			}
		}
		for _, p := range []string{"", "ᠠ", "ᠡ"} {
			words = append(words, p+l+mvs+"ᠠ", p+l+mvs+"ᠡ")
		}
		words = append(words, "ᠮᠣᠩᠭᠣᠯ"+nnbsp+l, l+nnbsp+"ᠶᠢᠨ")
	}
	words = append(words, realMongolWords...)
	f, err := os.Open(filepath.Join("testdata", "mongol_eac_hud.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := sc.Text(); w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	return words
}

// hbGlyph is one glyph of hb-shape's JSON output.
type hbGlyph struct {
	G  int `json:"g"`
	Cl int `json:"cl"`
	Dx int `json:"dx"`
	Dy int `json:"dy"`
	Ax int `json:"ax"`
}

// TestMongolShapingOracle shapes every word of the corpus with HallDesk's shaper and with
// HarfBuzz's hb-shape on the same font file, and requires the same glyphs, clusters, advances
// and offsets for every word.
func TestMongolShapingOracle(t *testing.T) {
	testtools.Need(t, "hb-shape")
	words := mongolCorpus(t)
	if len(words) < 500 {
		t.Fatalf("corpus has %d words, want at least 500", len(words))
	}
	dir := t.TempDir()
	fontPath := filepath.Join(dir, "mongol.ttf")
	textPath := filepath.Join(dir, "words.txt")
	if err := os.WriteFile(fontPath, mongolTTF, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(textPath, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("hb-shape", "--no-glyph-names", "--output-format=json", "--language=mn",
		"--text-file="+textPath, fontPath).Output()
	if err != nil {
		t.Fatalf("hb-shape: %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(words) {
		t.Fatalf("hb-shape gave %d lines for %d words", len(lines), len(words))
	}
	mn, err := mongolFont()
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for i, w := range words {
		var want []hbGlyph
		if err := json.Unmarshal([]byte(lines[i]), &want); err != nil {
			t.Fatalf("word %d %q: %v in %s", i, w, err, lines[i])
		}
		got := shapeRun(mn, []rune(w), 0)
		if !sameShaping(got, want) {
			bad++
			if bad <= 10 {
				t.Errorf("word %d %q (%U):\n got %s\nwant %s", i, w, []rune(w), fmtShaped(got), lines[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d words shaped differently from hb-shape", bad, len(words))
	}
	t.Logf("%d words shaped as hb-shape shapes them", len(words))
}

// sameShaping compares HallDesk's glyphs with hb-shape's (whose clusters count characters).
func sameShaping(got []shapedGlyph, want []hbGlyph) bool {
	if len(got) != len(want) {
		return false
	}
	for i, g := range got {
		w := want[i]
		if int(g.id) != w.G || int(g.adv) != w.Ax || int(g.dx) != w.Dx || int(g.dy) != w.Dy || g.cluster != w.Cl {
			return false
		}
	}
	return true
}

func fmtShaped(gs []shapedGlyph) string {
	var b strings.Builder
	for _, g := range gs {
		b.WriteString(strconv.Itoa(int(g.id)) + "=" + strconv.Itoa(g.cluster) + "+" + strconv.Itoa(int(g.adv)))
		b.WriteByte(' ')
	}
	return b.String()
}
