package hall

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// Import modes: take the good rows and skip the bad ones, or all rows or nothing.
const (
	ImportGoodRows = "good"
	ImportAllOrNot = "all"
)

// MaxImportProblems bounds the problems a report lists; the counts stay exact beyond it.
const MaxImportProblems = 1000

// ImportPreviewRows is how many good rows the report shows before the user decides.
const ImportPreviewRows = 20

// ImportColumn is one column of the resident import template.
type ImportColumn struct {
	Header   string
	Field    string // the ResidentInput json field its errors carry, or "household"
	Required bool   // marked with * in the template
	Note     string // what the 说明 sheet says about it
	Example  string // the example row
}

// ImportColumns are the template's columns in order. A file may order them differently or
// leave optional ones out; they are found by header.
var ImportColumns = []ImportColumn{
	{"姓名", "name", true, "必填，不超过30个字。", "示例-张伟"},
	{"身份证号码", "idNumber", false, "18位（旧版15位自动升级），末位X可小写；请保持文本格式。新生儿尚无号码时留空，并填出生日期和性别。", "11010519491231002X"},
	{"出生日期", "birthDate", false, "仅在没有身份证号码时填写，如 2025-03-01。有号码时以号码为准。", ""},
	{"性别", "sex", false, "仅在没有身份证号码时填写：男 或 女。", ""},
	{"联系电话", "phone", false, "手机号11位，或带区号的固定电话（如0477-8612345）。", "13800000000"},
	{"嘎查村/社区", "villageId", true, "必填，须与系统“地点设置”中的名称完全一致。", "（填本镇的嘎查村名称）"},
	{"组", "groupId", false, "可空；填写时须是该嘎查村/社区下已设置的组。", ""},
	{"住址", "address", false, "有户号的户主必填，作为家庭户住址。", "（填住址）"},
	{"户号", "household", false, "同一文件中户号相同的行为一户，将新建家庭户；每户须有且只有一名户主。不属于家庭户可留空。", "1"},
	{"与户主关系", "relation", false, "留空为户主。可填：" + strings.Join(Relations, "、") + "。", "户主"},
	{"居住状态", "residency", false, "常住 或 外出，留空为常住。", "常住"},
	{"特殊群体", "tags", false, "可空，多个用顿号分隔。可填：" + strings.Join(SpecialTags, "、") + "。", ""},
	{"备注", "note", false, "可空，不超过500个字。", "姓名以“示例”开头的行不会导入"},
}

// ExamplePrefix starts the name of the template's example row, which an import skips.
const ExamplePrefix = "示例"

// ImportProblem is why one row of the file cannot be imported.
type ImportProblem struct {
	Row    int    `json:"row"` // the row number Excel shows (the header is row 1)
	Column string `json:"column"`
	Value  string `json:"value"`
	Reason string `json:"reason"`
}

// ImportPreview is a good row as it will be imported, numbers masked and the age for the birth date.
type ImportPreview struct {
	Row         int    `json:"row"`
	Name        string `json:"name"`
	IDNumber    string `json:"idNumber"`
	Sex         string `json:"sex"`
	Age         int    `json:"age"`
	VillageName string `json:"villageName"`
	GroupName   string `json:"groupName"`
	Household   string `json:"household"`
	Relation    string `json:"relation"`
}

// ImportReport is what the check of a file found: counts, every problem, a preview.
type ImportReport struct {
	Total        int             `json:"total"` // data rows, the example row excluded
	Good         int             `json:"good"`
	BadRows      int             `json:"badRows"`
	Households   int             `json:"households"` // households the good rows create
	Problems     []ImportProblem `json:"problems"`
	MoreProblems int             `json:"moreProblems"` // problems beyond MaxImportProblems
	Preview      []ImportPreview `json:"preview"`
	Skipped      int             `json:"skipped"` // empty rows and the example row
}

// ImportResult is what an import wrote.
type ImportResult struct {
	Residents  int `json:"residents"`
	Households int `json:"households"`
	Skipped    int `json:"skipped"` // bad rows left out
}

// ImportLine is one data row of the file: the cleaned resident when the row is good.
type ImportLine struct {
	Row         int
	Input       ResidentInput
	Household   string // 户号 in the file, "" for none
	VillageName string
	GroupName   string
	Problems    []ImportProblem
}

// Good reports whether the row can be imported.
func (l ImportLine) Good() bool { return len(l.Problems) == 0 }

