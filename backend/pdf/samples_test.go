package pdf

import (
	"flag"
	"halldesk/backend/internal/testtools"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

var samplesOut = flag.String("out", "", "TestRenderSamples writes sample print-shop PDFs and PNGs of their first pages here")

// TestRenderSamples writes the print-shop documents made from sample content, and PNGs of
// their first pages (the booklets' first sheet, front and back), for people and CI to look at:
//
//	go test ./backend/pdf -run TestRenderSamples -args -out test-output/pdf
func TestRenderSamples(t *testing.T) {
	if *samplesOut == "" {
		t.Skip("give -args -out DIR to render the samples")
	}
	testtools.Need(t, "pdftoppm")
	dir, err := filepath.Abs(*samplesOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	hs := sampleHall()
	write := func(name string, d Document, err error, pages int) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		p := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(p, d.PDF, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftoppm", "-png", "-r", "110", "-f", "1", "-l", strconv.Itoa(pages), p, filepath.Join(dir, name)).CombinedOutput()
		if err != nil {
			t.Fatalf("pdftoppm %s: %v\n%s", name, err, out)
		}
		t.Logf("%s: %d pages", p, d.Pages)
	}
	opt := GuideOptions{Title: "惠民政策口袋书", Subtitle: "医保·养老·低保 办事指南", Year: 2026}
	for _, size := range []string{"A6", "A5"} {
		opt.PageSize = size
		g, err := PocketGuide(sampleItems(), hs, opt)
		write("guide-"+size, g, err, 6)
		b, err := Booklet(g, size)
		write("booklet-"+size, b, err, 2)
	}
	d, err := Leaflet(ItemLeaflet(longItem(), hs), hs)
	write("leaflet-item", d, err, 2)
	d, err = Leaflet(notice(5), hs)
	write("leaflet-notice", d, err, 2)
	l := notice(12)
	l.TwoSided = true
	d, err = Leaflet(l, hs)
	write("leaflet-two-sided", d, err, 2)
}
