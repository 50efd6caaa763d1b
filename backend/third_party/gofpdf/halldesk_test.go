package gofpdf

// Tests of HallDesk's changes to upstream v1.16.2 (fastfmt.go, utf8fontcache.go, sliceCompress).

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

func TestSprintfMatchesFmt(t *testing.T) {
	floats := []float64{0, -0.0, 1, -1, 0.005, 0.015, 1.0 / 3, -2.675, 123456.789, 1e-7, 1e21, math.Inf(1), math.Inf(-1), math.NaN(), 297.63779527559}
	formats := []string{"%.2f w", "%.3f %s", "%.5f %.5f l", "q %.4F 0 0 %.4F cm", "%.0f", "%.9f", "BT /F%s %.2f Tf ET", "%d J", "<</Length %d>>", "100%% %d",
		"%5.2f", "%x", "%v", "%.2f", "%d", "%s", "%", "%.", "%.2", "%.2g", "%q"}
	args := [][]interface{}{}
	for _, f := range floats {
		args = append(args, []interface{}{f}, []interface{}{f, "RG"}, []interface{}{f, f}, []interface{}{"1", f}, []interface{}{float32(f)})
	}
	args = append(args, []interface{}{7}, []interface{}{int64(-7)}, []interface{}{uint(7)}, []interface{}{"x"}, []interface{}{[]byte("x")}, nil, []interface{}{1, 2})
	for _, f := range formats {
		for _, a := range args {
			if got, want := sprintf(f, a...), fmt.Sprintf(f, a...); got != want {
				t.Errorf("sprintf(%q, %v) = %q, fmt gives %q", f, a, got, want)
			}
		}
	}
}

func TestSliceCompressReusedWriter(t *testing.T) {
	inputs := [][]byte{bytes.Repeat([]byte("BT /F1 11.00 Tf ET\n"), 5000), []byte("x"), {}, bytes.Repeat([]byte{0}, 131072)}
	for round := 0; round < 3; round++ {
		for i, in := range inputs {
			var want bytes.Buffer
			w, _ := zlib.NewWriterLevel(&want, zlib.BestSpeed)
			w.Write(in)
			w.Close()
			if got := sliceCompress(in); !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("round %d input %d: a reused writer gives other bytes", round, i)
			}
		}
	}
}

// testFont is HallDesk's embedded Chinese font.
func testFont(t *testing.T) []byte {
	b, err := os.ReadFile("../../pdf/fonts/wqy-microhei.ttf")
	if err != nil {
		t.Skip("no font:", err)
	}
	return b
}

// render draws text with the font in ttf; fresh parses the font as upstream did, for every
// document, instead of taking the shared parse.
func render(t *testing.T, ttf []byte, text string, fresh bool) []byte {
	f := New("P", "mm", "A4", "")
	f.SetCreationDate(time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC))
	f.AddUTF8FontFromBytes("wqy", "", ttf)
	if fresh {
		def := f.fonts["wqy"]
		utf := newUTF8Font(&fileReader{array: ttf})
		if err := utf.parseFile(); err != nil {
			t.Fatal(err)
		}
		def.utf8File, def.Cw = utf, utf.CharWidths
		f.fonts["wqy"] = def
	}
	f.SetFont("wqy", "", 11)
	f.AddPage()
	f.MultiCell(120, 6, text, "1", "L", false)
	f.RoundedRect(20, 200, 80, 30, 3, "1234", "D")
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSharedFontGivesTheSameDocument(t *testing.T) {
	ttf := testFont(t)
	text := "便民服务台 办件回执 1,500.00 元（城乡居民医保）ABC xyz：。"
	if got, want := render(t, ttf, text, false), render(t, ttf, text, true); !bytes.Equal(got, want) {
		t.Fatalf("the shared parse gives another document (%d bytes against %d)", len(got), len(want))
	}
}

// TestSharedFontConcurrent renders documents with different characters at once (run with
// -race): each is the same as when rendered alone.
func TestSharedFontConcurrent(t *testing.T) {
	ttf := testFont(t)
	texts := []string{"苏木乡镇便民服务中心", "嘎查村党群服务中心", "社会救助 低保 特困", "ID 152301199001011234", "医保 社保 养老 就业", "户籍 证明 登记 查询"}
	want := make([][]byte, len(texts))
	for i, s := range texts {
		want[i] = render(t, ttf, s, false)
	}
	got := make([][]byte, len(texts))
	var wg sync.WaitGroup
	for i, s := range texts {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = render(t, ttf, s, false) }()
	}
	wg.Wait()
	for i := range texts {
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("document %d differs when rendered alongside the others", i)
		}
	}
}

// TestAppendFixedMatchesStrconv compares the quick fixed-point formatter with strconv on edge
// values and on 200,000 random coordinates of every size a page has.
func TestAppendFixedMatchesStrconv(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 0.5, 0.125, 0.375, 1.005, 2.675, -2.675, 0.0049999, -0.0001, 1e-9, 999999999999.99,
		1e12, -1e12, 1e15, 123456.789, 841.88976, 595.27559, math.Inf(1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	rng := rand.New(rand.NewSource(18))
	for i := 0; i < 200_000; i++ {
		scale := math.Pow(10, float64(rng.Intn(12)-3))
		v := (rng.Float64()*2 - 1) * scale
		if i%4 == 0 {
			v = math.Round(v*1000) / 1000 // a value typed in millimetres, close to halves
		}
		vals = append(vals, v)
	}
	for _, v := range vals {
		for prec := 0; prec <= 9; prec++ {
			got := string(appendFixed(nil, v, prec))
			if want := strconv.FormatFloat(v, 'f', prec, 64); got != want {
				t.Fatalf("appendFixed(%v, %d) = %q, strconv gives %q", v, prec, got, want)
			}
		}
	}
}

// TestCompressPages: every page's stream is its own content compressed, pages with the same
// content included.
func TestCompressPages(t *testing.T) {
	pages := []*bytes.Buffer{nil}
	for _, s := range []string{"0 0 m 10 10 l S", "BT /F1 11.00 Tf ET", "0 0 m 10 10 l S", "", "BT /F1 11.00 Tf ET", "1 1 m"} {
		pages = append(pages, bytes.NewBufferString(s))
	}
	got := compressPages(pages)
	for n := 1; n < len(pages); n++ {
		if want := sliceCompress(pages[n].Bytes()); !bytes.Equal(got[n], want) {
			t.Errorf("page %d: another stream", n)
		}
	}
}
