package pdf

import (
	"strings"

	"halldesk/backend/hall"
)

// MissingNotice is the 一次性告知单 (材料补正告知书): every required material not yet handed in,
// listed once and all together, what has been received, the rule that the time limit counts
// from the day the materials are complete, where to come and whom to call, and signature
// lines. A case with nothing missing has no notice (a conflict error).
func MissingNotice(d CaseDoc) ([]byte, []rune, error) {
	c := d.Case
	lack := missing(c)
	if len(lack) == 0 {
		return nil, nil, hall.Conflict("该办件材料已齐全，无需出具一次性告知单")
	}
	s, err := newSheet(d, "一次性告知单")
	if err != nil {
		return nil, nil, err
	}
	date := cnDate(d.At.In(hall.China).Format(hall.DateLayout))
	s.caseHeading(c, "一次性告知单", "（材料补正告知书）", "告知日期："+date)

	s.salutation(c)
	s.para("　　您申请办理的“"+c.ItemName+"”事项，经审查，尚需补齐以下材料（一次性告知）：", sizeBody, lineBody, "L")
	s.doc.Ln(1.5)
	s.noteTable(lack, "说明", "")

	got := "（尚未收取材料）"
	if r := received(c); len(r) > 0 {
		var items []string
		for _, m := range r {
			items = append(items, m.Name+"（"+kind(m)+"，"+copyCount(m)+" 份"+prefixed("，", handBack(m))+"）")
		}
		got = strings.Join(items, "、") + "。"
	}
	s.doc.Ln(1.5)
	s.para("已收取的材料："+got, sizeTable, lineTable+0.4, "L")

	s.doc.Ln(2.5)
	basis := ""
	if c.ItemCategory == "低保" {
		basis = "根据《最低生活保障审核确认办法》（民发〔2021〕57号），"
	}
	s.para("　　"+basis+"以上为需补齐的全部材料，本单位不再要求您另行提供本告知单以外的材料，"+
		"可通过部门共享获取的信息不需要您重复提交。请补齐后携带本告知单到下列地点办理。"+
		"材料齐全后即予受理，办理时限自材料齐全、正式受理之日起计算。", sizeBody, lineBody, "L")

	enquiry, complaint := d.phones()
	s.section("补交地点与联系电话", 14)
	s.fields(
		[]kv{{"地点和时间", d.PlaceHours}},
		[]kv{{"咨询电话", enquiry}, {"监督电话", complaint}},
	)

	s.issuer(s.hall, date)
	s.signatures("告知人签字：", "申请人（代办人）签收：")
	return s.finish()
}

