package app_test

import (
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// preLogin are the only bound methods that work without a signed-in operator.
var preLogin = map[string]bool{
	"SystemService.Status":        true,
	"SystemService.Setup":         true,
	"SystemService.ReportReady":   true,
	"AuthService.Login":           true,
	"AuthService.Logout":          true,
	"DeviceService.Me":            true, // a browser asking what device it is
	"DeviceService.Begin":         true, // and asking to be paired
	"ReplicaService.SetupTest":    true, // a new PC restoring its hall from the banner, before setup
	"ReplicaService.SetupRestore": true,
}

// TestEveryMethodNeedsLogin calls every bound method of every service, by reflection so that a
// method added later is covered too, on a seat where nobody is signed in.
func TestEveryMethodNeedsLogin(t *testing.T) {
	e := newEnv(t)
	e.setup()
	seen := map[string]bool{}
	for _, svc := range e.core.Services(app.NewSeat("")) {
		v := reflect.ValueOf(svc)
		for i := 0; i < v.NumMethod(); i++ {
			name := v.Type().Elem().Name() + "." + v.Type().Method(i).Name
			seen[name] = true
			t.Run(name, func(t *testing.T) {
				m := v.Method(i)
				args := make([]reflect.Value, m.Type().NumIn())
				for j := range args {
					args[j] = reflect.Zero(m.Type().In(j))
				}
				out := m.Call(args)
				err, _ := out[len(out)-1].Interface().(error)
				if preLogin[name] {
					if hall.IsCode(err, hall.CodeUnauthenticated) {
						t.Fatalf("pre-login method refused: %v", err)
					}
					return
				}
				if _, device := app.DeviceMethods[name]; device {
					wantCode(t, err, hall.CodeUnpaired)
					return
				}
				er := wantCode(t, err, hall.CodeUnauthenticated)
				if !strings.Contains(er.Message, "登录") {
					t.Fatalf("message = %q", er.Message)
				}
			})
		}
	}
	for name := range preLogin {
		if !seen[name] {
			t.Errorf("pre-login method %s no longer exists", name)
		}
	}
	if len(seen) < 20 {
		t.Fatalf("only %d bound methods found", len(seen))
	}
}

func TestRolesEnforcedOnServer(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	village, err := admin.places.SaveVillage(hall.VillageInput{Name: "东风嘎查", Kind: "嘎查"})
	must(t, err)
	e.addOperator(admin, "clerk", "王芳", hall.RoleClerk)
	e.addOperator(admin, "recept", "赵敏", hall.RoleReception)
	e.addOperator(admin, "super", "钱督导", hall.RoleSupervisor)
	e.addOperator(admin, "leader", "李镇长", hall.RoleLeader)
	resident, err := admin.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: "11010519491231002X", Phone: "13812345678", VillageID: village})
	must(t, err)
	ops, err := admin.ops.List()
	must(t, err)

	calls := map[string]func(d *desk) error{
		"OperatorService.List": func(d *desk) error { _, err := d.ops.List(); return err },
		"OperatorService.Save": func(d *desk) error {
			_, err := d.ops.Save(hall.OperatorInput{Username: "sneaky", Name: "冒充", Role: hall.RoleAdmin, Password: "sneaky-pass"})
			return err
		},
		"OperatorService.SetActive": func(d *desk) error {
			_, err := d.ops.SetActive(app.SetActiveInput{ID: 1, Version: versionOf(e, e.core.Store.Operator, 1), Active: false})
			return err
		},
		"OperatorService.ResetPassword": func(d *desk) error {
			_, err := d.ops.ResetPassword(app.ResetPasswordInput{ID: 1, Password: "taken-over"})
			return err
		},
		"PlaceService.SaveVillage": func(d *desk) error {
			_, err := d.places.SaveVillage(hall.VillageInput{Name: "新村", Kind: "村"})
			return err
		},
		"PlaceService.SaveGroup": func(d *desk) error {
			_, err := d.places.SaveGroup(hall.GroupInput{VillageID: village, Name: "一组"})
			return err
		},
		"AuditService.List": func(d *desk) error { _, err := d.audit.List(hall.AuditQuery{}); return err },
		"SystemService.SaveSettings": func(d *desk) error {
			hs := hallSettings()
			hs.HallName = "被改的大厅"
			_, err := d.sys.SaveSettings(hs)
			return err
		},
		"ResidentService.Save": func(d *desk) error {
			_, err := d.res.Save(hall.ResidentInput{Name: "新人", NoIDNumber: true, BirthDate: hall.MustDate("2000-01-01"), Sex: "男", VillageID: village})
			return err
		},
		"ResidentService.Reveal": func(d *desk) error {
			_, err := d.res.Reveal(hall.RevealInput{ResidentID: resident.ID, Field: "idNumber"})
			return err
		},
		"HouseholdService.Save": func(d *desk) error {
			_, err := d.hh.Save(hall.HouseholdInput{VillageID: village, Address: "新户"})
			return err
		},
	}
	adminOnly := []string{"OperatorService.List", "OperatorService.Save", "OperatorService.SetActive", "OperatorService.ResetPassword",
		"PlaceService.SaveVillage", "PlaceService.SaveGroup", "AuditService.List", "SystemService.SaveSettings"}
	editors := []string{"ResidentService.Save", "ResidentService.Reveal", "HouseholdService.Save"}

	for _, tc := range []struct {
		user      string
		label     string
		forbidden []string
	}{
		{"clerk", "窗口人员", adminOnly},
		{"recept", "接待人员", adminOnly},
		{"super", "督导", append(append([]string{}, adminOnly...), editors...)},
		{"leader", "领导", append(append([]string{}, adminOnly...), editors...)},
	} {
		d := e.login(tc.user)
		for _, call := range tc.forbidden {
			t.Run(tc.user+" "+call, func(t *testing.T) {
				er := wantCode(t, calls[call](d), hall.CodeForbidden)
				if !strings.Contains(er.Message, tc.label) || !strings.Contains(er.Message, "无权") {
					t.Fatalf("message = %q", er.Message)
				}
			})
		}
		t.Run(tc.user+" may read", func(t *testing.T) {
			if _, err := d.res.Search(hall.ResidentQuery{}); err != nil {
				t.Fatal(err)
			}
			if _, err := d.res.Get(resident.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := d.places.Villages(false); err != nil {
				t.Fatal(err)
			}
			if _, err := d.sys.Settings(); err != nil {
				t.Fatal(err)
			}
		})
	}

	t.Run("clerk may edit residents and reveal", func(t *testing.T) {
		d := e.login("clerk")
		for _, call := range editors {
			if err := calls[call](d); err != nil {
				t.Fatalf("%s: %v", call, err)
			}
		}
	})

	t.Run("refusals changed nothing", func(t *testing.T) {
		after, err := admin.ops.List()
		must(t, err)
		if len(after) != len(ops) {
			t.Fatalf("operators %d → %d", len(ops), len(after))
		}
		for _, op := range after {
			if !op.Active {
				t.Fatalf("operator %s deactivated by a refused call", op.Username)
			}
		}
		hs, err := admin.sys.Settings()
		must(t, err)
		vs, err := admin.places.Villages(true)
		must(t, err)
		if hs.HallName != "便民服务大厅" || len(vs) != 1 || len(vs[0].Groups) != 0 {
			t.Fatalf("settings %+v, villages %+v", hs, vs)
		}
		// Only logins and the clerk's own writes reached the log: no reveal by the leader or supervisor.
		reveals, err := admin.audit.List(hall.AuditQuery{Action: hall.ActReveal})
		must(t, err)
		if reveals.Total != 1 || reveals.Items[0].OperatorName != "王芳" {
			t.Fatalf("reveals = %+v", reveals.Items)
		}
		_, err = e.desk().auth.Login(app.LoginInput{Username: "admin", Password: "taken-over"})
		wantCode(t, err, hall.CodeInvalid)
	})
}
