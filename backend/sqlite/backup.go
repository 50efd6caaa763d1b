package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// BackupInfo is what a backup file holds, read from the file itself.
type BackupInfo struct {
	SchemaVersion int    `json:"schemaVersion"`
	LastActivity  string `json:"lastActivity"` // UTC RFC 3339: the newest audit line, i.e. the last write
	HallName      string `json:"hallName"`
	Operators     int    `json:"operators"`
	Residents     int    `json:"residents"`
	Cases         int    `json:"cases"`
}

// Messages of a refused backup file; the tests look for them.
const (
	msgNotBackup = "所选文件不是便民服务台的数据文件，或已严重损坏，不能使用。"
	msgCorrupt   = "备份文件已损坏（完整性检查未通过），不能使用；请换一个备份。"
)

// BackupTo writes a consistent copy of the live database to path (which must not exist) with
// VACUUM INTO, flushes it to disk and checks it with PRAGMA integrity_check. The copy is one
// self-contained file (rollback journal, no -wal beside it) that any SQLite can open. Writers are
// not blocked: VACUUM INTO reads one snapshot while the counters go on working.
func (s *Store) BackupTo(ctx context.Context, path string) (BackupInfo, error) {
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		os.Remove(path)
		return BackupInfo{}, diskFullIn(filepath.Dir(path), fmt.Errorf("vacuum into %s: %w", path, err))
	}
	// VACUUM INTO does not fsync its output; a backup that a power cut can undo is no backup.
	if err := syncFile(path); err != nil {
		os.Remove(path)
		return BackupInfo{}, diskFullIn(filepath.Dir(path), fmt.Errorf("sync backup: %w", err))
	}
	info, err := InspectBackup(ctx, path)
	if err != nil {
		os.Remove(path)
		return info, err
	}
	return info, nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// InspectBackup opens the file at path read-only and checks that it is a sound HallDesk
// database this program can use: PRAGMA integrity_check passes and its schema is not newer than
// this program's. It changes nothing in the file.
func InspectBackup(ctx context.Context, path string) (BackupInfo, error) {
	var info BackupInfo
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return info, hall.NotFound("找不到备份文件：" + path)
	}
	db, err := sql.Open("sqlite3", "file:"+FileURI(path)+"?mode=ro&_query_only=true")
	if err != nil {
		return info, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	var check []string
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return info, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return info, &hall.Error{Code: hall.CodeInvalid, Message: msgCorrupt}
		}
		check = append(check, line)
	}
	if err := rows.Close(); err != nil || rows.Err() != nil {
		return info, &hall.Error{Code: hall.CodeInvalid, Message: msgCorrupt}
	}
	if len(check) != 1 || check[0] != "ok" {
		return info, &hall.Error{Code: hall.CodeInvalid, Message: msgCorrupt}
	}

	err = db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version),0) FROM schema_migrations`).Scan(&info.SchemaVersion)
	if err != nil || info.SchemaVersion == 0 {
		return info, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	known, err := knownVersion()
	if err != nil {
		return info, err
	}
	if info.SchemaVersion > known {
		return info, &hall.Error{Code: hall.CodeConflict, Message: fmt.Sprintf(
			"该备份来自更新版本的便民服务台（数据结构版本 %d，本程序只支持到 %d），请先升级程序再使用它。", info.SchemaVersion, known)}
	}
	// Every write of every version leaves an audit line, so its newest line dates the data.
	for _, q := range []struct {
		sql  string
		dest any
	}{
		{`SELECT COALESCE(MAX(at),'') FROM audit_log`, &info.LastActivity},
		{`SELECT COALESCE((SELECT value FROM settings WHERE key='hall_name'),'')`, &info.HallName},
		{`SELECT COUNT(*) FROM operators`, &info.Operators},
		{`SELECT COUNT(*) FROM residents`, &info.Residents},
	} {
		if err := db.QueryRowContext(ctx, q.sql).Scan(q.dest); err != nil {
			return info, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
		}
	}
	if info.SchemaVersion >= 3 { // cases arrived with migration 0003
		if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases`).Scan(&info.Cases); err != nil {
			return info, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
		}
	}
	return info, nil
}

// NeedsUpgrade reports whether the database file at path holds data of an older schema than
// this program's, so that opening it will migrate it: from is its version, to the program's.
// A missing or empty file needs nothing. It changes nothing in the file.
func NeedsUpgrade(ctx context.Context, path string) (need bool, from, to int, err error) {
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		return false, 0, 0, nil
	}
	to, err = knownVersion()
	if err != nil {
		return false, 0, 0, err
	}
	db, err := sql.Open("sqlite3", "file:"+FileURI(path)+"?_busy_timeout=5000")
	if err != nil {
		return false, 0, to, err
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'`).Scan(&n); err != nil {
		return false, 0, to, fmt.Errorf("read %s: %w", path, err)
	}
	if n == 0 {
		return false, 0, to, nil
	}
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version),0) FROM schema_migrations`).Scan(&from); err != nil {
		return false, 0, to, fmt.Errorf("read %s: %w", path, err)
	}
	return from > 0 && from < to, from, to, nil
}

// CopyDatabase writes a checked copy of the database file at path, which no Store has open, to
// dst (which must not exist), as BackupTo does for the live one. It is the backup taken before an
// upgrade, so an older schema is expected.
func CopyDatabase(ctx context.Context, path, dst string) (BackupInfo, error) {
	db, err := sql.Open("sqlite3", "file:"+FileURI(path)+"?_busy_timeout=5000")
	if err != nil {
		return BackupInfo{}, err
	}
	defer db.Close()
	return (&Store{db: db}).BackupTo(ctx, dst)
}

// FileURI escapes what would end the file name in a "file:" URI (a folder named "资料#2"): every
// "file:" name of this program's databases goes through it.
func FileURI(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// knownVersion is the number of the newest migration this program carries.
func knownVersion() (int, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return 0, err
	}
	known := 0
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, "migrations/"), "_", 2)[0])
		if err != nil {
			return 0, fmt.Errorf("migration %s: bad name", name)
		}
		known = max(known, v)
	}
	return known, nil
}

// QuickCheckFile runs QuickCheck on the database file at path, opened read-only (a copy just
// restored, before it is used).
func QuickCheckFile(ctx context.Context, path string) (string, error) {
	db, err := sql.Open("sqlite3", "file:"+FileURI(path)+"?mode=ro")
	if err != nil {
		return "", err
	}
	defer db.Close()
	return (&Store{db: db}).QuickCheck(ctx)
}

// QuickCheck runs PRAGMA quick_check on the live database and reports "ok" or the first problem.
func (s *Store) QuickCheck(ctx context.Context) (string, error) {
	var res string
	err := s.db.QueryRowContext(ctx, `PRAGMA quick_check`).Scan(&res)
	return res, err
}
