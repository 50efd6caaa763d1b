package app_test

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// bcryptCounts counts the core's bcrypt computations by kind.
type bcryptCounts map[app.PasswordEvent]int

func countBcrypt(e *env) bcryptCounts {
	n := bcryptCounts{}
	e.core.OnPassword = func(ev app.PasswordEvent) { n[ev]++ }
	return n
}

// comparisons is how many passwords were compared, with an account's hash or the stand-in.
func (n bcryptCounts) comparisons() int { return n[app.PasswordChecked] + n[app.PasswordStandIn] }

// TestRefusedLoginsLookAlike: an unknown name, a wrong password, a deactivated account and a
// locked one (each with its right password) get the same answer, and each costs exactly one
// bcrypt comparison, so neither the message nor the time tells them apart.
func TestRefusedLoginsLookAlike(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	off := e.addOperator(admin, "off", "停用甲", hall.RoleClerk)
	_, err := admin.ops.SetActive(app.SetActiveInput{ID: off.ID, Version: versionOf(e, e.core.Store.Operator, off.ID), Active: false})
	must(t, err)
	e.addOperator(admin, "locked", "锁定乙", hall.RoleClerk)
	for i := 0; i < hall.MaxFailedLogins; i++ {
		e.desk().auth.Login(app.LoginInput{Username: "locked", Password: "wrong-password"})
	}
	n := countBcrypt(e)
	var first *hall.Error
	for _, tc := range []struct {
		name    string
		in      app.LoginInput
		standIn bool
	}{
		{"unknown name", app.LoginInput{Username: "nobody", Password: "pass-nobody"}, true},
		{"wrong password", app.LoginInput{Username: "admin", Password: "wrong-password"}, false},
		{"deactivated, right password", app.LoginInput{Username: "off", Password: "pass-off"}, true},
		{"locked, right password", app.LoginInput{Username: "locked", Password: "pass-locked"}, true},
	} {
		before := n.comparisons()
		standIns := n[app.PasswordStandIn]
		d := e.desk()
		_, err := d.auth.Login(tc.in)
		er := wantCode(t, err, hall.CodeInvalid)
		if first == nil {
			first = er
		}
		if er.Error() != first.Error() {
			t.Errorf("%s: %+v, want the same as %+v", tc.name, er, first)
		}
		if n.comparisons()-before != 1 || (n[app.PasswordStandIn]-standIns == 1) != tc.standIn {
			t.Errorf("%s: %d comparisons (%d stand-in), want exactly one", tc.name, n.comparisons()-before, n[app.PasswordStandIn]-standIns)
		}
		if d.seat.Token() != "" {
			t.Errorf("%s: a refused login left a session", tc.name)
		}
	}
	if first.Field != "password" || !strings.Contains(first.Message, "登录名或密码不正确") || strings.Contains(first.Message, "再错") {
		t.Fatalf("message = %+v", first)
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
	n := countBcrypt(e)
	d := e.desk()
	wrong := func() error {
		_, err := d.auth.Login(app.LoginInput{Username: "admin", Password: "wrong-password"})
		return err
	}
	right := func() error {
		_, err := d.auth.Login(app.LoginInput{Username: "admin", Password: adminPassword})
		return err
	}
	lockedUntil := func() string {
		cred, err := e.core.Store.Credentials(t.Context(), "admin")
		must(t, err)
		return cred.Operator.LockedUntil
	}
	lock := func(t *testing.T) {
		t.Helper()
		for i := 0; i < hall.MaxFailedLogins; i++ {
			wantCode(t, wrong(), hall.CodeInvalid)
		}
		if want := e.clock.now().Add(hall.LockDuration).UTC().Format(time.RFC3339); lockedUntil() != want {
			t.Fatalf("locked until %q, want %q", lockedUntil(), want)
		}
	}

	lock(t) // at 09:00 China time: locked until 09:05
	checks := n[app.PasswordChecked]
	wantCode(t, right(), hall.CodeInvalid)
	e.clock.advance(5*time.Minute - time.Second)
	wantCode(t, right(), hall.CodeInvalid)
	wantCode(t, wrong(), hall.CodeInvalid)
	if n[app.PasswordChecked] != checks {
		t.Fatal("a locked account's password was checked")
	}
	e.clock.advance(2 * time.Second)
	must(t, right())
	st, err := d.sys.Status()
	must(t, err)
	if st.Operator == nil || st.Operator.Username != "admin" || st.Operator.LockedUntil != "" {
		t.Fatalf("status after unlock = %+v", st.Operator)
	}

	t.Run("a right password before the fifth clears the count", func(t *testing.T) {
		for i := 0; i < hall.MaxFailedLogins-1; i++ {
			wantCode(t, wrong(), hall.CodeInvalid)
		}
		must(t, right())
		for i := 0; i < hall.MaxFailedLogins-1; i++ {
			wantCode(t, wrong(), hall.CodeInvalid)
		}
		if lockedUntil() != "" {
			t.Fatal("locked before the fifth failure in a row")
		}
		must(t, right())
	})

	t.Run("locks again after a lock ran out", func(t *testing.T) {
		e.clock.advance(time.Hour)
		lock(t)
		wantCode(t, right(), hall.CodeInvalid)
		e.clock.advance(5*time.Minute + time.Second)
		// The expired lock starts a fresh count, and five more wrong passwords lock again.
		lock(t)
		wantCode(t, right(), hall.CodeInvalid)
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
		wantCode(t, err, hall.CodeInvalid)
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
		_, err := admin.ops.SetActive(app.SetActiveInput{ID: clerk.ID, Version: versionOf(e, e.core.Store.Operator, clerk.ID), Active: false})
		must(t, err)
		_, err = d.res.Search(hall.ResidentQuery{})
		wantCode(t, err, hall.CodeUnauthenticated)
		_, err = e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "pass-wang"})
		if er := wantCode(t, err, hall.CodeInvalid); !strings.Contains(er.Message, "登录名或密码不正确") {
			t.Fatalf("message = %q", er.Message)
		}
		_, err = admin.ops.SetActive(app.SetActiveInput{ID: clerk.ID, Version: versionOf(e, e.core.Store.Operator, clerk.ID), Active: true})
		must(t, err)
	})

	t.Run("behind the session's back", func(t *testing.T) {
		// Deactivated directly in the store: the session table does not know, Require must.
		d := e.login("wang")
		must(t, e.core.Store.SetOperatorActive(t.Context(), hall.Actor{OperatorID: 1, Name: "管理员甲"}, clerk.ID, versionOf(e, e.core.Store.Operator, clerk.ID), false))
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
		must(t, e.core.Store.SetOperatorActive(t.Context(), hall.Actor{OperatorID: 1, Name: "管理员甲"}, clerk.ID, versionOf(e, e.core.Store.Operator, clerk.ID), true))
		_, err = d.res.Search(hall.ResidentQuery{})
		wantCode(t, err, hall.CodeUnauthenticated)
	})

	t.Run("administrator cannot deactivate self", func(t *testing.T) {
		st, err := admin.sys.Status()
		must(t, err)
		_, err = admin.ops.SetActive(app.SetActiveInput{ID: st.Operator.ID, Version: versionOf(e, e.core.Store.Operator, st.Operator.ID), Active: false})
		wantCode(t, err, hall.CodeConflict)
	})
}

