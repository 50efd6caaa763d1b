package app_test

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func TestLoginWrongPasswordCountsDown(t *testing.T) {
	e := newEnv(t)
	e.setup()
	d := e.desk()
	for i, want := range []string{"再错4次", "再错3次", "再错2次", "再错1次"} {
		_, err := d.auth.Login(app.LoginInput{Username: "admin", Password: "wrong-password"})
		er := wantCode(t, err, hall.CodeInvalid)
		if er.Field != "password" || !strings.HasPrefix(er.Message, "登录名或密码错误") || !strings.Contains(er.Message, want) {
			t.Fatalf("attempt %d: %+v, want %q", i+1, er, want)
		}
	}
	// A right password before the fifth resets the count.
	_, err := d.auth.Login(app.LoginInput{Username: "ADMIN", Password: adminPassword})
	must(t, err)
	_, err = e.desk().auth.Login(app.LoginInput{Username: "admin", Password: "wrong-password"})
	if er := wantCode(t, err, hall.CodeInvalid); !strings.Contains(er.Message, "再错4次") {
		t.Fatalf("after a good login: %q", er.Message)
	}
}

func TestLoginRefusals(t *testing.T) {
	e := newEnv(t)
	e.setup()
	for _, tc := range []struct {
		name  string
		in    app.LoginInput
		field string
	}{
		{"empty", app.LoginInput{}, "username"},
		{"no password", app.LoginInput{Username: "admin"}, "username"},
		{"unknown user", app.LoginInput{Username: "nobody", Password: adminPassword}, "password"},
		{"too long", app.LoginInput{Username: strings.Repeat("a", 65), Password: adminPassword}, "username"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := e.desk()
			_, err := d.auth.Login(tc.in)
			if er := wantCode(t, err, hall.CodeInvalid); er.Field != tc.field || er.Message == "" {
				t.Fatalf("error = %+v", er)
			}
			if d.seat.Token() != "" {
				t.Fatal("refused login left a session token")
			}
		})
	}
}

func TestFiveWrongPasswordsLock(t *testing.T) {
	e := newEnv(t)
	e.setup()
	d := e.desk()
	wrong := func() error {
		_, err := d.auth.Login(app.LoginInput{Username: "admin", Password: "wrong-password"})
		return err
	}
	right := func() error {
		_, err := d.auth.Login(app.LoginInput{Username: "admin", Password: adminPassword})
		return err
	}
	lock := func(t *testing.T) {
		t.Helper()
		for i := 0; i < 4; i++ {
			wantCode(t, wrong(), hall.CodeInvalid)
		}
		if er := wantCode(t, wrong(), hall.CodeInvalid); !strings.Contains(er.Message, "已锁定5分钟") {
			t.Fatalf("fifth wrong password: %q", er.Message)
		}
	}

	lock(t) // at 09:00 China time: locked until 09:05
	er := wantCode(t, right(), hall.CodeForbidden)
	if !strings.Contains(er.Message, "已锁定") || !strings.Contains(er.Message, "09:05") {
		t.Fatalf("locked message = %q", er.Message)
	}
	e.clock.advance(5*time.Minute - time.Second)
	wantCode(t, right(), hall.CodeForbidden)
	wantCode(t, wrong(), hall.CodeForbidden) // a locked account does not even check the password
	e.clock.advance(2 * time.Second)
	must(t, right())
	st, err := d.sys.Status()
	must(t, err)
	if st.Operator == nil || st.Operator.Username != "admin" || st.Operator.LockedUntil != "" {
		t.Fatalf("status after unlock = %+v", st.Operator)
	}

	t.Run("locks again after a lock ran out", func(t *testing.T) {
		e.clock.advance(time.Hour)
		lock(t)
		wantCode(t, right(), hall.CodeForbidden)
		e.clock.advance(5*time.Minute + time.Second)
		// The expired lock starts a fresh count, and five more wrong passwords lock again.
		lock(t)
		wantCode(t, right(), hall.CodeForbidden)
	})

	t.Run("administrator reset unlocks", func(t *testing.T) {
		e.clock.advance(10 * time.Minute)
		admin := e.login("admin")
		clerk := e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
		c := e.desk()
		for i := 0; i < 5; i++ {
			c.auth.Login(app.LoginInput{Username: "wang", Password: "wrong-password"})
		}
		_, err := c.auth.Login(app.LoginInput{Username: "wang", Password: "pass-wang"})
		wantCode(t, err, hall.CodeForbidden)
		_, err = admin.ops.ResetPassword(app.ResetPasswordInput{ID: clerk.ID, Password: "brand-new-pw"})
		must(t, err)
		_, err = c.auth.Login(app.LoginInput{Username: "wang", Password: "brand-new-pw"})
		must(t, err)
	})
}

func TestLoginIsAudited(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk := e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	d := e.desk()
	d.auth.Login(app.LoginInput{Username: "wang", Password: "wrong-password"})
	_, err := d.auth.Login(app.LoginInput{Username: "wang", Password: "pass-wang"})
	must(t, err)
	_, err = d.auth.Logout()
	must(t, err)
	p, err := admin.audit.List(hall.AuditQuery{OperatorID: clerk.ID})
	must(t, err)
	var got []string
	for _, it := range p.Items {
		got = append(got, it.Action)
	}
	if strings.Join(got, ",") != strings.Join([]string{hall.ActLogout, hall.ActLogin, hall.ActLoginFailed}, ",") {
		t.Fatalf("clerk's audit = %v", got)
	}
	if d.seat.Token() != "" {
		t.Fatal("logout kept the token")
	}
	_, err = d.res.Search(hall.ResidentQuery{})
	wantCode(t, err, hall.CodeUnauthenticated)
}

