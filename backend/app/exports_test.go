package app_test

import (
	"bytes"
	"encoding/base64"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func exportsOf(e *env, d *desk) *app.ExportService {
	e.t.Helper()
	svc := app.ServiceOf[*app.ExportService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("ExportService is not bound")
	}
	return svc
}

// openSheet reads an exported workbook back and returns its one sheet's name and rows.
func openSheet(t *testing.T, doc app.Document) (*excelize.File, string, [][]string) {
	t.Helper()
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	must(t, err)
	if !bytes.HasPrefix(data, []byte("PK")) || !strings.HasSuffix(doc.FileName, ".xlsx") {
		t.Fatalf("%s is not a workbook", doc.FileName)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	t.Cleanup(func() { f.Close() })
	sheet := f.GetSheetList()[0]
	rows, err := f.GetRows(sheet)
	must(t, err)
	panes, err := f.GetPanes(sheet)
	must(t, err)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("%s: header row not frozen: %+v", sheet, panes)
	}
	return f, sheet, rows
}

func column(rows [][]string, header string) []string {
	at := -1
	for i, h := range rows[0] {
		if h == header {
			at = i
		}
	}
	var out []string
	for _, r := range rows[1:] {
		if at >= 0 && at < len(r) {
			out = append(out, r[at])
		} else {
			out = append(out, "")
		}
	}
	return out
}

func TestLedgerExportFollowsTheFilterAndMasksByRole(t *testing.T) {
	c := newCounter(t)
	db, yl := c.items["DB-01"], c.items["YL-03"]
	c.at("2025-03-10")
	proxy, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口", Received: materialNames(db)})
	must(t, err)
	_, err = c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yl.ID, Ledger: "上报", Source: "电话", Received: materialNames(yl)})
	must(t, err)

	clerk, leader := c.e.login("clerk"), c.e.login("leader")
	doc, err := exportsOf(c.e, clerk).Ledger(hall.CaseQuery{Ledger: "代办"})
	must(t, err)
	f, sheet, rows := openSheet(t, doc)
	if sheet != "代办事项台账" || !strings.HasPrefix(doc.FileName, "代办事项台账-20250310") {
		t.Errorf("sheet %q file %q", sheet, doc.FileName)
	}
	if len(rows) != 2 || rows[1][0] != proxy.Number {
		t.Fatalf("rows = %v, want only the proxy case", rows)
	}
	if got := column(rows, "身份证号码"); got[0] != "11010519491231002X" {
		t.Errorf("clerk sees %q, want the full number", got[0])
	}
	if got := column(rows, "办结期限"); got[0] != proxy.DueDate.String() {
		t.Errorf("due = %q, want %q", got[0], proxy.DueDate)
	}
	if got := column(rows, "逾期"); got[0] != "否" {
		t.Errorf("overdue = %q", got[0])
	}
	for _, h := range rows[0] {
		if h == "联办部门" {
			t.Errorf("the proxy ledger has escalation columns: %v", rows[0])
		}
	}
	// Dates are real dates, counts real numbers.
	for _, h := range []string{"办结期限", "承诺时限（工作日）"} {
		cell := cellOf(t, rows, h, 2)
		if typ, _ := f.GetCellType(sheet, cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s (%s) is text", h, cell)
		}
	}

	doc, err = exportsOf(c.e, leader).Ledger(hall.CaseQuery{})
	must(t, err)
	_, sheet, rows = openSheet(t, doc)
	if sheet != "全部办件台账" || len(rows) != 3 {
		t.Fatalf("all ledgers: %s %d rows", sheet, len(rows))
	}
	if got := column(rows, "身份证号码"); got[0] != "**************002X" || column(rows, "联系电话")[0] != "138****5678" {
		t.Errorf("leader sees %v %v, want masked numbers", got, column(rows, "联系电话"))
	}
	if got := column(rows, "台账"); !reflect.DeepEqual(got, []string{"代办", "上报"}) && !reflect.DeepEqual(got, []string{"上报", "代办"}) {
		t.Errorf("ledgers = %v", got)
	}

	admin := c.e.login("admin")
	log, err := admin.audit.List(hall.AuditQuery{Action: hall.ActExport})
	must(t, err)
	var details []string
	for _, a := range log.Items {
		details = append(details, a.OperatorName+"："+a.Detail)
	}
	want := []string{"斯琴：导出 Excel“全部办件台账”2 条，号码已遮盖", "王丽娜：导出 Excel“代办事项台账”1 条，含完整号码"}
	if !reflect.DeepEqual(details, want) {
		t.Errorf("audit = %v, want %v", details, want)
	}
}

