package demo

import (
	"strconv"
	"time"

	"halldesk/backend/hall"
)

// countyLeaders are the township leaders who receive petitioners and are made responsible for
// petitions (包案); the first signs in as the demo's leader (斯琴).
var countyLeaders = []struct{ name, position, unit string }{
	{"斯琴", "镇党委书记", "中共乌兰木伦镇委员会"},
	{"王建军", "镇长", "乌兰木伦镇人民政府"},
	{"斯琴巴特尔", "镇党委副书记", "中共乌兰木伦镇委员会"},
	{"郝永胜", "副镇长", "乌兰木伦镇人民政府"},
	{"乌云", "镇人大主席", "乌兰木伦镇人民代表大会"},
	{"贺海军", "镇党委委员、武装部长", "中共乌兰木伦镇委员会"},
	{"白丽娜", "副镇长", "乌兰木伦镇人民政府"},
	{"乔志刚", "镇纪委书记", "中共乌兰木伦镇纪律检查委员会"},
}

var cadreUnits = []string{"乌兰木伦镇人民政府", "乌兰木伦镇农牧业综合服务站", "乌兰木伦镇社会保障服务所",
	"乌兰木伦镇财政所", "乌兰木伦镇社会事务办公室", "伊金霍洛旗民政局", "伊金霍洛旗农牧局"}

// addCadres stores the leaders, then for each village enough stationed or household cadres to
// cover 60–70 households each, with their coverage (包联). One cadre in eight took over from a
// predecessor who has since been transferred (deactivated, kept as history).
func (c *county) addCadres() error {
	g := c.g
	at := c.stamp(c.start, 9*60)
	var id int64
	for i, l := range countyLeaders[:min(len(countyLeaders), max(2, len(c.villages)/2))] {
		id++
		cd := hall.Cadre{ID: id, Name: l.name, Position: l.position, Unit: l.unit, Phone: g.mobile(), Type: "领导干部",
			Active: true, Coverage: "联系嘎查村、信访接待日接待群众"}
		for k := 0; k < 2; k++ {
			v := c.villages[(i*2+k)%len(c.villages)].id
			if k == 0 || v != cd.VillageIDs[0] {
				cd.VillageIDs = append(cd.VillageIDs, v)
			}
		}
		if err := c.b.Cadre(cd, at); err != nil {
			return err
		}
		c.leaders = append(c.leaders, cd)
	}
	if c.leaderOp > 0 {
		if err := c.b.LeaderOperator(c.leaders[0].ID, c.leaderOp); err != nil {
			return err
		}
	}
	for _, v := range c.villages {
		n := max(1, (len(v.homes)+64)/65)
		for k := 0; k < n; k++ {
			homes := v.homes[k*len(v.homes)/n : (k+1)*len(v.homes)/n]
			id++
			cd := hall.Cadre{ID: id, Name: c.personName(), Unit: g.pick(cadreUnits), Phone: g.mobile(), Type: "驻村干部",
				Position: "驻村工作队队员", VillageIDs: []int64{v.id}, Active: true,
				Coverage: v.name + "，共" + strconv.Itoa(len(homes)) + "户"}
			switch {
			case v.kind == "社区":
				cd.Type, cd.Position, cd.Unit = "包户干部", "社区网格员", v.name+"居民委员会"
			case g.chance(0.4):
				cd.Type, cd.Position = "包户干部", "包联干部"
			}
			from := c.start
			if g.r.IntN(8) == 0 {
				// The predecessor covered these households until the transfer.
				from = c.start.AddDate(g.between(1, CountyYears-2), 0, g.r.IntN(365))
				id++
				prev := cd
				prev.ID, prev.Name, prev.Phone, prev.Active = id, c.personName(), g.mobile(), false
				prev.Position = "原" + cd.Position + "（已调离）"
				if err := c.b.Cadre(prev, at); err != nil {
					return err
				}
				if err := c.cover(homes, prev.ID, c.start, from, at); err != nil {
					return err
				}
			}
			if err := c.b.Cadre(cd, at); err != nil {
				return err
			}
			if err := c.cover(homes, cd.ID, from, time.Time{}, c.stamp(from, 9*60)); err != nil {
				return err
			}
		}
	}
	c.sum.Cadres = int(id)
	return nil
}

