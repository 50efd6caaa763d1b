package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// VisitDays is how far back the demo's household visits reach; coverage and pairing start two
// weeks earlier.
const VisitDays = 42

// VisitSummary reports what Visits stored.
type VisitSummary struct {
	Assigned   int `json:"assigned"`
	Visits     int `json:"visits"`
	Issues     int `json:"issues"`
	Cases      int `json:"cases"`
	Activities int `json:"activities"`
	Pairs      int `json:"pairs"`
	Donations  int `json:"donations"`
}

// contactDesk is the household contact work services of one seat.
type contactDesk struct {
	visits *app.VisitService
	cover  *app.CoverageService
	acts   *app.ActivityService
	pairs  *app.PairService
	cases  *app.CaseService
}

// Visits runs six weeks of household contact work through the real services, the counter
// recording for the cadres, with the clock moved day by day: coverage by village and group (the
// work team's first cadre takes a village, the others take over their groups later, so the
// history shows the change), 结亲 pairs with help records, visits with diaries whose issues
// become cases, suggestions and disputes, the feedback given on later visits, village
// activities and thanksgiving-day donations. Some households are left overdue and some
// feedback owed, as in a real township.
func Visits(ctx context.Context, store *sqlite.Store, now time.Time, seed int64) (VisitSummary, error) {
	var sum VisitSummary
	clock := now.AddDate(0, 0, -VisitDays-14)
	core := app.NewCore(store, func() time.Time { return clock }, "demo", slog.New(slog.NewTextHandler(io.Discard, nil)))
	r := rand.New(rand.NewPCG(uint64(seed), 6))
	clerk, err := store.Credentials(ctx, "chuangkou")
	if err != nil {
		return sum, fmt.Errorf("demo visits: %w", err)
	}
	sup, err := store.Credentials(ctx, "dudao")
	if err != nil {
		return sum, fmt.Errorf("demo visits: %w", err)
	}
	desk := func(id int64) contactDesk {
		seat := core.SignedInSeat(id)
		return contactDesk{visits: app.ServiceOf[*app.VisitService](core, seat), cover: app.ServiceOf[*app.CoverageService](core, seat),
			acts: app.ServiceOf[*app.ActivityService](core, seat), pairs: app.ServiceOf[*app.PairService](core, seat),
			cases: app.ServiceOf[*app.CaseService](core, seat)}
	}
	day := func() hall.Date { return hall.DateOf(clock) }
	page, err := store.Cadres(ctx, hall.CadreQuery{PageSize: 100})
	if err != nil {
		return sum, err
	}
	byName := map[string]hall.Cadre{}
	for _, c := range page.Items {
		byName[c.Name] = c
	}
	villages, err := store.Villages(ctx, false)
	if err != nil {
		return sum, err
	}
	villageByName := map[string]hall.Village{}
	for _, v := range villages {
		villageByName[v.Name] = v
	}

	// Coverage: the first cadre named for a village takes all of it; a fortnight later the
	// others take over their own groups.
	d := desk(clerk.Operator.ID)
	first := map[string]bool{}
	type takeover struct {
		cadre  hall.Cadre
		groups []int64
	}
	var later []takeover
	var workers []hall.Cadre // cadres who cover households
	for _, dc := range cadres {
		c, ok := byName[dc.name]
		if !ok || dc.transferred || dc.groups == 0 {
			continue
		}
		v := villageByName[dc.villages[0]]
		workers = append(workers, c)
		var groups []int64
		for k := dc.from; k < dc.from+dc.groups && k < len(v.Groups); k++ {
			groups = append(groups, v.Groups[k].ID)
		}
		if !first[v.Name] {
			first[v.Name] = true
			res, err := d.cover.Assign(hall.AssignInput{CadreID: c.ID, VillageID: v.ID, Note: "驻村工作队进驻"})
			if err != nil {
				return sum, fmt.Errorf("demo assign %s: %w", c.Name, err)
			}
			sum.Assigned += res.Assigned
			continue
		}
		later = append(later, takeover{c, groups})
	}

	// 结亲: each stationed cadre pairs with up to three needy households of the village.
	clock = clock.AddDate(0, 0, 3)
	d = desk(clerk.Operator.ID)
	var pairs []hall.Pair
	for _, dc := range cadres {
		c, ok := byName[dc.name]
		if !ok || dc.transferred || dc.kind != "驻村干部" {
			continue
		}
		hhs, err := needyHouseholds(ctx, store, villageByName[dc.villages[0]].ID)
		if err != nil {
			return sum, err
		}
		for _, hid := range hhs {
			if countPairs(pairs, c.ID) >= 3 {
				break
			}
			res, err := d.pairs.Pair(hall.PairInput{CadreID: c.ID, HouseholdID: hid, Note: pick(r, needyNotes)})
			if hall.IsCode(err, hall.CodeConflict) {
				continue // already paired with another cadre
			}
			if err != nil {
				return sum, fmt.Errorf("demo pair: %w", err)
			}
			pairs = append(pairs, res.Pair)
			sum.Pairs++
		}
	}

	items, err := store.ServiceItems(ctx, false)
	if err != nil {
		return sum, err
	}
	var visitCases []int64
	lazy := workers[len(workers)-1].ID // one cadre falls behind in the last fortnight
	for n := -VisitDays - 11; n <= 0; n++ {
		clock = now.AddDate(0, 0, n).Truncate(time.Hour)
		wd := clock.In(hall.China).Weekday()
		d = desk(clerk.Operator.ID)
		if n == -VisitDays-11+14 {
			for _, tk := range later {
				for _, g := range tk.groups {
					_, err := d.cover.Assign(hall.AssignInput{CadreID: tk.cadre.ID, GroupID: g, Note: "工作队分工调整"})
					if e := hall.AsError(err); e != nil && e.Field == "householdIds" {
						continue // a group without households
					}
					if err != nil {
						return sum, fmt.Errorf("demo takeover %s: %w", tk.cadre.Name, err)
					}
				}
			}
		}
		if clock.In(hall.China).Day() == 10 {
			for k := 1 + r.IntN(3); k > 0; k-- {
				in := hall.DonationInput{Date: day(), Donor: pick(r, donors), Amount: strconv.Itoa(200 * (1 + r.IntN(10))), Use: pick(r, donationUses)}
				if _, err := d.pairs.RecordDonation(in); err != nil {
					return sum, fmt.Errorf("demo donation: %w", err)
				}
				sum.Donations++
			}
		}
		if n < -VisitDays || wd == time.Saturday || wd == time.Sunday {
			continue
		}
		// Village activities: each village about once a fortnight, of the kind most due.
		for _, v := range villages {
			if r.IntN(9) != 0 {
				continue
			}
			if err := demoActivity(ctx, d, r, v, byName, day()); err != nil {
				return sum, err
			}
			sum.Activities++
		}
		// Help for paired households, now and then.
		for _, p := range pairs {
			if r.IntN(25) == 0 {
				in := hall.HelpInput{PairID: p.ID, Date: day(), Kind: pick(r, hall.HelpKinds), Description: pick(r, helpTexts)}
				if in.Kind == "资金" || in.Kind == "物资" {
					in.Amount = strconv.Itoa(100 * (2 + r.IntN(9)))
				}
				if _, err := d.pairs.RecordHelp(in); err != nil {
					return sum, fmt.Errorf("demo help: %w", err)
				}
			}
		}
		// Each cadre visits one to three of the households due soonest.
		for _, c := range workers {
			if r.IntN(4) == 0 || (c.ID == lazy && n > -14) {
				continue
			}
			due, err := d.cover.Due(app.DueQuery{CadreID: c.ID, Horizon: 5})
			if err != nil {
				return sum, err
			}
			for k := 0; k < len(due.Items) && k < 1+r.IntN(3); k++ {
				dv := due.Items[k]
				ids, err := demoVisit(ctx, store, d, r, c, dv, items, day())
				if err != nil {
					return sum, err
				}
				sum.Visits++
				sum.Issues += ids.issues
				visitCases = append(visitCases, ids.cases...)
				sum.Cases += len(ids.cases)
			}
		}
		// The counter works the cases from visits, as it does its own.
		counter, supervisor := desk(clerk.Operator.ID).cases, desk(sup.Operator.ID).cases
		ratings := app.ServiceOf[*app.RatingService](core, core.SignedInSeat(sup.Operator.ID))
		var still []int64
		for _, id := range visitCases {
			if r.IntN(3) != 0 {
				still = append(still, id)
				continue
			}
			done, err := advance(counter, supervisor, ratings, id, r)
			if err != nil {
				return sum, fmt.Errorf("demo visit case: %w", err)
			}
			if !done {
				still = append(still, id)
			}
		}
		visitCases = still
	}
	return sum, nil
}

