package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"halldesk/backend/hall"
)

// vdCompact drops all whitespace, so that text broken over lines by pdftotext still matches.
func vdCompact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// vdRequire checks that every value comes back from the PDF character for character (only
// whitespace, where lines break, may differ) and returns the text.
func vdRequire(t *testing.T, name string, data []byte, wants []string) string {
	t.Helper()
	text := pdfText(t, data)
	flat := vdCompact(text)
	for _, w := range wants {
		if !strings.Contains(flat, vdCompact(w)) {
			t.Errorf("%s lacks %q", name, w)
		}
	}
	if t.Failed() {
		t.Logf("%s text:\n%s", name, text)
	}
	if dir := os.Getenv("VISIT_PDF_OUT"); dir != "" {
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, name+".pdf"), data, 0o644)
	}
	return text
}

var visitHall = hall.HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗", Phone: "0477-8612345"}

func sampleDiary() hall.Diary {
	long := strings.Repeat("老两口说今年羊价回升，计划扩大养殖规模，但缺少棚圈建设资金，希望了解贴息贷款政策。", 25)
	return hall.Diary{CadreID: 3, CadreName: "额尔敦毕力格", Position: "镇党委委员、驻村工作队队长", From: hall.MustDate("2026-03-02"), To: hall.MustDate("2026-03-08"),
		PeriodLabel: "2026年3月2日至8日",
		Visits: []hall.Visit{
			{ID: 1, Date: hall.MustDate("2026-03-02"), Weekday: "星期一", CadreName: "额尔敦毕力格", HeadName: "张伟", VillageName: "巴图塔村", GroupName: "一组",
				Address: "巴图塔村一组12号", Way: "入户", Purpose: "困难所在", Diary: "老人腿脚不便，去年住院花费较多，想办理医保报销。", RecordedBy: "王丽娜",
				Issues: []hall.VisitIssue{
					{Kind: hall.IssueCase, KindLabel: "转办件", Text: "住院费用异地报销", CaseID: 7, CaseNumber: "2026D0012", CaseItemName: "城乡居民医保报销代办",
						CaseLedger: "代办", CaseStatus: hall.StatusAccepted, CaseStatusLabel: "已受理"},
					{Kind: hall.IssueSuggestion, KindLabel: "意见建议", Text: "村口路灯坏了三盏，夜里出行不便"},
				}},
			{ID: 2, Date: hall.MustDate("2026-03-02"), Weekday: "星期一", CadreName: "额尔敦毕力格", HeadName: "王" + string(rare) + "芳", VillageName: "巴图塔村",
				GroupName: "二组", Way: "电话", Diary: "本人在鄂尔多斯市务工，家中一切正常。",
				Issues: []hall.VisitIssue{{Kind: hall.IssueDispute, KindLabel: "矛盾纠纷", Text: "与邻居因草场围栏界线发生争执"}}},
			{ID: 3, Date: hall.MustDate("2026-03-05"), Weekday: "星期四", CadreName: "额尔敦毕力格", HeadName: "李强", VillageName: "巴图塔村", GroupName: "三组",
				Way: "入户", Purpose: "致富经验", Diary: long, RecordedBy: "乌兰",
				FeedbackGiven: []hall.VisitIssue{{Kind: hall.IssueCase, CaseNumber: "2026J0003", CaseItemName: "城乡居民养老保险参保登记",
					FeedbackNote: "已告知参保登记办结，下月起可缴费"}}},
		}}
}

func TestDiaryTextRoundTrip(t *testing.T) {
	d := DiaryDoc{Diary: sampleDiary(), Hall: visitHall, PrintedBy: "王丽娜", At: time.Date(2026, 3, 9, 1, 30, 0, 0, time.UTC)}
	data, missing, err := Diary(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) != 1 || missing[0] != rare {
		t.Fatalf("missing = %q", missing)
	}
	wants := []string{"乌兰木伦镇便民服务大厅", "民情日记", "干部：额尔敦毕力格（镇党委委员、驻村工作队队长）", "时间：2026年3月2日至8日",
		"本期走访3户次，收集问题3个（转办件1个、意见建议1个、矛盾纠纷1个）。",
		"2026年3月2日　星期一", "2026年3月5日　星期四",
		"走访对象：张伟户（巴图塔村一组，巴图塔村一组12号）　方式：入户　三访三问：困难所在　记录人：王丽娜",
		"老人腿脚不便，去年住院花费较多，想办理医保报销。",
		"问题1【转办件】住院费用异地报销　→ 转办件2026D0012（城乡居民医保报销代办，代办，已受理）",
		"问题2【意见建议】村口路灯坏了三盏，夜里出行不便",
		"走访对象：王□芳户（巴图塔村二组）　方式：电话", "本人在鄂尔多斯市务工，家中一切正常。",
		"问题1【矛盾纠纷】与邻居因草场围栏界线发生争执",
		"走访对象：李强户（巴图塔村三组）　方式：入户　三访三问：致富经验　记录人：乌兰",
		sampleDiary().Visits[2].Diary,
		"入户反馈：办件2026J0003（城乡居民养老保险参保登记）已告知参保登记办结，下月起可缴费",
		"民情日记　额尔敦毕力格　2026年3月2日至8日（续）", "第 1 页／共 2 页", "第 2 页／共 2 页",
		"打印人：王丽娜　打印时间：2026-03-09 09:30"}
	vdRequire(t, "diary", data, wants)
}

