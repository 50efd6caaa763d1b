package app_test

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// TestPermissionMatrix calls every bound method as every role, on a fresh signed-in seat each
// time, and checks that exactly the roles the matrix (app.MethodPermissions and hall's grants)
// allows get past the permission check. A method added without a rule fails here.
// HALLDESK_PRINT_MATRIX=1 prints the matrix the services actually enforce.
func TestPermissionMatrix(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	ids := map[hall.Role]int64{}
	ops, err := admin.ops.List()
	must(t, err)
	ids[hall.RoleAdmin] = ops[0].ID
	for _, r := range []hall.Role{hall.RoleClerk, hall.RoleReception, hall.RoleSupervisor, hall.RoleLeader} {
		ids[r] = e.addOperator(admin, "u"+string(r), "测试"+r.Label(), r).ID
	}
	printing := os.Getenv("HALLDESK_PRINT_MATRIX") != ""
	var printed []string
	seen := map[string]bool{}
	for i, svc := range e.core.Services(app.NewSeat("")) {
		typ := reflect.TypeOf(svc)
		for m := 0; m < typ.NumMethod(); m++ {
			name := typ.Elem().Name() + "." + typ.Method(m).Name
			if _, device := app.DeviceMethods[name]; preLogin[name] || device {
				continue // devices_test.go holds the device methods to their roles
			}
			seen[name] = true
			allowed := map[hall.Role]bool{}
			for _, role := range hall.Roles {
				seat := e.core.SignedInSeat(ids[role])
				bound := reflect.ValueOf(e.core.Services(seat)[i]).Method(m)
				args := make([]reflect.Value, bound.Type().NumIn())
				for j := range args {
					args[j] = reflect.Zero(bound.Type().In(j))
				}
				out := bound.Call(args)
				err, _ := out[len(out)-1].Interface().(error)
				allowed[role] = !hall.IsCode(err, hall.CodeForbidden) && !hall.IsCode(err, hall.CodeUnauthenticated)
			}
			if printing {
				printed = append(printed, fmt.Sprintf("\t%q: %s,", name, permFor(allowed)))
				continue
			}
			rule, ok := app.MethodPermissions[name]
			if !ok {
				t.Errorf("%s has no rule in app.MethodPermissions", name)
				continue
			}
			for _, role := range hall.Roles {
				want := rule == "" || role.Can(rule)
				if allowed[role] != want {
					t.Errorf("%s as %s: allowed = %v, the matrix says %v (%q)", name, role.Label(), allowed[role], want, rule)
				}
			}
		}
	}
	if printing {
		sort.Strings(printed)
		fmt.Println(strings.Join(printed, "\n"))
		return
	}
	for name := range app.MethodPermissions {
		if !seen[name] {
			t.Errorf("the matrix names %s, which is not a bound method", name)
		}
	}
}

// permFor names the permission whose roles are exactly the allowed ones.
func permFor(allowed map[hall.Role]bool) string {
	all := true
	for _, r := range hall.Roles {
		all = all && allowed[r]
	}
	if all {
		return `""`
	}
	for _, p := range hall.AllPermissions() {
		match := true
		for _, r := range hall.Roles {
			match = match && r.Can(p) == allowed[r]
		}
		if match {
			return fmt.Sprintf("%q", p)
		}
	}
	return fmt.Sprintf("/* no permission matches %v */", allowed)
}
