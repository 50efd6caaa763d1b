package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"halldesk/backend/hall"
)

// BannerHalls lists the banner's registry of halls by township, then name.
func (s *Store) BannerHalls(ctx context.Context) ([]hall.BannerHall, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, township, kind, place, refreshed_at, replicated_at, last_error
		FROM banner_halls ORDER BY township, name, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.BannerHall{}
	for rows.Next() {
		var h hall.BannerHall
		if err := rows.Scan(&h.ID, &h.Name, &h.Township, &h.Kind, &h.Where, &h.RefreshedAt, &h.ReplicatedAt, &h.Error); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// BannerHall reads one hall of the registry.
func (s *Store) BannerHall(ctx context.Context, id int64) (hall.BannerHall, error) {
	var h hall.BannerHall
	err := s.db.QueryRowContext(ctx, `SELECT id, name, township, kind, place, refreshed_at, replicated_at, last_error
		FROM banner_halls WHERE id=?`, id).Scan(&h.ID, &h.Name, &h.Township, &h.Kind, &h.Where, &h.RefreshedAt, &h.ReplicatedAt, &h.Error)
	if errors.Is(err, sql.ErrNoRows) {
		return h, hall.NotFound("没有这个服务大厅")
	}
	return h, err
}

// SaveBannerHall adds (ID 0) or changes a hall of the registry with its target's kind and
// place (never its secrets), audited; it returns the hall's id.
func (s *Store) SaveBannerHall(ctx context.Context, a hall.Actor, in hall.BannerHallInput, kind, place string) (int64, error) {
	id := in.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		var res sql.Result
		var err error
		if id == 0 {
			res, err = tx.ExecContext(ctx, `INSERT INTO banner_halls(name, township, kind, place, created_at, updated_at)
				VALUES (?,?,?,?,?,?)`, in.Name, in.Township, kind, place, now, now)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE banner_halls SET name=?, township=?, kind=?, place=?, updated_at=? WHERE id=?`,
				in.Name, in.Township, kind, place, now, id)
		}
		if isUnique(err) {
			return hall.Conflict("已有同名的服务大厅：" + in.Name)
		} else if err != nil {
			return err
		}
		action := hall.ActUpdate
		if id == 0 {
			action = hall.ActCreate
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		} else if n, _ := res.RowsAffected(); n == 0 {
			return hall.NotFound("没有这个服务大厅")
		}
		return s.audit(ctx, tx, a, action, "旗县汇总服务大厅", id, in.Township+" "+in.Name+"，副本："+kind+" "+place)
	})
	return id, err
}

// DeleteBannerHall removes a hall from the registry, audited.
func (s *Store) DeleteBannerHall(ctx context.Context, a hall.Actor, id int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var name string
		if err := tx.QueryRowContext(ctx, `SELECT name FROM banner_halls WHERE id=?`, id).Scan(&name); errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("没有这个服务大厅")
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM banner_halls WHERE id=?`, id); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActRemove, "旗县汇总服务大厅", id, name)
	})
}

// MarkBannerHall records a refresh of a hall's copy: when, the newest replicated state it holds
// (kept when "" , as after a failure) and the failure's message ("" when it worked).
func (s *Store) MarkBannerHall(ctx context.Context, id int64, replicatedAt, failure string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE banner_halls SET refreshed_at=CASE WHEN ?='' THEN ? ELSE refreshed_at END,
			replicated_at=CASE WHEN ?<>'' THEN ? ELSE replicated_at END, last_error=? WHERE id=?`,
			failure, s.stamp(), replicatedAt, replicatedAt, failure, id)
		return err
	})
}