func TestEmptyDiary(t *testing.T) {
	dy := hall.Diary{CadreName: "刘海燕", PeriodLabel: "2026年2月"}
	data, _, err := Diary(DiaryDoc{Diary: dy, Hall: visitHall, At: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	vdRequire(t, "diary-empty", data, []string{"干部：刘海燕", "时间：2026年2月", "本期走访0户次，收集问题0个。", "本期没有走访记录。", "第 1 页／共 1 页"})
}

func TestVisitPlanTextRoundTrip(t *testing.T) {
	r := hall.WeeklyReview{CadreID: 3, CadreName: "刘海燕", WeekStart: hall.MustDate("2026-03-02"), WeekEnd: hall.MustDate("2026-03-08"), Households: 64, VisitsThisWeek: 2,
		Due: []hall.DueVisit{
			{Duty: hall.DutyCover, HeadName: "张伟", VillageName: "巴图塔村", GroupName: "一组", Kinds: []string{"常住户"}, LastVisit: hall.MustDate("2026-02-10"),
				DueDate: hall.MustDate("2026-02-25"), DaysLeft: -5, Overdue: true, Way: "入户"},
			{Duty: hall.DutyCover, HeadName: "王芳", VillageName: "巴图塔村", GroupName: "二组", Kinds: []string{"外出户"}, NeverVisited: true,
				DueDate: hall.MustDate("2026-03-04"), DaysLeft: 0, Way: "电话"},
			{Duty: hall.DutyPair, HeadName: "李强", VillageName: "哈拉沟村", Kinds: []string{"结亲户"}, LastVisit: hall.MustDate("2026-02-05"), DueDate: hall.MustDate("2026-03-07"),
				DaysLeft: 3, DueSoon: true, Way: "入户"},
		},
		FeedbackOwed: []hall.IssueRow{{VisitIssue: hall.VisitIssue{Kind: hall.IssueCase, CaseNumber: "2026D0012", CaseItemName: "医保报销代办",
			CaseOutcome: "办成", CaseStatus: hall.StatusDone, CaseStatusLabel: "已办结"}, HeadName: "赵敏", VisitDate: hall.MustDate("2026-02-20")}},
		OpenCases: []hall.Case{{CaseRecord: hall.CaseRecord{Number: "2026S0004", ApplicantName: "孙丽", ItemName: "低保申请", Ledger: "上报",
			DueDate: hall.MustDate("2026-03-01")}, StatusLabel: "已报送", Overdue: true}},
	}
	data, _, err := VisitPlan(PlanDoc{Review: r, Hall: visitHall, PrintedBy: "乌兰", At: time.Date(2026, 3, 4, 0, 15, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	vdRequire(t, "plan", data, []string{"乌兰木伦镇便民服务大厅", "入户走访周计划", "干部：刘海燕", "时间：2026年3月2日至2026年3月8日",
		"包联64户；本周应访3户（其中逾期1户）；待入户反馈1件；在办事项1件；本周已走访2户次。",
		"一、本周应访家庭户", "序号", "户主", "村组", "类别", "上次走访", "应访日期", "状态", "方式", "完成情况",
		"张伟", "巴图塔村一组", "常住户", "2月10日", "2月25日", "逾期5天",
		"王芳", "巴图塔村二组", "外出户", "未走访", "3月4日", "今日到期", "电话",
		"李强", "哈拉沟村", "结亲走访", "2月5日", "3月7日", "本周到期",
		"二、办结待入户反馈", "赵敏", "2026D0012", "医保报销代办", "办成", "2月20日",
		"三、在办事项跟踪", "2026S0004", "孙丽", "低保申请", "上报", "已报送", "3月1日（已逾期）",
		"干部签字：", "复核人：", "打印人：乌兰　打印时间：2026-03-04 08:15"})

	// Nothing to do still prints the three sections, each saying so.
	data, _, err = VisitPlan(PlanDoc{Review: hall.WeeklyReview{CadreName: "刘海燕", WeekStart: hall.MustDate("2026-03-09"), WeekEnd: hall.MustDate("2026-03-15")}, Hall: visitHall, At: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	vdRequire(t, "plan-empty", data, []string{"本周没有应访的家庭户", "没有待反馈的事项", "包联户没有在办事项"})
}
