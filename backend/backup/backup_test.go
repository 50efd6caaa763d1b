package backup

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// clock is the injected, controllable Now.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

var ctx = context.Background()

// fakeCopy writes a small file standing for the database copy.
func fakeCopy(_ context.Context, path string) error {
	return os.WriteFile(path, []byte("SQLite copy"), 0o600)
}

func newManager(t *testing.T, at time.Time) (*Manager, *clock) {
	t.Helper()
	c := &clock{t: at}
	return New(filepath.Join(t.TempDir(), "backups"), fakeCopy, c.now), c
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// shanghai is a wall-clock time in the hall's time zone.
func shanghai(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, hall.China)
}

func TestTakeNamesListsAndRemembers(t *testing.T) {
	m, c := newManager(t, shanghai(2025, 3, 10, 9, 0))
	if st := m.Status(); !st.Stale || st.LastSuccess != "" {
		t.Fatalf("no backup yet: %+v", st)
	}
	f, err := m.Take(ctx, KindManual, "")
	must(t, err)
	if m.TakenToday() {
		t.Fatal("a manual backup stands in for the day's automatic one")
	}
	if f.Name != "halldesk-20250310-090000-manual.db" || f.Size != int64(len("SQLite copy")) || f.TakenAt != "2025-03-10T01:00:00Z" || f.KindLabel != "手动" {
		t.Fatalf("taken: %+v", f)
	}
	// The same second twice gets a suffix instead of overwriting.
	g, err := m.Take(ctx, KindManual, "")
	must(t, err)
	if g.Name != "halldesk-20250310-090000-manual-2.db" {
		t.Fatalf("second in the same second: %s", g.Name)
	}
	_, err = m.Take(ctx, KindAuto, "")
	must(t, err)
	c.advance(8 * time.Hour)
	_, err = m.Take(ctx, KindExit, "") // the day's newest automatic backup replaces the morning's
	must(t, err)
	// A file copied in by hand is listed (by its modification time) and never rotated.
	must(t, os.WriteFile(filepath.Join(m.Dir(), "旧电脑的数据.db"), []byte("x"), 0o600))
	must(t, os.WriteFile(filepath.Join(m.Dir(), "readme.txt"), []byte("x"), 0o600))

	files, err := m.List()
	must(t, err)
	var names []string
	for _, f := range files {
		names = append(names, f.Name+" "+string(f.Kind)+" "+f.TakenAt)
	}
	got := strings.Join(names, ", ")
	if !strings.HasPrefix(got, "旧电脑的数据.db other ") || !strings.HasSuffix(got, ", halldesk-20250310-170000-exit.db exit 2025-03-10T09:00:00Z, "+
		"halldesk-20250310-090000-manual-2.db manual 2025-03-10T01:00:00Z, halldesk-20250310-090000-manual.db manual 2025-03-10T01:00:00Z") {
		t.Fatalf("list: %s", got) // the hand-copied file is newest by its real modification time
	}
	st := m.Status()
	if st.Stale || st.LastSuccess != "2025-03-10T09:00:00Z" || !strings.HasSuffix(st.LastPath, "-exit.db") {
		t.Fatalf("status: %+v", st)
	}
	if !m.TakenToday() {
		t.Fatal("TakenToday after a backup today")
	}
	c.advance(16 * time.Hour) // 2025-03-11 09:00
	if m.TakenToday() {
		t.Fatal("TakenToday on the next day")
	}

	// A backup to another folder (a USB stick) counts as the last success, and is not rotated.
	usb := filepath.Join(t.TempDir(), "U盘", "便民服务台备份")
	u, err := m.Take(ctx, KindManual, usb)
	must(t, err)
	if filepath.Dir(u.Path) != usb || u.Name != "halldesk-20250311-090000-manual.db" {
		t.Fatalf("usb backup: %+v", u)
	}
	if st := m.Status(); st.LastPath != u.Path || st.LastSuccess != "2025-03-11T01:00:00Z" {
		t.Fatalf("status after usb: %+v", st)
	}

	// Two days and a bit later the administrator is warned.
	c.advance(MaxAge + time.Minute)
	if st := m.Status(); !st.Stale {
		t.Fatalf("not stale after %v: %+v", MaxAge, st)
	}
}

func TestFailureIsRecordedAndLeavesNoFile(t *testing.T) {
	c := &clock{t: shanghai(2025, 3, 10, 9, 0)}
	dir := filepath.Join(t.TempDir(), "backups")
	m := New(dir, func(_ context.Context, path string) error {
		os.WriteFile(path, []byte("half"), 0o600)
		return errors.New("disk full")
	}, c.now)
	if _, err := m.Take(ctx, KindAuto, ""); err == nil {
		t.Fatal("failed copy reported success")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != stateName {
			t.Fatalf("left behind: %s", e.Name())
		}
	}
	st := m.Status()
	if st.LastError != "disk full" || st.LastErrorAt != "2025-03-10T01:00:00Z" || !st.Stale {
		t.Fatalf("status: %+v", st)
	}
}

