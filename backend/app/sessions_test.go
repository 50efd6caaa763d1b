package app_test

import (
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func signedIn(d *desk) error {
	_, err := d.res.Search(hall.ResidentQuery{})
	return err
}

// TestPasswordChangeEndsOtherSessions: whoever changes their password keeps this seat; every
// other seat of theirs (a browser left signed in elsewhere) is signed out.
func TestPasswordChangeEndsOtherSessions(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	here, elsewhere := e.login("wang"), e.login("wang")
	_, err := here.auth.ChangePassword(app.ChangePasswordInput{OldPassword: "pass-wang", NewPassword: "new-password-1"})
	must(t, err)
	must(t, signedIn(here))
	wantCode(t, signedIn(elsewhere), hall.CodeUnauthenticated)
	must(t, signedIn(admin))
}

// TestPasswordResetEndsEverySession: an administrator's reset signs the operator out
// everywhere; resetting one's own password keeps one's own seat.
func TestPasswordResetEndsEverySession(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk := e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	one, two := e.login("wang"), e.login("wang")
	_, err := admin.ops.ResetPassword(app.ResetPasswordInput{ID: clerk.ID, Password: "brand-new-pw"})
	must(t, err)
	wantCode(t, signedIn(one), hall.CodeUnauthenticated)
	wantCode(t, signedIn(two), hall.CodeUnauthenticated)

	st, err := admin.sys.Status()
	must(t, err)
	otherAdmin := e.login("admin")
	_, err = admin.ops.ResetPassword(app.ResetPasswordInput{ID: st.Operator.ID, Password: "admin-pass-2"})
	must(t, err)
	must(t, signedIn(admin))
	wantCode(t, signedIn(otherAdmin), hall.CodeUnauthenticated)
}

// TestWrongOldPasswordsCountAsFailedLogins: the change-password form is no side door for
// guessing. Its wrong old passwords and wrong logins count together; the fifth locks the
// account and ends the session that made it.
func TestWrongOldPasswordsCountAsFailedLogins(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "wang", "王芳", hall.RoleClerk)
	d := e.login("wang")
	n := countBcrypt(e)
	change := func() error {
		_, err := d.auth.ChangePassword(app.ChangePasswordInput{OldPassword: "guess-guess", NewPassword: "new-password-1"})
		return err
	}
	for i, left := range []string{"再错4次", "再错3次", "再错2次"} {
		er := wantCode(t, change(), hall.CodeInvalid)
		if er.Field != "oldPassword" || !strings.Contains(er.Message, left) {
			t.Fatalf("attempt %d: %+v", i+1, er)
		}
	}
	e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "wrong-password"})
	er := wantCode(t, change(), hall.CodeUnauthenticated)
	if !strings.Contains(er.Message, "已锁定") {
		t.Fatalf("fifth failure: %+v", er)
	}
	if n[app.PasswordChecked] != hall.MaxFailedLogins {
		t.Fatalf("%d password checks, want %d", n[app.PasswordChecked], hall.MaxFailedLogins)
	}
	wantCode(t, signedIn(d), hall.CodeUnauthenticated)
	_, err := e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "pass-wang"})
	wantCode(t, err, hall.CodeInvalid)

	t.Run("a locked operator still signed in elsewhere cannot change it", func(t *testing.T) {
		e.clock.advance(hall.LockDuration + 1)
		other := e.login("wang")
		for i := 0; i < hall.MaxFailedLogins; i++ {
			e.desk().auth.Login(app.LoginInput{Username: "wang", Password: "wrong-password"})
		}
		_, err := other.auth.ChangePassword(app.ChangePasswordInput{OldPassword: "pass-wang", NewPassword: "new-password-1"})
		if er := wantCode(t, err, hall.CodeForbidden); !strings.Contains(er.Message, "锁定") {
			t.Fatalf("message = %q", er.Message)
		}
	})
}

// TestSetupOfASetUpHallIsRefusedFirst: a second setup is refused before any hashing (an
// impossible bcrypt cost would turn hashing into an internal error).
func TestSetupOfASetUpHallIsRefusedFirst(t *testing.T) {
	e := newEnv(t)
	e.setup()
	n := countBcrypt(e)
	app.HashCost = bcrypt.MaxCost + 1
	defer func() { app.HashCost = bcrypt.MinCost }()
	_, err := e.desk().sys.Setup(hall.SetupInput{Hall: hallSettings(),
		Admin: hall.OperatorInput{Username: "boss", Name: "管理员乙", Password: "another-pass"}})
	wantCode(t, err, hall.CodeConflict)
	if n[app.PasswordHashed] != 0 {
		t.Fatal("a refused setup hashed a password")
	}
}

// TestLedgerFilterNamesAKnownLedger: a ledger name that is none of the three (Excel's
// forbidden characters, more than 31 characters) is refused clearly, by the export and the list.
func TestLedgerFilterNamesAKnownLedger(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	exports := app.ServiceOf[*app.ExportService](e.core, admin.seat)
	cases := app.ServiceOf[*app.CaseService](e.core, admin.seat)
	for _, ledger := range []string{`a*b`, `即办\代办`, strings.Repeat("代", 32), "[即办]", "即办事项"} {
		_, err := exports.Ledger(hall.CaseQuery{Ledger: ledger})
		if er := wantCode(t, err, hall.CodeInvalid); er.Field != "ledger" || !strings.Contains(er.Message, "台账") {
			t.Fatalf("export of %q: %+v", ledger, er)
		}
		_, err = cases.Ledger(hall.CaseQuery{Ledger: ledger})
		wantCode(t, err, hall.CodeInvalid)
	}
	for _, ledger := range []string{"", hall.LedgerInstant, hall.LedgerProxy, hall.LedgerEscalate} {
		doc, err := exports.Ledger(hall.CaseQuery{Ledger: ledger})
		must(t, err)
		if doc.Base64 == "" {
			t.Fatalf("export of %q is empty", ledger)
		}
	}
}
