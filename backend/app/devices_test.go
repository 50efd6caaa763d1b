package app_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// pairDevice has a browser ask to be paired and the administrator approve it with role (and
// window for a pad); it returns the device's seat.
func (e *env) pairDevice(admin *desk, name string, role hall.DeviceRole, window int) (*app.Seat, hall.Device) {
	e.t.Helper()
	seat := app.NewSeat("").From("192.168.1.20")
	devs := app.ServiceOf[*app.DeviceService](e.core, seat)
	st, err := devs.Begin()
	if err != nil || st.Status != "pending" || len(st.Code) != hall.PairingCodeLength {
		e.t.Fatalf("begin = %+v, %v", st, err)
	}
	mgr := app.ServiceOf[*app.DeviceService](e.core, admin.seat)
	list, err := mgr.List()
	if err != nil {
		e.t.Fatal(err)
	}
	i := slices.IndexFunc(list, func(d hall.Device) bool { return d.Code == st.Code })
	if i < 0 {
		e.t.Fatalf("pending device %s not listed: %+v", st.Code, list)
	}
	d, err := mgr.Approve(hall.DeviceApproval{ID: list[i].ID, Code: st.Code, Name: name, Role: role, Window: window})
	if err != nil {
		e.t.Fatalf("approve: %v", err)
	}
	return seat, d
}

func TestPairingAndRevoking(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	browser := app.NewSeat("").From("192.168.1.30")
	devs := app.ServiceOf[*app.DeviceService](e.core, browser)
	if st, err := devs.Me(); err != nil || st.Status != "none" {
		t.Fatalf("unpaired browser: %+v, %v", st, err)
	}
	st, err := devs.Begin()
	must(t, err)
	if again, _ := devs.Me(); again.Status != "pending" || again.Code != st.Code || again.Name != "" {
		t.Fatalf("pending browser: %+v", again)
	}
	mgr := app.ServiceOf[*app.DeviceService](e.core, admin.seat)
	list, err := mgr.List()
	must(t, err)
	if len(list) != 1 || list[0].Address != "192.168.1.30" || list[0].Status != hall.DevicePending {
		t.Fatalf("list = %+v", list)
	}
	id := list[0].ID
	wrong := "000000"
	if st.Code == wrong {
		wrong = "111111"
	}
	for _, tc := range []struct {
		in    hall.DeviceApproval
		code  hall.Code
		field string
	}{
		{hall.DeviceApproval{ID: id, Code: wrong, Name: "大厅取号机", Role: hall.DeviceKiosk}, hall.CodeInvalid, "code"},
		{hall.DeviceApproval{ID: id, Code: "12ab", Name: "大厅取号机", Role: hall.DeviceKiosk}, hall.CodeInvalid, "code"},
		{hall.DeviceApproval{ID: id, Code: st.Code, Name: "", Role: hall.DeviceKiosk}, hall.CodeInvalid, "name"},
		{hall.DeviceApproval{ID: id, Code: st.Code, Name: "评价器", Role: hall.DevicePad}, hall.CodeInvalid, "window"},
		{hall.DeviceApproval{ID: id, Code: st.Code, Name: "某设备", Role: "tv"}, hall.CodeInvalid, "role"},
	} {
		_, err := mgr.Approve(tc.in)
		if er := wantCode(t, err, tc.code); !strings.Contains(er.Error(), tc.field) {
			t.Errorf("%+v: %v does not name %s", tc.in, er, tc.field)
		}
	}
	clerk := e.addOperator(admin, "clerk1", "窗口甲", hall.RoleClerk)
	_, err = app.ServiceOf[*app.DeviceService](e.core, e.core.SignedInSeat(clerk.ID)).Approve(
		hall.DeviceApproval{ID: id, Code: st.Code, Name: "大厅取号机", Role: hall.DeviceKiosk})
	wantCode(t, err, hall.CodeForbidden)

	d, err := mgr.Approve(hall.DeviceApproval{ID: id, Code: st.Code, Name: "大厅取号机", Role: hall.DeviceKiosk})
	must(t, err)
	if d.Status != hall.DevicePaired || d.PairedBy != "管理员甲" || d.Code != "" {
		t.Fatalf("paired = %+v", d)
	}
	me, err := devs.Me()
	must(t, err)
	if me.Status != "paired" || me.Role != hall.DeviceKiosk || me.Name != "大厅取号机" || me.HallName == "" {
		t.Fatalf("paired browser: %+v", me)
	}
	_, err = mgr.Approve(hall.DeviceApproval{ID: id, Code: st.Code, Name: "再来一次", Role: hall.DeviceKiosk})
	wantCode(t, err, hall.CodeConflict)

	l, check, err := e.core.Listen(t.Context(), browser)
	must(t, err)
	defer e.core.Hub.Leave(l)
	_, err = mgr.Revoke(id)
	must(t, err)
	if err := check(t.Context()); !hall.IsCode(err, hall.CodeUnpaired) {
		t.Fatalf("revoked device still passes the stream's check: %v", err)
	}
	select {
	case ev := <-l.C:
		if ev.Kind != hall.EventRevoked || ev.DeviceID != id {
			t.Fatalf("event = %+v", ev)
		}
	case <-time.After(time.Second):
		t.Fatal("the revoked device's stream heard nothing")
	}
	if me, _ := devs.Me(); me.Status != "revoked" {
		t.Fatalf("revoked browser: %+v", me)
	}
	page, err := admin.audit.List(hall.AuditQuery{Entity: "大厅设备"})
	must(t, err)
	if len(page.Items) != 2 || page.Items[0].Action != hall.ActDeactivate || page.Items[1].Action != hall.ActPair ||
		!strings.Contains(page.Items[1].Detail, "192.168.1.30") {
		t.Fatalf("audit = %+v", page.Items)
	}
}

