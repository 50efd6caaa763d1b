package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

var outreachAt = time.Date(2026, 3, 15, 2, 0, 0, 0, time.UTC)

// pageCount counts the page objects of a PDF.
func pageCount(data []byte) int {
	return len(regexp.MustCompile(`/Type /Page\b`).FindAll(data, -1))
}

func TestCallListModelPerVillage(t *testing.T) {
	list, _ := hall.ListInfo(hall.ListTurning60)
	d := CallListDoc{Hall: hall.HallSettings{HallName: "阿勒腾席热镇便民服务大厅"}, List: list, ItemName: "养老保险待遇领取申请",
		Note: "将于2026年4月年满60周岁的群众", Scope: "全部嘎查村", PrintedBy: "王丽娜", At: outreachAt,
		Rows: []hall.OutreachRow{
			{Name: "张建国", Sex: "男", Age: 59, VillageName: "巴图塔村", GroupName: "一组", Phone: "138****5678", Due: hall.MustDate("2026-04-01")},
			{Name: "李桂兰", Sex: "女", Age: 59, VillageName: "巴图塔村", Phone: "", Due: hall.MustDate("2026-04-30")},
			{Name: "赵海", Sex: "男", Age: 59, VillageName: "乌兰村", GroupName: "三组", Phone: "139****0000", Due: hall.MustDate("2026-04-15")},
		}}
	m := CallListModel(d)
	if len(m) != 2 || m[0].Village != "巴图塔村" || m[1].Village != "乌兰村" || len(m[0].Rows) != 2 || len(m[1].Rows) != 1 {
		t.Fatalf("sections: %+v", m)
	}
	want := []string{"2", "李桂兰", "女", "59", "", "", "养老保险待遇领取申请（2026年4月30日满60周岁）", "", ""}
	if strings.Join(m[0].Rows[1], "|") != strings.Join(want, "|") {
		t.Fatalf("row:\n got %q\nwant %q", m[0].Rows[1], want)
	}
	if m[1].Rows[0][0] != "1" || len(m[1].Rows[0]) != len(callListColumns) {
		t.Fatalf("numbering restarts per village: %q", m[1].Rows[0])
	}
	data, missing, err := CallList(d)
	if err != nil || len(missing) != 0 {
		t.Fatalf("call list: %v %q", err, string(missing))
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) || pageCount(data) != 2 {
		t.Fatalf("want a 2-page PDF (one village a page), got %d pages", pageCount(data))
	}
	// Empty: one page that says so.
	d.Rows = nil
	data, _, err = CallList(d)
	if err != nil || pageCount(data) != 1 {
		t.Fatalf("empty list: %v, %d pages", err, pageCount(data))
	}
}

func TestPaySheetModelTotals(t *testing.T) {
	d := PaySheetDoc{Hall: hall.HallSettings{HallName: "阿勒腾席热镇便民服务大厅"}, Month: "2026-03", Scope: "全部嘎查村",
		PrintedBy: "王丽娜", At: outreachAt, Rows: []hall.Allowance{
			{Name: "张伟", IDNumber: "110105********002X", VillageName: "巴图塔村", GroupName: "一组", Members: 3, MonthlyAmount: "650"},
			{Name: "刘芳", IDNumber: "340524********001X", VillageName: "巴图塔村", MonthlyAmount: "480.5"},
			{Name: "王强", IDNumber: "150627********0011", VillageName: "乌兰村", Members: 2, MonthlyAmount: "0.05"},
		}}
	m := PaySheetModel(d)
	if len(m) != 2 {
		t.Fatalf("sections: %+v", m)
	}
	a, b := m[0], m[1]
	if a.Households != 2 || a.Members != 3 || a.Total != "1130.50" || b.Households != 1 || b.Total != "0.05" {
		t.Fatalf("totals: %+v / %+v", a, b)
	}
	want := []string{"2", "刘芳", "340524********001X", "", "", "480.50", "2026年3月", "", ""}
	if strings.Join(a.Rows[1], "|") != strings.Join(want, "|") {
		t.Fatalf("row:\n got %q\nwant %q", a.Rows[1], want)
	}
	if a.Rows[0][4] != "3" || len(a.Rows[0]) != len(paySheetColumns) || paySheetColumns[signColumn].head != "领取人签字" {
		t.Fatalf("first row: %q", a.Rows[0])
	}
	data, missing, err := PaySheet(d)
	if err != nil || len(missing) != 0 {
		t.Fatalf("pay sheet: %v %q", err, string(missing))
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) || pageCount(data) != 2 {
		t.Fatalf("want 2 pages, got %d", pageCount(data))
	}
	if !bytes.Contains(data, []byte("/MediaBox [0 0 841.89 595.28]")) {
		t.Fatal("the sign-for sheet is not A4 landscape")
	}
	// A long village runs onto more pages, each with the header row again.
	var many []hall.Allowance
	for i := 0; i < 40; i++ {
		many = append(many, hall.Allowance{Name: "户主", IDNumber: "150627********0011", VillageName: "巴图塔村", MonthlyAmount: "500"})
	}
	d.Rows = many
	if m := PaySheetModel(d); m[0].Total != "20000.00" || m[0].Households != 40 {
		t.Fatalf("40 households: %+v", m[0])
	}
	data, _, err = PaySheet(d)
	if err != nil || pageCount(data) < 3 {
		t.Fatalf("40 tall rows: %v, %d pages", err, pageCount(data))
	}
}