func TestRoleChangeEndsSession(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk := e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	d := e.login("wang")
	_, err := admin.ops.Save(hall.OperatorInput{ID: clerk.ID, Version: versionOf(e, e.core.Store.Operator, clerk.ID), Username: "wang", Name: "王芳", Role: hall.RoleLeader})
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

// TestStatusKeepsSessionAlive: the frontend's keep-alive is a status call; it counts as
// activity, and the status tells the frontend the idle time the server applies.
func TestStatusKeepsSessionAlive(t *testing.T) {
	e := newEnv(t)
	e.setup()
	d := e.login("admin")
	for i := 0; i < 3; i++ {
		e.clock.advance(25 * time.Minute)
		st, err := d.sys.Status()
		must(t, err)
		if st.Operator == nil || st.IdleSeconds != 30*60 {
			t.Fatalf("status after %d keep-alives = %+v", i+1, st)
		}
	}
	e.clock.advance(30*time.Minute + time.Second)
	wantCode(t, signedIn(d), hall.CodeUnauthenticated)
}

// TestPinnedIdle: a pinned idle time (end-to-end tests) wins over the hall's setting, now and
// after the administrator saves the settings.
func TestPinnedIdle(t *testing.T) {
	e := newEnv(t)
	e.core.Sessions.PinIdle(20 * time.Second)
	admin := e.setup()
	_, err := admin.sys.SaveSettings(hallSettings())
	must(t, err)
	st, err := admin.sys.Status()
	must(t, err)
	if st.IdleSeconds != 20 || st.IdleMinutes != hall.DefaultIdleMinutes {
		t.Fatalf("idle = %ds, setting %d min", st.IdleSeconds, st.IdleMinutes)
	}
	e.clock.advance(20 * time.Second)
	must(t, signedIn(admin))
	e.clock.advance(20*time.Second + time.Millisecond)
	wantCode(t, signedIn(admin), hall.CodeUnauthenticated)
}
