package app_test

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func dashboardOf(e *env, d *desk) *app.DashboardService {
	e.t.Helper()
	svc := app.ServiceOf[*app.DashboardService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("DashboardService is not bound")
	}
	return svc
}

// dashHall is the counter of newCounter plus a second clerk (宝音) and a second village (乌兰村)
// with one resident (李娜), and the cases of the fixture below.
type dashHall struct {
	*counter
	clerk2 *app.CaseService
	li     hall.Resident
	ids    map[string]int64 // fixture letter → case id
}

// newDashHall takes these cases (letters as in the comments of the expected figures):
//
//	2025-02-17 王丽娜 X1 YB-01 即办 张伟 办成, rated 非常不满意 (remedy due 03-10, never remedied)
//	2025-02-27 王丽娜 X0 YB-01 即办 张伟 left open (due 02-27)
//	2025-03-10 王丽娜 A  YB-01 即办 张伟 办成, rated 非常满意
//	           王丽娜 B  YB-01 即办 张伟 办成, rated 非常不满意 (remedy due 03-31, open)
//	           王丽娜 C  DB-01 代办 张伟 every material, started, open (due in April)
//	           王丽娜 D  YB-01 即办 张伟 left open (due 03-10)
//	           王丽娜 E  YB-03 代办 张伟 不予办理, rated 不满意, remedied
//	           王丽娜 H  YB-03 代办 张伟 left open (1 working day: due 03-11)
//	2025-03-12 宝音   F  DB-04 上报 李娜 办成
//	           宝音   G  DB-01 代办 李娜 承诺书 missing: waits for materials
//	2025-03-19 宝音   I  YB-02 代办 李娜 left open (1 working day: due 03-20)
//
// and leaves the clock at 2025-03-20 09:00 (a Thursday).
func newDashHall(t *testing.T) *dashHall {
	c := newCounter(t)
	admin := c.e.login("admin")
	c.e.addOperator(admin, "clerk2", "宝音", hall.RoleClerk)
	vid, err := admin.places.SaveVillage(hall.VillageInput{Name: "乌兰村", Kind: "村"})
	must(t, err)
	li, err := admin.res.Save(hall.ResidentInput{Name: "李娜", IDNumber: "34052419800101001X", Phone: "13912345678", VillageID: vid})
	must(t, err)
	h := &dashHall{counter: c, li: li, ids: map[string]int64{}}
	take := func(letter string, svc *app.CaseService, who hall.Resident, code string, except ...string) hall.Case {
		t.Helper()
		it := c.items[code]
		cs, err := svc.Intake(hall.IntakeInput{ApplicantID: who.ID, ItemID: it.ID, Source: "大厅窗口", Received: materialNames(it, except...)})
		if err != nil {
			t.Fatalf("intake %s: %v", letter, err)
		}
		h.ids[letter] = cs.ID
		return cs
	}
	do := func(svc *app.CaseService, id int64, in ...hall.TransitionInput) {
		t.Helper()
		for _, x := range in {
			x.CaseID = id
			c.act(t, svc, x)
		}
	}
	done := func(outcome string) hall.TransitionInput {
		return hall.TransitionInput{Action: hall.ActComplete, Outcome: outcome, Note: "经核实"}
	}
	start := hall.TransitionInput{Action: hall.ActStart}
	fed := hall.TransitionInput{Action: hall.ActFeedback, FeedbackMethod: "当面"}
	// The citizen's rating comes through the supervisor's entry (a phone callback), no longer
	// through a clerk's case action.
	rate := func(id int64, n int) { t.Helper(); c.rate(t, id, n, "") }

	c.at("2025-02-17")
	x1 := take("X1", c.clerk, c.applicant, "YB-01").ID
	do(c.clerk, x1, done("办成"), fed)
	rate(x1, 5)
	c.at("2025-02-27")
	take("X0", c.clerk, c.applicant, "YB-01")
	c.at("2025-03-10")
	a := take("A", c.clerk, c.applicant, "YB-01").ID
	do(c.clerk, a, done("办成"), fed)
	rate(a, 1)
	b := take("B", c.clerk, c.applicant, "YB-01").ID
	do(c.clerk, b, done("办成"), fed)
	rate(b, 5)
	do(c.clerk, take("C", c.clerk, c.applicant, "DB-01").ID, start)
	take("D", c.clerk, c.applicant, "YB-01")
	e := take("E", c.clerk, c.applicant, "YB-03").ID
	do(c.clerk, e, start, done("不予办理"), fed)
	rate(e, 4)
	c.callback(t, e, "已上门说明政策")
	take("H", c.clerk, c.applicant, "YB-03")
	c.at("2025-03-12")
	h.clerk2 = casesOf(c.e, c.e.login("clerk2"))
	do(h.clerk2, take("F", h.clerk2, li, "DB-04").ID, start, done("办成"))
	take("G", h.clerk2, li, "DB-01", "承诺书")
	c.at("2025-03-19")
	h.clerk2 = casesOf(c.e, c.e.login("clerk2"))
	take("I", h.clerk2, li, "YB-02")
	c.at("2025-03-20")
	return h
}

