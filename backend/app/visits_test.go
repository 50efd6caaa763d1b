package app_test

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// serviceOf finds a bound service of type T on a desk's seat.
func serviceOf[T any](e *env, d *desk) T {
	e.t.Helper()
	for _, s := range e.core.Services(d.seat) {
		if x, ok := s.(T); ok {
			return x
		}
	}
	var zero T
	e.t.Fatalf("%T is not bound", zero)
	return zero
}

// contactDesk is one operator's household contact work services.
type contactDesk struct {
	*desk
	visits *app.VisitService
	cover  *app.CoverageService
	acts   *app.ActivityService
	pairs  *app.PairService
	cases  *app.CaseService
}

func (e *env) contact(d *desk) contactDesk {
	return contactDesk{desk: d, visits: serviceOf[*app.VisitService](e, d), cover: serviceOf[*app.CoverageService](e, d),
		acts: serviceOf[*app.ActivityService](e, d), pairs: serviceOf[*app.PairService](e, d), cases: serviceOf[*app.CaseService](e, d)}
}

// village is a hall with a clerk, a supervisor, a leader, one village of three households and
// two cadres.
type village struct {
	e              *env
	admin, clerk   contactDesk
	village, group int64
	households     []hall.Household
	bater, li      hall.Cadre
	items          map[string]hall.ServiceItem
}

func newVillage(t *testing.T) *village {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	e.addOperator(admin, "recept", "乌兰", hall.RoleReception)
	e.addOperator(admin, "sup", "巴图", hall.RoleSupervisor)
	e.addOperator(admin, "leader", "斯琴", hall.RoleLeader)
	vid, err := admin.places.SaveVillage(hall.VillageInput{Name: "巴图塔村", Kind: "村"})
	must(t, err)
	gid, err := admin.places.SaveGroup(hall.GroupInput{VillageID: vid, Name: "一组"})
	must(t, err)
	clerk := e.login("clerk")
	v := &village{e: e, admin: e.contact(admin), clerk: e.contact(clerk), village: vid, group: gid, items: map[string]hall.ServiceItem{}}
	for i, head := range []struct{ name, residency string }{{"张伟", "常住"}, {"王芳", "外出"}, {"李强", "常住"}} {
		h, err := clerk.hh.Save(hall.HouseholdInput{VillageID: vid, GroupID: gid, Address: "巴图塔村一组" + string(rune('1'+i)) + "号"})
		must(t, err)
		_, err = clerk.res.Save(hall.ResidentInput{Name: head.name, NoIDNumber: true, BirthDate: hall.NewDate(1960, time.May, 1+i), Sex: "男",
			VillageID: vid, GroupID: gid, HouseholdID: h.ID, Relation: "户主", Residency: head.residency})
		must(t, err)
		_, err = clerk.res.Save(hall.ResidentInput{Name: head.name + "妻", NoIDNumber: true, BirthDate: hall.MustDate("1962-05-01"), Sex: "女",
			VillageID: vid, GroupID: gid, HouseholdID: h.ID, Relation: "配偶", Residency: head.residency})
		must(t, err)
		h, err = clerk.hh.Get(h.ID)
		must(t, err)
		v.households = append(v.households, h)
	}
	cadres := cadresOf(e, admin)
	v.bater, err = cadres.Save(hall.Cadre{Name: "巴特尔", Position: "驻村工作队队长", Phone: "13947712345", Type: "驻村干部", VillageIDs: []int64{vid}})
	must(t, err)
	v.li, err = cadres.Save(hall.Cadre{Name: "李秀英", Phone: "13800000001", Type: "包户干部", VillageIDs: []int64{vid}})
	must(t, err)
	items, err := catalogOf(e, clerk).List(false)
	must(t, err)
	for _, it := range items {
		v.items[it.Code] = it
	}
	return v
}

// at moves the clock to 09:00 China time on date and signs everyone in again.
func (v *village) at(date string) {
	d, err := time.ParseInLocation(hall.DateLayout, date, hall.China)
	if err != nil {
		v.e.t.Fatal(err)
	}
	v.e.clock.t = d.Add(9 * time.Hour)
	v.admin, v.clerk = v.e.contact(v.e.login("admin")), v.e.contact(v.e.login("clerk"))
}

