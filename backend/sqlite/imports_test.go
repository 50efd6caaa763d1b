package sqlite

import (
	"testing"

	"halldesk/backend/hall"
)

// importBatch checks rows as the app does: parse, look up registered numbers, settle.
func importBatch(t *testing.T, s *Store, rows [][]string) *hall.ImportBatch {
	t.Helper()
	vs, err := s.Villages(ctx, true)
	must(t, err)
	b, err := hall.ParseImport(rows, hall.NewPlaceNames(vs), start.In(hall.China))
	must(t, err)
	reg, err := s.RegisteredIDNumbers(ctx, b.IDNumbers())
	must(t, err)
	b.Settle(reg)
	return b
}

var importHeader = []string{"姓名", "身份证号码", "嘎查村/社区", "组", "住址", "户号", "与户主关系", "特殊群体"}

func TestImportResidentsWritesHouseholdsMembersAndOneAuditLine(t *testing.T) {
	s, _, _ := newStore(t)
	east := addVillage(t, s, "东风嘎查")
	one := addGroup(t, s, east, "一组")
	addResident(t, s, hall.ResidentInput{Name: "老住户", IDNumber: zhangWeiID, VillageID: east})
	head, wife, child := makeID("150627", "19700101", "011"), makeID("150627", "19720101", "022"), makeID("150627", "20000101", "031")
	b := importBatch(t, s, [][]string{
		importHeader,
		{"户主甲", head, "东风嘎查", "一组", "一组8号", "1", "", "低保户、高龄"},
		{"妻子甲", wife, "东风嘎查", "一组", "", "1", "配偶", ""},
		{"单身乙", child, "东风嘎查", "", "", "", "", ""},
		{"重复丙", zhangWeiID, "东风嘎查", "", "", "", "", ""},
	})
	if r := b.Report(); r.Good != 3 || r.BadRows != 1 || r.Problems[0].Row != 5 {
		t.Fatalf("report = %+v", r)
	}
	res, err := s.ImportResidents(ctx, admin, b.GoodLines(), 1)
	must(t, err)
	if res != (hall.ImportResult{Residents: 3, Households: 1, Skipped: 1}) {
		t.Fatalf("result = %+v", res)
	}
	page, err := s.SearchResidents(ctx, hall.ResidentQuery{Text: head})
	must(t, err)
	if page.Total != 1 {
		t.Fatalf("imported head not found by number: %+v", page)
	}
	r := page.Items[0]
	if r.GroupID != one || r.HouseholdID == 0 || r.Relation != "户主" || len(r.Tags) != 2 || r.BirthDate != hall.MustDate("1970-01-01") {
		t.Errorf("head = %+v", r)
	}
	h, err := s.Household(ctx, r.HouseholdID)
	must(t, err)
	if h.Address != "一组8号" || h.HeadName != "户主甲" || len(h.Members) != 2 || h.GroupID != one {
		t.Errorf("household = %+v", h)
	}
	a := lastAudit(t, s)
	if a.Action != hall.ActImport || a.Detail != "从 Excel 导入群众 3 人、家庭户 1 户，有错误未导入 1 行" {
		t.Errorf("audit = %+v", a)
	}
}

func TestImportResidentsIsAllOrNothing(t *testing.T) {
	s, _, _ := newStore(t)
	addVillage(t, s, "东风嘎查")
	late := makeID("150627", "19700101", "011")
	b := importBatch(t, s, [][]string{
		importHeader,
		{"甲", makeID("150627", "19800101", "011"), "东风嘎查", "", "住址", "1", "", ""},
		{"乙", late, "东风嘎查", "", "", "1", "子女", ""},
	})
	// Another counter registers a number of the file between the check and the import.
	addResident(t, s, hall.ResidentInput{Name: "抢先登记", IDNumber: late, VillageID: b.GoodLines()[0].Input.VillageID})
	before := countRows(t, s, "residents") + countRows(t, s, "households")
	_, err := s.ImportResidents(ctx, admin, b.GoodLines(), 0)
	e := wantCode(t, err, hall.CodeConflict)
	if e.Message != "第3行：该身份证号码已登记为群众“抢先登记”，不能重复登记。该号码是在检查之后登记的，请重新检查文件" {
		t.Errorf("message = %q", e.Message)
	}
	if after := countRows(t, s, "residents") + countRows(t, s, "households"); after != before {
		t.Errorf("rows %d -> %d: a failed import wrote something", before, after)
	}
}

func TestImportResidentsRefusesAPlaceDeactivatedSinceTheCheck(t *testing.T) {
	s, _, _ := newStore(t)
	east := addVillage(t, s, "东风嘎查")
	b := importBatch(t, s, [][]string{importHeader, {"甲", makeID("150627", "19800101", "011"), "东风嘎查", "", "", "", "", ""}})
	_, err := s.SaveVillage(ctx, admin, hall.VillageInput{ID: east, Version: versionOf(t, s, "villages", east), Name: "东风嘎查", Kind: "嘎查", Active: false})
	must(t, err)
	_, err = s.ImportResidents(ctx, admin, b.GoodLines(), 0)
	wantCode(t, err, hall.CodeInvalid)
}

func TestRegisteredIDNumbersInChunks(t *testing.T) {
	s, _, _ := newStore(t)
	v := addVillage(t, s, "东风嘎查")
	addResident(t, s, hall.ResidentInput{Name: "张伟", IDNumber: zhangWeiID, VillageID: v})
	numbers := []string{}
	for i := 0; i < 1200; i++ {
		numbers = append(numbers, makeID("150627", "19800101", string(rune('0'+i%10))+string(rune('0'+i/10%10))+string(rune('0'+i/100%10))))
	}
	numbers = append(numbers, zhangWeiID)
	got, err := s.RegisteredIDNumbers(ctx, numbers)
	must(t, err)
	if len(got) != 1 || got[zhangWeiID] != "张伟" {
		t.Errorf("registered = %v", got)
	}
}

func countRows(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	must(t, s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table).Scan(&n))
	return n
}
