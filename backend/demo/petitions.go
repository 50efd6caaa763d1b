package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"sort"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// PetitionDays is how far back the demo's petitions reach.
const PetitionDays = 90

// The demo's leader cadres (see cadres): 斯琴巴特尔 signs in as lingdao (斯琴).
const (
	leaderSiqin = "斯琴巴特尔"
	leaderWang  = "王建军"
)

// petitionStep is one thing done to a demo petition `ago` days before now: an action (by the
// reception desk, or by the leader when the state machine asks for one) or a note.
type petitionStep struct {
	ago    int
	leader bool                     // done by the leader (lingdao) rather than reception (jiedai)
	act    hall.PetitionActionInput // Action set: an action; the petition's ID is filled in
	to     string                   // assign: the responsible leader, by name
	note   hall.PetitionNoteInput   // Kind set: a note
}

// demoPetition is one petition of the demo, with what happens to it.
type demoPetition struct {
	ago      int    // received this many days before now (a 来访 moves to the reception day before)
	form     string // 来访, 来信, 来电 or 网上
	category string
	again    int    // > 0: the petitioner of petition number `again` (1-based) comes again
	outsider string // a person not in the registry (minimal data) instead of a resident
	group    int    // head count of a group visit; 0 for one person
	reps     []string
	request  string
	facts    string
	reasons  string
	steps    []petitionStep
}

func ptAct(ago int, a hall.PetitionAction) petitionStep {
	return petitionStep{ago: ago, act: hall.PetitionActionInput{Action: a}}
}

func ptAssign(ago int, leader, unit string) petitionStep {
	return petitionStep{ago: ago, to: leader, act: hall.PetitionActionInput{Action: hall.PaAssign, HandlingUnit: unit}}
}

func ptReply(ago int, text string) petitionStep {
	return petitionStep{ago: ago, act: hall.PetitionActionInput{Action: hall.PaReply, ReplyText: text}}
}

func ptRate(ago int, s string) petitionStep {
	return petitionStep{ago: ago, act: hall.PetitionActionInput{Action: hall.PaRate, Satisfaction: s}}
}

func ptClose(ago int) petitionStep {
	return petitionStep{ago: ago, leader: true, act: hall.PetitionActionInput{Action: hall.PaClose, Note: "群众满意，同意销案"}}
}

func ptNote(ago int, kind, text string) petitionStep {
	return petitionStep{ago: ago, note: hall.PetitionNoteInput{Kind: kind, Text: text}}
}

func ptFollowUp(ago int, method, text string) petitionStep {
	return petitionStep{ago: ago, note: hall.PetitionNoteInput{Kind: hall.FollowUpKind, Method: method, Text: text}}
}

