package app_test

import (
	"fmt"
	"io"
	"log/slog"
	"slices"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// fakeLAN is a LAN server that serves nothing: it records what it was told and refuses busy.
type fakeLAN struct {
	port   int // 0: stopped
	busy   int
	starts []int
	stops  int
}

func (f *fakeLAN) Start(port int) ([]string, error) {
	if port == f.busy {
		return nil, hall.Conflict(fmt.Sprintf("端口 %d 已被其他程序占用", port))
	}
	f.port = port
	f.starts = append(f.starts, port)
	return f.Addresses(), nil
}

func (f *fakeLAN) Stop() error {
	f.port = 0
	f.stops++
	return nil
}

func (f *fakeLAN) Addresses() []string {
	if f.port == 0 {
		return nil
	}
	return []string{fmt.Sprintf("http://192.168.1.10:%d/", f.port)}
}

func lanAudit(t *testing.T, admin *desk) []hall.AuditEntry {
	t.Helper()
	page, err := admin.audit.List(hall.AuditQuery{Entity: "局域网服务"})
	must(t, err)
	return page.Items
}

func TestNetworkSwitch(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	fake := &fakeLAN{busy: 8081}
	e.core.LAN.Server = fake
	mgr := app.ServiceOf[*app.DeviceService](e.core, admin.seat)

	info, err := mgr.Network()
	must(t, err)
	if !info.Switchable || info.Enabled || info.Serving || info.Port != hall.LANPortDefault {
		t.Fatalf("fresh network = %+v", info)
	}

	for _, tc := range []struct {
		name string
		port int
		code hall.Code
	}{
		{"reserved port", 80, hall.CodeInvalid},
		{"past the last port", 70000, hall.CodeInvalid},
		{"port in use", 8081, hall.CodeConflict},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := mgr.SetNetwork(true, tc.port)
			wantCode(t, err, tc.code)
			if ls, _ := e.core.Store.LANSetting(t.Context()); ls.Enabled || ls.Port != hall.LANPortDefault {
				t.Errorf("setting changed: %+v", ls)
			}
			if fake.port != 0 || len(lanAudit(t, admin)) != 0 {
				t.Errorf("refused switch changed something: port %d, audit %+v", fake.port, lanAudit(t, admin))
			}
		})
	}

	info, err = mgr.SetNetwork(true, 8090)
	must(t, err)
	if !info.Enabled || !info.Serving || info.Port != 8090 || !slices.Equal(info.Addresses, []string{"http://192.168.1.10:8090/"}) {
		t.Fatalf("switched on = %+v", info)
	}
	if ls, _ := e.core.Store.LANSetting(t.Context()); !ls.Enabled || ls.Port != 8090 {
		t.Fatalf("setting = %+v", ls)
	}
	// Switching on again on the same port neither restarts the server nor writes an audit line.
	_, err = mgr.SetNetwork(true, 8090)
	must(t, err)
	if !slices.Equal(fake.starts, []int{8090}) || len(lanAudit(t, admin)) != 1 {
		t.Fatalf("starts = %v, audit %+v", fake.starts, lanAudit(t, admin))
	}
	// Moving to another port while serving.
	info, err = mgr.SetNetwork(true, 8092)
	must(t, err)
	if !slices.Equal(fake.starts, []int{8090, 8092}) || info.Port != 8092 || !info.Serving {
		t.Fatalf("moved = %+v, starts %v", info, fake.starts)
	}
	info, err = mgr.SetNetwork(false, 8092)
	must(t, err)
	if info.Enabled || info.Serving || fake.stops != 1 {
		t.Fatalf("switched off = %+v, stops %d", info, fake.stops)
	}
	lines := lanAudit(t, admin)
	if len(lines) != 3 || lines[0].Action != hall.ActDeactivate || lines[1].Detail != "开启局域网服务（端口 8092）" || lines[2].Action != hall.ActActivate ||
		lines[2].Detail != "开启局域网服务（端口 8090）" || lines[0].OperatorName != "管理员甲" {
		t.Fatalf("audit = %+v", lines)
	}
}

