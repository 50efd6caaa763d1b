package app_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/backup"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

func backupsOf(e *env, d *desk) *app.BackupService {
	e.t.Helper()
	for _, s := range e.core.Services(d.seat) {
		if b, ok := s.(*app.BackupService); ok {
			return b
		}
	}
	e.t.Fatal("BackupService is not bound")
	return nil
}

// fakeDesktop is the desktop shell with dialogs that answer what the test set.
type fakeDesktop struct{ folder, file string }

func (fakeDesktop) OpenFile(string) error                     { return nil }
func (f fakeDesktop) ChooseFolder(string) (string, error)     { return f.folder, nil }
func (f fakeDesktop) ChooseFile(title string) (string, error) { return f.file, nil }

// backupEnv is a set-up hall with backups on, a village and one resident.
func backupEnv(t *testing.T) (*env, *desk, int64) {
	t.Helper()
	e := newEnv(t)
	e.core.EnableBackups(filepath.Join(filepath.Dir(e.path), "backups"))
	admin := e.setup()
	v, err := admin.places.SaveVillage(hall.VillageInput{Name: "东风嘎查", Kind: "嘎查"})
	must(t, err)
	_, err = admin.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: "11010519491231002X", VillageID: v})
	must(t, err)
	return e, admin, v
}

func residentCount(t *testing.T, d *desk) int {
	t.Helper()
	p, err := d.res.Search(hall.ResidentQuery{})
	must(t, err)
	return p.Total
}

func auditLines(t *testing.T, d *desk, action string) []hall.AuditEntry {
	t.Helper()
	p, err := d.audit.List(hall.AuditQuery{Action: action, PageSize: 100})
	must(t, err)
	return p.Items
}

func TestBackupsAreForTheAdministratorOnly(t *testing.T) {
	e, admin, _ := backupEnv(t)
	e.addOperator(admin, "clerk", "王芳", hall.RoleClerk)
	e.addOperator(admin, "leader", "李镇长", hall.RoleLeader)
	_, err := backupsOf(e, admin).BackupNow(app.BackupNowInput{})
	must(t, err)
	files, _ := e.core.Backups.List()
	name := files[0].Name

	for _, user := range []string{"clerk", "leader"} {
		d := e.login(user)
		b := backupsOf(e, d)
		for call, fn := range map[string]func() error{
			"Overview":     func() error { _, err := b.Overview(); return err },
			"BackupNow":    func() error { _, err := b.BackupNow(app.BackupNowInput{}); return err },
			"Check":        func() error { _, err := b.Check(app.RestoreInput{Name: name}); return err },
			"Restore":      func() error { _, err := b.Restore(app.RestoreInput{Name: name}); return err },
			"ChooseFolder": func() error { _, err := b.ChooseFolder(); return err },
			"ChooseFile":   func() error { _, err := b.ChooseFile(); return err },
			"download":     func() error { _, err := e.core.BackupFile(d.seat, name); return err },
		} {
			t.Run(user+" "+call, func(t *testing.T) {
				er := wantCode(t, fn(), hall.CodeForbidden)
				if !strings.Contains(er.Message, "无权") {
					t.Fatalf("message = %q", er.Message)
				}
			})
		}
		st, err := d.sys.Status()
		must(t, err)
		if st.BackupWarning != "" {
			t.Fatalf("%s is warned about backups: %q", user, st.BackupWarning)
		}
	}
	// The refusals took no backup and restored nothing.
	if after, _ := e.core.Backups.List(); len(after) != 1 {
		t.Fatalf("backups after refusals: %d", len(after))
	}
	if n := len(auditLines(t, admin, hall.ActBackup)); n != 1 {
		t.Fatalf("backup audit lines: %d", n)
	}
	if n := len(auditLines(t, admin, hall.ActRestore)); n != 0 {
		t.Fatalf("restore audit lines: %d", n)
	}
}

