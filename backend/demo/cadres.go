package demo

import (
	"context"
	"fmt"
	"strconv"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// demoCadre is one cadre of the demo registry. Villages are by name; a stationed or household
// cadre covers a run of `groups` groups of the first village, starting at index `from`.
type demoCadre struct {
	name, position, unit, kind string
	villages                   []string
	from, groups               int // covered groups: the run starting at index from; 0 groups: none
	transferred                bool
}

// cadres are the township's cadres in the demo: leaders with contact villages, work-team cadres
// stationed in villages, household cadres and community grid workers, a window clerk, and one
// cadre transferred away (kept, deactivated, as history).
var cadres = []demoCadre{
	{"斯琴巴特尔", "镇党委副书记", "中共乌兰木伦镇委员会", "领导干部", []string{"乌兰木伦村", "巴图塔村"}, 0, 0, false},
	{"王建军", "副镇长", "乌兰木伦镇人民政府", "领导干部", []string{"哈拉沟村", "补连塔村"}, 0, 0, false},
	{"额尔敦毕力格", "镇党委委员、驻村工作队队长", "乌兰木伦镇人民政府", "驻村干部", []string{"巴图塔村"}, 0, 3, false},
	{"刘海燕", "驻村工作队队员", "乌兰木伦镇农牧业综合服务站", "驻村干部", []string{"巴图塔村"}, 3, 3, false},
	{"其木格", "驻村第一书记", "伊金霍洛旗民政局", "驻村干部", []string{"哈拉沟村"}, 0, 4, false},
	{"郝志刚", "驻村工作队队长", "乌兰木伦镇社会事务办公室", "驻村干部", []string{"补连塔村"}, 0, 3, false},
	{"乌云高娃", "包联干部", "乌兰木伦镇社会保障服务所", "包户干部", []string{"公涅尔盖村"}, 0, 3, false},
	{"李东", "驻村工作队队员", "乌兰木伦镇农牧业综合服务站", "驻村干部", []string{"公涅尔盖村"}, 3, 3, false},
	{"贺永胜", "包联干部", "乌兰木伦镇财政所", "包户干部", []string{"布尔台格村", "乌兰木伦村"}, 0, 2, false},
	{"萨仁", "社区网格员", "上湾社区居民委员会", "包户干部", []string{"上湾社区"}, 0, 3, false},
	{"图雅", "社区党支部书记", "乌兰木伦社区居民委员会", "包户干部", []string{"乌兰木伦社区"}, 0, 3, false},
	{"王丽娜", "便民服务大厅窗口工作人员", "乌兰木伦镇便民服务大厅", "窗口人员", nil, 0, 0, false},
	{"赵建国", "原驻村工作队队员（已调离）", "乌兰木伦镇人民政府", "驻村干部", []string{"布尔台格村"}, 2, 2, true},
}

// teams are the demo's village work teams: name, kind, village, leader and the other members.
var teams = []struct {
	name, kind, village, leader string
	members                     []string
}{
	{"巴图塔村驻村工作队", "驻村工作队", "巴图塔村", "额尔敦毕力格", []string{"刘海燕"}},
	{"补连塔村驻村工作队", "驻村工作队", "补连塔村", "郝志刚", nil},
	{"公涅尔盖村驻村工作组", "驻村工作组", "公涅尔盖村", "李东", []string{"乌云高娃"}},
}

// addCadres stores the cadre registry, each cadre with a mobile phone and the households covered,
// and the work teams.
func addCadres(ctx context.Context, store *sqlite.Store, a hall.Actor, g *gen, places []place, sum *Summary) error {
	byName := map[string]place{}
	for _, p := range places {
		byName[p.name] = p
	}
	ids := map[string]int64{}
	for _, d := range cadres {
		c := hall.Cadre{Name: d.name, Position: d.position, Unit: d.unit, Phone: g.mobile(), Type: d.kind}
		for _, v := range d.villages {
			p, ok := byName[v]
			if !ok {
				return fmt.Errorf("demo: cadre %s: no village %s", d.name, v)
			}
			c.VillageIDs = append(c.VillageIDs, p.id)
		}
		if d.groups > 0 {
			c.Coverage = coverage(byName[d.villages[0]], d.from, d.groups, g.between(60, 70))
		}
		if d.kind == "窗口人员" {
			c.Coverage = "医保、养老、低保业务代办"
		}
		clean, err := hall.CleanCadre(c)
		if err != nil {
			return fmt.Errorf("demo: cadre %s: %w", d.name, err)
		}
		id, err := store.SaveCadre(ctx, a, clean)
		if err != nil {
			return fmt.Errorf("demo: cadre %s: %w", d.name, err)
		}
		ids[d.name] = id
		if d.transferred {
			clean.ID, clean.Active, clean.Version = id, false, 1 // as just created
			if _, err := store.SaveCadre(ctx, a, clean); err != nil {
				return fmt.Errorf("demo: cadre %s: %w", d.name, err)
			}
		}
		sum.Cadres++
	}
	for _, t := range teams {
		team, err := hall.WorkTeam{Name: t.name, Kind: t.kind, LeaderCadreID: ids[t.leader], VillageID: byName[t.village].id}.Clean()
		if err != nil {
			return fmt.Errorf("demo: team %s: %w", t.name, err)
		}
		tid, err := store.SaveTeam(ctx, a, team)
		if err != nil {
			return fmt.Errorf("demo: team %s: %w", t.name, err)
		}
		for _, m := range t.members {
			c, err := store.Cadre(ctx, ids[m])
			if err == nil {
				c.TeamID = tid
				_, err = store.SaveCadre(ctx, a, c)
			}
			if err != nil {
				return fmt.Errorf("demo: team %s: %s: %w", t.name, m, err)
			}
		}
	}
	return nil
}

// coverage names the groups covered, as far as the village has them, and the households:
// "一组至三组，共66户". A run past the village's last group is moved back to end there.
func coverage(p place, from, n, households int) string {
	if len(p.groups) == 0 {
		return "共" + strconv.Itoa(households) + "户"
	}
	if from+n > len(p.groups) {
		from = max(len(p.groups)-n, 0)
		n = min(n, len(p.groups))
	}
	first, last := p.groups[from], p.groups[from+n-1]
	switch {
	case n == 1:
		return first + "，共" + strconv.Itoa(households) + "户"
	case n == 2:
		return first + "、" + last + "，共" + strconv.Itoa(households) + "户"
	}
	return first + "至" + last + "，共" + strconv.Itoa(households) + "户"
}
