package hall

import (
	"time"

	"halldesk/backend/idcard"
)

// Relations to the household head (与户主关系).
var Relations = []string{"户主", "配偶", "子女", "儿媳", "女婿", "孙子女", "父母", "祖父母", "兄弟姐妹", "其他"}

// Residency: whether the person lives here or has gone out (外出户 are contacted by phone).
var Residencies = []string{"常住", "外出"}

// SpecialTags are the special-group tags a resident may carry.
var SpecialTags = []string{"低保户", "特困供养", "残疾人", "高龄", "空巢老人", "留守儿童", "脱贫监测户", "重点优抚对象", "独居老人"}

// Resident is one person of the registry as the screen shows it (Disclosure): ID and phone
// masked, no birth date (the age instead), unless an audited output carries them in full.
type Resident struct {
	ID          int64    `json:"id"`
	Name        string   `json:"name"`
	IDNumber    string   `json:"idNumber"` // masked
	HasIDNumber bool     `json:"hasIdNumber"`
	BirthDate   string   `json:"birthDate"` // "" on every screen
	Sex         string   `json:"sex"`
	Age         int      `json:"age"`
	Phone       string   `json:"phone"` // masked
	VillageID   int64    `json:"villageId"`
	VillageName string   `json:"villageName"`
	GroupID     int64    `json:"groupId"`
	GroupName   string   `json:"groupName"`
	Address     string   `json:"address"`
	HouseholdID int64    `json:"householdId"`
	Relation    string   `json:"relation"`
	Residency   string   `json:"residency"`
	Tags        []string `json:"tags"`
	Note        string   `json:"note"`
	UpdatedAt   string   `json:"updatedAt"`
}

// ResidentInput is the resident form. Birth date and sex come from the ID number.
type ResidentInput struct {
	ID          int64    `json:"id"`
	Name        string   `json:"name"`
	IDNumber    string   `json:"idNumber"`
	NoIDNumber  bool     `json:"noIdNumber"` // a newborn not yet given a number
	ClearPhone  bool     `json:"clearPhone"` // editing: remove the stored phone
	BirthDate   string   `json:"birthDate"`  // only when NoIDNumber, YYYY-MM-DD
	Sex         string   `json:"sex"`        // only when NoIDNumber
	Phone       string   `json:"phone"`
	VillageID   int64    `json:"villageId"`
	GroupID     int64    `json:"groupId"`
	Address     string   `json:"address"`
	HouseholdID int64    `json:"householdId"`
	Relation    string   `json:"relation"`
	Residency   string   `json:"residency"`
	Tags        []string `json:"tags"`
	Note        string   `json:"note"`
}

// CleanResident validates the form as of `today` and fills birth date and sex from the ID.
// When editing, an empty IDNumber or Phone with keepSensitive means "unchanged" (the form
// only shows masked values).
func CleanResident(in ResidentInput, today time.Time) (ResidentInput, error) {
	var err error
	if in.Name, err = CleanText("name", "姓名", in.Name, MaxName, true); err != nil {
		return in, err
	}
	if in.NoIDNumber {
		in.IDNumber = ""
		b, err := time.Parse(DateLayout, in.BirthDate)
		if err != nil {
			return in, Invalid("birthDate", "没有身份证号码时请填写出生日期")
		}
		if b.After(today) {
			return in, Invalid("birthDate", "出生日期不能晚于今天")
		}
		if in.Sex != string(idcard.Male) && in.Sex != string(idcard.Female) {
			return in, Invalid("sex", "请选择性别")
		}
	} else {
		id, err := idcard.Parse(in.IDNumber, today)
		if err != nil {
			return in, Invalid("idNumber", err.Error())
		}
		in.IDNumber = id.Number
		in.BirthDate = id.BirthDate.Format(DateLayout)
		in.Sex = string(id.Sex)
	}
	if in.Phone, err = CleanPhone("phone", "联系电话", in.Phone, false); err != nil {
		return in, err
	}
	if in.VillageID <= 0 {
		return in, Invalid("villageId", "请选择嘎查村/社区")
	}
	if in.Address, err = CleanText("address", "住址", in.Address, MaxAddress, false); err != nil {
		return in, err
	}
	if in.Note, err = CleanText("note", "备注", in.Note, MaxResidentNote, false); err != nil {
		return in, err
	}
	if in.Relation == "" {
		in.Relation = "户主"
	}
	if !oneOf(in.Relation, Relations) {
		return in, Invalid("relation", "请选择与户主关系")
	}
	if in.Residency == "" {
		in.Residency = "常住"
	}
	if !oneOf(in.Residency, Residencies) {
		return in, Invalid("residency", "居住状态只能是常住或外出")
	}
	seen := map[string]bool{}
	var tags []string
	for _, t := range in.Tags {
		if !oneOf(t, SpecialTags) {
			return in, Invalid("tags", "未知的特殊群体标签："+truncate(t, 20))
		}
		if !seen[t] {
			seen[t] = true
			tags = append(tags, t)
		}
	}
	in.Tags = tags
	return in, nil
}

// AgeOn is the full years of a person born on birth (YYYY-MM-DD) at date on.
func AgeOn(birth string, on time.Time) int {
	b, err := time.Parse(DateLayout, birth)
	if err != nil {
		return 0
	}
	return idcard.ID{BirthDate: b}.Age(on)
}

// ResidentQuery searches the registry. Text matches a name (any part, so two-character
// names work), a full ID number, the last 4+ characters of an ID, or a phone number or its tail;
// a role that may not reveal numbers may search by their last 4 characters only (NumberSearch).
type ResidentQuery struct {
	Text      string `json:"text"`
	VillageID int64  `json:"villageId"`
	Tag       string `json:"tag"`
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
}

// ResidentPage is one page of search results.
type ResidentPage struct {
	Items []Resident `json:"items"`
	Total int        `json:"total"`
	Page  int        `json:"page"`
}

// RevealInput asks for the full ID or phone number of a resident.
type RevealInput struct {
	ResidentID int64  `json:"residentId"`
	Field      string `json:"field"` // "idNumber" or "phone"
}

// IDInfo is what the form shows live while the clerk types an ID number.
type IDInfo struct {
	Valid     bool   `json:"valid"`
	Message   string `json:"message"`
	Number    string `json:"number"`
	BirthDate string `json:"birthDate"`
	Sex       string `json:"sex"`
	Age       int    `json:"age"`
	Upgraded  bool   `json:"upgraded"`
}

// InspectID explains an ID number for the form.
func InspectID(s string, today time.Time) IDInfo {
	id, err := idcard.Parse(s, today)
	if err != nil {
		return IDInfo{Message: err.Error()}
	}
	info := IDInfo{Valid: true, Number: id.Number, BirthDate: id.BirthDate.Format(DateLayout),
		Sex: string(id.Sex), Age: id.Age(today), Upgraded: id.Upgraded}
	if id.Upgraded {
		info.Message = "已将15位旧号码升级为18位：" + id.Number
	}
	return info
}

// NormalizePage applies defaults and bounds to paging.
func NormalizePage(page, size int) (int, int) {
	if page < 1 {
		page = 1
	}
	if size <= 0 {
		size = 20
	}
	if size > 100 {
		size = 100
	}
	return page, size
}

func oneOf(s string, list []string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