// demoPetitions are three months of the township's petitions, oldest first: closed ones (one
// after re-review, so the same claim is not accepted again), refused and pointed elsewhere, one
// overdue, one extended, replied and under review, accepted and only registered; two group
// visits, and petitioners who come again.
var demoPetitions = []demoPetition{
	{ago: 88, form: "来访", category: "土地草场", group: 8, reps: []string{"", "白音仓"},
		request: "请求核实二轮承包时草场面积登记错误，按实际面积发放草原补奖资金。",
		facts:   "二轮承包合同记载草场面积比实际少约200亩，近三年草原补奖资金按合同面积发放。",
		steps: []petitionStep{ptAct(87, hall.PaAccept), ptAssign(87, leaderSiqin, "镇农牧业综合服务站"),
			ptNote(80, "包掌握情况", "调阅二轮承包档案，与林草部门核对卫星图斑，面积差异属实。"),
			ptNote(70, "包教育转化", "向牧户讲解补奖资金按确权面积发放的规定，牧户同意等待面积更正。"),
			ptReply(55, "经核实，你组8户牧户草场面积登记有误，已报旗林草局更正确权面积，补发差额补奖资金将于下一发放批次到账。"),
			ptRate(53, "满意"), ptClose(52), ptFollowUp(30, "电话", "补奖差额已到账，牧户表示满意。")}},
	{ago: 86, form: "来信", category: "社会保障", outsider: "高建华",
		request: "要求将本人2005年至2008年在镇办煤矿的工龄计入养老保险缴费年限。",
		facts:   "本人曾在原镇办煤矿工作四年，煤矿改制后未为本人补缴养老保险。",
		steps: []petitionStep{ptAct(85, hall.PaAccept), ptAssign(85, leaderWang, "镇社会保障服务所"),
			ptReply(75, "经查原镇办煤矿用工档案，无你本人的劳动合同和工资发放记录，暂无法认定该段工龄；如有其他证明材料可补充提供。"),
			ptRate(74, "不满意"), ptAct(70, hall.PaRequestReview),
			{ago: 56, act: hall.PetitionActionInput{Action: hall.PaAnswerReview, ReplyText: "经复查，原答复意见认定事实清楚，维持原答复意见。"}},
			ptAct(50, hall.PaRequestRereview),
			{ago: 31, act: hall.PetitionActionInput{Action: hall.PaAnswerRereview, ReplyText: "经旗信访联席会议复核，维持复查意见。本事项信访程序终结。"}},
			ptRate(30, "不满意"), ptClose(29)}},
	{ago: 80, form: "来电", category: "低保救助",
		request: "要求为全家办理低保。",
		facts:   "家中两个孩子上学，开支大，生活困难。",
		steps: []petitionStep{{ago: 78, act: hall.PetitionActionInput{Action: hall.PaRefuse,
			Reason:    "属于依申请办理的行政事项，应通过便民服务大厅窗口提出申请",
			ReplyText: "你反映的事项属于低保申请，应由本人携带户口簿、身份证到镇便民服务大厅民政窗口申请，窗口将一次性告知所需材料。"}}}},
	{ago: 76, form: "来访", category: "涉法涉诉", outsider: "白玉兰",
		request: "对旗人民法院关于借款纠纷的判决不服，要求镇政府重新处理。",
		facts:   "与同村村民借款纠纷已经法院判决，本人认为判决不公。",
		steps:   []petitionStep{{ago: 75, act: hall.PetitionActionInput{Action: hall.PaForward, ForwardedTo: "伊金霍洛旗人民法院（依法申请再审）"}}}},
	{ago: 75, form: "来访", category: "邻里纠纷",
		request: "要求邻居拆除占用共用通道的彩钢房。",
		facts:   "邻居去年在两家共用的通道上搭建彩钢房，车辆无法进出。",
		steps: []petitionStep{ptAct(74, hall.PaAccept), ptAssign(74, leaderSiqin, "镇司法所"),
			ptNote(60, "包掌握情况", "现场查看，彩钢房占用通道约1.5米。"),
			ptNote(40, "包稳控管理", "双方情绪激动，已请村调委会介入，约定暂不施工。")}},
	{ago: 70, form: "网上", category: "其他", outsider: "刘海龙",
		request: "反映镇区主街路灯损坏多日无人维修。",
		facts:   "主街北段约十盏路灯不亮，夜间出行不便。",
		steps: []petitionStep{ptAct(69, hall.PaAccept), ptAssign(69, leaderWang, "镇村镇建设办公室"),
			ptReply(62, "已安排维修单位更换主街北段损坏的路灯12盏，现已恢复照明。"), ptRate(61, "满意"), ptClose(60)}},
	{ago: 62, form: "来访", category: "土地草场",
		request: "要求解决与邻村的耕地边界争议。",
		facts:   "两村交界处约30亩耕地权属不清，今年春耕时双方发生争执。",
		steps: []petitionStep{ptAct(61, hall.PaAccept), ptAssign(61, leaderSiqin, "镇自然资源所"),
			ptNote(50, "包掌握情况", "调取两村土地确权图，争议地块位于图斑交界处。"),
			{ago: 5, leader: true, act: hall.PetitionActionInput{Action: hall.PaExtend, Days: 30,
				Reason: "需会同旗自然资源局现场勘界", Approver: leaderSiqin, Informed: true}}}},
	{ago: 55, form: "来电", category: "社会保障",
		request: "询问高龄津贴为何停发。",
		facts:   "父亲年满80周岁，今年起高龄津贴未到账。",
		steps: []petitionStep{ptAct(54, hall.PaAccept), ptAssign(54, leaderWang, "镇社会保障服务所"),
			ptReply(45, "经查，因年度资格认证未完成导致停发，已上门为老人完成认证，停发期间的津贴将一并补发。"),
			ptRate(44, "基本满意"), ptClose(43)}},
	{ago: 50, form: "来信", category: "土地草场", outsider: "乌力吉",
		request: "要求补偿修建乡村公路占用的草场。",
		facts:   "前年修建通村公路占用本人草场约5亩，至今未补偿。",
		steps: []petitionStep{ptAct(49, hall.PaAccept), ptAssign(49, leaderWang, "镇交通运输服务站"),
			ptReply(25, "经核查，该路段占地补偿款已于前年拨付至嘎查集体账户，由嘎查按方案分配，请向嘎查委员会领取。"),
			ptRate(24, "不满意"), ptAct(15, hall.PaRequestReview)}},
	{ago: 47, form: "来访", category: "低保救助",
		request: "要求重新核定低保金额。",
		facts:   "妻子去年患病住院，家庭支出增加，现低保金额不足以维持生活。",
		steps: []petitionStep{ptAct(46, hall.PaAccept), ptAssign(46, leaderSiqin, "镇民政办"),
			ptNote(40, "包掌握情况", "入户核查家庭收入和医疗支出情况。"),
			ptReply(12, "经入户核查，你家庭医疗支出较大，已按程序提请调整低保金额，并协助申请临时救助。")}},
	{ago: 40, form: "来信", category: "邻里纠纷",
		request: "要求处理邻居家犬只伤人问题。",
		facts:   "邻居家散养的大型犬多次追咬路人，本人孙子被咬伤。",
		steps: []petitionStep{ptAct(39, hall.PaAccept), ptAssign(39, leaderWang, "镇综合行政执法局"),
			ptReply(35, "已责令犬主拴养并办理犬只登记，医疗费用由犬主承担。"), ptRate(34, "不满意"),
			ptAct(33, hall.PaRequestReview),
			{ago: 6, act: hall.PetitionActionInput{Action: hall.PaAnswerReview, ReplyText: "经复查，犬主已支付医疗费并签订拴养承诺书，原处理意见适当。"}}}},
	{ago: 30, form: "来访", category: "土地草场", again: 1, group: 15, reps: []string{"", "白音仓", "阿拉坦"},
		request: "反映草原补奖差额尚有部分牧户未到账，要求尽快发放。",
		facts:   "上次反映的草场面积已更正，但组里仍有7户未收到差额补奖资金。",
		steps: []petitionStep{ptAct(29, hall.PaAccept), ptAssign(29, leaderSiqin, "镇农牧业综合服务站"),
			ptNote(25, "包掌握情况", "核对发放清单，7户因银行卡号变更未到账。"),
			ptNote(20, "包教育转化", "逐户说明原因，牧户表示理解。")}},
	{ago: 20, form: "来电", category: "其他", outsider: "张桂芳",
		request: "反映村里自来水水压低，高处住户用不上水。",
		facts:   "入冬以来村里高处十几户每天只有夜间有水。",
		steps:   []petitionStep{ptAct(18, hall.PaAccept)}},
	{ago: 9, form: "网上", category: "社会保障",
		request: "询问城乡居民养老保险待遇为何低于同村其他人。",
		facts:   "本人与同村人同年开始领取养老金，待遇相差较多。",
		steps:   []petitionStep{ptAct(8, hall.PaAccept), ptAssign(8, leaderWang, "镇社会保障服务所")}},
	{ago: 3, form: "来访", category: "低保救助", again: 3,
		request: "再次反映家庭困难，要求办理低保。",
		facts:   "上次电话反映后未到窗口申请，家中困难加重。"},
	{ago: 0, form: "来访", category: "邻里纠纷",
		request: "要求处理邻居在房前屋后堆放柴草的问题。",
		facts:   "邻居在两家之间堆放大量柴草，存在火灾隐患。"},
}

