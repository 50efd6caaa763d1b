package app_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/idcard"
	"halldesk/backend/sqlite"
	"halldesk/backend/xlsx"
)

func importsOf(e *env, d *desk) *app.ImportService {
	e.t.Helper()
	svc := app.ServiceOf[*app.ImportService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("ImportService is not bound")
	}
	return svc
}

// sheetFile builds an upload: the template's header row and the given rows, as base64.
func sheetFile(t testing.TB, rows ...[]string) string {
	t.Helper()
	var cols []xlsx.Column
	for _, c := range hall.ImportColumns {
		cols = append(cols, xlsx.Column{Header: c.Header})
	}
	table := xlsx.Table{Sheet: "群众信息", Columns: cols}
	for _, r := range rows {
		row := make([]any, len(cols))
		for i := range row {
			row[i] = ""
			if i < len(r) {
				row[i] = r[i]
			}
		}
		table.Rows = append(table.Rows, row)
	}
	data, err := xlsx.Write(table)
	if err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(data)
}

// person is one template row: name, ID, (birth date, sex,) phone, village, group, address,
// household, relation.
func person(name, id, village, group, address, household, relation string) []string {
	return []string{name, id, "", "", "", village, group, address, household, relation}
}

func validID(seq int) string {
	first17 := fmt.Sprintf("15062719850101%03d", seq%1000)
	return first17 + string(idcard.CheckChar(first17))
}

func TestImportChecksEveryRowThenImportsTheGoodOnes(t *testing.T) {
	r := newRegistry(t)
	_, err := r.admin.places.SaveGroup(hall.GroupInput{VillageID: r.village, Name: "一组"})
	must(t, err)
	imp := importsOf(r.e, r.clerk)
	wrongCheck := "34052419800101001" + "5" // the right check character is X
	file := sheetFile(t,
		person("示例-张伟", fullID, "东风嘎查", "", "", "", ""),
		person("巴特尔", validID(1), "东风嘎查", "一组", "一组3号", "1", ""),
		person("其其格", validID(2), "东风嘎查", "一组", "", "1", "配偶"),
		person("赵敏", wrongCheck, "东风嘎查", "", "", "", ""),
		person("重名", fullID, "东风嘎查", "", "", "", ""),
		person("孙丽", validID(3), "西风村", "", "", "", ""),
		person("周杰", validID(1), "东风嘎查", "", "", "", ""),
	)
	rep, err := imp.Check(file)
	must(t, err)
	want := []hall.ImportProblem{
		{Row: 5, Column: "身份证号码", Value: wrongCheck, Reason: "身份证号码校验位不符，请核对身份证原件后重新输入"},
		{Row: 6, Column: "身份证号码", Value: fullID, Reason: "该身份证号码已登记为群众“张伟”，不能重复登记"},
		{Row: 7, Column: "嘎查村/社区", Value: "西风村", Reason: "系统中没有名为“西风村”的嘎查村/社区，请与地点设置中的名称一致"},
		{Row: 8, Column: "身份证号码", Value: validID(1), Reason: "与第3行的身份证号码重复"},
	}
	if !reflect.DeepEqual(rep.Problems, want) {
		t.Errorf("problems:\n%+v\nwant\n%+v", rep.Problems, want)
	}
	if rep.Total != 6 || rep.Good != 2 || rep.BadRows != 4 || rep.Households != 1 || rep.Skipped != 1 || len(rep.Preview) != 2 {
		t.Errorf("report = %+v", rep)
	}
	if rep.Preview[0].IDNumber != idcard.Mask(validID(1)) {
		t.Errorf("preview shows %q, want the masked number", rep.Preview[0].IDNumber)
	}

	// "All or nothing" with bad rows writes nothing.
	before := residentCount(t, r.clerk)
	_, err = imp.Commit(file, hall.ImportAllOrNot)
	if e := wantCode(t, err, hall.CodeInvalid); !strings.Contains(e.Message, "4 行有错误") {
		t.Errorf("message = %q", e.Message)
	}
	if after := residentCount(t, r.clerk); after != before {
		t.Fatalf("residents %d -> %d after a refused import", before, after)
	}
	res, err := imp.Commit(file, hall.ImportGoodRows)
	must(t, err)
	if res != (hall.ImportResult{Residents: 2, Households: 1, Skipped: 4}) {
		t.Fatalf("result = %+v", res)
	}
	page, err := r.clerk.res.Search(hall.ResidentQuery{Text: "其其格"})
	must(t, err)
	if page.Total != 1 || page.Items[0].Relation != "配偶" || page.Items[0].GroupName != "一组" || page.Items[0].IDNumber != idcard.Mask(validID(2)) {
		t.Fatalf("imported resident = %+v", page.Items)
	}
	h, err := r.clerk.hh.Get(page.Items[0].HouseholdID)
	must(t, err)
	if h.HeadName != "巴特尔" || h.Address != "一组3号" || len(h.Members) != 2 {
		t.Errorf("household = %+v", h)
	}
	log, err := r.admin.audit.List(hall.AuditQuery{Action: hall.ActImport})
	must(t, err)
	if log.Total != 1 || log.Items[0].OperatorName != "王芳" || log.Items[0].Detail != "从 Excel 导入群众 2 人、家庭户 1 户，有错误未导入 4 行" {
		t.Errorf("audit = %+v", log.Items)
	}
	// The same file again: every row is now registered.
	rep, err = imp.Check(file)
	must(t, err)
	if rep.Good != 0 || rep.BadRows != 6 {
		t.Errorf("second check = %+v", rep)
	}
	_, err = imp.Commit(file, hall.ImportGoodRows)
	wantCode(t, err, hall.CodeInvalid)
}

