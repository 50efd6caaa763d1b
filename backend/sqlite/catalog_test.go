package sqlite

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// itemByCode finds an item of the full catalog (inactive included).
func itemByCode(t *testing.T, s *Store, code string) hall.ServiceItem {
	t.Helper()
	all, err := s.ServiceItems(ctx, true)
	must(t, err)
	for _, it := range all {
		if it.Code == code {
			return it
		}
	}
	t.Fatalf("no item %s", code)
	return hall.ServiceItem{}
}

func cleanItem(t *testing.T, it hall.ServiceItem) hall.ServiceItem {
	t.Helper()
	out, err := it.Clean()
	if err != nil {
		t.Fatalf("clean %+v: %v", it, err)
	}
	return out
}

// seededCodes reads the settings row that records which built-in items were seeded.
func seededCodes(t *testing.T, s *Store) []string {
	t.Helper()
	var raw string
	must(t, s.db.QueryRow(`SELECT value FROM settings WHERE key='catalog_seeded'`).Scan(&raw))
	var codes []string
	must(t, json.Unmarshal([]byte(raw), &codes))
	return codes
}

func TestCatalogSeededOnce(t *testing.T) {
	s, c, path := newStore(t)
	builtin := hall.BuiltinCatalog()
	all, err := s.ServiceItems(ctx, true)
	must(t, err)
	if len(all) != len(builtin) {
		t.Fatalf("seeded %d items, want %d", len(all), len(builtin))
	}
	want := map[string]hall.ServiceItem{}
	for _, it := range builtin {
		want[it.Code] = it
	}
	for _, got := range all {
		w := want[got.Code]
		w.ID, w.UpdatedAt, w.Version = got.ID, got.UpdatedAt, 1
		if !reflect.DeepEqual(got, w) {
			t.Errorf("stored item differs:\n got %+v\nwant %+v", got, w)
		}
		if got.UpdatedAt != "2025-03-10T01:00:00Z" {
			t.Errorf("%s updatedAt = %q", got.Code, got.UpdatedAt)
		}
	}
	// Listed by category (医保, 养老, 低保, 其他), then by code.
	var order []string
	for _, it := range all {
		order = append(order, it.Code)
	}
	if order[0] != "YB-01" || order[5] != "YL-01" || order[10] != "DB-01" || order[len(order)-1] != "QT-01" {
		t.Fatalf("order = %v", order)
	}
	// Seeding is the program's doing, not an operator's: no audit line, a settings row instead.
	if n := auditCount(t, s); n != 0 {
		t.Fatalf("seeding wrote %d audit lines", n)
	}
	if got := seededCodes(t, s); len(got) != len(builtin) || got[0] != builtin[0].Code {
		t.Fatalf("catalog_seeded = %v", got)
	}

	must(t, s.Close())
	c.advance(24 * time.Hour)
	s2 := openAt(t, path, c)
	again, err := s2.ServiceItems(ctx, true)
	must(t, err)
	if len(again) != len(builtin) || auditCount(t, s2) != 0 || again[0].UpdatedAt != "2025-03-10T01:00:00Z" {
		t.Fatalf("second open changed the catalog: %d items, %d audit lines", len(again), auditCount(t, s2))
	}
}

func TestCatalogEditsSurviveReopening(t *testing.T) {
	s, c, path := newStore(t)
	yb := itemByCode(t, s, "YB-01")
	yb.Name = "城乡居民医保参保登记（本镇）"
	yb.EnquiryPhone = "0477-8612345"
	yb.Materials = append(yb.Materials, hall.Material{Name: "一寸照片", Copies: 2, Note: "首次办理时"})
	_, err := s.SaveServiceItem(ctx, admin, cleanItem(t, yb))
	must(t, err)

	db4 := itemByCode(t, s, "DB-04")
	db4.Active = false
	_, err = s.SaveServiceItem(ctx, admin, cleanItem(t, db4))
	must(t, err)
	if l := lastAudit(t, s); l.Action != hall.ActDeactivate || l.Entity != "服务事项" || l.EntityID != db4.ID {
		t.Fatalf("deactivation audit = %+v", l)
	}

	// A built-in item's code is fixed: the edit is refused and nothing is written.
	yl := itemByCode(t, s, "YL-01")
	yl.Code = "YL-11"
	n := auditCount(t, s)
	_, err = s.SaveServiceItem(ctx, admin, cleanItem(t, yl))
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "code" || auditCount(t, s) != n {
		t.Fatalf("renaming a built-in code: %+v", e)
	}
	count := len(hall.BuiltinCatalog())

	must(t, s.Close())
	c.advance(time.Hour)
	s2 := openAt(t, path, c)
	all, err := s2.ServiceItems(ctx, true)
	must(t, err)
	if len(all) != count {
		t.Fatalf("reopen re-seeded: %d items, want %d", len(all), count)
	}
	got := itemByCode(t, s2, "YB-01")
	if got.Name != yb.Name || got.EnquiryPhone != "0477-8612345" || len(got.Materials) != len(yb.Materials) ||
		got.Materials[len(got.Materials)-1] != (hall.Material{Name: "一寸照片", Copies: 2, Note: "首次办理时"}) {
		t.Fatalf("edit lost: %+v", got)
	}
	if itemByCode(t, s2, "DB-04").Active || itemByCode(t, s2, "YL-01").ID != yl.ID {
		t.Fatal("deactivation lost or a built-in code changed")
	}
	active, err := s2.ServiceItems(ctx, false)
	must(t, err)
	if len(active) != count-1 {
		t.Fatalf("active items = %d, want %d", len(active), count-1)
	}
	for _, it := range active {
		if it.Code == "DB-04" {
			t.Fatalf("%s listed as active", it.Code)
		}
	}

	t.Run("reactivate", func(t *testing.T) {
		db4 := itemByCode(t, s2, "DB-04")
		db4.Active = true
		_, err := s2.SaveServiceItem(ctx, admin, cleanItem(t, db4))
		must(t, err)
		if l := lastAudit(t, s2); l.Action != hall.ActActivate || l.EntityID != db4.ID {
			t.Fatalf("activation audit = %+v", l)
		}
	})

	t.Run("a later version's new item is seeded once", func(t *testing.T) {
		mine := cleanItem(t, hall.ServiceItem{Code: "YB-07", Name: "本镇自定事项", Category: "医保", DefaultLedger: "即办"})
		_, err := s2.SaveServiceItem(ctx, admin, mine)
		must(t, err)
		newer := append(hall.BuiltinCatalog(),
			hall.ServiceItem{Code: "YB-06", Name: "新增内置事项", Category: "医保", DefaultLedger: "即办", Active: true},
			hall.ServiceItem{Code: "YB-07", Name: "与本镇事项同编码", Category: "医保", DefaultLedger: "即办", Active: true})
		must(t, s2.EnsureCatalog(ctx, newer))
		must(t, s2.EnsureCatalog(ctx, newer))
		all, err := s2.ServiceItems(ctx, true)
		must(t, err)
		if len(all) != count+2 || itemByCode(t, s2, "YB-06").Name != "新增内置事项" || itemByCode(t, s2, "YB-07").Name != "本镇自定事项" {
			t.Fatalf("after a newer catalog: %d items", len(all))
		}
		if got := seededCodes(t, s2); len(got) != count+2 || got[count] != "YB-06" || got[count+1] != "YB-07" {
			t.Fatalf("catalog_seeded = %v", got)
		}
	})
}

