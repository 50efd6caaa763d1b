package sqlite

import (
	"context"
	"database/sql"

	"halldesk/backend/hall"
)

// LANSetting reads whether the desktop program serves the hall's network, and on which port.
func (s *Store) LANSetting(ctx context.Context) (hall.LANSetting, error) {
	var ls hall.LANSetting
	err := s.db.QueryRowContext(ctx, `SELECT enabled, port FROM lan_setting WHERE id=1`).Scan(&ls.Enabled, &ls.Port)
	return ls, err
}

// SaveLANSetting stores the setting and its audit line in one transaction.
func (s *Store) SaveLANSetting(ctx context.Context, a hall.Actor, ls hall.LANSetting) error {
	if err := hall.CheckPort(ls.Port); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE lan_setting SET enabled=?, port=?, version=version+1 WHERE id=1`,
			ls.Enabled, ls.Port); err != nil {
			return err
		}
		action := hall.ActDeactivate
		if ls.Enabled {
			action = hall.ActActivate
		}
		return s.audit(ctx, tx, a, action, "局域网服务", 0, ls.AuditDetail())
	})
}
