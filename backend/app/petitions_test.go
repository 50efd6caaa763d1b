package app_test

import (
	"encoding/base64"
	"reflect"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// petitionsOf is the petition service of a desk's seat.
func petitionsOf(e *env, d *desk) *app.PetitionService {
	e.t.Helper()
	for _, s := range e.core.Services(d.seat) {
		if p, ok := s.(*app.PetitionService); ok {
			return p
		}
	}
	e.t.Fatal("PetitionService is not bound")
	return nil
}

// petitionHall is a hall with one operator per role, two leader cadres, a village and a resident.
type petitionHall struct {
	e                      *env
	admin                  *desk
	village                int64
	resident               hall.Resident
	siqin, wang            hall.Cadre
	reception, leader, sup *app.PetitionService
	leaderWang, clerk      *app.PetitionService
}

func newPetitionHall(t *testing.T) *petitionHall {
	e := newEnv(t)
	h := &petitionHall{e: e, admin: e.setup()}
	e.addOperator(h.admin, "clerk", "王丽娜", hall.RoleClerk)
	e.addOperator(h.admin, "jiedai", "乌兰", hall.RoleReception)
	e.addOperator(h.admin, "dudao", "巴特尔", hall.RoleSupervisor)
	e.addOperator(h.admin, "lingdao", "斯琴", hall.RoleLeader) // cadre 斯琴巴特尔: linked by account
	e.addOperator(h.admin, "wangjj", "王建军", hall.RoleLeader) // cadre 王建军: matched by name
	var err error
	h.village, err = h.admin.places.SaveVillage(hall.VillageInput{Name: "巴图塔村", Kind: "村"})
	must(t, err)
	h.resident, err = h.admin.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: "11010519491231002X", Phone: "13812345678",
		VillageID: h.village, Address: "巴图塔村一组12号"})
	must(t, err)
	var cadres *app.CadreService
	for _, s := range e.core.Services(h.admin.seat) {
		if c, ok := s.(*app.CadreService); ok {
			cadres = c
		}
	}
	h.siqin, err = cadres.Save(hall.Cadre{Name: "斯琴巴特尔", Position: "镇党委副书记", Phone: "13900000001", Type: "领导干部", Active: true})
	must(t, err)
	h.wang, err = cadres.Save(hall.Cadre{Name: "王建军", Position: "副镇长", Phone: "13900000002", Type: "领导干部", Active: true})
	must(t, err)
	_, err = cadres.Save(hall.Cadre{Name: "刘窗口", Phone: "13900000003", Type: "窗口人员", Active: true})
	must(t, err)
	h.signIn()
	return h
}

func (h *petitionHall) signIn() {
	e := h.e
	h.admin = e.login("admin")
	h.reception, h.leader, h.sup = petitionsOf(e, e.login("jiedai")), petitionsOf(e, e.login("lingdao")), petitionsOf(e, e.login("dudao"))
	h.leaderWang, h.clerk = petitionsOf(e, e.login("wangjj")), petitionsOf(e, e.login("clerk"))
}

// at moves the clock to 09:00 China time on date and signs everybody in again.
func (h *petitionHall) at(date string) {
	d, err := time.ParseInLocation(hall.DateLayout, date, hall.China)
	if err != nil {
		h.e.t.Fatal(err)
	}
	h.e.clock.t = d.Add(9 * time.Hour)
	h.signIn()
}

func (h *petitionHall) act(t *testing.T, svc *app.PetitionService, in hall.PetitionActionInput) hall.Petition {
	t.Helper()
	seen, err := svc.Get(in.PetitionID) // a clerk acts on the petition as it stands
	if err != nil {
		t.Fatal(err)
	}
	in.Version = seen.Version
	p, err := svc.Act(in)
	if err != nil {
		t.Fatalf("%s: %v", in.Action, err)
	}
	return p
}

func actionsOf(p hall.Petition) string {
	var out []string
	for _, a := range p.Actions {
		out = append(out, string(a.Action))
	}
	return strings.Join(out, " ")
}

