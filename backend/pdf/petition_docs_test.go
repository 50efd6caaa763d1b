package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
)

// samplePetition is a group visit about grassland boundaries, written down by the staff,
// accepted, extended once and answered.
func samplePetition() PetitionDoc {
	p := hall.Petition{
		Number: "2026X0007", Form: "来访", Oral: true, PetitionerName: "巴特尔", Phone: "13947712345",
		Address: "乌兰木伦镇巴图塔村二组", VillageName: "巴图塔村", GroupVisit: true, HeadCount: 12,
		Representatives: []hall.Representative{
			{Name: "巴特尔", Phone: "13947712345", Address: "巴图塔村二组"},
			{Name: "其木格", Address: "巴图塔村二组"},
			{Name: "张" + string(rare) + "明", Phone: "0477-8612399"},
		},
		Category: "土地草场", Request: "请求镇政府组织重新勘定巴图塔村与哈拉沟村之间的草场边界，恢复二组牧户的放牧权。",
		Facts: "2019年草原确权时两村边界按旧图划定，二组约1200亩草场被划入哈拉沟村。今年春季哈拉沟村牧户在争议草场上围栏，" +
			"二组牧户无法放牧，双方多次发生口角（“围栏”拆了又建）。",
		Reasons:        "《草原法》规定草原权属争议由当事人协商解决，协商不成的由人民政府处理；二组持有1985年的承包合同。",
		ReceivedByName: "斯琴巴特尔", ReceivedOn: hall.MustDate("2026-09-30"), RecordedBy: "乌兰",
		Status: hall.PtReplied, DecisionDue: hall.MustDate("2026-10-15"), ForwardDue: hall.MustDate("2026-10-13"), AcceptedOn: hall.MustDate("2026-10-09"),
		ResponsibleName: "王建军", HandlingUnit: "综合保障和技术推广中心", SettleDue: hall.MustDate("2027-01-07"),
		ExtensionDays: 30, ExtensionReason: "需会同旗林草局现场勘界", ExtensionApprover: "王建军",
		ReplyText: "经会同旗林草局现场勘界并查阅1985年承包合同，争议草场中约800亩属巴图塔村二组，" +
			"已责成哈拉沟村牧户于2027年1月15日前拆除围栏；其余400亩由两村协商，镇政府继续调解。",
		RepliedOn: hall.MustDate("2026-12-20"),
	}
	return PetitionDoc{Petition: p,
		Hall: hall.HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗",
			Phone: "0477-8612345", SupervisionPhone: "0477-8612300"},
		PrintedBy: "乌兰", At: time.Date(2026, 12, 20, 2, 30, 0, 0, time.UTC)}
}

// ptCompact drops all whitespace, so that text broken over lines by pdftotext still matches.
func ptCompact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// ptRequire checks that every value comes back from the PDF character for character (only
// whitespace, where lines and cells break, may differ).
func ptRequire(t *testing.T, name string, data []byte, wants []string) string {
	t.Helper()
	text := pdfText(t, data)
	flat := ptCompact(text)
	for _, w := range wants {
		if !strings.Contains(flat, ptCompact(w)) {
			t.Errorf("%s lacks %q", name, w)
		}
	}
	if t.Failed() {
		t.Logf("%s text:\n%s", name, text)
	}
	savePetitionSample(t, name, data)
	return text
}

// savePetitionSample writes the PDF and PNGs of its pages to $PETITION_PDF_OUT, for people
// to look at; nothing without it.
func savePetitionSample(t *testing.T, name string, data []byte) {
	dir := os.Getenv("PETITION_PDF_OUT")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "60", p, filepath.Join(dir, name)).CombinedOutput(); err != nil {
		t.Logf("pdftoppm: %v %s", err, out)
	}
}

