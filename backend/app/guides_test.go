package app_test

import (
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
)

// printOf is the print service of a desk's seat.
func printOf(e *env, d *desk) *app.PrintService {
	e.t.Helper()
	svc := app.ServiceOf[*app.PrintService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("PrintService is not bound")
	}
	return svc
}

func pdfTextOf(t *testing.T, doc app.Document) string {
	t.Helper()
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	must(t, err)
	if !strings.HasPrefix(string(data), "%PDF") {
		t.Fatalf("%s is not a PDF", doc.FileName)
	}
	testtools.Need(t, "pdftotext")
	p := filepath.Join(t.TempDir(), "d.pdf")
	must(t, os.WriteFile(p, data, 0o600))
	out, err := exec.Command("pdftotext", p, "-").Output()
	must(t, err)
	return strings.Join(strings.Fields(string(out)), "")
}

func TestPocketGuideAndLeaflet(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	clerk := e.login("clerk")
	prints := printOf(e, clerk)

	if _, err := prints.PocketGuide(app.GuideInput{}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a guide with no item: %v", err)
	}
	if _, err := prints.PocketGuide(app.GuideInput{ItemIDs: []int64{99999}}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a guide with an unknown item: %v", err)
	}
	guide, err := prints.PocketGuide(app.GuideInput{Category: "低保", Year: 2026, Copies: 200})
	must(t, err)
	text := pdfTextOf(t, guide)
	for _, it := range hall.BuiltinCatalog() {
		if it.Category == "低保" && !strings.Contains(text, it.Name) {
			t.Errorf("guide lacks %s", it.Name)
		}
	}
	if strings.Contains(text, "养老保险待遇领取申请") {
		t.Error("guide holds an item of another category")
	}
	booklet, err := prints.PocketGuide(app.GuideInput{Category: "医保", Booklet: true})
	must(t, err)
	if len(booklet.HintSteps) == 0 || !strings.Contains(booklet.FileName, "折页") {
		t.Fatalf("booklet: %q hint %q", booklet.FileName, booklet.HintSteps)
	}
	if _, err := prints.Leaflet(app.LeafletInput{Title: "通知"}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a notice without text: %v", err)
	}
	notice, err := prints.Leaflet(app.LeafletInput{Title: "医保集中缴费通知", Paragraphs: []string{"2027年度城乡居民医保集中缴费期为9月1日至12月31日。"},
		Contacts: "乌兰木伦镇便民服务大厅 0477-8612345", Copies: 50})
	must(t, err)
	if !strings.Contains(pdfTextOf(t, notice), "集中缴费期为9月1日至12月31日") {
		t.Fatal("notice text lost")
	}
	counts, err := prints.Counts(app.PrintCountsInput{})
	must(t, err)
	if counts[hall.PrintGuide] != 201 || counts[hall.PrintLeaflet] != 50 {
		t.Fatalf("print records: %v", counts)
	}
}
