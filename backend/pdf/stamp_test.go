package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"halldesk/backend/internal/testtools"
)

// pageText is the text of page n of a PDF (pdftotext).
func pageText(t *testing.T, path string, n int) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext page %d: %v", n, err)
	}
	return string(out)
}

// TestStampNumbersEveryPage stamps a receipt that runs onto several pages and a contact-card
// sheet: the number is on every page, in the metadata where ReadNumber and pdfinfo find it,
// the original text is all still there, and the QR code on the receipt still reads.
func TestStampNumbersEveryPage(t *testing.T) {
	testtools.Need(t, "pdftotext")
	testtools.Need(t, "pdfinfo")
	long := sampleCaseDoc()
	long.QueryCode = "K7M2Q9AB"
	for range 40 {
		long.Case.Materials = append(long.Case.Materials, long.Case.Materials[0])
	}
	receipt, _, err := Receipt(long)
	if err != nil {
		t.Fatal(err)
	}
	cards, _, err := ContactCards(sampleCadres(3), sampleHall(), CardOptions{Back: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{{"receipt", receipt}, {"cards", cards}} {
		t.Run(tc.name, func(t *testing.T) {
			const number = "HD2026120600012"
			stamped, pages, err := Stamp(tc.data, number)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "receipt" && pages < 2 {
				t.Fatalf("the long receipt has %d pages, want it to run over", pages)
			}
			if got, ok := ReadNumber(stamped); !ok || got != number {
				t.Errorf("ReadNumber = %q, %v", got, ok)
			}
			if _, ok := ReadNumber(tc.data); ok {
				t.Error("an unstamped file has a number")
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "doc.pdf")
			if err := os.WriteFile(path, stamped, 0o600); err != nil {
				t.Fatal(err)
			}
			info, err := exec.Command("pdfinfo", path).Output()
			if err != nil {
				t.Fatalf("pdfinfo: %v", err)
			}
			if !strings.Contains(string(info), "DocNo:"+number) || !strings.Contains(string(info), "Pages:           "+strconv.Itoa(pages)) {
				t.Errorf("pdfinfo:\n%s", info)
			}
			for p := 1; p <= pages; p++ {
				if text := pageText(t, path, p); !strings.Contains(text, number) {
					t.Errorf("page %d lacks the number:\n%s", p, text)
				}
			}
			before, after := compact(pdfText(t, tc.data)), compact(pdfText(t, stamped))
			if strings.ReplaceAll(after, number, "") != before {
				t.Errorf("stamping changed the text:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestReceiptQueryCode: the receipt prints the query code, the line sending the citizen to the
// 查询机, and a QR code that reads back as the code.
func TestReceiptQueryCode(t *testing.T) {
	d := sampleCaseDoc()
	d.QueryCode = "K7M2Q9AB"
	data, _, err := Receipt(d)
	if err != nil {
		t.Fatal(err)
	}
	pdfPages(t, data)
	requireAll(t, "receipt", pdfText(t, data), []string{"查询码：K7M2Q9AB", "查询机查询办理进度"})
	for _, render := range []func(CaseDoc) ([]byte, []rune, error){MissingNotice, CompletionNotice} {
		n, _, err := render(d)
		if err != nil {
			t.Fatal(err)
		}
		requireAll(t, "notice", pdfText(t, n), []string{"查询码：K7M2Q9AB", "查询机"})
	}
	testtools.Need(t, "zbarimg")
	testtools.Need(t, "pdftoppm")
	dir := t.TempDir()
	path := filepath.Join(dir, "receipt.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", "200", "-png", "-singlefile", path, filepath.Join(dir, "r")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	out, err := exec.Command("zbarimg", "-q", "--raw", filepath.Join(dir, "r.png")).Output()
	if err != nil {
		t.Fatalf("zbarimg: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != d.QueryCode {
		t.Fatalf("QR reads %q, want %q", got, d.QueryCode)
	}
}

// BenchmarkStamp measures numbering a one-page receipt, the commonest print.
func BenchmarkStamp(b *testing.B) {
	data, _, err := Receipt(sampleCaseDoc())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := Stamp(data, "HD2026120600012"); err != nil {
			b.Fatal(err)
		}
	}
}
