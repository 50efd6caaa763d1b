package sqlite

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// registry is a small village registry shared by the search tests.
type registry struct {
	s          *Store
	east, west int64
	ids        map[string]int64 // by name
}

const zhangWeiID = "11010519491231002X"

// zhangWeiMingOld is the old 15-digit form of 张伟明's number.
const zhangWeiMingOld = "150626650312123"

func newRegistry(t *testing.T) registry {
	s, _, _ := newStore(t)
	r := registry{s: s, east: addVillage(t, s, "东风嘎查"), west: addVillage(t, s, "西湾村"), ids: map[string]int64{}}
	for _, in := range []hall.ResidentInput{
		{Name: "张伟", IDNumber: zhangWeiID, Phone: "13812345678", VillageID: r.east, Tags: []string{"低保户", "高龄"}},
		{Name: "张伟明", IDNumber: zhangWeiMingOld, Phone: "15004770001", VillageID: r.west, Tags: []string{"残疾人"}},
		{Name: "李伟", NoIDNumber: true, BirthDate: hall.MustDate("2024-05-01"), Sex: "女", VillageID: r.east},
		{Name: "王_一", IDNumber: makeID("150627", "19800101", "031"), VillageID: r.west},
		{Name: "王%二", IDNumber: makeID("150627", "19800101", "042"), VillageID: r.west},
		{Name: "王三", IDNumber: makeID("150627", "19800101", "053"), VillageID: r.west, Phone: "0477-8612345"},
	} {
		r.ids[in.Name] = addResident(t, s, in)
	}
	return r
}

func names(items []hall.Resident) []string {
	out := []string{}
	for _, r := range items {
		out = append(out, r.Name)
	}
	sort.Strings(out)
	return out
}