// cover records that cadre covered the households from one day until another (zero: still).
func (c *county) cover(homes []int, cadre int64, from, to time.Time, at string) error {
	toText := ""
	if !to.IsZero() {
		toText = to.Format(hall.DateLayout)
	}
	for _, h := range homes {
		home := &c.homes[h]
		home.cadres = append(home.cadres, coverSpan{cadre: cadre, from: from, to: to})
		if err := c.b.Coverage(home.id, cadre, from.Format(hall.DateLayout), toText, "", at); err != nil {
			return err
		}
	}
	return nil
}

// personName is a name for someone outside the register (a cadre, a petitioner from elsewhere).
func (c *county) personName() string {
	g := c.g
	return g.name(line{surname: g.surname(), mongol: g.chance(0.15)}, g.sex(0.6), g.between(25, 55))
}

// petitionTexts are what petitioners of each category come with and how the township answered.
var petitionTexts = map[string][]struct{ facts, request, reply string }{
	"土地草场": {
		{"二轮承包合同记载的草场面积比实际少，草原补奖资金按合同面积发放。", "请求核实草场面积，按实际面积发放草原补奖资金。",
			"经核实，草场面积登记有误，已报旗林草局更正确权面积，差额补奖资金于下一发放批次补发。"},
		{"邻组牧户的网围栏越过界线，占用了本户草场。", "请求镇里组织勘界，拆除越界围栏。",
			"经镇农牧业综合服务站会同嘎查勘界，围栏确有越界，已督促对方于一个月内后移。"},
	},
	"社会保障": {
		{"本人在原镇办企业工作多年，企业改制后未补缴养老保险。", "要求将该段工龄计入养老保险缴费年限。",
			"经查原企业用工档案，暂无该段劳动关系记录；如有其他证明材料可补充提供，将重新核查。"},
		{"老人年满60周岁已三个月，养老金尚未发放。", "要求尽快发放养老保险待遇。",
			"经查待遇领取申请材料已齐全，因系统审核延迟，已于本月补发，并向您说明情况。"},
	},
	"低保救助": {
		{"家中两个孩子上学，老人长期服药，收入不足。", "请求将全家纳入低保。",
			"已告知到便民服务大厅民政窗口提出低保申请，并一次性告知所需材料，窗口已受理。"},
		{"低保复核后保障金额下调，认为核算有误。", "请求重新核算家庭收入，恢复原保障金额。",
			"经重新入户核查，家庭收入核算有误，已按规定调整保障金额并补发差额。"},
	},
	"邻里纠纷": {
		{"邻居在院墙边堆放柴草，雨天积水流入本户院内。", "请求村里出面调解，清理柴草、修好排水。",
			"经嘎查调解委员会调解，双方达成协议，邻户已清理柴草并共同修建排水沟。"},
		{"兄弟之间因老人赡养费分摊发生矛盾。", "请求镇司法所调解赡养费分摊。",
			"经镇司法所调解，兄弟三人签订赡养协议，按月分摊赡养费。"},
	},
	"涉法涉诉": {
		{"与同村村民借款纠纷已经法院判决，本人认为判决不公。", "要求镇政府重新处理借款纠纷。",
			"该事项已经人民法院判决，属于诉讼程序解决的事项，已告知依法向上级人民法院申请再审。"},
	},
	"其他": {
		{"通组路多处破损，雨天无法通行。", "希望尽快维修通组路。",
			"已将通组路维修列入今年村内道路养护计划，预计秋季完工。"},
		{"村里路灯损坏多时无人维修。", "请求维修村内路灯。", "已联系供电所和嘎查村委会，损坏路灯已全部修复。"},
	},
}

var forwardTargets = []string{"伊金霍洛旗人民法院", "伊金霍洛旗自然资源局", "伊金霍洛旗人力资源和社会保障局", "伊金霍洛旗公安局"}
var handlingUnits = []string{"镇农牧业综合服务站", "镇社会保障服务所", "镇民政办", "镇司法所", "镇综治中心"}

