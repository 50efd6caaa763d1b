package sqlite

import (
	"testing"

	"halldesk/backend/hall"
)

// petitionFixture is a set-up hall with two villages, a resident and two leader cadres.
type petitionFixture struct {
	s                *Store
	c                *clock
	op               hall.Operator
	v1, v2           int64
	resident         int64
	leader1, leader2 int64
}

func newPetitionFixture(t *testing.T) *petitionFixture {
	t.Helper()
	s, c, _ := newStore(t)
	f := &petitionFixture{s: s, c: c, op: setupHall(t, s)}
	f.v1, f.v2 = addVillage(t, s, "巴图塔村"), addVillage(t, s, "哈拉沟村")
	f.resident = addResident(t, s, hall.ResidentInput{Name: "张伟", IDNumber: makeID("150627", "19780315", "011"),
		Phone: "13812345678", VillageID: f.v1, Address: "巴图塔村一组12号"})
	var err error
	f.leader1, err = s.SaveCadre(ctx, admin, hall.Cadre{Name: "斯琴巴特尔", Position: "镇党委副书记", Phone: "13900000001", Type: "领导干部"})
	must(t, err)
	f.leader2, err = s.SaveCadre(ctx, admin, hall.Cadre{Name: "王建军", Position: "副镇长", Phone: "13900000002", Type: "领导干部"})
	must(t, err)
	return f
}

func (f *petitionFixture) actor() hall.Actor { return hall.Actor{OperatorID: f.op.ID, Name: f.op.Name} }

// register stores a petition received on a date as if cleaned by the service.
func (f *petitionFixture) register(t *testing.T, in hall.PetitionInput) hall.Petition {
	t.Helper()
	if in.Form == "" {
		in.Form = "来访"
	}
	if in.Facts == "" {
		in.Facts, in.Request = "事实", "请求"
	}
	if in.HeadCount == 0 {
		in.HeadCount = 1
	}
	id, err := f.s.CreatePetition(ctx, f.actor(), NewPetition{PetitionInput: in, Year: 2025,
		DecisionDue: hall.DecisionDue(in.ReceivedOn), ForwardDue: in.ReceivedOn.AddDays(7)})
	must(t, err)
	p, err := f.s.Petition(ctx, id)
	must(t, err)
	return p
}

func (f *petitionFixture) act(t *testing.T, p hall.Petition, in hall.PetitionActionInput, to hall.PetitionStatus) hall.Petition {
	t.Helper()
	in.PetitionID = p.ID
	next, note := hall.ApplyPetitionAction(p, in, to, f.op.Name, f.s.stamp())
	must(t, f.s.SavePetitionAction(ctx, f.actor(), PetitionChange{Version: p.Version, From: p.Status, Extension: p.ExtensionDays, Petition: next, Action: in.Action, Note: note}))
	got, err := f.s.Petition(ctx, p.ID)
	must(t, err)
	return got
}

