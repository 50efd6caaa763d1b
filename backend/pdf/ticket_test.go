package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"halldesk/backend/internal/testtools"
)

func sampleTicket() TicketDoc {
	return TicketDoc{HallName: "乌兰镇便民服务中心", Number: "A012", GroupName: "医保养老", Ahead: 3,
		TakenAt: "2026年12月6日 09:05", Priority: "70岁以上老人", QueryCode: "K7M2Q9XW"}
}

// TestTicketText reads both papers back: every line the citizen needs, character for character.
func TestTicketText(t *testing.T) {
	for _, paper := range []string{TicketRoll, TicketA6} {
		t.Run(paper, func(t *testing.T) {
			d := sampleTicket()
			data, missing, err := Ticket(d, paper)
			if err != nil || len(missing) > 0 {
				t.Fatalf("Ticket: %v, missing %q", err, string(missing))
			}
			text := pdfText(t, data)
			for _, want := range []string{d.HallName, "排队号票", d.Number, d.GroupName, "您前面还有 3 人等候",
				"绿色通道：" + d.Priority, "取号时间：" + d.TakenAt, "查询码：" + d.QueryCode} {
				if !strings.Contains(text, want) {
					t.Errorf("ticket lacks %q:\n%s", want, text)
				}
			}
			if paper == TicketRoll && strings.Contains(text, "\f\f") {
				t.Errorf("roll ticket ran onto a second page")
			}
		})
	}
}

// TestTicketRollFits: the roll ticket is 80 mm wide and as long as its content (one page, the
// last line on it), with and without a priority line.
func TestTicketRollFits(t *testing.T) {
	testtools.Need(t, "pdfinfo")
	for _, prio := range []string{"", "孕妇"} {
		d := sampleTicket()
		d.Priority = prio
		data, _, err := Ticket(d, TicketRoll)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "t.pdf")
		os.WriteFile(p, data, 0o600)
		out, err := exec.Command("pdfinfo", p).Output()
		if err != nil {
			t.Fatal(err)
		}
		info := string(out)
		if !regexp.MustCompile(`Pages:\s+1\n`).MatchString(info) || !strings.Contains(info, "226.77 x") {
			t.Errorf("roll ticket (priority %q) is not one page 80 mm wide:\n%s", prio, info)
		}
		if text := pdfText(t, data); !strings.Contains(text, "请留意叫号") {
			t.Errorf("the last line fell off the roll:\n%s", text)
		}
	}
}

// TestTicketQRHoldsQueryCode reads the ticket's QR code back with zbar.
func TestTicketQRHoldsQueryCode(t *testing.T) {
	testtools.Need(t, "zbarimg")
	testtools.Need(t, "pdftoppm")
	data, _, err := Ticket(sampleTicket(), TicketRoll)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "t.pdf")
	os.WriteFile(p, data, 0o600)
	if out, err := exec.Command("pdftoppm", "-r", "200", "-png", "-singlefile", p, filepath.Join(dir, "t")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	out, err := exec.Command("zbarimg", "-q", "--raw", filepath.Join(dir, "t.png")).Output()
	if err != nil {
		t.Fatalf("zbarimg: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != "K7M2Q9XW" {
		t.Fatalf("QR reads %q", got)
	}
}

// TestRenderTicketSamples writes the sample queue tickets (80 mm roll and A6, PDF and PNG) beside
// the other samples, for people to look at:
//
//	go test ./backend/pdf -run TestRenderTicketSamples -args -out test-output/pdf
func TestRenderTicketSamples(t *testing.T) {
	if *samplesOut == "" {
		t.Skip("give -args -out DIR to render the samples")
	}
	testtools.Need(t, "pdftoppm")
	dir, _ := filepath.Abs(*samplesOut)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, paper := range []string{TicketRoll, TicketA6} {
		data, _, err := Ticket(sampleTicket(), paper)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "ticket-"+paper+".pdf")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("pdftoppm", "-png", "-r", "150", "-singlefile", p, filepath.Join(dir, "ticket-"+paper)).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, out)
		}
	}
}