// addPetitions writes the petitions of the ten years, most settled and closed, some still open.
func (c *county) addPetitions() error {
	days := c.workdays()
	if n := len(days); n > 1 && days[n-1].Equal(c.today) {
		days = days[:n-1]
	}
	total := scaled(CountyPetitions, c.opt.Factor, 10)
	per := spread(days, total, 1.3, func(time.Time) float64 { return 1 })
	seq := map[int]int{}
	var id int64
	for i, d := range days {
		for k := 0; k < per[i]; k++ {
			id++
			seq[d.Year()]++
			if err := c.onePetition(id, d, hall.FormatPetitionNumber(d.Year(), seq[d.Year()])); err != nil {
				return err
			}
		}
	}
	c.sum.Petitions = int(id)
	return nil
}

// petitionRun is a petition being walked through its lifecycle, like caseRun.
type petitionRun struct {
	c      *county
	p      hall.Petition
	day    time.Time
	minute int
	last   string
}

// step moves on n calendar days (0: later the same day) and reports whether that is before today.
func (r *petitionRun) step(n int) bool {
	if n > 0 {
		r.day = r.day.AddDate(0, 0, n)
		r.minute = 9*60 + r.c.g.r.IntN(420)
	} else {
		r.minute += 10 + r.c.g.r.IntN(30)
	}
	return r.day.Before(r.c.today)
}

func (r *petitionRun) date() string { return r.day.Format(hall.DateLayout) }

// civil is the run's day as a civil date.
func (r *petitionRun) civil() hall.Date { return hall.NewDate(r.day.Date()) }

func (r *petitionRun) event(a hall.PetitionAction, to hall.PetitionStatus, note string) error {
	r.last = r.c.stamp(r.day, r.minute)
	from := r.p.Status
	r.p.Status = to
	return r.c.b.PetitionEvent(r.p.ID, r.last, r.c.recep, string(a), from, to, note)
}

func (c *county) onePetition(id int64, day time.Time, number string) error {
	g := c.g
	cat := pickWeighted(g.r, hall.PetitionCategories, []int{25, 20, 15, 20, 5, 15})
	texts := petitionTexts[cat]
	t := texts[g.r.IntN(len(texts))]
	r := &petitionRun{c: c, day: day, minute: 9*60 + g.r.IntN(420)}
	p := hall.Petition{ID: id, Number: number, Form: pickWeighted(g.r, hall.PetitionForms, []int{50, 15, 20, 15}),
		Category: cat, Facts: t.facts, Request: t.request, ReceivedOn: r.civil(), HeadCount: 1,
		DecisionDue: hall.DecisionDue(r.civil())}
	p.ForwardDue, _ = hall.ForwardDue(c.cal, r.civil())
	p.CreatedAt = c.stamp(day, r.minute)
	p.Oral = p.Form == "来访" && g.chance(0.5)
	if p.Form == "来访" {
		// The leader on duty that week receives visitors.
		p.ReceivedByID = c.leaders[(day.YearDay()/7)%len(c.leaders)].ID
	}
	if g.chance(0.75) {
		h := c.homes[g.r.IntN(len(c.homes))]
		p.ResidentID, p.PetitionerName, p.Phone, p.Address, p.VillageID = h.head, h.headName, h.phone, h.address, h.village
	} else {
		v := c.villages[g.r.IntN(len(c.villages))]
		p.PetitionerName, p.Phone, p.VillageID = c.personName(), g.mobile(), v.id
		p.Address = v.name + g.pick(v.groups)
	}
	r.p = p
	note := p.Form + " " + p.Category
	if err := r.event("register", hall.PtRegistered, note); err != nil {
		return err
	}
	if err := c.walkPetition(r); err != nil {
		return err
	}
	return c.b.Petition(r.p, c.recep.OperatorID, r.last)
}