// TestClerkRefusedEveryPetitionMethod calls every method of the petition service, by reflection
// so that a method added later is covered too, as a signed-in counter clerk: all are refused,
// and the refusal changed nothing.
func TestClerkRefusedEveryPetitionMethod(t *testing.T) {
	h := newPetitionHall(t)
	// Something to be refused access to.
	p, err := h.reception.Register(hall.PetitionInput{Form: "来访", ResidentID: h.resident.ID, Category: "低保救助",
		Facts: "家庭困难", Request: "申请低保"})
	must(t, err)
	v := reflect.ValueOf(h.clerk)
	if v.NumMethod() < 19 {
		t.Fatalf("only %d methods", v.NumMethod())
	}
	for i := 0; i < v.NumMethod(); i++ {
		name := v.Type().Method(i).Name
		t.Run(name, func(t *testing.T) {
			m := v.Method(i)
			args := make([]reflect.Value, m.Type().NumIn())
			for j := range args {
				arg := reflect.New(m.Type().In(j)).Elem()
				switch arg.Kind() {
				case reflect.Int64: // an id that exists
					arg.SetInt(p.ID)
				case reflect.String:
					arg.SetString("2026Q4")
				case reflect.Struct:
					if f := arg.FieldByName("PetitionID"); f.IsValid() {
						f.SetInt(p.ID)
					}
				}
				args[j] = arg
			}
			out := m.Call(args)
			err, _ := out[len(out)-1].Interface().(error)
			er := wantCode(t, err, hall.CodeForbidden)
			if !strings.Contains(er.Message, "窗口人员") {
				t.Fatalf("message = %q", er.Message)
			}
		})
	}
	got, err := h.reception.Get(p.ID)
	must(t, err)
	if got.Status != hall.PtRegistered || len(got.Timeline) != 1 {
		t.Fatalf("a refused call changed the petition: %+v", got)
	}
	// The other roles may read.
	for _, svc := range []*app.PetitionService{h.reception, h.leader, h.sup, petitionsOf(h.e, h.admin)} {
		if _, err := svc.Get(p.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Today(); err != nil {
			t.Fatal(err)
		}
	}
	// Only reception and the administrator manage the roster.
	_, err = h.leader.SaveSettings(hall.DefaultReceptionSettings())
	wantCode(t, err, hall.CodeForbidden)
	_, err = h.sup.GenerateRoster(app.GenerateRosterInput{Quarter: "2025Q2"})
	wantCode(t, err, hall.CodeForbidden)
}

// The story: generate a roster, today's reception, register a group visit, accept,
// assign a leader, progress notes, extension, reply printed, satisfaction, close; a repeat
// petitioner is flagged.
func TestPetitionStoryFromRosterToClose(t *testing.T) {
	h := newPetitionHall(t)
	h.at("2026-09-28") // Monday
	roster, err := h.reception.GenerateRoster(app.GenerateRosterInput{Quarter: "2026Q4"})
	must(t, err)
	if len(roster) != 13 || roster[0].Date != hall.MustDate("2026-10-08") || !roster[0].Moved || roster[0].LeaderName != "斯琴巴特尔" || roster[1].LeaderName != "王建军" {
		t.Fatalf("roster: %+v", roster[:2])
	}
	_, err = h.reception.GenerateRoster(app.GenerateRosterInput{Quarter: "2026Q4"})
	wantCode(t, err, hall.CodeConflict)
	doc, err := h.reception.PrintRoster("2026Q4")
	must(t, err)
	if doc.FileName != "领导干部信访接待日安排表-2026Q4.pdf" || !strings.HasPrefix(decode(t, doc.Base64), "%PDF") {
		t.Fatalf("roster notice: %s", doc.FileName)
	}

	h.at("2026-10-08") // Thursday: the Wednesday reception day moved past National Day
	today, err := h.reception.Today()
	must(t, err)
	if today.Entry == nil || today.Entry.LeaderName != "斯琴巴特尔" || today.Weekday != "星期四" || len(today.Petitions) != 0 {
		t.Fatalf("today: %+v", today)
	}
	if today.Next == nil || today.Next.Date != hall.MustDate("2026-10-14") || today.Settings.Place != "便民服务大厅信访接待室" {
		t.Fatalf("next: %+v", today.Next)
	}

	// An earlier petition of the same resident, a year before.
	earlier, err := h.reception.Register(hall.PetitionInput{Form: "来电", ResidentID: h.resident.ID, Category: "土地草场",
		Facts: "草场被占", Request: "请求恢复", ReceivedOn: hall.MustDate("2026-03-02")})
	must(t, err)
	// Typing the petitioner shows it at once.
	reps, err := h.reception.Repeats(app.RepeatInput{ResidentID: h.resident.ID, Category: "土地草场"})
	must(t, err)
	if len(reps) != 1 || reps[0].Number != earlier.Number || reps[0].Reason != "同一信访人" {
		t.Fatalf("repeats: %+v", reps)
	}

	reps5 := []hall.Representative{{Name: "张伟", Phone: "13812345678"}, {Name: "李强"}, {Name: "赵军"}, {Name: "孙丽"}, {Name: "周平"}}
	_, err = h.reception.Register(hall.PetitionInput{Form: "来访", Oral: true, ResidentID: h.resident.ID, GroupVisit: true, HeadCount: 14,
		Representatives: append(reps5, hall.Representative{Name: "吴六"}), Category: "土地草场", Facts: "f", Request: "r"})
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "representatives" {
		t.Fatalf("six representatives: %+v", e)
	}
	_, err = h.reception.Register(hall.PetitionInput{Form: "来访", ResidentID: h.resident.ID, Category: "土地草场", Facts: "f", Request: "r",
		ReceivedByID: mustCadreID(t, h, "刘窗口")})
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "receivedById" {
		t.Fatalf("a clerk cadre receives nobody: %+v", e)
	}
	p, err := h.reception.Register(hall.PetitionInput{Form: "来访", Oral: true, ResidentID: h.resident.ID, GroupVisit: true, HeadCount: 14,
		Representatives: reps5, Category: "土地草场", Facts: "二组约1200亩草场被划入邻村。", Request: "请求重新勘界。",
		Reasons: "持有1985年承包合同。", ReceivedByID: h.siqin.ID})
	must(t, err)
	if p.Number != "2026X0002" || p.Status != hall.PtRegistered || p.DecisionDue.String() != "2026-10-23" || p.ForwardDue.String() != "2026-10-14" ||
		p.DueDate.String() != "2026-10-23" || p.DaysLeft != 15 || p.ReceivedOn.String() != "2026-10-08" || p.Phone != "13812345678" {
		t.Fatalf("registered: %+v", p)
	}
	if len(p.Repeats) != 1 || p.Repeats[0].ID != earlier.ID || len(p.Representatives) != 5 || p.RecordedBy != "乌兰" {
		t.Fatalf("registered details: %+v", p)
	}
	if got := actionsOf(p); got != "accept refuse forward" {
		t.Fatalf("reception may: %s", got)
	}
	today, _ = h.reception.Today()
	if len(today.Petitions) != 2 || today.Petitions[0].Phone != "138****5678" {
		t.Fatalf("today's petitions (masked): %+v", today.Petitions)
	}
	doc, err = h.reception.PrintRecord(p.ID)
	must(t, err)
	if doc.FileName != "信访登记记录-2026X0002.pdf" {
		t.Fatalf("record: %s", doc.FileName)
	}
	_, err = h.reception.PrintReply(p.ID)
	wantCode(t, err, hall.CodeConflict)

	_, err = h.reception.AddNote(hall.PetitionNoteInput{PetitionID: p.ID, Kind: "包掌握情况", Text: "x"})
	wantCode(t, err, hall.CodeConflict) // nothing to be responsible for before acceptance

	h.at("2026-10-12")
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAccept, Note: "当面告知"})
	if p.AcceptedOn.String() != "2026-10-12" || p.SettleDue.String() != "2026-12-11" || p.DueLabel != "办结期限" || p.DaysLeft != 60 {
		t.Fatalf("accepted: %+v", p)
	}
	_, err = h.reception.Act(hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAssign, ResponsibleID: mustCadreID(t, h, "刘窗口"), HandlingUnit: "综治办"})
	wantCode(t, err, hall.CodeInvalid)
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAssign, ResponsibleID: h.wang.ID, HandlingUnit: "综合保障和技术推广中心"})
	if p.Status != hall.PtInProgress || p.ResponsibleName != "王建军" || !strings.Contains(p.Timeline[len(p.Timeline)-1].Note, "包保领导：王建军") {
		t.Fatalf("assigned: %+v", p)
	}

	// "My petitions": 王建军 matched by name, 斯琴 (account) not linked yet, then linked.
	mine, err := h.leaderWang.List(hall.PetitionQuery{Mine: true})
	must(t, err)
	if mine.Total != 1 || mine.Items[0].ID != p.ID || mine.MyLeaderName != "王建军" || mine.Items[0].Phone != "138****5678" {
		t.Fatalf("王建军's list: %+v", mine)
	}
	mine, err = h.leader.List(hall.PetitionQuery{Mine: true})
	must(t, err)
	if mine.Total != 0 || mine.MyLeaderID != 0 {
		t.Fatalf("斯琴 is not linked: %+v", mine)
	}
	list, err := h.reception.Leaders()
	must(t, err)
	if len(list.Leaders) != 2 || len(list.Accounts) != 2 {
		t.Fatalf("leaders: %+v", list)
	}
	var lingdao int64
	for _, a := range list.Accounts {
		if a.Name == "斯琴" {
			lingdao = a.ID
		}
	}
	_, err = h.reception.LinkLeader(app.LinkLeaderInput{CadreID: h.siqin.ID, OperatorID: lingdao})
	must(t, err)
	mine, err = h.leader.List(hall.PetitionQuery{Mine: true})
	must(t, err)
	if mine.Total != 0 || mine.MyLeaderName != "斯琴巴特尔" {
		t.Fatalf("斯琴 linked: %+v", mine)
	}
	all, err := h.leader.List(hall.PetitionQuery{})
	must(t, err)
	if all.Total != 2 || all.Items[0].ID != earlier.ID || !all.Items[0].Overdue || all.Items[1].Overdue {
		t.Fatalf("overdue first: %+v", all.Items) // the earlier one was never decided: due 2026-03-17
	}

	// Progress notes and a follow-up.
	for _, k := range hall.Responsibilities {
		_, err := h.leaderWang.AddNote(hall.PetitionNoteInput{PetitionID: p.ID, Kind: k, Text: k + "：已入户"})
		must(t, err)
	}
	p, err = h.reception.AddNote(hall.PetitionNoteInput{PetitionID: p.ID, Kind: "回访", Method: "电话", Text: "情绪稳定"})
	must(t, err)
	if len(p.Notes) != 4 || p.Notes[0].OperatorName != "王建军" {
		t.Fatalf("notes: %+v", p.Notes)
	}

	// Extension: only a leader approves, once, at most 30 days.
	h.at("2026-12-01")
	ext := hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaExtend, Days: 30, Reason: "需会同旗林草局勘界", Approver: "王建军", Informed: true}
	_, err = h.reception.Act(ext)
	wantCode(t, err, hall.CodeForbidden)
	bad := ext
	bad.Days = 31
	_, err = h.leaderWang.Act(bad)
	wantCode(t, err, hall.CodeInvalid)
	p = h.act(t, h.leaderWang, ext)
	if p.SettleDue.String() != "2027-01-10" || p.ExtensionDays != 30 {
		t.Fatalf("extended: %+v", p)
	}
	_, err = h.leaderWang.Act(ext)
	wantCode(t, err, hall.CodeConflict)

	// Reply, printed.
	h.at("2026-12-20")
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaReply, ReplyText: "经勘界，争议草场中约800亩属巴图塔村二组。"})
	if p.Status != hall.PtReplied || p.ReviewBy.String() != "2027-01-19" || !p.DueDate.IsZero() {
		t.Fatalf("replied: %+v", p)
	}
	doc, err = h.reception.PrintReply(p.ID)
	must(t, err)
	if doc.FileName != "信访事项答复意见书-2026X0002.pdf" {
		t.Fatalf("reply: %s", doc.FileName)
	}
	// Not satisfied: no close while the review window is open.
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaRate, Satisfaction: "不满意"})
	_, err = h.leader.Act(hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaClose})
	wantCode(t, err, hall.CodeConflict)
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaRate, Satisfaction: "基本满意"})
	_, err = h.reception.Act(hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaClose})
	wantCode(t, err, hall.CodeForbidden)
	p = h.act(t, h.leader, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaClose, Note: "已报旗信访局"})
	if p.Status != hall.PtClosed || p.ClosedBy != "斯琴" || len(p.Actions) != 0 {
		t.Fatalf("closed: %+v", p)
	}
	// Follow-ups go on after closing.
	_, err = h.reception.AddNote(hall.PetitionNoteInput{PetitionID: p.ID, Kind: "回访", Method: "走访", Text: "已拆除围栏"})
	must(t, err)

	// The audit log has every step.
	entries, err := h.admin.audit.List(hall.AuditQuery{Entity: "信访事项", PageSize: 100})
	must(t, err)
	if entries.Total != 16 {
		t.Fatalf("audit lines: %d", entries.Total)
	}
	checkDerived(t, h.e)
}

