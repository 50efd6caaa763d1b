package hall

import "time"

// VisitSettings are the local rules of household contact work, with the seed's defaults: how
// often each kind of household is visited (days), how many households a cadre covers and how
// many needy households a cadre pairs with before a warning, the leaders' yearly target of
// grassroots visits and the day of the month that is thanksgiving day (感恩日).
type VisitSettings struct {
	ResidentDays    int `json:"residentDays"`    // 常住户: at least every half month
	OutDays         int `json:"outDays"`         // 外出户: contacted at least monthly
	NeedyDays       int `json:"needyDays"`       // 结亲户: the paired cadre visits at least monthly
	SpecialDays     int `json:"specialDays"`     // 特殊群体户: at least yearly
	CoverageLimit   int `json:"coverageLimit"`   // households per cadre before a warning
	PairLimit       int `json:"pairLimit"`       // needy households per cadre before a warning
	LeaderTarget    int `json:"leaderTarget"`    // grassroots visits a leader makes to the contact points each year
	ThanksgivingDay int `json:"thanksgivingDay"` // day of the month of 感恩日
}

// DefaultVisitSettings are the seed's cadences and counts.
func DefaultVisitSettings() VisitSettings {
	return VisitSettings{ResidentDays: 15, OutDays: 30, NeedyDays: 30, SpecialDays: 365,
		CoverageLimit: 70, PairLimit: 3, LeaderTarget: 8, ThanksgivingDay: 10}
}

// Clean validates the settings.
func (s VisitSettings) Clean() (VisitSettings, error) {
	check := func(field, label string, v, lo, hi int) error {
		if v < lo || v > hi {
			return Invalid(field, label+"应在"+itoa(lo)+"至"+itoa(hi)+"之间")
		}
		return nil
	}
	for _, c := range []struct {
		field, label string
		v, lo, hi    int
	}{
		{"residentDays", "常住户走访周期（天）", s.ResidentDays, 1, 366},
		{"outDays", "外出户联系周期（天）", s.OutDays, 1, 366},
		{"needyDays", "结亲户走访周期（天）", s.NeedyDays, 1, 366},
		{"specialDays", "特殊群体户走访周期（天）", s.SpecialDays, 1, 731},
		{"coverageLimit", "每名干部包联户数上限", s.CoverageLimit, 1, 500},
		{"pairLimit", "每名干部结亲户数", s.PairLimit, 1, 20},
		{"leaderTarget", "领导干部每年到联系点次数", s.LeaderTarget, 1, 100},
		{"thanksgivingDay", "感恩日（每月几日）", s.ThanksgivingDay, 1, 28},
	} {
		if err := check(c.field, c.label, c.v, c.lo, c.hi); err != nil {
			return s, err
		}
	}
	return s, nil
}

// AssignInput assigns households to a cadre (包联) from a date: the picked households, or else
// every household of a group, or else of a village. A household covered by another cadre moves
// to this one (its old assignment ends that day) unless OnlyUnassigned, when it is left alone.
type AssignInput struct {
	CadreID        int64   `json:"cadreId"`
	HouseholdIDs   []int64 `json:"householdIds"`
	VillageID      int64   `json:"villageId"`
	GroupID        int64   `json:"groupId"`
	From           Date    `json:"from" ts_type:"string"` // default today
	OnlyUnassigned bool    `json:"onlyUnassigned"`
	Note           string  `json:"note"`
}

// MaxAssignBatch bounds one bulk assignment.
const MaxAssignBatch = 500

