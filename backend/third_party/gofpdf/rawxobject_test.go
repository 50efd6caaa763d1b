package gofpdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestRawXObject defines a form XObject once (a second definition under the same name is
// ignored), draws it on two pages, and finds one form object, listed in the resources, its
// content as given, and both pages drawing it by name.
func TestRawXObject(t *testing.T) {
	f := New("P", "mm", "A4", "")
	f.SetCompression(false)
	f.AddPage()
	square := []byte("0 0 m 10 0 l 10 10 l 0 10 l h f")
	f.AddRawXObject("Sq1", [4]float64{0, 0, 10, 10}, square)
	f.AddRawXObject("Sq1", [4]float64{0, 0, 5, 5}, []byte("ignored"))
	if !f.HasRawXObject("Sq1") || f.HasRawXObject("Sq2") {
		t.Fatal("HasRawXObject is wrong")
	}
	f.RawWriteStr("q 1 0 0 1 100 100 cm /Sq1 Do Q")
	f.AddPage()
	f.RawWriteStr("q 2 0 0 2 50 50 cm /Sq1 Do Q")
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	pdf := buf.String()
	if n := strings.Count(pdf, "/Subtype /Form"); n != 1 {
		t.Fatalf("%d form objects, want 1", n)
	}
	m := regexp.MustCompile(`(\d+) 0 obj\n<</Type /XObject /Subtype /Form /BBox \[0 0 10 10\] /Length (\d+)>>\nstream\n([^\n]*)\nendstream`).FindStringSubmatch(pdf)
	if m == nil || m[3] != string(square) {
		t.Fatalf("form object not as defined: %q", m)
	}
	if !strings.Contains(pdf, "/XObject <<\n/Sq1 "+m[1]+" 0 R\n>>") {
		t.Errorf("the resources do not list /Sq1 as object %s", m[1])
	}
	if n := strings.Count(pdf, "/Sq1 Do"); n != 2 {
		t.Errorf("%d draws of /Sq1, want 2", n)
	}

	c := New("P", "mm", "A4", "") // compressed, as HallDesk's documents are
	c.AddPage()
	c.AddRawXObject("Sq1", [4]float64{0, 0, 10, 10}, square)
	buf.Reset()
	if err := c.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "/BBox [0 0 10 10] /Filter /FlateDecode /Length") {
		t.Error("the form's content is not compressed in a compressed document")
	}
}
