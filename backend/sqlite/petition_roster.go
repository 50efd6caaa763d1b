package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"halldesk/backend/hall"
)

// The reception settings are kept in the settings table under these keys.
const (
	keyReceptionWeekday = "petition_weekday"
	keyReceptionPlace   = "petition_place"
	keyReceptionHours   = "petition_hours"
)

// ReceptionSettings reads the reception day settings; what was never saved is the default.
func (s *Store) ReceptionSettings(ctx context.Context) (hall.ReceptionSettings, error) {
	out := hall.DefaultReceptionSettings()
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings WHERE key IN (?,?,?)`,
		keyReceptionWeekday, keyReceptionPlace, keyReceptionHours)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return out, err
		}
		switch k {
		case keyReceptionWeekday:
			if n, err := strconv.Atoi(v); err == nil {
				out.Weekday = n
			}
		case keyReceptionPlace:
			out.Place = v
		case keyReceptionHours:
			out.Hours = v
		}
	}
	return out, rows.Err()
}

// SaveReceptionSettings replaces the reception day settings (cleaned by the service).
func (s *Store) SaveReceptionSettings(ctx context.Context, a hall.Actor, rs hall.ReceptionSettings) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for k, v := range map[string]string{keyReceptionWeekday: strconv.Itoa(rs.Weekday), keyReceptionPlace: rs.Place, keyReceptionHours: rs.Hours} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
				ON CONFLICT(key) DO UPDATE SET value=excluded.value`, k, v); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "信访接待日设置", 0, hall.WeekdayLabel(time.Weekday(rs.Weekday))+" "+rs.Place)
	})
}

const rosterSelect = `SELECT e.id, e.date, e.planned_date, e.quarter, COALESCE(e.leader_id,0), COALESCE(c.name,''),
	COALESCE(c.position,''), e.moved, e.cancelled, e.verified, e.changed, e.note
	FROM reception_roster e LEFT JOIN cadres c ON c.id=e.leader_id`

func scanRoster(sc interface{ Scan(...any) error }) (hall.RosterEntry, error) {
	var e hall.RosterEntry
	var moved, cancelled, verified int
	err := sc.Scan(&e.ID, &e.Date, &e.PlannedDate, &e.Quarter, &e.LeaderID, &e.LeaderName, &e.LeaderPosition,
		&moved, &cancelled, &verified, &e.Changed, &e.Note)
	e.Moved, e.Cancelled, e.Verified = moved == 1, cancelled == 1, verified == 1
	if err != nil {
		return e, err
	}
	if e.Date.IsZero() {
		return e, fmt.Errorf("roster entry %d has no date", e.ID)
	}
	e.Weekday = hall.WeekdayLabel(e.Date.Weekday())
	return e, nil
}

