package hall

// Household is a 家庭户: an address in a village and its members.
type Household struct {
	ID          int64      `json:"id"`
	VillageID   int64      `json:"villageId"`
	VillageName string     `json:"villageName"`
	GroupID     int64      `json:"groupId"`
	GroupName   string     `json:"groupName"`
	Address     string     `json:"address" label:"住址"`
	HeadName    string     `json:"headName"`
	MemberCount int        `json:"memberCount"`
	Members     []Resident `json:"members"`
	CreatedAt   string     `json:"createdAt"`
	Version     int64      `json:"version"` // optimistic concurrency: a save names the version it saw
}

// HouseholdInput creates (ID 0) or edits a household.
type HouseholdInput struct {
	ID        int64  `json:"id"`
	VillageID int64  `json:"villageId"`
	GroupID   int64  `json:"groupId"`
	Address   string `json:"address"`
	Version   int64  `json:"version"` // editing: the version the form was loaded at
}

// Clean validates the household.
func (in HouseholdInput) Clean() (HouseholdInput, error) {
	var err error
	if in.VillageID <= 0 {
		return in, Invalid("villageId", "请选择嘎查村/社区")
	}
	in.Address, err = CleanText("address", "住址", in.Address, MaxAddress, true)
	return in, err
}

// HouseholdQuery lists households of a village or matching a head's name or address.
type HouseholdQuery struct {
	Text      string `json:"text"`
	VillageID int64  `json:"villageId"`
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
}

// HouseholdPage is one page of households.
type HouseholdPage struct {
	Items []Household `json:"items"`
	Total int         `json:"total"`
	Page  int         `json:"page"`
}

// HeadNameOr is the head's name, or fallback when the household has no head yet.
func (h Household) HeadNameOr(fallback string) string {
	if h.HeadName != "" {
		return h.HeadName
	}
	return fallback
}