type visitOutcome struct {
	issues int
	cases  []int64
}

// demoVisit records one visit of a due household: the feedback owed is given on it, the diary
// fits the household, and now and then an issue is raised.
func demoVisit(ctx context.Context, store *sqlite.Store, d contactDesk, r *rand.Rand, c hall.Cadre, dv hall.DueVisit,
	items []hall.ServiceItem, date hall.Date) (visitOutcome, error) {
	var out visitOutcome
	h, err := store.Household(ctx, dv.HouseholdID)
	if err != nil {
		return out, err
	}
	in := hall.VisitInput{CadreID: c.ID, HouseholdID: h.ID, Date: date, Way: dv.Way}
	switch {
	case dv.Kind == hall.KindOut:
		in.Way, in.Diary = pick(r, []string{"电话", "电话", "微信"}), pick(r, outDiaries)
	case dv.Duty == hall.DutyPair || dv.Kind == hall.KindNeedy:
		in.Purpose, in.Diary = "困难所在", pick(r, needyDiaries)
	default:
		in.Purpose = pick(r, []string{"", "", "致富经验", "困难所在"})
		in.Diary = pick(r, homeDiaries)
	}
	if len(h.Members) > 0 && r.IntN(4) == 0 {
		is := hall.VisitIssueInput{Kind: pick(r, []string{hall.IssueCase, hall.IssueCase, hall.IssueSuggestion, hall.IssueDispute})}
		switch is.Kind {
		case hall.IssueCase:
			item := items[r.IntN(len(items))]
			is.ItemID, is.ApplicantID, is.MaterialsReceived = item.ID, h.Members[0].ID, r.IntN(4) != 0
			is.Text = h.Members[0].Name + "想办理" + item.Name + "，由包联干部代办"
		case hall.IssueSuggestion:
			is.Text = pick(r, suggestions)
		default:
			is.Text = pick(r, disputes)
		}
		in.Issues = append(in.Issues, is)
	}
	owed, err := d.visits.FeedbackOwed(h.ID)
	if err != nil {
		return out, err
	}
	v, err := d.visits.Record(in)
	if err != nil {
		return out, fmt.Errorf("demo visit %s: %w", date, err)
	}
	out.issues = len(v.Issues)
	for _, is := range v.Issues {
		if is.CaseID > 0 {
			out.cases = append(out.cases, is.CaseID)
		}
	}
	for _, o := range owed {
		note := "已告知" + o.CaseItemName + "办理结果：" + o.CaseOutcome
		if _, err := d.visits.GiveFeedback(hall.FeedbackInput{IssueID: o.ID, VisitID: v.ID, Note: note, RecordCase: true}); err != nil {
			return out, fmt.Errorf("demo feedback: %w", err)
		}
	}
	return out, nil
}