// Petitions runs three months of the petition day through the real PetitionService, with the
// clock moved to each day something happened: the reception settings, the roster of the
// quarters since then over the demo's 领导干部 (the leader lingdao linked to 斯琴巴特尔), and
// petitions across forms, categories and states — registered at reception (a 来访 on its
// reception day, received by that day's leader), accepted and given a responsible leader,
// noted, extended, replied, reviewed, rated and closed. It returns the number of petitions.
func Petitions(ctx context.Context, store *sqlite.Store, now time.Time, seed int64) (int, error) {
	start := now.AddDate(0, 0, -PetitionDays)
	clock := start
	// The store records times by the demo's clock too, so that the timelines and 今日接待 show
	// each petition on the day it came.
	store = store.WithClock(func() time.Time { return clock })
	core := app.NewCore(store, func() time.Time { return clock }, "demo", slog.New(slog.NewTextHandler(io.Discard, nil)))
	r := rand.New(rand.NewPCG(uint64(seed), 5))
	g := newGen(seed+5, now)
	reception, err := store.Credentials(ctx, "jiedai")
	if err != nil {
		return 0, fmt.Errorf("demo petitions: %w", err)
	}
	leader, err := store.Credentials(ctx, "lingdao")
	if err != nil {
		return 0, fmt.Errorf("demo petitions: %w", err)
	}
	// desk signs an operator in on a fresh seat at the current demo time.
	desk := func(id int64) *app.PetitionService {
		return app.ServiceOf[*app.PetitionService](core, core.SignedInSeat(id))
	}
	// at is the demo time of a day before now: 9:30 in China, a weekend moved back to Friday.
	at := func(ago int, minutes int) time.Time {
		d := now.In(hall.China).AddDate(0, 0, -ago)
		switch d.Weekday() {
		case time.Saturday:
			d = d.AddDate(0, 0, -1)
		case time.Sunday:
			d = d.AddDate(0, 0, -2)
		}
		y, m, day := d.Date()
		t := time.Date(y, m, day, 9, 30, 0, 0, hall.China).Add(time.Duration(minutes) * time.Minute)
		if t.After(now) {
			t = now
		}
		return t
	}

	// The reception day, the roster from three months ago to the end of this quarter, and the
	// leader's account linked to their cadre (the names differ: 斯琴 and 斯琴巴特尔).
	clock = start
	if _, err := desk(reception.Operator.ID).SaveSettings(hall.DefaultReceptionSettings()); err != nil {
		return 0, fmt.Errorf("demo reception settings: %w", err)
	}
	for q := hall.QuarterOf(start.In(hall.China)); q.First().Before(now); q = nextQuarter(q) {
		clock = start
		if q.First().After(start) {
			clock = time.Date(q.Year, time.Month(3*q.Q-2), 1, 9, 0, 0, 0, hall.China)
		}
		if _, err := desk(reception.Operator.ID).GenerateRoster(app.GenerateRosterInput{Quarter: q.String()}); err != nil {
			return 0, fmt.Errorf("demo roster %s: %w", q, err)
		}
	}
	clock = start
	leaders, err := desk(reception.Operator.ID).Leaders()
	if err != nil {
		return 0, err
	}
	if len(leaders.Leaders) == 0 {
		return 0, fmt.Errorf("demo petitions: no 领导干部 in the cadre registry")
	}
	leaderID := map[string]int64{}
	for _, l := range leaders.Leaders {
		leaderID[l.Name] = l.ID
	}
	if id, ok := leaderID[leaderSiqin]; ok {
		if _, err := desk(reception.Operator.ID).LinkLeader(app.LinkLeaderInput{CadreID: id, OperatorID: leader.Operator.ID}); err != nil {
			return 0, fmt.Errorf("demo link leader: %w", err)
		}
	}
	responsible := func(name string) int64 {
		if id, ok := leaderID[name]; ok {
			return id
		}
		return leaders.Leaders[0].ID
	}
	roster, err := store.Roster(ctx, hall.DateOf(start), hall.DateOf(now))
	if err != nil {
		return 0, err
	}

	// The petitioners: adults of the registry, three of each village at most.
	people, err := store.SearchResidents(ctx, hall.ResidentQuery{PageSize: 100})
	if err != nil {
		return 0, err
	}
	var adults []hall.Resident
	perVillage := map[int64]int{}
	for _, p := range people.Items {
		if p.HasIDNumber && hall.AgeOn(p.BirthDate, now) >= 30 && perVillage[p.VillageID] < 3 {
			adults = append(adults, p)
			perVillage[p.VillageID]++
		}
	}
	if len(adults) == 0 {
		return 0, nil
	}
	r.Shuffle(len(adults), func(i, j int) { adults[i], adults[j] = adults[j], adults[i] })

	// Every registration, action and note, in the order they happened.
	type event struct {
		at  time.Time
		run func() error
	}
	var events []event
	ids := make([]int64, len(demoPetitions))
	inputs := make([]hall.PetitionInput, len(demoPetitions))
	names := make([]string, len(demoPetitions)) // the petitioners
	for i, dp := range demoPetitions {
		in := hall.PetitionInput{Form: dp.form, Oral: dp.form == "来访" || dp.form == "来电", Category: dp.category,
			Request: dp.request, Facts: dp.facts, Reasons: dp.reasons}
		who := adults[i%len(adults)]
		switch {
		case dp.again > 0:
			prev := inputs[dp.again-1]
			in.ResidentID, in.Name, in.Phone, in.Address, in.VillageID = prev.ResidentID, prev.Name, prev.Phone, prev.Address, prev.VillageID
			names[i] = names[dp.again-1]
		case dp.outsider != "":
			in.Name, in.Phone, in.VillageID, in.Address = dp.outsider, g.mobile(), who.VillageID, who.VillageName+who.GroupName
			names[i] = dp.outsider
		default:
			in.ResidentID, names[i] = who.ID, who.Name
		}
		if dp.group > 0 {
			in.GroupVisit, in.HeadCount = true, dp.group
			for _, name := range dp.reps {
				if name == "" { // the petitioner speaks for the group
					name = names[i]
				}
				in.Representatives = append(in.Representatives, hall.Representative{Name: name, Phone: g.mobile()})
			}
		}
		received := at(dp.ago, 0)
		if dp.form == "来访" { // received on the reception day by that day's leader, when there was one
			day := hall.DateOf(received)
			for k := len(roster) - 1; k >= 0; k-- {
				e := roster[k]
				if !e.Cancelled && !e.Date.After(day) && e.LeaderID > 0 {
					if d := e.Date.Time(); !d.Before(start) {
						received = time.Date(d.Year(), d.Month(), d.Day(), 9, 30, 0, 0, hall.China)
						in.ReceivedByID = e.LeaderID
					}
					break
				}
			}
		}
		inputs[i] = in
		i, in := i, in
		events = append(events, event{received, func() error {
			p, err := desk(reception.Operator.ID).Register(in)
			ids[i] = p.ID
			return err
		}})
		for k, st := range dp.steps {
			st := st
			when := at(st.ago, 60+10*k)
			if when.Before(received) {
				when = received.Add(time.Duration(10*(k+1)) * time.Minute)
			}
			events = append(events, event{when, func() error {
				who := reception.Operator.ID
				if st.leader {
					who = leader.Operator.ID
				}
				svc := desk(who)
				if st.note.Kind != "" {
					n := st.note
					n.PetitionID = ids[i]
					_, err := svc.AddNote(n)
					return err
				}
				a := st.act
				a.PetitionID = ids[i]
				if a.Action == hall.PaAssign {
					a.ResponsibleID = responsible(st.to)
				}
				p, err := svc.Get(a.PetitionID) // as a clerk acts: on the petition as it stands
				if err != nil {
					return err
				}
				a.Version = p.Version
				_, err = svc.Act(a)
				return err
			}})
		}
	}
	sort.SliceStable(events, func(a, b int) bool { return events[a].at.Before(events[b].at) })
	for _, e := range events {
		clock = e.at
		if err := e.run(); err != nil {
			return 0, fmt.Errorf("demo petitions on %s: %w", clock.In(hall.China).Format(hall.DateLayout), err)
		}
	}
	return len(demoPetitions), nil
}

// nextQuarter is the quarter after q.
func nextQuarter(q hall.Quarter) hall.Quarter {
	if q.Q == 4 {
		return hall.Quarter{Year: q.Year + 1, Q: 1}
	}
	return hall.Quarter{Year: q.Year, Q: q.Q + 1}
}
