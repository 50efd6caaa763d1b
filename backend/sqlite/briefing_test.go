package sqlite

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// briefingFixture is a hall with March 2025 worked through, plus records just outside the month
// on either side (China time: 2025-02-28T16:00Z is already March 1st, 2025-03-31T16:00Z April 1st).
type briefingFixture struct {
	s                          *Store
	march                      hall.Period
	closed, rated, open, early int64 // case ids
}

func newBriefingFixture(t *testing.T) *briefingFixture {
	t.Helper()
	s, c, _ := newStore(t)
	op := setupHall(t, s)
	vid := addVillage(t, s, "巴图塔村")
	rid := addResident(t, s, hall.ResidentInput{Name: "张伟", IDNumber: makeID("150627", "19650315", "011"), VillageID: vid})
	exec := func(q string, args ...any) int64 {
		t.Helper()
		res, err := s.db.Exec(q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	var itemID int64
	must(t, s.db.QueryRow(`SELECT id FROM service_items ORDER BY id LIMIT 1`).Scan(&itemID))
	n := 0
	kase := func(ledger, status, outcome string, rating int, created, done string) int64 {
		n++
		id := exec(`INSERT INTO cases(number,ledger,item_id,item_code,item_name,item_category,applicant_id,source,summary,status,
			created_at,created_by,promised_days,statutory_days,handler_id,outcome,rating,updated_at)
			VALUES (?,?,?,'YB-01','城乡居民医保参保登记','医疗保险',?,'大厅窗口','',?,?,?,1,1,?,?,?,?)`,
			"2025"+hall.LedgerLetter[ledger]+strings.Repeat("0", 3)+string(rune('0'+n)), ledger, itemID, rid, status, created, op.ID, op.ID, outcome, rating, created)
		if done != "" {
			exec(`INSERT INTO case_events(case_id,at,operator_id,operator_name,action,from_status,to_status) VALUES (?,?,?,?,'complete','in_progress','done')`,
				id, done, op.ID, op.Name)
		}
		return id
	}
	f := &briefingFixture{s: s}
	f.march, _ = hall.ParseMonth("2025-03")
	f.closed = kase("即办", "closed", "办成", 1, "2025-02-28T16:00:00Z", "2025-02-28T17:00:00Z") // March 1st, 01:00 China
	f.rated = kase("代办", "rated", "办成", 2, "2025-03-10T01:00:00Z", "2025-03-18T02:00:00Z")
	kase("上报", "done", "办成", 0, "2025-03-15T01:00:00Z", "2025-03-28T02:00:00Z")
	kase("代办", "fed_back", "不予办理", 5, "2025-03-20T01:00:00Z", "2025-03-21T02:00:00Z")
	f.open = kase("代办", "in_progress", "", 0, "2025-03-25T01:00:00Z", "")
	f.early = kase("即办", "closed", "办成", 1, "2025-02-28T15:59:00Z", "2025-02-28T15:59:30Z") // February 28th, 23:59
	kase("即办", "done", "办成", 0, "2025-03-31T16:00:00Z", "2025-03-31T16:30:00Z")             // April 1st

	cadre := func(name string) int64 {
		return exec(`INSERT INTO cadres(name,phone,type,created_at,updated_at) VALUES (?,'13900000000','驻村干部','x','x')`, name)
	}
	c1, c2 := cadre("那仁"), cadre("乌兰")
	home := func() int64 {
		return exec(`INSERT INTO households(village_id,address,created_at,updated_at) VALUES (?,'一组','x','x')`, vid)
	}
	h1, h2, h3 := home(), home(), home()
	visit := func(date string, cadre, household int64, diary string) int64 {
		return exec(`INSERT INTO visits(date,cadre_id,household_id,way,diary,created_at,created_by) VALUES (?,?,?,'入户',?,'x',?)`,
			date, cadre, household, diary, op.ID)
	}
	v1 := visit("2025-03-03", c1, h1, "家中老人身体尚好。")
	v2 := visit("2025-03-17", c1, h1, "回访。")
	v3 := visit("2025-03-31", c2, h2, " ")
	v4 := visit("2025-02-27", c2, h3, "二月的走访。")
	visit("2025-04-01", c2, h3, "四月的走访。")
	issue := func(visit int64, pos int, kind, feedback string) {
		exec(`INSERT INTO visit_issues(visit_id,pos,kind,text,feedback_on) VALUES (?,?,?,'问题',?)`, visit, pos, kind, feedback)
	}
	issue(v1, 1, "case", "2025-03-17")
	issue(v1, 2, "suggestion", "")
	issue(v2, 1, "dispute", "")
	issue(v3, 1, "suggestion", "")
	issue(v4, 1, "case", "2025-03-03") // raised in February, fed back in March
	activity := func(date, kind string, attendance int) {
		exec(`INSERT INTO village_activities(date,village_id,kind,attendance,content,created_at,created_by) VALUES (?,?,?,?,'内容','x',?)`,
			date, vid, kind, attendance, op.ID)
	}
	activity("2025-03-05", "政策宣讲", 40)
	activity("2025-03-20", "政策宣讲", 25)
	activity("2025-03-12", "矛盾纠纷排查", 0)
	activity("2025-04-02", "政策宣讲", 30)

	pn := 0
	petition := func(received, status, accepted string, group int, responsible any) {
		pn++
		exec(`INSERT INTO petitions(number,form,petitioner_name,category,facts,request,received_on,recorded_by,created_at,status,
			decision_due,forward_due,accepted_on,group_visit,responsible_id,updated_at)
			VALUES (?,'来访','李某','土地','事实','请求',?,?,'x',?,'x','x',?,?,?,'x')`,
			"2025X000"+string(rune('0'+pn)), received, op.ID, status, accepted, group, responsible)
	}
	petition("2025-03-04", "closed", "2025-03-04", 0, c1)
	petition("2025-03-11", "replied", "2025-03-11", 1, c1)
	petition("2025-03-11", "in_progress", "2025-03-12", 0, c2)
	petition("2025-03-18", "registered", "", 0, nil)
	petition("2025-03-25", "refused", "", 0, nil)
	petition("2025-02-25", "in_progress", "2025-02-26", 0, c2)
	roster := func(date string, cancelled int) {
		exec(`INSERT INTO reception_roster(date,planned_date,quarter,leader_id,cancelled,updated_at) VALUES (?,?,'2025Q1',?,?,'x')`,
			date, date, c1, cancelled)
	}
	roster("2025-03-04", 0)
	roster("2025-03-11", 0)
	roster("2025-03-18", 1)
	roster("2025-03-25", 0)

	c.t = time.Date(2025, 3, 14, 2, 0, 0, 0, time.UTC)
	must(t, s.RecordPrint(ctx, admin, hall.PrintGuide, "医保口袋书", 200, ""))
	must(t, s.RecordPrint(ctx, admin, hall.PrintGuide, "低保口袋书", 50, ""))
	must(t, s.RecordPrint(ctx, admin, hall.PrintCard, "巴图塔村", 60, ""))
	c.t = time.Date(2025, 4, 1, 2, 0, 0, 0, time.UTC)
	must(t, s.RecordPrint(ctx, admin, hall.PrintLeaflet, "四月的宣传单", 300, ""))
	return f
}

// The month's figures, hand-counted from the fixture.
func TestBriefingFiguresOfAFixtureMonth(t *testing.T) {
	f := newBriefingFixture(t)
	cs, err := f.s.CaseSummary(ctx, f.march)
	must(t, err)
	if want := (hall.CaseSummary{Sorted: 5, OnSpot: 1, Proxy: 1, Joint: 1, Declined: 1, InProgress: 1, Rated: 3, Good: 2, Bad: 1,
		Satisfaction: 2.0 / 3}); cs != want {
		t.Errorf("cases = %+v\nwant    %+v", cs, want)
	}
	v, err := f.s.VisitFigures(ctx, f.march)
	must(t, err)
	if want := (hall.VisitFigures{Visits: 3, Households: 2, Cadres: 2, Diaries: 2, Issues: 4, IssueCases: 1, Suggestions: 2,
		Disputes: 1, Feedback: 2, Activities: 3}); v != want {
		t.Errorf("visits = %+v\nwant     %+v", v, want)
	}
	p, err := f.s.PetitionFigures(ctx, f.march, hall.MustDate("2025-03-20"))
	must(t, err)
	// reception days: 03-04 and 03-11 held, 03-18 cancelled, 03-25 still ahead on the 20th
	if want := (hall.PetitionFigures{ReceptionDays: 2, Received: 5, GroupVisits: 1, Accepted: 3, Assigned: 3, Leaders: 2,
		Settled: 2, Refused: 1, Open: 2}); p != want {
		t.Errorf("petitions = %+v\nwant        %+v", p, want)
	}
	talks, people, err := f.s.PolicyTalks(ctx, f.march)
	must(t, err)
	prints, err := f.s.PrintCounts(ctx, f.march.From, f.march.To)
	must(t, err)
	if talks != 2 || people != 65 || prints[hall.PrintGuide] != 250 || prints[hall.PrintCard] != 60 || prints[hall.PrintLeaflet] != 0 {
		t.Errorf("talks %d people %d prints %v", talks, people, prints)
	}
}

func TestNotableCandidatesAndSave(t *testing.T) {
	f := newBriefingFixture(t)
	s := f.s
	page, err := s.NotableCandidates(ctx, hall.NotableQuery{Month: "2025-03", PageSize: 2}, f.march)
	must(t, err)
	// finished cases taken in March: closed (03-01), rated, done (上报), fed_back; newest first
	if page.Total != 4 || len(page.Items) != 2 || page.Items[0].Status != hall.StatusFedBack {
		t.Fatalf("page 1: total %d, %+v", page.Total, page.Items)
	}
	page2, err := s.NotableCandidates(ctx, hall.NotableQuery{Month: "2025-03", Page: 2, PageSize: 2}, f.march)
	must(t, err)
	last := page2.Items[1]
	if last.CaseID != f.closed || last.TakenOn != hall.MustDate("2025-03-01") || last.DoneOn != hall.MustDate("2025-03-01") || last.Picked ||
		!strings.HasPrefix(last.Text, "3月1日，巴图塔村群众张某某通过大厅窗口申请办理城乡居民医保参保登记。") {
		t.Fatalf("the case of March 1st: %+v", last)
	}
	if found, _ := s.NotableCandidates(ctx, hall.NotableQuery{Month: "2025-03", Text: "医保"}, f.march); found.Total != 4 {
		t.Errorf("search by item: %d", found.Total)
	}
	if found, _ := s.NotableCandidates(ctx, hall.NotableQuery{Month: "2025-03", Text: "李"}, f.march); found.Total != 0 {
		t.Errorf("search by another name: %d", found.Total)
	}

	// An unsaved month gets issue 1; the settings fall back to the hall's.
	no, saved, notables, err := s.BriefingMonth(ctx, "2025-03")
	must(t, err)
	if no != 1 || saved || len(notables) != 0 {
		t.Fatalf("unsaved month: %d %v %v", no, saved, notables)
	}
	set, err := s.BriefingSettings(ctx, hallSettings())
	must(t, err)
	if set.Office != "便民服务大厅" || set.Report == "" {
		t.Fatalf("default settings %+v", set)
	}

	set.Report, set.Post = "旗委办公室", "镇政府网"
	save := func(in hall.BriefingInput) error {
		in, p, err := in.Clean()
		if err != nil {
			return err
		}
		return s.SaveBriefing(ctx, admin, in, p)
	}
	text := "窗口工作人员热情服务，当场办结参保登记。"
	in := hall.BriefingInput{Month: "2025-03", IssueNo: 3, Settings: set,
		Notables: []hall.NotableInput{{CaseID: f.rated, Text: "群众张某某申请代办，窗口全程代办办结。"}, {CaseID: f.closed, Text: text}}}
	must(t, save(in))
	if a := lastAudit(t, s); a.Action != hall.ActUpdate || a.Entity != "工作简报" || a.Detail != "2025年3月 第3期，典型事例2件" {
		t.Errorf("audit %+v", a)
	}
	no, saved, notables, err = s.BriefingMonth(ctx, "2025-03")
	must(t, err)
	if no != 3 || !saved || len(notables) != 2 || notables[0].CaseID != f.rated || notables[1].Text != text || !notables[1].Picked {
		t.Fatalf("saved month: %d %v %+v", no, saved, notables)
	}
	if set2, _ := s.BriefingSettings(ctx, hallSettings()); set2.Report != "旗委办公室" || set2.Post != "镇政府网" {
		t.Errorf("settings not remembered: %+v", set2)
	}
	if no, _, _, _ := s.BriefingMonth(ctx, "2025-04"); no != 4 {
		t.Errorf("April's suggested issue = %d, want 4", no)
	}
	if no, _, _, _ := s.BriefingMonth(ctx, "2026-01"); no != 1 {
		t.Errorf("a new year starts at issue 1, got %d", no)
	}
	page, _ = s.NotableCandidates(ctx, hall.NotableQuery{Month: "2025-03", PageSize: 10}, f.march)
	for _, c := range page.Items {
		want := c.CaseID == f.closed || c.CaseID == f.rated
		if c.Picked != want || (c.CaseID == f.closed && c.Text != text) {
			t.Errorf("picked mark: %+v", c)
		}
	}

	audits := auditCount(t, s)
	for _, tc := range []struct {
		name string
		edit func(*hall.BriefingInput)
		code hall.Code
		msg  string
	}{
		{"case of another month", func(b *hall.BriefingInput) { b.Notables[0].CaseID = f.early }, hall.CodeInvalid,
			"办件2025J0006是2025年2月28日受理的，不是2025年3月的办件，不能选为本期典型事例"},
		{"open case", func(b *hall.BriefingInput) { b.Notables[0].CaseID = f.open }, hall.CodeInvalid,
			"办件2025D0005尚未办结（办理中），只能选择已办结的办件作为典型事例"},
		{"no such case", func(b *hall.BriefingInput) { b.Notables[0].CaseID = 9999 }, hall.CodeNotFound, ""},
		{"issue of another month", func(b *hall.BriefingInput) { b.Month = "2025-04"; b.Notables = nil }, hall.CodeConflict,
			"2025年第3期已用于2025年3月的简报，请换一个期号"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := in
			bad.Notables = append([]hall.NotableInput(nil), in.Notables...)
			tc.edit(&bad)
			e := wantCode(t, save(bad), tc.code)
			if tc.msg != "" && e.Message != tc.msg {
				t.Errorf("message %q, want %q", e.Message, tc.msg)
			}
		})
	}
	// nothing of a refused save was kept
	if auditCount(t, s) != audits {
		t.Error("a refused save wrote an audit line")
	}
	if _, _, notables, _ := s.BriefingMonth(ctx, "2025-03"); len(notables) != 2 || notables[0].CaseID != f.rated {
		t.Errorf("a refused save changed the month: %+v", notables)
	}
	// a year later the same number is free again; and fewer cases replace the list
	in.Notables = in.Notables[1:]
	must(t, save(in))
	if _, _, notables, _ := s.BriefingMonth(ctx, "2025-03"); len(notables) != 1 || notables[0].CaseID != f.closed {
		t.Errorf("replaced list: %+v", notables)
	}
	must(t, save(hall.BriefingInput{Month: "2026-03", IssueNo: 3, Settings: set}))
}