func TestPetitionCreateReadAndAct(t *testing.T) {
	f := newPetitionFixture(t)
	p := f.register(t, hall.PetitionInput{ResidentID: f.resident, Category: "土地草场", ReceivedOn: hall.MustDate("2025-03-10"), Oral: true,
		GroupVisit: true, HeadCount: 12, ReceivedByID: f.leader1,
		Representatives: []hall.Representative{{Name: "张伟", Phone: "13812345678"}, {Name: "李强", Address: "巴图塔村二组"}}})
	if p.Number != "2025X0001" || p.PetitionerName != "张伟" || p.Phone != "13812345678" || p.Address != "巴图塔村一组12号" ||
		p.VillageName != "巴图塔村" || p.ReceivedByName != "斯琴巴特尔" || p.RecordedBy != "管理员甲" || !p.Oral || !p.GroupVisit {
		t.Fatalf("petition: %+v", p)
	}
	if len(p.Representatives) != 2 || p.Representatives[1].Address != "巴图塔村二组" || len(p.Timeline) != 1 || p.Timeline[0].ActionLabel != "登记" {
		t.Fatalf("details: %+v %+v", p.Representatives, p.Timeline)
	}
	if lastAudit(t, f.s).Entity != "信访事项" {
		t.Fatal("no audit line")
	}
	p = f.act(t, p, hall.PetitionActionInput{Action: hall.PaAccept, Date: hall.MustDate("2025-03-11")}, hall.PtAccepted)
	if p.SettleDue.String() != "2025-05-10" || p.Status != hall.PtAccepted {
		t.Fatalf("accepted: %+v", p)
	}
	p = f.act(t, p, hall.PetitionActionInput{Action: hall.PaAssign, ResponsibleID: f.leader2, HandlingUnit: "综合保障和技术推广中心"}, hall.PtInProgress)
	if p.ResponsibleName != "王建军" || len(p.Timeline) != 3 || p.Timeline[2].From != "已受理" || p.Timeline[2].To != "办理中" {
		t.Fatalf("assigned: %+v", p)
	}
	// Someone else extended meanwhile: the stale change is refused, by its version.
	stale := p
	f.act(t, p, hall.PetitionActionInput{Action: hall.PaExtend, Days: 10, Reason: "需勘界", Approver: "王建军", Informed: true}, hall.PtInProgress)
	next, _ := hall.ApplyPetitionAction(stale, hall.PetitionActionInput{Action: hall.PaExtend, Days: 30}, hall.PtInProgress, "x", "t")
	err := f.s.SavePetitionAction(ctx, f.actor(), PetitionChange{Version: stale.Version, From: stale.Status, Extension: stale.ExtensionDays, Petition: next, Action: hall.PaExtend})
	wantCode(t, err, hall.CodeStale)

	must(t, f.s.AddPetitionNote(ctx, f.actor(), p.ID, hall.PetitionNote{Kind: "包掌握情况", Date: hall.MustDate("2025-03-12"), Text: "入户了解情况"}))
	must(t, f.s.AddPetitionNote(ctx, f.actor(), p.ID, hall.PetitionNote{Kind: "回访", Method: "电话", Date: hall.MustDate("2025-03-11"), Text: "电话回访"}))
	p, err = f.s.Petition(ctx, p.ID)
	must(t, err)
	if len(p.Notes) != 2 || p.Notes[0].Kind != "回访" || p.Notes[1].OperatorName != "管理员甲" {
		t.Fatalf("notes by date: %+v", p.Notes)
	}
	wantCode(t, f.s.AddPetitionNote(ctx, f.actor(), 999, hall.PetitionNote{Kind: "回访", Date: hall.MustDate("2025-03-11"), Text: "x"}), hall.CodeNotFound)
	_, err = f.s.db.Exec(`DELETE FROM petition_notes`)
	if err == nil {
		t.Fatal("notes must be append-only")
	}
}

func TestCreatePetitionChecksReferences(t *testing.T) {
	f := newPetitionFixture(t)
	for _, tc := range []struct {
		in    hall.PetitionInput
		field string
	}{
		{hall.PetitionInput{ResidentID: 999, Category: "其他", ReceivedOn: hall.MustDate("2025-03-10")}, "residentId"},
		{hall.PetitionInput{Name: "某人", Address: "某地", VillageID: 999, Category: "其他", ReceivedOn: hall.MustDate("2025-03-10")}, "villageId"},
		{hall.PetitionInput{Name: "某人", Address: "某地", ReceivedByID: 999, Category: "其他", ReceivedOn: hall.MustDate("2025-03-10")}, "receivedById"},
	} {
		in := tc.in
		in.Form, in.Facts, in.Request, in.HeadCount = "来访", "事实", "请求", 1
		_, err := f.s.CreatePetition(ctx, f.actor(), NewPetition{PetitionInput: in, Year: 2025, DecisionDue: hall.MustDate("2025-03-25"), ForwardDue: hall.MustDate("2025-03-17")})
		if e := wantCode(t, err, hall.CodeInvalid); e.Field != tc.field {
			t.Errorf("field %s, want %s", e.Field, tc.field)
		}
	}
}

