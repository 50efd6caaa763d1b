package hall

import (
	"strings"
	"testing"
)

func goodBriefingSettings() BriefingSettings {
	return BriefingSettings{Title: "工作简报", Office: "乌兰木伦镇便民服务大厅", Report: "伊金霍洛旗委、旗政府", Send: "各嘎查村（社区）"}
}

func TestBriefingSettingsClean(t *testing.T) {
	long := strings.Repeat("旗", 201)
	for _, tc := range []struct {
		name   string
		edit   func(*BriefingSettings)
		field  string
		inMsg  string
		report string
	}{
		{"ok", func(*BriefingSettings) {}, "", "", "伊金霍洛旗委、旗政府"},
		{"mark typed by hand is dropped", func(b *BriefingSettings) { b.Report = "报：旗委办公室" }, "", "", "旗委办公室"},
		{"no office", func(b *BriefingSettings) { b.Office = "  " }, "office", "请填写印发单位", ""},
		{"no report", func(b *BriefingSettings) { b.Report = "" }, "report", "请填写“报”送单位", ""},
		{"only the mark", func(b *BriefingSettings) { b.Report = "报：" }, "report", "请填写“报”送单位", ""},
		{"no send", func(b *BriefingSettings) { b.Send = "\n" }, "send", "请填写“发”送单位", ""},
		{"post too long", func(b *BriefingSettings) { b.Post = long }, "post", "“挂”网站不能超过200个字", ""},
		{"too many lines", func(b *BriefingSettings) { b.Send = "甲\n乙\n丙\n丁\n戊" }, "send", "最多写4行", ""},
		{"office on two lines", func(b *BriefingSettings) { b.Office = "镇政府\n办公室" }, "office", "只能写一行", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := goodBriefingSettings()
			tc.edit(&b)
			got, err := b.Clean()
			if tc.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				if got.Report != tc.report {
					t.Errorf("report = %q, want %q", got.Report, tc.report)
				}
				return
			}
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.inMsg) {
				t.Fatalf("err = %v, want %s at %s with %q", err, CodeInvalid, tc.field, tc.inMsg)
			}
		})
	}
}

