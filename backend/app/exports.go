package app

import (
	"context"
	"fmt"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/xlsx"
)

// ExportService serves Excel exports of the ledgers, petitions, visits and registry lists.
// Each export takes the filter of its list view and the same permission, writes every
// matching row (up to MaxExportRows) and is audited. ID and phone numbers and birth dates go
// out as hall.DisclosureFor the operator's role decides: in full for a role that may reveal
// them, masked (and no birth date) for the others; the audit line says which.
type ExportService struct {
	c    *Core
	seat *Seat
}

// MaxExportRows caps one export; a larger sheet is refused with a request to narrow the filter.
const MaxExportRows = 100_000

// sheet writes one table of a list view, audits the export and hands the workbook over.
// note says in the audit line whether the sheet holds full numbers ("" when it holds none).
func (c *Core) sheet(ctx context.Context, op hall.Operator, entity, title, note string, t xlsx.Table) (Document, error) {
	detail := fmt.Sprintf("导出 Excel“%s”%d 条", title, len(t.Rows))
	if note != "" {
		detail += "，" + note
	}
	return c.exportSheet(ctx, op, entity, detail, title+"-"+c.today().Format("20060102"), t)
}

// exportSheet is every export's last step: write the workbook, audit the export (detail says
// what went out), then save and open it or hand it to the browser.
func (c *Core) exportSheet(ctx context.Context, op hall.Operator, entity, detail, fileName string, tables ...xlsx.Table) (Document, error) {
	data, err := xlsx.Write(tables...)
	if err != nil {
		return Document{}, err
	}
	if err := c.Store.Audit(ctx, actor(op), hall.ActExport, entity, 0, detail); err != nil {
		return Document{}, err
	}
	return c.deliverSheet(ctx, fileName, data)
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// orNil leaves a cell empty instead of writing a zero that means "none".
func orNil(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// Ledger exports a ledger (即办, 代办 or 上报 台账, or all cases) with the ledger view's filter.
func (s *ExportService) Ledger(q hall.CaseQuery) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (Document, error) {
		if err := hall.CheckLedgerFilter(q.Ledger); err != nil { // it names the sheet and the file
			return Document{}, err
		}
		if err := hall.CheckQuery(q.Text); err != nil {
			return Document{}, err
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return Document{}, err
		}
		if q.Today, q.DueBy, err = s.c.dueSoonDates(ctx); err != nil {
			return Document{}, err
		}
		cases, err := s.c.Store.ExportCases(ctx, q, op.ID, MaxExportRows)
		if err != nil {
			return Document{}, err
		}
		n := hall.DisclosureFor(op.Role)
		title := "全部办件台账"
		if q.Ledger != "" {
			title = q.Ledger + "事项台账"
		}
		escalated := q.Ledger == "" || q.Ledger == hall.LedgerEscalate
		cols := []xlsx.Column{
			{Header: "编号"}, {Header: "台账"}, {Header: "事项"}, {Header: "申请人"}, {Header: "身份证号码"},
			{Header: "联系电话"}, {Header: "嘎查村/社区"}, {Header: "来源"}, {Header: "代办人"}, {Header: "状态"},
			{Header: "登记时间", Kind: xlsx.DateTime}, {Header: "受理日期", Kind: xlsx.Date},
			{Header: "承诺时限（工作日）", Kind: xlsx.Integer}, {Header: "办结期限", Kind: xlsx.Date},
			{Header: "剩余工作日", Kind: xlsx.Integer}, {Header: "逾期"}, {Header: "经办人"},
		}
		if escalated {
			cols = append(cols, xlsx.Column{Header: "联办部门"}, xlsx.Column{Header: "联席会议日期", Kind: xlsx.Date},
				xlsx.Column{Header: "限期结办", Kind: xlsx.Date})
		}
		cols = append(cols, xlsx.Column{Header: "办理结果"}, xlsx.Column{Header: "结果说明", Width: 40},
			xlsx.Column{Header: "月保障金额（元）", Kind: xlsx.Money}, xlsx.Column{Header: "反馈方式"},
			xlsx.Column{Header: "反馈日期", Kind: xlsx.Date}, xlsx.Column{Header: "评价"},
			xlsx.Column{Header: "销号时间", Kind: xlsx.DateTime}, xlsx.Column{Header: "销号人"})
		rows := make([][]any, 0, len(cases))
		for _, rec := range cases {
			id18, phone := rec.ApplicantID18, rec.ApplicantPhone
			agent := ""
			if rec.Agent != nil {
				agent = rec.Agent.Name + "（" + rec.Agent.Relation + "）"
			}
			cs := s.c.present(cal, rec, nil, op.Role)
			daysLeft, overdue := any(nil), ""
			if !cs.DueDate.IsZero() && cs.Status.Open() {
				daysLeft, overdue = cs.DaysLeft, yesNo(cs.Overdue)
			}
			row := []any{cs.Number, cs.Ledger, cs.ItemName, cs.ApplicantName, n.IDNumber(id18), n.Phone(phone), cs.VillageName,
				cs.Source, agent, cs.StatusLabel, cs.CreatedAt, cs.AcceptedOn.String(), orNil(cs.PromisedDays), cs.DueDate.String(),
				daysLeft, overdue, cs.HandlerName}
			if escalated {
				m := hall.Meeting{}
				if cs.Meeting != nil {
					m = *cs.Meeting
				}
				row = append(row, cs.Departments, m.Date.String(), m.Deadline.String())
			}
			row = append(row, cs.Outcome, cs.OutcomeNote, cs.MonthlyAmount, cs.FeedbackMethod, cs.FeedbackAt,
				cs.RatingLabel, cs.ClosedAt, cs.ClosedBy)
			rows = append(rows, row)
		}
		return s.c.sheet(ctx, op, "办件", title, n.AuditNote(), xlsx.Table{Sheet: title, Columns: cols, Rows: rows})
	})
}

