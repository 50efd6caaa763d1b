package hall

// VillageKinds are the kinds of place below a township.
var VillageKinds = []string{"嘎查", "村", "社区"}

// Village is a 嘎查村 or 社区 of the hall's township, with its groups (组).
// Places are deactivated rather than deleted, since residents point at them.
type Village struct {
	ID      int64   `json:"id"`
	Name    string  `json:"name" label:"名称"`
	Kind    string  `json:"kind" label:"类型"`
	Active  bool    `json:"active" label:"启用"`
	Groups  []Group `json:"groups"`
	Version int64   `json:"version"` // optimistic concurrency: an edit names the version it saw
}

// Group is a 组 (村民小组) of a village.
type Group struct {
	ID        int64  `json:"id"`
	VillageID int64  `json:"villageId"`
	Name      string `json:"name" label:"名称"`
	Active    bool   `json:"active" label:"启用"`
	Version   int64  `json:"version"` // optimistic concurrency: an edit names the version it saw
}

// VillageInput adds (ID 0) or edits a village.
type VillageInput struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Active  bool   `json:"active"`
	Version int64  `json:"version"` // editing: the version the form was loaded at
}

// Clean validates the village.
func (in VillageInput) Clean() (VillageInput, error) {
	var err error
	if in.Name, err = CleanText("name", "嘎查村/社区名称", in.Name, MaxVillageName, true); err != nil {
		return in, err
	}
	for _, k := range VillageKinds {
		if k == in.Kind {
			return in, nil
		}
	}
	return in, Invalid("kind", "请选择类型：嘎查、村或社区")
}

// GroupInput adds (ID 0) or edits a group.
type GroupInput struct {
	ID        int64  `json:"id"`
	VillageID int64  `json:"villageId"`
	Name      string `json:"name"`
	Active    bool   `json:"active"`
	Version   int64  `json:"version"` // editing: the version the form was loaded at
}

// Clean validates the group.
func (in GroupInput) Clean() (GroupInput, error) {
	var err error
	if in.VillageID <= 0 {
		return in, Invalid("villageId", "请选择所属嘎查村/社区")
	}
	in.Name, err = CleanText("name", "组名称", in.Name, MaxGroupName, true)
	return in, err
}