var march = hall.Period{From: hall.MustDate("2025-03-01"), To: hall.MustDate("2025-03-31")}

// Every figure of the dashboard for March 2025, counted by hand from the fixture of newDashHall;
// then every figure's drill-down lists exactly the cases counted.
func TestDashboardFiguresAndDrillDown(t *testing.T) {
	h := newDashHall(t)
	sup := dashboardOf(h.e, h.e.login("sup"))
	d, err := sup.Get(march)
	must(t, err)

	// Taken in March: A B C D E H F G I = 9. 现场解决 (即办 办成) A B; 代办解决 none (E was refused);
	// 联动解决 F; not 办成 E; 正在落实 C D H G I. Rated A B E; good A; bad B E.
	want := hall.CaseSummary{Sorted: 9, OnSpot: 2, Proxy: 0, Joint: 1, Declined: 1, InProgress: 5, Rated: 3, Good: 1, Bad: 2,
		Satisfaction: 1.0 / 3}
	if d.Summary != want {
		t.Errorf("summary %+v\nwant    %+v", d.Summary, want)
	}
	// Overdue on 03-20 of March's cases: D (due 03-10), H (due 03-11); G waits for materials, its
	// clock stopped. Due soon (by 03-25): I (due today). Of every case: X0 (due 02-27) as well.
	if d.Today != hall.MustDate("2025-03-20") || d.Overdue != 2 || d.DueSoon != 1 || d.OverdueAll != 3 || d.DueSoonAll != 1 {
		t.Errorf("deadlines: today %s overdue %d dueSoon %d overdueAll %d dueSoonAll %d, want 2025-03-20 2 1 3 1",
			d.Today, d.Overdue, d.DueSoon, d.OverdueAll, d.DueSoonAll)
	}
	// Bad ratings of March: B (open, due 03-31) and E (remedied). X1 is February's.
	if d.Remedy != (hall.RemedyCount{Bad: 2, Resolved: 1, Open: 1, Overdue: 0}) {
		t.Errorf("remedy %+v", d.Remedy)
	}
	// 即办 A B D (2 solved, D open and overdue, B bad); 代办 C E H G I (E refused and bad, H
	// overdue); 上报 F.
	wantLedgers := []hall.GroupCount{
		{Key: "即办", Name: "即办", Total: 3, Solved: 2, InProgress: 1, Overdue: 1, Bad: 1},
		{Key: "代办", Name: "代办", Total: 5, Declined: 1, InProgress: 4, Overdue: 1, Bad: 1},
		{Key: "上报", Name: "上报", Total: 1, Solved: 1},
	}
	if !reflect.DeepEqual(d.Ledgers, wantLedgers) {
		t.Errorf("ledgers %+v", d.Ledgers)
	}
	// Items, largest first, ties by catalog order: YB-01 A B D; YB-03 E H; DB-01 C G; YB-02 I; DB-04 F.
	var items []string
	for _, g := range d.Items {
		items = append(items, g.Name+":"+strconv.Itoa(g.Total))
	}
	if got := strings.Join(items, " "); got != "城乡居民医保参保登记:3 异地就医备案:2 最低生活保障新申请:2 城乡居民医保代缴费:1 低保暂停或停发:1" {
		t.Errorf("items %s", got)
	}
	// Villages: 巴图塔村 (张伟) A B C D E H; 乌兰村 (李娜) F G I. Handlers the same split.
	if len(d.Villages) != 2 || d.Villages[0].Name != "巴图塔村" || d.Villages[0].Total != 6 || d.Villages[0].Overdue != 2 ||
		d.Villages[1].Name != "乌兰村" || d.Villages[1].Total != 3 || d.Villages[1].Solved != 1 || d.Villages[1].InProgress != 2 {
		t.Errorf("villages %+v", d.Villages)
	}
	if len(d.Handlers) != 2 || d.Handlers[0].Name != "王丽娜" || d.Handlers[0].Total != 6 || d.Handlers[0].Bad != 2 ||
		d.Handlers[1].Name != "宝音" || d.Handlers[1].Total != 3 || d.Handlers[1].Overdue != 0 {
		t.Errorf("handlers %+v", d.Handlers)
	}

	// Each figure's list holds exactly the cases counted, most urgent first.
	drill := func(q hall.DrillQuery) hall.DrillPage {
		t.Helper()
		if !q.AllTime {
			q.From, q.To = march.From, march.To
		}
		p, err := sup.Drill(q)
		must(t, err)
		return p
	}
	letters := func(p hall.DrillPage) string {
		byID := map[int64]string{}
		for k, id := range h.ids {
			byID[id] = k
		}
		var out []string
		for _, c := range p.Items {
			out = append(out, byID[c.ID])
		}
		return strings.Join(out, "")
	}
	for _, tc := range []struct {
		q     hall.DrillQuery
		cases string
		title string
	}{
		{hall.DrillQuery{Bucket: hall.BucketOnSpot}, "BA", "现场解决（2025-03-01至2025-03-31受理）"},
		{hall.DrillQuery{Bucket: hall.BucketJoint}, "F", ""},
		{hall.DrillQuery{Bucket: hall.BucketDeclined}, "E", ""},
		{hall.DrillQuery{Bucket: hall.BucketInProgress}, "DHICG", ""}, // running by deadline, then G (waiting)
		{hall.DrillQuery{Bucket: hall.BucketOverdue}, "DH", ""},
		{hall.DrillQuery{Bucket: hall.BucketDueSoon}, "I", ""},
		{hall.DrillQuery{Bucket: hall.BucketOverdue, AllTime: true}, "X0DH", "逾期（全部在办办件）"},
		{hall.DrillQuery{Bucket: hall.BucketBad}, "BE", ""}, // finished: by deadline (B 03-10, E 03-11)
		{hall.DrillQuery{Bucket: hall.BucketRemedyOpen}, "B", ""},
		{hall.DrillQuery{Bucket: hall.BucketRemedyOverdue, AllTime: true}, "X1", ""},
		{hall.DrillQuery{Bucket: hall.BucketGood}, "A", ""},
		{hall.DrillQuery{Ledger: "代办", Bucket: hall.BucketInProgress}, "HICG", "正在落实 · 代办（2025-03-01至2025-03-31受理）"},
		{hall.DrillQuery{VillageID: h.li.VillageID}, "IGF", "梳理问题 · 乌兰村（2025-03-01至2025-03-31受理）"},
		{hall.DrillQuery{HandlerID: d.Handlers[1].ID, Bucket: hall.BucketSolved}, "F", "已办成 · 经办人宝音（2025-03-01至2025-03-31受理）"},
		{hall.DrillQuery{ItemID: h.items["YB-03"].ID}, "HE", ""},
	} {
		p := drill(tc.q)
		if got := letters(p); got != tc.cases || p.Total != len(tc.cases)-strings.Count(tc.cases, "X") {
			t.Errorf("%+v: cases %s (total %d), want %s", tc.q, got, p.Total, tc.cases)
		}
		if tc.title != "" && p.Title != tc.title {
			t.Errorf("%+v: title %q, want %q", tc.q, p.Title, tc.title)
		}
	}
	// The figures and the lists agree for every bucket and every breakdown line.
	figures := map[hall.Bucket]int{hall.BucketAll: 9, hall.BucketOnSpot: 2, hall.BucketProxy: 0, hall.BucketJoint: 1,
		hall.BucketSolved: 3, hall.BucketDeclined: 1, hall.BucketInProgress: 5, hall.BucketRated: 3, hall.BucketGood: 1,
		hall.BucketBad: 2, hall.BucketRemedyOpen: 1, hall.BucketRemedyOverdue: 0, hall.BucketOverdue: 2, hall.BucketDueSoon: 1}
	for b, n := range figures {
		if p := drill(hall.DrillQuery{Bucket: b}); p.Total != n {
			t.Errorf("bucket %s: %d cases, figure %d", b, p.Total, n)
		}
	}
	for _, g := range d.Items {
		if p := drill(hall.DrillQuery{ItemID: g.ID, Bucket: hall.BucketSolved}); p.Total != g.Solved {
			t.Errorf("item %s solved: list %d, figure %d", g.Name, p.Total, g.Solved)
		}
	}
	// The list masks numbers as the ledgers do.
	if p := drill(hall.DrillQuery{Bucket: hall.BucketGood}); p.Items[0].ApplicantID18 != "**************002X" {
		t.Errorf("unmasked: %q", p.Items[0].ApplicantID18)
	}
}

