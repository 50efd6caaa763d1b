package pdf

import (
	"strconv"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// PetitionDoc is what a petition document needs: the petition (unmasked: it is the petitioner's
// own paper), the hall, and who printed it when.
type PetitionDoc struct {
	Petition  hall.Petition
	Hall      hall.HallSettings
	PrintedBy string
	At        time.Time // print time; shown in Asia/Shanghai (hall.China)
}

// authority is the body that decides on petitions: the township's people's government.
func authority(hs hall.HallSettings) string {
	t := strings.TrimSpace(hs.Township)
	if t == "" {
		return strings.TrimSpace(hs.HallName)
	}
	if strings.HasSuffix(t, "政府") {
		return t
	}
	return t + "人民政府"
}

// petitionerLine is the petitioner, with the head count of a group visit.
func petitionerLine(p hall.Petition) string {
	if p.GroupVisit {
		return p.PetitionerName + "等" + strconv.Itoa(p.HeadCount) + "人"
	}
	return p.PetitionerName
}

// PetitionRecord is the registration record (信访事项登记表) or, for an oral petition written
// down by the staff, the 口头信访记录: the petitioner and representatives, the matter (request,
// facts, reasons), who received it, the time limits the petitioner is told, and lines for the
// petitioner to confirm and sign.
func PetitionRecord(d PetitionDoc) ([]byte, []rune, error) {
	p := d.Petition
	title, subtitle := "信访事项登记表", "（"+p.Form+"登记）"
	if p.Oral {
		title, subtitle = "口头信访记录", "（"+p.Form+"，工作人员代为记录）"
	}
	s, err := startSheet(petitionStyle, d.Hall.HallName, title, "信访编号："+p.Number, d.PrintedBy, d.At)
	if err != nil {
		return nil, nil, err
	}
	s.withMongol(d.Hall.Mongolian)
	s.heading(title, subtitle, "信访编号：", p.Number, "收到日期："+cnDate(p.ReceivedOn.String()))

	s.section("信访人", 20)
	s.fields(
		[]kv{{"姓名", p.PetitionerName}, {"联系电话", p.Phone}},
		[]kv{{"住址", p.Address}},
		[]kv{{"嘎查村/社区", p.VillageName}, {"信访形式", p.Form}},
	)
	if p.GroupVisit {
		s.fields([]kv{{"来访人数", strconv.Itoa(p.HeadCount) + "人（集体访）"}, {"推选代表", strconv.Itoa(len(p.Representatives)) + "人"}})
		s.section("推选代表（不超过5人）", 16)
		var rows [][]string
		for i, r := range p.Representatives {
			rows = append(rows, []string{strconv.Itoa(i + 1), r.Name, dash(r.Phone), dash(r.Address)})
		}
		s.table([]column{{"序号", 14, "C"}, {"姓名", 36, "L"}, {"联系电话", 40, "L"}, {"住址", 80, "L"}}, rows, "（未登记代表）")
	}

	s.section("信访事项", 20)
	s.fields(
		[]kv{{"事项类别", p.Category}, {"接待领导", p.ReceivedByName}},
		[]kv{{"信访请求", p.Request}},
		[]kv{{"事实经过", p.Facts}},
		[]kv{{"理由", p.Reasons}},
		[]kv{{"登记人", p.RecordedBy}, {"登记编号", p.Number}},
	)

	s.section("办理时限告知", 14)
	s.para("　　本机关将在收到信访事项之日起15日内（"+cnDate(p.DecisionDue.String())+"前）告知您是否受理；"+
		"不属于本机关职权范围的，将在5个工作日内（"+cnDate(p.ForwardDue.String())+"前）告知您向有权处理的机关提出。"+
		"受理后，一般在60日内办结，情况复杂的经批准可适当延长，延长期限不超过30日，并告知延期理由。", ptSizeTable, ptLineTable+0.6, "L")

	if p.Oral {
		s.doc.Ln(1)
		s.need(31)
		s.para("　　以上记录已向信访人宣读（或经信访人本人阅读），与本人所述一致。", ptSizeBody, ptLineBody, "L")
		s.signRow("信访人签字（按手印）：", "记录人签字：", "接待领导签字：")
	} else {
		s.signRow("信访人（代表）签字：", "登记人签字：")
	}
	return s.finish()
}

// PetitionReply is the 信访事项答复意见书 of a replied petition, or the 不予受理告知书 of a refused
// one: what was asked, the answer (or the reason and written reply), who handled it, and the
// petitioner's right to ask for a review (复查) within 30 days, with the issuing body's seal
// and a receipt line. Any other petition has no reply (a conflict error).
func PetitionReply(d PetitionDoc) ([]byte, []rune, error) {
	p := d.Petition
	refused := p.Status == hall.PtRefused
	if !refused && p.RepliedOn.IsZero() {
		return nil, nil, hall.Conflict("该信访事项尚未答复，不能打印答复意见书")
	}
	title := "信访事项答复意见书"
	if refused {
		title = "信访事项不予受理告知书"
	}
	s, err := startSheet(petitionStyle, d.Hall.HallName, title, "信访编号："+p.Number, d.PrintedBy, d.At)
	if err != nil {
		return nil, nil, err
	}
	s.withMongol(d.Hall.Mongolian)
	date := cnDate(p.RepliedOn.String())
	s.heading(title, "", "信访编号：", p.Number, "答复日期："+date)
	body := authority(d.Hall)

	s.para(petitionerLine(p)+"：", ptSizeBody, ptLineBody, "L")
	intro := "　　您于" + cnDate(p.ReceivedOn.String()) + "以" + p.Form + "形式提出的" + p.Category + "信访事项（编号：" + p.Number + "），"
	if refused {
		intro += "本机关经审查，决定不予受理。"
	} else {
		intro += "本机关已于" + cnDate(p.AcceptedOn.String()) + "受理，现答复如下。"
	}
	s.para(intro, ptSizeBody, ptLineBody, "L")

	s.section("信访请求", 10)
	s.para("　　"+p.Request, ptSizeBody, ptLineBody, "L")
	if refused {
		s.section("不予受理的理由", 10)
		s.para("　　"+p.RefusalReason, ptSizeBody, ptLineBody, "L")
		s.section("书面答复", 10)
		s.para("　　"+p.ReplyText, ptSizeBody, ptLineBody, "L")
	} else {
		s.section("答复意见", 10)
		s.para("　　"+p.ReplyText, ptSizeBody, ptLineBody, "L")
		s.doc.Ln(2)
		s.fields(
			[]kv{{"承办单位", p.HandlingUnit}, {"包保领导", p.ResponsibleName}},
			[]kv{{"受理日期", cnDate(p.AcceptedOn.String())}, {"答复日期", date}},
		)
		if p.ExtensionDays > 0 {
			s.fields([]kv{{"延期情况", "经" + p.ExtensionApprover + "批准延期" + strconv.Itoa(p.ExtensionDays) + "日，理由：" + p.ExtensionReason}})
		}
	}

	s.doc.Ln(2)
	rights := "　　如对本答复意见不服，可以自收到本答复意见书之日起30日内，向本机关的上一级行政机关"
	if refused {
		rights = "　　如对本决定有异议，可以自收到本告知书之日起30日内，向本机关的上一级行政机关"
	}
	if b := strings.TrimSpace(d.Hall.Banner); b != "" {
		rights += "（" + b + "人民政府）"
	}
	rights += "请求复查。"
	phone := strings.TrimSpace(d.Hall.SupervisionPhone)
	if phone == "" {
		phone = strings.TrimSpace(d.Hall.Phone)
	}
	if phone != "" {
		rights += "咨询监督电话：" + phone + "。"
	}
	s.para(rights, ptSizeBody, ptLineBody, "L")

	s.issuer(body, date)
	s.signRow("信访人签收：", "")
	return s.finish()
}

// RosterDoc is the quarter's reception roster for the notice board.
type RosterDoc struct {
	Quarter   hall.Quarter
	Entries   []hall.RosterEntry
	Reception hall.ReceptionSettings
	Hall      hall.HallSettings
	PrintedBy string
	At        time.Time
}

// RosterNotice is the 领导干部信访接待日安排表 for a quarter: when and where leaders receive
// petitioners, one line per reception day with the leader, moved and cancelled days marked,
// the phones to call, and the issuing body with its seal.
func RosterNotice(d RosterDoc) ([]byte, []rune, error) {
	s, err := startSheet(petitionStyle, d.Hall.HallName, "领导干部信访接待日安排表", d.Quarter.Label(), d.PrintedBy, d.At)
	if err != nil {
		return nil, nil, err
	}
	s.withMongol(d.Hall.Mongolian)
	s.heading("领导干部信访接待日安排表", d.Quarter.Label(), "", "", "")
	r := d.Reception
	weekday := hall.WeekdayLabel(time.Weekday(r.Weekday))
	s.para("　　为畅通群众诉求表达渠道，及时就地解决群众合理诉求，"+authority(d.Hall)+"实行领导干部信访接待日制度：每周"+weekday+
		r.Hours+"，由一名领导干部在"+r.Place+"接待来访群众。遇法定节假日顺延至本周下一个工作日，本周无工作日的不安排接待。"+
		"现将"+d.Quarter.Label()+"安排公布如下：", ptSizeBody, ptLineBody, "L")
	s.doc.Ln(2)
	var rows [][]string
	for i, e := range d.Entries {
		leader, position, note := e.LeaderName, e.LeaderPosition, e.Note
		if e.Cancelled {
			leader, position = "—", "—"
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), cnDate(e.Date.String()), e.Weekday, dash(leader), dash(position), note})
	}
	s.table([]column{{"序号", 13, "C"}, {"接待日期", 34, "C"}, {"星期", 18, "C"}, {"接待领导", 28, "C"}, {"职务", 32, "C"}, {"备注", 45, "L"}},
		rows, "（本季度尚未安排）")

	s.doc.Ln(2)
	s.fields(
		[]kv{{"接待地点", r.Place}, {"接待时间", weekday + " " + r.Hours}},
		[]kv{{"联系电话", d.Hall.Phone}, {"监督电话", d.Hall.SupervisionPhone}},
	)
	s.doc.Ln(1)
	s.para("　　来访群众请携带本人身份证件，如实反映情况；多人反映同一事项的，请推选代表，代表人数不超过5人。", ptSizeTable, ptLineTable+0.6, "L")
	s.issuer(authority(d.Hall), cnDate(d.At.In(hall.China).Format(hall.DateLayout)))
	return s.finish()
}
