package hall

// CadreTypes are the kinds of cadre in the registry, in display order.
var CadreTypes = []string{"驻村干部", "包户干部", "领导干部", "窗口人员"}

// CadreRoles are the five roles a cadre plays for the households covered (the seed's
// 联络员、宣传员、代办员、帮扶员、调解员); printed on the contact card.
var CadreRoles = []string{"联络员", "宣传员", "代办员", "帮扶员", "调解员"}

// Limits of the cadre registry.
const (
	MaxCadreVillages = 20
	MaxCadreName     = 20
	MaxCadrePosition = 40
	MaxCadreUnit     = 40
	MaxCadreCoverage = 60
)

// Cadre is one cadre of the registry: a township cadre stationed in villages, covering
// households, or a leader or window clerk residents may call. The phone is the cadre's work
// number, printed on the contact card (干部民情联系卡), so it is not masked. Cadres are
// deactivated, never deleted, so history keeps their names. A cadre belongs to at most one
// work team (TeamID, 0 for none). Used both as the form and as the record; VillageNames,
// TeamName, Households (covered now, 包联) and UpdatedAt are filled by the store.
type Cadre struct {
	ID            int64    `json:"id"`
	Name          string   `json:"name" label:"姓名"`
	NameMongolian string   `json:"nameMongolian" label:"姓名（蒙古文）"` // printed on the contact card when given
	Position      string   `json:"position" label:"职务"`
	Unit          string   `json:"unit" label:"工作单位"`
	Phone         string   `json:"phone" label:"联系电话"`
	Type          string   `json:"type" label:"类型"`
	VillageIDs    []int64  `json:"villageIds"`
	VillageNames  []string `json:"villageNames"`
	Coverage      string   `json:"coverage" label:"包联范围"` // households or area covered, free text for the card
	TeamID        int64    `json:"teamId"`
	TeamName      string   `json:"teamName"`
	Households    int      `json:"households"`
	Active        bool     `json:"active" label:"启用"`
	UpdatedAt     string   `json:"updatedAt"`
	Version       int64    `json:"version"` // optimistic concurrency: an edit names the version it saw
}

// CleanCadre validates the form and tidies it: trimmed text, villages without repeats, empty
// lists not nil. A contact card without a phone is useless, so the phone is required.
func CleanCadre(c Cadre) (Cadre, error) {
	var err error
	if c.Name, err = CleanText("name", "姓名", c.Name, MaxCadreName, true); err != nil {
		return c, err
	}
	if c.NameMongolian, err = CleanMongolian("nameMongolian", "姓名（蒙古文）", c.NameMongolian, MaxMongolianName, false, false); err != nil {
		return c, err
	}
	if c.Position, err = CleanText("position", "职务", c.Position, MaxCadrePosition, false); err != nil {
		return c, err
	}
	if c.Unit, err = CleanText("unit", "工作单位", c.Unit, MaxCadreUnit, false); err != nil {
		return c, err
	}
	if c.Phone, err = CleanPhone("phone", "联系电话", c.Phone, true); err != nil {
		return c, err
	}
	if !oneOf(c.Type, CadreTypes) {
		return c, Invalid("type", "请选择干部类型：驻村干部、包户干部、领导干部或窗口人员")
	}
	if c.Coverage, err = CleanText("coverage", "包联范围", c.Coverage, MaxCadreCoverage, false); err != nil {
		return c, err
	}
	ids := make([]int64, 0, len(c.VillageIDs))
	seen := map[int64]bool{}
	for _, id := range c.VillageIDs {
		if id <= 0 {
			return c, Invalid("villageIds", "所选嘎查村/社区不存在")
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if c.TeamID < 0 {
		return c, Invalid("teamId", "所选工作队不存在")
	}
	if len(ids) > MaxCadreVillages {
		return c, Invalid("villageIds", "联系的嘎查村/社区不能超过"+itoa(MaxCadreVillages)+"个")
	}
	c.VillageIDs = ids
	if c.VillageNames == nil {
		c.VillageNames = []string{}
	}
	return c, nil
}

// CadreQuery lists cadres of a village, of a type, of a work team, or whose name, phone,
// position or unit matches Text. Inactive cadres only when asked.
type CadreQuery struct {
	Text            string `json:"text"`
	VillageID       int64  `json:"villageId"`
	Type            string `json:"type"`
	TeamID          int64  `json:"teamId"`
	IncludeInactive bool   `json:"includeInactive"`
	Page            int    `json:"page"`
	PageSize        int    `json:"pageSize"`
}

// CadrePage is one page of cadres.
type CadrePage struct {
	Items []Cadre `json:"items"`
	Total int     `json:"total"`
	Page  int     `json:"page"`
}
