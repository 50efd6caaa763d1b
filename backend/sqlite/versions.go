package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"halldesk/backend/hall"
)

// updateVersioned is the one version check of every editable record: in tx, it moves row id of
// table from version expected to the next one. When the stored version differs it refuses with
// hall.StaleVersion, listing where stored (the record as read in tx) differs from saved (what the
// refused save holds), masked as every screen masks; nothing is written. table is always a
// constant of this package.
func updateVersioned(ctx context.Context, tx *sql.Tx, table string, id, expected int64, saved, stored any) error {
	res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET version=version+1 WHERE id=? AND version=?`, id, expected)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return err
	}
	var current int64
	err = tx.QueryRowContext(ctx, `SELECT version FROM `+table+` WHERE id=?`, id).Scan(&current)
	if errors.Is(err, sql.ErrNoRows) {
		return hall.NotFound("找不到该记录，可能已被删除")
	}
	if err != nil {
		return err
	}
	return hall.StaleVersion(hall.Changes(hall.Masked, saved, stored))
}
