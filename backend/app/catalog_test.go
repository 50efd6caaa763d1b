package app_test

import (
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// catalogOf is the catalog service of a desk's seat.
func catalogOf(e *env, d *desk) *app.CatalogService {
	e.t.Helper()
	svc := app.ServiceOf[*app.CatalogService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("CatalogService is not bound")
	}
	return svc
}

func TestCatalogService(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王芳", hall.RoleClerk)
	e.addOperator(admin, "leader", "李镇长", hall.RoleLeader)
	builtin := len(hall.BuiltinCatalog())

	for _, user := range []string{"clerk", "leader"} {
		t.Run(user+" reads but may not edit", func(t *testing.T) {
			cat := catalogOf(e, e.login(user))
			items, err := cat.List(false)
			must(t, err)
			if len(items) != builtin || items[0].Code != "YB-01" || len(items[0].Materials) == 0 {
				t.Fatalf("listed %d items, first %+v", len(items), items[0])
			}
			got, err := cat.Get(items[0].ID)
			must(t, err)
			if got.Name != items[0].Name {
				t.Fatalf("get = %+v", got)
			}
			_, err = cat.Get(99999)
			wantCode(t, err, hall.CodeNotFound)

			edited := items[0]
			edited.Name = "被改的事项"
			_, err = cat.Save(edited)
			er := wantCode(t, err, hall.CodeForbidden)
			if !strings.Contains(er.Message, "无权") {
				t.Fatalf("message = %q", er.Message)
			}
			_, err = cat.Save(hall.ServiceItem{Code: "QT-09", Name: "私加事项", Category: "其他", DefaultLedger: "即办"})
			wantCode(t, err, hall.CodeForbidden)
			again, err := cat.Get(items[0].ID)
			must(t, err)
			if again.Name != items[0].Name {
				t.Fatal("a refused save changed the item")
			}
		})
	}

	t.Run("admin adds, edits and deactivates", func(t *testing.T) {
		cat := catalogOf(e, admin)
		_, err := cat.Save(hall.ServiceItem{Code: "QT-02", Name: " ", Category: "其他", DefaultLedger: "即办"})
		if er := wantCode(t, err, hall.CodeInvalid); er.Field != "name" {
			t.Fatalf("field = %q", er.Field)
		}
		_, err = cat.Save(hall.ServiceItem{Code: "yb-01", Name: "重复编码", Category: "医保", DefaultLedger: "即办"})
		if er := wantCode(t, err, hall.CodeConflict); er.Field != "code" {
			t.Fatalf("field = %q", er.Field)
		}

		saved, err := cat.Save(hall.ServiceItem{Code: "qt-02", Name: "临时救助申请", Category: "其他", DefaultLedger: "上报",
			Materials: []hall.Material{{Name: "书面申请", Original: true, Copies: 1, Required: true}},
			Steps:     []string{"受理", "入户调查", "上报审批"}, StatutoryDays: 20, PromisedDays: 10})
		must(t, err)
		if saved.ID == 0 || saved.Code != "QT-02" || !saved.Active || saved.UpdatedAt == "" || len(saved.Materials) != 1 {
			t.Fatalf("saved = %+v", saved)
		}
		lines, err := admin.audit.List(hall.AuditQuery{Entity: "服务事项"})
		must(t, err)
		if lines.Total != 1 || lines.Items[0].Action != hall.ActCreate || lines.Items[0].OperatorName != "管理员甲" || lines.Items[0].EntityID != saved.ID {
			t.Fatalf("audit = %+v", lines.Items)
		}

		saved.Active = false
		saved.PromisedDays = 5
		off, err := cat.Save(saved)
		must(t, err)
		if off.Active || off.PromisedDays != 5 {
			t.Fatalf("after deactivation = %+v", off)
		}
		active, err := cat.List(false)
		must(t, err)
		all, err := cat.List(true)
		must(t, err)
		if len(active) != builtin || len(all) != builtin+1 {
			t.Fatalf("active %d, all %d", len(active), len(all))
		}
	})
	t.Run("a built-in item keeps its code and role", func(t *testing.T) {
		cat := catalogOf(e, admin)
		items, err := cat.List(false)
		must(t, err)
		var db hall.ServiceItem
		for _, it := range items {
			if it.Code == "DB-03" {
				db = it
			}
		}
		if !db.Builtin || db.Role != hall.RoleAllowanceReview {
			t.Fatalf("DB-03 = builtin %v, role %q", db.Builtin, db.Role)
		}
		renamed := db
		renamed.Code = "DB-13"
		_, err = cat.Save(renamed)
		er := wantCode(t, err, hall.CodeInvalid)
		if er.Field != "code" || er.Message != "“DB-03 低保复核”是内置事项，事项编码不能修改；如需另一编码，请新增事项" {
			t.Fatalf("refusal = %+v", er)
		}
		edited := db
		edited.PromisedDays, edited.Builtin = 20, false // the flag a client sends is not read
		got, err := cat.Save(edited)
		must(t, err)
		if got.PromisedDays != 20 || got.Code != "DB-03" || !got.Builtin || got.Role != hall.RoleAllowanceReview {
			t.Fatalf("edited = %+v", got)
		}
		// An administrator's own item may carry a role, and change it.
		own, err := cat.Save(hall.ServiceItem{Code: "DB-23", Name: "低保复核（村代办）", Category: "低保", DefaultLedger: "代办",
			Role: hall.RoleAllowanceReview})
		must(t, err)
		if own.Builtin || own.Role != hall.RoleAllowanceReview {
			t.Fatalf("own item = %+v", own)
		}
		own.Code, own.Role = "DB-24", hall.RoleNone
		own, err = cat.Save(own)
		must(t, err)
		if own.Code != "DB-24" || own.Role != hall.RoleNone {
			t.Fatalf("own item edited = %+v", own)
		}
	})
}
