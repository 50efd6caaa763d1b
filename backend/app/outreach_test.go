package app_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/idcard"
	"halldesk/backend/xlsx"
)

func outreachOf(e *env, d *desk) *app.OutreachService {
	e.t.Helper()
	svc := app.ServiceOf[*app.OutreachService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("OutreachService is not bound")
	}
	return svc
}

// sheetRows decodes an exported workbook.
func sheetRows(t *testing.T, doc app.Document) [][]string {
	t.Helper()
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	must(t, err)
	rows, err := xlsx.ReadFirstSheet(data)
	must(t, err)
	return rows
}

func TestOutreachListsPrintsAndExports(t *testing.T) {
	c := newCounter(t)
	e := c.e
	c.at("2025-03-10")
	clerkDesk := e.login("clerk")
	turning := idcard.CheckChar("15062719650430013")
	r60, err := clerkDesk.res.Save(hall.ResidentInput{Name: "李建国", IDNumber: "15062719650430013" + string(turning),
		Phone: "13912345678", VillageID: c.applicant.VillageID})
	must(t, err)

	// The 低保 of 张伟 is approved on 2025-03-10 with 650 yuan a month from April.
	db := c.items["DB-01"]
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口",
		Summary: "无固定收入", Received: materialNames(db)})
	must(t, err)
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone,
		MonthlyAmount: "650", FirstPaidMonth: "2025-04"})

	clerk := outreachOf(e, e.login("clerk"))
	page, err := clerk.List(hall.OutreachQuery{List: hall.ListTurning60})
	must(t, err)
	if page.Total != 1 || page.Items[0].ResidentID != r60.ID || page.List.ItemCode != "YL-03" {
		t.Fatalf("turning 60: %+v", page)
	}
	row := page.Items[0]
	// on screen the month of turning 60, never the day: with the tail it would give the number away
	if !strings.HasPrefix(row.IDNumber, "**************013") || row.Phone != "139****5678" || row.BirthDate != (hall.Date{}) ||
		row.Due != (hall.Date{}) || row.DueMonth != "2025-04" || row.Age != 59 || !strings.Contains(row.Reason, "2025年4月年满60周岁") {
		t.Fatalf("row: %+v", row)
	}
	if _, err := clerk.List(hall.OutreachQuery{List: "nope"}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("unknown list: %v", err)
	}
	unpaid, err := clerk.List(hall.OutreachQuery{List: hall.ListUnpaid})
	must(t, err)
	if !unpaid.Inactive || unpaid.Total != 0 || !strings.Contains(unpaid.Note, "不在医保集中征缴期") {
		t.Fatalf("unpaid in March: %+v", unpaid)
	}

	// A year later the allowance is due for re-review.
	c.at("2026-03-10")
	clerk = outreachOf(e, e.login("clerk"))
	review, err := clerk.List(hall.OutreachQuery{List: hall.ListReview})
	must(t, err)
	if review.Total != 1 || review.Items[0].Name != "张伟" || review.Items[0].Due != hall.MustDate("2026-03-10") || !review.Items[0].Overdue {
		t.Fatalf("review: %+v", review)
	}

	// Printing and exporting: the clerk may have full numbers, the leader only masked ones.
	doc, err := clerk.PrintCallList(hall.OutreachExport{List: hall.ListReview})
	must(t, err)
	if !strings.HasPrefix(doc.FileName, "主动服务联系名单-低保到期复核-全部嘎查村") || doc.Base64 == "" {
		t.Fatalf("call list: %s", doc.FileName)
	}
	full, err := clerk.Export(hall.OutreachExport{List: hall.ListReview, Full: true})
	must(t, err)
	rows := sheetRows(t, full)
	if len(rows) != 2 || rows[0][7] != "身份证号" || rows[1][7] != "11010519491231002X" || rows[1][8] != "13812345678" || rows[1][13] != "650.00" {
		t.Fatalf("full export: %q", rows)
	}
	leader := outreachOf(e, e.login("leader"))
	if _, err := leader.Export(hall.OutreachExport{List: hall.ListReview, Full: true}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("leader full export: %v", err)
	}
	masked, err := leader.Export(hall.OutreachExport{List: hall.ListReview})
	must(t, err)
	if rows := sheetRows(t, masked); rows[1][7] != "**************002X" || rows[1][8] != "138****5678" || rows[0][5] != "出生年月" ||
		rows[1][5] != "1949-12" {
		t.Fatalf("masked export: %q", rows[1])
	}
	audit, err := e.login("admin").audit.List(hall.AuditQuery{Entity: "主动服务清单", PageSize: 10})
	must(t, err)
	var trail []string
	for _, a := range audit.Items {
		trail = append(trail, a.Action+":"+a.Entity+":"+a.Detail)
	}
	want := "导出:主动服务清单:低保到期复核 全部嘎查村 1人 导出:主动服务清单:低保到期复核 全部嘎查村 1人（含完整证件号和电话） 打印:主动服务清单:低保到期复核 全部嘎查村 1人"
	if strings.Join(trail, " ") != want {
		t.Fatalf("audit:\n got %s\nwant %s", strings.Join(trail, " "), want)
	}

	// The sign-for sheet of March 2026.
	pay, err := clerk.Allowances(hall.PaySheetInput{Month: "2026-03"})
	must(t, err)
	if pay.Households != 1 || pay.Total != "650.00" || pay.Items[0].MonthlyAmount != "650" || pay.Items[0].IDNumber != "**************002X" {
		t.Fatalf("allowances: %+v", pay)
	}
	sheet, err := clerk.PrintPaySheet(hall.PaySheetInput{Month: "2026-03", VillageID: c.applicant.VillageID})
	must(t, err)
	if sheet.FileName != "低保金签领表-2026-03-巴图塔村.pdf" || sheet.Base64 == "" {
		t.Fatalf("pay sheet: %s", sheet.FileName)
	}
	if _, err := clerk.PrintPaySheet(hall.PaySheetInput{Month: "2026-13"}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("bad month: %v", err)
	}
	if _, err := clerk.PrintPaySheet(hall.PaySheetInput{Month: "2026-03", VillageID: 999}); codeOf(err) != hall.CodeNotFound {
		t.Fatalf("unknown village: %v", err)
	}
}

func TestOutreachSettingsOnlyForTheAdministrator(t *testing.T) {
	c := newCounter(t)
	e := c.e
	clerk := outreachOf(e, e.login("clerk"))
	info, err := clerk.Info()
	must(t, err)
	if info.Settings != hall.DefaultOutreachSettings() || info.CanConfigure || !info.CanReveal || len(info.Lists) != 4 || info.Today != hall.MustDate("2025-03-10") {
		t.Fatalf("clerk's info: %+v", info)
	}
	st := info.Settings
	st.ReviewMonths = 6
	if _, err := clerk.SaveSettings(st); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("clerk saves settings: %v", err)
	}
	admin := outreachOf(e, e.login("admin"))
	st.CollectionStart = "13-01"
	if _, err := admin.SaveSettings(st); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("bad start: %v", err)
	}
	st.CollectionStart, st.CollectionEnd = "03-01", "04-30"
	saved, err := admin.SaveSettings(st)
	must(t, err)
	if saved != st {
		t.Fatalf("saved %+v", saved)
	}
	info, err = outreachOf(e, e.login("leader")).Info()
	must(t, err)
	if info.Settings != st || !info.Collection.Open || info.Collection.CoverYear != 2026 || info.CanReveal {
		t.Fatalf("leader's info after the change: %+v", info)
	}
}
