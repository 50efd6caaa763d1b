package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"halldesk/backend/hall"
)

// Villages lists the hall's villages with their groups; inactive ones only when asked.
func (s *Store) Villages(ctx context.Context, includeInactive bool) ([]hall.Village, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, kind, active, version FROM villages
		WHERE active=1 OR ? ORDER BY sort, id`, includeInactive)
	if err != nil {
		return nil, err
	}
	out := []hall.Village{}
	index := map[int64]int{}
	for rows.Next() {
		var v hall.Village
		var active int
		if err := rows.Scan(&v.ID, &v.Name, &v.Kind, &active, &v.Version); err != nil {
			rows.Close()
			return nil, err
		}
		v.Active, v.Groups = active == 1, []hall.Group{}
		index[v.ID] = len(out)
		out = append(out, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	grows, err := s.db.QueryContext(ctx, `SELECT id, village_id, name, active, version FROM village_groups
		WHERE active=1 OR ? ORDER BY village_id, id`, includeInactive)
	if err != nil {
		return nil, err
	}
	defer grows.Close()
	for grows.Next() {
		var g hall.Group
		var active int
		if err := grows.Scan(&g.ID, &g.VillageID, &g.Name, &active, &g.Version); err != nil {
			return nil, err
		}
		g.Active = active == 1
		if i, ok := index[g.VillageID]; ok {
			out[i].Groups = append(out[i].Groups, g)
		}
	}
	return out, grows.Err()
}

// SaveVillage adds or edits a village (at the version the form was loaded at; updateVersioned).
func (s *Store) SaveVillage(ctx context.Context, a hall.Actor, in hall.VillageInput) (int64, error) {
	id := in.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var res sql.Result
		var err error
		action := hall.ActUpdate
		if id == 0 {
			action = hall.ActCreate
			res, err = tx.ExecContext(ctx, `INSERT INTO villages(name,kind,active,sort)
				VALUES (?,?,1,(SELECT COALESCE(MAX(sort),0)+1 FROM villages))`, in.Name, in.Kind)
		} else {
			var old hall.Village
			var active int
			read := tx.QueryRowContext(ctx, `SELECT name, kind, active FROM villages WHERE id=?`, id).Scan(&old.Name, &old.Kind, &active)
			if errors.Is(read, sql.ErrNoRows) {
				return hall.NotFound("找不到该嘎查村/社区")
			}
			if read != nil {
				return read
			}
			old.Active = active == 1
			if err := updateVersioned(ctx, tx, "villages", id, in.Version, in, old); err != nil {
				return err
			}
			res, err = tx.ExecContext(ctx, `UPDATE villages SET name=?, kind=?, active=? WHERE id=?`,
				in.Name, in.Kind, boolInt(in.Active), id)
		}
		if isUnique(err) {
			return &hall.Error{Code: hall.CodeConflict, Field: "name", Message: "已有同名的嘎查村/社区：" + in.Name}
		}
		if err != nil {
			return err
		}
		if id == 0 {
			id, _ = res.LastInsertId()
		} else if n, _ := res.RowsAffected(); n == 0 {
			return hall.NotFound("找不到该嘎查村/社区")
		}
		return s.audit(ctx, tx, a, action, "嘎查村", id, in.Name)
	})
	return id, err
}

// SaveGroup adds or edits a group of a village (at the version the form was loaded at).
func (s *Store) SaveGroup(ctx context.Context, a hall.Actor, in hall.GroupInput) (int64, error) {
	id := in.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM villages WHERE id=?`, in.VillageID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return hall.Invalid("villageId", "所属嘎查村/社区不存在")
		}
		var res sql.Result
		var err error
		action := hall.ActUpdate
		if id == 0 {
			action = hall.ActCreate
			res, err = tx.ExecContext(ctx, `INSERT INTO village_groups(village_id,name,active) VALUES (?,?,1)`, in.VillageID, in.Name)
		} else {
			var old hall.Group
			var active int
			read := tx.QueryRowContext(ctx, `SELECT name, active FROM village_groups WHERE id=? AND village_id=?`, id, in.VillageID).
				Scan(&old.Name, &active)
			if errors.Is(read, sql.ErrNoRows) {
				return hall.NotFound("找不到该组")
			}
			if read != nil {
				return read
			}
			old.Active = active == 1
			if err := updateVersioned(ctx, tx, "village_groups", id, in.Version, in, old); err != nil {
				return err
			}
			res, err = tx.ExecContext(ctx, `UPDATE village_groups SET name=?, active=? WHERE id=? AND village_id=?`,
				in.Name, boolInt(in.Active), id, in.VillageID)
		}
		if isUnique(err) {
			return &hall.Error{Code: hall.CodeConflict, Field: "name", Message: "该嘎查村/社区已有同名的组：" + in.Name}
		}
		if err != nil {
			return err
		}
		if id == 0 {
			id, _ = res.LastInsertId()
		} else if n, _ := res.RowsAffected(); n == 0 {
			return hall.NotFound("找不到该组")
		}
		return s.audit(ctx, tx, a, action, "组", id, in.Name)
	})
	return id, err
}

// checkPlace verifies that the village exists and that the group, if any, belongs to it.
func checkPlace(ctx context.Context, tx *sql.Tx, villageID, groupID int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM villages WHERE id=?`, villageID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return hall.Invalid("villageId", "所选嘎查村/社区不存在")
	}
	if groupID > 0 {
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM village_groups WHERE id=? AND village_id=?`, groupID, villageID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return hall.Invalid("groupId", "所选的组不属于该嘎查村/社区")
		}
	}
	return nil
}