// Petitions exports the petition ledger (信访台账) with its view's filter.
func (s *ExportService) Petitions(q hall.PetitionQuery) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) (Document, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return Document{}, err
		}
		if q.Mine {
			c, ok, err := s.c.Store.LeaderForOperator(ctx, op)
			if err != nil {
				return Document{}, err
			}
			if !ok {
				return Document{}, hall.Invalid("mine", "您的账号没有关联领导干部，没有“我包案的”信访件可导出")
			}
			q.ResponsibleID = c.ID
		}
		if err := s.c.numberSearch(ctx, op, "信访件", petitionNumbers, q.Text); err != nil {
			return Document{}, err
		}
		q.Today = hall.DateOf(s.c.today())
		list, err := s.c.Store.ExportPetitions(ctx, q, MaxExportRows)
		if err != nil {
			return Document{}, err
		}
		n := hall.DisclosureFor(op.Role)
		cols := []xlsx.Column{
			{Header: "编号"}, {Header: "登记日期", Kind: xlsx.Date}, {Header: "形式"}, {Header: "信访人"}, {Header: "联系电话"},
			{Header: "嘎查村/社区"}, {Header: "住址"}, {Header: "集体访"}, {Header: "人数", Kind: xlsx.Integer}, {Header: "类别"},
			{Header: "诉求", Width: 40}, {Header: "状态"}, {Header: "接待人"}, {Header: "受理日期", Kind: xlsx.Date},
			{Header: "包案领导"}, {Header: "承办单位"}, {Header: "当前期限", Kind: xlsx.Date}, {Header: "期限事项"},
			{Header: "剩余天数", Kind: xlsx.Integer}, {Header: "逾期"}, {Header: "延期天数", Kind: xlsx.Integer},
			{Header: "答复日期", Kind: xlsx.Date}, {Header: "满意度"}, {Header: "关联办件"},
		}
		rows := make([][]any, 0, len(list))
		for _, p := range list {
			p = s.c.presentPetition(p, op.Role, n)
			daysLeft, overdue := any(nil), ""
			if !p.DueDate.IsZero() {
				daysLeft, overdue = p.DaysLeft, yesNo(p.Overdue)
			}
			rows = append(rows, []any{p.Number, p.ReceivedOn.String(), p.Form, p.PetitionerName, p.Phone, p.VillageName, p.Address,
				yesNo(p.GroupVisit), orNil(p.HeadCount), p.Category, p.Request, p.StatusLabel, p.ReceivedByName, p.AcceptedOn.String(),
				p.ResponsibleName, p.HandlingUnit, p.DueDate.String(), p.DueLabel, daysLeft, overdue, orNil(p.ExtensionDays),
				p.RepliedOn.String(), p.Satisfaction, p.CaseNumber})
		}
		return s.c.sheet(ctx, op, "信访件", "信访台账", n.AuditNote(), xlsx.Table{Sheet: "信访台账", Columns: cols, Rows: rows})
	})
}