func TestImportRefusesFilesCleanly(t *testing.T) {
	r := newRegistry(t)
	imp := importsOf(r.e, r.clerk)
	big := base64.StdEncoding.EncodeToString(append([]byte("PK\x03\x04"), make([]byte, 50<<20)...))
	text := base64.StdEncoding.EncodeToString([]byte("姓名,身份证号码\n张三,11010519491231002X\n"))
	for name, tc := range map[string]struct{ file, want string }{
		"empty":          {"", "文件是空的"},
		"not Excel":      {text, "不是 Excel 文件"},
		"broken":         {base64.StdEncoding.EncodeToString([]byte("PK\x03\x04broken")), "Excel"},
		"50 MB":          {big, "文件太大"},
		"not base64":     {"%%%", "重新选择文件"},
		"other sheet":    {otherSheet(t), "缺少“姓名”列"},
		"only a example": {sheetFile(t, person("示例-张伟", fullID, "东风嘎查", "", "", "", "")), "还没有填写"},
	} {
		for _, call := range []func() error{
			func() error { _, err := imp.Check(tc.file); return err },
			func() error { _, err := imp.Commit(tc.file, hall.ImportGoodRows); return err },
		} {
			err := call()
			if e := hall.AsError(err); e == nil || e.Code != hall.CodeInvalid || !strings.Contains(e.Message, tc.want) {
				t.Errorf("%s: err = %v, want invalid with %q", name, err, tc.want)
			}
		}
	}
	if _, err := imp.Commit(sheetFile(t, person("甲", validID(5), "东风嘎查", "", "", "", "")), "maybe"); codeOf(err) != hall.CodeInvalid {
		t.Errorf("unknown mode: %v", err)
	}
	// Viewing residents is not enough to import them.
	if _, err := importsOf(r.e, r.leader).Check(sheetFile(t, person("甲", validID(5), "东风嘎查", "", "", "", ""))); codeOf(err) != hall.CodeForbidden {
		t.Errorf("leader check: %v", err)
	}
	if _, err := importsOf(r.e, r.leader).Template(); codeOf(err) != hall.CodeForbidden {
		t.Errorf("leader template: %v", err)
	}
}

func otherSheet(t *testing.T) string {
	data, err := xlsx.Write(xlsx.Table{Sheet: "工资", Columns: []xlsx.Column{{Header: "月份"}, {Header: "金额"}}, Rows: [][]any{{"3月", "100"}}})
	must(t, err)
	return base64.StdEncoding.EncodeToString(data)
}

