package hall

import (
	"reflect"
	"strings"
	"testing"
)

func validVisit() VisitInput {
	return VisitInput{CadreID: 1, HouseholdID: 2, Date: MustDate("2026-03-05"), Way: "入户", Purpose: "困难所在", Diary: " 老人腿脚不便，想办理医保报销。 ",
		Issues: []VisitIssueInput{
			{Kind: IssueCase, Text: "住院费用报销", ItemID: 3, Ledger: "代办", ApplicantID: 9, MaterialsReceived: true},
			{Kind: IssueSuggestion, Text: "村口路灯不亮", ItemID: 3, Ledger: "代办", ApplicantID: 9, MaterialsReceived: true},
		}}
}

func TestCleanVisit(t *testing.T) {
	today := day("2026-03-06")
	v, err := CleanVisit(validVisit(), today)
	if err != nil {
		t.Fatal(err)
	}
	if v.Diary != "老人腿脚不便，想办理医保报销。" {
		t.Fatalf("diary %q", v.Diary)
	}
	// A suggestion keeps no case fields.
	if v.Issues[1] != (VisitIssueInput{Kind: IssueSuggestion, Text: "村口路灯不亮"}) || v.Issues[0].ItemID != 3 {
		t.Fatalf("issues %+v", v.Issues)
	}
	cases := []struct {
		name  string
		edit  func(*VisitInput)
		field string
		msg   string
	}{
		{"no cadre", func(v *VisitInput) { v.CadreID = 0 }, "cadreId", "走访干部"},
		{"no household", func(v *VisitInput) { v.HouseholdID = 0 }, "householdId", "家庭户"},
		{"no date", func(v *VisitInput) { v.Date = Date{} }, "date", "走访日期"},
		{"tomorrow", func(v *VisitInput) { v.Date = MustDate("2026-03-07") }, "date", "不能晚于今天"},
		{"two years back", func(v *VisitInput) { v.Date = MustDate("2024-03-01") }, "date", "一年前"},
		{"bad way", func(v *VisitInput) { v.Way = "上门" }, "way", "走访方式"},
		{"bad purpose", func(v *VisitInput) { v.Purpose = "闲聊" }, "purpose", "三访三问"},
		{"empty diary", func(v *VisitInput) { v.Diary = "  " }, "diary", "请填写民情日记"},
		{"long diary", func(v *VisitInput) { v.Diary = strings.Repeat("记", MaxVisitDiary+1) }, "diary", "不能超过"},
		{"bad kind", func(v *VisitInput) { v.Issues[1].Kind = "other" }, "issues.1.kind", "第2个问题"},
		{"empty text", func(v *VisitInput) { v.Issues[0].Text = "" }, "issues.0.text", "第1个问题的内容"},
		{"case without item", func(v *VisitInput) { v.Issues[0].ItemID = 0 }, "issues.0.itemId", "服务事项"},
		{"case with bad ledger", func(v *VisitInput) { v.Issues[0].Ledger = "待办" }, "issues.0.ledger", "台账"},
		{"case without applicant", func(v *VisitInput) { v.Issues[0].ApplicantID = 0 }, "issues.0.applicantId", "家庭成员"},
		{"too many issues", func(v *VisitInput) { v.Issues = make([]VisitIssueInput, MaxVisitIssues+1) }, "issues", "最多"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := validVisit()
			tc.edit(&in)
			_, err := CleanVisit(in, today)
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want %s with %q", err, tc.field, tc.msg)
			}
		})
	}
}

func TestFeedbackOwed(t *testing.T) {
	for _, tc := range []struct {
		issue VisitIssue
		owed  bool
	}{
		{VisitIssue{Kind: IssueCase, CaseID: 1, CaseStatus: StatusInProgress}, false},
		{VisitIssue{Kind: IssueCase, CaseID: 1, CaseStatus: StatusDone}, true},
		{VisitIssue{Kind: IssueCase, CaseID: 1, CaseStatus: StatusClosed}, true},
		{VisitIssue{Kind: IssueCase, CaseID: 1, CaseStatus: StatusDone, FeedbackOn: MustDate("2026-03-01")}, false},
		{VisitIssue{Kind: IssueSuggestion}, false},
	} {
		if got := tc.issue.FeedbackOwed(); got != tc.owed {
			t.Errorf("%+v: owed %v", tc.issue, got)
		}
	}
	if _, err := CleanFeedback(FeedbackInput{IssueID: 1, Note: "已告知"}, day("2026-03-06")); err != nil {
		t.Fatal(err)
	}
	if _, err := CleanFeedback(FeedbackInput{IssueID: 1}, day("2026-03-06")); !IsCode(err, CodeInvalid) {
		t.Fatalf("no note: %v", err)
	}
	if _, err := CleanFeedback(FeedbackInput{IssueID: 1, Note: "x", Date: MustDate("2026-03-07")}, day("2026-03-06")); !IsCode(err, CodeInvalid) {
		t.Fatalf("future: %v", err)
	}
}

