package backup

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// fakeHead stands for the head of the audit chain read from the copy: count grows by one a
// backup, as the backup's own audit line does in the program.
type fakeHead struct{ count int64 }

func (f *fakeHead) read(context.Context, string) (hall.AuditHead, bool, error) {
	f.count++
	hash := strings.Repeat("9f3c2b1d", 8)
	return hall.NewAuditHead(f.count, f.count, hash), true, nil
}

func TestNamesCarryTheChainHead(t *testing.T) {
	m, c := newManager(t, shanghai(2025, 11, 25, 8, 30))
	h := &fakeHead{count: 1233}
	m.SetHeadFunc(h.read)
	f, err := m.Take(ctx, KindAuto, "")
	must(t, err)
	if f.Name != "halldesk-20251125-083000-auto-n1234-9f3c2b1d9f3c2b1d.db" || f.ChainCount != 1234 || f.ChainHash != "9f3c2b1d9f3c2b1d" {
		t.Fatalf("named: %+v", f)
	}
	// The same head twice in the same second (nothing written in between) gets a suffix.
	h.count--
	g, err := m.Take(ctx, KindAuto, "")
	must(t, err)
	if g.Name != "halldesk-20251125-083000-auto-n1234-9f3c2b1d9f3c2b1d-2.db" {
		t.Fatalf("second: %s", g.Name)
	}
	manual, err := m.Take(ctx, KindManual, "")
	must(t, err)
	// An older backup named before names carried the head is listed and rotated as before.
	must(t, os.WriteFile(filepath.Join(m.Dir(), "halldesk-20251124-170000-exit.db"), []byte("x"), 0o600))
	c.advance(time.Hour)

	files, err := m.List()
	must(t, err)
	var got []string
	for _, f := range files {
		got = append(got, f.Name+" "+string(f.Kind)+" "+f.TakenAt)
	}
	// The day's second automatic backup rotated the first away, by the time in its name.
	want := []string{
		manual.Name + " manual 2025-11-25T00:30:00Z",
		g.Name + " auto 2025-11-25T00:30:00Z",
		"halldesk-20251124-170000-exit.db exit 2025-11-24T09:00:00Z",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("list:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := os.Stat(f.Path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the day's older automatic backup is still there: %v", err)
	}
	if TakenAt(g.Path) != "2025-11-25T00:30:00Z" {
		t.Fatalf("taken at: %s", TakenAt(g.Path))
	}
	if removed, err := m.Rotate(); err != nil || len(removed) != 0 {
		t.Fatalf("rotated away: %v %v", removed, err)
	}
}

func TestHeadFuncFailureFailsTheBackup(t *testing.T) {
	m, _ := newManager(t, shanghai(2025, 11, 25, 8, 30))
	m.SetHeadFunc(func(context.Context, string) (hall.AuditHead, bool, error) {
		return hall.AuditHead{}, false, errors.New("disk")
	})
	if _, err := m.Take(ctx, KindManual, ""); err == nil {
		t.Fatal("a backup whose head cannot be read was kept")
	}
	entries, _ := os.ReadDir(m.Dir())
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".db") || strings.HasSuffix(e.Name(), ".partial") {
			t.Fatalf("left behind: %s", e.Name())
		}
	}
	// data without a chain (ok false): the old name
	m.SetHeadFunc(func(context.Context, string) (hall.AuditHead, bool, error) { return hall.AuditHead{}, false, nil })
	f, err := m.Take(ctx, KindManual, "")
	must(t, err)
	if f.Name != "halldesk-20251125-083000-manual.db" || f.ChainCount != 0 {
		t.Fatalf("no chain: %+v", f)
	}
}

func TestAnchorsFromNames(t *testing.T) {
	for name, want := range map[string]string{
		"halldesk-20251125-083012-auto-n1234-9f3c2b1d0a4e5f67.db":                 "1234 9f3c2b1d0a4e5f67 2025-11-25T00:30:12Z",
		"halldesk-20251125-083012-before-restore-n7-9f3c2b1d0a4e5f67-2.db":        "7 9f3c2b1d0a4e5f67 2025-11-25T00:30:12Z",
		"halldesk-20251125-083012-manual-n88-9f3c2b1d0a4e5f67 (1).db":             "88 9f3c2b1d0a4e5f67 2025-11-25T00:30:12Z", // a browser's second download
		"HALLDESK-20251125-083012-MANUAL-N88-9F3C2B1D0A4E5F67.DB":                 "88 9f3c2b1d0a4e5f67 2025-11-25T00:30:12Z",
		"halldesk-20251125-083012-auto.db":                                        "",
		"halldesk-20251125-083012-auto-n0-9f3c2b1d0a4e5f67.db":                    "",
		"halldesk-20251125-083012-auto-n12-9f3c2b1d0a4e5f6.db":                    "", // 15 hex characters
		"halldesk-20251125-083012-auto-n12-9f3c2b1d0a4e5f678.db":                  "", // 17
		"halldesk-20251125-083012-auto-n12-9f3c2b1d0a4e5f67.db.partial":           "",
		"notes-20251125-083012-auto-n12-9f3c2b1d0a4e5f67.db":                      "",
		"halldesk-20251125-083012-auto-n99999999999999999999-9f3c2b1d0a4e5f67.db": "",
	} {
		a, ok := AnchorOf(name)
		got := ""
		if ok {
			got = strings.Join([]string{strconv.FormatInt(a.Count, 10), a.Hash, a.TakenAt}, " ")
			if a.Source != "备份文件 "+name {
				t.Errorf("%s: source %q", name, a.Source)
			}
		}
		if got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	dir := t.TempDir()
	for _, n := range []string{"halldesk-20251125-083012-auto-n5-9f3c2b1d0a4e5f67.db", "halldesk-20251125-083012-auto.db", "说明.txt"} {
		must(t, os.WriteFile(filepath.Join(dir, n), nil, 0o600))
	}
	must(t, os.Mkdir(filepath.Join(dir, "halldesk-20251125-083012-auto-n6-9f3c2b1d0a4e5f67.db"), 0o700))
	got, err := AnchorsIn(dir, false)
	must(t, err)
	if len(got) != 1 || got[0].Count != 5 {
		t.Fatalf("anchors in folder: %+v", got)
	}
	if got, err := AnchorsIn(filepath.Join(dir, "无"), true); err != nil || len(got) != 0 {
		t.Fatalf("missing folder allowed: %v %v", got, err)
	}
	if _, err := AnchorsIn(filepath.Join(dir, "无"), false); err == nil {
		t.Fatal("a missing folder given by the administrator must be an error")
	}
}