func TestSaveServiceItem(t *testing.T) {
	s, c, _ := newStore(t)
	c.advance(time.Minute)
	in := cleanItem(t, hall.ServiceItem{
		Code: "qt-02", Name: "临时救助申请", Category: "其他", DefaultLedger: "上报",
		LegalBasis: "《社会救助暂行办法》", Eligibility: "遭遇急难的家庭",
		Materials:     []hall.Material{{Name: "书面申请", Original: true, Copies: 1, Required: true, Note: "本人签字"}},
		Steps:         []string{"受理", "调查", "审批"},
		StatutoryDays: 20, PromisedDays: 15, Fee: "不收费", Department: "旗民政局", PlaceHours: "大厅",
		EnquiryPhone: "13812345678", ComplaintPhone: "0477-8612345", QA: "问：\n答：", Active: false,
	})
	id, err := s.SaveServiceItem(ctx, admin, in)
	must(t, err)
	got, err := s.ServiceItem(ctx, id)
	must(t, err)
	want := in
	want.ID, want.Active, want.UpdatedAt, want.Version = id, true, c.now().UTC().Format(time.RFC3339), 1
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if l := lastAudit(t, s); l.Action != hall.ActCreate || l.Entity != "服务事项" || l.EntityID != id ||
		l.OperatorID != admin.OperatorID || l.Detail != "QT-02 临时救助申请" {
		t.Fatalf("create audit = %+v", l)
	}

	c.advance(time.Minute)
	got.Materials, got.Steps = nil, nil
	_, err = s.SaveServiceItem(ctx, admin, got)
	must(t, err)
	edited, err := s.ServiceItem(ctx, id)
	must(t, err)
	if edited.Materials == nil || len(edited.Materials) != 0 || len(edited.Steps) != 0 || edited.UpdatedAt != c.now().UTC().Format(time.RFC3339) {
		t.Fatalf("edited = %+v", edited)
	}
	if l := lastAudit(t, s); l.Action != hall.ActUpdate || l.EntityID != id {
		t.Fatalf("update audit = %+v", l)
	}

	yb := itemByCode(t, s, "YB-02")
	for _, tc := range []struct {
		name  string
		item  hall.ServiceItem
		code  hall.Code
		field string
	}{
		{"new item with a used code", hall.ServiceItem{Code: "YB-01", Name: "重复", Category: "医保", DefaultLedger: "即办"}, hall.CodeConflict, "code"},
		{"code differing in case only", hall.ServiceItem{Code: "yb-01", Name: "重复", Category: "医保", DefaultLedger: "即办"}, hall.CodeConflict, "code"},
		{"edit onto another item's code", func() hall.ServiceItem { it := edited; it.Code = "YB-01"; return it }(), hall.CodeConflict, "code"},
		{"new code for a built-in item", func() hall.ServiceItem { it := yb; it.Code = "YB-12"; return it }(), hall.CodeInvalid, "code"},
		{"new role for a built-in item", func() hall.ServiceItem { it := yb; it.Role = hall.RoleNone; return it }(), hall.CodeInvalid, "role"},
		{"edit of a missing item", hall.ServiceItem{ID: 999, Code: "ZZ-01", Name: "无", Category: "其他", DefaultLedger: "即办"}, hall.CodeNotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := auditCount(t, s)
			_, err := s.SaveServiceItem(ctx, admin, tc.item)
			e := wantCode(t, err, tc.code)
			if e.Field != tc.field || e.Message == "" || auditCount(t, s) != n {
				t.Fatalf("error %+v; audit lines %d → %d", e, n, auditCount(t, s))
			}
		})
	}
	if itemByCode(t, s, "YB-02").Name != yb.Name {
		t.Fatal("refused edit changed the item")
	}
	_, err = s.ServiceItem(ctx, 999)
	if e := wantCode(t, err, hall.CodeNotFound); e.Message != "找不到该服务事项" {
		t.Fatalf("message = %q", e.Message)
	}
}