// Only supervisors, leaders and the administrator see the dashboard; bad input is refused with
// the field named.
func TestDashboardPermissionsAndInput(t *testing.T) {
	h := newDashHall(t)
	clerk := dashboardOf(h.e, h.e.login("clerk"))
	if _, err := clerk.Get(march); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk opens the dashboard: %v", err)
	}
	if _, err := clerk.Drill(hall.DrillQuery{From: march.From, To: march.To}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk drills down: %v", err)
	}
	if _, err := clerk.ExportScorecards(march); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk exports scorecards: %v", err)
	}
	leader := dashboardOf(h.e, h.e.login("leader"))
	if _, err := leader.Get(march); err != nil {
		t.Fatalf("a leader opens the dashboard: %v", err)
	}
	for _, tc := range []struct {
		q     hall.DrillQuery
		field string
	}{
		{hall.DrillQuery{From: hall.MustDate("2025-03-31"), To: hall.MustDate("2025-03-01")}, "to"},
		{hall.DrillQuery{From: hall.Date{}, To: hall.MustDate("2025-03-01")}, "from"},
		{hall.DrillQuery{From: march.From, To: march.To, Bucket: "nonsense"}, "bucket"},
		{hall.DrillQuery{From: march.From, To: march.To, Ledger: "快办"}, "ledger"},
	} {
		_, err := leader.Drill(tc.q)
		if e := wantCode(t, err, hall.CodeInvalid); e.Field != tc.field {
			t.Errorf("%+v: field %q, want %q", tc.q, e.Field, tc.field)
		}
	}
	if _, err := leader.Drill(hall.DrillQuery{From: march.From, To: march.To, ItemID: 9999}); codeOf(err) != hall.CodeNotFound {
		t.Errorf("unknown item: %v", err)
	}
}