func (v *village) head(i int) hall.Resident { return v.households[i].Members[0] }

// TestVisitIssueBecomesCaseAndFeedbackIsOwed is the slice end to end through the services:
// assign → a home visit with two issues → one is a 代办 case of source 入户走访 linked to the
// visit, one a suggestion → the case is done → the next visit shows the feedback owed → the
// feedback is given (and recorded on the case) → nothing is owed; the overdue list follows.
func TestVisitIssueBecomesCaseAndFeedbackIsOwed(t *testing.T) {
	v := newVillage(t)
	clerk := v.clerk
	res, err := clerk.cover.Assign(hall.AssignInput{CadreID: v.bater.ID, GroupID: v.group, From: hall.MustDate("2025-02-01")})
	must(t, err)
	if res.Assigned != 3 || res.Coverage != 3 || res.Warning != "" {
		t.Fatalf("assign %+v", res)
	}

	// Before any visit every household is overdue (coverage began 2025-02-01; 15 or 30 days).
	due, err := clerk.cover.Due(app.DueQuery{CadreID: v.bater.ID})
	must(t, err)
	// Residents were due 15 days after, on 2025-02-16; 王芳's household has gone out (外出户):
	// 30 days, 2025-03-03, to be called.
	byHead := map[string]hall.DueVisit{}
	for _, d := range due.Items {
		byHead[d.HeadName] = d
	}
	if len(due.Items) != 3 || !byHead["张伟"].Overdue || byHead["张伟"].DueDate.String() != "2025-02-16" || byHead["王芳"].DueDate.String() != "2025-03-03" ||
		byHead["王芳"].Way != "电话" || byHead["王芳"].Kind != hall.KindOut || !byHead["李强"].NeverVisited {
		t.Fatalf("due %+v", due.Items)
	}

	yb := v.items["YB-01"]
	visit, err := clerk.visits.Record(hall.VisitInput{CadreID: v.bater.ID, HouseholdID: v.households[0].ID, Date: hall.MustDate("2025-03-08"), Way: "入户",
		Purpose: "困难所在", Diary: "老人腿脚不便，想参加居民医保。",
		Issues: []hall.VisitIssueInput{
			{Kind: hall.IssueCase, Text: "老人想参加城乡居民医保", ItemID: yb.ID, Ledger: hall.LedgerProxy, ApplicantID: v.head(0).ID, MaterialsReceived: true},
			{Kind: hall.IssueSuggestion, Text: "村口路灯不亮"},
		}})
	must(t, err)
	if len(visit.Issues) != 2 || visit.Issues[0].CaseID == 0 || visit.Issues[1].KindLabel != "意见建议" || visit.RecordedBy != "王丽娜" {
		t.Fatalf("visit %+v", visit)
	}
	cs, err := clerk.cases.Get(visit.Issues[0].CaseID)
	must(t, err)
	if cs.Ledger != hall.LedgerProxy || cs.Source != "入户走访" || cs.ApplicantName != "张伟" || cs.Agent == nil || cs.Agent.Name != "巴特尔" ||
		cs.Summary != "老人想参加城乡居民医保" || cs.Status != hall.StatusAccepted || cs.HandlerName != "王丽娜" || cs.DueDate.String() == "" {
		t.Fatalf("case %+v", cs)
	}
	// The visit no longer counts as overdue.
	due, err = clerk.cover.Due(app.DueQuery{CadreID: v.bater.ID})
	must(t, err)
	for _, d := range due.Items {
		if d.HeadName == "张伟" {
			t.Fatalf("张伟 still due after the visit: %+v", d)
		}
	}

	owed, err := clerk.visits.FeedbackOwed(v.households[0].ID)
	must(t, err)
	if len(owed) != 0 {
		t.Fatalf("owed before done %+v", owed)
	}
	// The counter works the case to 已办结.
	for _, in := range []hall.TransitionInput{
		{CaseID: cs.ID, Action: hall.ActStart},
		{CaseID: cs.ID, Action: hall.ActSubmit, Departments: "旗医保局"},
		{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone},
	} {
		_, err := actOn(clerk.cases, in)
		must(t, err)
	}
	v.at("2025-03-14")
	owed, err = v.clerk.visits.FeedbackOwed(v.households[0].ID)
	must(t, err)
	if len(owed) != 1 || owed[0].CaseNumber != cs.Number || owed[0].CaseOutcome != "办成" || !owed[0].FeedbackOwed() {
		t.Fatalf("owed %+v", owed)
	}
	review, err := v.clerk.cover.Review(v.bater.ID)
	must(t, err)
	if len(review.FeedbackOwed) != 1 || review.Households != 3 || review.VisitsThisWeek != 0 || review.WeekStart != hall.MustDate("2025-03-10") {
		t.Fatalf("review %+v", review)
	}

	next, err := v.clerk.visits.Record(hall.VisitInput{CadreID: v.bater.ID, HouseholdID: v.households[0].ID, Date: hall.MustDate("2025-03-14"), Way: "入户",
		Diary: "告知医保参保已办好。"})
	must(t, err)
	given, err := v.clerk.visits.GiveFeedback(hall.FeedbackInput{IssueID: owed[0].ID, VisitID: next.ID, Note: "已告知参保成功", RecordCase: true})
	must(t, err)
	if given.FeedbackOn != hall.MustDate("2025-03-14") || given.FeedbackBy != "王丽娜" || given.CaseStatus != hall.StatusFedBack {
		t.Fatalf("given %+v", given)
	}
	cs, err = v.clerk.cases.Get(cs.ID)
	must(t, err)
	if cs.Status != hall.StatusFedBack || cs.FeedbackMethod != "入户" || cs.FeedbackAt != hall.MustDate("2025-03-14") {
		t.Fatalf("case after feedback %+v", cs)
	}
	if owed, _ := v.clerk.visits.FeedbackOwed(v.households[0].ID); len(owed) != 0 {
		t.Fatalf("still owed %+v", owed)
	}
	_, err = v.clerk.visits.GiveFeedback(hall.FeedbackInput{IssueID: given.ID, Note: "again"})
	wantCode(t, err, hall.CodeConflict)
	got, err := v.clerk.visits.Get(next.ID)
	must(t, err)
	if len(got.FeedbackGiven) != 1 || got.FeedbackGiven[0].FeedbackNote != "已告知参保成功" {
		t.Fatalf("next visit %+v", got)
	}
	sugg, err := v.clerk.visits.Issues(hall.IssueQuery{Kind: hall.IssueSuggestion})
	must(t, err)
	if sugg.Total != 1 || sugg.Items[0].Text != "村口路灯不亮" {
		t.Fatalf("suggestions %+v", sugg)
	}

	// The diary of that week reads both visits in order and prints.
	diary, err := v.clerk.visits.Diary(hall.DiaryInput{CadreID: v.bater.ID, Period: hall.DiaryMonth, Date: hall.MustDate("2025-03-14")})
	must(t, err)
	if len(diary.Visits) != 2 || diary.Visits[0].ID != visit.ID || diary.PeriodLabel != "2025年3月" {
		t.Fatalf("diary %+v", diary)
	}
	doc, err := v.clerk.visits.PrintDiary(hall.DiaryInput{CadreID: v.bater.ID, Period: hall.DiaryWeek, Date: hall.MustDate("2025-03-14")})
	must(t, err)
	if pdfBytes, _ := base64.StdEncoding.DecodeString(doc.Base64); !strings.HasPrefix(string(pdfBytes), "%PDF") || !strings.HasPrefix(doc.FileName, "民情日记-巴特尔") {
		t.Fatalf("diary document %q", doc.FileName)
	}
	plan, err := v.clerk.cover.PrintPlan(app.PlanInput{CadreID: v.bater.ID})
	must(t, err)
	if !strings.HasPrefix(plan.FileName, "走访计划-巴特尔") {
		t.Fatalf("plan %q", plan.FileName)
	}
	counts, err := printsOf(v.e, v.clerk.desk).Counts(app.PrintCountsInput{})
	must(t, err)
	if counts[hall.PrintDiary] != 1 || counts[hall.PrintVisitPlan] != 1 {
		t.Fatalf("print counts %v", counts)
	}
	checkDerived(t, v.e)
}