// TestRotationKeeps30DailyAnd12Monthly backs up twice a day (start and exit) for 430 days and
// checks that exactly the newest backup of each of the last 30 days and of each of the 12 months
// before them are left, plus the newest 10 manual backups and the hand-copied file.
func TestRotationKeeps30DailyAnd12Monthly(t *testing.T) {
	m, c := newManager(t, shanghai(2023, 10, 28, 8, 30))
	for day := 0; day < 430; day++ {
		_, err := m.Take(ctx, KindAuto, "")
		must(t, err)
		c.advance(9 * time.Hour)
		_, err = m.Take(ctx, KindExit, "")
		must(t, err)
		if day%20 == 0 {
			_, err = m.Take(ctx, KindManual, "")
			must(t, err)
		}
		c.advance(15 * time.Hour)
	}
	must(t, os.WriteFile(filepath.Join(m.Dir(), "copied.db"), []byte("x"), 0o600))
	removed, err := m.Rotate()
	must(t, err)
	if len(removed) != 0 {
		t.Fatalf("rotation after the last Take removed %v", removed)
	}

	files, err := m.List()
	must(t, err)
	last := shanghai(2023, 10, 28, 17, 30).AddDate(0, 0, 429) // the last exit backup: 2024-12-30 17:30
	var daily, monthly, manual []string
	for _, f := range files {
		switch f.Kind {
		case KindManual:
			manual = append(manual, f.Name)
		case KindAuto, KindExit:
			if f.taken.After(last.AddDate(0, 0, -30)) {
				daily = append(daily, f.Name)
			} else {
				monthly = append(monthly, f.Name)
			}
		}
	}
	if len(daily) != 30 || len(monthly) != 12 || len(manual) != 10 || len(files) != 30+12+10+1 {
		t.Fatalf("kept %d daily, %d monthly, %d manual, %d files in all", len(daily), len(monthly), len(manual), len(files))
	}
	for i, name := range daily {
		want := "halldesk-" + last.AddDate(0, 0, -i).Format("20060102") + "-173000-exit.db"
		if name != want {
			t.Fatalf("daily %d = %s, want %s (the newest of each day)", i, name, want)
		}
	}
	// The daily window starts 2024-12-01, so the months kept are 2023-12 … 2024-11, each by its
	// last day's exit backup.
	sort.Strings(monthly)
	for i, name := range monthly {
		month := shanghai(2023, 12, 1, 0, 0).AddDate(0, i, 0)
		want := "halldesk-" + month.AddDate(0, 1, -1).Format("20060102") + "-173000-exit.db"
		if name != want {
			t.Fatalf("monthly %d = %s, want %s", i, name, want)
		}
	}
}

func TestRotationWithSmallPolicy(t *testing.T) {
	m, c := newManager(t, shanghai(2025, 1, 1, 9, 0))
	m.SetPolicy(Policy{Daily: 3, Monthly: 2, Others: 1})
	for i := 0; i < 100; i++ {
		_, err := m.Take(ctx, KindAuto, "")
		must(t, err)
		c.advance(24 * time.Hour)
	}
	_, err := m.Take(ctx, KindBeforeRestore, "")
	must(t, err)
	c.advance(time.Hour)
	_, err = m.Take(ctx, KindBeforeRestore, "")
	must(t, err)
	files, err := m.List()
	must(t, err)
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	want := []string{
		"halldesk-20250411-100000-before-restore.db",
		"halldesk-20250410-090000-auto.db", "halldesk-20250409-090000-auto.db", "halldesk-20250408-090000-auto.db",
		"halldesk-20250331-090000-auto.db", "halldesk-20250228-090000-auto.db",
	}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("kept:\n%s\nwant:\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
}

func TestResolveRefusesPathsOutsideTheFolder(t *testing.T) {
	m, _ := newManager(t, shanghai(2025, 3, 10, 9, 0))
	f, err := m.Take(ctx, KindAuto, "")
	must(t, err)
	p, err := m.Resolve(f.Name)
	must(t, err)
	if p != f.Path {
		t.Fatalf("resolve = %s", p)
	}
	for _, name := range []string{"", "../halldesk.db", "/etc/passwd", `..\halldesk.db`, ".hidden.db", "backup-status.json", "missing.db"} {
		if _, err := m.Resolve(name); err == nil {
			t.Errorf("Resolve(%q) accepted", name)
		}
	}
}

func TestRestoreTakesABackupFirst(t *testing.T) {
	m, _ := newManager(t, shanghai(2025, 3, 10, 9, 0))
	called := false
	before, err := m.Restore(ctx, "", func(context.Context) error {
		called = true
		if _, err := os.Stat(filepath.Join(m.Dir(), "halldesk-20250310-090000-before-restore.db")); err != nil {
			t.Fatal("swap ran before the current data was saved")
		}
		return nil
	})
	must(t, err)
	if !called || before.Kind != KindBeforeRestore {
		t.Fatalf("restore: called=%v before=%+v", called, before)
	}

	// When the current data cannot be saved, nothing is swapped.
	broken := New(filepath.Join(t.TempDir(), "b"), func(context.Context, string) error { return errors.New("no space") }, time.Now)
	_, err = broken.Restore(ctx, "", func(context.Context) error {
		t.Fatal("swap ran although the before-restore backup failed")
		return nil
	})
	if err == nil {
		t.Fatal("restore without a before-restore backup succeeded")
	}
}

func TestLeftoverPartialFilesAreCleared(t *testing.T) {
	m, _ := newManager(t, shanghai(2025, 3, 10, 9, 0))
	must(t, os.MkdirAll(m.Dir(), 0o700))
	left := filepath.Join(m.Dir(), ".halldesk-20250309-170000-exit.db.partial")
	must(t, os.WriteFile(left, []byte("cut short"), 0o600))
	f, err := m.Take(ctx, KindAuto, "")
	must(t, err)
	if _, err := os.Stat(left); err == nil {
		t.Fatal("partial file of an earlier, killed backup is still there")
	}
	st, err := os.Stat(f.Path)
	must(t, err)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("backup file mode %v", st.Mode().Perm())
	}
}