func TestPetitionReviewAndRereview(t *testing.T) {
	h := newPetitionHall(t)
	h.at("2026-11-02")
	p, err := h.reception.Register(hall.PetitionInput{Form: "来信", Name: "赵六", Address: "巴图塔村三组", VillageID: h.village,
		Phone: "13712345678", Category: "社会保障", Facts: "养老金未发", Request: "补发"})
	must(t, err)
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAccept})
	_, err = h.reception.Act(hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaReply, ReplyText: "x"})
	wantCode(t, err, hall.CodeConflict) // assign a leader first
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAssign, ResponsibleID: h.wang.ID, HandlingUnit: "社保所"})
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaReply, ReplyText: "已核实，按规定补发。"})

	// Day 31 after the reply: too late for 复查.
	h.at("2026-12-03")
	_, err = h.reception.Act(hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaRequestReview})
	wantCode(t, err, hall.CodeConflict)
	// Backdated to day 30 is refused too: the window is judged today.
	h.at("2026-12-02")
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaRequestReview})
	if p.Status != hall.PtReviewing || p.ReviewDue.String() != "2027-01-01" || p.DueLabel != "复查答复期限" {
		t.Fatalf("review: %+v", p)
	}
	h.at("2027-01-05")
	p, _ = h.reception.Get(p.ID)
	if !p.Overdue || p.DaysLeft != -4 {
		t.Fatalf("review answer overdue: %+v", p)
	}
	overdue, err := h.reception.List(hall.PetitionQuery{Overdue: true})
	must(t, err)
	if overdue.Total != 1 {
		t.Fatalf("overdue list: %d", overdue.Total)
	}
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAnswerReview, ReplyText: "维持原答复。"})
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaRequestRereview})
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaAnswerRereview, ReplyText: "维持复查意见。"})
	if !p.Final || p.Status != hall.PtRereviewed {
		t.Fatalf("rereviewed: %+v", p)
	}
	// The same petitioner again: flagged as not to be accepted again.
	reps, err := h.reception.Repeats(app.RepeatInput{Name: "赵六", Phone: "13712345678"})
	must(t, err)
	if len(reps) != 1 || !reps[0].Final || reps[0].Reason != "同一联系电话" {
		t.Fatalf("repeats: %+v", reps)
	}
	// After 复核 a dissatisfied petitioner's item can still be closed.
	p = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaRate, Satisfaction: "不满意"})
	p = h.act(t, h.leader, hall.PetitionActionInput{PetitionID: p.ID, Action: hall.PaClose})
	if p.Status != hall.PtClosed {
		t.Fatal("not closed")
	}
	checkDerived(t, h.e)
}