func TestVisitIssueGoesThroughIntakeRules(t *testing.T) {
	v := newVillage(t)
	yb := v.items["YB-01"]
	base := func() hall.VisitInput {
		return hall.VisitInput{CadreID: v.bater.ID, HouseholdID: v.households[0].ID, Date: hall.MustDate("2025-03-08"), Way: "入户", Diary: "走访。",
			Issues: []hall.VisitIssueInput{{Kind: hall.IssueSuggestion, Text: "修路"}, {Kind: hall.IssueCase, Text: "参保", ItemID: yb.ID, ApplicantID: v.head(0).ID}}}
	}
	// The applicant must be a member of the household visited.
	in := base()
	in.Issues[1].ApplicantID = v.head(1).ID
	_, err := v.clerk.visits.Record(in)
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "issues.1.applicantId" || !strings.Contains(e.Message, "第2个问题") {
		t.Fatalf("error %+v", e)
	}
	// An unknown item is pointed at the issue's own field.
	in = base()
	in.Issues[1].ItemID = 99999
	_, err = v.clerk.visits.Record(in)
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "issues.1.itemId" {
		t.Fatalf("error %+v", e)
	}
	// Nothing was stored by the refusals.
	if p, _ := v.clerk.visits.List(hall.VisitQuery{}); p.Total != 0 {
		t.Fatalf("visits %d", p.Total)
	}
	// Without the materials the case waits for them (待补正), as at the counter; the ledger
	// defaults to the item's.
	visit, err := v.clerk.visits.Record(base())
	must(t, err)
	cs, err := v.clerk.cases.Get(visit.Issues[1].CaseID)
	must(t, err)
	if yb.Materials[0].Required && cs.Status != hall.StatusAwaiting {
		t.Fatalf("status %s", cs.Status)
	}
	if cs.Ledger != yb.DefaultLedger || cs.Source != hall.VisitSource {
		t.Fatalf("case %+v", cs)
	}
	// Feedback is not owed on a case still open.
	_, err = v.clerk.visits.GiveFeedback(hall.FeedbackInput{IssueID: visit.Issues[1].ID, Note: "x"})
	wantCode(t, err, hall.CodeConflict)
	// A deactivated cadre records no visits.
	gone := v.li
	gone.Active = false
	_, err = cadresOf(v.e, v.admin.desk).Save(gone)
	must(t, err)
	in = base()
	in.CadreID, in.Issues = v.li.ID, nil
	_, err = v.clerk.visits.Record(in)
	wantCode(t, err, hall.CodeInvalid)
}

