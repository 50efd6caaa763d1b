package hall

// WorkTeamKinds are the kinds of village work team (驻村工作队 for a team the township sends,
// 驻村工作组 for a smaller group), in display order.
var WorkTeamKinds = []string{"驻村工作队", "驻村工作组"}

// MaxTeamName bounds a work team's name.
const MaxTeamName = 30

// WorkTeam is a village work team (驻村工作队 / 工作组): cadres stationed together in one village
// under a leader. A cadre belongs to at most one team (Cadre.TeamID); the leader is always one
// of its members. Teams are deactivated (撤回), never deleted; a deactivated team lets its
// members go. Used both as the form and as the record; LeaderName, VillageName and
// MemberCount (active cadres of the team) are filled by the store.
type WorkTeam struct {
	ID            int64  `json:"id"`
	Name          string `json:"name"`
	Kind          string `json:"kind"`
	LeaderCadreID int64  `json:"leaderCadreId"`
	LeaderName    string `json:"leaderName"`
	VillageID     int64  `json:"villageId"`
	VillageName   string `json:"villageName"`
	MemberCount   int    `json:"memberCount"`
	Active        bool   `json:"active"`
}

// Clean validates the form and tidies it: a trimmed name, a known kind, a village and a
// leader. Whether the village and the leader exist is the store's to check.
func (t WorkTeam) Clean() (WorkTeam, error) {
	var err error
	if t.Name, err = CleanText("name", "工作队名称", t.Name, MaxTeamName, true); err != nil {
		return t, err
	}
	if !oneOf(t.Kind, WorkTeamKinds) {
		return t, Invalid("kind", "请选择类型：驻村工作队或驻村工作组")
	}
	if t.VillageID <= 0 {
		return t, Invalid("villageId", "请选择驻村的嘎查村/社区")
	}
	if t.LeaderCadreID <= 0 {
		return t, Invalid("leaderCadreId", "请选择队长（组长）")
	}
	return t, nil
}