func TestPetitionRefusalAndForward(t *testing.T) {
	h := newPetitionHall(t)
	h.at("2026-11-02")
	a, err := h.reception.Register(hall.PetitionInput{Form: "网上", Name: "某人", Address: "东胜区", Category: "涉法涉诉", Facts: "判决不公", Request: "改判"})
	must(t, err)
	_, err = h.reception.Act(hall.PetitionActionInput{PetitionID: a.ID, Action: hall.PaRefuse, Reason: "已进入诉讼程序"})
	wantCode(t, err, hall.CodeInvalid)
	a = h.act(t, h.reception, hall.PetitionActionInput{PetitionID: a.ID, Action: hall.PaRefuse, Reason: "已进入诉讼程序", ReplyText: "请依法向人民法院提出。"})
	if a.Status != hall.PtRefused || a.RepliedOn.String() != "2026-11-02" {
		t.Fatalf("refused: %+v", a)
	}
	doc, err := h.reception.PrintReply(a.ID)
	must(t, err)
	if doc.FileName != "不予受理告知书-2026X0001.pdf" {
		t.Fatalf("refusal: %s", doc.FileName)
	}
	b, err := h.reception.Register(hall.PetitionInput{Form: "来电", Name: "某人乙", Address: "某地", Category: "其他", Facts: "f", Request: "r"})
	must(t, err)
	b = h.act(t, h.sup, hall.PetitionActionInput{PetitionID: b.ID, Action: hall.PaForward, ForwardedTo: "旗市场监督管理局"})
	if b.Status != hall.PtForwarded || b.ForwardedTo != "旗市场监督管理局" {
		t.Fatalf("forwarded: %+v", b)
	}
	done, err := h.reception.List(hall.PetitionQuery{Scope: "done"})
	must(t, err)
	if done.Total != 2 {
		t.Fatalf("done: %d", done.Total)
	}
	link, err := h.reception.ForCase(99)
	must(t, err)
	if link.PetitionID != 0 {
		t.Fatalf("link: %+v", link)
	}
}

