package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"halldesk/backend/hall"
)

// A restore brings a backup's data, never its code. The backup is not copied as it is: a fresh
// database is made from this program's own migrations up to the backup's schema version, the
// rows of every table of that schema are copied into it by the columns this program knows, the
// copy is migrated to the current schema (which also chains the audit lines of a backup from
// before the chain), its audit chain is verified, and only then is it copied into the live
// database. Triggers, views, indexes, tables and columns that the backup brings and this program
// did not make are left behind and reported, and so is what the backup defines otherwise.

// SchemaObject is a part of a backup's schema that a restore leaves behind: a table, column,
// view, index or trigger that this program did not make, or one that the backup defines
// differently (then this program's own definition takes its place).
type SchemaObject struct {
	Kind    string `json:"kind"`    // table, column, view, index or trigger
	Name    string `json:"name"`    // its name in the backup
	Table   string `json:"table"`   // the table it belongs to ("" for a table or view)
	Changed bool   `json:"changed"` // this program has one of that name, defined otherwise
}

// BackupAccount is an operator account held in a backup, without its password.
type BackupAccount struct {
	Username  string    `json:"username"`
	Name      string    `json:"name"`
	Role      hall.Role `json:"role"`
	RoleLabel string    `json:"roleLabel"`
	Active    bool      `json:"active"`
}

// RestoreReport says what restoring a backup brings and what it leaves behind.
type RestoreReport struct {
	Info     BackupInfo             `json:"info"`
	Dropped  []SchemaObject         `json:"dropped"`  // left behind, in the backup's order
	Chain    hall.AuditVerification `json:"chain"`    // the audit chain of the data as restored
	Accounts []BackupAccount        `json:"accounts"` // every account the data holds, in id order
}

// Rebuilt is a backup rebuilt from this program's schema in a temporary file beside the live
// database, ready to be restored. Remove it when done.
type Rebuilt struct {
	Report RestoreReport
	path   string
}

// Remove deletes the rebuilt copy.
func (r *Rebuilt) Remove() {
	if r != nil && r.path != "" {
		removeDB(r.path)
	}
}

// rebuildPrefix names the temporary copies; a copy older than staleRebuild was left by a crash.
const (
	rebuildPrefix = ".halldesk-restore-"
	staleRebuild  = time.Hour
)

// RebuildBackup checks the backup at path (InspectBackup) and rebuilds its data on this program's
// own schema in a temporary file beside the live database, without touching the live data. A
// backup whose rows break this program's rules (a missing value, a value not allowed, a
// duplicate, a reference to nothing) or that lacks a table of its version is refused. The audit
// chain of the rebuilt data is verified against anchors.
func (s *Store) RebuildBackup(ctx context.Context, path string, anchors []hall.AuditAnchor) (*Rebuilt, error) {
	info, err := InspectBackup(ctx, path)
	if err != nil {
		return nil, err
	}
	dir := s.folder(ctx)
	removeStaleRebuilds(dir)
	f, err := os.CreateTemp(dir, rebuildPrefix+"*.db")
	if err != nil {
		return nil, fmt.Errorf("restore: temporary copy: %w", err)
	}
	r := &Rebuilt{path: f.Name(), Report: RestoreReport{Info: info}}
	f.Close()
	if err := s.rebuild(ctx, r, path, anchors); err != nil {
		r.Remove()
		return nil, err
	}
	return r, nil
}

func (s *Store) rebuild(ctx context.Context, r *Rebuilt, path string, anchors []hall.AuditAnchor) error {
	// 1. This program's schema at the backup's version, then the backup's rows in it.
	db, err := sql.Open("sqlite3", "file:"+FileURI(r.path)+
		"?_journal_mode=MEMORY&_synchronous=OFF&_foreign_keys=on&_busy_timeout=5000&_txlock=immediate")
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1) // ATTACH and the pragmas below hold for one connection
	t := &Store{db: db, now: s.now, writes: &sync.Mutex{}}
	err = t.migrateTo(ctx, r.Report.Info.SchemaVersion)
	if err == nil {
		r.Report.Dropped, err = t.copyBackup(ctx, path)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// 2. Up to the current schema, as at start: an old backup's audit lines are chained here.
	c, err := Open(r.path, s.now)
	if err != nil {
		return err
	}
	r.Report.Accounts, err = c.backupAccounts(ctx)
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// 3. The chain of the data as it will be restored.
	r.Report.Chain, err = VerifyAuditFile(ctx, r.path, anchors)
	return err
}

