package sqlite

import (
	"reflect"
	"testing"

	"halldesk/backend/hall"
)

// visitFixture is a hall with two villages (the first with two groups), households with their
// heads, and three cadres.
type visitFixture struct {
	s                  *Store
	east, west         int64
	one, two           int64 // groups of east
	hh                 []int64
	heads              []int64
	bater, li, zhao    int64
	eastHH, westHH     []int64
	groupOne, groupTwo []int64
}

func newVisitFixture(t *testing.T) *visitFixture {
	t.Helper()
	s, _, _ := newStore(t)
	setupHall(t, s)
	f := &visitFixture{s: s, east: addVillage(t, s, "东风嘎查"), west: addVillage(t, s, "西湾村")}
	f.one, f.two = addGroup(t, s, f.east, "一组"), addGroup(t, s, f.east, "二组")
	add := func(village, group int64, head, residency string, tags ...string) int64 {
		hid, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: village, GroupID: group, Address: head + "家"})
		must(t, err)
		n := len(f.hh) + 1
		rid := addResident(t, s, hall.ResidentInput{Name: head, IDNumber: makeID("150627", "19700101", "00"+string(rune('0'+n))), VillageID: village,
			GroupID: group, HouseholdID: hid, Relation: "户主", Residency: residency, Tags: tags})
		f.hh, f.heads = append(f.hh, hid), append(f.heads, rid)
		return hid
	}
	f.groupOne = []int64{add(f.east, f.one, "张伟", "常住"), add(f.east, f.one, "王芳", "外出")}
	f.groupTwo = []int64{add(f.east, f.two, "李强", "常住", "高龄")}
	f.eastHH = append(append([]int64{}, f.groupOne...), f.groupTwo...)
	f.westHH = []int64{add(f.west, 0, "赵敏", "常住")}
	f.bater = addCadre(t, s, hall.Cadre{Name: "巴特尔", Phone: "13947712345", Type: "驻村干部", VillageIDs: []int64{f.east}})
	f.li = addCadre(t, s, hall.Cadre{Name: "李秀英", Phone: "13800000001", Type: "包户干部", VillageIDs: []int64{f.east}})
	f.zhao = addCadre(t, s, hall.Cadre{Name: "赵建国", Phone: "13800000002", Type: "领导干部", VillageIDs: []int64{f.west}})
	return f
}

func (f *visitFixture) assign(t *testing.T, in hall.AssignInput) hall.AssignResult {
	t.Helper()
	r, err := f.s.Assign(ctx, admin, in)
	must(t, err)
	return r
}