func (s *Store) queryRoster(ctx context.Context, q querier, sqlText string, args ...any) ([]hall.RosterEntry, error) {
	rows, err := q.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.RosterEntry{}
	for rows.Next() {
		e, err := scanRoster(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Roster lists the reception days from one date to another (inclusive), by date.
func (s *Store) Roster(ctx context.Context, from, to hall.Date) ([]hall.RosterEntry, error) {
	return s.queryRoster(ctx, s.db, rosterSelect+` WHERE e.date>=? AND e.date<=? ORDER BY e.date`, from, to)
}

// QuarterRoster lists a quarter's reception days (by the planned date's quarter), by date.
func (s *Store) QuarterRoster(ctx context.Context, quarter string) ([]hall.RosterEntry, error) {
	return s.queryRoster(ctx, s.db, rosterSelect+` WHERE e.quarter=? ORDER BY e.date`, quarter)
}

// RosterOn is the reception day held on a date, if any (cancelled days are not held).
func (s *Store) RosterOn(ctx context.Context, day hall.Date) (*hall.RosterEntry, error) {
	list, err := s.queryRoster(ctx, s.db, rosterSelect+` WHERE e.date=? AND e.cancelled=0`, day)
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return &list[0], nil
}

// NextRoster is the first reception day held after a date, if any.
func (s *Store) NextRoster(ctx context.Context, after hall.Date) (*hall.RosterEntry, error) {
	list, err := s.queryRoster(ctx, s.db, rosterSelect+` WHERE e.date>? AND e.cancelled=0 ORDER BY e.date LIMIT 1`, after)
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return &list[0], nil
}

// LastRosterLeader is the leader of the last reception day held before a date (0 when none),
// so that a new quarter continues the turn.
func (s *Store) LastRosterLeader(ctx context.Context, before hall.Date) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(leader_id,0) FROM reception_roster WHERE date<? AND cancelled=0
		AND leader_id IS NOT NULL ORDER BY date DESC LIMIT 1`, before).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// SaveQuarterRoster stores a generated quarter: the quarter's entries dated from `from` on are
// replaced by the plan's entries dated from `from` on; earlier days stay as they were held.
func (s *Store) SaveQuarterRoster(ctx context.Context, a hall.Actor, quarter string, from hall.Date, plan []hall.RosterEntry) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM reception_roster WHERE quarter=? AND date>=?`, quarter, from); err != nil {
			return err
		}
		now := s.stamp()
		n := 0
		for _, e := range plan {
			if e.Date.Before(from) {
				continue
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO reception_roster(date, planned_date, quarter, leader_id, moved, cancelled,
				verified, note, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`, e.Date, e.PlannedDate, quarter, nullID(e.LeaderID),
				boolInt(e.Moved), boolInt(e.Cancelled), boolInt(e.Verified), e.Note, now)
			if isUnique(err) {
				return hall.Conflict(e.Date.String() + "已安排在其他季度的接待日中，请检查后重试")
			}
			if err != nil {
				return err
			}
			n++
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "信访接待日安排", 0, quarter+" "+strconv.Itoa(n)+"个接待日")
	})
}

// rosterEntry reads one entry inside tx.
func (s *Store) rosterEntry(ctx context.Context, q querier, id int64) (hall.RosterEntry, error) {
	e, err := scanRoster(q.QueryRowContext(ctx, rosterSelect+` WHERE e.id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, hall.NotFound("找不到该接待日安排，请刷新")
	}
	return e, err
}

// SwapRoster exchanges the leaders of two reception days that are held and not yet past today.
func (s *Store) SwapRoster(ctx context.Context, a hall.Actor, id1, id2 int64, today hall.Date, note string) error {
	if id1 == id2 {
		return hall.Invalid("with", "请选择另一个接待日")
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		e1, err := s.rosterEntry(ctx, tx, id1)
		if err != nil {
			return err
		}
		e2, err := s.rosterEntry(ctx, tx, id2)
		if err != nil {
			return err
		}
		for _, e := range []hall.RosterEntry{e1, e2} {
			if e.Cancelled {
				return hall.Conflict(e.Date.String() + "不安排接待，不能调换")
			}
			if e.Date.Before(today) {
				return hall.Conflict(e.Date.String() + "已过，不能调换")
			}
		}
		now := s.stamp()
		for _, x := range []struct {
			e      hall.RosterEntry
			leader int64
			other  hall.RosterEntry
		}{{e1, e2.LeaderID, e2}, {e2, e1.LeaderID, e1}} {
			n := "与" + x.other.Date.String() + "调换"
			if note != "" {
				n += "：" + note
			}
			if _, err := tx.ExecContext(ctx, `UPDATE reception_roster SET leader_id=?, changed=?, note=?, updated_at=? WHERE id=?`,
				nullID(x.leader), hall.RosterSwapped, n, now, x.e.ID); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "信访接待日安排", id1, e1.Date.String()+" "+e1.LeaderName+" ⇄ "+e2.Date.String()+" "+e2.LeaderName)
	})
}

// ReplaceRosterLeader gives a reception day that is held and not yet past another leader.
func (s *Store) ReplaceRosterLeader(ctx context.Context, a hall.Actor, id, leaderID int64, today hall.Date, note string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		e, err := s.rosterEntry(ctx, tx, id)
		if err != nil {
			return err
		}
		if e.Cancelled {
			return hall.Conflict(e.Date.String() + "不安排接待，不能更换领导")
		}
		if e.Date.Before(today) {
			return hall.Conflict(e.Date.String() + "已过，不能更换领导")
		}
		c, err := s.cadre(ctx, tx, leaderID)
		if err != nil {
			return hall.Invalid("leaderId", "所选领导不在干部名册中，请重新选择")
		}
		if c.Type != hall.LeaderCadreType || !c.Active {
			return hall.Invalid("leaderId", c.Name+"不是在岗的领导干部")
		}
		n := "原安排" + e.LeaderName
		if note != "" {
			n += "：" + note
		}
		if _, err := tx.ExecContext(ctx, `UPDATE reception_roster SET leader_id=?, changed=?, note=?, updated_at=? WHERE id=?`,
			leaderID, hall.RosterReplaced, n, s.stamp(), id); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "信访接待日安排", id, e.Date.String()+" "+e.LeaderName+" → "+c.Name)
	})
}

