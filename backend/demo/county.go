package demo

import (
	"context"
	"fmt"
	"math"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
	"halldesk/backend/workday"
)

// The full county-scale data set: the size of a banner's halls gathered in one file over ten
// years, for the benchmarks. CountyOptions.Factor scales the households and every record count.
const (
	CountyVillages   = 150
	CountyHouseholds = 60_000 // about 200,000 residents
	CountyCases      = 1_000_000
	CountyPetitions  = 50_000
	CountyVisits     = 500_000
	CountyYears      = 10
)

// CountyOptions chooses the size and the source of the generated county.
type CountyOptions struct {
	Factor float64 // 1 is the full county; 0.001 a tiny one for tests (at least a few of each)
	Seed   int64
	// Progress, when set, is told each stage as it starts (for the command's output).
	Progress func(stage string)
}

// CountySummary reports what County stored.
type CountySummary struct {
	Villages    int           `json:"villages"`
	Groups      int           `json:"groups"`
	Households  int           `json:"households"`
	Residents   int           `json:"residents"`
	Operators   int           `json:"operators"`
	Cadres      int           `json:"cadres"`
	Cases       int           `json:"cases"`
	OpenCases   int           `json:"openCases"`
	Petitions   int           `json:"petitions"`
	Visits      int           `json:"visits"`
	Rows        int           `json:"rows"`
	From        string        `json:"from"` // first day of the generated work
	Logins      []Login       `json:"logins"`
	Took        time.Duration `json:"took"`
	SearchIndex bool          `json:"searchIndex"` // the resident search index was rebuilt
}

// scaled is n times the factor, at least min.
func scaled(n int, f float64, min int) int { return max(min, int(math.Round(float64(n)*f))) }

// countyOperators are the county data set's logins: the demo's five (same usernames, so the
// same sign-in works on both data sets) and more counter clerks and a second supervisor.
var countyOperators = append(append([]hall.OperatorInput{}, operators...),
	hall.OperatorInput{Username: "chuangkou2", Name: "张晓燕", Role: hall.RoleClerk},
	hall.OperatorInput{Username: "chuangkou3", Name: "刘志强", Role: hall.RoleClerk},
	hall.OperatorInput{Username: "chuangkou4", Name: "萨仁高娃", Role: hall.RoleClerk},
	hall.OperatorInput{Username: "chuangkou5", Name: "郝丽霞", Role: hall.RoleClerk},
	hall.OperatorInput{Username: "chuangkou6", Name: "白永强", Role: hall.RoleClerk},
	hall.OperatorInput{Username: "dudao2", Name: "乔建华", Role: hall.RoleSupervisor},
)

// county is the generator's state: the stored operators and places, the people cases and
// petitions are about, and the calendar deadlines are computed with.
type county struct {
	g        *gen
	b        *sqlite.Bulk
	cal      *workday.Calendar
	opt      CountyOptions
	start    time.Time // first day of the ten years, midnight UTC as the China date
	today    time.Time
	admin    hall.Actor
	clerks   []hall.Actor
	sups     []hall.Actor
	recep    hall.Actor
	leaderOp int64 // the leader's operator account, linked to the first leader cadre
	items    []hall.ServiceItem
	villages []countyVillage
	homes    []countyHome
	adults   []int64 // residents 18+ with an ID number: applicants
	dibao    []int64 // adults of 低保 households
	leaders  []hall.Cadre
	sum      CountySummary
}

type countyVillage struct {
	place
	homes []int // indexes into county.homes
}

// countyHome is a stored household with what visits and petitions need of it.
type countyHome struct {
	id, village int64
	address     string
	head        int64
	headName    string
	phone       string
	away        bool // every adult lives elsewhere: reached by phone
	needy       bool
	cadres      []coverSpan // who covered it when, oldest first
}

type coverSpan struct {
	cadre    int64
	from, to time.Time // to is zero while it lasts
}