// CleanAssign validates an assignment as of today.
func CleanAssign(in AssignInput, today time.Time) (AssignInput, error) {
	var err error
	if in.CadreID <= 0 {
		return in, Invalid("cadreId", "请选择包联干部")
	}
	if len(in.HouseholdIDs) == 0 && in.VillageID <= 0 && in.GroupID <= 0 {
		return in, Invalid("householdIds", "请勾选家庭户，或选择整个嘎查村/组")
	}
	if len(in.HouseholdIDs) > MaxAssignBatch {
		return in, Invalid("householdIds", "一次最多分配"+itoa(MaxAssignBatch)+"户")
	}
	ids := make([]int64, 0, len(in.HouseholdIDs))
	seen := map[int64]bool{}
	for _, id := range in.HouseholdIDs {
		if id <= 0 {
			return in, Invalid("householdIds", "所选家庭户不存在")
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	in.HouseholdIDs = ids
	if in.From, err = PastDate("from", "包联起始日期", in.From, today); err != nil {
		return in, err
	}
	in.Note, err = CleanText("note", "备注", in.Note, MaxCoverNote, false)
	return in, err
}

// UnassignInput ends the current assignment of households (the cadre leaves, nobody yet takes
// over) on a date, default today.
type UnassignInput struct {
	HouseholdIDs []int64 `json:"householdIds"`
	On           Date    `json:"on" ts_type:"string"`
	Note         string  `json:"note"`
}

// TransferInput hands every household a cadre currently covers to another cadre on a date
// (调离、轮换): the history keeps both assignments.
type TransferInput struct {
	FromCadreID int64  `json:"fromCadreId"`
	ToCadreID   int64  `json:"toCadreId"`
	On          Date   `json:"on" ts_type:"string"`
	Note        string `json:"note"`
}

// AssignResult reports a bulk assignment: households newly covered, moved from another cadre,
// already this cadre's, left alone (OnlyUnassigned), and the cadre's coverage now, with a
// warning (not a refusal) when that is above the limit.
type AssignResult struct {
	Assigned  int    `json:"assigned"`
	Moved     int    `json:"moved"`
	Unchanged int    `json:"unchanged"`
	Skipped   int    `json:"skipped"`
	Coverage  int    `json:"coverage"`
	Warning   string `json:"warning"`
}

// CoverageWarning is the warning shown when a cadre covers more households than the limit;
// empty when within it.
func CoverageWarning(name string, count, limit int) string {
	if limit <= 0 || count <= limit {
		return ""
	}
	return name + "现包联" + itoa(count) + "户，超过每人" + itoa(limit) + "户的上限，请考虑调整包联分工"
}

// PairWarning is the warning shown when a cadre pairs with more needy households than the
// usual number; empty when within it.
func PairWarning(name string, count, limit int) string {
	if limit <= 0 || count <= limit {
		return ""
	}
	return name + "现结亲" + itoa(count) + "户，超过每人" + itoa(limit) + "户的要求"
}

// Assignment is one span of a household's coverage: To is empty while it lasts.
type Assignment struct {
	ID          int64  `json:"id"`
	HouseholdID int64  `json:"householdId"`
	HeadName    string `json:"headName"`
	CadreID     int64  `json:"cadreId"`
	CadreName   string `json:"cadreName"`
	From        Date   `json:"from" ts_type:"string"`
	To          Date   `json:"to" ts_type:"string"`
	Note        string `json:"note"`
	Current     bool   `json:"current"`
}

// CoverageRow is one cadre's coverage count for the 包联户 page.
type CoverageRow struct {
	CadreID    int64  `json:"cadreId"`
	CadreName  string `json:"cadreName"`
	CadreType  string `json:"cadreType"`
	Villages   string `json:"villages"`
	Households int    `json:"households"`
	Pairs      int    `json:"pairs"`
	Over       bool   `json:"over"`
	Warning    string `json:"warning"`
}

// CoverageSummary is every active cadre's count plus the households nobody covers.
type CoverageSummary struct {
	Rows       []CoverageRow `json:"rows"`
	Unassigned int           `json:"unassigned"`
	Limit      int           `json:"limit"`
}

// CoveredQuery lists households with their current cadre: of a village or group, of a cadre,
// only those nobody covers, or matching a head's name or address.
type CoveredQuery struct {
	VillageID  int64  `json:"villageId"`
	GroupID    int64  `json:"groupId"`
	CadreID    int64  `json:"cadreId"`
	Unassigned bool   `json:"unassigned"`
	Text       string `json:"text"`
	Page       int    `json:"page"`
	PageSize   int    `json:"pageSize"`
}

// CoveredHousehold is a household with its current cadre, its kinds and its last visit.
type CoveredHousehold struct {
	HouseholdID int64    `json:"householdId"`
	HeadName    string   `json:"headName"`
	VillageID   int64    `json:"villageId"`
	VillageName string   `json:"villageName"`
	GroupID     int64    `json:"groupId"`
	GroupName   string   `json:"groupName"`
	Address     string   `json:"address"`
	MemberCount int      `json:"memberCount"`
	CadreID     int64    `json:"cadreId"`
	CadreName   string   `json:"cadreName"`
	Since       string   `json:"since"`
	Kinds       []string `json:"kinds"`
	LastVisit   string   `json:"lastVisit"`
}

// CoveredPage is one page of households with their cadres.
type CoveredPage struct {
	Items []CoveredHousehold `json:"items"`
	Total int                `json:"total"`
	Page  int                `json:"page"`
}
