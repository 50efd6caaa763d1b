//go:build linux

package app_test

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
	"halldesk/backend/sqlite"
)

// smallDisk mounts a tmpfs of the given size (e.g. "4m") on a fresh folder and unmounts it when
// the test ends. Mounting needs root: without it the test is skipped, or failed under CI.
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		testtools.Lacking(t, "mounting a size-limited file system needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size+",mode=0700"); err != nil {
		testtools.Lacking(t, "cannot mount a tmpfs ("+err.Error()+")")
	}
	// Registered before anything opens a file there, so it runs after the store is closed.
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// fill writes a file at path until the disk is full and returns its path.
func fill(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filling the disk: %v", err)
			}
			return path
		}
	}
}

// dbState is what a refused save must leave as it was: the rows, the file's integrity and the
// audit chain.
type dbState struct {
	residents, auditLines int
	integrity             string
}

func stateOf(t *testing.T, path string) dbState {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var s dbState
	for q, dest := range map[string]any{
		`SELECT COUNT(*) FROM residents`: &s.residents, `SELECT COUNT(*) FROM audit_log`: &s.auditLines,
		`PRAGMA integrity_check`: &s.integrity,
	} {
		if err := db.QueryRow(q).Scan(dest); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return s
}

// truncateWAL empties the write-ahead log, so the next write must grow it on disk (a log that
// still has room would take a small save even on a full disk).
func truncateWAL(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var busy, logged, done int
	if err := db.QueryRow(`PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &done); err != nil || busy != 0 {
		t.Fatalf("checkpoint: busy=%d err=%v", busy, err)
	}
}

// verifyChain checks the audit chain of the database file at path without writing to it (the
// audit screen's check records itself, which a full disk refuses).
func verifyChain(t *testing.T, path string) {
	t.Helper()
	v, err := sqlite.VerifyAuditFile(context.Background(), path, nil)
	must(t, err)
	if v.Broken != nil || v.Checked == 0 {
		t.Fatalf("audit chain: checked %d, broken %+v", v.Checked, v.Broken)
	}
}

func TestFullDiskRefusesASaveAndRecovers(t *testing.T) {
	dir := smallDisk(t, "8m")
	e := newEnvAt(t, filepath.Join(dir, "halldesk.db"))
	logFile, err := os.Create(filepath.Join(dir, "halldesk.log")) // the log shares the full disk
	must(t, err)
	t.Cleanup(func() { logFile.Close() })
	e.core.Log = slog.New(slog.NewTextHandler(logFile, nil))
	admin := e.setup()
	v, err := admin.places.SaveVillage(hall.VillageInput{Name: "东风嘎查", Kind: "嘎查"})
	must(t, err)
	in := hall.ResidentInput{Name: "张伟", IDNumber: "11010519491231002X", VillageID: v, Address: "东风嘎查一组8号"}
	truncateWAL(t, e.path)
	before := stateOf(t, e.path)
	filler := fill(t, filepath.Join(dir, "filler"))

	for try := 1; try <= 2; try++ { // a second refusal proves the first left nothing open
		_, err = admin.res.Save(in)
		if got := wantCode(t, err, hall.CodeDiskFull); got.Message != hall.DiskFullMessage {
			t.Fatalf("try %d: message %q", try, got.Message)
		}
	}
	if after := stateOf(t, e.path); after != before || after.integrity != "ok" {
		t.Fatalf("after the refused save: %+v, before: %+v", after, before)
	}
	verifyChain(t, e.path)

	must(t, os.Remove(filler))
	saved, err := admin.res.Save(in) // same process, same store: no restart
	must(t, err)
	after := stateOf(t, e.path)
	if after.residents != before.residents+1 || after.auditLines <= before.auditLines || after.integrity != "ok" {
		t.Fatalf("after space returned: %+v, before: %+v", after, before)
	}
	if got, err := admin.res.Get(saved.ID); err != nil || got.Name != in.Name {
		t.Fatalf("saved resident: %+v, %v", got, err)
	}
	verifyChain(t, e.path)
}

func TestBackupIntoAFullFolderSaysWhyAndLeavesNoFile(t *testing.T) {
	folder := smallDisk(t, "1m")
	e := newEnv(t)
	e.core.EnableBackups(folder)
	admin := e.setup()
	filler := fill(t, filepath.Join(folder, "filler"))
	b := backupsOf(e, admin)

	_, err := b.BackupNow(app.BackupNowInput{})
	got := wantCode(t, err, hall.CodeDiskFull)
	if !strings.Contains(got.Message, "磁盘空间不足") || !strings.Contains(got.Message, folder) {
		t.Fatalf("message %q does not say the disk of %s is full", got.Message, folder)
	}
	ov, err := b.Overview()
	must(t, err)
	if len(ov.Files) != 0 || !strings.Contains(ov.LastError, "磁盘空间不足") {
		t.Fatalf("after the failed backup: files %v, last error %q", ov.Files, ov.LastError)
	}
	names, _ := filepath.Glob(filepath.Join(folder, "*"))
	hidden, _ := filepath.Glob(filepath.Join(folder, ".*"))
	if len(names) != 1 || len(hidden) != 0 {
		t.Fatalf("the folder holds %v %v, want only the filler", names, hidden)
	}

	must(t, os.Remove(filler))
	res, err := b.BackupNow(app.BackupNowInput{})
	must(t, err)
	ov, err = b.Overview()
	must(t, err)
	if len(ov.Files) != 1 || ov.Files[0].Name != res.File.Name || ov.LastError != "" {
		t.Fatalf("after space returned: files %v, last error %q", ov.Files, ov.LastError)
	}
	if _, err := b.Check(app.RestoreInput{Name: res.File.Name}); err != nil {
		t.Fatalf("the backup taken after space returned: %v", err)
	}
}

func TestExportOntoAFullDiskLeavesNoFile(t *testing.T) {
	prints := smallDisk(t, "1m")
	e := newEnv(t)
	e.core.Desktop, e.core.PrintDir = fakeDesktop{}, prints
	admin := e.setup()
	month := filepath.Join(prints, start.In(hall.China).Format("2006-01"))
	must(t, os.MkdirAll(month, 0o700))
	filler := fill(t, filepath.Join(prints, "filler"))
	export := app.ServiceOf[*app.ExportService](e.core, admin.seat)

	_, err := export.Residents(hall.ResidentQuery{})
	if got := wantCode(t, err, hall.CodeDiskFull); got.Message != hall.DiskFullMessage {
		t.Fatalf("message %q", got.Message)
	}
	if left, _ := os.ReadDir(month); len(left) != 0 {
		t.Fatalf("a cut-short document is left: %v", left)
	}

	must(t, os.Remove(filler))
	doc, err := export.Residents(hall.ResidentQuery{})
	must(t, err)
	if st, err := os.Stat(doc.SavedPath); err != nil || st.Size() == 0 {
		t.Fatalf("the export after space returned: %v %v", doc.SavedPath, err)
	}
}
