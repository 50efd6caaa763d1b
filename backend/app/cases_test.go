package app_test

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// casesOf is the case service of a desk's seat.
func casesOf(e *env, d *desk) *app.CaseService {
	e.t.Helper()
	svc := app.ServiceOf[*app.CaseService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("CaseService is not bound")
	}
	return svc
}

// counter is a hall with an administrator, a clerk, a supervisor, a leader and one resident.
type counter struct {
	e                  *env
	clerk, sup, leader *app.CaseService
	applicant          hall.Resident
	items              map[string]hall.ServiceItem
}

func newCounter(t *testing.T) *counter {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	e.addOperator(admin, "sup", "巴特尔", hall.RoleSupervisor)
	e.addOperator(admin, "leader", "斯琴", hall.RoleLeader)
	vid, err := admin.places.SaveVillage(hall.VillageInput{Name: "巴图塔村", Kind: "村"})
	must(t, err)
	clerkDesk := e.login("clerk")
	r, err := clerkDesk.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: "11010519491231002X", Phone: "13812345678", VillageID: vid})
	must(t, err)
	items, err := catalogOf(e, clerkDesk).List(false)
	must(t, err)
	c := &counter{e: e, clerk: casesOf(e, clerkDesk), sup: casesOf(e, e.login("sup")), leader: casesOf(e, e.login("leader")),
		applicant: r, items: map[string]hall.ServiceItem{}}
	for _, it := range items {
		c.items[it.Code] = it
	}
	return c
}

// at moves the clock to 09:00 China time on date.
func (c *counter) at(date string) {
	d, err := time.ParseInLocation(hall.DateLayout, date, hall.China)
	if err != nil {
		c.e.t.Fatal(err)
	}
	c.e.clock.t = d.Add(9 * time.Hour)
	c.signIn() // days have passed: the sessions have timed out
}

func (c *counter) signIn() {
	c.clerk, c.sup, c.leader = casesOf(c.e, c.e.login("clerk")), casesOf(c.e, c.e.login("sup")), casesOf(c.e, c.e.login("leader"))
}

func materialNames(it hall.ServiceItem, except ...string) []string {
	var out []string
	for _, m := range it.Materials {
		skip := false
		for _, x := range except {
			skip = skip || m.Name == x
		}
		if !skip {
			out = append(out, m.Name)
		}
	}
	return out
}

func (c *counter) act(t *testing.T, svc *app.CaseService, in hall.TransitionInput) hall.Case {
	t.Helper()
	cs, err := actOn(svc, in)
	if err != nil {
		t.Fatalf("%s: %v", in.Action, err)
	}
	return cs
}

func wantCase(t *testing.T, cs hall.Case, status hall.Status, due string) {
	t.Helper()
	if cs.Status != status || cs.DueDate.String() != due {
		t.Fatalf("case %s: status %s due %q, want %s due %q", cs.Number, cs.Status, cs.DueDate, status, due)
	}
}