func TestSearchPetitionsOverdueFirst(t *testing.T) {
	f := newPetitionFixture(t)
	// Three open petitions with different deadlines, one finished.
	a := f.register(t, hall.PetitionInput{Name: "甲", Address: "某地", Category: "邻里纠纷", ReceivedOn: hall.MustDate("2025-03-01")}) // due 03-16
	b := f.register(t, hall.PetitionInput{Name: "乙", Address: "某地", Category: "社会保障", ReceivedOn: hall.MustDate("2025-02-20")}) // due 03-07: overdue on 03-10
	c := f.register(t, hall.PetitionInput{Name: "丙", Address: "某地", Category: "其他", ReceivedOn: hall.MustDate("2025-01-10")})
	c = f.act(t, c, hall.PetitionActionInput{Action: hall.PaAccept, Date: hall.MustDate("2025-01-12")}, hall.PtAccepted) // due 03-13
	c = f.act(t, c, hall.PetitionActionInput{Action: hall.PaAssign, ResponsibleID: f.leader1, HandlingUnit: "司法所"}, hall.PtInProgress)
	d := f.register(t, hall.PetitionInput{Name: "丁", Address: "某地", Category: "其他", ReceivedOn: hall.MustDate("2025-02-01")})
	f.act(t, d, hall.PetitionActionInput{Action: hall.PaForward, Date: hall.MustDate("2025-02-03"), ForwardedTo: "旗人民法院"}, hall.PtForwarded)

	names := func(q hall.PetitionQuery) []string {
		t.Helper()
		q.Today = hall.MustDate("2025-03-10")
		page, err := f.s.SearchPetitions(ctx, q)
		must(t, err)
		var out []string
		for _, p := range page.Items {
			out = append(out, p.PetitionerName)
		}
		if page.Total != len(out) {
			t.Fatalf("total %d, items %d", page.Total, len(out))
		}
		return out
	}
	eq := func(got []string, want ...string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("got %v, want %v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("got %v, want %v", got, want)
			}
		}
	}
	eq(names(hall.PetitionQuery{}), "乙", "丙", "甲")
	eq(names(hall.PetitionQuery{Overdue: true}), "乙")
	eq(names(hall.PetitionQuery{ResponsibleID: f.leader1}), "丙")
	eq(names(hall.PetitionQuery{Scope: "done"}), "丁")
	eq(names(hall.PetitionQuery{Scope: "all"}), "乙", "丙", "甲", "丁")
	eq(names(hall.PetitionQuery{Category: "邻里纠纷"}), "甲")
	eq(names(hall.PetitionQuery{Text: a.Number}), "甲")
	eq(names(hall.PetitionQuery{Text: "乙"}), "乙")
	eq(names(hall.PetitionQuery{From: hall.MustDate("2025-02-15"), To: hall.MustDate("2025-02-28")}), "乙")
	if b.DecisionDue.String() != "2025-03-07" {
		t.Fatalf("decision due %s", b.DecisionDue)
	}

	today, err := f.s.PetitionsRegisteredOn(ctx, hall.MustDate("2025-03-10"))
	must(t, err)
	if len(today) != 4 || today[0].PetitionerName != "丁" {
		t.Fatalf("registered today: %d", len(today))
	}
	none, err := f.s.PetitionsRegisteredOn(ctx, hall.MustDate("2025-03-11"))
	must(t, err)
	if len(none) != 0 {
		t.Fatalf("tomorrow: %d", len(none))
	}
}

