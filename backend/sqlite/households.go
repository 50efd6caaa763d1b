package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"halldesk/backend/hall"
)

const householdSelect = `SELECT h.id, h.village_id, v.name, COALESCE(h.group_id,0), COALESCE(g.name,''), h.address, h.created_at, h.version,
	COALESCE((SELECT name FROM residents m WHERE m.household_id=h.id AND m.relation='户主' LIMIT 1),''),
	(SELECT COUNT(*) FROM residents m WHERE m.household_id=h.id)
	FROM households h JOIN villages v ON v.id=h.village_id LEFT JOIN village_groups g ON g.id=h.group_id`

func scanHousehold(sc interface{ Scan(...any) error }) (hall.Household, error) {
	var h hall.Household
	err := sc.Scan(&h.ID, &h.VillageID, &h.VillageName, &h.GroupID, &h.GroupName, &h.Address, &h.CreatedAt, &h.Version, &h.HeadName, &h.MemberCount)
	h.Members = []hall.Resident{}
	return h, err
}

// Household reads one household with its members (unmasked), head first.
func (s *Store) Household(ctx context.Context, id int64) (hall.Household, error) {
	h, err := scanHousehold(s.db.QueryRowContext(ctx, householdSelect+` WHERE h.id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return h, hall.NotFound("找不到该家庭户")
	}
	if err != nil {
		return h, err
	}
	rows, err := s.db.QueryContext(ctx, residentSelect+` WHERE r.household_id=? ORDER BY r.relation<>'户主', r.birth_date`, id)
	if err != nil {
		return h, err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanResident(rows)
		if err != nil {
			return h, err
		}
		h.Members = append(h.Members, r)
	}
	return h, rows.Err()
}

// SearchHouseholds lists households of a village, or whose address or member name matches.
func (s *Store) SearchHouseholds(ctx context.Context, q hall.HouseholdQuery) (hall.HouseholdPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	where, args := householdFilter(q)
	out := hall.HouseholdPage{Items: []hall.Household{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM households h`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	rows, err := s.db.QueryContext(ctx, householdSelect+where+` ORDER BY h.id DESC LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		h, err := scanHousehold(rows)
		if err != nil {
			return out, err
		}
		out.Items = append(out.Items, h)
	}
	return out, rows.Err()
}

// householdFilter turns a household query into a WHERE clause over households h.
func householdFilter(q hall.HouseholdQuery) (string, []any) {
	conds, args := []string{"1=1"}, []any{}
	if t := strings.TrimSpace(q.Text); t != "" {
		conds = append(conds, `(h.address LIKE ? ESCAPE '\' OR EXISTS (SELECT 1 FROM residents m WHERE m.household_id=h.id AND m.name LIKE ? ESCAPE '\'))`)
		like := "%" + likeEscape(t) + "%"
		args = append(args, like, like)
	}
	if q.VillageID > 0 {
		conds = append(conds, "h.village_id=?")
		args = append(args, q.VillageID)
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// SaveHousehold creates (ID 0) or edits a household at the version the form was loaded at
// (in.Version; updateVersioned) and returns its id.
func (s *Store) SaveHousehold(ctx context.Context, a hall.Actor, in hall.HouseholdInput) (int64, error) {
	id := in.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := checkPlace(ctx, tx, in.VillageID, in.GroupID); err != nil {
			return err
		}
		now := s.stamp()
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO households(village_id,group_id,address,created_at,updated_at) VALUES (?,?,?,?,?)`,
				in.VillageID, nullID(in.GroupID), in.Address, now, now)
			if err != nil {
				return err
			}
			id, _ = res.LastInsertId()
			return s.audit(ctx, tx, a, hall.ActCreate, "家庭户", id, in.Address)
		}
		old, err := scanHousehold(tx.QueryRowContext(ctx, householdSelect+` WHERE h.id=?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该家庭户")
		}
		if err != nil {
			return err
		}
		if err := updateVersioned(ctx, tx, "households", id, in.Version, in, old); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE households SET village_id=?, group_id=?, address=?, updated_at=? WHERE id=?`,
			in.VillageID, nullID(in.GroupID), in.Address, now, id); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "家庭户", id, in.Address)
	})
	return id, err
}