// Visits exports the visit log (走访日志) with its view's filter, one row per visit.
func (s *ExportService) Visits(q hall.VisitQuery) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (Document, error) {
		if err := hall.DateRange(q.From, q.To); err != nil {
			return Document{}, err
		}
		list, err := s.c.Store.ExportVisits(ctx, q, MaxExportRows)
		if err != nil {
			return Document{}, err
		}
		cols := []xlsx.Column{
			{Header: "走访日期", Kind: xlsx.Date}, {Header: "星期"}, {Header: "走访干部"}, {Header: "嘎查村/社区"}, {Header: "组"},
			{Header: "户主"}, {Header: "住址"}, {Header: "方式"}, {Header: "目的"}, {Header: "民情日记", Width: 50},
			{Header: "反映问题数", Kind: xlsx.Integer}, {Header: "反映问题", Width: 50}, {Header: "转办件"},
			{Header: "本次反馈结果", Width: 30}, {Header: "记录人"}, {Header: "记录时间", Kind: xlsx.DateTime},
		}
		rows := make([][]any, 0, len(list))
		for _, v := range list {
			var issues, cases, fed []string
			for _, x := range v.Issues {
				issues = append(issues, x.KindLabel+"："+x.Text)
				if x.CaseNumber != "" {
					cases = append(cases, x.CaseNumber)
				}
			}
			for _, x := range v.FeedbackGiven {
				fed = append(fed, strings.TrimSpace(x.CaseNumber+" "+x.CaseOutcome))
			}
			rows = append(rows, []any{v.Date, v.Weekday, v.CadreName, v.VillageName, v.GroupName, v.HeadName, v.Address,
				v.Way, v.Purpose, v.Diary, len(v.Issues), strings.Join(issues, "\n"), strings.Join(cases, "、"),
				strings.Join(fed, "\n"), v.RecordedBy, v.CreatedAt})
		}
		return s.c.sheet(ctx, op, "走访", "走访日志", "", xlsx.Table{Sheet: "走访日志", Columns: cols, Rows: rows})
	})
}

// Residents exports the registry (群众名册) with the residents view's filter.
func (s *ExportService) Residents(q hall.ResidentQuery) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (Document, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return Document{}, err
		}
		if err := s.c.numberSearch(ctx, op, "群众", residentNumbers, q.Text); err != nil {
			return Document{}, err
		}
		list, err := s.c.Store.ExportResidents(ctx, q, MaxExportRows)
		if err != nil {
			return Document{}, err
		}
		n := hall.DisclosureFor(op.Role)
		today := s.c.Now().In(hall.China)
		cols := []xlsx.Column{{Header: "姓名"}, {Header: "性别"}}
		if n.Full() {
			cols = append(cols, xlsx.Column{Header: "出生日期", Kind: xlsx.Date})
		}
		cols = append(cols, []xlsx.Column{{Header: "年龄", Kind: xlsx.Integer},
			{Header: "身份证号码"}, {Header: "联系电话"}, {Header: "嘎查村/社区"}, {Header: "组"}, {Header: "住址"},
			{Header: "与户主关系"}, {Header: "居住状态"}, {Header: "特殊群体"}, {Header: "备注", Width: 30},
			{Header: "更新时间", Kind: xlsx.DateTime},
		}...)
		rows := make([][]any, 0, len(list))
		for _, r := range list {
			r = n.Resident(r, today)
			row := []any{r.Name, r.Sex}
			if n.Full() {
				row = append(row, r.BirthDate)
			}
			rows = append(rows, append(row, r.Age, r.IDNumber, r.Phone, r.VillageName, r.GroupName, r.Address,
				r.Relation, r.Residency, strings.Join(r.Tags, "、"), r.Note, r.UpdatedAt))
		}
		return s.c.sheet(ctx, op, "群众", "群众名册", n.AuditNote(), xlsx.Table{Sheet: "群众名册", Columns: cols, Rows: rows})
	})
}

// Households exports the household list (家庭户) with its view's filter.
func (s *ExportService) Households(q hall.HouseholdQuery) (Document, error) {
	return runReport(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (Document, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return Document{}, err
		}
		list, err := s.c.Store.ExportHouseholds(ctx, q, MaxExportRows)
		if err != nil {
			return Document{}, err
		}
		cols := []xlsx.Column{
			{Header: "户主"}, {Header: "嘎查村/社区"}, {Header: "组"}, {Header: "住址"},
			{Header: "人数", Kind: xlsx.Integer}, {Header: "建档时间", Kind: xlsx.DateTime},
		}
		rows := make([][]any, 0, len(list))
		for _, h := range list {
			rows = append(rows, []any{h.HeadName, h.VillageName, h.GroupName, h.Address, h.MemberCount, h.CreatedAt})
		}
		return s.c.sheet(ctx, op, "家庭户", "家庭户名册", "", xlsx.Table{Sheet: "家庭户名册", Columns: cols, Rows: rows})
	})
}
