package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
)

const rare = '𠮷' // above U+FFFF: the font cannot draw it

// sampleCaseDoc is a 低保 new application taken by proxy: the wife applies for her husband,
// one required material is missing and accepted for later (容缺受理).
func sampleCaseDoc() CaseDoc {
	c := hall.CaseRecord{
		Number: "2026D0012", Ledger: hall.LedgerProxy, ItemName: "最低生活保障新申请", ItemCategory: "低保",
		ApplicantName: "张伟", ApplicantID18: "150627********0012", VillageName: "巴图塔村",
		Agent: &hall.Agent{Name: "李秀英", Relation: "配偶", Entrusted: true},
		Summary: "申请人张伟，男，46岁，2026年8月因腰椎间盘突出（术后）丧失劳动能力；家庭3口人（妻子李秀英务农，" +
			"女儿在读高中），2025年家庭人均收入低于本旗低保标准，申请纳入最低生活保障。",
		IntakeNote: "诊断证明正在医院办理，经审核人同意容缺受理，申请人承诺5个工作日内补交。",
		Materials: []hall.CaseMaterial{
			{Name: "居民身份证", Original: false, Copies: 1, Required: true, Received: true, Note: "申请人及共同生活家庭成员"},
			{Name: "居民户口簿", Original: true, Copies: 0, Required: true, Received: true, Note: "核验后当场退还"},
			{Name: "最低生活保障申请书", Original: true, Copies: 1, Required: true, Received: true, Note: "本人签名或按手印"},
			{Name: "家庭经济状况核对授权书", Original: true, Copies: 1, Required: true, Received: true, Note: "家庭成员均须签字"},
			{Name: "诚信承诺书", Original: true, Copies: 1, Required: true, Received: true},
			{Name: "疾病诊断证明", Original: false, Copies: 1, Required: true, Received: false, Note: "二级以上医院出具，近6个月内，须经治医师" + string(rare) + "某签字"},
			{Name: "委托书", Original: true, Copies: 1, Required: false, Received: true, Note: "代为申请时提供"},
		},
		Status: hall.StatusAccepted, AcceptedOn: hall.MustDate("2026-11-25"), DueDate: hall.MustDate("2026-12-09"), PromisedDays: 10,
		HandlerName: "王丽娜", Outcome: hall.OutcomeDone, MonthlyAmount: "680", FirstPaidMonth: "2026-12",
	}
	return CaseDoc{
		Case: hall.Case{CaseRecord: c},
		Hall: hall.HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗",
			Phone: "0477-8612345", SupervisionPhone: "0477-8612300"},
		EnquiryPhone:   "0477-8612345",
		ComplaintPhone: "0477-8699110",
		PlaceHours:     "乌兰木伦镇人民政府一楼便民服务大厅3号窗口，工作日8:30-12:00、14:30-17:30",
		PrintedBy:      "王丽娜",
		At:             time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC),
	}
}

// compact drops all whitespace, so that text broken over lines by pdftotext still matches.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func requireAll(t *testing.T, name, text string, wants []string) {
	t.Helper()
	flat := compact(text)
	for _, w := range wants {
		if !strings.Contains(flat, compact(w)) {
			t.Errorf("%s lacks %q", name, w)
		}
	}
	if t.Failed() {
		t.Logf("%s text:\n%s", name, text)
	}
}