// County sets up an empty store as a county-scale hall and fills it with ten years of work in
// bulk: villages, households and residents, operators and cadres, coverage, cases with their
// materials and timelines, petitions and visits. It refuses (conflict) a store already set up.
// Operators are created through the store's ordinary methods; everything else goes through the
// bulk loader, and one audit line records the generation. The same seed, factor and date give
// the same data.
func County(ctx context.Context, store *sqlite.Store, now time.Time, hash func(string) (string, error), opt CountyOptions) (CountySummary, error) {
	began := time.Now()
	if opt.Factor <= 0 || opt.Factor > 1 {
		return CountySummary{}, hall.Invalid("factor", "规模系数须大于0且不超过1")
	}
	if opt.Progress == nil {
		opt.Progress = func(string) {}
	}
	setUp, err := store.IsSetUp(ctx)
	if err != nil {
		return CountySummary{}, fmt.Errorf("county: check setup: %w", err)
	}
	if setUp {
		return CountySummary{}, hall.Conflict("本大厅已完成初始设置，不能再生成县级规模数据；请使用一个新的空数据文件夹")
	}
	c := &county{g: newGen(opt.Seed, now), opt: opt, sum: CountySummary{Logins: []Login{}}}
	c.today = c.g.today
	c.start = time.Date(c.today.Year()-CountyYears, c.today.Month(), c.today.Day(), 0, 0, 0, 0, time.UTC)
	c.sum.From = c.start.Format(hall.DateLayout)
	if c.cal, err = workday.New(workday.Builtin()); err != nil {
		return c.sum, err
	}
	opt.Progress("操作员")
	if err := c.addOperators(ctx, store, hash); err != nil {
		return c.sum, err
	}
	if c.items, err = store.ServiceItems(ctx, false); err != nil {
		return c.sum, err
	}
	if c.b, err = store.OpenBulk(ctx, 0); err != nil {
		return c.sum, err
	}
	if err := c.fill(); err != nil {
		c.b.Close()
		return c.sum, err
	}
	c.sum.Rows = c.b.Rows()
	if err := c.b.Close(); err != nil {
		return c.sum, err
	}
	opt.Progress("检索索引")
	if c.sum.SearchIndex, err = rebuildResidentSearch(ctx, store); err != nil {
		return c.sum, err
	}
	c.sum.Took = time.Since(began)
	detail := fmt.Sprintf("批量生成县级规模数据（系数%g）：嘎查村/社区%d个、家庭户%d户、群众%d人、干部%d名、办件%d件、信访事项%d件、走访%d户次，共写入%d行，自%s起",
		opt.Factor, c.sum.Villages, c.sum.Households, c.sum.Residents, c.sum.Cadres, c.sum.Cases, c.sum.Petitions, c.sum.Visits,
		c.sum.Rows, c.sum.From)
	if err := store.Audit(ctx, c.admin, hall.ActImport, "演示数据", 0, detail); err != nil {
		return c.sum, err
	}
	return c.sum, nil
}

// rebuildResidentSearch builds the resident search index once after the bulk load, which pauses
// its row-by-row upkeep (ten times slower for 200,000 residents), and ends that pause.
func rebuildResidentSearch(ctx context.Context, store *sqlite.Store) (bool, error) {
	if err := store.RebuildResidentSearch(ctx); err != nil {
		return false, fmt.Errorf("county: rebuild resident search: %w", err)
	}
	return true, nil
}

func (c *county) fill() error {
	c.opt.Progress("嘎查村与群众")
	if err := c.addPlaces(); err != nil {
		return err
	}
	if err := c.addPeople(); err != nil {
		return err
	}
	c.opt.Progress("干部与包联")
	if err := c.addCadres(); err != nil {
		return err
	}
	c.opt.Progress("办件")
	if err := c.addCases(); err != nil {
		return err
	}
	c.opt.Progress("信访事项")
	if err := c.addPetitions(); err != nil {
		return err
	}
	c.opt.Progress("入户走访")
	return c.addVisits()
}