func TestDeactivatedOperator(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk := e.addOperator(admin, "wang", "王芳", hall.RoleClerk)

	t.Run("through the service", func(t *testing.T) {
		d := e.login("wang")
		_, err := admin.ops.SetActive(app.SetActiveInput{ID: clerk.ID, Active: false})
		must(t, err)
		_, err = d.res.Search(hall.ResidentQuery{})
		wantCode(t, err, hall.CodeUnauthenticated)
		_, err = e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "pass-wang"})
		if er := wantCode(t, err, hall.CodeForbidden); !strings.Contains(er.Message, "已停用") {
			t.Fatalf("message = %q", er.Message)
		}
		_, err = admin.ops.SetActive(app.SetActiveInput{ID: clerk.ID, Active: true})
		must(t, err)
	})

	t.Run("behind the session's back", func(t *testing.T) {
		// Deactivated directly in the store: the session table does not know, Require must.
		d := e.login("wang")
		must(t, e.core.Store.SetOperatorActive(t.Context(), hall.Actor{OperatorID: 1, Name: "管理员甲"}, clerk.ID, false))
		_, err := d.res.Search(hall.ResidentQuery{})
		if er := wantCode(t, err, hall.CodeUnauthenticated); !strings.Contains(er.Message, "已停用") {
			t.Fatalf("message = %q", er.Message)
		}
		if d.seat.Token() != "" {
			t.Fatal("session of a deactivated operator kept its token")
		}
		st, err := d.sys.Status()
		must(t, err)
		if st.Operator != nil {
			t.Fatal("status still shows the deactivated operator")
		}
		// Reactivating does not revive the ended session.
		must(t, e.core.Store.SetOperatorActive(t.Context(), hall.Actor{OperatorID: 1, Name: "管理员甲"}, clerk.ID, true))
		_, err = d.res.Search(hall.ResidentQuery{})
		wantCode(t, err, hall.CodeUnauthenticated)
	})

	t.Run("administrator cannot deactivate self", func(t *testing.T) {
		st, err := admin.sys.Status()
		must(t, err)
		_, err = admin.ops.SetActive(app.SetActiveInput{ID: st.Operator.ID, Active: false})
		wantCode(t, err, hall.CodeConflict)
	})
}

func TestRoleChangeEndsSession(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk := e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	d := e.login("wang")
	_, err := admin.ops.Save(hall.OperatorInput{ID: clerk.ID, Username: "wang", Name: "王芳", Role: hall.RoleLeader})
	must(t, err)
	_, err = d.res.Search(hall.ResidentQuery{})
	wantCode(t, err, hall.CodeUnauthenticated)
	d = e.login("wang")
	_, err = d.res.Reveal(hall.RevealInput{ResidentID: 1, Field: "idNumber"})
	wantCode(t, err, hall.CodeForbidden)
}

func TestIdleExpiry(t *testing.T) {
	e := newEnv(t)
	admin := e.setup() // default idle time: 30 minutes
	d := e.login("admin")
	search := func(d *desk) error { _, err := d.res.Search(hall.ResidentQuery{}); return err }

	e.clock.advance(29 * time.Minute)
	must(t, search(d)) // each call counts as activity
	e.clock.advance(30 * time.Minute)
	must(t, search(d))
	e.clock.advance(30*time.Minute + time.Second)
	er := wantCode(t, search(d), hall.CodeUnauthenticated)
	if !strings.Contains(er.Message, "请先登录") {
		t.Fatalf("message = %q", er.Message)
	}
	wantCode(t, search(admin), hall.CodeUnauthenticated)
	st, err := d.sys.Status()
	must(t, err)
	if st.Operator != nil {
		t.Fatal("expired session still in status")
	}

	// A shorter idle time set by the administrator applies at once.
	admin = e.login("admin")
	hs := hallSettings()
	hs.IdleMinutes = 10
	_, err = admin.sys.SaveSettings(hs)
	must(t, err)
	e.clock.advance(10 * time.Minute)
	must(t, search(admin))
	e.clock.advance(10*time.Minute + time.Second)
	wantCode(t, search(admin), hall.CodeUnauthenticated)
}

func TestChangePassword(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	d := e.login("wang")
	_, err := d.auth.ChangePassword(app.ChangePasswordInput{OldPassword: "nope-nope", NewPassword: "new-password-1"})
	if er := wantCode(t, err, hall.CodeInvalid); er.Field != "oldPassword" {
		t.Fatalf("field = %q", er.Field)
	}
	_, err = d.auth.ChangePassword(app.ChangePasswordInput{OldPassword: "pass-wang", NewPassword: "short"})
	if er := wantCode(t, err, hall.CodeInvalid); er.Field != "newPassword" {
		t.Fatalf("field = %q", er.Field)
	}
	_, err = d.auth.ChangePassword(app.ChangePasswordInput{OldPassword: "pass-wang", NewPassword: "new-password-1"})
	must(t, err)
	_, err = e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "pass-wang"})
	wantCode(t, err, hall.CodeInvalid)
	_, err = e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "new-password-1"})
	must(t, err)
}