func TestCoverageAssignReassignKeepsHistory(t *testing.T) {
	f := newVisitFixture(t)
	s := f.s

	// By village: all three households of 东风嘎查.
	r := f.assign(t, hall.AssignInput{CadreID: f.bater, VillageID: f.east, From: hall.MustDate("2026-01-05")})
	if r != (hall.AssignResult{Assigned: 3, Coverage: 3}) {
		t.Fatalf("by village: %+v", r)
	}
	if a := lastAudit(t, s); a.Action != "包联分配" || a.EntityID != f.bater {
		t.Fatalf("audit %+v", a)
	}
	// Again: nothing changes, nothing is logged.
	before := auditCount(t, s)
	if r := f.assign(t, hall.AssignInput{CadreID: f.bater, GroupID: f.one, From: hall.MustDate("2026-01-06")}); r != (hall.AssignResult{Unchanged: 2, Coverage: 3}) {
		t.Fatalf("again: %+v", r)
	}
	if auditCount(t, s) != before {
		t.Fatal("an assignment that changed nothing was logged")
	}
	// By group to another cadre, but only households nobody covers: all skipped.
	if r := f.assign(t, hall.AssignInput{CadreID: f.li, GroupID: f.one, From: hall.MustDate("2026-02-01"), OnlyUnassigned: true}); r != (hall.AssignResult{Skipped: 2}) {
		t.Fatalf("only unassigned: %+v", r)
	}
	// Transfer of group one on 2026-03-01: moved, with history.
	if r := f.assign(t, hall.AssignInput{CadreID: f.li, GroupID: f.one, From: hall.MustDate("2026-03-01"), Note: "工作调整"}); r != (hall.AssignResult{Moved: 2, Coverage: 2}) {
		t.Fatalf("moved: %+v", r)
	}
	hist, err := s.CoverageHistory(ctx, f.groupOne[0])
	must(t, err)
	want := []hall.Assignment{
		{ID: hist[0].ID, HouseholdID: f.groupOne[0], HeadName: "张伟", CadreID: f.li, CadreName: "李秀英", From: hall.MustDate("2026-03-01"), Note: "工作调整", Current: true},
		{ID: hist[1].ID, HouseholdID: f.groupOne[0], HeadName: "张伟", CadreID: f.bater, CadreName: "巴特尔", From: hall.MustDate("2026-01-05"), To: hall.MustDate("2026-03-01")},
	}
	if !reflect.DeepEqual(hist, want) {
		t.Fatalf("history:\n%+v\nwant\n%+v", hist, want)
	}
	// A back-dated move before the current assignment began is refused and changes nothing.
	_, err = s.Assign(ctx, admin, hall.AssignInput{CadreID: f.bater, GroupID: f.one, From: hall.MustDate("2026-02-01")})
	wantCode(t, err, hall.CodeInvalid)
	if n, _ := s.CoverageCount(ctx, f.li); n != 2 {
		t.Fatalf("li covers %d after a refused move", n)
	}
	// The unique index: at most one current assignment per household.
	_, err = s.db.Exec(`INSERT INTO coverage(household_id,cadre_id,from_date,created_at) VALUES (?,?,?,?)`, f.groupOne[0], f.bater, "2026-03-02", "x")
	if err == nil {
		t.Fatal("a second current assignment was accepted")
	}

	// Transfer everything 李秀英 covers to 巴特尔; then unassign one.
	r, err = s.Transfer(ctx, admin, hall.TransferInput{FromCadreID: f.li, ToCadreID: f.bater, On: hall.MustDate("2026-04-01")})
	must(t, err)
	if r.Moved != 2 || r.Coverage != 3 {
		t.Fatalf("transfer %+v", r)
	}
	n, err := s.Unassign(ctx, admin, []int64{f.groupTwo[0], f.westHH[0]}, hall.MustDate("2026-04-02"), "户已迁出")
	must(t, err)
	if n != 1 {
		t.Fatalf("unassigned %d", n)
	}
	hist, _ = s.CoverageHistory(ctx, f.groupOne[0])
	if len(hist) != 3 || hist[0].CadreName != "巴特尔" || !hist[0].Current || hist[1].To != hall.MustDate("2026-04-01") || hist[2].To != hall.MustDate("2026-03-01") {
		t.Fatalf("history after transfer: %+v", hist)
	}
	// A deactivated cadre gets no households.
	gone, _ := s.Cadre(ctx, f.li)
	gone.Active = false
	_, err = s.SaveCadre(ctx, admin, gone)
	must(t, err)
	_, err = s.Assign(ctx, admin, hall.AssignInput{CadreID: f.li, HouseholdIDs: f.westHH, From: hall.MustDate("2026-04-03")})
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "cadreId" {
		t.Fatalf("field %q", e.Field)
	}

	sum, err := s.CoverageSummary(ctx)
	must(t, err)
	if sum.Unassigned != 2 || len(sum.Rows) != 1 || sum.Rows[0].CadreName != "巴特尔" || sum.Rows[0].Households != 2 || sum.Rows[0].Villages != "东风嘎查" {
		t.Fatalf("summary %+v", sum)
	}
}

