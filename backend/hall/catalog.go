package hall

import (
	"regexp"
	"strings"
)

// Categories are the kinds of service item, in display order.
var Categories = []string{"医保", "养老", "低保", "其他"}

// Limits of the service catalog.
const (
	MaxCatalogDays = 90 // working days, statutory or promised
	MaxCopies      = 20
	MaxMaterials   = 30
	MaxSteps       = 20
)

// Material is one document a citizen brings for a service item.
type Material struct {
	Name     string `json:"name"`
	Original bool   `json:"original"` // 原件 (true) or 复印件 (false)
	Copies   int    `json:"copies"`   // 0: shown and handed back, nothing kept
	Required bool   `json:"required"`
	Note     string `json:"note"`
}

// ServiceItem is one entry of the hall's service catalog (事项目录) with its guide (办事指南):
// who may apply, what to bring, the steps, the time limits and whom to ask. Days are working
// days; 0 means settled on the spot. Items are deactivated, never deleted; cases keep a
// snapshot of the item as it was when they were taken.
type ServiceItem struct {
	ID             int64      `json:"id"`
	Code           string     `json:"code" label:"事项编码"`
	Name           string     `json:"name" label:"事项名称"`
	Category       string     `json:"category" label:"类别"`
	DefaultLedger  string     `json:"defaultLedger" label:"默认台账"`
	LegalBasis     string     `json:"legalBasis" label:"设定依据"`
	Eligibility    string     `json:"eligibility" label:"办理条件"`
	Materials      []Material `json:"materials" label:"申请材料"`
	Steps          []string   `json:"steps" label:"办理流程"`
	StatutoryDays  int        `json:"statutoryDays" label:"法定时限"`
	PromisedDays   int        `json:"promisedDays" label:"承诺时限"`
	Fee            string     `json:"fee" label:"收费"`
	Department     string     `json:"department" label:"责任部门"`
	PlaceHours     string     `json:"placeHours" label:"地点和时间"`
	EnquiryPhone   string     `json:"enquiryPhone" label:"咨询电话"`
	ComplaintPhone string     `json:"complaintPhone" label:"投诉电话"`
	QA             string     `json:"qa" label:"问答"` // plain-language questions and answers for leaflets
	Active         bool       `json:"active" label:"启用"`
	UpdatedAt      string     `json:"updatedAt"`
	// Role is what the item means to the rules (see ItemRole); the rules never read its code.
	Role ItemRole `json:"role"`
	// Builtin marks an item of the built-in catalog, whose code and role cannot change. Read
	// only: the store sets it, an edit cannot.
	Builtin bool `json:"builtin"`
	// Version is for optimistic concurrency: an edit names the version it saw.
	Version int64 `json:"version"`
}

var itemCodeRe = regexp.MustCompile(`^[A-Z0-9][A-Z0-9-]{0,15}$`)

