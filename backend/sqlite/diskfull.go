package sqlite

import (
	"errors"
	"syscall"

	sqlite3 "github.com/mattn/go-sqlite3"

	"halldesk/backend/hall"
)

// IsDiskFull reports whether err comes from a full disk: SQLite's SQLITE_FULL, an I/O error
// whose system error is ENOSPC, or a plain file write that failed with ENOSPC (an export, a
// printed document, a backup). It is the one place that recognises a full disk; the services'
// edge (app) turns it into hall.DiskFull, the backup copy into hall.BackupDiskFull.
func IsDiskFull(err error) bool {
	if err == nil {
		return false
	}
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrFull || se.SystemErrno == syscall.ENOSPC) {
		return true
	}
	return errors.Is(err, syscall.ENOSPC)
}

// diskFullIn turns a full disk met while writing a backup into folder into the backup's own
// message, naming the folder; any other error is returned as it is.
func diskFullIn(folder string, err error) error {
	if IsDiskFull(err) {
		return hall.BackupDiskFull(folder)
	}
	return err
}