// CompletionNotice is the 办结通知书: the outcome of the case (办成, 不予办理 with the reason, 转办
// to whom), for an approved allowance the monthly amount and first month paid, the right to
// object where refused, the supervision phone and the five-level rating. A case without an
// outcome has no notice (a conflict error).
func CompletionNotice(d CaseDoc) ([]byte, []rune, error) {
	c := d.Case
	if c.Outcome == "" {
		return nil, nil, hall.Conflict("办件尚未办结，不能打印办结通知书")
	}
	s, err := newSheet(d, "办结通知书")
	if err != nil {
		return nil, nil, err
	}
	date := cnDate(d.At.In(hall.China).Format(hall.DateLayout))
	s.caseHeading(c, "办结通知书", "", "通知日期："+date)

	s.salutation(c)
	when := ""
	if !c.AcceptedOn.IsZero() {
		when = "于" + cnDate(c.AcceptedOn.String())
	}
	s.para("　　您"+when+"申请办理的“"+c.ItemName+"”事项已办理完毕，现将办理结果通知如下：", sizeBody, lineBody, "L")
	s.doc.Ln(1.5)

	s.fields(
		[]kv{{"申请人", c.ApplicantName}, {"身份证号", c.ApplicantID18}},
		[]kv{{"办理事项", c.ItemName}},
		[]kv{{"受理日期", cnDate(c.AcceptedOn.String())}, {"承办人", c.HandlerName}},
		[]kv{{"办理结果", c.Outcome}},
	)
	var explain string
	switch c.Outcome {
	case hall.OutcomeDone:
		if c.MonthlyAmount != "" {
			s.fields([]kv{{"保障待遇", "月保障金 " + c.MonthlyAmount + " 元，自 " + cnMonth(c.FirstPaidMonth) + " 起发放"}})
			explain = "　　保障金按月发放，请留意到账情况。享受期间家庭人口、收入或财产状况发生变化的，请及时告知嘎查村或苏木乡镇。"
		}
		if c.OutcomeNote != "" {
			s.fields([]kv{{"办理说明", c.OutcomeNote}})
		}
	case hall.OutcomeRefused:
		s.fields([]kv{{"不予办理理由", c.OutcomeNote}})
		explain = "　　对不予办理决定有异议的，可向旗县（市、区）有关部门反映或依法申请行政复议。"
	case hall.OutcomeTransfer:
		s.fields([]kv{{"转办单位", c.OutcomeNote}})
		explain = "　　您的事项已转至上述单位办理，后续进展请与其联系，也可拨打下方咨询电话了解。"
	}
	if explain != "" {
		s.doc.Ln(2)
		s.para(explain, sizeBody, lineBody, "L")
	}

	enquiry, complaint := d.phones()
	s.section("咨询与监督", 14)
	if d.PlaceHours != "" {
		s.fields([]kv{{"地点和时间", d.PlaceHours}})
	}
	s.fields([]kv{{"咨询电话", enquiry}, {"监督电话", complaint}})

	s.section("服务评价", 22)
	s.para("请对本次服务作出评价（在相应方框内打“√”）：", sizeBody, lineBody, "L")
	s.ratingBoxes()
	s.ruled("意见建议：", 2)

	s.closing("申请人（代办人）签收：", date)
	return s.finish()
}

// ratingBoxes draws the five 好差评 levels, each after a box to tick, centred on one line.
func (s *sheet) ratingBoxes() {
	doc, st := s.doc, s.st
	const box, gap = 3.2, 5.0
	s.need(8)
	doc.SetFont(family, "", sizeBody)
	total := 0.0
	for _, r := range hall.Ratings {
		total += box + 1.2 + doc.GetStringWidth(r) + gap
	}
	x, y := st.margin+(st.width-total+gap)/2, doc.GetY()+1
	doc.SetDrawColor(40, 40, 40)
	doc.SetLineWidth(0.3)
	for _, r := range hall.Ratings {
		doc.Rect(x, y+1.3, box, box, "D")
		x += box + 1.2
		w := doc.GetStringWidth(r)
		doc.SetXY(x, y)
		doc.CellFormat(w, 6, r, "", 0, "L", false, 0, "")
		x += w + gap
	}
	doc.SetXY(st.margin, y+7.5)
}

// salutation addresses the applicant (and the agent, if any) at the start of a notice.
func (s *sheet) salutation(c hall.Case) {
	to := c.ApplicantName
	if c.Agent != nil && c.Agent.Name != "" {
		to += "（代办人：" + c.Agent.Name + "）"
	}
	s.doc.Ln(1)
	s.para(to+"：", 10.5, lineBody+0.4, "L")
}

// ruled draws a label followed by n ruled lines to write on.
func (s *sheet) ruled(label string, n int) {
	doc, st := s.doc, s.st
	s.need(float64(n) * 7)
	doc.SetFont(family, "", sizeBody)
	doc.SetDrawColor(60, 60, 60)
	doc.SetLineWidth(0.25)
	w := doc.GetStringWidth(label)
	y := doc.GetY()
	doc.SetX(st.margin)
	doc.CellFormat(w, 7, label, "", 0, "L", false, 0, "")
	for i := 0; i < n; i++ {
		x := st.margin + w
		if i > 0 {
			x = st.margin
		}
		doc.Line(x+0.5, y+6+float64(i)*7, st.margin+st.width, y+6+float64(i)*7)
	}
	doc.SetXY(st.margin, y+float64(n)*7)
}