func TestCoverageWarningsTransferAndHistory(t *testing.T) {
	v := newVillage(t)
	vs, err := v.admin.cover.Settings()
	must(t, err)
	if vs != hall.DefaultVisitSettings() {
		t.Fatalf("settings %+v", vs)
	}
	vs.CoverageLimit, vs.PairLimit = 2, 1
	_, err = v.admin.cover.SaveSettings(vs)
	must(t, err)
	_, err = v.clerk.cover.SaveSettings(vs)
	wantCode(t, err, hall.CodeForbidden)

	res, err := v.clerk.cover.Assign(hall.AssignInput{CadreID: v.bater.ID, VillageID: v.village})
	must(t, err)
	if res.Coverage != 3 || !strings.Contains(res.Warning, "巴特尔现包联3户，超过每人2户的上限") {
		t.Fatalf("warning %+v", res)
	}
	sum, err := v.clerk.cover.Summary()
	must(t, err)
	if len(sum.Rows) != 2 || !sum.Rows[0].Over || sum.Rows[0].Households != 3 || sum.Rows[1].Over || sum.Limit != 2 {
		t.Fatalf("summary %+v", sum)
	}
	v.at("2025-03-12")
	res, err = v.clerk.cover.Transfer(hall.TransferInput{FromCadreID: v.bater.ID, ToCadreID: v.li.ID, Note: "巴特尔调离"})
	must(t, err)
	if res.Moved != 3 || res.Coverage != 3 || res.Warning == "" {
		t.Fatalf("transfer %+v", res)
	}
	hist, err := v.clerk.cover.History(v.households[0].ID)
	must(t, err)
	if len(hist) != 2 || hist[0].CadreName != "李秀英" || !hist[0].Current || hist[1].CadreName != "巴特尔" || hist[1].From != hall.MustDate("2025-03-10") ||
		hist[1].To != hall.MustDate("2025-03-12") {
		t.Fatalf("history %+v", hist)
	}

	p1, err := v.clerk.pairs.Pair(hall.PairInput{CadreID: v.li.ID, HouseholdID: v.households[1].ID, Note: "因病致贫"})
	must(t, err)
	if p1.Warning != "" || p1.Pair.HeadName != "王芳" {
		t.Fatalf("pair %+v", p1)
	}
	p2, err := v.clerk.pairs.Pair(hall.PairInput{CadreID: v.li.ID, HouseholdID: v.households[2].ID})
	must(t, err)
	if !strings.Contains(p2.Warning, "结亲2户") {
		t.Fatalf("pair warning %+v", p2)
	}
	_, err = v.clerk.pairs.RecordHelp(hall.HelpInput{PairID: p1.Pair.ID, Kind: "资金", Amount: "500", Description: "春节慰问金"})
	must(t, err)
	page, err := v.clerk.pairs.List(hall.PairQuery{CadreID: v.li.ID, PageSize: 1})
	must(t, err)
	list := page.Items
	if page.Total != 2 || len(list) != 1 || list[0].HelpAmount != "500.00" {
		t.Fatalf("pairs %+v", list)
	}
	v.at("2025-04-10")
	sumD, err := v.clerk.pairs.RecordDonation(hall.DonationInput{Date: hall.MustDate("2025-04-10"), Donor: "镇机关干部职工", Amount: "3200", Use: "资助困难学生学费"})
	must(t, err)
	if sumD.Total != "3200.00" || sumD.NextThanksgiving != hall.MustDate("2025-04-10") || len(sumD.Months) != 1 {
		t.Fatalf("donations %+v", sumD)
	}
	act, err := v.clerk.acts.Record(hall.ActivityInput{Date: hall.MustDate("2025-04-10"), VillageID: v.village, Kind: "矛盾纠纷排查", CadreIDs: []int64{v.li.ID},
		Attendance: 12, Content: "排查草场边界纠纷2起"})
	must(t, err)
	if act.ID == 0 || act.VillageName != "巴图塔村" || len(act.CadreNames) != 1 {
		t.Fatalf("activity %+v", act)
	}
	dues, err := v.clerk.acts.Due(v.village)
	must(t, err)
	if len(dues) != len(hall.ActivityKinds) || !dues[0].Done || dues[1].Done {
		t.Fatalf("activity due %+v", dues)
	}
}