func TestPairingRequestsExpire(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	devs := app.ServiceOf[*app.DeviceService](e.core, app.NewSeat(""))
	st, err := devs.Begin()
	must(t, err)
	mgr := app.ServiceOf[*app.DeviceService](e.core, admin.seat)
	list, _ := mgr.List()
	e.clock.advance(hall.PairingLifetime + time.Minute)
	if again, _ := devs.Me(); again.Status != "none" {
		t.Fatalf("expired request: %+v", again)
	}
	_, err = mgr.Approve(hall.DeviceApproval{ID: list[0].ID, Code: st.Code, Name: "取号机", Role: hall.DeviceKiosk})
	wantCode(t, err, hall.CodeConflict)
	if list, _ := mgr.List(); len(list) != 0 {
		t.Fatalf("expired request still listed: %+v", list)
	}
}

// TestPadsHearTheirOwnWindow: a pad hears its own window's events and the hall's, not another
// window's, and no device hears another device's revocation.
func TestPadsHearTheirOwnWindow(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	pad3, _ := e.pairDevice(admin, "3号窗口评价器", hall.DevicePad, 3)
	screen, _ := e.pairDevice(admin, "大厅叫号屏", hall.DeviceScreen, 0)
	lp, _, err := e.core.Listen(t.Context(), pad3)
	must(t, err)
	ls, _, err := e.core.Listen(t.Context(), screen)
	must(t, err)
	for _, ev := range []hall.HallEvent{{Kind: "x", Window: 2}, {Kind: "x", Window: 3}, {Kind: "x"}, {Kind: "x", DeviceID: 999}} {
		e.core.Hub.Publish(ev)
	}
	if got := drain(lp); !reflect.DeepEqual(got, []int{3, 0}) {
		t.Errorf("pad heard windows %v", got)
	}
	if got := drain(ls); !reflect.DeepEqual(got, []int{2, 3, 0}) {
		t.Errorf("screen heard windows %v", got)
	}
	if _, _, err := e.core.Listen(t.Context(), app.NewSeat("")); !hall.IsCode(err, hall.CodeUnauthenticated) {
		t.Errorf("a browser that is neither device nor operator may listen: %v", err)
	}
}

func drain(l *app.Listener) []int {
	var out []int
	for {
		select {
		case ev := <-l.C:
			out = append(out, ev.Window)
		default:
			return out
		}
	}
}

// TestDeviceMethods calls every device method from a paired device of every role and as every
// operator: exactly the roles app.DeviceMethods names get past the device check.
func TestDeviceMethods(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	seats := map[hall.DeviceRole]*app.Seat{}
	for _, r := range hall.DeviceRoles {
		seats[r], _ = e.pairDevice(admin, r.Label(), r, 1)
	}
	seen := map[string]bool{}
	for i, svc := range e.core.Services(app.NewSeat("")) {
		typ := reflect.TypeOf(svc)
		for m := 0; m < typ.NumMethod(); m++ {
			name := typ.Elem().Name() + "." + typ.Method(m).Name
			roles, ok := app.DeviceMethods[name]
			if !ok {
				continue
			}
			seen[name] = true
			callAs := func(seat *app.Seat) error {
				bound := reflect.ValueOf(e.core.Services(seat)[i]).Method(m)
				args := make([]reflect.Value, bound.Type().NumIn())
				for j := range args {
					args[j] = reflect.Zero(bound.Type().In(j))
				}
				out := bound.Call(args)
				err, _ := out[len(out)-1].Interface().(error)
				return err
			}
			for _, r := range hall.DeviceRoles {
				refused := hall.IsCode(callAs(seats[r]), hall.CodeUnpaired)
				if refused == slices.Contains(roles, r) {
					t.Errorf("%s from a %s: refused = %v", name, r.Label(), refused)
				}
			}
			if err := callAs(admin.seat); !hall.IsCode(err, hall.CodeUnpaired) {
				t.Errorf("%s as the administrator: %v, want unpaired", name, err)
			}
		}
	}
	for name := range app.DeviceMethods {
		if !seen[name] {
			t.Errorf("app.DeviceMethods names %s, which is not a bound method", name)
		}
	}
}