// demoActivity records an activity in a village, of a kind not yet held this period, with the
// village's cadres (and, in a leader's contact village, now and then the leader).
func demoActivity(ctx context.Context, d contactDesk, r *rand.Rand, v hall.Village, byName map[string]hall.Cadre, date hall.Date) error {
	dues, err := d.acts.Due(v.ID)
	if err != nil {
		return err
	}
	kind := hall.ActivityKinds[r.IntN(3)].Name
	for _, a := range dues {
		if !a.Done {
			kind = a.Kind
			break
		}
	}
	in := hall.ActivityInput{Date: date, VillageID: v.ID, Kind: kind, Attendance: 8 + r.IntN(40), Content: activityTexts[kind],
		FollowUps: pick(r, followUps)}
	for _, dc := range cadres {
		c, ok := byName[dc.name]
		if !ok || dc.transferred {
			continue
		}
		for _, name := range dc.villages {
			if name == v.Name && (dc.kind != "领导干部" || r.IntN(2) == 0) {
				in.CadreIDs = append(in.CadreIDs, c.ID)
			}
		}
	}
	if len(in.CadreIDs) == 0 {
		in.Participants = v.Name + "两委班子成员"
	} else {
		in.Participants = "村两委、党员代表及群众"
	}
	_, err = d.acts.Record(in)
	if err != nil {
		return fmt.Errorf("demo activity %s %s: %w", v.Name, kind, err)
	}
	return nil
}

// needyHouseholds lists the households of a village with a member on 低保, in 特困供养 or under
// poverty monitoring, then the rest of the village.
func needyHouseholds(ctx context.Context, store *sqlite.Store, villageID int64) ([]int64, error) {
	var out []int64
	seen := map[int64]bool{}
	for _, tag := range []string{"低保户", "特困供养", "脱贫监测户", "残疾人"} {
		p, err := store.SearchResidents(ctx, hall.ResidentQuery{VillageID: villageID, Tag: tag, PageSize: 100})
		if err != nil {
			return nil, err
		}
		for _, res := range p.Items {
			if res.HouseholdID > 0 && !seen[res.HouseholdID] {
				seen[res.HouseholdID] = true
				out = append(out, res.HouseholdID)
			}
		}
	}
	return out, nil
}

