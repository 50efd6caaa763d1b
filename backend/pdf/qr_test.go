package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"halldesk/backend/internal/testtools"
)

// TestQRCodeDecodes draws a code and reads it back with zbar from the page rendered to PNG.
func TestQRCodeDecodes(t *testing.T) {
	doc, err := newDocSize("二维码", "A6")
	if err != nil {
		t.Fatal(err)
	}
	doc.AddPage()
	const text = "http://192.168.1.10:8080/#/lookup?code=K7M2Q9"
	if err := drawQR(doc, text, 20, 20, 40); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "qr.pdf")
	if err := doc.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if len(b) < 1000 {
		t.Fatalf("pdf of %d bytes holds no code", len(b))
	}
	testtools.Need(t, "zbarimg")
	testtools.Need(t, "pdftoppm")
	if out, err := exec.Command("pdftoppm", "-r", "200", "-png", "-singlefile", path, filepath.Join(dir, "qr")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	out, err := exec.Command("zbarimg", "-q", "--raw", filepath.Join(dir, "qr.png")).Output()
	if err != nil {
		t.Fatalf("zbarimg: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != text {
		t.Fatalf("QR reads %q, want %q", got, text)
	}
}
