package app_test

import (
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
)

// Every printed document gets a number of the day (on its pages and in its metadata) and its
// SHA-256 registered; 文书核验 tells the file as printed (genuine), the same file with one byte
// changed (altered) and a file or number the hall never printed (unknown); only supervisors and
// administrators may verify, and every verification is audited.
func TestDocumentsNumberedAndVerified(t *testing.T) {
	c := newCounter(t)
	c.at("2025-03-10")
	cs := takeCase(t, c)
	first, err := c.clerk.PrintReceipt(cs.ID)
	must(t, err)
	second, err := c.clerk.PrintReceipt(cs.ID)
	must(t, err)
	if !regexp.MustCompile(`^HD2025031000\d{3}$`).MatchString(first.Number) || second.Number == first.Number {
		t.Fatalf("numbers %q, %q", first.Number, second.Number)
	}
	if text := pdfTextOf(t, first); !strings.Contains(text, first.Number) {
		t.Errorf("the receipt does not print its number %s", first.Number)
	}

	sup := app.ServiceOf[*app.DocumentService](c.e.core, c.e.login("sup").seat)
	data, _ := base64.StdEncoding.DecodeString(first.Base64)
	altered := append([]byte(nil), data...)
	altered[len(altered)/3] ^= 0x01
	for _, tc := range []struct {
		name string
		in   app.VerifyInput
		want string
	}{
		{"as printed", app.VerifyInput{FileBase64: first.Base64}, hall.VerdictGenuine},
		{"one byte changed", app.VerifyInput{FileBase64: base64.StdEncoding.EncodeToString(altered)}, hall.VerdictAltered},
		{"not ours", app.VerifyInput{FileBase64: base64.StdEncoding.EncodeToString([]byte("%PDF-1.3 nothing"))}, hall.VerdictUnknown},
		{"number typed", app.VerifyInput{Number: " hd" + strings.TrimPrefix(first.Number, "HD")}, hall.VerdictGenuine},
		{"unknown number", app.VerifyInput{Number: "HD2025031099999"}, hall.VerdictUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := sup.Verify(tc.in)
			must(t, err)
			if r.Verdict != tc.want || r.Label == "" || r.Message == "" {
				t.Fatalf("verdict %+v, want %s", r, tc.want)
			}
			if tc.want != hall.VerdictUnknown && (r.Document == nil || r.Document.Kind != hall.PrintReceipt ||
				r.Document.PrintedBy != "王丽娜" || !strings.Contains(r.Document.About, cs.Number)) {
				t.Errorf("register entry %+v", r.Document)
			}
		})
	}
	if _, err := sup.Verify(app.VerifyInput{Number: "12345"}); codeOf(err) != hall.CodeInvalid {
		t.Errorf("a malformed number: %v", err)
	}
	if _, err := sup.Verify(app.VerifyInput{}); codeOf(err) != hall.CodeInvalid {
		t.Errorf("nothing to verify: %v", err)
	}
	clerk := app.ServiceOf[*app.DocumentService](c.e.core, c.e.login("clerk").seat)
	if _, err := clerk.Verify(app.VerifyInput{FileBase64: first.Base64}); codeOf(err) != hall.CodeForbidden {
		t.Errorf("a clerk verifies: %v", err)
	}
	log, err := c.e.login("admin").audit.List(hall.AuditQuery{Action: hall.ActVerifyDocument, PageSize: 20})
	must(t, err)
	if log.Total != 5 {
		t.Errorf("%d verifications audited, want 5", log.Total)
	}
}

// Every kind of printed matter passes the one way out (deliver): a pocket guide, its booklet
// imposition and a leaflet each get their own number, on every page of the file, registered
// under the kind the print records count them by, and 文书核验 finds each genuine.
func TestEveryPrintIsNumbered(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	prints := printOf(e, e.login("clerk"))
	guide, err := prints.PocketGuide(app.GuideInput{Category: "低保", Year: 2026, Copies: 2})
	must(t, err)
	booklet, err := prints.PocketGuide(app.GuideInput{Category: "医保", Booklet: true})
	must(t, err)
	leaflet, err := prints.Leaflet(app.LeafletInput{Title: "医保集中缴费通知", Paragraphs: []string{"集中缴费期为9月1日至12月31日。"}, Copies: 5})
	must(t, err)
	verify := app.ServiceOf[*app.DocumentService](e.core, admin.seat)
	seen := map[string]bool{}
	for _, tc := range []struct {
		doc  app.Document
		kind string
	}{{guide, hall.PrintGuide}, {booklet, hall.PrintGuide}, {leaflet, hall.PrintLeaflet}} {
		if tc.doc.Number == "" || seen[tc.doc.Number] {
			t.Fatalf("%s numbered %q", tc.doc.FileName, tc.doc.Number)
		}
		seen[tc.doc.Number] = true
		r, err := verify.Verify(app.VerifyInput{FileBase64: tc.doc.Base64})
		must(t, err)
		if r.Verdict != hall.VerdictGenuine || r.Number != tc.doc.Number || r.Document.Kind != tc.kind || r.Document.Pages < 1 {
			t.Fatalf("%s: %+v %+v", tc.doc.FileName, r, r.Document)
		}
		data, _ := base64.StdEncoding.DecodeString(tc.doc.Base64)
		for p := 1; p <= r.Document.Pages; p++ {
			if text := pdfPageText(t, data, p); !strings.Contains(text, tc.doc.Number) {
				t.Errorf("%s page %d of %d lacks its number", tc.doc.FileName, p, r.Document.Pages)
			}
		}
	}
}

// pdfPageText is the text of page p of a PDF (pdftotext).
func pdfPageText(t *testing.T, data []byte, p int) string {
	t.Helper()
	testtools.Need(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "d.pdf")
	must(t, os.WriteFile(path, data, 0o600))
	n := strconv.Itoa(p)
	out, err := exec.Command("pdftotext", "-f", n, "-l", n, path, "-").Output()
	must(t, err)
	return string(out)
}