func (l *ImportLine) problem(column, value, reason string) {
	l.Problems = append(l.Problems, ImportProblem{Row: l.Row, Column: column, Value: truncate(value, 40), Reason: reason})
}

// PlaceNames finds the hall's villages and groups by name.
type PlaceNames struct {
	villages map[string]Village
}

// NewPlaceNames indexes villages (with their groups, inactive ones included so that the
// report can say a place is no longer in use).
func NewPlaceNames(vs []Village) PlaceNames {
	p := PlaceNames{villages: map[string]Village{}}
	for _, v := range vs {
		p.villages[strings.TrimSpace(v.Name)] = v
	}
	return p
}

// ImportBatch is a checked file.
type ImportBatch struct {
	Lines   []ImportLine
	Skipped int
	today   time.Time
}

// ParseImport checks every data row of a sheet read from the template: the header must name
// the required columns; each row is cleaned with the same rules as the resident form, places
// are looked up by name, and an ID number that appears twice in the file is refused. Rules
// that need the database or the whole file (numbers already registered, households) are
// applied by Settle.
func ParseImport(rows [][]string, places PlaceNames, today time.Time) (*ImportBatch, error) {
	if len(rows) == 0 {
		return nil, Invalid("file", "文件中没有内容，请使用下载的模板填写")
	}
	col, err := importHeader(rows[0])
	if err != nil {
		return nil, err
	}
	b := &ImportBatch{today: today}
	firstRow := map[string]int{} // ID number -> first row that has it
	for i, cells := range rows[1:] {
		get := func(field string) string {
			if c, ok := col[field]; ok && c < len(cells) {
				return strings.TrimSpace(cells[c])
			}
			return ""
		}
		name := get("name")
		if isBlankRow(cells) || strings.HasPrefix(name, ExamplePrefix) {
			b.Skipped++
			continue
		}
		line := ImportLine{Row: i + 2, Household: get("household"), VillageName: get("villageId"), GroupName: get("groupId")}
		parseLine(&line, get, places, today)
		if n := line.Input.IDNumber; n != "" && line.Good() {
			if first, ok := firstRow[n]; ok {
				line.problem("身份证号码", get("idNumber"), "与第"+strconv.Itoa(first)+"行的身份证号码重复")
			} else {
				firstRow[n] = line.Row
			}
		}
		b.Lines = append(b.Lines, line)
	}
	if len(b.Lines) == 0 {
		return nil, Invalid("file", "模板中还没有填写群众信息（示例行不会导入）")
	}
	return b, nil
}

func importHeader(header []string) (map[string]int, error) {
	byHeader := map[string]string{}
	for _, c := range ImportColumns {
		byHeader[c.Header] = c.Field
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), "*＊"))
		f, ok := byHeader[h]
		if !ok {
			continue // extra columns a clerk added for their own notes are ignored
		}
		if _, dup := col[f]; dup {
			return nil, Invalid("file", "第1行有两列都叫“"+h+"”，请删去一列")
		}
		col[f] = i
	}
	for _, c := range ImportColumns {
		if _, ok := col[c.Field]; !ok && (c.Required || c.Field == "idNumber") {
			return nil, Invalid("file", "第1行缺少“"+c.Header+"”列，请使用下载的模板填写")
		}
	}
	return col, nil
}

func isBlankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

var headerOf = func() map[string]string {
	m := map[string]string{}
	for _, c := range ImportColumns {
		m[c.Field] = c.Header
	}
	m["villageId"] = "嘎查村/社区"
	return m
}()