func TestCoveredHouseholdsAndDutyFacts(t *testing.T) {
	f := newVisitFixture(t)
	s := f.s
	f.assign(t, hall.AssignInput{CadreID: f.bater, VillageID: f.east, From: hall.MustDate("2026-01-05")})
	_, count, err := s.CreatePair(ctx, admin, hall.PairInput{CadreID: f.zhao, HouseholdID: f.westHH[0], From: hall.MustDate("2026-01-10"), Note: "因病致贫"})
	must(t, err)
	if count != 1 {
		t.Fatalf("pairs %d", count)
	}

	page, err := s.CoveredHouseholds(ctx, hall.CoveredQuery{VillageID: f.east})
	must(t, err)
	if page.Total != 3 || page.Items[0].CadreName != "巴特尔" || page.Items[0].Since != "2026-01-05" {
		t.Fatalf("covered %+v", page)
	}
	kinds := map[string][]string{}
	for _, x := range page.Items {
		kinds[x.HeadName] = x.Kinds
	}
	if !reflect.DeepEqual(kinds, map[string][]string{"张伟": {"常住户"}, "王芳": {"外出户"}, "李强": {"常住户", "特殊群体户"}}) {
		t.Fatalf("kinds %v", kinds)
	}
	un, err := s.CoveredHouseholds(ctx, hall.CoveredQuery{Unassigned: true})
	must(t, err)
	if un.Total != 1 || un.Items[0].HeadName != "赵敏" || !reflect.DeepEqual(un.Items[0].Kinds, []string{"常住户", "结亲户"}) {
		t.Fatalf("unassigned %+v", un)
	}

	all, err := s.DutyFacts(ctx, 0, 0)
	must(t, err)
	if len(all) != 4 {
		t.Fatalf("facts %d", len(all))
	}
	zhao, err := s.DutyFacts(ctx, f.zhao, 0)
	must(t, err)
	if len(zhao) != 1 || zhao[0].PairCadreName != "赵建国" || zhao[0].PairSince.String() != "2026-01-10" || zhao[0].CadreID != 0 || len(zhao[0].Members) != 1 {
		t.Fatalf("zhao %+v", zhao)
	}
	// Pairing is one current pair per household.
	_, _, err = s.CreatePair(ctx, admin, hall.PairInput{CadreID: f.bater, HouseholdID: f.westHH[0], From: hall.MustDate("2026-02-01")})
	wantCode(t, err, hall.CodeConflict)
}

// newCaseFor cleans an intake of a built-in item as the counter does and returns what the store
// takes.
func newCaseFor(t *testing.T, s *Store, code string, applicant int64) *NewCase {
	t.Helper()
	items, err := s.ServiceItems(ctx, false)
	must(t, err)
	for _, it := range items {
		if it.Code != code {
			continue
		}
		var names []string
		for _, m := range it.Materials {
			names = append(names, m.Name)
		}
		in, err := hall.CleanIntake(hall.IntakeInput{ApplicantID: applicant, ItemID: it.ID, Ledger: hall.LedgerProxy, Source: hall.VisitSource,
			Summary: "入户走访时反映", Received: names}, it, start.In(hall.China))
		must(t, err)
		return &NewCase{Intake: in, Item: it, Year: 2025, Status: hall.StatusAccepted, AcceptedOn: hall.MustDate("2025-03-10"), DueDate: hall.MustDate("2025-03-20"), Verified: true, HandlerID: 1}
	}
	t.Fatalf("no item %s", code)
	return nil
}