// The clerks' scorecards for March, counted by hand from the fixture; printing and exporting
// them is audited.
func TestClerkScorecardsPrintAndExport(t *testing.T) {
	h := newDashHall(t)
	sup := dashboardOf(h.e, h.e.login("sup"))
	sc, err := sup.Scorecards(march)
	must(t, err)
	byName := map[string]hall.ClerkScore{}
	for _, c := range sc.Clerks {
		byName[c.Name] = c
	}
	// 王丽娜: A B C D E H. Finished A B E, all on the day taken (即办 due that day; E's YB-03 due
	// 03-11). Solved A B. Overdue D H. Open C D H. Feedback in March A B E. Rated A B E, good A,
	// bad B E, B's remedy open.
	wang := hall.ClerkScore{OperatorID: byName["王丽娜"].OperatorID, Name: "王丽娜", Role: "窗口人员", Cases: 6, Solved: 2, Finished: 3,
		OnTime: 3, Overdue: 2, InProgress: 3, Feedback: 3, Rated: 3, Good: 1, Bad: 2, RemedyOpen: 1, Satisfaction: 1.0 / 3}
	if byName["王丽娜"] != wang {
		t.Errorf("王丽娜 %+v\nwant   %+v", byName["王丽娜"], wang)
	}
	// 宝音: F G I. F finished 办成 on 03-12, due 03-12 + 10 working days: on time. G, I open.
	bao := byName["宝音"]
	if bao.Cases != 3 || bao.Solved != 1 || bao.Finished != 1 || bao.OnTime != 1 || bao.InProgress != 2 || bao.Overdue != 0 ||
		bao.Feedback != 0 || bao.Rated != 0 || bao.Satisfaction != 0 {
		t.Errorf("宝音 %+v", bao)
	}
	if _, ok := byName["巴特尔"]; ok {
		t.Errorf("a supervisor who handles no case has no clerk scorecard: %+v", sc.Clerks)
	}

	doc, err := sup.PrintScorecards(march)
	must(t, err)
	if doc.FileName != "考评表-2025-03-01至2025-03-31.pdf" || len(doc.Base64) < 1000 {
		t.Errorf("printed %s (%d)", doc.FileName, len(doc.Base64))
	}
	sheet, err := sup.ExportScorecards(march)
	must(t, err)
	if sheet.FileName != "考评表-2025-03-01至2025-03-31.xlsx" || sheet.Base64 == "" {
		t.Errorf("exported %s", sheet.FileName)
	}
	log, err := h.e.login("admin").audit.List(hall.AuditQuery{Entity: "考评表"})
	must(t, err)
	var acts []string
	for _, e := range log.Items {
		acts = append(acts, e.Action+" "+e.OperatorName+" "+e.Detail)
	}
	// Newest first.
	want := []string{"导出 巴特尔 2025-03-01至2025-03-31，干部0人，窗口人员2人", "打印 巴特尔 2025-03-01至2025-03-31，干部0人，窗口人员2人"}
	if !reflect.DeepEqual(acts, want) {
		t.Errorf("audit of the scorecards: %q", acts)
	}
}