// The whole 低保 story of the issue: one material missing, notice, materials arrive, accepted,
// handled, a wait for more materials, submitted, extended, done, feedback, rating, struck off.
func TestAllowanceCaseFromIntakeToStrikeOff(t *testing.T) {
	c := newCounter(t)
	db := c.items["DB-01"]
	c.at("2025-03-10") // Monday
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口",
		Summary: "家中丈夫患病，无固定收入", Received: materialNames(db, "承诺书"),
		Agent: &hall.Agent{Name: "李秀英", IDNumber: "34052419800101001X", Relation: "配偶", Entrusted: true}})
	must(t, err)
	if cs.Number != "2025D0001" || cs.Status != hall.StatusAwaiting || cs.AcceptedOn.String() != "" || cs.DueDate.String() != "" {
		t.Fatalf("waiting case: %+v", cs)
	}
	if cs.ApplicantID18 != "**************002X" || cs.Agent.IDNumber != "**************001X" || cs.ApplicantPhone != "138****5678" {
		t.Fatalf("numbers must be masked: %q %q %q", cs.ApplicantID18, cs.Agent.IDNumber, cs.ApplicantPhone)
	}
	if cs.Ledger != "代办" || cs.ItemName != db.Name || cs.HandlerName != "王丽娜" {
		t.Fatalf("intake fields: %+v", cs)
	}

	c.at("2025-03-12")
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActMaterialsArrived, Received: []string{"承诺书"}})
	// 30 working days from the first working day after 03-12, skipping 清明 (04-04): 04-24.
	wantCase(t, cs, hall.StatusAccepted, "2025-04-24")
	if cs.AcceptedOn.String() != "2025-03-12" {
		t.Fatalf("accepted on %s", cs.AcceptedOn)
	}
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})
	c.at("2025-03-13")
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActRequestMaterials, Note: "补交残疾证复印件"})
	if cs.Status != hall.StatusAwaiting {
		t.Fatalf("paused case: %s", cs.Status)
	}
	c.at("2025-03-17")
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActMaterialsArrived, Received: []string{"疾病或残疾证明"}})
	// The wait (03-14 and 03-17 are working days) moves it by 2: 04-25, then Sunday 04-27 (调休上班).
	wantCase(t, cs, hall.StatusInProgress, "2025-04-27")

	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActSubmit}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("submit without department: %v", err)
	}
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActSubmit, Departments: "旗民政局"})
	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActExtend, Note: "入户调查延后", ExtensionDays: 3}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk extends: %v", err)
	}
	cs = c.act(t, c.sup, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActExtend, Note: "入户调查延后", ExtensionDays: 3})
	wantCase(t, cs, hall.StatusSubmitted, "2025-04-30") // 04-28, 04-29, 04-30; 05-01 is a holiday

	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("approved 低保 without amount: %v", err)
	}
	c.at("2025-04-22")
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone,
		MonthlyAmount: "650", FirstPaidMonth: "2025-05"})
	if cs.Status != hall.StatusDone || cs.MonthlyAmount != "650" || cs.Overdue {
		t.Fatalf("done: %+v", cs)
	}
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActFeedback, FeedbackMethod: "电话"})
	if cs.FeedbackAt != hall.MustDate("2025-04-22") || cs.FeedbackBy != "王丽娜" {
		t.Fatalf("feedback: %+v", cs)
	}
	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActClose}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk strikes off: %v", err)
	}
	cs = c.rate(t, cs.ID, 1, "")
	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActClose}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk strikes off a rated case: %v", err)
	}
	cs = c.act(t, c.sup, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActClose})
	if cs.Status != hall.StatusClosed || cs.ClosedBy != "巴特尔" || len(cs.Actions) != 0 {
		t.Fatalf("closed: %+v", cs)
	}
	var trail []string
	for _, ev := range cs.Timeline {
		trail = append(trail, ev.ActionLabel+":"+ev.To)
	}
	want := "受理登记:待补正 补正材料已收齐:已受理 开始办理:办理中 要求补正材料:待补正 补正材料已收齐:办理中 报送部门:已报送 延期:已报送 办结:已办结 反馈群众:已反馈 记录群众评价:已评价 销号:已销号"
	if got := strings.Join(trail, " "); got != want {
		t.Fatalf("timeline:\n got %s\nwant %s", got, want)
	}
	if cs.Timeline[0].OperatorName != "王丽娜" || !strings.Contains(cs.Timeline[0].Note, "承诺书") {
		t.Fatalf("first timeline line: %+v", cs.Timeline[0])
	}
	checkDerived(t, c.e)
}

func TestInstantCaseInOneSitting(t *testing.T) {
	c := newCounter(t)
	yb := c.items["YB-01"]
	c.at("2025-10-01") // a holiday: the hall may still take a case; the deadline is that day
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "村级帮代办服务站",
		Received: materialNames(yb)})
	must(t, err)
	wantCase(t, cs, hall.StatusAccepted, "2025-10-01")
	if cs.Number != "2025J0001" {
		t.Fatalf("number %s", cs.Number)
	}
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone})
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActFeedback, FeedbackMethod: "当面"})
	cs = c.rate(t, cs.ID, 2, "")
	cs = c.act(t, c.sup, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActClose})
	if cs.Status != hall.StatusClosed {
		t.Fatalf("status %s", cs.Status)
	}
	second, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "电话", Received: materialNames(yb)})
	must(t, err)
	if second.Number != "2025J0002" {
		t.Fatalf("second number %s", second.Number)
	}
}