func TestVisitWithIssuesCasesAndFeedback(t *testing.T) {
	f := newVisitFixture(t)
	s := f.s
	f.assign(t, hall.AssignInput{CadreID: f.bater, VillageID: f.east, From: hall.MustDate("2025-01-05")})
	hh, head := f.groupOne[0], f.heads[0]
	visit := hall.VisitInput{CadreID: f.bater, HouseholdID: hh, Date: hall.MustDate("2025-03-08"), Way: "入户", Purpose: "困难所在", Diary: "老人住院，想报销。",
		Issues: []hall.VisitIssueInput{
			{Kind: hall.IssueCase, Text: "住院费用报销", ApplicantID: head},
			{Kind: hall.IssueSuggestion, Text: "村口路灯不亮"},
			{Kind: hall.IssueDispute, Text: "与邻居因宅基地界线争执"},
		}}

	// A case that cannot be stored (unknown applicant) leaves no visit behind.
	bad := newCaseFor(t, s, "YB-01", 9999)
	_, err := s.CreateVisit(ctx, admin, NewVisit{VisitInput: visit, Cases: []*NewCase{bad, nil, nil}})
	wantCode(t, err, hall.CodeInvalid)
	if p, _ := s.Visits(ctx, hall.VisitQuery{}); p.Total != 0 {
		t.Fatalf("visits after a failed write: %d", p.Total)
	}

	nc := newCaseFor(t, s, "YB-01", head)
	id, err := s.CreateVisit(ctx, admin, NewVisit{VisitInput: visit, Cases: []*NewCase{nc, nil, nil}})
	must(t, err)
	v, err := s.Visit(ctx, id)
	must(t, err)
	if v.CadreName != "巴特尔" || v.HeadName != "张伟" || v.VillageName != "东风嘎查" || v.GroupName != "一组" || v.Weekday != "星期六" ||
		v.RecordedBy != "管理员甲" || len(v.Issues) != 3 {
		t.Fatalf("visit %+v", v)
	}
	is := v.Issues[0]
	if is.Kind != hall.IssueCase || is.CaseID == 0 || is.CaseNumber != "2025D0001" || is.CaseStatus != hall.StatusAccepted || is.ApplicantName != "张伟" ||
		is.KindLabel != "转办件" || is.FeedbackOwed() {
		t.Fatalf("case issue %+v", is)
	}
	if v.Issues[1].KindLabel != "意见建议" || v.Issues[1].CaseID != 0 || v.Issues[2].KindLabel != "矛盾纠纷" {
		t.Fatalf("other issues %+v", v.Issues[1:])
	}
	cs, _, err := s.Case(ctx, is.CaseID)
	must(t, err)
	if cs.Source != "入户走访" || cs.Ledger != "代办" {
		t.Fatalf("case %+v", cs)
	}
	if a := lastAudit(t, s); a.Entity != "走访" || a.EntityID != id {
		t.Fatalf("audit %+v", a)
	}

	owed, err := s.FeedbackOwed(ctx, hh, 0)
	must(t, err)
	if len(owed) != 0 {
		t.Fatalf("owed before the case is done: %+v", owed)
	}
	_, err = s.db.Exec(`UPDATE cases SET status='done', outcome='办成' WHERE id=?`, is.CaseID)
	must(t, err)
	owed, err = s.FeedbackOwed(ctx, hh, 0)
	must(t, err)
	if len(owed) != 1 || owed[0].ID != is.ID || owed[0].CaseOutcome != "办成" || owed[0].VisitDate != hall.MustDate("2025-03-08") {
		t.Fatalf("owed %+v", owed)
	}
	if mine, _ := s.FeedbackOwed(ctx, 0, f.bater); len(mine) != 1 {
		t.Fatalf("cadre's owed %+v", mine)
	}
	if other, _ := s.FeedbackOwed(ctx, 0, f.zhao); len(other) != 0 {
		t.Fatalf("other cadre's owed %+v", other)
	}

	// The next visit gives the feedback.
	next, err := s.CreateVisit(ctx, admin, NewVisit{VisitInput: hall.VisitInput{CadreID: f.bater, HouseholdID: hh, Date: hall.MustDate("2025-03-10"), Way: "电话", Diary: "告知报销已办结。"}})
	must(t, err)
	must(t, s.SaveFeedback(ctx, admin, hall.FeedbackInput{IssueID: is.ID, VisitID: next, Date: hall.MustDate("2025-03-10"), Note: "已告知报销款到账"}))
	wantCode(t, s.SaveFeedback(ctx, admin, hall.FeedbackInput{IssueID: is.ID, Date: hall.MustDate("2025-03-10"), Note: "again"}), hall.CodeConflict)
	if owed, _ := s.FeedbackOwed(ctx, hh, 0); len(owed) != 0 {
		t.Fatalf("still owed %+v", owed)
	}
	nv, err := s.Visit(ctx, next)
	must(t, err)
	if len(nv.FeedbackGiven) != 1 || nv.FeedbackGiven[0].FeedbackNote != "已告知报销款到账" || nv.FeedbackGiven[0].FeedbackBy != "管理员甲" {
		t.Fatalf("feedback on the visit %+v", nv)
	}

	// Lists: newest first; the diary oldest first; issues by kind; open cases of the cadre.
	page, err := s.Visits(ctx, hall.VisitQuery{CadreID: f.bater})
	must(t, err)
	if page.Total != 2 || page.Items[0].ID != next {
		t.Fatalf("visits %+v", page)
	}
	diary, err := s.DiaryVisits(ctx, f.bater, hall.MustDate("2025-03-01"), hall.MustDate("2025-03-31"))
	must(t, err)
	if len(diary) != 2 || diary[0].ID != id {
		t.Fatalf("diary %+v", diary)
	}
	if d, _ := s.DiaryVisits(ctx, f.bater, hall.MustDate("2025-03-09"), hall.MustDate("2025-03-09")); len(d) != 0 {
		t.Fatalf("diary of an empty day %+v", d)
	}
	sug, err := s.Issues(ctx, hall.IssueQuery{Kind: hall.IssueSuggestion})
	must(t, err)
	if sug.Total != 1 || sug.Items[0].Text != "村口路灯不亮" || sug.Items[0].CadreName != "巴特尔" {
		t.Fatalf("suggestions %+v", sug)
	}
	_, err = s.db.Exec(`UPDATE cases SET status='in_progress' WHERE id=?`, is.CaseID)
	must(t, err)
	open, err := s.OpenCasesOfCadre(ctx, f.bater)
	must(t, err)
	if len(open) != 1 || open[0].ID != is.CaseID {
		t.Fatalf("open %+v", open)
	}
	facts, err := s.DutyFacts(ctx, f.bater, 0)
	must(t, err)
	for _, x := range facts {
		if x.HouseholdID == hh && x.LastVisit.String() != "2025-03-10" {
			t.Fatalf("last visit %+v", x)
		}
	}
}