func TestActivityStatusByPeriod(t *testing.T) {
	cases := []struct {
		name, kind, last, today string
		period                  string
		done, missed            bool
		end                     string
	}{
		{"monthly done this month", "矛盾纠纷排查", "2026-03-02", "2026-03-31", "2026年3月", true, false, "2026-03-31"},
		{"monthly due, held last month", "政策宣讲", "2026-02-28", "2026-03-01", "2026年3月", false, false, "2026-03-31"},
		{"monthly due, missed last month", "务工信息", "2026-01-31", "2026-03-10", "2026年3月", false, true, "2026-03-31"},
		{"never held: due, not missed", "矛盾纠纷排查", "", "2026-03-10", "2026年3月", false, false, "2026-03-31"},
		{"quarterly: December counts for Q4 only", "实用技术培训", "2025-12-31", "2026-01-05", "2026年第一季度", false, false, "2026-03-31"},
		{"quarterly done", "恳谈会", "2026-04-01", "2026-06-30", "2026年第二季度", true, false, "2026-06-30"},
		{"yearly due", "慰问特殊群体", "2025-01-20", "2026-02-01", "2026年", false, false, "2026-12-31"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := ActivityStatus(tc.kind, MustDate(tc.last), day(tc.today))
			if a.PeriodLabel != tc.period || a.Done != tc.done || a.MissedLast != tc.missed || a.PeriodEnd != MustDate(tc.end) {
				t.Fatalf("got %+v", a)
			}
		})
	}
	rows := VillageActivityDue([]Village{{ID: 1, Name: "巴图塔村"}}, map[int64]map[string]Date{1: {"矛盾纠纷排查": MustDate("2026-03-02")}}, day("2026-03-10"))
	if len(rows) != len(ActivityKinds) || !rows[0].Done || rows[1].Done || rows[0].VillageName != "巴图塔村" {
		t.Fatalf("rows %+v", rows)
	}
}

func TestCleanActivity(t *testing.T) {
	in := ActivityInput{Date: MustDate("2026-03-05"), VillageID: 1, Kind: "政策宣讲", CadreIDs: []int64{2, 2, 0, 3}, Content: "宣讲医保缴费政策"}
	out, err := CleanActivity(in, day("2026-03-06"))
	if err != nil || !reflect.DeepEqual(out.CadreIDs, []int64{2, 3}) {
		t.Fatalf("%+v %v", out, err)
	}
	for field, edit := range map[string]func(*ActivityInput){
		"kind":      func(a *ActivityInput) { a.Kind = "联欢会" },
		"date":      func(a *ActivityInput) { a.Date = MustDate("2026-03-07") },
		"villageId": func(a *ActivityInput) { a.VillageID = 0 },
		"cadreIds":  func(a *ActivityInput) { a.CadreIDs = nil },
		"content":   func(a *ActivityInput) { a.Content = "" },
	} {
		a := in
		edit(&a)
		if _, err := CleanActivity(a, day("2026-03-06")); AsError(err) == nil || AsError(err).Field != field {
			t.Errorf("%s: %v", field, err)
		}
	}
}

func TestLeaderProgress(t *testing.T) {
	dates := []Date{MustDate("2026-01-05"), MustDate("2026-01-05"), MustDate("2026-02-10"), MustDate("2025-12-30"), MustDate("2026-03-01"), {}}
	done, expected, days := LeaderProgress(dates, 2026, 8, day("2026-07-02"))
	if done != 3 || expected != 4 || !reflect.DeepEqual(days, []Date{MustDate("2026-01-05"), MustDate("2026-02-10"), MustDate("2026-03-01")}) {
		t.Fatalf("done %d expected %d days %v", done, expected, days)
	}
	if _, expected, _ := LeaderProgress(nil, 2025, 8, day("2026-01-02")); expected != 8 {
		t.Fatalf("past year expected %d", expected)
	}
	if _, expected, _ := LeaderProgress(nil, 2026, 8, day("2026-01-02")); expected != 0 {
		t.Fatalf("new year expected %d", expected)
	}
}

func TestYuanAndThanksgiving(t *testing.T) {
	for s, fen := range map[string]int64{"500": 50000, "1280.5": 128050, "0.05": 5, "1,000.00": 100000} {
		got, err := ParseYuan("amount", "金额", s)
		if err != nil || got != fen {
			t.Errorf("%s: %d %v", s, got, err)
		}
	}
	for _, s := range []string{"", "-5", "1.234", "abc", "12345678"} {
		if _, err := ParseYuan("amount", "金额", s); !IsCode(err, CodeInvalid) {
			t.Errorf("%q accepted", s)
		}
	}
	if FormatYuan(128050) != "1280.50" || FormatYuan(5) != "0.05" {
		t.Fatal(FormatYuan(128050), FormatYuan(5))
	}
	for today, want := range map[string]string{"2026-03-09": "2026-03-10", "2026-03-10": "2026-03-10", "2026-03-11": "2026-04-10", "2026-12-20": "2027-01-10"} {
		if got := NextThanksgiving(day(today), 10); got != MustDate(want) {
			t.Errorf("%s: %s", today, got)
		}
	}
	_, fen, err := CleanHelp(HelpInput{PairID: 1, Date: MustDate("2026-03-01"), Kind: "资金", Amount: "800", Description: "助学金"}, day("2026-03-06"))
	if err != nil || fen != 80000 {
		t.Fatal(fen, err)
	}
	if _, _, err := CleanHelp(HelpInput{PairID: 1, Date: MustDate("2026-03-01"), Kind: "资金", Description: "助学金"}, day("2026-03-06")); !IsCode(err, CodeInvalid) {
		t.Fatal("money without an amount accepted")
	}
	if _, fen, err := CleanHelp(HelpInput{PairID: 1, Date: MustDate("2026-03-01"), Kind: "技术", Description: "传授养羊技术"}, day("2026-03-06")); err != nil || fen != 0 {
		t.Fatal(fen, err)
	}
	if _, _, err := CleanDonation(DonationInput{Date: MustDate("2026-03-10"), Donor: "镇机关干部", Amount: "0", Use: "助学"}, day("2026-03-10")); !IsCode(err, CodeInvalid) {
		t.Fatal("zero donation accepted")
	}
}
