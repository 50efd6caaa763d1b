package app_test

import (
	"bytes"
	"database/sql"
	"io"
	"log/slog"
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func TestStatusBeforeAndAfterSetup(t *testing.T) {
	e := newEnv(t)
	d := e.desk()
	st, err := d.sys.Status()
	must(t, err)
	if !st.NeedsSetup || st.Operator != nil || len(st.Permissions) != 0 || st.Version != "test" ||
		st.Today != hall.MustDate("2025-03-10") || st.IdleMinutes != hall.DefaultIdleMinutes {
		t.Fatalf("status before setup = %+v", st)
	}

	st, err = d.sys.Setup(hall.SetupInput{Hall: hallSettings(),
		Admin: hall.OperatorInput{Username: "admin", Name: "管理员甲", Role: hall.RoleClerk, Password: adminPassword}})
	must(t, err)
	if st.NeedsSetup || st.Operator == nil || st.Operator.Username != "admin" || st.HallName != "便民服务大厅" || st.Township != "阿勒腾席热镇" {
		t.Fatalf("status after setup = %+v", st)
	}
	if st.Operator.Role != hall.RoleAdmin { // the first operator is always an administrator
		t.Fatalf("first operator role = %q", st.Operator.Role)
	}
	if !reflect.DeepEqual(st.Permissions, hall.PermissionsOf(hall.RoleAdmin)) {
		t.Fatalf("permissions = %v", st.Permissions)
	}

	// The setup signed the administrator in: admin-only calls work on this seat.
	if _, err := d.ops.List(); err != nil {
		t.Fatalf("admin after setup: %v", err)
	}
	// Another seat sees the hall set up but nobody signed in.
	other, err := e.desk().sys.Status()
	must(t, err)
	if other.NeedsSetup || other.Operator != nil || other.HallName != "便民服务大厅" {
		t.Fatalf("status on another seat = %+v", other)
	}
}

func TestSecondSetupRefused(t *testing.T) {
	e := newEnv(t)
	e.setup()
	for _, d := range []*desk{e.desk(), e.login("admin")} {
		_, err := d.sys.Setup(hall.SetupInput{Hall: hall.HallSettings{HallName: "冒名大厅", Township: "某镇", Banner: "某旗", Phone: "13800000000"},
			Admin: hall.OperatorInput{Username: "intruder", Name: "外人", Password: "intruder-pass"}})
		er := wantCode(t, err, hall.CodeConflict)
		if !strings.Contains(er.Message, "已完成初始设置") {
			t.Fatalf("message = %q", er.Message)
		}
	}
	d := e.desk()
	_, err := d.auth.Login(app.LoginInput{Username: "intruder", Password: "intruder-pass"})
	wantCode(t, err, hall.CodeInvalid)
	st, err := d.sys.Status()
	must(t, err)
	if st.HallName != "便民服务大厅" || st.Operator != nil {
		t.Fatalf("status after refused setup = %+v", st)
	}
}

func TestSetupValidates(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		name  string
		in    hall.SetupInput
		field string
	}{
		{"no hall name", hall.SetupInput{Hall: hall.HallSettings{Township: "镇", Banner: "旗", Phone: "13800000000"},
			Admin: hall.OperatorInput{Username: "admin", Name: "甲", Password: adminPassword}}, "hallName"},
		{"short password", hall.SetupInput{Hall: hallSettings(),
			Admin: hall.OperatorInput{Username: "admin", Name: "甲", Password: "short"}}, "password"},
		{"bad username", hall.SetupInput{Hall: hallSettings(),
			Admin: hall.OperatorInput{Username: "管理员", Name: "甲", Password: adminPassword}}, "username"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := e.desk()
			_, err := d.sys.Setup(tc.in)
			if er := wantCode(t, err, hall.CodeInvalid); er.Field != tc.field {
				t.Fatalf("field = %q, want %q", er.Field, tc.field)
			}
			st, err := d.sys.Status()
			must(t, err)
			if !st.NeedsSetup || st.Operator != nil {
				t.Fatalf("status = %+v", st)
			}
		})
	}
}

func TestPanicBecomesInternal(t *testing.T) {
	var logged bytes.Buffer
	e := newEnv(t)
	e.core.Log = slog.New(slog.NewTextHandler(&logged, nil))
	e.core.OnReady = func(screen string) { panic("boom in " + screen) }
	_, err := e.desk().sys.ReportReady("login")
	if er := wantCode(t, err, hall.CodeInternal); er.Message != hall.InternalMessage {
		t.Fatalf("message = %q", er.Message)
	}
	if !strings.Contains(logged.String(), "boom in login") {
		t.Fatalf("panic not logged: %s", logged.String())
	}

	// A Core without a store panics on the first query; the service still answers.
	broken := app.NewCore(nil, e.clock.now, "test", slog.New(slog.NewTextHandler(io.Discard, nil)))
	st, err := deskOf(broken, app.NewSeat("")).sys.Status()
	if er := wantCode(t, err, hall.CodeInternal); er.Message != hall.InternalMessage || st.HallName != "" {
		t.Fatalf("status %+v, message %q", st, er.Message)
	}
}

func TestInternalErrorsHideDetail(t *testing.T) {
	var logged bytes.Buffer
	e := newEnv(t)
	e.core.Log = slog.New(slog.NewTextHandler(&logged, nil))
	admin := e.setup()

	// Break the schema behind the store's back: the next resident query fails in SQL.
	db, err := sql.Open("sqlite3", "file:"+e.path)
	must(t, err)
	_, err = db.Exec(`DROP TABLE resident_tags`)
	db.Close()
	must(t, err)

	_, err = admin.res.Search(hall.ResidentQuery{Text: "张"})
	checkHidden(t, err)
	if !strings.Contains(logged.String(), "no such table: resident_tags") {
		t.Fatalf("detail not logged: %s", logged.String())
	}

	// A closed store: every service answers with the generic message.
	must(t, e.core.Store.Close())
	for name, call := range map[string]func() error{
		"Status": func() error { _, err := e.desk().sys.Status(); return err },
		"Login": func() error {
			_, err := e.desk().auth.Login(app.LoginInput{Username: "admin", Password: adminPassword})
			return err
		},
		"List":     func() error { _, err := admin.ops.List(); return err },
		"Villages": func() error { _, err := admin.places.Villages(true); return err },
		"Search":   func() error { _, err := admin.res.Search(hall.ResidentQuery{}); return err },
	} {
		t.Run(name, func(t *testing.T) { checkHidden(t, call()) })
	}
}

func checkHidden(t *testing.T, err error) {
	t.Helper()
	er := wantCode(t, err, hall.CodeInternal)
	if er.Message != hall.InternalMessage || er.Field != "" {
		t.Fatalf("internal error = %+v", er)
	}
	for _, leak := range []string{"sql", "SQL", "table", "database", "closed", "SELECT"} {
		if strings.Contains(err.Error(), leak) {
			t.Fatalf("error %q leaks %q", err.Error(), leak)
		}
	}
}