// parseLine fills line.Input from the row, recording every problem it finds.
func parseLine(line *ImportLine, get func(string) string, places PlaceNames, today time.Time) {
	in := ResidentInput{
		Name: get("name"), IDNumber: get("idNumber"), Phone: get("phone"), Address: get("address"),
		Relation: get("relation"), Residency: get("residency"), Note: get("note"),
	}
	if strings.ContainsAny(in.IDNumber, "Ee") && strings.Contains(in.IDNumber, "+") {
		line.problem("身份证号码", in.IDNumber, "身份证号码被 Excel 当成了数字（科学计数法），请把该列设为文本后重新填写")
		in.IDNumber = ""
	}
	if in.IDNumber == "" {
		in.NoIDNumber = true
		typed := get("birthDate")
		in.Sex = get("sex")
		if typed == "" && in.Sex == "" && len(line.Problems) == 0 {
			line.problem("身份证号码", "", "请填写身份证号码；新生儿尚无号码时填写出生日期和性别")
		}
		if d, ok := typedDay(typed); ok {
			in.BirthDate = d
		} else if typed != "" {
			line.problem("出生日期", typed, "出生日期“"+typed+"”不是有效日期，应写成年-月-日，如2026-10-01")
		}
	}
	idReported := len(line.Problems) > 0
	for _, t := range strings.FieldsFunc(get("tags"), func(r rune) bool { return strings.ContainsRune("、,，;；/ ", r) }) {
		in.Tags = append(in.Tags, t)
	}

	vname := line.VillageName
	v, known := places.villages[vname]
	switch {
	case vname == "":
		line.problem("嘎查村/社区", "", "请填写嘎查村/社区")
	case !known:
		line.problem("嘎查村/社区", vname, "系统中没有名为“"+vname+"”的嘎查村/社区，请与地点设置中的名称一致")
	case !v.Active:
		line.problem("嘎查村/社区", vname, "“"+vname+"”已停用，不能再登记群众")
	default:
		in.VillageID = v.ID
		if g := line.GroupName; g != "" {
			found := false
			for _, grp := range v.Groups {
				if strings.TrimSpace(grp.Name) == g {
					found = true
					if !grp.Active {
						line.problem("组", g, "“"+vname+g+"”已停用")
					}
					in.GroupID = grp.ID
				}
			}
			if !found {
				line.problem("组", g, "“"+vname+"”下没有名为“"+g+"”的组")
			}
		}
	}
	// The form's rules stop at the first bad field: each failing field is reported, replaced by
	// a valid stand-in and the rules run again, so one pass over the file finds every problem.
	// A stand-in village lets them look at the rest when the place was already reported.
	check := in
	if check.VillageID == 0 {
		check.VillageID = 1
	}
	for tries := 0; tries < len(ImportColumns); tries++ {
		clean, err := CleanResident(check, today)
		if err == nil {
			clean.VillageID = in.VillageID
			line.Input = clean
			return
		}
		e := AsError(err)
		if e == nil || e.Field == "" {
			line.problem("", "", err.Error())
			return
		}
		// A missing birth date or sex only repeats that the ID number is missing.
		if !(idReported && (e.Field == "birthDate" || e.Field == "sex")) {
			line.problem(headerOf[e.Field], valueOf(check, e.Field), e.Message)
		}
		if !blankField(&check, e.Field) {
			return
		}
	}
}

// blankField clears a field that failed so the next pass can check the others; false when
// the field cannot be cleared into a valid value.
func blankField(in *ResidentInput, field string) bool {
	switch field {
	case "name":
		in.Name = "某"
	case "idNumber", "birthDate", "sex":
		in.IDNumber, in.NoIDNumber, in.BirthDate, in.Sex = "", true, NewDate(2000, time.January, 1), "男"
	case "phone":
		in.Phone = ""
	case "address":
		in.Address = ""
	case "note":
		in.Note = ""
	case "relation":
		in.Relation = ""
	case "residency":
		in.Residency = ""
	case "tags":
		in.Tags = nil
	default:
		return false
	}
	return true
}

func valueOf(in ResidentInput, field string) string {
	switch field {
	case "name":
		return in.Name
	case "idNumber":
		return in.IDNumber
	case "birthDate":
		return in.BirthDate.String()
	case "sex":
		return in.Sex
	case "phone":
		return in.Phone
	case "address":
		return in.Address
	case "relation":
		return in.Relation
	case "residency":
		return in.Residency
	case "tags":
		return strings.Join(in.Tags, "、")
	case "note":
		return in.Note
	}
	return ""
}

// typedDay accepts the ways a date is typed in a spreadsheet; ok is false for anything else.
func typedDay(s string) (d Date, ok bool) {
	for _, l := range []string{DateLayout, "2006-1-2", "2006/1/2", "2006.1.2", "20060102", "2006年1月2日"} {
		if t, err := time.Parse(l, s); err == nil {
			return NewDate(t.Date()), true
		}
	}
	return Date{}, false
}

// IDNumbers lists the ID numbers of the good rows, to be looked up in the registry.
func (b *ImportBatch) IDNumbers() []string {
	var out []string
	for _, l := range b.Lines {
		if l.Good() && l.Input.IDNumber != "" {
			out = append(out, l.Input.IDNumber)
		}
	}
	return out
}