func TestBackupNowInBrowserModeOffersADownload(t *testing.T) {
	e, admin, _ := backupEnv(t)
	e.core.BackupURL = "/download/backup/"
	b := backupsOf(e, admin)

	ov, err := b.Overview()
	must(t, err)
	if len(ov.Files) != 0 || ov.LastSuccess != "" || !strings.Contains(ov.Warning, "还没有成功的数据备份") || ov.Desktop ||
		ov.KeepDaily != 30 || ov.KeepMonthly != 12 || ov.DownloadURL != "/download/backup/" {
		t.Fatalf("first overview: %+v", ov)
	}
	st, err := admin.sys.Status()
	must(t, err)
	if !strings.Contains(st.BackupWarning, "还没有成功的数据备份") {
		t.Fatalf("status warning: %q", st.BackupWarning)
	}

	_, err = b.BackupNow(app.BackupNowInput{Folder: "/media/usb"})
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "folder" {
		t.Fatalf("folder in browser mode: %+v", e)
	}
	res, err := b.BackupNow(app.BackupNowInput{})
	must(t, err)
	// The name carries the head of the audit chain of the data inside (the setup's lines).
	named := fmt.Sprintf("halldesk-20250310-090000-manual-n%d-%s.db", res.File.ChainCount, res.File.ChainHash)
	if res.File.ChainCount < 1 || len(res.File.ChainHash) != 16 || res.File.Name != named || res.DownloadURL != "/download/backup/"+named ||
		!strings.Contains(res.Message, "下载") {
		t.Fatalf("backup now: %+v", res)
	}
	info, err := sqlite.InspectBackup(context.Background(), res.File.Path)
	must(t, err)
	if info.Residents != 1 || info.HallName != "便民服务大厅" {
		t.Fatalf("backup holds: %+v", info)
	}
	p, err := e.core.BackupFile(admin.seat, res.File.Name)
	must(t, err)
	if p != res.File.Path {
		t.Fatalf("download path %s", p)
	}
	_, err = e.core.BackupFile(admin.seat, "../halldesk.db")
	wantCode(t, err, hall.CodeInvalid)

	ov, err = b.Overview()
	must(t, err)
	if len(ov.Files) != 1 || ov.Warning != "" || ov.LastSuccess != "2025-03-10T01:00:00Z" || ov.TotalSize != res.File.Size {
		t.Fatalf("overview after backup: %+v", ov)
	}
	lines := auditLines(t, admin, hall.ActBackup)
	if len(lines) != 1 || lines[0].OperatorName != "管理员甲" || lines[0].Entity != hall.EntityBackup || !strings.Contains(lines[0].Detail, res.File.Path) {
		t.Fatalf("backup audit: %+v", lines)
	}
	if dl := auditLines(t, admin, hall.ActDownloadBackup); len(dl) != 1 || dl[0].Detail != res.File.Name {
		t.Fatalf("download audit: %+v", dl)
	}

	// Three days on, the administrator is warned, at login too.
	e.clock.advance(72 * time.Hour)
	admin = e.login("admin")
	st, err = admin.sys.Status()
	must(t, err)
	if !strings.Contains(st.BackupWarning, "最近一次成功备份是3天前（2025-03-10 09:00）") {
		t.Fatalf("stale warning: %q", st.BackupWarning)
	}
}