func TestBadRatingNeedsRemedyBeforeStrikeOff(t *testing.T) {
	c := newCounter(t)
	yb := c.items["YB-01"]
	c.at("2025-03-10")
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "大厅窗口", Received: materialNames(yb)})
	must(t, err)
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone})
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActFeedback, FeedbackMethod: "当面"})
	cs = c.rate(t, cs.ID, 4, "等候时间太长")
	if cs.RatingLabel != "不满意" || cs.RemedyDue.String() != "2025-03-31" { // 15 working days after 03-10
		t.Fatalf("bad rating: %q remedy due %q", cs.RatingLabel, cs.RemedyDue)
	}
	if _, err := actOn(c.sup, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActClose}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("strike off with an open remedy: %v", err)
	}
	c.callback(t, cs.ID, "已电话回访，说明情况并致歉")
	cs = c.act(t, c.sup, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActClose})
	if cs.Status != hall.StatusClosed || !strings.Contains(cs.RemedyNote, "致歉") {
		t.Fatalf("closed after remedy: %+v", cs)
	}
}

func TestIntakeRulesAndLedgers(t *testing.T) {
	c := newCounter(t)
	db, yl := c.items["DB-01"], c.items["YL-03"]
	c.at("2025-03-10")
	if _, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口", AcceptMissing: true}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("accepting with materials missing needs a note: %v", err)
	}
	if _, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "街上"}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("unknown source: %v", err)
	}
	if _, err := c.leader.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口", Received: materialNames(db)}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a leader takes a case: %v", err)
	}
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "入户走访",
		AcceptMissing: true, IntakeNote: "承诺书下次入户时补签", Received: materialNames(db, "承诺书")})
	must(t, err)
	if cs.Status != hall.StatusAccepted || cs.IntakeNote == "" {
		t.Fatalf("accepted with a note: %+v", cs)
	}
	open, err := c.clerk.OpenFor(c.applicant.ID, db.ID)
	must(t, err)
	if len(open) != 1 || open[0].ID != cs.ID {
		t.Fatalf("duplicate warning lists %d cases", len(open))
	}
	pension, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yl.ID, Ledger: "上报", Source: "电话", Received: materialNames(yl)})
	must(t, err)
	if pension.Ledger != "上报" || !strings.HasPrefix(pension.Number, "2025S") {
		t.Fatalf("ledger chosen by the clerk: %s %s", pension.Ledger, pension.Number)
	}
	// A leader sees the ledgers but cannot act.
	if _, err := actOn(c.leader, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a leader acts: %v", err)
	}
	page, err := c.leader.Ledger(hall.CaseQuery{Ledger: "代办"})
	must(t, err)
	if page.Total != 1 || page.Items[0].ID != cs.ID || len(page.Items[0].Actions) != 0 {
		t.Fatalf("代办 ledger for a leader: %+v", page)
	}
	// Due soon, then overdue, as the days pass.
	c.at("2025-04-21") // due 04-22: within 3 working days
	soon, err := c.clerk.Ledger(hall.CaseQuery{Ledger: "代办", DueSoon: true})
	must(t, err)
	over, err := c.clerk.Ledger(hall.CaseQuery{Ledger: "代办", Overdue: true})
	must(t, err)
	if soon.Total != 1 || over.Total != 0 {
		t.Fatalf("on 04-21 (due %s): %d due soon, %d overdue", cs.DueDate, soon.Total, over.Total)
	}
	c.at("2025-04-25")
	over, err = c.clerk.Ledger(hall.CaseQuery{Ledger: "代办", Overdue: true, Mine: true})
	must(t, err)
	if over.Total != 1 || !over.Items[0].Overdue || over.Items[0].DaysLeft >= 0 {
		t.Fatalf("overdue on 04-25: %+v", over)
	}
	handlers, err := c.leader.Handlers()
	must(t, err)
	if len(handlers) != 1 || handlers[0].Name != "王丽娜" {
		t.Fatalf("handlers: %+v", handlers)
	}
	byHandler, err := c.leader.Ledger(hall.CaseQuery{HandlerID: handlers[0].ID})
	must(t, err)
	if byHandler.Total != 2 {
		t.Fatalf("cases of the handler: %d", byHandler.Total)
	}
	byNumber, err := c.clerk.Ledger(hall.CaseQuery{Text: strings.ToLower(cs.Number)})
	must(t, err)
	byName, err := c.clerk.Ledger(hall.CaseQuery{Text: "张伟"})
	must(t, err)
	if byNumber.Total != 1 || byName.Total != 2 {
		t.Fatalf("search: by number %d, by name %d", byNumber.Total, byName.Total)
	}
}