func countPairs(ps []hall.Pair, cadreID int64) int {
	n := 0
	for _, p := range ps {
		if p.CadreID == cadreID {
			n++
		}
	}
	return n
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

var homeDiaries = []string{
	"户主说今年羊价回升，打算再补栏二十只基础母羊，想了解棚圈改造有没有补贴。",
	"老两口身体还好，春播的种子化肥已经备齐，很关心村里通组路什么时候硬化。",
	"家里孩子今年考上大学，户主询问生源地助学贷款怎么办，已告知到旗教育局办理。",
	"户主反映冬天自来水管容易冻裂，希望村里统一把管线埋深一些。",
	"走访时户主在院里修农机，说合作社分红已到账，对村里的工作比较满意。",
	"老人说儿子在矿上上班，家里收入稳定，最关心的是医保缴费时间，已当场告知。",
	"户主想发展庭院经济种植大棚蔬菜，询问技术培训的时间，已登记报名。",
}

var outDiaries = []string{
	"电话联系户主，本人在鄂尔多斯市区务工，收入稳定，家中老人由亲戚照看。",
	"微信联系，户主在外跑运输，询问今年居民医保缴费截止时间，已告知。",
	"电话联系，户主一家在包头打工，房屋无人居住，已提醒注意冬季防火防盗。",
	"电话联系，户主说年底回村，请村里帮忙看看院墙是否被雨水冲坏。",
}

var needyDiaries = []string{
	"给老人带去米面油，老人说药费负担重，询问大病救助怎么申请，已讲解政策。",
	"帮户主清理院落、检查炉具烟道，户主说低保金按月到账，生活有保障。",
	"户主腿伤恢复中，暂时不能放牧，已联系邻户帮忙照看羊群。",
	"和户主算了今年的收支账，计划争取一个公益性岗位增加收入。",
}

var suggestions = []string{
	"希望在村口和学校路段安装路灯",
	"建议村里组织一次肉羊养殖技术培训",
	"希望增加村卫生室的坐诊时间",
	"建议在村委会设立快递代收点",
}

var disputes = []string{
	"与邻居因院墙滴水问题发生口角，请求村里调解",
	"与邻组牧户因草场围栏界线有争议",
	"兄弟之间因老人赡养费分摊有矛盾",
}

var needyNotes = []string{"因病致贫，老人长期服药", "家中有残疾人，劳动力不足", "单亲家庭，两个孩子上学", "独居老人，无固定收入"}

var helpTexts = []string{
	"送去米面油等生活物资", "联系旗农牧局技术员上门指导羊病防治", "帮助申请公益性岗位（护林员）",
	"协调合作社吸纳户主务工", "春节走访送去慰问金", "帮助申报庭院经济扶持项目",
}

var donors = []string{"镇机关干部职工", "乌兰木伦镇卫生院", "镇中心校教职工", "某煤炭公司", "驻村工作队", "爱心人士张先生"}

var donationUses = []string{"资助困难学生学费", "困难群众冬季取暖", "重病患者医疗救助", "慰问特殊困难群众"}

var activityTexts = map[string]string{
	"矛盾纠纷排查": "逐组排查邻里、土地草场、婚姻家庭等矛盾纠纷，登记在册并明确调解责任人。",
	"政策宣讲":   "宣讲城乡居民医保缴费、养老保险待遇和低保申请政策，现场解答群众提问。",
	"务工信息":   "发布旗内企业招工信息和技能培训报名通知，登记有外出务工意向的群众。",
	"实用技术培训": "邀请旗农牧局技术员讲解肉羊舍饲养殖和饲草料调制技术。",
	"慰问特殊群体": "走访慰问高龄、残疾、留守儿童等特殊群体，送去慰问品。",
	"恳谈会":    "召开群众恳谈会，听取对村级事务和便民服务的意见建议。",
	"送政策送服务": "联合镇社保所、卫生院到村开展政策咨询、健康体检和业务代办。",
}

var followUps = []string{"", "登记的问题一周内反馈", "对排查出的纠纷逐一落实调解人", "报名人员名单报镇农牧业综合服务站"}