// addOperators does the first-start setup and adds the other logins through the store's
// ordinary, audited methods. All share one password, so it is hashed once.
func (c *county) addOperators(ctx context.Context, store *sqlite.Store, hash func(string) (string, error)) error {
	hs, err := hall.HallSettings{HallName: "伊金霍洛旗便民服务中心", Township: "乌兰木伦镇", Banner: "伊金霍洛旗",
		Phone: "0477-8612345", SupervisionPhone: "0477-8612300", IdleMinutes: 30}.Clean()
	if err != nil {
		return err
	}
	h, err := hash(Password)
	if err != nil {
		return fmt.Errorf("county: hash password: %w", err)
	}
	for i, in := range countyOperators {
		in.Password, in.Phone = Password, c.g.mobile()
		in, err := in.Clean(true)
		if err != nil {
			return err
		}
		var op hall.Operator
		if i == 0 {
			op, err = store.Setup(ctx, hs, in, h)
			c.admin = hall.Actor{OperatorID: op.ID, Name: op.Name}
		} else {
			op, err = store.CreateOperator(ctx, c.admin, in, h)
		}
		if err != nil {
			return fmt.Errorf("county: operator %s: %w", in.Username, err)
		}
		a := hall.Actor{OperatorID: op.ID, Name: op.Name}
		switch op.Role {
		case hall.RoleClerk:
			c.clerks = append(c.clerks, a)
		case hall.RoleSupervisor:
			c.sups = append(c.sups, a)
		case hall.RoleReception:
			c.recep = a
		case hall.RoleLeader:
			c.leaderOp = op.ID
		}
		c.sum.Operators++
		c.sum.Logins = append(c.sum.Logins, Login{Username: op.Username, Password: Password, Name: op.Name,
			Role: op.Role, RoleLabel: op.Role.Label()})
	}
	return nil
}

// Village names are made of two parts, Mongolian place words mostly, as Ordos names are.
var (
	villageHeads = []string{"巴音", "乌兰", "哈拉", "查干", "呼和", "宝日", "阿拉坦", "额尔敦", "锡林", "敖包",
		"苏布尔", "陶亥", "纳林", "布尔", "塔拉", "红庆", "台格", "新庙", "札萨克", "伊克", "毛乌素", "合同"}
	villageTails = []string{"图", "淖尔", "敖包", "沟", "庙", "壕", "梁", "塔", "希里", "陶勒盖", "高勒", "柴达木"}
)

