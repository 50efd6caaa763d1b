package pdf

import (
	"strconv"
	"time"

	"halldesk/backend/hall"
)

// CallListDoc is a proactive list to print as village call lists (主动服务联系名单). Rows come
// in village order with their numbers already masked (or not) as the printer may see them;
// masked rows have no birth date, only its month (and the month of turning 60).
type CallListDoc struct {
	Hall      hall.HallSettings
	List      hall.OutreachListInfo
	ItemName  string // the service item a call leads to
	Note      string // the rule that made the list
	Scope     string // the village printed, or 全部嘎查村
	Rows      []hall.OutreachRow
	Truncated bool
	PrintedBy string
	At        time.Time
}

// VillageRows is one village's part of a printed list: its name and the table's rows.
type VillageRows struct {
	Village string
	Rows    [][]string
}

// callListColumns are the call list's columns on A4 portrait (170 mm).
var callListColumns = []column{
	{"序号", 12, "C"}, {"姓名", 18, "C"}, {"性别", 12, "C"}, {"年龄", 12, "C"}, {"组", 14, "C"},
	{"电话", 30, "C"}, {"事项", 38, "L"}, {"联系结果", 22, "L"}, {"备注", 12, "L"},
}

// CallListModel is the call list's tables, one per village, numbered from 1 in each.
func CallListModel(d CallListDoc) []VillageRows {
	var out []VillageRows
	for _, r := range d.Rows {
		if len(out) == 0 || out[len(out)-1].Village != r.VillageName {
			out = append(out, VillageRows{Village: r.VillageName})
		}
		v := &out[len(out)-1]
		item := d.ItemName
		switch d.List.Key {
		case hall.ListTurning60:
			item += "（" + cnDay(r) + "满60周岁）"
		case hall.ListReview:
			item += "（" + cnDate(r.Due.String()) + "到期）"
		case hall.ListNewborn:
			born := cnMonth(r.BirthMonth)
			if !r.BirthDate.IsZero() {
				born = cnDate(r.BirthDate.String())
			}
			item += "（" + born + "出生）"
		}
		v.Rows = append(v.Rows, []string{strconv.Itoa(len(v.Rows) + 1), r.Name, r.Sex, strconv.Itoa(r.Age),
			r.GroupName, r.Phone, item, "", ""})
	}
	return out
}

// cnDay writes a row's due date (2026年4月1日) or, for a masked row, its month (2026年4月).
func cnDay(r hall.OutreachRow) string {
	if r.Due.IsZero() {
		return cnMonth(r.DueMonth)
	}
	return cnDate(r.Due.String())
}

// CallList prints the list on A4, each village starting on a new page with the hall, the list,
// the village and the date at the top, and lines for the caller to sign at the end. It returns
// the PDF and the characters drawn as □.
func CallList(d CallListDoc) ([]byte, []rune, error) {
	title := "主动服务联系名单"
	s, err := startSheet(petitionStyle, d.Hall.HallName, title, d.List.Label, d.PrintedBy, d.At)
	if err != nil {
		return nil, nil, err
	}
	date := "日期：" + cnDate(d.At.In(hall.China).Format(hall.DateLayout))
	sections := CallListModel(d)
	if len(sections) == 0 {
		sections = []VillageRows{{Village: d.Scope}}
	}
	for i, v := range sections {
		if i > 0 {
			s.newPage()
		}
		s.heading(title, d.List.Label+"（"+d.ItemName+"）", "嘎查村：", v.Village, date)
		s.para(d.Note+"。本村共"+strconv.Itoa(len(v.Rows))+"人。", s.st.table, s.st.tableLine, "L")
		s.doc.Ln(1.5)
		s.table(callListColumns, v.Rows, "本清单暂无需要联系的群众")
		if d.Truncated && i == len(sections)-1 {
			s.para("清单过长，只打印了前"+strconv.Itoa(len(d.Rows))+"人，请按嘎查村分别打印。", s.st.table, s.st.tableLine, "L")
		}
		s.signatures("联系人：", "复核人：")
	}
	return s.finish()
}

// PaySheetDoc is the face-to-face payment sign-for sheet (低保金面对面发放签领表) of a month.
// ID numbers come masked.
type PaySheetDoc struct {
	Hall      hall.HallSettings
	Month     string // YYYY-MM
	Scope     string // the village printed, or 全部嘎查村
	Rows      []hall.Allowance
	PrintedBy string
	At        time.Time
}

// PaySection is one village's sign-for table and its totals.
type PaySection struct {
	Village    string
	Rows       [][]string
	Households int
	Members    int    // people counted where the household is known
	Total      string // the month's amount, yuan with two decimals
}

