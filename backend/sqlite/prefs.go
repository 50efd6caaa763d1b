package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"halldesk/backend/hall"
)

// OperatorPrefs reads operator id's own preferences (migration 0020).
func (s *Store) OperatorPrefs(ctx context.Context, id int64) (hall.OperatorPrefs, error) {
	var p hall.OperatorPrefs
	err := s.db.QueryRowContext(ctx, `SELECT text_scale FROM operators WHERE id=?`, id).Scan(&p.TextScale)
	if errors.Is(err, sql.ErrNoRows) {
		return p, hall.NotFound("找不到该操作员")
	}
	return p, err
}

// SaveOperatorPrefs stores operator a's own preferences (cleaned by the caller) with an audit
// line, in one transaction. A preference is the operator's alone: it bumps no record version.
func (s *Store) SaveOperatorPrefs(ctx context.Context, a hall.Actor, p hall.OperatorPrefs) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE operators SET text_scale=? WHERE id=?`, p.TextScale, a.OperatorID); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "个人设置", a.OperatorID, "字号"+strconv.Itoa(p.TextScale)+"%")
	})
}