func TestPetitionRepeats(t *testing.T) {
	f := newPetitionFixture(t)
	byResident := f.register(t, hall.PetitionInput{ResidentID: f.resident, Category: "社会保障", ReceivedOn: hall.MustDate("2025-01-05")})
	byPhone := f.register(t, hall.PetitionInput{Name: "张伟的儿子", Phone: "13812345678", Address: "东胜区", Category: "其他", ReceivedOn: hall.MustDate("2025-01-06")})
	sameVillage := f.register(t, hall.PetitionInput{Name: "赵六", Address: "巴图塔村三组", VillageID: f.v1, Category: "土地草场", ReceivedOn: hall.MustDate("2024-06-01")})
	f.register(t, hall.PetitionInput{Name: "钱七", Address: "巴图塔村", VillageID: f.v1, Category: "土地草场", ReceivedOn: hall.MustDate("2024-03-01")}) // older than 12 months
	f.register(t, hall.PetitionInput{Name: "孙八", Address: "哈拉沟村", VillageID: f.v2, Category: "土地草场", ReceivedOn: hall.MustDate("2025-01-01")}) // other village
	sameName := f.register(t, hall.PetitionInput{Name: "张伟", Address: "巴图塔村", VillageID: f.v1, Category: "其他", ReceivedOn: hall.MustDate("2024-12-01")})

	got, err := f.s.PetitionRepeats(ctx, RepeatQuery{ResidentID: f.resident, Name: "张伟", Phone: "13812345678", VillageID: f.v1,
		Category: "土地草场", Since: hall.MustDate("2024-03-10")})
	must(t, err)
	want := map[int64]string{byResident.ID: "同一信访人", byPhone.ID: "同一联系电话", sameVillage.ID: "同村同类事项（近12个月）", sameName.ID: "同村同名"}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for _, r := range got {
		if want[r.ID] != r.Reason {
			t.Errorf("%s: reason %q, want %q", r.Number, r.Reason, want[r.ID])
		}
	}
	if got[0].ID != byPhone.ID {
		t.Errorf("newest first: %+v", got[0])
	}
	// Excluding the petition itself, and nothing to go on.
	got, err = f.s.PetitionRepeats(ctx, RepeatQuery{ResidentID: f.resident, ExcludeID: byResident.ID})
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("excluded: %+v", got)
	}
	got, err = f.s.PetitionRepeats(ctx, RepeatQuery{Category: "其他"})
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("no petitioner: %+v", got)
	}
}

func TestPetitionCaseLink(t *testing.T) {
	f := newPetitionFixture(t)
	p := f.register(t, hall.PetitionInput{ResidentID: f.resident, Category: "低保救助", ReceivedOn: hall.MustDate("2025-03-10")})
	_, err := f.s.LinkPetitionCase(ctx, f.actor(), p.ID, p.Version, "2025D0001")
	wantCode(t, err, hall.CodeInvalid)
	l, err := f.s.PetitionForCase(ctx, 42)
	must(t, err)
	if l.PetitionID != 0 {
		t.Fatalf("no link expected: %+v", l)
	}
}