func TestRestoreSavesTheCurrentDataFirstAndSignsEveryoneOut(t *testing.T) {
	e, admin, village := backupEnv(t)
	e.addOperator(admin, "clerk", "王芳", hall.RoleClerk)
	clerk := e.login("clerk")
	taken, err := backupsOf(e, admin).BackupNow(app.BackupNowInput{})
	must(t, err)

	e.clock.advance(26 * time.Hour)
	admin, clerk = e.login("admin"), e.login("clerk")
	_, err = clerk.res.Save(hall.ResidentInput{Name: "李娜", NoIDNumber: true, BirthDate: hall.MustDate("1980-01-01"), Sex: "女", VillageID: village})
	must(t, err)
	if n := residentCount(t, admin); n != 2 {
		t.Fatalf("residents before restore: %d", n)
	}

	b := backupsOf(e, admin)
	check, err := b.Check(app.RestoreInput{Name: taken.File.Name})
	must(t, err)
	if check.TakenAt != "2025-03-10T01:00:00Z" || check.Residents != 1 || check.HallName != "便民服务大厅" || check.Size != taken.File.Size {
		t.Fatalf("check: %+v", check)
	}
	res, err := b.Restore(app.RestoreInput{Name: taken.File.Name})
	must(t, err)
	if !strings.Contains(res.Message, "2025年3月10日 09:00") || res.Before.Kind != backup.KindBeforeRestore || !strings.Contains(res.Message, res.Before.Name) {
		t.Fatalf("restore: %+v", res)
	}
	// The data it replaced is kept, with the clerk's new resident.
	before, err := sqlite.InspectBackup(context.Background(), res.Before.Path)
	must(t, err)
	if before.Residents != 2 {
		t.Fatalf("before-restore backup holds %d residents", before.Residents)
	}
	// Everybody must sign in again.
	for _, d := range []*desk{admin, clerk} {
		_, err := d.res.Search(hall.ResidentQuery{})
		wantCode(t, err, hall.CodeUnauthenticated)
	}
	admin = e.login("admin")
	if n := residentCount(t, admin); n != 1 {
		t.Fatalf("residents after restore: %d", n)
	}
	restores := auditLines(t, admin, hall.ActRestore)
	if len(restores) != 1 || restores[0].OperatorName != "管理员甲" || !strings.Contains(restores[0].Detail, taken.File.Path) {
		t.Fatalf("restore audit: %+v", restores)
	}
	backups := auditLines(t, admin, hall.ActBackup)
	if len(backups) != 1 || !strings.Contains(backups[0].Detail, res.Before.Path) {
		t.Fatalf("the before-restore backup is audited in the restored data: %+v", backups)
	}
}

