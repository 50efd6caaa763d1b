package app_test

import (
	"path/filepath"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// TestACounterOnTheNetworkGetsItsOwnFiles: when the desktop program serves the hall's network,
// a counter's browser downloads its documents and exports instead of having them saved and
// opened on the host, and may neither open the host's file dialogs nor name a path on the host
// to restore from; the desktop window itself keeps both.
func TestACounterOnTheNetworkGetsItsOwnFiles(t *testing.T) {
	e, admin, _ := backupEnv(t)
	usb := filepath.Join(t.TempDir(), "U盘")
	e.core.Desktop, e.core.PrintDir = fakeDesktop{folder: usb, file: "/elsewhere/backup.db"}, t.TempDir()
	window := admin.seat
	browser := e.login("admin").seat.From("192.168.1.31")

	local, err := app.ServiceOf[*app.ExportService](e.core, window).Residents(hall.ResidentQuery{})
	must(t, err)
	if local.SavedPath == "" || local.Base64 != "" {
		t.Fatalf("desktop window: saved %q, base64 %d bytes", local.SavedPath, len(local.Base64))
	}
	remote, err := app.ServiceOf[*app.ExportService](e.core, browser).Residents(hall.ResidentQuery{})
	must(t, err)
	if remote.SavedPath != "" || remote.Base64 == "" {
		t.Fatalf("counter on the network: saved %q, base64 %d bytes", remote.SavedPath, len(remote.Base64))
	}

	b := app.ServiceOf[*app.BackupService](e.core, browser)
	_, err = b.ChooseFolder()
	wantCode(t, err, hall.CodeConflict)
	_, err = b.Restore(app.RestoreInput{Path: "/elsewhere/backup.db"})
	wantCode(t, err, hall.CodeInvalid)
	ov, err := b.Overview()
	must(t, err)
	if ov.Desktop {
		t.Fatal("a counter on the network is offered the host's folder dialog")
	}
	if folder, err := app.ServiceOf[*app.BackupService](e.core, window).ChooseFolder(); err != nil || folder != usb {
		t.Fatalf("desktop window's folder dialog: %q %v", folder, err)
	}
}
