package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"halldesk/backend/hall"
)

// Mongolian reads the hall's Mongolian texts (labels never nil); Settings carries them too.
func (s *Store) Mongolian(ctx context.Context) (hall.MongolianTexts, error) {
	return s.mongolian(ctx, s.db)
}

func (s *Store) mongolian(ctx context.Context, q querier) (hall.MongolianTexts, error) {
	m := hall.MongolianTexts{Labels: map[string]string{}}
	err := q.QueryRowContext(ctx, `SELECT hall_name, township, banner, address, office_hours, version
		FROM mongolian_texts WHERE id=1`).Scan(&m.HallName, &m.Township, &m.Banner, &m.Address, &m.OfficeHours, &m.Version)
	if err != nil {
		return m, err
	}
	rows, err := q.QueryContext(ctx, `SELECT zh, mn FROM mongolian_labels`)
	if err != nil {
		return m, err
	}
	defer rows.Close()
	for rows.Next() {
		var zh, mn string
		if err := rows.Scan(&zh, &mn); err != nil {
			return m, err
		}
		m.Labels[zh] = mn
	}
	return m, rows.Err()
}

// SaveMongolian replaces the hall's Mongolian texts (cleaned by MongolianTexts.Clean) if they
// are still at the version the form was loaded at (m.Version), with an audit line naming what
// changed, in one transaction. The hall settings are not touched, nor their version.
func (s *Store) SaveMongolian(ctx context.Context, a hall.Actor, m hall.MongolianTexts) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		old, err := s.mongolian(ctx, tx)
		if err != nil {
			return err
		}
		if err := updateVersioned(ctx, tx, "mongolian_texts", 1, m.Version, m, old); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE mongolian_texts SET hall_name=?, township=?, banner=?, address=?,
			office_hours=? WHERE id=1`, m.HallName, m.Township, m.Banner, m.Address, m.OfficeHours); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM mongolian_labels`); err != nil {
			return err
		}
		for zh, mn := range m.Labels {
			if _, err := tx.ExecContext(ctx, `INSERT INTO mongolian_labels(zh, mn) VALUES (?,?)`, zh, mn); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "蒙古文", 0, mongolianChanges(old, m))
	})
}

// mongolianChanges names the fields and labels a save changed, in the form's order.
func mongolianChanges(old, m hall.MongolianTexts) string {
	var changed []string
	was := old.Fields()
	for i, f := range m.Fields() {
		if f[1] != was[i][1] {
			changed = append(changed, f[0])
		}
	}
	for _, zh := range hall.MongolianLabelKeys {
		if old.Labels[zh] != m.Labels[zh] {
			changed = append(changed, "「"+zh+"」")
		}
	}
	if len(changed) == 0 {
		return "大厅蒙古文：未改动"
	}
	return "大厅蒙古文：" + strings.Join(changed, "、") + "已更改"
}
