package app

import (
	"context"
	"strconv"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
	"halldesk/backend/xlsx"
)

// OutreachService serves proactive service lists (主动服务) and the face-to-face payment sign-for sheet (签领表).
type OutreachService struct {
	c    *Core
	seat *Seat
}

// OutreachInfo is what the screen needs before the first list: the lists, the rules in force
// and whether this operator may print full numbers or change the rules.
type OutreachInfo struct {
	Lists        []hall.OutreachListInfo `json:"lists"`
	Settings     hall.OutreachSettings   `json:"settings"`
	Collection   hall.Collection         `json:"collection"`
	CanReveal    bool                    `json:"canReveal"`
	CanConfigure bool                    `json:"canConfigure"`
	Today        hall.Date               `json:"today" ts_type:"string"`
}

// Info returns the lists and the rules behind them.
func (s *OutreachService) Info() (OutreachInfo, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (OutreachInfo, error) {
		st, err := s.c.Store.OutreachSettings(ctx)
		now := s.c.Now()
		return OutreachInfo{Lists: hall.OutreachLists, Settings: st, Collection: hall.CollectionOn(now, st),
			CanReveal: op.Role.Can(hall.PermRevealSensitive), CanConfigure: op.Role.Can(hall.PermManageSettings),
			Today: hall.DateOf(now)}, err
	})
}

// SaveSettings changes the re-review cycle, the collection period and the newborn age.
func (s *OutreachService) SaveSettings(in hall.OutreachSettings) (hall.OutreachSettings, error) {
	return run(s.c, s.seat, hall.PermManageSettings, func(ctx context.Context, op hall.Operator) (hall.OutreachSettings, error) {
		clean, err := in.Clean()
		if err != nil {
			return in, err
		}
		if err := s.c.Store.SaveOutreachSettings(ctx, actor(op), clean); err != nil {
			return in, err
		}
		return s.c.Store.OutreachSettings(ctx)
	})
}

// List returns one page of a list as of today, numbers masked.
func (s *OutreachService) List(q hall.OutreachQuery) (hall.OutreachPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.OutreachPage, error) {
		info, err := hall.ListInfo(q.List)
		if err != nil {
			return hall.OutreachPage{Items: []hall.OutreachRow{}}, err
		}
		st, err := s.c.Store.OutreachSettings(ctx)
		if err != nil {
			return hall.OutreachPage{}, err
		}
		now := s.c.Now()
		page, err := s.c.Store.Outreach(ctx, q, st, now)
		if err != nil {
			return page, err
		}
		page.List = info
		page.Note, page.Inactive = hall.OutreachNote(q.List, st, now)
		for i, r := range page.Items {
			if page.Items[i], err = hall.DescribeOutreach(q.List, r, st, now, hall.Masked); err != nil {
				return page, err
			}
		}
		return page, nil
	})
}

// outreachRows is a whole list for printing or export, with what goes around it. Full numbers
// need the reveal permission.
type outreachRows struct {
	info      hall.OutreachListInfo
	itemName  string
	note      string
	scope     string
	rows      []hall.OutreachRow
	truncated bool
}

func (s *OutreachService) wholeList(ctx context.Context, op hall.Operator, in hall.OutreachExport) (outreachRows, error) {
	var out outreachRows
	info, err := hall.ListInfo(in.List)
	if err != nil {
		return out, err
	}
	if in.Full && !op.Role.Can(hall.PermRevealSensitive) {
		return out, hall.Forbidden("您的角色不能打印或导出完整的身份证号和电话号码")
	}
	st, err := s.c.Store.OutreachSettings(ctx)
	if err != nil {
		return out, err
	}
	now := s.c.Now()
	rows, truncated, err := s.c.Store.OutreachAll(ctx, in.List, in.VillageID, st, now, hall.MaxOutreachRows)
	if err != nil {
		return out, err
	}
	d := hall.Masked
	if in.Full {
		d = hall.DisclosureFor(op.Role)
	}
	for i, r := range rows {
		if rows[i], err = hall.DescribeOutreach(in.List, r, st, now, d); err != nil {
			return out, err
		}
	}
	note, _ := hall.OutreachNote(in.List, st, now)
	scope, err := s.c.villageScope(ctx, in.VillageID)
	if err != nil {
		return out, err
	}
	item, err := s.c.itemName(ctx, info.ItemCode)
	return outreachRows{info, item, note, scope, rows, truncated}, err
}

// villageScope is the village's name, or 全部嘎查村 for 0.
func (c *Core) villageScope(ctx context.Context, villageID int64) (string, error) {
	if villageID == 0 {
		return "全部嘎查村", nil
	}
	vs, err := c.Store.Villages(ctx, true)
	if err != nil {
		return "", err
	}
	for _, v := range vs {
		if v.ID == villageID {
			return v.Name, nil
		}
	}
	return "", hall.NotFound("找不到该嘎查村")
}

// itemName is the catalog's current name of an item.
func (c *Core) itemName(ctx context.Context, code string) (string, error) {
	items, err := c.Store.ServiceItems(ctx, true)
	for _, it := range items {
		if it.Code == code {
			return it.Name, err
		}
	}
	return code, err
}

// auditDetail says what left the hall: the list, the village and how many rows.
func (r outreachRows) auditDetail() string {
	return r.info.Label + " " + r.scope + " " + strconv.Itoa(len(r.rows)) + "人"
}