func TestRestoreRefusesADamagedBackupAndChangesNothing(t *testing.T) {
	e, admin, _ := backupEnv(t)
	taken, err := backupsOf(e, admin).BackupNow(app.BackupNowInput{})
	must(t, err)
	raw, err := os.ReadFile(taken.File.Path)
	must(t, err)
	for i := 4096; i < 3*4096 && i < len(raw); i++ {
		raw[i] ^= 0x5a
	}
	bad := filepath.Join(e.core.Backups.Dir(), "halldesk-20250301-090000-manual.db")
	must(t, os.WriteFile(bad, raw, 0o600))

	b := backupsOf(e, admin)
	_, err = b.Check(app.RestoreInput{Name: filepath.Base(bad)})
	wantCode(t, err, hall.CodeInvalid)
	_, err = b.Restore(app.RestoreInput{Name: filepath.Base(bad)})
	if er := wantCode(t, err, hall.CodeInvalid); !strings.Contains(er.Message, "损坏") {
		t.Fatalf("message: %q", er.Message)
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
	_, err = b.Restore(app.RestoreInput{Path: "/somewhere/backup.db"})
	wantCode(t, err, hall.CodeInvalid) // a path on the host only on the desktop
}

func TestDesktopBacksUpToAUSBStickAndRestoresFromIt(t *testing.T) {
	e, admin, village := backupEnv(t)
	usb := filepath.Join(t.TempDir(), "U盘")
	e.core.Desktop = fakeDesktop{folder: usb}
	b := backupsOf(e, admin)
	ov, err := b.Overview()
	must(t, err)
	if !ov.Desktop || ov.DownloadURL != "" {
		t.Fatalf("desktop overview: %+v", ov)
	}
	folder, err := b.ChooseFolder()
	must(t, err)
	_, err = b.BackupNow(app.BackupNowInput{Folder: "relative/path"})
	wantCode(t, err, hall.CodeInvalid)
	res, err := b.BackupNow(app.BackupNowInput{Folder: folder})
	must(t, err)
	if filepath.Dir(res.File.Path) != usb || res.DownloadURL != "" {
		t.Fatalf("usb backup: %+v", res)
	}
	ov, err = b.Overview()
	must(t, err)
	if len(ov.Files) != 0 || ov.LastPath != res.File.Path || ov.Warning != "" {
		t.Fatalf("a USB backup counts as the last success but is not in the folder: %+v", ov)
	}

	_, err = admin.res.Save(hall.ResidentInput{Name: "李娜", NoIDNumber: true, BirthDate: hall.MustDate("1980-01-01"), Sex: "女", VillageID: village})
	must(t, err)
	e.core.Desktop = fakeDesktop{file: res.File.Path}
	file, err := b.ChooseFile()
	must(t, err)
	out, err := b.Restore(app.RestoreInput{Path: file})
	must(t, err)
	if out.Restored.Path != res.File.Path {
		t.Fatalf("restored %+v", out.Restored)
	}
	admin = e.login("admin")
	if n := residentCount(t, admin); n != 1 {
		t.Fatalf("residents after restore from the stick: %d", n)
	}
}

func TestAutomaticBackupsDailyAndAtExit(t *testing.T) {
	e, admin, _ := backupEnv(t)
	stop := e.core.StartDailyBackups(time.Hour, closedSignal())
	stop() // the first check runs once the signal is closed, even when the stop comes as soon
	files, err := e.core.Backups.List()
	must(t, err)
	if len(files) != 1 || files[0].Kind != backup.KindAuto {
		t.Fatalf("start of day: %+v", files)
	}
	stop = e.core.StartDailyBackups(time.Hour, closedSignal())
	stop()
	if files, _ := e.core.Backups.List(); len(files) != 1 {
		t.Fatalf("a second start the same day took another backup: %d", len(files))
	}
	e.clock.advance(8 * time.Hour)
	f, err := e.core.AutoBackup(backup.KindExit)
	must(t, err)
	if f.Kind != backup.KindExit {
		t.Fatalf("exit backup: %+v", f)
	}
	admin = e.login("admin")
	lines := auditLines(t, admin, hall.ActBackup)
	if len(lines) != 2 || lines[0].OperatorName != "系统" || lines[0].OperatorID != 0 || !strings.Contains(lines[0].Detail, "退出时自动") {
		t.Fatalf("automatic backups audited as the system: %+v", lines)
	}
}

// TestBackupBeforeUpgrade copies a database of an older schema (the v6 fixture) before the
// program migrates it, and leaves a current one alone.
func TestBackupBeforeUpgrade(t *testing.T) {
	dir := t.TempDir()
	raw, err := os.ReadFile("../sqlite/testdata/schema-v6.db")
	must(t, err)
	db := filepath.Join(dir, "halldesk.db")
	must(t, os.WriteFile(db, raw, 0o600))
	c := &clock{t: start}
	f, err := app.BackupBeforeUpgrade(db, filepath.Join(dir, "backups"), c.now)
	must(t, err)
	if f.Kind != backup.KindBeforeUpgrade || f.Name != "halldesk-20250310-090000-before-upgrade.db" {
		t.Fatalf("before-upgrade backup: %+v", f)
	}
	info, err := sqlite.InspectBackup(context.Background(), f.Path)
	must(t, err)
	if info.SchemaVersion != 6 || info.Residents != 344 {
		t.Fatalf("copy holds: %+v", info)
	}
	store, err := sqlite.Open(db, c.now)
	must(t, err)
	store.Close()
	// Upgraded now: the next start takes no such backup.
	f, err = app.BackupBeforeUpgrade(db, filepath.Join(dir, "backups"), c.now)
	must(t, err)
	if f.Name != "" {
		t.Fatalf("second start took %+v", f)
	}
	// Neither does a new data folder.
	f, err = app.BackupBeforeUpgrade(filepath.Join(dir, "new", "halldesk.db"), filepath.Join(dir, "new", "backups"), c.now)
	must(t, err)
	if f.Name != "" {
		t.Fatalf("new folder took %+v", f)
	}
}
