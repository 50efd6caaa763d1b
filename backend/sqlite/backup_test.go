package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// residentNames lists the residents' names in id order.
func residentNames(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM residents ORDER BY id`)
	must(t, err)
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		names = append(names, n)
	}
	return strings.Join(names, ",")
}

// filledStore is a set-up hall with a village and two residents.
func filledStore(t *testing.T) (*Store, *clock, string) {
	t.Helper()
	s, c, path := newStore(t)
	setupHall(t, s)
	v := addVillage(t, s, "东风嘎查")
	addResident(t, s, hall.ResidentInput{Name: "张伟", IDNumber: makeID("150627", "19491231", "002"), VillageID: v})
	addResident(t, s, hall.ResidentInput{Name: "李娜", IDNumber: makeID("150627", "19800101", "004"), VillageID: v})
	return s, c, path
}

func TestBackupIsACheckedSelfContainedCopy(t *testing.T) {
	s, _, _ := filledStore(t)
	dst := filepath.Join(t.TempDir(), "U盘 #1", "copy.db") // a folder name that needs escaping
	must(t, os.MkdirAll(filepath.Dir(dst), 0o700))
	info, err := s.BackupTo(ctx, dst)
	must(t, err)
	if info.SchemaVersion != latestMigration(t) || info.HallName != "便民服务大厅" || info.Operators != 1 || info.Residents != 2 ||
		info.LastActivity != "2025-03-10T01:00:00Z" {
		t.Fatalf("info: %+v", info)
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(dst + side); err == nil {
			t.Errorf("backup left %s beside it", side)
		}
	}
	// The copy opens on its own, passes integrity_check and holds the data.
	db, err := sql.Open("sqlite3", "file:"+FileURI(dst)+"?mode=ro")
	must(t, err)
	defer db.Close()
	var check, mode string
	must(t, db.QueryRow(`PRAGMA integrity_check`).Scan(&check))
	must(t, db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	if check != "ok" || mode != "delete" || residentNames(t, db) != "张伟,李娜" {
		t.Fatalf("copy: integrity %q, journal %q, residents %q", check, mode, residentNames(t, db))
	}
	// An existing file is never overwritten.
	if _, err := s.BackupTo(ctx, dst); err == nil {
		t.Fatal("BackupTo overwrote an existing file")
	}
}

func TestRestoreReplacesTheLiveDatabaseInPlace(t *testing.T) {
	s, c, path := filledStore(t)
	backup := filepath.Join(t.TempDir(), "b.db")
	_, err := s.BackupTo(ctx, backup)
	must(t, err)

	c.advance(24 * time.Hour)
	v := addVillage(t, s, "团结社区")
	addResident(t, s, hall.ResidentInput{Name: "王芳", IDNumber: makeID("150627", "19900202", "006"), VillageID: v})
	if got := residentNames(t, s.db); got != "张伟,李娜,王芳" {
		t.Fatalf("before restore: %s", got)
	}

	rep, err := s.RestoreFrom(ctx, backup, nil)
	must(t, err)
	if info := rep.Info; info.LastActivity != "2025-03-10T01:00:00Z" {
		t.Fatalf("restored data dated %s", info.LastActivity)
	}
	// The same Store, without reopening, sees the restored data and keeps working.
	if got := residentNames(t, s.db); got != "张伟,李娜" {
		t.Fatalf("after restore: %s", got)
	}
	addVillage(t, s, "团结社区")
	res, err := s.QuickCheck(ctx)
	must(t, err)
	if res != "ok" {
		t.Fatalf("quick_check after restore: %s", res)
	}
	var mode string
	must(t, s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	if mode != "wal" {
		t.Fatalf("journal mode after restore: %s", mode)
	}
	// And the file on disk holds it after a reopen.
	must(t, s.Close())
	s2 := openAt(t, path, c)
	if got := residentNames(t, s2.db); got != "张伟,李娜" {
		t.Fatalf("after reopen: %s", got)
	}
}

func TestRestoreRefusesBadFiles(t *testing.T) {
	s, _, _ := filledStore(t)
	good := filepath.Join(t.TempDir(), "good.db")
	_, err := s.BackupTo(ctx, good)
	must(t, err)
	raw, err := os.ReadFile(good)
	must(t, err)
	dir := t.TempDir()

	// Corrupted: the page after the header page overwritten with rubbish.
	corrupt := append([]byte{}, raw...)
	for i := 4096; i < 4096*3 && i < len(corrupt); i++ {
		corrupt[i] = byte(i * 7)
	}
	must(t, os.WriteFile(filepath.Join(dir, "corrupt.db"), corrupt, 0o600))
	// Truncated: a copy that stopped half-way.
	must(t, os.WriteFile(filepath.Join(dir, "truncated.db"), raw[:len(raw)/2], 0o600))
	// Not a database at all.
	must(t, os.WriteFile(filepath.Join(dir, "notes.db"), []byte(strings.Repeat("备份说明\n", 500)), 0o600))
	// A SQLite file of some other program.
	other, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, "other.db"))
	must(t, err)
	_, err = other.Exec(`CREATE TABLE t(x); INSERT INTO t VALUES (1)`)
	must(t, err)
	other.Close()
	// From a newer program.
	newer := filepath.Join(dir, "newer.db")
	must(t, os.WriteFile(newer, raw, 0o600))
	nd, err := sql.Open("sqlite3", "file:"+newer)
	must(t, err)
	_, err = nd.Exec(`INSERT INTO schema_migrations(version,name,applied_at) VALUES (999,'0999_future.sql','2030-01-01T00:00:00Z')`)
	must(t, err)
	nd.Close()

	for _, tc := range []struct {
		file string
		code hall.Code
		msg  string
	}{
		{"corrupt.db", hall.CodeInvalid, "损坏"},
		{"truncated.db", hall.CodeInvalid, "损坏"},
		{"notes.db", hall.CodeInvalid, "不是便民服务台的数据文件"},
		{"other.db", hall.CodeInvalid, "不是便民服务台的数据文件"},
		{"newer.db", hall.CodeConflict, "数据结构版本 999"},
		{"missing.db", hall.CodeNotFound, "找不到备份文件"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			p := filepath.Join(dir, tc.file)
			before, _ := os.ReadFile(p)
			_, err := InspectBackup(ctx, p)
			e := wantCode(t, err, tc.code)
			if !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("message %q lacks %q", e.Message, tc.msg)
			}
			_, err = s.RestoreFrom(ctx, p, nil)
			wantCode(t, err, tc.code)
			// The live data is untouched and the refused file unchanged.
			if got := residentNames(t, s.db); got != "张伟,李娜" {
				t.Fatalf("live data changed: %s", got)
			}
			after, _ := os.ReadFile(p)
			if string(before) != string(after) {
				t.Fatal("the refused file was changed")
			}
		})
	}
}

// TestRestoreOfAnOlderBackupMigratesIt restores the schema-v6 fixture into a current database:
// the restored data is brought up to the current schema at once.
func TestRestoreOfAnOlderBackupMigratesIt(t *testing.T) {
	s, _, _ := filledStore(t)
	old := copyFixture(t)
	rep, err := s.RestoreFrom(ctx, old, nil)
	must(t, err)
	if info := rep.Info; info.SchemaVersion != 6 || info.HallName != fixtureHallName {
		t.Fatalf("info: %+v", info)
	}
	v, err := s.SchemaVersion(ctx)
	must(t, err)
	if v != latestMigration(t) {
		t.Fatalf("schema after restoring a v6 backup: %d, want %d", v, latestMigration(t))
	}
	hs, err := s.Settings(ctx)
	must(t, err)
	if hs.HallName != fixtureHallName {
		t.Fatalf("settings after restore: %+v", hs)
	}
}

// TestRestoreWhileOthersWrite restores while another connection keeps writing: the restore waits
// for the write lock, every write either lands before it (and is replaced) or after it without
// an error, and the database stays sound.
func TestRestoreWhileOthersWrite(t *testing.T) {
	s, _, _ := filledStore(t)
	backup := filepath.Join(t.TempDir(), "b.db")
	_, err := s.BackupTo(ctx, backup)
	must(t, err)

	stop := make(chan struct{})
	done := make(chan error)
	go func() {
		var firstErr error
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- firstErr
				return
			default:
			}
			if _, err := s.SaveVillage(ctx, admin, hall.VillageInput{Name: "写入村" + strings.Repeat("甲", i%7+1) + time.Now().Format("150405.000000"), Kind: "村"}); err != nil && firstErr == nil {
				firstErr = err
			}
			time.Sleep(time.Millisecond) // a very busy hall, not a tight loop that never lets go of the lock

		}
	}()
	time.Sleep(20 * time.Millisecond)
	_, err = s.RestoreFrom(ctx, backup, nil)
	time.Sleep(20 * time.Millisecond)
	close(stop)
	if werr := <-done; werr != nil {
		t.Fatalf("a write during the restore failed: %v", werr)
	}
	must(t, err)
	res, err := s.QuickCheck(ctx)
	must(t, err)
	if res != "ok" || residentNames(t, s.db) != "张伟,李娜" {
		t.Fatalf("after restore under writes: %s, residents %s", res, residentNames(t, s.db))
	}
}