// Settle applies the rules that need the registry and the whole file: registered maps the ID
// numbers already in the registry to the resident's name; each 户号 must have exactly one head,
// whose address becomes the household's, and every member in the head's village. A household
// with a bad row is held back whole, so that no household is imported half.
func (b *ImportBatch) Settle(registered map[string]string) {
	for i := range b.Lines {
		l := &b.Lines[i]
		if name, ok := registered[l.Input.IDNumber]; ok && l.Good() && l.Input.IDNumber != "" {
			l.problem("身份证号码", l.Input.IDNumber, "该身份证号码已登记为群众“"+name+"”，不能重复登记")
		}
	}
	groups := map[string][]int{}
	var keys []string
	for i, l := range b.Lines {
		if l.Household == "" {
			continue
		}
		if _, ok := groups[l.Household]; !ok {
			keys = append(keys, l.Household)
		}
		groups[l.Household] = append(groups[l.Household], i)
	}
	for _, key := range keys {
		idx := groups[key]
		var heads []int
		for _, i := range idx {
			if b.Lines[i].Good() && b.Lines[i].Input.Relation == "户主" {
				heads = append(heads, i)
			}
		}
		switch {
		case len(heads) > 1:
			rows := make([]string, len(heads))
			for j, h := range heads {
				rows[j] = strconv.Itoa(b.Lines[h].Row)
			}
			for _, h := range heads {
				b.Lines[h].problem("与户主关系", "户主", "户号“"+key+"”有多名户主（第"+strings.Join(rows, "、")+"行），与户主关系留空即为户主")
			}
		case len(heads) == 1:
			head := &b.Lines[heads[0]]
			if head.Input.Address == "" {
				head.problem("住址", "", "户号“"+key+"”的户主须填写住址，作为家庭户住址")
			}
			for _, i := range idx {
				l := &b.Lines[i]
				if i != heads[0] && l.Good() && (l.Input.VillageID != head.Input.VillageID || l.Input.GroupID != head.Input.GroupID) {
					l.problem("嘎查村/社区", l.VillageName+l.GroupName, "与户主（第"+strconv.Itoa(head.Row)+"行）不在同一嘎查村/组")
				}
			}
		}
		var bad []int
		for _, i := range idx {
			if !b.Lines[i].Good() {
				bad = append(bad, b.Lines[i].Row)
			}
		}
		if len(heads) == 0 && len(bad) == 0 {
			for _, i := range idx {
				b.Lines[i].problem("户号", key, "户号“"+key+"”没有户主，请把户主的与户主关系填为“户主”或留空")
			}
			continue
		}
		if len(bad) == 0 {
			continue
		}
		sort.Ints(bad)
		rows := make([]string, len(bad))
		for j, r := range bad {
			rows[j] = strconv.Itoa(r)
		}
		for _, i := range idx {
			if b.Lines[i].Good() {
				b.Lines[i].problem("户号", key, "同户第"+strings.Join(rows, "、")+"行有错误，整户暂不导入")
			}
		}
	}
}

// Report sums the batch up for the user.
func (b *ImportBatch) Report() ImportReport {
	r := ImportReport{Total: len(b.Lines), Skipped: b.Skipped, Problems: []ImportProblem{}, Preview: []ImportPreview{}}
	households := map[string]bool{}
	for _, l := range b.Lines {
		if !l.Good() {
			r.BadRows++
			for _, p := range l.Problems {
				if len(r.Problems) < MaxImportProblems {
					r.Problems = append(r.Problems, p)
				} else {
					r.MoreProblems++
				}
			}
			continue
		}
		r.Good++
		if l.Household != "" {
			households[l.Household] = true
		}
		if len(r.Preview) < ImportPreviewRows {
			// the preview is a screen like any other: hall.Masked, the age for the birth date
			r.Preview = append(r.Preview, ImportPreview{Row: l.Row, Name: l.Input.Name, IDNumber: Masked.IDNumber(l.Input.IDNumber),
				Sex: l.Input.Sex, Age: AgeOn(l.Input.BirthDate, b.today), VillageName: l.VillageName, GroupName: l.GroupName,
				Household: l.Household, Relation: l.Input.Relation})
		}
	}
	r.Households = len(households)
	return r
}

// GoodLines are the rows to import, in file order.
func (b *ImportBatch) GoodLines() []ImportLine {
	var out []ImportLine
	for _, l := range b.Lines {
		if l.Good() {
			out = append(out, l)
		}
	}
	return out
}