func TestActivitiesPairsDonationsAndSettings(t *testing.T) {
	f := newVisitFixture(t)
	s := f.s
	vs, err := s.VisitSettings(ctx)
	must(t, err)
	if vs != hall.DefaultVisitSettings() {
		t.Fatalf("defaults %+v", vs)
	}
	vs.ResidentDays, vs.CoverageLimit = 14, 65
	must(t, s.SaveVisitSettings(ctx, admin, vs))
	if got, _ := s.VisitSettings(ctx); got != vs {
		t.Fatalf("saved %+v", got)
	}

	for _, a := range []hall.ActivityInput{
		{Date: hall.MustDate("2025-02-10"), VillageID: f.west, Kind: "政策宣讲", CadreIDs: []int64{f.zhao}, Content: "宣讲医保缴费"},
		{Date: hall.MustDate("2025-03-05"), VillageID: f.west, Kind: "政策宣讲", CadreIDs: []int64{f.zhao, f.bater}, Attendance: 30, Content: "宣讲养老保险"},
		{Date: hall.MustDate("2025-03-06"), VillageID: f.east, Kind: "矛盾纠纷排查", Participants: "村两委", Content: "排查纠纷3起"},
	} {
		_, err := s.CreateActivity(ctx, admin, a)
		must(t, err)
	}
	page, err := s.Activities(ctx, hall.ActivityQuery{VillageID: f.west})
	must(t, err)
	if page.Total != 2 || page.Items[0].Date != hall.MustDate("2025-03-05") || !reflect.DeepEqual(page.Items[0].CadreNames, []string{"巴特尔", "赵建国"}) {
		t.Fatalf("activities %+v", page)
	}
	last, err := s.LastActivities(ctx)
	must(t, err)
	if last[f.west]["政策宣讲"] != hall.MustDate("2025-03-05") || last[f.east]["矛盾纠纷排查"] != hall.MustDate("2025-03-06") {
		t.Fatalf("last %v", last)
	}
	// The leader's grassroots days: an activity day and a visit day, each once.
	_, err = s.CreateVisit(ctx, admin, NewVisit{VisitInput: hall.VisitInput{CadreID: f.zhao, HouseholdID: f.westHH[0], Date: hall.MustDate("2025-03-05"), Way: "入户", Diary: "随宣讲入户。"}})
	must(t, err)
	_, err = s.CreateVisit(ctx, admin, NewVisit{VisitInput: hall.VisitInput{CadreID: f.zhao, HouseholdID: f.westHH[0], Date: hall.MustDate("2025-03-07"), Way: "入户", Diary: "回访。"}})
	must(t, err)
	dates, err := s.GrassrootsDates(ctx, f.zhao, []int64{f.west}, 2025)
	must(t, err)
	if !reflect.DeepEqual(dates, []hall.Date{hall.MustDate("2025-02-10"), hall.MustDate("2025-03-05"), hall.MustDate("2025-03-07")}) {
		t.Fatalf("dates %v", dates)
	}

	pid, _, err := s.CreatePair(ctx, admin, hall.PairInput{CadreID: f.zhao, HouseholdID: f.westHH[0], From: hall.MustDate("2025-01-10")})
	must(t, err)
	_, err = s.CreateHelp(ctx, admin, hall.HelpInput{PairID: pid, Date: hall.MustDate("2025-02-01"), Kind: "资金", Description: "助学金"}, 80000)
	must(t, err)
	_, err = s.CreateHelp(ctx, admin, hall.HelpInput{PairID: pid, Date: hall.MustDate("2025-03-01"), Kind: "技术", Description: "传授养羊技术"}, 0)
	must(t, err)
	pairPage, err := s.Pairs(ctx, hall.PairQuery{CadreID: f.zhao})
	must(t, err)
	pairs := pairPage.Items
	if len(pairs) != 1 || pairPage.Total != 1 || pairs[0].HelpCount != 2 || pairs[0].HelpAmount != "800.00" || pairs[0].LastVisit != hall.MustDate("2025-03-07") || pairs[0].HeadName != "赵敏" {
		t.Fatalf("pairs %+v", pairs)
	}
	help, err := s.HelpRecords(ctx, pid, 0)
	must(t, err)
	if len(help) != 2 || help[0].Kind != "技术" || help[0].Amount != "" || help[1].Amount != "800.00" {
		t.Fatalf("help %+v", help)
	}
	must(t, s.EndPair(ctx, admin, hall.EndPairInput{PairID: pid, On: hall.MustDate("2025-03-08"), Note: "已稳定脱贫"}))
	wantCode(t, s.EndPair(ctx, admin, hall.EndPairInput{PairID: pid, On: hall.MustDate("2025-03-09")}), hall.CodeConflict)
	if cur, _ := s.Pairs(ctx, hall.PairQuery{}); len(cur.Items) != 0 || cur.Total != 0 {
		t.Fatalf("current after end %+v", cur)
	}
	if ended, _ := s.Pairs(ctx, hall.PairQuery{Ended: true}); len(ended.Items) != 1 || ended.Items[0].To != hall.MustDate("2025-03-08") {
		t.Fatalf("ended %+v", ended)
	}

	for _, d := range []struct {
		date string
		fen  int64
	}{{"2025-01-10", 50000}, {"2025-03-10", 120050}, {"2025-03-10", 30000}, {"2024-12-10", 99900}} {
		_, err := s.CreateDonation(ctx, admin, hall.DonationInput{Date: hall.MustDate(d.date), Donor: "镇机关干部职工", Use: "资助困难学生"}, d.fen)
		must(t, err)
	}
	sum, err := s.Donations(ctx, 2025)
	must(t, err)
	if sum.Count != 3 || sum.Total != "2000.50" || !reflect.DeepEqual(sum.Months, []hall.MonthTotal{{Month: "2025-01", Count: 1, Amount: "500.00"}, {Month: "2025-03", Count: 2, Amount: "1500.50"}}) {
		t.Fatalf("donations %+v", sum)
	}
}