// TestVisitRolesEnforcedOnServer: cadres' work is recorded by the counter, reception and the
// administrator; supervisors and leaders only read.
func TestVisitRolesEnforcedOnServer(t *testing.T) {
	v := newVillage(t)
	hid := v.households[0].ID
	calls := map[string]func(d contactDesk) error{
		"VisitService.Record": func(d contactDesk) error {
			_, err := d.visits.Record(hall.VisitInput{CadreID: v.bater.ID, HouseholdID: hid, Date: hall.MustDate("2025-03-09"), Way: "电话", Diary: "电话联系。"})
			return err
		},
		"VisitService.GiveFeedback": func(d contactDesk) error {
			_, err := d.visits.GiveFeedback(hall.FeedbackInput{IssueID: 1, Note: "x"})
			return err
		},
		"CoverageService.Assign": func(d contactDesk) error {
			_, err := d.cover.Assign(hall.AssignInput{CadreID: v.li.ID, HouseholdIDs: []int64{hid}})
			return err
		},
		"CoverageService.Unassign": func(d contactDesk) error {
			_, err := d.cover.Unassign(hall.UnassignInput{HouseholdIDs: []int64{hid}})
			return err
		},
		"CoverageService.Transfer": func(d contactDesk) error {
			_, err := d.cover.Transfer(hall.TransferInput{FromCadreID: v.bater.ID, ToCadreID: v.li.ID})
			return err
		},
		"ActivityService.Record": func(d contactDesk) error {
			_, err := d.acts.Record(hall.ActivityInput{Date: hall.MustDate("2025-03-09"), VillageID: v.village, Kind: "政策宣讲", Participants: "村民", Content: "宣讲"})
			return err
		},
		"PairService.Pair": func(d contactDesk) error {
			_, err := d.pairs.Pair(hall.PairInput{CadreID: v.bater.ID, HouseholdID: v.households[2].ID})
			return err
		},
		"PairService.RecordDonation": func(d contactDesk) error {
			_, err := d.pairs.RecordDonation(hall.DonationInput{Date: hall.MustDate("2025-03-09"), Donor: "某人", Amount: "10", Use: "助学"})
			return err
		},
		"PairService.RecordHelp": func(d contactDesk) error {
			_, err := d.pairs.RecordHelp(hall.HelpInput{PairID: 1, Kind: "技术", Description: "技术指导"})
			return err
		},
		"CoverageService.SaveSettings": func(d contactDesk) error {
			_, err := d.cover.SaveSettings(hall.DefaultVisitSettings())
			return err
		},
	}
	writes := []string{"VisitService.Record", "VisitService.GiveFeedback", "CoverageService.Assign", "CoverageService.Unassign",
		"CoverageService.Transfer", "ActivityService.Record", "PairService.Pair", "PairService.RecordDonation", "PairService.RecordHelp"}
	for _, tc := range []struct{ user, label string }{{"sup", "督导"}, {"leader", "领导"}} {
		d := v.e.contact(v.e.login(tc.user))
		for _, call := range append(writes, "CoverageService.SaveSettings") {
			t.Run(tc.user+" "+call, func(t *testing.T) {
				er := wantCode(t, calls[call](d), hall.CodeForbidden)
				if !strings.Contains(er.Message, tc.label) {
					t.Fatalf("message %q", er.Message)
				}
			})
		}
		t.Run(tc.user+" reads", func(t *testing.T) {
			if _, err := d.cover.Due(app.DueQuery{}); err != nil {
				t.Fatal(err)
			}
			if _, err := d.cover.Summary(); err != nil {
				t.Fatal(err)
			}
			if _, err := d.visits.List(hall.VisitQuery{}); err != nil {
				t.Fatal(err)
			}
			if _, err := d.pairs.Donations(0); err != nil {
				t.Fatal(err)
			}
			if _, err := d.acts.ContactPoints(0); err != nil {
				t.Fatal(err)
			}
		})
	}
	// The counter and reception record; nothing the refused calls tried was stored.
	if p, _ := v.clerk.visits.List(hall.VisitQuery{}); p.Total != 0 {
		t.Fatalf("visits after refusals: %d", p.Total)
	}
	for _, user := range []string{"clerk", "recept"} {
		d := v.e.contact(v.e.login(user))
		for _, call := range []string{"VisitService.Record", "CoverageService.Assign", "ActivityService.Record", "PairService.RecordDonation"} {
			if err := calls[call](d); err != nil {
				t.Fatalf("%s %s: %v", user, call, err)
			}
		}
	}
	// Reception may record visits but, holding case handling too, a case issue is taken as usual.
	if !hall.RoleReception.Can(hall.PermRecordVisits) || hall.RoleSupervisor.Can(hall.PermRecordVisits) || hall.RoleLeader.Can(hall.PermRecordVisits) {
		t.Fatal("grants changed")
	}
}