// ReviewBackup rebuilds the backup at path as a restore would and reports what the restore
// would bring and leave behind, changing nothing: the confirmation before a restore.
func (s *Store) ReviewBackup(ctx context.Context, path string, anchors []hall.AuditAnchor) (RestoreReport, error) {
	r, err := s.RebuildBackup(ctx, path, anchors)
	if err != nil {
		return RestoreReport{}, err
	}
	r.Remove()
	return r.Report, nil
}

// RestoreFrom rebuilds the backup at path (RebuildBackup) and puts it in place of the live data
// (RestoreRebuilt).
func (s *Store) RestoreFrom(ctx context.Context, path string, anchors []hall.AuditAnchor) (RestoreReport, error) {
	r, err := s.RebuildBackup(ctx, path, anchors)
	if err != nil {
		return RestoreReport{}, err
	}
	defer r.Remove()
	return r.Report, s.RestoreRebuilt(ctx, r)
}

// RestoreRebuilt replaces the whole live database with a rebuilt backup, in place. It uses
// SQLite's online backup API with the live database as the destination: the copy is one write
// transaction through the live database's own WAL, so readers keep working, a power cut in the
// middle leaves the old data whole, and the Store (and every service holding it) stays valid —
// nothing is closed, renamed or reopened.
func (s *Store) RestoreRebuilt(ctx context.Context, r *Rebuilt) error {
	src, err := sql.Open("sqlite3", "file:"+FileURI(r.path)+"?_busy_timeout=5000")
	if err != nil {
		return err
	}
	defer src.Close()
	srcConn, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer srcConn.Close()
	dstConn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer dstConn.Close()
	err = dstConn.Raw(func(d any) error {
		return srcConn.Raw(func(sc any) error {
			dst, ok1 := d.(*sqlite3.SQLiteConn)
			from, ok2 := sc.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("restore: not a go-sqlite3 connection")
			}
			return copyAll(ctx, dst, from)
		})
	})
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

// copyAll runs the online backup from src's main database into dst's main database in one
// step, retrying while another connection holds the write lock.
func copyAll(ctx context.Context, dst, src *sqlite3.SQLiteConn) error {
	b, err := dst.Backup("main", src, "main")
	if err != nil {
		return err
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		done, err := b.Step(-1)
		if err != nil {
			b.Finish()
			return err
		}
		if done {
			return b.Finish()
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			b.Finish()
			return errors.New("restore: the database stayed busy")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// backupAccounts lists the operator accounts, without their passwords.
func (s *Store) backupAccounts(ctx context.Context) ([]BackupAccount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT username, name, role, active FROM operators ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []BackupAccount{}
	for rows.Next() {
		var a BackupAccount
		if err := rows.Scan(&a.Username, &a.Name, &a.Role, &a.Active); err != nil {
			return nil, err
		}
		a.RoleLabel = a.Role.Label()
		out = append(out, a)
	}
	return out, rows.Err()
}

// folder is the folder of the live database file (the temporary folder for one in memory).
func (s *Store) folder(ctx context.Context) string {
	var file string
	if err := s.db.QueryRowContext(ctx, `SELECT file FROM pragma_database_list WHERE name='main'`).Scan(&file); err != nil || file == "" {
		return os.TempDir()
	}
	return filepath.Dir(file)
}

// removeStaleRebuilds deletes the temporary copies that a crash in the middle of a restore left.
func removeStaleRebuilds(dir string) {
	old, _ := filepath.Glob(filepath.Join(dir, rebuildPrefix+"*.db"))
	for _, p := range old {
		if st, err := os.Stat(p); err == nil && time.Since(st.ModTime()) > staleRebuild {
			removeDB(p)
		}
	}
}

// removeDB deletes a database file and the files SQLite keeps beside it.
func removeDB(p string) {
	for _, side := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(p + side)
	}
}
