package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"halldesk/backend/hall"
)

const teamSelect = `SELECT t.id, t.name, t.kind, COALESCE(t.leader_id,0), COALESCE(l.name,''), t.village_id, v.name,
	(SELECT COUNT(*) FROM cadres m WHERE m.team_id=t.id AND m.active=1), t.active
	FROM work_teams t JOIN villages v ON v.id=t.village_id LEFT JOIN cadres l ON l.id=t.leader_id`

// teamOrder lists active teams first, then by village in the villages' order, then as entered.
const teamOrder = ` ORDER BY t.active DESC, v.sort, v.id, t.id`

// Teams lists the work teams, inactive ones only when asked.
func (s *Store) Teams(ctx context.Context, includeInactive bool) ([]hall.WorkTeam, error) {
	return s.queryTeams(ctx, s.db, teamSelect+` WHERE t.active=1 OR ?`+teamOrder, includeInactive)
}

// Team reads one work team, active or not.
func (s *Store) Team(ctx context.Context, id int64) (hall.WorkTeam, error) {
	return s.team(ctx, s.db, id)
}

func (s *Store) team(ctx context.Context, q querier, id int64) (hall.WorkTeam, error) {
	ts, err := s.queryTeams(ctx, q, teamSelect+` WHERE t.id=?`, id)
	if err != nil {
		return hall.WorkTeam{}, err
	}
	if len(ts) == 0 {
		return hall.WorkTeam{}, hall.NotFound("找不到该工作队")
	}
	return ts[0], nil
}

func (s *Store) queryTeams(ctx context.Context, q querier, sqlText string, args ...any) ([]hall.WorkTeam, error) {
	rows, err := q.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.WorkTeam{}
	for rows.Next() {
		var t hall.WorkTeam
		var active int
		if err := rows.Scan(&t.ID, &t.Name, &t.Kind, &t.LeaderCadreID, &t.LeaderName, &t.VillageID, &t.VillageName,
			&t.MemberCount, &active); err != nil {
			return nil, err
		}
		t.Active = active == 1
		out = append(out, t)
	}
	return out, rows.Err()
}

// SaveTeam adds (ID 0, always active) or edits a work team, cleaned by WorkTeam.Clean, in one
// transaction with its audit line. The leader must be an active cadre who is not in another
// team, and joins this one. Deactivating a team lets its members go.
func (s *Store) SaveTeam(ctx context.Context, a hall.Actor, t hall.WorkTeam) (int64, error) {
	id := t.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		village := villageName(ctx, tx, t.VillageID)
		if village == "" {
			return hall.Invalid("villageId", "所选嘎查村/社区不存在，请刷新后重新选择")
		}
		var same int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM work_teams WHERE name=? AND id<>? AND active=1`, t.Name, id).Scan(&same); err != nil {
			return err
		}
		if same > 0 {
			return &hall.Error{Code: hall.CodeConflict, Field: "name", Message: "已有同名的工作队：" + t.Name}
		}
		leader, err := teamLeaderName(ctx, tx, t)
		if err != nil {
			return err
		}
		now := s.stamp()
		action, detail := hall.ActCreate, t.Kind+" "+t.Name+"，队长"+leader
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO work_teams(name,kind,leader_id,village_id,active,created_at,updated_at)
				VALUES (?,?,?,?,1,?,?)`, t.Name, t.Kind, t.LeaderCadreID, t.VillageID, now, now)
			if err != nil {
				return err
			}
			id, _ = res.LastInsertId()
			t.Active = true
		} else {
			old, err := s.team(ctx, tx, id)
			if err != nil {
				return err
			}
			switch {
			case old.Active && !t.Active:
				action = hall.ActDeactivate
			case !old.Active && t.Active:
				action = hall.ActActivate
			default:
				action = hall.ActUpdate
			}
			detail = t.Name + "：" + diff("名称", old.Name, t.Name) + diff("类型", old.Kind, t.Kind) +
				diff("队长", old.LeaderName, leader) + diff("驻村", old.VillageName, village)
			if _, err := tx.ExecContext(ctx, `UPDATE work_teams SET name=?, kind=?, leader_id=?, village_id=?, active=?, updated_at=?
				WHERE id=?`, t.Name, t.Kind, t.LeaderCadreID, t.VillageID, boolInt(t.Active), now, id); err != nil {
				return err
			}
		}
		if !t.Active {
			res, err := tx.ExecContext(ctx, `UPDATE cadres SET team_id=NULL, updated_at=?, version=version+1 WHERE team_id=?`, now, id)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			detail += "成员" + strconv.FormatInt(n, 10) + "人离队；"
			return s.audit(ctx, tx, a, action, "工作队", id, detail)
		}
		if err := s.joinLeader(ctx, tx, id, t.LeaderCadreID, leader, now); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, action, "工作队", id, detail)
	})
	return id, err
}