func TestEscalatedCaseTakesTheMeetingsDeadline(t *testing.T) {
	c := newCounter(t)
	it := c.items["DB-04"]
	c.at("2025-03-10")
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: it.ID, Source: "入户走访", Received: materialNames(it)})
	must(t, err)
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})
	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActRecordMeeting, Meeting: &hall.Meeting{Date: hall.MustDate("2025-03-11")}}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("meeting without participants: %v", err)
	}
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActRecordMeeting, Meeting: &hall.Meeting{
		Date: hall.MustDate("2025-03-11"), Participants: "镇民政办、派出所、嘎查村委会", Decision: "核实后暂停发放", Deadline: hall.MustDate("2025-03-20")}})
	wantCase(t, cs, hall.StatusInProgress, "2025-03-20")
	if cs.Meeting == nil || cs.Meeting.Decision != "核实后暂停发放" {
		t.Fatalf("meeting: %+v", cs.Meeting)
	}
}

func TestCaseDocuments(t *testing.T) {
	c := newCounter(t)
	db := c.items["DB-01"]
	c.at("2025-03-10")
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口", Received: materialNames(db, "承诺书")})
	must(t, err)
	if _, err := c.clerk.PrintReceipt(cs.ID); codeOf(err) != hall.CodeConflict {
		t.Fatalf("receipt before acceptance: %v", err)
	}
	notice, err := c.clerk.PrintNotice(cs.ID)
	must(t, err)
	if notice.Base64 == "" || notice.FileName != "一次性告知单-"+cs.Number+".pdf" {
		t.Fatalf("browser mode gets the PDF itself: %+v", notice.FileName)
	}
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActMaterialsArrived, Received: []string{"承诺书"}})
	if _, err := c.clerk.PrintNotice(cs.ID); codeOf(err) != hall.CodeConflict {
		t.Fatalf("notice with nothing missing: %v", err)
	}
	if _, err := c.clerk.PrintCompletion(cs.ID); codeOf(err) != hall.CodeConflict {
		t.Fatalf("completion notice before done: %v", err)
	}
	receipt, err := c.leader.PrintReceipt(cs.ID)
	must(t, err)
	if !strings.HasPrefix(receipt.Base64, "JVBER") { // %PDF
		t.Fatalf("receipt is not a PDF: %.10s", receipt.Base64)
	}
}

func TestCorrectionAfterAcceptanceAndInstantLedgerChoice(t *testing.T) {
	c := newCounter(t)
	db := c.items["DB-01"]
	c.at("2025-03-10")
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口", Received: materialNames(db)})
	must(t, err)
	if cs.ItemCode != "DB-01" {
		t.Fatalf("item code %q", cs.ItemCode)
	}
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})
	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActRequestMaterials, Note: "补交", Missing: []string{"房产证"}}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a material not on the list: %v", err)
	}
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActRequestMaterials, Note: "承诺书未签字，需重新签署", Missing: []string{"承诺书"}})
	if _, err := c.clerk.PrintNotice(cs.ID); err != nil {
		t.Fatalf("a correction after acceptance prints its one-time notice: %v", err)
	}
	// A 代办 item taken as 即办 is due the same day.
	yl := c.items["YL-03"]
	instant, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yl.ID, Ledger: "即办", Source: "大厅窗口", Received: materialNames(yl)})
	must(t, err)
	wantCase(t, instant, hall.StatusAccepted, "2025-03-10")
}