func TestNetworkPermissions(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	fake := &fakeLAN{}
	e.core.LAN.Server = fake
	clerk := e.addOperator(admin, "clerk1", "窗口甲", hall.RoleClerk)
	clerkDevs := app.ServiceOf[*app.DeviceService](e.core, e.core.SignedInSeat(clerk.ID))
	_, err := clerkDevs.Network()
	wantCode(t, err, hall.CodeForbidden)
	_, err = clerkDevs.SetNetwork(true, 8090)
	wantCode(t, err, hall.CodeForbidden)
	_, err = app.ServiceOf[*app.DeviceService](e.core, app.NewSeat("")).SetNetwork(true, 8090)
	wantCode(t, err, hall.CodeUnauthenticated)

	// An administrator in a browser on the hall's network sees it served but has no switch:
	// it could cut off the network it came through.
	remote := app.NewSeat("").From("192.168.1.40")
	_, err = deskOf(e.core, remote).auth.Login(app.LoginInput{Username: "admin", Password: adminPassword})
	must(t, err)
	remoteDevs := app.ServiceOf[*app.DeviceService](e.core, remote)
	_, err = remoteDevs.SetNetwork(true, 8090)
	wantCode(t, err, hall.CodeForbidden)
	_, err = app.ServiceOf[*app.DeviceService](e.core, admin.seat).SetNetwork(true, 8090)
	must(t, err)
	info, err := remoteDevs.Network()
	must(t, err)
	if info.Switchable || !info.Serving || len(info.Addresses) != 1 {
		t.Fatalf("remote admin sees %+v", info)
	}
	if fake.port != 8090 || len(fake.starts) != 1 {
		t.Fatalf("fake = %+v", fake)
	}
}

func TestNetworkInBrowserMode(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	mgr := app.ServiceOf[*app.DeviceService](e.core, admin.seat)
	info, err := mgr.Network()
	must(t, err)
	if info.Switchable || info.Serving {
		t.Fatalf("this computer only: %+v", info)
	}
	e.core.LAN.Served = []string{"http://192.168.1.10:8080/"}
	info, err = mgr.Network()
	must(t, err)
	if info.Switchable || !info.Serving || !slices.Equal(info.Addresses, e.core.LAN.Served) {
		t.Fatalf("serving the network: %+v", info)
	}
	_, err = mgr.SetNetwork(false, 8080)
	wantCode(t, err, hall.CodeConflict)
	if len(lanAudit(t, admin)) != 0 {
		t.Fatal("a refused switch was audited")
	}
}

func TestNetworkResumesAtStart(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.core.LAN.Server = &fakeLAN{}
	_, err := app.ServiceOf[*app.DeviceService](e.core, admin.seat).SetNetwork(true, 8091)
	must(t, err)

	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, tc := range []struct {
		name    string
		busy    int
		serving bool
	}{
		{"port free", 0, true},
		{"port taken meanwhile", 8091, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			next := app.NewCore(e.core.Store, e.clock.now, "test", log)
			fake := &fakeLAN{busy: tc.busy}
			next.LAN.Server = fake
			next.ResumeLAN()
			if got := fake.port == 8091; got != tc.serving {
				t.Fatalf("serving = %v, want %v", got, tc.serving)
			}
			seat := app.NewSeat("")
			_, err := deskOf(next, seat).auth.Login(app.LoginInput{Username: "admin", Password: adminPassword})
			must(t, err)
			info, err := app.ServiceOf[*app.DeviceService](next, seat).Network()
			must(t, err)
			if !info.Enabled || info.Serving != tc.serving || (info.Problem != "") == tc.serving {
				t.Fatalf("network = %+v", info)
			}
		})
	}
}