// PrintCallList prints a list as village call lists (one village a page).
func (s *OutreachService) PrintCallList(in hall.OutreachExport) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		l, err := s.wholeList(ctx, op, in)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.CallList(pdf.CallListDoc{Hall: hs, List: l.info, ItemName: l.itemName, Note: l.note,
			Scope: l.scope, Rows: l.rows, Truncated: l.truncated, PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "主动服务清单", 0, fullNote(l.auditDetail(), in.Full)); err != nil {
			return Document{}, err
		}
		doc, err := s.c.deliver(ctx, actor(op), "主动服务联系名单-"+l.info.Label+"-"+l.scope, data, missing)
		if l.truncated {
			doc.Warning = joinWarning(doc.Warning, "清单超过"+strconv.Itoa(hall.MaxOutreachRows)+"人，只打印了前面部分，请按嘎查村分别打印。")
		}
		return doc, err
	})
}

// Export writes a list to an Excel workbook.
func (s *OutreachService) Export(in hall.OutreachExport) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		l, err := s.wholeList(ctx, op, in)
		if err != nil {
			return Document{}, err
		}
		// masked, a row has its birth month (出生年月) and, turning 60, the month it happens
		birth, due := xlsx.Column{Header: "出生年月", Kind: xlsx.Text}, xlsx.Column{Header: "到期日", Kind: xlsx.Date}
		if in.Full {
			birth.Header, birth.Kind = "出生日期", xlsx.Date
		} else if in.List == hall.ListTurning60 {
			due.Header, due.Kind = "到期月份", xlsx.Text
		}
		rows := make([][]any, len(l.rows))
		for i, r := range l.rows {
			var born, due any = r.BirthMonth, r.Due
			if in.Full {
				born = r.BirthDate
			} else if in.List == hall.ListTurning60 {
				due = r.DueMonth
			}
			rows[i] = []any{i + 1, r.VillageName, r.GroupName, r.Name, r.Sex, born, r.Age, r.IDNumber, r.Phone,
				r.Address, l.itemName, due, r.Reason, r.MonthlyAmount}
		}
		doc, err := s.c.exportSheet(ctx, op, "主动服务清单", fullNote(l.auditDetail(), in.Full), "主动服务清单-"+l.info.Label+"-"+l.scope, xlsx.Table{Sheet: l.info.Label, Columns: []xlsx.Column{
			{Header: "序号", Kind: xlsx.Integer}, {Header: "嘎查村", Kind: xlsx.Text}, {Header: "组", Kind: xlsx.Text},
			{Header: "姓名", Kind: xlsx.Text}, {Header: "性别", Kind: xlsx.Text}, birth,
			{Header: "年龄", Kind: xlsx.Integer}, {Header: "身份证号", Kind: xlsx.Text}, {Header: "联系电话", Kind: xlsx.Text},
			{Header: "住址", Kind: xlsx.Text}, {Header: "事项", Kind: xlsx.Text}, due,
			{Header: "说明", Kind: xlsx.Text, Width: 50}, {Header: "月保障金额", Kind: xlsx.Money},
		}, Rows: rows})
		if err == nil && l.truncated {
			doc.Warning = joinWarning(doc.Warning, "清单超过"+strconv.Itoa(hall.MaxOutreachRows)+"人，只导出了前面部分，请按嘎查村分别导出。")
		}
		return doc, err
	})
}

func fullNote(detail string, full bool) string {
	if full {
		return detail + "（含完整证件号和电话）"
	}
	return detail
}

func joinWarning(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// PaySummary is the sign-for sheet's households of a month as the screen previews them.
type PaySummary struct {
	Month      string           `json:"month"`
	Households int              `json:"households"`
	Total      string           `json:"total"` // the month's amount in yuan
	Items      []hall.Allowance `json:"items"`
}

// Allowances lists the households to pay in a month (IDs masked), for one village or all.
func (s *OutreachService) Allowances(in hall.PaySheetInput) (PaySummary, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, _ hall.Operator) (PaySummary, error) {
		in, err := in.Clean()
		if err != nil {
			return PaySummary{Items: []hall.Allowance{}}, err
		}
		rows, err := s.c.Store.Allowances(ctx, in.VillageID, in.Month)
		var cents int64
		for i := range rows {
			rows[i].IDNumber = hall.Masked.IDNumber(rows[i].IDNumber)
			cents += hall.AmountCents(rows[i].MonthlyAmount)
		}
		return PaySummary{Month: in.Month, Households: len(rows), Total: hall.Yuan(cents), Items: rows}, err
	})
}

// PrintPaySheet prints the face-to-face payment sign-for sheet (签领表) of a month, a village a
// page; ID numbers are masked as on every list that leaves the hall.
func (s *OutreachService) PrintPaySheet(in hall.PaySheetInput) (Document, error) {
	return run(s.c, s.seat, hall.PermPrint, func(ctx context.Context, op hall.Operator) (Document, error) {
		in, err := in.Clean()
		if err != nil {
			return Document{}, err
		}
		rows, err := s.c.Store.Allowances(ctx, in.VillageID, in.Month)
		if err != nil {
			return Document{}, err
		}
		for i := range rows {
			rows[i].IDNumber = hall.Masked.IDNumber(rows[i].IDNumber)
		}
		scope, err := s.c.villageScope(ctx, in.VillageID)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.PaySheet(pdf.PaySheetDoc{Hall: hs, Month: in.Month, Scope: scope, Rows: rows,
			PrintedBy: op.Name, At: s.c.Now()})
		if err != nil {
			return Document{}, err
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "低保签领表", 0,
			in.Month+" "+scope+" "+strconv.Itoa(len(rows))+"户"); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), "低保金签领表-"+in.Month+"-"+scope, data, missing)
	})
}