func TestSearchResidents(t *testing.T) {
	r := newRegistry(t)
	zwm, err := r.s.Resident(ctx, r.ids["张伟明"])
	must(t, err)
	if zwm.IDNumber != makeID("150626", "19650312", "123") {
		t.Fatalf("15-digit number stored as %q", zwm.IDNumber)
	}
	if strings.HasSuffix(zwm.IDNumber, "5678") || strings.HasSuffix(zhangWeiID, "0001") {
		t.Fatal("fixture numbers overlap; the tail cases below would be ambiguous")
	}

	for _, tc := range []struct {
		name string
		q    hall.ResidentQuery
		want []string
	}{
		{"two-character name", hall.ResidentQuery{Text: "张伟"}, []string{"张伟", "张伟明"}},
		{"name part", hall.ResidentQuery{Text: "伟"}, []string{"张伟", "张伟明", "李伟"}},
		{"full name with spaces", hall.ResidentQuery{Text: "  李伟 "}, []string{"李伟"}},
		{"full 18-digit ID", hall.ResidentQuery{Text: zhangWeiID}, []string{"张伟"}},
		{"18-digit ID lower-case x", hall.ResidentQuery{Text: strings.ToLower(zhangWeiID)}, []string{"张伟"}},
		{"15-digit old ID", hall.ResidentQuery{Text: zhangWeiMingOld}, []string{"张伟明"}},
		{"full upgraded ID", hall.ResidentQuery{Text: zwm.IDNumber}, []string{"张伟明"}},
		{"ID with wrong check digit", hall.ResidentQuery{Text: zhangWeiID[:17] + "1"}, []string{}},
		{"last 4 of ID", hall.ResidentQuery{Text: "002X"}, []string{"张伟"}},
		{"last 4 of ID lower-case", hall.ResidentQuery{Text: "002x"}, []string{"张伟"}},
		{"last 6 of ID", hall.ResidentQuery{Text: "31002X"}, []string{"张伟"}},
		{"last 6 of upgraded ID", hall.ResidentQuery{Text: zwm.IDNumber[12:]}, []string{"张伟明"}},
		{"middle of ID is no match", hall.ResidentQuery{Text: "19491231"}, []string{}},
		{"full phone", hall.ResidentQuery{Text: "13812345678"}, []string{"张伟"}},
		{"phone tail", hall.ResidentQuery{Text: "5678"}, []string{"张伟"}},
		{"phone tail 6", hall.ResidentQuery{Text: "770001"}, []string{"张伟明"}},
		{"three digits is not a tail search", hall.ResidentQuery{Text: "678"}, []string{}},
		{"village", hall.ResidentQuery{VillageID: r.east}, []string{"张伟", "李伟"}},
		{"tag", hall.ResidentQuery{Tag: "低保户"}, []string{"张伟"}},
		{"tag and village", hall.ResidentQuery{Tag: "残疾人", VillageID: r.east}, []string{}},
		{"name and village", hall.ResidentQuery{Text: "伟", VillageID: r.west}, []string{"张伟明"}},
		{"percent is literal", hall.ResidentQuery{Text: "%"}, []string{"王%二"}},
		{"underscore is literal", hall.ResidentQuery{Text: "_"}, []string{"王_一"}},
		{"wildcard inside text", hall.ResidentQuery{Text: "王_"}, []string{"王_一"}},
		{"percent matches no tail", hall.ResidentQuery{Text: "%5678"}, []string{}},
		{"backslash is literal", hall.ResidentQuery{Text: `\`}, []string{}},
		{"nothing", hall.ResidentQuery{Text: "赵"}, []string{}},
		{"everyone", hall.ResidentQuery{}, []string{"张伟", "张伟明", "李伟", "王%二", "王_一", "王三"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := r.s.SearchResidents(ctx, tc.q)
			must(t, err)
			got := names(p.Items)
			want := append([]string{}, tc.want...)
			sort.Strings(want)
			if fmt.Sprint(got) != fmt.Sprint(want) || p.Total != len(want) {
				t.Fatalf("found %v (total %d), want %v", got, p.Total, want)
			}
		})
	}
}

func TestResidentFields(t *testing.T) {
	r := newRegistry(t)
	got, err := r.s.Resident(ctx, r.ids["张伟"])
	must(t, err)
	if got.IDNumber != zhangWeiID || !got.HasIDNumber || got.BirthDate != hall.MustDate("1949-12-31") || got.Sex != "女" ||
		got.Phone != "13812345678" || got.VillageName != "东风嘎查" || got.Relation != "户主" || got.Residency != "常住" ||
		fmt.Sprint(got.Tags) != "[低保户 高龄]" || got.UpdatedAt != "2025-03-10T01:00:00Z" {
		t.Fatalf("resident = %+v", got)
	}
	li, err := r.s.Resident(ctx, r.ids["李伟"])
	must(t, err)
	if li.IDNumber != "" || li.HasIDNumber || li.BirthDate != hall.MustDate("2024-05-01") || li.Sex != "女" || len(li.Tags) != 0 {
		t.Fatalf("resident without ID = %+v", li)
	}
	_, err = r.s.Resident(ctx, 999)
	wantCode(t, err, hall.CodeNotFound)
}

func TestSearchPaging(t *testing.T) {
	s, _, _ := newStore(t)
	v := addVillage(t, s, "东风嘎查")
	ids := make([]int64, 25)
	for i := range ids {
		ids[i] = addResident(t, s, hall.ResidentInput{Name: fmt.Sprintf("群众%02d", i+1), NoIDNumber: true,
			BirthDate: hall.MustDate("1970-01-01"), Sex: "男", VillageID: v})
	}
	for _, tc := range []struct {
		page, size   int
		wantPage     int
		first, count int // first is the 1-based creation number of the first item
	}{
		{1, 10, 1, 25, 10},
		{2, 10, 2, 15, 10},
		{3, 10, 3, 5, 5},
		{4, 10, 4, 0, 0},
		{0, 0, 1, 25, 20},     // defaults: page 1 of 20
		{-3, 1000, 1, 25, 25}, // size capped at 100
	} {
		t.Run(fmt.Sprintf("page %d size %d", tc.page, tc.size), func(t *testing.T) {
			p, err := s.SearchResidents(ctx, hall.ResidentQuery{Text: "群众", Page: tc.page, PageSize: tc.size})
			must(t, err)
			if p.Total != 25 || p.Page != tc.wantPage || len(p.Items) != tc.count {
				t.Fatalf("total %d page %d items %d; want 25, %d, %d", p.Total, p.Page, len(p.Items), tc.wantPage, tc.count)
			}
			for i, it := range p.Items { // newest first
				if want := ids[tc.first-1-i]; it.ID != want {
					t.Fatalf("item %d = %d (%s), want %d", i, it.ID, it.Name, want)
				}
			}
		})
	}
}

func TestDuplicateIDNumber(t *testing.T) {
	r := newRegistry(t)
	zwm, err := r.s.Resident(ctx, r.ids["张伟明"])
	must(t, err)

	for _, tc := range []struct {
		name string
		in   hall.ResidentInput
		ref  int64
	}{
		{"same number", hall.ResidentInput{Name: "张伟", IDNumber: zhangWeiID, VillageID: r.west}, r.ids["张伟"]},
		{"lower-case x", hall.ResidentInput{Name: "张某", IDNumber: strings.ToLower(zhangWeiID), VillageID: r.west}, r.ids["张伟"]},
		{"old form of a stored number", hall.ResidentInput{Name: "张某", IDNumber: zhangWeiMingOld, VillageID: r.east}, r.ids["张伟明"]},
		{"edit onto a stored number", hall.ResidentInput{ID: r.ids["王三"], Version: versionOf(t, r.s, "residents", r.ids["王三"]), Name: "王三", IDNumber: zwm.IDNumber, VillageID: r.west}, r.ids["张伟明"]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := auditCount(t, r.s)
			in := cleanResident(t, tc.in)
			if in.ID == 0 {
				_, err = r.s.CreateResident(ctx, admin, in)
			} else {
				err = r.s.UpdateResident(ctx, admin, in)
			}
			e := wantCode(t, err, hall.CodeConflict)
			if e.Field != "idNumber" || e.Ref != tc.ref || !strings.Contains(e.Message, "已登记") {
				t.Fatalf("error = %+v, want field idNumber ref %d", e, tc.ref)
			}
			if auditCount(t, r.s) != n {
				t.Fatal("refused write left an audit line")
			}
		})
	}
	p, err := r.s.SearchResidents(ctx, hall.ResidentQuery{})
	must(t, err)
	if p.Total != 6 {
		t.Fatalf("registry has %d residents after refusals, want 6", p.Total)
	}
}

func TestResidentsWithoutIDNumber(t *testing.T) {
	s, _, _ := newStore(t)
	v := addVillage(t, s, "东风嘎查")
	for i := 0; i < 3; i++ {
		addResident(t, s, hall.ResidentInput{Name: "新生儿", NoIDNumber: true, BirthDate: hall.NewDate(2025, time.January, i+1), Sex: "男", VillageID: v})
	}
	var nulls, empties int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM residents WHERE id_number IS NULL AND id_reversed IS NULL`).Scan(&nulls))
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM residents WHERE id_number = ''`).Scan(&empties))
	if nulls != 3 || empties != 0 {
		t.Fatalf("NULL numbers %d, empty strings %d; want 3, 0", nulls, empties)
	}
}

func TestSecondHouseholdHeadRefused(t *testing.T) {
	s, _, _ := newStore(t)
	v := addVillage(t, s, "东风嘎查")
	h, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: v, Address: "东风嘎查3号"})
	must(t, err)
	head := addResident(t, s, hall.ResidentInput{Name: "户主甲", IDNumber: makeID("150627", "19700101", "011"), VillageID: v, HouseholdID: h, Relation: "户主"})
	wife := addResident(t, s, hall.ResidentInput{Name: "配偶乙", IDNumber: makeID("150627", "19720101", "022"), VillageID: v, HouseholdID: h, Relation: "配偶"})

	for _, tc := range []struct {
		name string
		in   hall.ResidentInput
	}{
		{"new head", hall.ResidentInput{Name: "户主丙", NoIDNumber: true, BirthDate: hall.MustDate("1990-01-01"), Sex: "男", VillageID: v, HouseholdID: h, Relation: "户主"}},
		{"default relation is head", hall.ResidentInput{Name: "户主丁", NoIDNumber: true, BirthDate: hall.MustDate("1990-01-01"), Sex: "男", VillageID: v, HouseholdID: h}},
		{"member promoted", hall.ResidentInput{ID: wife, Version: versionOf(t, s, "residents", wife), Name: "配偶乙", IDNumber: makeID("150627", "19720101", "022"), VillageID: v, HouseholdID: h, Relation: "户主"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := cleanResident(t, tc.in)
			if in.ID == 0 {
				_, err = s.CreateResident(ctx, admin, in)
			} else {
				err = s.UpdateResident(ctx, admin, in)
			}
			if e := wantCode(t, err, hall.CodeInvalid); e.Field != "relation" {
				t.Fatalf("field = %q", e.Field)
			}
		})
	}
	// The head may be edited and stay head.
	must(t, s.UpdateResident(ctx, admin, cleanResident(t, hall.ResidentInput{ID: head, Version: versionOf(t, s, "residents", head), Name: "户主甲", IDNumber: makeID("150627", "19700101", "011"),
		VillageID: v, HouseholdID: h, Relation: "户主", Address: "东风嘎查3号"})))
}

func TestUpdateResident(t *testing.T) {
	r := newRegistry(t)
	id := r.ids["张伟"]
	must(t, r.s.UpdateResident(ctx, admin, cleanResident(t, hall.ResidentInput{ID: id, Version: versionOf(t, r.s, "residents", id), Name: "张伟", IDNumber: zhangWeiID,
		VillageID: r.west, Address: "西湾村5号", Residency: "外出", Tags: []string{"高龄", "高龄"}})))
	got, err := r.s.Resident(ctx, id)
	must(t, err)
	if got.VillageID != r.west || got.Phone != "" || got.Residency != "外出" || fmt.Sprint(got.Tags) != "[高龄]" {
		t.Fatalf("updated = %+v", got)
	}
	l := lastAudit(t, r.s)
	if l.Action != hall.ActUpdate || l.Entity != "群众" || l.EntityID != id ||
		!strings.Contains(l.Detail, "居住状态：常住 → 外出") || !strings.Contains(l.Detail, "联系电话已更改") ||
		strings.Contains(l.Detail, "13812345678") || strings.Contains(l.Detail, "身份证号码已更改") {
		t.Fatalf("audit = %+v", l)
	}
	err = r.s.UpdateResident(ctx, admin, cleanResident(t, hall.ResidentInput{ID: 999, Version: 1, Name: "无", NoIDNumber: true, BirthDate: hall.MustDate("1990-01-01"), Sex: "男", VillageID: r.east}))
	wantCode(t, err, hall.CodeNotFound)
}

func TestRevealResident(t *testing.T) {
	r := newRegistry(t)
	clerk := hall.Actor{OperatorID: 7, Name: "窗口王芳"}
	for _, tc := range []struct {
		name, field, want, detail string
		id                        int64
		code                      hall.Code
	}{
		{"ID number", "idNumber", zhangWeiID, "身份证号码", r.ids["张伟"], ""},
		{"phone", "phone", "13812345678", "联系电话", r.ids["张伟"], ""},
		{"no ID number", "idNumber", "", "身份证号码", r.ids["李伟"], ""},
		{"unknown field", "name", "", "", r.ids["张伟"], hall.CodeInvalid},
		{"SQL in field", "id_number FROM residents --", "", "", r.ids["张伟"], hall.CodeInvalid},
		{"missing resident", "idNumber", "", "", 999, hall.CodeNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := auditCount(t, r.s)
			got, err := r.s.RevealResident(ctx, clerk, tc.id, tc.field)
			if tc.code != "" {
				wantCode(t, err, tc.code)
				if got != "" || auditCount(t, r.s) != n {
					t.Fatalf("refused reveal returned %q or logged", got)
				}
				return
			}
			must(t, err)
			if got != tc.want {
				t.Fatalf("revealed %q, want %q", got, tc.want)
			}
			l := lastAudit(t, r.s)
			if auditCount(t, r.s) != n+1 || l.Action != hall.ActReveal || l.Entity != "群众" || l.EntityID != tc.id ||
				l.OperatorID != 7 || l.OperatorName != "窗口王芳" || l.Detail != tc.detail {
				t.Fatalf("audit = %+v", l)
			}
		})
	}

	t.Run("no value without its audit line", func(t *testing.T) {
		// Make the audit insert fail: the reveal must fail with it, in the same transaction.
		_, err := r.s.db.Exec(`CREATE TRIGGER test_no_reveal BEFORE INSERT ON audit_log WHEN NEW.action='` + hall.ActReveal + `'
			BEGIN SELECT RAISE(ABORT, 'audit refused'); END`)
		must(t, err)
		n := auditCount(t, r.s)
		got, err := r.s.RevealResident(ctx, clerk, r.ids["张伟"], "idNumber")
		if err == nil || got != "" {
			t.Fatalf("reveal with a failing audit = %q, %v; want no value and an error", got, err)
		}
		if auditCount(t, r.s) != n {
			t.Fatal("audit count changed")
		}
	})
}