// ptA4Pages checks with pdfinfo that every page is A4 portrait and returns the page count.
func ptA4Pages(t *testing.T, data []byte) int {
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
	sizes := regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+(.*)$`).FindAllStringSubmatch(string(out), -1)
	for _, s := range sizes {
		if !strings.HasPrefix(s[1], "595.28 x 841.89 pts") {
			t.Errorf("page size %q, want A4", s[1])
		}
	}
	return len(sizes)
}

func TestPetitionRecord(t *testing.T) {
	d := samplePetition()
	data, bad, err := PetitionRecord(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0] != rare {
		t.Errorf("substituted = %q, want the one rare character", bad)
	}
	if n := ptA4Pages(t, data); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	p := d.Petition
	ptRequire(t, "petition-record", data, []string{
		"乌兰木伦镇便民服务大厅", "口头信访记录", "（来访，工作人员代为记录）", "信访编号：2026X0007", "收到日期：2026年9月30日",
		"姓名", p.PetitionerName, "联系电话", p.Phone, "住址", p.Address, "嘎查村/社区", p.VillageName, "信访形式", p.Form,
		"来访人数", "12人（集体访）", "推选代表", "3人", "推选代表（不超过5人）",
		"其木格", "巴图塔村二组", "张□明", "0477-8612399",
		"事项类别", p.Category, "接待领导", p.ReceivedByName, "信访请求", p.Request, "事实经过", p.Facts, "理由", p.Reasons,
		"登记人", p.RecordedBy, "15日内（2026年10月15日前）", "5个工作日内（2026年10月13日前）",
		"以上记录已向信访人宣读", "信访人签字（按手印）：", "记录人签字：", "接待领导签字：",
		"第 1 页／共 1 页", "打印人：乌兰", "打印时间：2026-12-20 10:30",
	})

	d.Petition.Oral, d.Petition.GroupVisit, d.Petition.Form = false, false, "来信"
	data, _, err = PetitionRecord(d)
	if err != nil {
		t.Fatal(err)
	}
	text := ptRequire(t, "petition-record-letter", data, []string{"信访事项登记表", "（来信登记）", "信访人（代表）签字：", "登记人签字："})
	if strings.Contains(text, "宣读") || strings.Contains(text, "集体访") {
		t.Error("a letter is not read back and is no group visit")
	}
}

func TestPetitionReply(t *testing.T) {
	d := samplePetition()
	data, _, err := PetitionReply(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := ptA4Pages(t, data); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	p := d.Petition
	ptRequire(t, "petition-reply", data, []string{
		"信访事项答复意见书", "信访编号：2026X0007", "答复日期：2026年12月20日", "巴特尔等12人：",
		"您于2026年9月30日以来访形式提出的土地草场信访事项（编号：2026X0007），本机关已于2026年10月9日受理，现答复如下。",
		"信访请求", p.Request, "答复意见", p.ReplyText, "承办单位", p.HandlingUnit, "包保领导", p.ResponsibleName,
		"受理日期", "2026年10月9日", "延期情况", "经王建军批准延期30日，理由：需会同旗林草局现场勘界",
		"自收到本答复意见书之日起30日内", "（伊金霍洛旗人民政府）请求复查", "0477-8612300",
		"乌兰木伦镇人民政府（盖章）", "信访人签收：",
	})

	// A refusal prints the 不予受理告知书 with the reason and the written reply.
	d.Petition.Status, d.Petition.RefusalReason = hall.PtRefused, "已进入诉讼程序，依法应通过诉讼途径解决"
	d.Petition.ReplyText, d.Petition.RepliedOn, d.Petition.GroupVisit = "请依照《民事诉讼法》向旗人民法院提出。", hall.MustDate("2026-10-08"), false
	data, _, err = PetitionReply(d)
	if err != nil {
		t.Fatal(err)
	}
	ptRequire(t, "petition-refusal", data, []string{"信访事项不予受理告知书", "巴特尔：", "本机关经审查，决定不予受理。",
		"不予受理的理由", d.Petition.RefusalReason, "书面答复", d.Petition.ReplyText, "如对本决定有异议"})

	d.Petition.Status, d.Petition.RepliedOn = hall.PtInProgress, hall.Date{}
	if _, _, err := PetitionReply(d); !hall.IsCode(err, hall.CodeConflict) {
		t.Fatalf("unanswered: %v", err)
	}
}

func sampleRoster() RosterDoc {
	cal := []hall.RosterEntry{
		{Date: hall.MustDate("2026-10-08"), PlannedDate: hall.MustDate("2026-10-07"), Weekday: "星期四", LeaderName: "斯琴巴特尔", LeaderPosition: "镇党委副书记",
			Moved: true, Note: "原星期三（2026-10-07）为节假日，顺延"},
		{Date: hall.MustDate("2026-10-14"), Weekday: "星期三", LeaderName: "王建军", LeaderPosition: "副镇长"},
		{Date: hall.MustDate("2026-10-21"), Weekday: "星期三", LeaderName: "其其格", LeaderPosition: "人大主席", Changed: "替换", Note: "原安排王建军：外出学习"},
		{Date: hall.MustDate("2026-10-28"), Weekday: "星期三", Cancelled: true, Note: "节假日，本周不安排接待"},
	}
	d := samplePetition()
	return RosterDoc{Quarter: hall.Quarter{Year: 2026, Q: 4}, Entries: cal, Reception: hall.DefaultReceptionSettings(),
		Hall: d.Hall, PrintedBy: "乌兰", At: time.Date(2026, 9, 25, 2, 0, 0, 0, time.UTC)}
}

func TestRosterNotice(t *testing.T) {
	d := sampleRoster()
	data, _, err := RosterNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := ptA4Pages(t, data); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	wants := []string{"领导干部信访接待日安排表", "2026年第四季度", "每周星期三9:00–12:00", "便民服务大厅信访接待室",
		"序号", "接待日期", "星期", "接待领导", "职务", "备注", "不超过5人", "乌兰木伦镇人民政府（盖章）", "2026年9月25日",
		"0477-8612345", "0477-8612300"}
	for _, e := range d.Entries {
		wants = append(wants, cnDate(e.Date.String()), e.Weekday, e.Note)
		if !e.Cancelled {
			wants = append(wants, e.LeaderName, e.LeaderPosition)
		}
	}
	ptRequire(t, "roster-notice", data, wants)

	// A long quarter of many changes runs onto a second page with the header repeated.
	for i := 0; i < 40; i++ {
		d.Entries = append(d.Entries, d.Entries[2])
	}
	data, _, err = RosterNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := ptA4Pages(t, data); n < 2 {
		t.Fatalf("%d pages", n)
	}
	text := pdfText(t, data)
	if strings.Count(text, "序号") < 2 || !strings.Contains(text, "领导干部信访接待日安排表（续）") {
		t.Errorf("continuation header or repeated table head missing:\n%s", text)
	}
}

func TestPetitionRecordLongTextKeepsEveryCharacter(t *testing.T) {
	d := samplePetition()
	d.Petition.Facts = strings.Repeat("牧户反映草场被占用，围栏（长约3.5公里）阻断了牲畜饮水的通道；", 60)
	data, _, err := PetitionRecord(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := ptA4Pages(t, data); n < 2 {
		t.Fatalf("%d pages", n)
	}
	text := ptRequire(t, "petition-record-long", data, []string{"口头信访记录（续）", "接待领导签字："})
	// The facts run over pages: without the running header and footer and the （续） label of
	// the continued row, they come back whole.
	var body []string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "页／共") || strings.Contains(l, "打印时间") || strings.Contains(l, "（续）　") || strings.Contains(l, "（续） ") && strings.Contains(l, "信访编号") {
			continue
		}
		body = append(body, strings.ReplaceAll(l, "（续）", ""))
	}
	if !strings.Contains(ptCompact(strings.Join(body, "\n")), ptCompact(d.Petition.Facts)) {
		t.Errorf("long facts lost characters:\n%s", text)
	}
}
