package pdf

import (
	"strconv"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// DiaryDoc is a cadre's public-sentiment diary (民情日记) of a week or a month to print.
type DiaryDoc struct {
	Diary     hall.Diary
	Hall      hall.HallSettings
	PrintedBy string
	At        time.Time // print time; shown in Asia/Shanghai
}

// Diary prints the diary as a dated journal on A4: for each day, each visit with the household,
// the way and the purpose (三访三问), what was heard, the issues raised and what became of
// them, and the feedback given on it. It returns the PDF and the characters drawn as □.
func Diary(d DiaryDoc) ([]byte, []rune, error) {
	doc, err := newDoc("民情日记")
	if err != nil {
		return nil, nil, err
	}
	doc.SetAutoPageBreak(false, 0)
	f := newVisitFlow(doc)
	dy := d.Diary
	who := "干部：" + dy.CadreName
	if p := strings.TrimSpace(dy.Position); p != "" {
		who += "（" + p + "）"
	}
	vdHeading(f, d.Hall.HallName, "民情日记", who, "时间："+dy.PeriodLabel)

	counts := map[string]int{}
	issues := 0
	for _, v := range dy.Visits {
		for _, is := range v.Issues {
			counts[is.Kind]++
			issues++
		}
	}
	summary := "本期走访" + strconv.Itoa(len(dy.Visits)) + "户次，收集问题" + strconv.Itoa(issues) + "个"
	if issues > 0 {
		var parts []string
		for _, k := range hall.IssueKinds {
			if counts[k] > 0 {
				parts = append(parts, hall.IssueKindLabel(k)+strconv.Itoa(counts[k])+"个")
			}
		}
		summary += "（" + strings.Join(parts, "、") + "）"
	}
	body := textStyle{size: 11, lineH: 6.2, ink: inkText, justify: true}
	meta := textStyle{size: 9.5, lineH: 5, ink: inkGrey}
	small := textStyle{size: 10, lineH: 5.4, ink: inkText}
	f.block(textStyle{size: 10.5, lineH: 6, ink: inkText}, summary+"。", f.x0, f.width(), 0, nil)

	if len(dy.Visits) == 0 {
		f.space(4)
		f.block(body, "本期没有走访记录。", f.x0, f.width(), 2, nil)
	}
	day := hall.Date{}
	for _, v := range dy.Visits {
		if !v.Date.Equal(day) {
			day = v.Date
			vdSection(f, cnDate(v.Date.String())+"　"+v.Weekday, 3*body.lineH)
		} else {
			f.space(2)
		}
		place := v.VillageName + v.GroupName
		if a := strings.TrimSpace(v.Address); a != "" {
			place += "，" + a
		}
		line := "走访对象：" + v.HeadName + "户（" + place + "）　方式：" + v.Way
		if v.Purpose != "" {
			line += "　三访三问：" + v.Purpose
		}
		if v.RecordedBy != "" {
			line += "　记录人：" + v.RecordedBy
		}
		f.need(meta.lineH + 2*body.lineH)
		f.block(meta, line, f.x0, f.width(), 0, nil)
		f.block(body, v.Diary, f.x0, f.width(), 2, nil)
		for i, is := range v.Issues {
			f.block(small, "问题"+strconv.Itoa(i+1)+"【"+is.KindLabel+"】"+is.Text+issueFate(is), f.x0+4, f.width()-4, 0, nil)
		}
		for _, fb := range v.FeedbackGiven {
			f.block(small, "入户反馈：办件"+fb.CaseNumber+"（"+fb.CaseItemName+"）"+fb.FeedbackNote, f.x0+4, f.width()-4, 0, nil)
		}
	}
	head := "民情日记　" + dy.CadreName + "　" + dy.PeriodLabel
	return vdRender(doc, f, d.Hall.HallName, head, printedLine(d.PrintedBy, d.At))
}

// issueFate says what became of an issue: the case it became, where that stands and whether
// its result has been fed back.
func issueFate(is hall.VisitIssue) string {
	if is.Kind != hall.IssueCase || is.CaseID == 0 {
		return ""
	}
	s := "　→ 转办件" + is.CaseNumber + "（" + is.CaseItemName + "，" + is.CaseLedger + "，" + is.CaseStatusLabel + "）"
	if !is.FeedbackOn.IsZero() {
		s += "，已于" + cnDate(is.FeedbackOn.String()) + "入户反馈"
	}
	return s
}

// PlanDoc is a cadre's weekly visit plan (走访周计划) to print: the week's to-do review.
type PlanDoc struct {
	Review    hall.WeeklyReview
	Hall      hall.HallSettings
	PrintedBy string
	At        time.Time
}

// VisitPlan prints a cadre's weekly visit plan on A4: the households to visit that week (overdue
// first) with a column to fill in by hand, the results to feed back to households and the open
// cases to follow up, then lines to sign. It returns the PDF and the characters drawn as □.
func VisitPlan(p PlanDoc) ([]byte, []rune, error) {
	doc, err := newDoc("入户走访周计划")
	if err != nil {
		return nil, nil, err
	}
	doc.SetAutoPageBreak(false, 0)
	f := newVisitFlow(doc)
	r := p.Review
	week := cnDate(r.WeekStart.String()) + "至" + cnDate(r.WeekEnd.String())
	vdHeading(f, p.Hall.HallName, "入户走访周计划", "干部："+r.CadreName+"　　时间："+week)
	overdue := 0
	for _, d := range r.Due {
		if d.Overdue {
			overdue++
		}
	}
	summary := "包联" + strconv.Itoa(r.Households) + "户；本周应访" + strconv.Itoa(len(r.Due)) + "户（其中逾期" + strconv.Itoa(overdue) +
		"户）；待入户反馈" + strconv.Itoa(len(r.FeedbackOwed)) + "件；在办事项" + strconv.Itoa(len(r.OpenCases)) + "件；本周已走访" +
		strconv.Itoa(r.VisitsThisWeek) + "户次。"
	f.block(textStyle{size: 10.5, lineH: 6, ink: inkText}, summary, f.x0, f.width(), 0, nil)

	vdSection(f, "一、本周应访家庭户", 15)
	var rows [][]string
	for i, d := range r.Due {
		status := "本周到期"
		switch {
		case d.Overdue:
			status = "逾期" + strconv.Itoa(-d.DaysLeft) + "天"
		case d.DaysLeft == 0:
			status = "今日到期"
		}
		last := shortDate(d.LastVisit.String())
		if d.NeverVisited {
			last = "未走访"
		}
		kind := strings.Join(d.Kinds, "、")
		if d.Duty == hall.DutyPair {
			kind = "结亲走访"
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), d.HeadName, d.VillageName + d.GroupName, kind, last, shortDate(d.DueDate.String()), status, d.Way, ""})
	}
	vdTable(f, []vdColumn{vc("序号", 10, "C"), vc("户主", 19, "L"), vc("村组", 27, "L"), vc("类别", 25, "L"), vc("上次走访", 20, "C"),
		vc("应访日期", 20, "C"), vc("状态", 17, "C"), vc("方式", 11, "C"), vcFill("完成情况", 25)}, rows, "本周没有应访的家庭户")

	vdSection(f, "二、办结待入户反馈", 15)
	rows = nil
	for i, is := range r.FeedbackOwed {
		result := is.CaseStatusLabel
		if is.CaseOutcome != "" {
			result = is.CaseOutcome
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), is.HeadName, is.CaseNumber, is.CaseItemName, result, shortDate(is.VisitDate.String()), ""})
	}
	vdTable(f, []vdColumn{vc("序号", 10, "C"), vc("户主", 19, "L"), vc("办件编号", 24, "C"), vc("事项", 45, "L"), vc("办理结果", 26, "L"),
		vc("反映日期", 22, "C"), vcFill("反馈情况", 28)}, rows, "没有待反馈的事项")

	vdSection(f, "三、在办事项跟踪", 15)
	rows = nil
	for i, c := range r.OpenCases {
		due := shortDate(c.DueDate.String())
		if c.Overdue {
			due += "（已逾期）"
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), c.Number, c.ApplicantName, c.ItemName, c.Ledger, c.StatusLabel, due})
	}
	vdTable(f, []vdColumn{vc("序号", 10, "C"), vc("办件编号", 24, "C"), vc("申请人", 20, "L"), vc("事项", 52, "L"), vc("台账", 14, "C"),
		vc("状态", 18, "C"), vc("办理期限", 36, "C")}, rows, "包联户没有在办事项")

	sign := textStyle{size: 11, lineH: 8, ink: inkText}
	f.space(8)
	f.need(sign.lineH * 2)
	f.add(textMark(f.x0, f.y, sign, "干部签字：＿＿＿＿＿＿＿＿"))
	f.add(textMark(f.x0+95, f.y, sign, "复核人：＿＿＿＿＿＿＿＿"))
	f.y += sign.lineH
	head := "入户走访周计划　" + r.CadreName + "　" + week
	return vdRender(doc, f, p.Hall.HallName, head, printedLine(p.PrintedBy, p.At))
}

// shortDate writes a YYYY-MM-DD date of a week's plan without its year (3月4日); other text is
// kept as is.
func shortDate(d string) string {
	t, err := time.Parse(hall.DateLayout, d)
	if err != nil {
		return d
	}
	return strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
}
