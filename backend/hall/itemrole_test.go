package hall

import (
	"slices"
	"testing"
)

// TestBuiltinItemsCarryTheirRoles: every built-in item the rules read has its role, the roles
// are known, and each proactive list starts its cases with a built-in item of the list's role.
func TestBuiltinItemsCarryTheirRoles(t *testing.T) {
	byCode := map[string]ServiceItem{}
	for _, it := range BuiltinCatalog() {
		byCode[it.Code] = it
		if !it.Builtin {
			t.Errorf("%s is not marked built-in", it.Code)
		}
		if it.Role != BuiltinRoles[it.Code] {
			t.Errorf("%s has role %q, want %q", it.Code, it.Role, BuiltinRoles[it.Code])
		}
	}
	for code, role := range BuiltinRoles {
		if _, ok := byCode[code]; !ok {
			t.Errorf("BuiltinRoles names %s, which is not a built-in item", code)
		}
		if !role.Valid() || role == RoleNone || role.Label() == "" {
			t.Errorf("%s: role %q is not a known role", code, role)
		}
	}
	for _, l := range OutreachLists {
		roles := OutreachRoles[l.Key]
		if len(roles) == 0 {
			t.Errorf("list %s has no roles", l.Key)
			continue
		}
		if got := byCode[l.ItemCode].Role; got != roles[0] {
			t.Errorf("list %s starts cases with %s (role %q), want an item of role %q", l.Key, l.ItemCode, got, roles[0])
		}
	}
	for _, r := range AllowanceGrantRoles {
		if !GrantsAllowance(r) || !slices.Contains(AllowanceDecisionRoles, r) {
			t.Errorf("grant role %q is not a decision role", r)
		}
	}
	if GrantsAllowance(RoleAllowanceStop) || GrantsAllowance(RoleNone) {
		t.Error("a stop or an item without a role grants the allowance")
	}
}

// TestCheckBuiltinEdit: a built-in item keeps its code and role; anything else may change, and
// an administrator's own item may change everything.
func TestCheckBuiltinEdit(t *testing.T) {
	was := ServiceItem{ID: 11, Code: "DB-01", Name: "最低生活保障新申请", Role: RoleAllowanceNew, Builtin: true}
	cases := []struct {
		name  string
		edit  func(*ServiceItem)
		field string
	}{
		{"new name", func(it *ServiceItem) { it.Name = "低保申请" }, ""},
		{"new code", func(it *ServiceItem) { it.Code = "DB-11" }, "code"},
		{"new role", func(it *ServiceItem) { it.Role = RoleAllowanceReview }, "role"},
		{"role removed", func(it *ServiceItem) { it.Role = RoleNone }, "role"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			edit := was
			edit.Builtin = false // what a client sends is ignored
			tc.edit(&edit)
			err := CheckBuiltinEdit(was, edit)
			if tc.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field {
				t.Fatalf("err = %v, want invalid on %s", err, tc.field)
			}
			if tc.field == "code" && e.Message != "“DB-01 最低生活保障新申请”是内置事项，事项编码不能修改；如需另一编码，请新增事项" {
				t.Errorf("message = %q", e.Message)
			}
		})
	}
	own := was
	own.Builtin = false
	renamed := own
	renamed.Code, renamed.Role = "DB-11", RoleNone
	if err := CheckBuiltinEdit(own, renamed); err != nil {
		t.Errorf("an administrator's own item: %v", err)
	}
}
