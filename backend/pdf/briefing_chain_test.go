package pdf

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// The audit chain's head is printed at the foot of the briefing's last page, and only there: an
// anchor of the chain on paper that goes to every village.
func TestBriefingPrintsTheAuditChainHead(t *testing.T) {
	head := hall.NewAuditHead(1234, 1234, "9f3c2b1d0a4e5f67"+strings.Repeat("0", 48))
	for _, notables := range []int{0, 5} { // one page, then more than one
		data, _, err := Briefing(BriefingDoc{Briefing: sampleBriefing(notables), PrintedBy: "巴特尔",
			At: time.Date(2025, 4, 2, 2, 0, 0, 0, time.UTC), AuditHead: head})
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(pdfText(t, data), "\f")
		for len(pages) > 1 && strings.TrimSpace(pages[len(pages)-1]) == "" {
			pages = pages[:len(pages)-1]
		}
		for i, p := range pages {
			has := strings.Contains(p, "审计链：第1234条 9f3c 2b1d 0a4e 5f67")
			if last := i == len(pages)-1; has != last {
				t.Errorf("%d notables, page %d of %d: chain line printed = %v\n%s", notables, i+1, len(pages), has, p)
			}
		}
	}
	data, _, err := Briefing(BriefingDoc{Briefing: sampleBriefing(0)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(pdfText(t, data), "审计链") {
		t.Error("a briefing without a head printed a chain line")
	}
}