func TestParseMonth(t *testing.T) {
	for in, want := range map[string]Period{
		"2025-02": {From: MustDate("2025-02-01"), To: MustDate("2025-02-28")}, "2024-02-15": {From: MustDate("2024-02-01"), To: MustDate("2024-02-29")},
		"2025-12": {From: MustDate("2025-12-01"), To: MustDate("2025-12-31")},
	} {
		if got, err := ParseMonth(in); err != nil || got != want {
			t.Errorf("ParseMonth(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "2025-13", "三月", "1999-01"} {
		if _, err := ParseMonth(bad); AsError(err) == nil || AsError(err).Message != "请选择简报的月份" {
			t.Errorf("ParseMonth(%q) = %v, want the Chinese refusal", bad, err)
		}
	}
	if MonthLabel("2025-03") != "2025年3月" || CNDate(MustDate("2025-04-02")) != "2025年4月2日" || CNDate(Date{}) != "" {
		t.Error("Chinese dates")
	}
}

func TestBriefingInputClean(t *testing.T) {
	text := "3月12日，群众张某某申请办理养老保险待遇领取，窗口当场办结。"
	base := func() BriefingInput {
		return BriefingInput{Month: "2025-03", IssueNo: 3, Settings: goodBriefingSettings(),
			Notables: []NotableInput{{CaseID: 1, Text: text}, {CaseID: 2, Text: "  群众李某某申请低保，\n窗口全程代办，已审批。  "}}}
	}
	in, p, err := base().Clean()
	if err != nil {
		t.Fatal(err)
	}
	if p.From != MustDate("2025-03-01") || in.Notables[1].Text != "群众李某某申请低保，窗口全程代办，已审批。" {
		t.Fatalf("clean: %+v %+v", p, in.Notables)
	}
	for _, tc := range []struct {
		name  string
		edit  func(*BriefingInput)
		inMsg string
	}{
		{"issue 0", func(b *BriefingInput) { b.IssueNo = 0 }, "期号应为1至999之间的整数"},
		{"no month", func(b *BriefingInput) { b.Month = "" }, "请选择简报的月份"},
		{"same case twice", func(b *BriefingInput) { b.Notables[1].CaseID = 1 }, "同一办件不能重复选为典型事例"},
		{"empty text", func(b *BriefingInput) { b.Notables[0].Text = " " }, "请填写第1件典型事例的内容"},
		{"short text", func(b *BriefingInput) { b.Notables[1].Text = "办好了。" }, "第2件典型事例的内容太短"},
		{"too many", func(b *BriefingInput) {
			for i := 3; i <= 6; i++ {
				b.Notables = append(b.Notables, NotableInput{CaseID: int64(i), Text: text})
			}
		}, "典型事例最多选5件"},
		{"bad settings", func(b *BriefingInput) { b.Settings.Send = "" }, "请填写“发”送单位"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base()
			tc.edit(&in)
			_, _, err := in.Clean()
			if e := AsError(err); e == nil || e.Code != CodeInvalid || !strings.Contains(e.Message, tc.inMsg) {
				t.Fatalf("err = %v, want %q", err, tc.inMsg)
			}
		})
	}
}

func TestCheckNotable(t *testing.T) {
	march, _ := ParseMonth("2025-03")
	done := NotableCase{Number: "2025D0001", Status: StatusRated, TakenOn: MustDate("2025-03-31")}
	if err := CheckNotable(march, done); err != nil {
		t.Fatalf("a case taken on the month's last day and rated: %v", err)
	}
	other := done
	other.TakenOn = MustDate("2025-02-28")
	if e := AsError(CheckNotable(march, other)); e == nil || e.Message != "办件2025D0001是2025年2月28日受理的，不是2025年3月的办件，不能选为本期典型事例" {
		t.Errorf("case of another month: %v", e)
	}
	open := done
	open.Status = StatusInProgress
	if e := AsError(CheckNotable(march, open)); e == nil || e.Message != "办件2025D0001尚未办结（办理中），只能选择已办结的办件作为典型事例" {
		t.Errorf("open case: %v", e)
	}
}

func TestDefaultNotableText(t *testing.T) {
	c := NotableCase{Number: "2025D0001", ItemName: "养老保险待遇领取申请", Ledger: LedgerProxy, Source: VisitSource,
		Summary: "已满60周岁。", ApplicantName: "张伟", VillageName: "巴图塔村", TakenOn: MustDate("2025-03-12"), DoneOn: MustDate("2025-03-20"),
		Outcome: OutcomeDone, OutcomeNote: "自4月起按月发放", Rating: 1}
	want := "3月12日，巴图塔村群众张某某在包联干部入户走访时提出办理养老保险待遇领取申请（已满60周岁）。窗口受理后全程代办，3月20日办结，群众诉求得到解决：自4月起按月发放。群众评价为“非常满意”。"
	if got := DefaultNotableText(c); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	c.Ledger, c.DoneOn, c.Source, c.Summary, c.OutcomeNote, c.Rating = LedgerInstant, MustDate("2025-03-12"), "大厅窗口", "", "", 0
	want = "3月12日，巴图塔村群众张某某通过大厅窗口申请办理养老保险待遇领取申请。窗口工作人员现场办理，当场办结，群众诉求得到解决。"
	if got := DefaultNotableText(c); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if PrivateName("欧阳明月") != "欧阳某某" || PrivateName("巴特尔") != "巴某某" || PrivateName("") != "群众" {
		t.Error("PrivateName")
	}
}

func TestComposeWeavesTheFiguresIntoProse(t *testing.T) {
	b := Briefing{HallName: "便民服务大厅", MonthLabel: "2025年3月",
		Cases:     CaseSummary{Sorted: 4, OnSpot: 1, Proxy: 1, Joint: 0, Declined: 1, InProgress: 1, Rated: 3, Good: 2, Bad: 1, Satisfaction: 2.0 / 3},
		Petitions: PetitionFigures{Received: 2, Accepted: 1, Assigned: 1, Leaders: 1, Settled: 1, Refused: 1}}
	b.Compose()
	if b.Headline != "便民服务大厅2025年3月便民服务工作情况" || len(b.Sections) != 4 {
		t.Fatalf("headline %q, %d sections", b.Headline, len(b.Sections))
	}
	cases := b.Sections[0].Paragraphs[0]
	for _, want := range []string{"梳理群众办事事项4件，其中现场解决1件，代办解决1件，联动解决0件，正在落实1件，依规不予办理或转办1件。",
		"3件由群众作出评价，满意2件，不满意1件", "群众满意率66.7%。"} {
		if !strings.Contains(cases, want) {
			t.Errorf("cases section lacks %q: %s", want, cases)
		}
	}
	if got := b.Sections[1].Paragraphs[0]; got != "本月没有入户走访记录。" {
		t.Errorf("visits: %s", got)
	}
	if got := b.Sections[2].Paragraphs[0]; got != "本月登记信访事项2件，受理1件，落实“包保”责任制，1名领导干部包保信访事项1件；已办结1件，正在办理0件，不予受理或告知向有权机关提出1件。" {
		t.Errorf("petitions: %s", got)
	}
	if got := b.Sections[3].Paragraphs[0]; got != "本月未印制政策宣传材料。" {
		t.Errorf("prints: %s", got)
	}
	b.Notables = []NotableCase{{Number: "2025J0001", ItemName: "参保登记", Text: "群众王某某当场办结。"}}
	b.Compose()
	if len(b.Sections) != 6 || b.Sections[4].Title != "五、典型事例" || b.Sections[5].Title != "（一）参保登记（2025J0001）" || !b.Sections[5].Sub {
		t.Errorf("notable sections: %+v", b.Sections[4:])
	}
}

func TestCanEditBriefing(t *testing.T) {
	for r, want := range map[Role]bool{RoleSupervisor: true, RoleAdmin: true, RoleLeader: false, RoleClerk: false, RoleReception: false} {
		if CanEditBriefing(r) != want {
			t.Errorf("%s: %v", r, !want)
		}
	}
}
