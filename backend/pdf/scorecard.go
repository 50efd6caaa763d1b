package pdf

import (
	"strconv"
	"time"

	"halldesk/backend/hall"
)

// ScorecardDoc is the period's scorecards (考评表) to print, with who printed it when.
type ScorecardDoc struct {
	Cards     hall.Scorecards
	Hall      hall.HallSettings
	PrintedBy string
	At        time.Time // print time; shown in Asia/Shanghai
}

// scorecardStyle is the petition documents' A4 page with a smaller, tighter table: the
// scorecards are wide tables of figures.
var scorecardStyle = func() sheetStyle {
	st := petitionStyle
	st.margin, st.width = 14, 210-2*14
	st.table, st.tableLine, st.padX, st.padY = 8.5, 3.8, 0.8, 1
	return st
}()

// Scorecard prints the scorecards of a period on A4: one table of the stationed cadres (visits
// against the cadence, cases raised on their visits, feedback, ratings, petitions), one of the
// counter clerks (cases handled, on time, feedback, ratings), what each measure means, and lines
// for the supervision team to sign. It returns the PDF and the characters drawn as □.
func Scorecard(d ScorecardDoc) ([]byte, []rune, error) {
	sc := d.Cards
	period := cnDate(sc.Period.From.String()) + "至" + cnDate(sc.Period.To.String())
	s, err := startSheet(scorecardStyle, d.Hall.HallName, "干部考评表", period, d.PrintedBy, d.At)
	if err != nil {
		return nil, nil, err
	}
	s.heading("干部考评表", "（驻村干部、窗口人员）", "考评期间：", period, "统计截至："+cnDate(sc.Today.String()))
	n := strconv.Itoa
	ratio := func(a, b int) string {
		if b == 0 {
			return "—"
		}
		return n(a) + "/" + n(b)
	}

	s.section("一、驻村干部", 20)
	nameW := 22.0
	cw := (s.st.width - nameW) / 12
	col := func(h string) column { return column{h, cw, "C"} }
	cadreCols := []column{{"姓名", nameW, "L"}, col("包联户数"), col("按期/走访任务"), col("应访户次"), col("实访户次"),
		col("走访完成率"), col("转办件"), col("办成"), col("按期办结"), col("入户反馈"), col("好评/已评价"), col("差评"),
		col("按期/包案答复")}
	var rows [][]string
	for _, c := range sc.Cadres {
		rate := "—"
		if c.ExpectedVisits > 0 {
			rate = hall.Percent(min(c.Visits, c.ExpectedVisits), c.ExpectedVisits)
		}
		rows = append(rows, []string{c.Name, n(c.Households), ratio(c.DutiesOnTime, c.Duties), n(c.ExpectedVisits), n(c.Visits),
			rate, n(c.Cases), n(c.Solved), n(c.OnTime), n(c.Feedback), ratio(c.Good, c.Rated), n(c.Bad),
			ratio(c.PetitionsOnTime, c.Petitions)})
	}
	s.table(cadreCols, rows, "本期没有驻村干部的考评数据")

	s.section("二、窗口人员", 20)
	cw = (s.st.width - nameW) / 12
	clerkCols := []column{{"姓名", nameW, "L"}, col("经办办件"), col("已办结"), col("办成"), col("按期办结"), col("正在落实"),
		col("逾期"), col("反馈群众"), col("已评价"), col("好评"), col("差评"), col("差评整改中"), col("满意率")}
	rows = nil
	for _, c := range sc.Clerks {
		rows = append(rows, []string{c.Name, n(c.Cases), n(c.Finished), n(c.Solved), n(c.OnTime), n(c.InProgress),
			n(c.Overdue), n(c.Feedback), n(c.Rated), n(c.Good), n(c.Bad), n(c.RemedyOpen), hall.Percent(c.Good, c.Rated)})
	}
	s.table(clerkCols, rows, "本期没有窗口人员的考评数据")

	s.section("说明", 30)
	for _, line := range []string{
		"1. 走访任务按包联户和结亲户的走访周期计算，“按期”指截至统计日未超过走访周期；应访户次按考评期间（截至统计日）的天数除以走访周期累计。",
		"2. 转办件为干部走访中收集、转为办件的问题，按受理日期计入考评期间；按期办结指办结日期不晚于办结期限。",
		"3. 满意率为好评（非常满意、满意）件数除以已评价件数；差评须在规定期限内整改回访。",
		"4. 包案答复指干部作为包案领导、在考评期间出具答复意见的信访事项，按期指不晚于办理期限（含批准的延期）。",
	} {
		s.para(line, s.st.table+0.5, s.st.tableLine+1, "L")
	}
	s.signRow("督导组（签字）：", "分管领导（签字）：")
	return s.finish()
}