func TestRosterSwapAndReplace(t *testing.T) {
	h := newPetitionHall(t)
	h.at("2026-09-28")
	_, err := h.reception.SaveSettings(hall.ReceptionSettings{Weekday: 5, Place: "二楼接待室", Hours: "8:30–11:30"})
	must(t, err)
	admin := petitionsOf(h.e, h.admin)
	roster, err := admin.GenerateRoster(app.GenerateRosterInput{Quarter: "2026Q4"})
	must(t, err)
	if roster[0].Date != hall.MustDate("2026-10-02") || !roster[0].Cancelled || roster[1].Date != hall.MustDate("2026-10-09") {
		t.Fatalf("fridays: %+v", roster[:2])
	}
	roster, err = h.reception.SwapRoster(app.SwapRosterInput{ID: roster[1].ID, WithID: roster[2].ID, Note: "出差"})
	must(t, err)
	if roster[1].LeaderName != "王建军" || roster[2].LeaderName != "斯琴巴特尔" || roster[1].Changed != "调换" {
		t.Fatalf("swapped: %+v", roster[1:3])
	}
	roster, err = h.reception.ReplaceLeader(app.ReplaceLeaderInput{ID: roster[3].ID, LeaderID: h.siqin.ID, Note: "开会"})
	must(t, err)
	if roster[3].LeaderName != "斯琴巴特尔" || roster[3].Changed != "替换" {
		t.Fatalf("replaced: %+v", roster[3])
	}
	// Regenerating from a later day keeps the days before it and continues the turn.
	h.at("2026-10-20")
	roster, err = h.reception.GenerateRoster(app.GenerateRosterInput{Quarter: "2026Q4", Replace: true})
	must(t, err)
	if roster[1].Changed != "调换" || roster[3].Date != hall.MustDate("2026-10-23") || roster[3].Changed != "" || roster[3].LeaderName == roster[2].LeaderName {
		t.Fatalf("regenerated: %+v", roster[1:4])
	}
	got, err := h.leader.Roster("2026-10-01", "2026-10-31")
	must(t, err)
	if len(got) != 5 {
		t.Fatalf("october: %d", len(got))
	}
	_, err = h.reception.GenerateRoster(app.GenerateRosterInput{Quarter: "2026Q3"})
	wantCode(t, err, hall.CodeInvalid)
}

func mustCadreID(t *testing.T, h *petitionHall, name string) int64 {
	t.Helper()
	var cadres *app.CadreService
	for _, s := range h.e.core.Services(h.admin.seat) {
		if c, ok := s.(*app.CadreService); ok {
			cadres = c
		}
	}
	page, err := cadres.List(hall.CadreQuery{Text: name})
	must(t, err)
	if len(page.Items) == 0 {
		t.Fatalf("no cadre %s", name)
	}
	return page.Items[0].ID
}

func decode(t *testing.T, b64 string) string {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(b64)
	must(t, err)
	return string(b)
}