func TestRosterSaveSwapReplace(t *testing.T) {
	f := newPetitionFixture(t)
	rs, err := f.s.ReceptionSettings(ctx)
	must(t, err)
	if rs != hall.DefaultReceptionSettings() {
		t.Fatalf("defaults: %+v", rs)
	}
	must(t, f.s.SaveReceptionSettings(ctx, f.actor(), hall.ReceptionSettings{Weekday: 5, Place: "二楼接待室", Hours: "8:30–11:30"}))
	rs, _ = f.s.ReceptionSettings(ctx)
	if rs.Weekday != 5 || rs.Place != "二楼接待室" {
		t.Fatalf("saved: %+v", rs)
	}
	plan := []hall.RosterEntry{
		{Date: hall.MustDate("2025-03-05"), PlannedDate: hall.MustDate("2025-03-05"), LeaderID: f.leader1, Verified: true},
		{Date: hall.MustDate("2025-03-12"), PlannedDate: hall.MustDate("2025-03-12"), LeaderID: f.leader2, Verified: true},
		{Date: hall.MustDate("2025-03-19"), PlannedDate: hall.MustDate("2025-03-19"), LeaderID: f.leader1, Verified: true},
		{Date: hall.MustDate("2025-03-26"), PlannedDate: hall.MustDate("2025-03-26"), Cancelled: true, Note: "节假日", Verified: true},
	}
	must(t, f.s.SaveQuarterRoster(ctx, f.actor(), "2025Q1", hall.MustDate("2025-01-01"), plan))
	list, err := f.s.QuarterRoster(ctx, "2025Q1")
	must(t, err)
	if len(list) != 4 || list[0].LeaderName != "斯琴巴特尔" || list[0].Weekday != "星期三" || !list[3].Cancelled {
		t.Fatalf("roster: %+v", list)
	}
	on, err := f.s.RosterOn(ctx, hall.MustDate("2025-03-12"))
	must(t, err)
	if on == nil || on.LeaderName != "王建军" {
		t.Fatalf("on 03-12: %+v", on)
	}
	if on, _ := f.s.RosterOn(ctx, hall.MustDate("2025-03-26")); on != nil {
		t.Fatal("a cancelled day is not held")
	}
	next, _ := f.s.NextRoster(ctx, hall.MustDate("2025-03-10"))
	if next == nil || next.Date != hall.MustDate("2025-03-12") {
		t.Fatalf("next: %+v", next)
	}
	last, err := f.s.LastRosterLeader(ctx, hall.MustDate("2025-04-01"))
	must(t, err)
	if last != f.leader1 {
		t.Fatalf("last leader %d", last)
	}

	wantCode(t, f.s.SwapRoster(ctx, f.actor(), list[0].ID, list[1].ID, hall.MustDate("2025-03-10"), ""), hall.CodeConflict) // 03-05 is past
	wantCode(t, f.s.SwapRoster(ctx, f.actor(), list[1].ID, list[3].ID, hall.MustDate("2025-03-10"), ""), hall.CodeConflict) // cancelled
	must(t, f.s.SwapRoster(ctx, f.actor(), list[1].ID, list[2].ID, hall.MustDate("2025-03-10"), "出差"))
	list, _ = f.s.QuarterRoster(ctx, "2025Q1")
	if list[1].LeaderName != "斯琴巴特尔" || list[2].LeaderName != "王建军" || list[1].Changed != "调换" || list[1].Note != "与2025-03-19调换：出差" {
		t.Fatalf("swapped: %+v", list[1:3])
	}
	other, err := f.s.SaveCadre(ctx, admin, hall.Cadre{Name: "窗口甲", Phone: "13900000009", Type: "窗口人员"})
	must(t, err)
	wantCode(t, f.s.ReplaceRosterLeader(ctx, f.actor(), list[1].ID, other, hall.MustDate("2025-03-10"), ""), hall.CodeInvalid)
	must(t, f.s.ReplaceRosterLeader(ctx, f.actor(), list[1].ID, f.leader2, hall.MustDate("2025-03-10"), "开会"))
	list, _ = f.s.QuarterRoster(ctx, "2025Q1")
	if list[1].LeaderName != "王建军" || list[1].Changed != "替换" || list[1].Note != "原安排斯琴巴特尔：开会" {
		t.Fatalf("replaced: %+v", list[1])
	}
	// Regenerating from 03-10 keeps the day already held.
	must(t, f.s.SaveQuarterRoster(ctx, f.actor(), "2025Q1", hall.MustDate("2025-03-10"), plan[1:2]))
	list, _ = f.s.QuarterRoster(ctx, "2025Q1")
	if len(list) != 2 || list[0].Date != hall.MustDate("2025-03-05") || list[1].Changed != "" {
		t.Fatalf("regenerated: %+v", list)
	}
}

func TestLeaderForOperator(t *testing.T) {
	f := newPetitionFixture(t)
	op := hall.Operator{ID: f.op.ID, Name: "王建军"}
	c, ok, err := f.s.LeaderForOperator(ctx, op)
	must(t, err)
	if !ok || c.ID != f.leader2 {
		t.Fatalf("by name: %v %+v", ok, c)
	}
	_, ok, _ = f.s.LeaderForOperator(ctx, hall.Operator{ID: f.op.ID, Name: "斯琴"})
	if ok {
		t.Fatal("a partial name must not match")
	}
	must(t, f.s.LinkLeaderOperator(ctx, f.actor(), f.leader1, f.op.ID))
	c, ok, _ = f.s.LeaderForOperator(ctx, op)
	if !ok || c.ID != f.leader1 {
		t.Fatalf("the link wins over the name: %+v", c)
	}
	links, err := f.s.LeaderLinks(ctx)
	must(t, err)
	if links[f.leader1].OperatorName != "管理员甲" {
		t.Fatalf("links: %+v", links)
	}
	must(t, f.s.LinkLeaderOperator(ctx, f.actor(), f.leader1, 0))
	links, _ = f.s.LeaderLinks(ctx)
	if len(links) != 0 {
		t.Fatalf("unlinked: %+v", links)
	}
}