// pdfPages checks with pdfinfo that every page is A5 portrait and returns the page count.
func pdfPages(t *testing.T, data []byte) int {
	t.Helper()
	testtools.Need(t, "pdfinfo")
	p := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "99", p).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	sizes := regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+(.*)$`).FindAllStringSubmatch(string(out), -1)
	if len(sizes) != n {
		t.Fatalf("pdfinfo listed %d page sizes for %d pages:\n%s", len(sizes), n, out)
	}
	for _, s := range sizes {
		if !strings.HasPrefix(s[1], "419.53 x 595.28 pts") {
			t.Errorf("page size %q, want A5 419.53 x 595.28 pts", s[1])
		}
	}
	return n
}

func materialNames(ms []hall.CaseMaterial) []string {
	var out []string
	for _, m := range ms {
		out = append(out, strings.ReplaceAll(m.Name, string(rare), "□"))
	}
	return out
}

func TestReceipt(t *testing.T) {
	d := sampleCaseDoc()
	data, bad, err := Receipt(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0] != rare {
		t.Errorf("substituted = %q, want the one rare character", bad)
	}
	pdfPages(t, data)
	text := pdfText(t, data)
	wants := []string{"乌兰木伦镇便民服务大厅", "受理回执", "办件编号：2026D0012", "张伟", "150627********0012",
		"李秀英（配偶）", "委托书已收", "最低生活保障新申请", "代办（限时代办）", d.Case.Summary,
		"2026年11月25日", "承诺办结日期", "2026年12月9日（10个工作日）", "承办人", "王丽娜",
		"材料清单（已收 6 项，待补交 1 项）", "居民身份证 复印件 1 已收", "居民户口簿 原件 1 已验退还", "疾病诊断证明（二级以上医院出具",
		"待补交", "容缺受理说明：" + d.Case.IntakeNote,
		d.PlaceHours, "0477-8612345", "0477-8699110", "申请人（代办人）签字", "受理人签字", "日期",
		"请妥善保管本回执", "第 1 页／共 1 页", "打印人：王丽娜", "打印时间：2026-11-25 10:00"}
	wants = append(wants, materialNames(d.Case.Materials)...)
	requireAll(t, "receipt", text, wants)

	d.Case.Ledger, d.Case.DueDate, d.Case.PromisedDays = hall.LedgerInstant, hall.Date{}, 0
	data, _, err = Receipt(d)
	if err != nil {
		t.Fatal(err)
	}
	requireAll(t, "instant receipt", pdfText(t, data), []string{"即办（当场办结）", "当场办结"})

	d = sampleCaseDoc()
	d.Case.Status, d.Case.IntakeNote, d.Case.AcceptedOn, d.Case.DueDate = hall.StatusAwaiting, "", hall.Date{}, hall.Date{}
	d.Case.Agent, d.EnquiryPhone, d.ComplaintPhone = nil, "", "" // phones fall back on the hall's
	data, _, err = Receipt(d)
	if err != nil {
		t.Fatal(err)
	}
	text = pdfText(t, data)
	requireAll(t, "awaiting receipt", text, []string{"待补交", "本件尚待补正：材料补齐后正式受理，办理时限自受理之日起计算。",
		"0477-8612345", "0477-8612300"})
	if strings.Contains(text, "委托书已收") || strings.Contains(text, "容缺受理说明") {
		t.Error("receipt without agent or intake note shows them")
	}
}

func TestMissingNotice(t *testing.T) {
	d := sampleCaseDoc()
	d.Case.Materials[4].Received = false // a second missing material, listed too
	data, bad, err := MissingNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0] != rare {
		t.Errorf("substituted = %q, want the one rare character", bad)
	}
	pdfPages(t, data)
	text := pdfText(t, data)
	requireAll(t, "missing notice", text, []string{"乌兰木伦镇便民服务大厅", "一次性告知单", "材料补正告知书",
		"2026D0012", "张伟（代办人：李秀英）：", "您申请办理的“最低生活保障新申请”事项，经审查，尚需补齐以下材料（一次性告知）：",
		"1 诚信承诺书 原件 1", "2 疾病诊断证明 复印件 1 二级以上医院出具，近6个月内，须经治医师□某签字",
		"已收取的材料：居民身份证（复印件，1 份）、居民户口簿（原件，1 份，验后退还）、最低生活保障申请书（原件，1 份）、" +
			"家庭经济状况核对授权书（原件，1 份）、委托书（原件，1 份）。",
		"民发〔2021〕57号", "材料齐全后即予受理，办理时限自材料齐全、正式受理之日起计算",
		d.PlaceHours, "0477-8612345", "0477-8699110", "告知人签字", "申请人（代办人）签收", "日期",
		"告知日期：2026年11月25日", "打印时间：2026-11-25 10:00"})
	// Each missing material is listed exactly once.
	if n := strings.Count(compact(text), "疾病诊断证明"); n != 1 {
		t.Errorf("疾病诊断证明 listed %d times, want once", n)
	}

	d.Case.Materials[4].Received, d.Case.Materials[5].Received = true, true
	if _, _, err := MissingNotice(d); hall.AsError(err) == nil || hall.AsError(err).Code != hall.CodeConflict {
		t.Errorf("complete materials: err = %v, want a conflict", err)
	}
}

func TestCompletionNotice(t *testing.T) {
	d := sampleCaseDoc()
	data, bad, err := CompletionNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 0 {
		t.Errorf("substituted = %q, want none", bad)
	}
	pdfPages(t, data)
	requireAll(t, "completion notice", pdfText(t, data), []string{"乌兰木伦镇便民服务大厅", "办结通知书", "2026D0012",
		"张伟", "150627********0012", "最低生活保障新申请", "2026年11月25日", "王丽娜", "办理结果", "办成",
		"月保障金 680 元", "自 2026年12月 起发放", "0477-8612345", "监督电话", "0477-8699110", d.PlaceHours,
		"请对本次服务作出评价", "非常满意 满意 基本满意 不满意 非常不满意", "意见建议", "乌兰木伦镇便民服务大厅（盖章）",
		"申请人（代办人）签收", "日期"})

	d.Case.Outcome, d.Case.OutcomeNote, d.Case.MonthlyAmount, d.Case.FirstPaidMonth = hall.OutcomeRefused,
		"经入户调查和家庭经济状况核对，家庭人均收入高于本旗低保标准（每人每月780元）。", "", ""
	data, _, err = CompletionNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, data)
	requireAll(t, "refusal", text, []string{"不予办理", "不予办理理由", d.Case.OutcomeNote,
		"对不予办理决定有异议的，可向旗县（市、区）有关部门反映或依法申请行政复议。"})
	if strings.Contains(text, "月保障金") {
		t.Error("a refusal shows a monthly amount")
	}

	d.Case.Outcome, d.Case.OutcomeNote = hall.OutcomeTransfer, "伊金霍洛旗民政局社会救助股"
	data, _, err = CompletionNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	requireAll(t, "transfer", pdfText(t, data), []string{"转办", "转办单位", "伊金霍洛旗民政局社会救助股"})

	d.Case.Outcome = ""
	if _, _, err := CompletionNotice(d); hall.AsError(err) == nil || hall.AsError(err).Code != hall.CodeConflict {
		t.Errorf("open case: err = %v, want a conflict", err)
	}
}

// TestCaseDocsFlowOntoMorePages prints a case with 12 materials with long notes and a 500-character
// summary: each document runs onto a second page and loses nothing.
func TestCaseDocsFlowOntoMorePages(t *testing.T) {
	d := sampleCaseDoc()
	var sum strings.Builder
	for i := 1; sum.Len() < 3*500; i++ {
		fmt.Fprintf(&sum, "第%d项情况：家庭成员（含外出务工人员）收入、财产及支出情况已如实说明，", i)
	}
	summary := []rune(sum.String())[:499]
	d.Case.Summary = string(summary) + "。"
	if n := len([]rune(d.Case.Summary)); n != 500 {
		t.Fatalf("summary has %d characters", n)
	}
	d.Case.Materials = nil
	for i := 1; i <= 12; i++ {
		d.Case.Materials = append(d.Case.Materials, hall.CaseMaterial{
			Name: fmt.Sprintf("第%d号证明材料", i), Original: i%2 == 0, Copies: i % 3, Required: true, Received: i%4 != 0,
			Note: fmt.Sprintf("材料%d须由出具单位加盖公章，注明出具日期（近3个月内有效），复印件须清晰完整，并由申请人签字确认与原件一致。", i),
		})
	}
	for name, gen := range map[string]func(CaseDoc) ([]byte, []rune, error){"receipt": Receipt, "missing": MissingNotice} {
		data, _, err := gen(d)
		if err != nil {
			t.Fatal(err)
		}
		if n := pdfPages(t, data); n < 2 {
			t.Errorf("%s: %d page(s), want at least 2", name, n)
		}
		text := pdfText(t, data)
		wants := materialNames(d.Case.Materials)
		if name == "receipt" {
			wants = append(wants, d.Case.Summary)
		} else {
			for _, m := range missing(d.Case) {
				wants = append(wants, m.Note) // the notice's last column: each note reads on unbroken
			}
		}
		requireAll(t, name, text, append(wants, "第 2 页／共"))
	}
}

// TestFitNeverOverflows checks that wrapped cell text, hanging punctuation included, stays
// inside its cell and keeps every character.
func TestFitNeverOverflows(t *testing.T) {
	s, err := newSheet(sampleCaseDoc(), "t")
	if err != nil {
		t.Fatal(err)
	}
	s.doc.SetFont(family, "", sizeTable)
	text := "家庭成员（含外出务工人员）收入。”财产及支出情况已如实说明，“复印件”须清晰完整。）》，ABC 0477-8612345。"
	for _, w := range []float64{10, 14, 21, 33, 40, 97} {
		lines := s.fit(text, w)
		if got := strings.Join(lines, ""); got != text {
			t.Fatalf("width %v lost characters: %q", w, got)
		}
		for _, l := range lines {
			if s.doc.GetStringWidth(l) > w+0.01 {
				t.Errorf("width %v: line %q is %.2f wide", w, l, s.doc.GetStringWidth(l))
			}
		}
	}
}
