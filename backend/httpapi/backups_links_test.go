package httpapi

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupDownloadNeverFollowsLinks puts symbolic links into the backups folder, named as
// backups are: one to a file outside it, one to a real backup, one to a folder. None is served.
func TestBackupDownloadNeverFollowsLinks(t *testing.T) {
	s := newSite(t)
	admin := client(t)
	if code, out, _ := post(t, admin, s.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	code, out, _ := post(t, admin, s.URL+"/api/BackupService/BackupNow", `[{"folder":""}]`)
	if code != 200 {
		t.Fatalf("backup now: %d %v", code, out)
	}
	real := filepath.Join(s.core.Backups.Dir(), filepath.Base(out["downloadUrl"].(string)))
	secret := filepath.Join(t.TempDir(), "secret.db")
	if err := os.WriteFile(secret, []byte("SQLite format 3\x00 the secret outside"), 0o600); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"halldesk-20261125-090000-auto.db":   secret,
		"halldesk-20261125-090100-auto.db":   real,
		"halldesk-20261125-090200-manual.db": t.TempDir(),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(s.core.Backups.Dir(), name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	for name := range links {
		resp, err := admin.Get(s.URL + BackupDownloadPrefix + name)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || strings.Contains(string(b), "SQLite") {
			t.Errorf("%s: %d %.60q", name, resp.StatusCode, b)
		}
	}
	// The real backup itself still downloads.
	resp, err := admin.Get(s.URL + out["downloadUrl"].(string))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("the real backup: %d", resp.StatusCode)
	}
}

// TestOpenBackupRefusesLinks checks openBackup by itself: a link to a file in the same folder is
// refused too.
func TestOpenBackupRefusesLinks(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.db")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(file, filepath.Join(dir, "b.db")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	f, _, err := openBackup(dir, file)
	if err != nil {
		t.Fatalf("a regular file: %v", err)
	}
	f.Close()
	if f, _, err := openBackup(dir, filepath.Join(dir, "b.db")); err == nil {
		f.Close()
		t.Fatal("a link was opened")
	}
	if f, _, err := openBackup(t.TempDir(), file); err == nil {
		f.Close()
		t.Fatal("a file outside the folder was opened")
	}
}