// paySheetStyle is A4 landscape: the petition documents' type on a turned page.
var paySheetStyle = func() sheetStyle {
	st := petitionStyle
	st.landscape = true
	st.margin, st.width = 15, 297-2*15
	st.limit, st.contTop = 187, 22
	st.headY, st.headRule = 9, 15
	st.footRule, st.footY1, st.footY2 = 191, 192.5, 197
	return st
}()

// paySheetColumns are the sign-for sheet's columns (267 mm); the signature column is wide
// and its rows tall enough to sign in.
var paySheetColumns = []column{
	{"序号", 12, "C"}, {"户主姓名", 26, "C"}, {"身份证号", 46, "C"}, {"组", 20, "C"}, {"保障人数", 20, "C"},
	{"月保障金额（元）", 28, "R"}, {"发放月份", 26, "C"}, {"领取人签字", 59, "C"}, {"备注", 30, "L"},
}

// signColumn is the index of 领取人签字 in paySheetColumns.
const signColumn = 7

// PaySheetModel is the sign-for sheet's tables, one per village, with their totals.
func PaySheetModel(d PaySheetDoc) []PaySection {
	var out []PaySection
	var cents []int64
	for _, a := range d.Rows {
		if len(out) == 0 || out[len(out)-1].Village != a.VillageName {
			out = append(out, PaySection{Village: a.VillageName})
			cents = append(cents, 0)
		}
		v := &out[len(out)-1]
		c := hall.AmountCents(a.MonthlyAmount)
		cents[len(cents)-1] += c
		v.Households++
		v.Members += a.Members
		members := ""
		if a.Members > 0 {
			members = strconv.Itoa(a.Members)
		}
		v.Rows = append(v.Rows, []string{strconv.Itoa(v.Households), a.Name, a.IDNumber, a.GroupName, members,
			hall.Yuan(c), cnMonthOf(d.Month), "", ""})
	}
	for i := range out {
		out[i].Total = hall.Yuan(cents[i])
	}
	return out
}

func cnMonthOf(month string) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return month
	}
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月"
}

// PaySheet prints the sign-for sheet on A4 landscape, a village per page (or more): the
// households with their monthly amounts, a tall row each to sign for the money, a totals row,
// and lines for the clerk and the supervisor. It returns the PDF and the characters drawn as □.
func PaySheet(d PaySheetDoc) ([]byte, []rune, error) {
	title := "最低生活保障金面对面发放签领表"
	s, err := startSheet(paySheetStyle, d.Hall.HallName, title, cnMonthOf(d.Month), d.PrintedBy, d.At)
	if err != nil {
		return nil, nil, err
	}
	sections := PaySheetModel(d)
	if len(sections) == 0 {
		sections = []PaySection{{Village: d.Scope, Total: "0.00"}}
	}
	for i, v := range sections {
		if i > 0 {
			s.newPage()
		}
		s.heading(title, "", "嘎查村：", v.Village, "发放月份："+cnMonthOf(d.Month))
		s.payTable(v)
		s.doc.Ln(2)
		s.signRow("经办人：", "监督人：", "")
	}
	return s.finish()
}

// payTable draws the sign-for rows, each two lines tall at least, under a header that repeats
// on every page, then the totals row.
func (s *sheet) payTable(v PaySection) {
	head := make([]cell, len(paySheetColumns))
	for i, c := range paySheetColumns {
		head[i] = cell{c.head, c.w, true, "C"}
	}
	headLines := s.wrapCells(head)
	s.need(s.rowHeight(headLines) + 3*s.st.tableLine)
	s.drawRow(head, headLines)
	s.repeat = func() { s.drawRow(head, headLines) }
	if len(v.Rows) == 0 {
		s.row([]cell{{"本月没有应发放的低保户", s.st.width, false, "C"}})
	}
	for _, r := range v.Rows {
		cells := make([]cell, len(r))
		for j, c := range paySheetColumns {
			cells[j] = cell{r[j], c.w, false, c.align}
		}
		lines := s.wrapCells(cells)
		for len(lines[signColumn]) < 2 {
			lines[signColumn] = append(lines[signColumn], "")
		}
		s.rowLines(cells, lines)
	}
	w := func(from, to int) float64 {
		sum := 0.0
		for _, c := range paySheetColumns[from:to] {
			sum += c.w
		}
		return sum
	}
	members := ""
	if v.Members > 0 {
		members = strconv.Itoa(v.Members)
	}
	s.row([]cell{{"合计：" + strconv.Itoa(v.Households) + "户", w(0, 4), true, "C"}, {members, w(4, 5), true, "C"},
		{v.Total, w(5, 6), true, "R"}, {"", w(6, len(paySheetColumns)), true, "L"}})
	s.repeat = nil
}
