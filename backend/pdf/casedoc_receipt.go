package pdf

import (
	"strconv"

	"halldesk/backend/hall"
)

// Receipt is the 受理回执 handed to the citizen when a case is taken: who applied (and who on
// their behalf), what for, in which ledger, the materials received and any still missing, the
// acceptance date and the promised completion date, whom to call, and signature lines. It
// returns the A5 PDF and the characters that had to be substituted.
func Receipt(d CaseDoc) ([]byte, []rune, error) {
	c := d.Case
	s, err := newSheet(d, "受理回执")
	if err != nil {
		return nil, nil, err
	}
	accepted := cnDate(c.AcceptedOn.String())
	if c.AcceptedOn.IsZero() {
		accepted = "材料补齐后受理"
	}
	s.caseHeading(c, "受理回执", "", "受理日期："+accepted)

	s.fields([]kv{{"申请人", c.ApplicantName}, {"身份证号", c.ApplicantID18}})
	if c.Agent != nil {
		s.fields([]kv{{"代办人", agentText(c.Agent)}})
	}
	s.fields([]kv{{"办理事项", c.ItemName}, {"办件类别", ledgerText(c.Ledger)}})
	s.pairs([]float64{23, s.st.width - 2*s.st.labelW - 23}, []kv{{"承办人", c.HandlerName}, {"承诺办结日期", promise(c)}})
	if c.Summary != "" {
		s.fields([]kv{{"诉求摘要", c.Summary}})
	}

	got, lack := received(c), missing(c)
	title := "材料清单（已收 " + strconv.Itoa(len(got)) + " 项"
	if len(lack) > 0 {
		title += "，待补交 " + strconv.Itoa(len(lack)) + " 项"
	}
	s.section(title+"）", 14)
	cols := []column{{"序号", 10, "C"}, {"材料名称", 60, "L"}, {"类型", 16, "C"}, {"份数", 18, "C"}, {"收取情况", 20, "C"}}
	var rows [][]string
	for _, m := range got {
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), m.Name, kind(m), copyCount(m), receivedNote(m)})
	}
	for _, m := range lack {
		name := m.Name
		if m.Note != "" {
			name += "（" + m.Note + "）"
		}
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), name, kind(m), copyCount(m), "待补交"})
	}
	s.table(cols, rows, "（未收取材料）")
	if len(lack) > 0 && c.IntakeNote != "" {
		s.doc.Ln(1)
		s.para("容缺受理说明："+c.IntakeNote, sizeTable, lineTable+0.4, "L")
	}
	if c.Status == hall.StatusAwaiting {
		s.doc.Ln(1)
		s.para("本件尚待补正：材料补齐后正式受理，办理时限自受理之日起计算。", sizeTable, lineTable+0.4, "L")
	}

	enquiry, complaint := d.phones()
	s.doc.Ln(2)
	s.fields(
		[]kv{{"地点和时间", d.PlaceHours}},
		[]kv{{"咨询电话", enquiry}, {"投诉电话", complaint}},
	)

	s.doc.Ln(1.5)
	s.doc.SetTextColor(70, 70, 70)
	s.para("温馨提示：请妥善保管本回执，凭办件编号查询办理进度、领取办理结果。", 8.5, 4.2, "L")
	s.doc.SetTextColor(0, 0, 0)

	s.signatures("申请人（代办人）签字：", "受理人签字：")
	return s.finish()
}

// promise is the promised completion date: on the spot for 即办, otherwise the due date with
// the promised working days.
func promise(c hall.Case) string {
	if c.Ledger == hall.LedgerInstant {
		return "当场办结"
	}
	t := cnDate(c.DueDate.String())
	if !c.DueDate.IsZero() && c.PromisedDays > 0 {
		t += "（" + strconv.Itoa(c.PromisedDays) + "个工作日"
		if c.ExtensionDays > 0 {
			t += "，延期" + strconv.Itoa(c.ExtensionDays) + "个工作日"
		}
		t += "）"
	}
	return t
}

// receivedNote is how a received material was taken: kept, or an original seen and handed back.
func receivedNote(m hall.CaseMaterial) string {
	if handBack(m) != "" {
		return "已验退还"
	}
	return "已收"
}
