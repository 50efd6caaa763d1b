package sqlite

import (
	"context"
	"database/sql"
	"strconv"

	"halldesk/backend/hall"
)

// IsSetUp reports whether the first-start setup has been done (an operator exists).
func (s *Store) IsSetUp(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM operators`).Scan(&n)
	return n > 0, err
}

// Setup stores the hall settings and the first administrator in one transaction. It refuses if
// the hall is already set up, so a second browser cannot take over an installed hall.
func (s *Store) Setup(ctx context.Context, hs hall.HallSettings, admin hall.OperatorInput, hash string) (hall.Operator, error) {
	var op hall.Operator
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM operators`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return hall.Conflict("本大厅已完成初始设置，请直接登录")
		}
		if err := s.saveSettings(ctx, tx, hs); err != nil {
			return err
		}
		id, err := s.insertOperator(ctx, tx, admin, hash)
		if err != nil {
			return err
		}
		actor := hall.Actor{OperatorID: id, Name: admin.Name}
		if err := s.audit(ctx, tx, actor, hall.ActSetup, "大厅设置", 0, hs.HallName); err != nil {
			return err
		}
		op, err = s.operator(ctx, tx, id)
		return err
	})
	return op, err
}

// Settings reads the hall settings; missing keys come back empty (IdleMinutes defaults). The
// hall's Mongolian texts come with them (Mongolian), so every document that prints the settings
// has them; SaveSettings leaves them alone.
func (s *Store) Settings(ctx context.Context) (hall.HallSettings, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return hall.HallSettings{}, err
	}
	defer rows.Close()
	var hs hall.HallSettings
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return hs, err
		}
		switch k {
		case "hall_name":
			hs.HallName = v
		case "township":
			hs.Township = v
		case "banner":
			hs.Banner = v
		case "phone":
			hs.Phone = v
		case "supervision_phone":
			hs.SupervisionPhone = v
		case "idle_minutes":
			hs.IdleMinutes, _ = strconv.Atoi(v)
		case "address":
			hs.Address = v
		case "office_hours":
			hs.OfficeHours = v
		case "remedy_days":
			hs.RemedyDays, _ = strconv.Atoi(v)
		}
	}
	if hs.IdleMinutes == 0 {
		hs.IdleMinutes = hall.DefaultIdleMinutes
	}
	if err := rows.Err(); err != nil {
		return hs, err
	}
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM settings_version WHERE id=1`).Scan(&hs.Version); err != nil {
		return hs, err
	}
	hs.Mongolian, err = s.mongolian(ctx, s.db)
	return hs, err
}

// SaveSettings replaces the hall settings if they are still at the version the form was loaded
// at (hs.Version; updateVersioned).
func (s *Store) SaveSettings(ctx context.Context, a hall.Actor, hs hall.HallSettings) error {
	old, err := s.Settings(ctx)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := updateVersioned(ctx, tx, "settings_version", 1, hs.Version, hs, old); err != nil {
			return err
		}
		if err := s.saveSettings(ctx, tx, hs); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "大厅设置", 0, hs.HallName)
	})
}

func (s *Store) saveSettings(ctx context.Context, tx *sql.Tx, hs hall.HallSettings) error {
	kv := map[string]string{
		"hall_name": hs.HallName, "township": hs.Township, "banner": hs.Banner, "phone": hs.Phone,
		"supervision_phone": hs.SupervisionPhone, "idle_minutes": strconv.Itoa(hs.IdleMinutes),
		"address": hs.Address, "office_hours": hs.OfficeHours, "remedy_days": strconv.Itoa(hs.RemedyDays),
	}
	for k, v := range kv {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
			ON CONFLICT(key) DO UPDATE SET value=excluded.value`, k, v); err != nil {
			return err
		}
	}
	return nil
}
