package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"halldesk/backend/hall"
)

const deviceColumns = `id, code, status, name, role, window_no, address, requested_at, paired_at, paired_by, revoked_at, version`

func scanDevice(sc interface{ Scan(...any) error }) (hall.Device, error) {
	var d hall.Device
	err := sc.Scan(&d.ID, &d.Code, &d.Status, &d.Name, &d.Role, &d.Window, &d.Address, &d.RequestedAt,
		&d.PairedAt, &d.PairedBy, &d.RevokedAt, &d.Version)
	return d.WithLabels(), err
}

// openSince is the earliest request time of a pairing request still open.
func (s *Store) openSince() string {
	return s.now().Add(-hall.PairingLifetime).UTC().Format(time.RFC3339)
}

// BeginPairing records a browser's request to become a device: the hash of the token its cookie
// keeps, the code it shows, and its address. Requests left unanswered past their lifetime go.
func (s *Store) BeginPairing(ctx context.Context, tokenHash, code, address string) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM devices WHERE status='pending' AND requested_at<?`, s.openSince()); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO devices(token_hash, code, status, address, requested_at)
			VALUES (?,?,'pending',?,?)`, tokenHash, code, address, s.stamp())
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// DeviceByToken finds the device whose cookie token hashes to tokenHash (not_found if none).
func (s *Store) DeviceByToken(ctx context.Context, tokenHash string) (hall.Device, error) {
	d, err := scanDevice(s.db.QueryRowContext(ctx, `SELECT `+deviceColumns+` FROM devices WHERE token_hash=?`, tokenHash))
	if errors.Is(err, sql.ErrNoRows) {
		return d, hall.NotFound("此设备尚未配对")
	}
	if err == nil && d.Status == hall.DevicePending && d.RequestedAt < s.openSince() {
		return d, hall.NotFound("配对请求已过期")
	}
	return d, err
}

// Devices lists the paired and revoked devices and the pairing requests still open, newest
// request first.
func (s *Store) Devices(ctx context.Context) ([]hall.Device, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+deviceColumns+` FROM devices
		WHERE status<>'pending' OR requested_at>=? ORDER BY status='revoked', id DESC`, s.openSince())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Device{}
	for rows.Next() {
		d, err := scanDevice(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// ApproveDevice pairs the waiting device in.ID when in.Code is the code it shows.
func (s *Store) ApproveDevice(ctx context.Context, a hall.Actor, in hall.DeviceApproval) (hall.Device, error) {
	var d hall.Device
	err := s.tx(ctx, func(tx *sql.Tx) error {
		old, err := scanDevice(tx.QueryRowContext(ctx, `SELECT `+deviceColumns+` FROM devices WHERE id=?`, in.ID))
		if errors.Is(err, sql.ErrNoRows) || (err == nil && old.Status == hall.DevicePending && old.RequestedAt < s.openSince()) {
			return hall.Conflict("该配对请求已过期，请在设备上刷新页面后重新配对")
		}
		if err != nil {
			return err
		}
		if old.Status != hall.DevicePending {
			return hall.Conflict("该设备已" + old.Status.Label() + "，不能再次配对")
		}
		if old.Code != in.Code {
			return hall.Invalid("code", "配对码不对，请核对设备屏幕上显示的6位数字")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE devices SET status='paired', code='', name=?, role=?, window_no=?,
			paired_at=?, paired_by=?, version=version+1 WHERE id=?`, in.Name, in.Role, in.Window, s.stamp(), a.Name, in.ID); err != nil {
			return err
		}
		detail := in.Name + "（" + in.Role.Label() + "，地址 " + old.Address + "）"
		if err := s.audit(ctx, tx, a, hall.ActPair, "大厅设备", in.ID, detail); err != nil {
			return err
		}
		d, err = scanDevice(tx.QueryRowContext(ctx, `SELECT `+deviceColumns+` FROM devices WHERE id=?`, in.ID))
		return err
	})
	return d, err
}

// RevokeDevice cuts a paired device off (or refuses a waiting request); its token no longer works.
func (s *Store) RevokeDevice(ctx context.Context, a hall.Actor, id int64) (hall.Device, error) {
	var d hall.Device
	err := s.tx(ctx, func(tx *sql.Tx) error {
		old, err := scanDevice(tx.QueryRowContext(ctx, `SELECT `+deviceColumns+` FROM devices WHERE id=?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该设备")
		}
		if err != nil {
			return err
		}
		if old.Status == hall.DeviceRevoked {
			return hall.Conflict("该设备已停用")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE devices SET status='revoked', code='', revoked_at=?, version=version+1
			WHERE id=?`, s.stamp(), id); err != nil {
			return err
		}
		name := old.Name
		if name == "" {
			name = "配对请求（地址 " + old.Address + "）"
		}
		if err := s.audit(ctx, tx, a, hall.ActDeactivate, "大厅设备", id, name); err != nil {
			return err
		}
		d, err = scanDevice(tx.QueryRowContext(ctx, `SELECT `+deviceColumns+` FROM devices WHERE id=?`, id))
		return err
	})
	return d, err
}