func cellOf(t *testing.T, rows [][]string, header string, row int) string {
	for i, h := range rows[0] {
		if h == header {
			name, err := excelize.CoordinatesToCellName(i+1, row)
			must(t, err)
			return name
		}
	}
	t.Fatalf("no column %q", header)
	return ""
}

func TestRegistryExportsAndPermissions(t *testing.T) {
	r := newRegistry(t)
	_, err := r.clerk.res.Save(hall.ResidentInput{Name: "李娜", IDNumber: "34052419800101001X", VillageID: r.village})
	must(t, err)

	doc, err := exportsOf(r.e, r.leader).Residents(hall.ResidentQuery{Text: "张"})
	must(t, err)
	_, sheet, rows := openSheet(t, doc)
	if sheet != "群众名册" || len(rows) != 2 {
		t.Fatalf("residents: %s %v", sheet, rows)
	}
	// the leader's sheet has no birth date column: the age only
	want := []string{"张伟", "女", "75", maskedID, maskedPhone, "东风嘎查", "", "", "户主", "常住", "低保户"}
	if got := rows[1][:len(want)]; !reflect.DeepEqual(got, want) {
		t.Errorf("row = %v\nwant %v", got, want)
	}
	doc, err = exportsOf(r.e, r.clerk).Residents(hall.ResidentQuery{})
	must(t, err)
	_, _, rows = openSheet(t, doc)
	if got := column(rows, "身份证号码"); !reflect.DeepEqual(got, []string{"34052419800101001X", fullID}) {
		t.Errorf("clerk export numbers = %v", got)
	}

	doc, err = exportsOf(r.e, r.clerk).Households(hall.HouseholdQuery{VillageID: r.village})
	must(t, err)
	_, sheet, rows = openSheet(t, doc)
	if sheet != "家庭户名册" || len(rows) != 2 || rows[1][0] != "张伟" || rows[1][3] != "东风嘎查一组8号" || rows[1][4] != "1" {
		t.Errorf("households: %s %v", sheet, rows)
	}
	doc, err = exportsOf(r.e, r.clerk).Visits(hall.VisitQuery{})
	must(t, err)
	if _, sheet, rows = openSheet(t, doc); sheet != "走访日志" || len(rows) != 1 || rows[0][0] != "走访日期" {
		t.Errorf("empty visit log: %s %v", sheet, rows)
	}

	// A clerk may not see petitions, so may not export them either.
	if _, err := exportsOf(r.e, r.clerk).Petitions(hall.PetitionQuery{}); codeOf(err) != hall.CodeForbidden {
		t.Errorf("clerk petitions export: %v", err)
	}
	if _, err := exportsOf(r.e, r.e.desk()).Residents(hall.ResidentQuery{}); codeOf(err) != hall.CodeUnauthenticated {
		t.Errorf("export without login: %v", err)
	}
	if _, err := exportsOf(r.e, r.leader).Residents(hall.ResidentQuery{Text: strings.Repeat("长", 60)}); codeOf(err) != hall.CodeInvalid {
		t.Errorf("long text: %v", err)
	}
}

func TestPetitionExportMasksPhonesForLeaders(t *testing.T) {
	h := newPetitionHall(t)
	p, err := h.reception.Register(hall.PetitionInput{Form: "来访", ResidentID: h.resident.ID, Category: "低保救助",
		Facts: "家庭困难", Request: "申请低保"})
	must(t, err)
	reception, leader := h.e.login("jiedai"), h.e.login("lingdao")
	doc, err := exportsOf(h.e, leader).Petitions(hall.PetitionQuery{Scope: "all"})
	must(t, err)
	_, sheet, rows := openSheet(t, doc)
	if sheet != "信访台账" || len(rows) != 2 || rows[1][0] != p.Number {
		t.Fatalf("petitions: %s %v", sheet, rows)
	}
	if got := column(rows, "联系电话")[0]; got != "138****5678" {
		t.Errorf("leader sees phone %q", got)
	}
	if got := column(rows, "登记日期")[0]; got != "2025-03-10" {
		t.Errorf("received on %q", got)
	}
	if got := column(rows, "诉求")[0]; got != "申请低保" {
		t.Errorf("request %q", got)
	}
	doc, err = exportsOf(h.e, reception).Petitions(hall.PetitionQuery{Scope: "done"})
	must(t, err)
	if _, _, rows = openSheet(t, doc); len(rows) != 1 {
		t.Errorf("done petitions: %v", rows)
	}
	doc, err = exportsOf(h.e, reception).Petitions(hall.PetitionQuery{})
	must(t, err)
	if _, _, rows = openSheet(t, doc); column(rows, "联系电话")[0] != "13812345678" {
		t.Errorf("reception sees %v", column(rows, "联系电话"))
	}
}
