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
	Name        string   `json:"name" label:"姓名"`
	IDNumber    string   `json:"idNumber" label:"身份证号码" mask:"id"` // masked
	HasIDNumber bool     `json:"hasIdNumber"`
	BirthDate   Date     `json:"birthDate" ts_type:"string"` // "" on every screen
	Sex         string   `json:"sex"`
	Age         int      `json:"age"`
	Phone       string   `json:"phone" label:"联系电话" mask:"phone"` // masked
	VillageID   int64    `json:"villageId"`
	VillageName string   `json:"villageName"`
	GroupID     int64    `json:"groupId"`
	GroupName   string   `json:"groupName"`
	Address     string   `json:"address" label:"住址"`
	HouseholdID int64    `json:"householdId"`
	Relation    string   `json:"relation" label:"与户主关系"`
	Residency   string   `json:"residency" label:"居住状态"`
	Tags        []string `json:"tags" label:"特殊群体"`
	Note        string   `json:"note" label:"备注"`
	UpdatedAt   string   `json:"updatedAt"`
	Version     int64    `json:"version"` // optimistic concurrency: a save names the version it saw
}

// ResidentInput is the resident form. Birth date and sex come from the ID number.
type ResidentInput struct {
	ID          int64    `json:"id"`
	Name        string   `json:"name"`
	IDNumber    string   `json:"idNumber"`
	NoIDNumber  bool     `json:"noIdNumber"`                 // a newborn not yet given a number
	ClearPhone  bool     `json:"clearPhone"`                 // editing: remove the stored phone
	BirthDate   Date     `json:"birthDate" ts_type:"string"` // only when NoIDNumber, YYYY-MM-DD
	Sex         string   `json:"sex"`                        // only when NoIDNumber
	Phone       string   `json:"phone"`
	VillageID   int64    `json:"villageId"`
	GroupID     int64    `json:"groupId"`
	Address     string   `json:"address"`
	HouseholdID int64    `json:"householdId"`
	Relation    string   `json:"relation"`
	Residency   string   `json:"residency"`
	Tags        []string `json:"tags"`
	Note        string   `json:"note"`
	Version     int64    `json:"version"` // editing: the version the form was loaded at
}

// CleanResident validates the form as of `today` and fills birth date and sex from the ID.
// When editing, an empty IDNumber or Phone with keepSensitive means "unchanged" (the form
// only shows masked values). Every bad field is reported at once (Problems).
func CleanResident(in ResidentInput, today time.Time) (ResidentInput, error) {
	var p Problems
	var err error
	in.Name, err = CleanName("name", "姓名", in.Name, true)
	p.Check(err)
	if in.NoIDNumber {
		in.IDNumber = ""
		switch {
		case in.BirthDate.IsZero(): // a text that is not a date was refused by the JSON decoder
			p.Add("birthDate", "没有身份证号码时请填写出生日期")
		case in.BirthDate.After(DateOf(today)):
			p.Add("birthDate", "出生日期不能晚于今天")
		}
		if in.Sex != string(idcard.Male) && in.Sex != string(idcard.Female) {
			p.Add("sex", "请选择性别")
		}
	} else if id, err := idcard.Parse(in.IDNumber, today); err != nil {
		p.Add("idNumber", err.Error())
	} else {
		in.IDNumber = id.Number
		in.BirthDate = DateOf(id.BirthDate)
		in.Sex = string(id.Sex)
	}
	in.Phone, err = CleanPhone("phone", "联系电话", in.Phone, false)
	p.Check(err)
	if in.VillageID <= 0 {
		p.Add("villageId", "请选择嘎查村/社区")
	}
	in.Address, err = CleanText("address", "住址", in.Address, MaxAddress, false)
	p.Check(err)
	in.Note, err = CleanText("note", "备注", in.Note, MaxResidentNote, false)
	p.Check(err)
	if in.Relation == "" {
		in.Relation = "户主"
	}
	if !oneOf(in.Relation, Relations) {
		p.Add("relation", "请选择与户主关系")
	}
	if in.Residency == "" {
		in.Residency = "常住"
	}
	if !oneOf(in.Residency, Residencies) {
		p.Add("residency", "居住状态只能是常住或外出")
	}
	seen := map[string]bool{}
	var tags []string
	for _, t := range in.Tags {
		if !oneOf(t, SpecialTags) {
			p.Add("tags", "未知的特殊群体标签："+truncate(t, 20))
		} else if !seen[t] {
			seen[t] = true
			tags = append(tags, t)
		}
	}
	in.Tags = tags
	return in, p.Err()
}

// AgeOn is the full years of a person born on birth at date on; 0 when the birth date is not
// known (no date).
func AgeOn(birth Date, on time.Time) int {
	if birth.IsZero() {
		return 0
	}
	return idcard.ID{BirthDate: birth.Time()}.Age(on)
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
	// After (the Last of the page before) or Before (the First of the page after) read the
	// page next to one shown by keyset, as fast on page 500 as on page 1; Page is then only
	// the number it shows.
	After  string `json:"after,omitempty"`
	Before string `json:"before,omitempty"`
}

// ResidentPage is one page of search results.
type ResidentPage struct {
	Items []Resident `json:"items"`
	Total int        `json:"total"`
	Page  int        `json:"page"`
	// First and Last mark the page's first and last resident: the Before of the previous page
	// and the After of the next ("" on an empty page).
	First string `json:"first"`
	Last  string `json:"last"`
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
	BirthDate Date   `json:"birthDate" ts_type:"string"`
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
	info := IDInfo{Valid: true, Number: id.Number, BirthDate: DateOf(id.BirthDate),
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
