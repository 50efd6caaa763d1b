package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// sampleBriefing is a month with figures in every section and two notable cases.
func sampleBriefing(notables int) hall.Briefing {
	b := hall.Briefing{Month: "2025-03", MonthLabel: "2025年3月", HallName: "乌兰木伦镇便民服务大厅", IssueNo: 3,
		IssuedOn: hall.MustDate("2025-04-02"),
		Settings: hall.BriefingSettings{Title: "工作简报", Office: "乌兰木伦镇便民服务大厅",
			Report: "伊金霍洛旗委、旗政府，旗政务服务局\n旗委组织部", Send: "镇党委、政府领导班子成员，各嘎查村（社区）", Post: "乌兰木伦镇政府网"},
		Cases:     hall.CaseSummary{Sorted: 45, OnSpot: 37, Proxy: 6, Joint: 1, InProgress: 1, Rated: 25, Good: 23, Bad: 1, Satisfaction: 0.92},
		Visits:    hall.VisitFigures{Visits: 120, Households: 98, Cadres: 12, Diaries: 120, Issues: 14, IssueCases: 9, Suggestions: 4, Disputes: 1, Feedback: 7, Activities: 5},
		Petitions: hall.PetitionFigures{ReceptionDays: 4, Received: 6, Accepted: 5, Assigned: 5, Leaders: 3, Settled: 3, Refused: 1, Open: 2},
		Prints:    hall.PrintFigures{Guides: 300, Cards: 120, Leaflets: 500, Talks: 3, Attendance: 140},
	}
	for i := 0; i < notables; i++ {
		b.Notables = append(b.Notables, hall.NotableCase{Number: "2025D000" + string(rune('1'+i)), ItemName: "城乡居民养老保险待遇领取",
			Text: "3月12日，巴图塔村群众张某某在包联干部入户走访时提出办理养老保险待遇领取。窗口受理后全程代办，3月20日办结，群众诉求得到解决：自4月起按月发放养老金。群众评价为“非常满意”。"})
	}
	b.Compose()
	return b
}

func renderBriefing(t *testing.T, b hall.Briefing) []byte {
	t.Helper()
	data, missing, err := Briefing(BriefingDoc{Briefing: b, PrintedBy: "巴特尔", At: time.Date(2025, 4, 2, 2, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) != 0 {
		t.Errorf("missing characters %q", missing)
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("not a PDF: %q", data[:min(16, len(data))])
	}
	if *samplesOut != "" {
		if err := os.WriteFile(filepath.Join(*samplesOut, "briefing.pdf"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return data
}

// The distribution block sits at the foot of the last page however long the briefing runs, and
// the notable cases move it to a later page rather than under the text.
func TestBriefingDistributionBlockAtFootOfLastPage(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 2, 5} {
		f := layoutBriefing(doc, sampleBriefing(n))
		last := f.pages[len(f.pages)-1]
		var issued, report *pageMark
		for i := range last.marks {
			m := &last.marks[i]
			if strings.HasSuffix(m.text, "印发") {
				issued = m
			}
			if m.text == "报：" {
				report = m
			}
		}
		if issued == nil || report == nil {
			t.Fatalf("%d notables: the last page lacks the distribution block", n)
		}
		if issued.y < bfFoot-12 || issued.y > bfFoot {
			t.Errorf("%d notables: 印发 line at y=%.1f, want just above the foot %.0f", n, issued.y, bfFoot)
		}
		// nothing of the body is drawn over the block
		for _, m := range last.marks {
			if m.kind == markText && m.y > report.y-8 && m.y < report.y && m.size == bfBody.size {
				t.Errorf("%d notables: body text %q runs into the distribution block", n, m.text)
			}
		}
		if n == 5 && len(f.pages) < 2 {
			t.Errorf("five notable cases should run onto a second page, got %d", len(f.pages))
		}
	}
}

func TestBriefingText(t *testing.T) {
	b := sampleBriefing(2)
	text := pdfText(t, renderBriefing(t, b))
	flat := strings.Join(strings.Fields(text), "")
	for _, want := range []string{"工作简报", "第3期", "2025年4月2日", "乌兰木伦镇便民服务大厅2025年3月便民服务工作情况",
		"一、窗口即办代办", "梳理群众办事事项45件", "现场解决37件", "代办解决6件", "联动解决1件", "正在落实1件", "群众满意率92%",
		"二、入户走访与民情日记", "三、信访接待日与包保", "四、政策宣传", "政策口袋书300册", "五、典型事例",
		"（一）城乡居民养老保险待遇领取（2025D0001）", "（二）城乡居民养老保险待遇领取（2025D0002）",
		"报：伊金霍洛旗委、旗政府，旗政务服务局", "旗委组织部", "发：镇党委、政府领导班子成员", "挂：乌兰木伦镇政府网",
		"2025年4月2日印发"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q\n%s", want, text)
		}
	}
	if strings.Index(flat, "五、典型事例") > strings.Index(flat, "报：") {
		t.Error("the distribution block must come after the sections")
	}
}