// addPlaces stores the villages: mostly 嘎查 and 村 with four to six groups, a few 社区.
func (c *county) addPlaces() error {
	g := c.g
	n := scaled(CountyVillages, c.opt.Factor, 3)
	seen := map[string]bool{}
	var groupID int64
	for len(c.villages) < n {
		name := g.pick(villageHeads) + g.pick(villageTails)
		kind := "嘎查"
		switch {
		case len(c.villages)%25 == 24:
			kind = "社区"
		case g.chance(0.45):
			kind = "村"
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		id := int64(len(c.villages) + 1)
		if err := c.b.Village(id, name+kind, kind, len(c.villages)); err != nil {
			return err
		}
		p := place{id: id, name: name + kind, kind: kind}
		k := g.between(4, 6)
		if kind == "社区" {
			k = g.between(3, 4)
		}
		for _, gn := range groupNames[:k] {
			groupID++
			if err := c.b.Group(groupID, id, gn); err != nil {
				return err
			}
			p.groupIDs, p.groups = append(p.groupIDs, groupID), append(p.groups, gn)
		}
		c.villages = append(c.villages, countyVillage{place: p})
		c.sum.Groups += k
	}
	c.sum.Villages = n
	return nil
}

// countyKindWeights make bigger households more common than the demo's, so that 60,000
// households hold about 200,000 people as the county's register does.
var countyKindWeights = []int{5, 4, 12, 8, 5, 34, 20, 12}

// addPeople stores the households and their members, head first, each in a random village.
func (c *county) addPeople() error {
	g := c.g
	households := scaled(CountyHouseholds, c.opt.Factor, 12)
	var rid int64
	for i := 0; i < households; i++ {
		vi := g.r.IntN(len(c.villages))
		v := &c.villages[vi]
		k := g.r.IntN(len(v.groupIDs))
		addr := g.address(v.name, v.kind, v.groupIDs[k], v.groups[k])
		kind := weightedIndex(g.r, countyKindWeights)
		members := g.build(kind, false)
		g.decorate(members, kind)
		hid := int64(i + 1)
		at := c.stamp(c.start.AddDate(0, 0, g.r.IntN(365)), 9*60+g.r.IntN(480))
		if err := c.b.Household(hid, v.id, v.groupIDs[k], addr, at); err != nil {
			return err
		}
		home := countyHome{id: hid, village: v.id, address: addr, away: true}
		for _, m := range members {
			in := hall.ResidentInput{Name: m.name, Phone: m.phone, VillageID: v.id, GroupID: v.groupIDs[k],
				Address: addr, HouseholdID: hid, Relation: m.relation, Residency: "常住", Tags: m.tags, Note: m.note()}
			if m.away {
				in.Residency = "外出"
			} else if m.age >= 18 {
				home.away = false
			}
			if m.noID {
				in.NoIDNumber, in.BirthDate, in.Sex = true, hall.DateOf(m.birth), string(m.sex)
			} else {
				in.IDNumber = g.idNumber(m.birth, m.sex)
			}
			clean, err := hall.CleanResident(in, g.now)
			if err != nil {
				return fmt.Errorf("county: resident %s: %w", m.name, err)
			}
			rid++
			clean.ID = rid
			if err := c.b.Resident(clean, at); err != nil {
				return err
			}
			c.sum.Residents++
			if m.relation == "户主" {
				home.head, home.headName, home.phone = rid, m.name, m.phone
			}
			for _, t := range m.tags {
				if t == "低保户" || t == "特困供养" || t == "脱贫监测户" {
					home.needy = true
				}
			}
			if m.age >= 18 && !m.noID {
				c.adults = append(c.adults, rid)
				if home.needy {
					c.dibao = append(c.dibao, rid)
				}
			}
		}
		v.homes = append(v.homes, len(c.homes))
		c.homes = append(c.homes, home)
	}
	c.sum.Households = households
	return nil
}

// stamp is a China date plus minutes after midnight, as a stored UTC RFC 3339 stamp.
func (c *county) stamp(day time.Time, minutes int) string {
	t := time.Date(day.Year(), day.Month(), day.Day(), 0, minutes, 0, 0, hall.China)
	return t.UTC().Format(time.RFC3339)
}

// workdays lists every working day from the first day to today, in order.
func (c *county) workdays() []time.Time {
	var out []time.Time
	for d := c.start; !d.After(c.today); d = d.AddDate(0, 0, 1) {
		if w, _ := c.cal.IsWorkday(d); w {
			out = append(out, d)
		}
	}
	return out
}

// spread splits total over the days in order, weighting later days up to growth times more
// (the hall's work grew over the years) and the days for which extra(d) says so.
func spread(days []time.Time, total int, growth float64, extra func(time.Time) float64) []int {
	w := make([]float64, len(days))
	sum := 0.0
	for i, d := range days {
		w[i] = (1 + (growth-1)*float64(i)/float64(max(1, len(days)-1))) * extra(d)
		sum += w[i]
	}
	out := make([]int, len(days))
	acc, given := 0.0, 0
	for i := range days {
		acc += w[i]
		n := int(math.Round(acc / sum * float64(total)))
		out[i], given = n-given, n
	}
	return out
}
