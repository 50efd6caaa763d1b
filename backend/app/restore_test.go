package app_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/backup"
	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// craft adds, with plain SQL, what an attacker would to a backup: a trigger that puts their
// password hash back after every change, a trigger that copies ID numbers into the note, a
// view, and an administrator account of their own.
func craft(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	must(t, err)
	defer db.Close()
	for _, q := range []string{
		`CREATE TRIGGER keep_password AFTER UPDATE OF password_hash ON operators
		 BEGIN UPDATE operators SET password_hash = (SELECT password_hash FROM operators WHERE username='heike') WHERE id = NEW.id; END`,
		`CREATE TRIGGER leak_id AFTER INSERT ON residents BEGIN UPDATE residents SET note = NEW.id_number WHERE id = NEW.id; END`,
		`CREATE VIEW leaked AS SELECT name, id_number FROM residents`,
		`INSERT INTO operators(username, name, role, password_hash, created_at, updated_at)
		 SELECT 'heike', '黑客', 'admin', password_hash, created_at, updated_at FROM operators WHERE username='admin'`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestRestoreOfACraftedBackupBringsDataNotCode: the confirmation and the result list what the
// backup brings that is left behind, its audit chain and every account in it; after the restore
// every session has ended, and a password reset of the attacker's account and a change of the
// administrator's own password both stick.
func TestRestoreOfACraftedBackupBringsDataNotCode(t *testing.T) {
	e, admin, village := backupEnv(t)
	e.addOperator(admin, "clerk", "王芳", hall.RoleClerk)
	clerk := e.login("clerk")
	taken, err := backupsOf(e, admin).BackupNow(app.BackupNowInput{})
	must(t, err)
	craft(t, taken.File.Path)

	b := backupsOf(e, admin)
	check, err := b.Check(app.RestoreInput{Name: taken.File.Name})
	must(t, err)
	var dropped []string
	for _, o := range check.Dropped {
		dropped = append(dropped, o.Kind+":"+o.Name)
	}
	if strings.Join(dropped, " ") != "trigger:keep_password trigger:leak_id view:leaked" {
		t.Fatalf("check: dropped %q", dropped)
	}
	var accounts []string
	for _, a := range check.Accounts {
		accounts = append(accounts, a.Username+":"+a.RoleLabel)
	}
	want := "admin:" + hall.RoleAdmin.Label() + " clerk:" + hall.RoleClerk.Label() + " heike:" + hall.RoleAdmin.Label()
	if strings.Join(accounts, " ") != want {
		t.Fatalf("check: accounts %q, want %q", accounts, want)
	}
	if check.Chain.Broken != nil || check.Chain.Checked == 0 {
		t.Fatalf("check: chain %+v", check.Chain)
	}

	res, err := b.Restore(app.RestoreInput{Name: taken.File.Name})
	must(t, err)
	if len(res.Restored.Accounts) != 3 || len(res.Restored.Dropped) != 3 || !strings.Contains(res.Message, "核对") {
		t.Fatalf("restore: %+v", res)
	}
	for _, d := range []*desk{admin, clerk} {
		_, err := d.res.Search(hall.ResidentQuery{})
		wantCode(t, err, hall.CodeUnauthenticated)
	}

	admin = e.login("admin")
	restores := auditLines(t, admin, hall.ActRestore)
	if len(restores) != 1 || !strings.Contains(restores[0].Detail, "heike（黑客，") || !strings.Contains(restores[0].Detail, "触发器 keep_password") {
		t.Fatalf("restore audit: %+v", restores)
	}
	ov, err := backupsOf(e, admin).Overview()
	must(t, err)
	if ov.LastRestore == nil || len(ov.LastRestore.Accounts) != 3 || ov.LastRestore.By != "管理员甲" {
		t.Fatalf("overview after restore: %+v", ov.LastRestore)
	}
	ops, err := admin.ops.List()
	must(t, err)
	var heike hall.Operator
	for _, o := range ops {
		if o.Username == "heike" {
			heike = o
		}
	}
	_, err = admin.ops.ResetPassword(app.ResetPasswordInput{ID: heike.ID, Password: "Reset-2025!x"})
	must(t, err)
	_, err = admin.ops.SetActive(app.SetActiveInput{ID: heike.ID, Version: versionOf(e, e.core.Store.Operator, heike.ID), Active: false})
	must(t, err)
	_, err = admin.auth.ChangePassword(app.ChangePasswordInput{OldPassword: adminPassword, NewPassword: "Changed-2025!y"})
	must(t, err)
	// The attacker's old password (the administrator's hash, copied) no longer works for either.
	_, err = e.desk().auth.Login(app.LoginInput{Username: "admin", Password: adminPassword})
	if err == nil {
		t.Fatal("the old administrator password still works after the change")
	}
	if _, err := e.desk().auth.Login(app.LoginInput{Username: "admin", Password: "Changed-2025!y"}); err != nil {
		t.Fatalf("the changed password does not work: %v", err)
	}
	// A new resident's note holds no ID number.
	first17 := "11010519700707013"
	r, err := admin.res.Save(hall.ResidentInput{Name: "赵六", IDNumber: first17 + string(idcard.CheckChar(first17)), VillageID: village})
	must(t, err)
	if r.Note != "" {
		t.Fatalf("a new resident's note after the restore: %q", r.Note)
	}
	files, _ := e.core.Backups.List()
	for _, f := range files {
		if strings.HasPrefix(f.Name, ".") {
			t.Fatalf("a temporary copy is listed: %s", f.Name)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(e.core.Backups.Dir()), ".halldesk-restore-*")); len(left) != 0 {
		t.Fatalf("temporary copies left: %v", left)
	}
}

// TestRestoreRefusesRowsTheProgramDoesNotAllow: a backup with a row this program's schema refuses
// (a resident of a village that is not there) is refused at the check and at the restore, with
// no before-restore backup taken and the live data as it was.
func TestRestoreRefusesRowsTheProgramDoesNotAllow(t *testing.T) {
	e, admin, _ := backupEnv(t)
	taken, err := backupsOf(e, admin).BackupNow(app.BackupNowInput{})
	must(t, err)
	db, err := sql.Open("sqlite3", "file:"+taken.File.Path)
	must(t, err)
	_, err = db.Exec(`INSERT INTO residents(name, birth_date, sex, village_id, created_at, updated_at)
		VALUES ('无村', '1980-01-01', '男', 999, '2025-03-10T01:00:00Z', '2025-03-10T01:00:00Z')`)
	must(t, err)
	must(t, db.Close())

	b := backupsOf(e, admin)
	_, err = b.Check(app.RestoreInput{Name: taken.File.Name})
	if er := wantCode(t, err, hall.CodeInvalid); !strings.Contains(er.Message, "引用了不存在的记录") {
		t.Fatalf("check: %q", er.Message)
	}
	_, err = b.Restore(app.RestoreInput{Name: taken.File.Name})
	if er := wantCode(t, err, hall.CodeInvalid); !strings.Contains(er.Message, "当前数据未作任何改动") {
		t.Fatalf("restore: %q", er.Message)
	}
	files, _ := e.core.Backups.List()
	for _, f := range files {
		if f.Kind == backup.KindBeforeRestore {
			t.Fatal("a before-restore backup was taken for a refused restore")
		}
	}
	if n := residentCount(t, admin); n != 1 {
		t.Fatalf("residents: %d", n)
	}
	if n := len(auditLines(t, admin, hall.ActRestore)); n != 0 {
		t.Fatalf("restore audited: %d", n)
	}
}