// teamLeaderName reads the leader's name: an active cadre, unless the team is being let go
// (its leader may have been transferred away since).
func teamLeaderName(ctx context.Context, tx *sql.Tx, t hall.WorkTeam) (string, error) {
	if t.ID == 0 || t.Active {
		return activeCadreName(ctx, tx, t.LeaderCadreID, "leaderCadreId")
	}
	var name string
	err := tx.QueryRowContext(ctx, `SELECT name FROM cadres WHERE id=?`, t.LeaderCadreID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hall.Invalid("leaderCadreId", "所选干部不存在，请刷新后重新选择")
	}
	return name, err
}

// joinLeader puts the leader in the team, refusing a leader who is in another team.
func (s *Store) joinLeader(ctx context.Context, tx *sql.Tx, teamID, cadreID int64, name, now string) error {
	var current int64
	var other string
	err := tx.QueryRowContext(ctx, `SELECT COALESCE(c.team_id,0), COALESCE(t.name,'') FROM cadres c
		LEFT JOIN work_teams t ON t.id=c.team_id WHERE c.id=?`, cadreID).Scan(&current, &other)
	if err != nil {
		return err
	}
	if current == teamID {
		return nil
	}
	if current != 0 {
		return &hall.Error{Code: hall.CodeConflict, Field: "leaderCadreId", Message: name + "已是" + other + "的成员，一名干部只能属于一个工作队"}
	}
	_, err = tx.ExecContext(ctx, `UPDATE cadres SET team_id=?, updated_at=?, version=version+1 WHERE id=?`, teamID, now, cadreID)
	return err
}

// activeTeamName reads a team's name for a cadre joining it: "" for none, invalid for a missing
// or deactivated team.
func activeTeamName(ctx context.Context, q querier, id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	var name string
	var active int
	err := q.QueryRowContext(ctx, `SELECT name, active FROM work_teams WHERE id=?`, id).Scan(&name, &active)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hall.Invalid("teamId", "所选工作队不存在，请刷新后重新选择")
	}
	if err != nil {
		return "", err
	}
	if active != 1 {
		return "", hall.Invalid("teamId", name+"已撤回，不能再加入")
	}
	return name, nil
}

// checkNotLeader refuses to move a team's leader out of the team through the cadre form.
func checkNotLeader(ctx context.Context, q querier, cadreID int64, team string) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM work_teams WHERE leader_id=? AND active=1`, cadreID).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return &hall.Error{Code: hall.CodeConflict, Field: "teamId", Message: "该干部是" + team + "的队长（组长），请先在工作队中更换队长"}
	}
	return nil
}

// villageName reads a village's name for an audit line ("" when it cannot).
func villageName(ctx context.Context, q querier, id int64) string {
	var name string
	_ = q.QueryRowContext(ctx, `SELECT name FROM villages WHERE id=?`, id).Scan(&name)
	return name
}

// dashIfNone writes an empty name as "无" in an audit line.
func dashIfNone(s string) string {
	if s == "" {
		return "无"
	}
	return s
}