// LeaderLink is a leader cadre and the operator account linked to it (0 and "" when none).
type LeaderLink struct {
	CadreID      int64
	OperatorID   int64
	OperatorName string
}

// LeaderLinks lists every leader cadre's linked operator.
func (s *Store) LeaderLinks(ctx context.Context) (map[int64]LeaderLink, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT l.cadre_id, l.operator_id, o.name FROM petition_leader_operators l
		JOIN operators o ON o.id=l.operator_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]LeaderLink{}
	for rows.Next() {
		var l LeaderLink
		if err := rows.Scan(&l.CadreID, &l.OperatorID, &l.OperatorName); err != nil {
			return nil, err
		}
		out[l.CadreID] = l
	}
	return out, rows.Err()
}

// LinkLeaderOperator links a leader cadre to the operator account they sign in with, or
// removes the link (operatorID 0). An operator is linked to one cadre at most.
func (s *Store) LinkLeaderOperator(ctx context.Context, a hall.Actor, cadreID, operatorID int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		c, err := s.cadre(ctx, tx, cadreID)
		if err != nil {
			return err
		}
		if c.Type != hall.LeaderCadreType {
			return hall.Invalid("cadreId", c.Name+"不是领导干部")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM petition_leader_operators WHERE cadre_id=? OR operator_id=?`, cadreID, operatorID); err != nil {
			return err
		}
		detail := c.Name + " 取消关联账号"
		if operatorID > 0 {
			op, err := s.operator(ctx, tx, operatorID)
			if err != nil {
				return hall.Invalid("operatorId", "所选账号不存在")
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO petition_leader_operators(cadre_id, operator_id) VALUES (?,?)`, cadreID, operatorID); err != nil {
				return err
			}
			detail = c.Name + " 关联账号 " + op.Username
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "干部", cadreID, detail)
	})
}

// LeaderForOperator is the leader cadre an operator acts as: the cadre linked to the account,
// else the one active 领导干部 whose name is the operator's name. ok is false when there is none
// (or the name is ambiguous).
func (s *Store) LeaderForOperator(ctx context.Context, op hall.Operator) (hall.Cadre, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT cadre_id FROM petition_leader_operators WHERE operator_id=?`, op.ID).Scan(&id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return hall.Cadre{}, false, err
	}
	if id == 0 {
		rows, err := s.db.QueryContext(ctx, `SELECT id FROM cadres WHERE type=? AND active=1 AND name=? LIMIT 2`, hall.LeaderCadreType, op.Name)
		if err != nil {
			return hall.Cadre{}, false, err
		}
		var ids []int64
		for rows.Next() {
			var x int64
			if err := rows.Scan(&x); err != nil {
				rows.Close()
				return hall.Cadre{}, false, err
			}
			ids = append(ids, x)
		}
		rows.Close()
		if len(ids) != 1 {
			return hall.Cadre{}, false, nil
		}
		id = ids[0]
	}
	c, err := s.cadre(ctx, s.db, id)
	return c, err == nil, err
}

// RosterEntryByID reads one reception day.
func (s *Store) RosterEntryByID(ctx context.Context, id int64) (hall.RosterEntry, error) {
	return s.rosterEntry(ctx, s.db, id)
}