// walkPetition decides, handles, answers, rates and closes a petition as far as the days allow.
func (c *county) walkPetition(r *petitionRun) error {
	g, p := c.g, &r.p
	if !r.step(g.between(1, 10)) {
		return nil
	}
	switch x := g.r.Float64(); {
	case x < 0.06:
		p.DecidedOn, p.RefusalReason, p.RepliedOn = r.civil(), "属于依申请办理的行政事项，应通过便民服务大厅窗口提出申请", r.civil()
		p.ReplyText = "你反映的事项应到镇便民服务大厅相关窗口申请办理，窗口将一次性告知所需材料。"
		return r.event(hall.PaRefuse, hall.PtRefused, "理由："+p.RefusalReason)
	case x < 0.12:
		p.DecidedOn, p.ForwardedTo = r.civil(), g.pick(forwardTargets)
		return r.event(hall.PaForward, hall.PtForwarded, "转送："+p.ForwardedTo)
	}
	p.DecidedOn, p.AcceptedOn, p.SettleDue = r.civil(), r.civil(), hall.SettleDue(r.civil(), 0)
	if err := r.event(hall.PaAccept, hall.PtAccepted, r.date()+"受理，办结期限"+p.SettleDue.String()); err != nil {
		return err
	}
	if !r.step(0) {
		return nil
	}
	p.ResponsibleID, p.HandlingUnit = c.leaders[g.r.IntN(len(c.leaders))].ID, g.pick(handlingUnits)
	if err := r.event(hall.PaAssign, hall.PtInProgress, "承办单位："+p.HandlingUnit); err != nil {
		return err
	}
	if g.chance(0.004) { // left unanswered: overdue on the ledger
		return nil
	}
	n := g.between(10, 55)
	if g.chance(0.05) {
		n = g.between(61, 80)
	}
	if !r.step(n) {
		return nil
	}
	texts := petitionTexts[p.Category]
	p.ReplyText, p.RepliedOn = texts[g.r.IntN(len(texts))].reply, r.civil()
	if err := r.event(hall.PaReply, hall.PtReplied, r.date()+"答复"); err != nil {
		return err
	}
	if !r.step(g.between(0, 5)) {
		return nil
	}
	p.Satisfaction = pickWeighted(g.r, hall.Satisfactions, []int{70, 20, 10})
	if err := r.event(hall.PaRate, hall.PtReplied, p.Satisfaction); err != nil {
		return err
	}
	windowFrom := p.RepliedOn
	if p.Satisfaction == "不满意" && g.chance(0.3) {
		if !r.step(g.between(3, 25)) {
			return nil
		}
		p.ReviewRequestedOn, p.ReviewDue, p.Satisfaction = r.civil(), hall.ReviewDue(r.civil()), ""
		if err := r.event(hall.PaRequestReview, hall.PtReviewing, r.date()+"申请复查，答复期限"+p.ReviewDue.String()); err != nil {
			return err
		}
		if !r.step(g.between(10, 28)) {
			return nil
		}
		p.ReviewResult, p.ReviewAnsweredOn = "经复查，原答复意见认定事实清楚，维持原答复意见。", r.civil()
		if err := r.event(hall.PaAnswerReview, hall.PtReviewed, r.date()+"复查答复"); err != nil {
			return err
		}
		if !r.step(g.between(0, 3)) {
			return nil
		}
		p.Satisfaction = pickWeighted(g.r, hall.Satisfactions, []int{10, 50, 40})
		if err := r.event(hall.PaRate, hall.PtReviewed, p.Satisfaction); err != nil {
			return err
		}
		windowFrom = p.ReviewAnsweredOn
	}
	// An unhappy petitioner keeps the right to ask for a review for 30 days; only then is the
	// petition closed.
	wait := g.between(1, 10)
	if p.Satisfaction == "不满意" {
		wait = r.civil().DaysUntil(windowFrom.AddDays(hall.ReviewRequestDays)) + g.between(1, 5)
	}
	if !r.step(wait) {
		return nil
	}
	p.ClosedAt, p.ClosedBy = c.stamp(r.day, r.minute), c.recep.Name
	return r.event(hall.PaClose, hall.PtClosed, "")
}