// Clean validates the item and tidies it: trimmed text, upper-case code, empty lists not nil.
func (it ServiceItem) Clean() (ServiceItem, error) {
	var err error
	it.Code = strings.ToUpper(strings.TrimSpace(it.Code))
	if it.Code == "" {
		return it, Invalid("code", "请填写事项编码")
	}
	if !itemCodeRe.MatchString(it.Code) {
		return it, Invalid("code", "事项编码为1至16位字母、数字或连字符，如 YB-06")
	}
	if it.Name, err = CleanText("name", "事项名称", it.Name, MaxItemName, true); err != nil {
		return it, err
	}
	if !oneOf(it.Category, Categories) {
		return it, Invalid("category", "请选择事项类别：医保、养老、低保或其他")
	}
	if !oneOf(it.DefaultLedger, Ledgers) {
		return it, Invalid("defaultLedger", "请选择默认台账：即办、代办或上报")
	}
	if !it.Role.Valid() {
		return it, Invalid("role", "请选择业务角色")
	}
	if it.LegalBasis, err = CleanText("legalBasis", "政策依据", it.LegalBasis, MaxLegalBasis, false); err != nil {
		return it, err
	}
	if it.Eligibility, err = CleanText("eligibility", "办理对象和条件", it.Eligibility, MaxEligibility, false); err != nil {
		return it, err
	}
	if it.Materials, err = cleanMaterials(it.Materials); err != nil {
		return it, err
	}
	if it.Steps, err = cleanSteps(it.Steps); err != nil {
		return it, err
	}
	if it.StatutoryDays < 0 || it.StatutoryDays > MaxCatalogDays {
		return it, Invalid("statutoryDays", "法定时限应在0至90个工作日之间（0表示当场办结）")
	}
	if it.PromisedDays < 0 || it.PromisedDays > MaxCatalogDays {
		return it, Invalid("promisedDays", "承诺时限应在0至90个工作日之间（0表示当场办结）")
	}
	if it.StatutoryDays > 0 && it.PromisedDays > it.StatutoryDays {
		return it, Invalid("promisedDays", "承诺时限不能超过法定时限（"+itoa(it.StatutoryDays)+"个工作日）")
	}
	for _, f := range []struct {
		field, label string
		value        *string
		max          int
	}{
		{"fee", "收费标准", &it.Fee, MaxFee},
		{"department", "办理部门", &it.Department, MaxDepartment},
		{"placeHours", "办理地点和时间", &it.PlaceHours, MaxPlaceHours},
		{"qa", "问答", &it.QA, MaxQA},
	} {
		if *f.value, err = CleanText(f.field, f.label, *f.value, f.max, false); err != nil {
			return it, err
		}
	}
	if it.EnquiryPhone, err = CleanPhone("enquiryPhone", "咨询电话", it.EnquiryPhone, false); err != nil {
		return it, err
	}
	if it.ComplaintPhone, err = CleanPhone("complaintPhone", "投诉电话", it.ComplaintPhone, false); err != nil {
		return it, err
	}
	return it, nil
}

// CheckBuiltinEdit refuses an edit that changes the code or the role of a built-in item (was
// is the item as stored): the built-in items are the ones the hall's rules and the printed
// guides are written for, and a case number's reader expects their codes.
func CheckBuiltinEdit(was, edit ServiceItem) error {
	if !was.Builtin {
		return nil
	}
	if edit.Code != was.Code {
		return Invalid("code", "“"+was.Code+" "+was.Name+"”是内置事项，事项编码不能修改；如需另一编码，请新增事项")
	}
	if edit.Role != was.Role {
		return Invalid("role", "“"+was.Code+" "+was.Name+"”是内置事项，业务角色（"+was.Role.Label()+"）不能修改")
	}
	return nil
}

func cleanMaterials(in []Material) ([]Material, error) {
	if len(in) > MaxMaterials {
		return nil, Invalid("materials", "申请材料不能超过"+itoa(MaxMaterials)+"项")
	}
	out := make([]Material, 0, len(in))
	seen := map[string]int{}
	for i, m := range in {
		prefix := "第" + itoa(i+1) + "项材料："
		var err error
		if m.Name, err = CleanText("materials", "材料名称", m.Name, MaxMaterialName, true); err != nil {
			return nil, Invalid("materials", prefix+AsError(err).Message)
		}
		// Cases tick materials off by name, so names are unique within an item.
		if j, dup := seen[m.Name]; dup {
			return nil, Invalid("materials", prefix+"与第"+itoa(j+1)+"项材料重名，请合并或改名")
		}
		seen[m.Name] = i
		if m.Note, err = CleanText("materials", "材料说明", m.Note, MaxMaterialNote, false); err != nil {
			return nil, Invalid("materials", prefix+AsError(err).Message)
		}
		if m.Copies < 0 || m.Copies > MaxCopies {
			return nil, Invalid("materials", prefix+"份数应在0至20份之间（0表示只需出示、不留存）")
		}
		out = append(out, m)
	}
	return out, nil
}

func cleanSteps(in []string) ([]string, error) {
	if len(in) > MaxSteps {
		return nil, Invalid("steps", "办理步骤不能超过"+itoa(MaxSteps)+"步")
	}
	out := make([]string, 0, len(in))
	for i, s := range in {
		s, err := CleanText("steps", "办理步骤", s, MaxStep, true)
		if err != nil {
			return nil, Invalid("steps", "第"+itoa(i+1)+"步："+AsError(err).Message)
		}
		out = append(out, s)
	}
	return out, nil
}
