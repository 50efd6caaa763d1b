package httpapi

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/sqlite"
)

// TestBackupDownload takes a backup through the JSON API, as the browser does, and downloads
// it: only with the administrator's session, and only files of the backups folder.
func TestBackupDownload(t *testing.T) {
	app.HashCost = bcrypt.MinCost
	now := func() time.Time { return time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC) }
	dir := t.TempDir()
	store, err := sqlite.Open(filepath.Join(dir, "halldesk.db"), now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	core := app.NewCore(store, now, "1.2.3", log)
	core.EnableBackups(filepath.Join(dir, "backups"))
	core.BackupURL = BackupDownloadPrefix
	h, err := New(core, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(WithBackupDownloads(h, core, log))
	t.Cleanup(srv.Close)

	admin := client(t)
	if code, out, _ := post(t, admin, srv.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	code, out, _ := post(t, admin, srv.URL+"/api/BackupService/BackupNow", `[{"folder":""}]`)
	if code != 200 {
		t.Fatalf("backup now: %d %v", code, out)
	}
	url, _ := out["downloadUrl"].(string)
	// the name carries the head of the audit chain of the data inside
	if !regexp.MustCompile(`^/download/backup/halldesk-20261125-100000-manual-n\d+-[0-9a-f]{16}\.db$`).MatchString(url) {
		t.Fatalf("downloadUrl = %q", url)
	}

	resp, err := admin.Get(srv.URL + url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(string(body), "SQLite format 3\x00") ||
		!strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") || resp.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("download: %d %q %v", resp.StatusCode, body[:min(len(body), 16)], resp.Header)
	}

	for _, tc := range []struct {
		name   string
		c      *http.Client
		path   string
		status int
	}{
		{"no session", client(t), url, http.StatusUnauthorized},
		{"outside the folder", admin, BackupDownloadPrefix + "..%2fhalldesk.db", http.StatusBadRequest},
		{"missing", admin, BackupDownloadPrefix + "halldesk-20200101-000000-auto.db", http.StatusNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := tc.c.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.status || strings.HasPrefix(string(b), "SQLite") {
				t.Fatalf("status %d, body %.40q", resp.StatusCode, b)
			}
		})
	}
}