func TestTemplateHasHeaderExampleAndInstructions(t *testing.T) {
	r := newRegistry(t)
	_, err := r.admin.places.SaveGroup(hall.GroupInput{VillageID: r.village, Name: "一组"})
	must(t, err)
	doc, err := importsOf(r.e, r.clerk).Template()
	must(t, err)
	if doc.FileName != "群众信息导入模板.xlsx" {
		t.Errorf("file name %q", doc.FileName)
	}
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	must(t, err)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"群众信息", "说明", "嘎查村和组"}) {
		t.Fatalf("sheets = %v", got)
	}
	rows, err := f.GetRows("群众信息")
	must(t, err)
	if len(rows) != 2 || rows[0][0] != "姓名*" || rows[0][5] != "嘎查村/社区*" || !strings.HasPrefix(rows[1][0], hall.ExamplePrefix) || rows[1][5] != "东风嘎查" {
		t.Errorf("template rows = %v", rows)
	}
	places, err := f.GetRows("嘎查村和组")
	must(t, err)
	if len(places) != 2 || places[1][0] != "东风嘎查" || places[1][2] != "一组" {
		t.Errorf("places = %v", places)
	}
	// The ID column is text all the way down, so a typed number keeps its 18 digits.
	style, err := f.GetColStyle("群众信息", "B")
	must(t, err)
	st, err := f.GetStyle(style)
	must(t, err)
	if st.CustomNumFmt == nil || *st.CustomNumFmt != "@" {
		t.Errorf("ID column style = %+v, want text", st)
	}
	// The template as downloaded imports nothing but says so.
	_, err = importsOf(r.e, r.clerk).Check(doc.Base64)
	if e := wantCode(t, err, hall.CodeInvalid); !strings.Contains(e.Message, "还没有填写") {
		t.Errorf("empty template: %q", e.Message)
	}
}

// BenchmarkImport10000 checks and imports a file of 10,000 residents in 2,500 households of
// four, from the base64 upload to the committed transaction.
func BenchmarkImport10000(b *testing.B) {
	var rows [][]string
	for i := 0; i < 10000; i++ {
		first17 := fmt.Sprintf("150627%04d0101%03d", 1940+i%60, i/60)
		relation, address := "子女", ""
		if i%4 == 0 {
			relation, address = "", fmt.Sprintf("一组%d号", i/4)
		}
		rows = append(rows, person(fmt.Sprintf("群众%d", i), first17+string(idcard.CheckChar(first17)), "东风嘎查", "一组",
			address, fmt.Sprint(i/4), relation))
	}
	file := sheetFile(b, rows...)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		b.StopTimer()
		c := &clock{t: start}
		store, err := sqlite.Open(filepath.Join(b.TempDir(), "halldesk.db"), c.now)
		if err != nil {
			b.Fatal(err)
		}
		core := app.NewCore(store, c.now, "bench", slog.New(slog.NewTextHandler(io.Discard, nil)))
		admin := deskOf(core, app.NewSeat(""))
		if _, err := admin.sys.Setup(hall.SetupInput{Hall: hallSettings(),
			Admin: hall.OperatorInput{Username: "admin", Name: "管理员甲", Password: adminPassword}}); err != nil {
			b.Fatal(err)
		}
		v, err := admin.places.SaveVillage(hall.VillageInput{Name: "东风嘎查", Kind: "嘎查"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := admin.places.SaveGroup(hall.GroupInput{VillageID: v, Name: "一组"}); err != nil {
			b.Fatal(err)
		}
		imp := app.ServiceOf[*app.ImportService](core, admin.seat)
		b.StartTimer()
		rep, err := imp.Check(file)
		if err != nil || rep.Good != 10000 {
			b.Fatalf("check: %v %+v", err, rep.Problems)
		}
		res, err := imp.Commit(file, hall.ImportAllOrNot)
		if err != nil || res.Residents != 10000 || res.Households != 2500 {
			b.Fatalf("commit: %v %+v", err, res)
		}
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
}
