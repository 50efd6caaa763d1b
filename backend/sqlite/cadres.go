package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// cadreSelect reads a cadre with its team and the households it covers now (包联).
const cadreSelect = `SELECT c.id, c.name, c.name_mongolian, c.position, c.unit, c.phone, c.type, c.coverage, c.active, c.updated_at, c.version,
	COALESCE(c.team_id,0), COALESCE(t.name,''), (SELECT COUNT(*) FROM coverage a WHERE a.cadre_id=c.id AND a.to_date='')
	FROM cadres c LEFT JOIN work_teams t ON t.id=c.team_id`

// cadreOrder lists active cadres first, then by type in hall.CadreTypes order, then as entered.
var cadreOrder = func() string {
	var b strings.Builder
	b.WriteString(" ORDER BY c.active DESC, CASE c.type")
	for i, t := range hall.CadreTypes {
		b.WriteString(" WHEN '" + t + "' THEN " + strconv.Itoa(i))
	}
	b.WriteString(" ELSE 99 END, c.id")
	return b.String()
}()

func scanCadre(sc interface{ Scan(...any) error }) (hall.Cadre, error) {
	var c hall.Cadre
	var active int
	err := sc.Scan(&c.ID, &c.Name, &c.NameMongolian, &c.Position, &c.Unit, &c.Phone, &c.Type, &c.Coverage, &active, &c.UpdatedAt, &c.Version,
		&c.TeamID, &c.TeamName, &c.Households)
	c.Active = active == 1
	c.VillageIDs, c.VillageNames = []int64{}, []string{}
	return c, err
}

// queryCadres reads the cadres a query selects, with their villages.
func (s *Store) queryCadres(ctx context.Context, q querier, sqlText string, args ...any) ([]hall.Cadre, error) {
	rows, err := q.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	out := []hall.Cadre{}
	for rows.Next() {
		c, err := scanCadre(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.fillCadreVillages(ctx, q, out)
}

// fillCadreVillages adds each cadre's villages, in the villages' own order.
func (s *Store) fillCadreVillages(ctx context.Context, q querier, cs []hall.Cadre) error {
	if len(cs) == 0 {
		return nil
	}
	index := map[int64]int{}
	marks, args := make([]string, len(cs)), make([]any, len(cs))
	for i, c := range cs {
		index[c.ID] = i
		marks[i], args[i] = "?", c.ID
	}
	rows, err := q.QueryContext(ctx, `SELECT cv.cadre_id, v.id, v.name FROM cadre_villages cv
		JOIN villages v ON v.id=cv.village_id WHERE cv.cadre_id IN (`+strings.Join(marks, ",")+`)
		ORDER BY v.sort, v.id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var cid, vid int64
		var name string
		if err := rows.Scan(&cid, &vid, &name); err != nil {
			return err
		}
		i := index[cid]
		cs[i].VillageIDs = append(cs[i].VillageIDs, vid)
		cs[i].VillageNames = append(cs[i].VillageNames, name)
	}
	return rows.Err()
}

// Cadres returns one page of cadres matching q.
func (s *Store) Cadres(ctx context.Context, q hall.CadreQuery) (hall.CadrePage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	conds, args := []string{"1=1"}, []any{}
	if t := strings.TrimSpace(q.Text); t != "" {
		like := "%" + likeEscape(t) + "%"
		conds = append(conds, `(c.name LIKE ? ESCAPE '\' OR c.phone LIKE ? ESCAPE '\' OR c.position LIKE ? ESCAPE '\' OR c.unit LIKE ? ESCAPE '\')`)
		args = append(args, like, like, like, like)
	}
	if q.VillageID > 0 {
		conds = append(conds, "EXISTS (SELECT 1 FROM cadre_villages cv WHERE cv.cadre_id=c.id AND cv.village_id=?)")
		args = append(args, q.VillageID)
	}
	if q.Type != "" {
		conds = append(conds, "c.type=?")
		args = append(args, q.Type)
	}
	if q.TeamID > 0 {
		conds = append(conds, "c.team_id=?")
		args = append(args, q.TeamID)
	}
	if !q.IncludeInactive {
		conds = append(conds, "c.active=1")
	}
	where := " WHERE " + strings.Join(conds, " AND ")
	out := hall.CadrePage{Items: []hall.Cadre{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM cadres c`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	items, err := s.queryCadres(ctx, s.db, cadreSelect+where+cadreOrder+` LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	out.Items = items
	return out, nil
}

// Cadre reads one cadre, active or not.
func (s *Store) Cadre(ctx context.Context, id int64) (hall.Cadre, error) {
	return s.cadre(ctx, s.db, id)
}

func (s *Store) cadre(ctx context.Context, q querier, id int64) (hall.Cadre, error) {
	cs, err := s.queryCadres(ctx, q, cadreSelect+` WHERE c.id=?`, id)
	if err != nil {
		return hall.Cadre{}, err
	}
	if len(cs) == 0 {
		return hall.Cadre{}, hall.NotFound("找不到该干部")
	}
	return cs[0], nil
}

// CadresByID reads the given cadres, active or not, in the order given (each once).
// A missing id is not found.
func (s *Store) CadresByID(ctx context.Context, ids []int64) ([]hall.Cadre, error) {
	out := make([]hall.Cadre, 0, len(ids))
	seen := map[int64]bool{}
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), 500)]
		ids = ids[len(chunk):]
		marks, args := make([]string, len(chunk)), make([]any, len(chunk))
		for i, id := range chunk {
			marks[i], args[i] = "?", id
		}
		cs, err := s.queryCadres(ctx, s.db, cadreSelect+` WHERE c.id IN (`+strings.Join(marks, ",")+`)`, args...)
		if err != nil {
			return nil, err
		}
		byID := map[int64]hall.Cadre{}
		for _, c := range cs {
			byID[c.ID] = c
		}
		for _, id := range chunk {
			c, ok := byID[id]
			if !ok {
				return nil, hall.NotFound("找不到所选的干部（编号 " + strconv.FormatInt(id, 10) + "），请刷新后重新选择")
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// VillageCadres lists the active cadres of a village, by type in hall.CadreTypes order.
func (s *Store) VillageCadres(ctx context.Context, villageID int64) ([]hall.Cadre, error) {
	return s.queryCadres(ctx, s.db, cadreSelect+` WHERE c.active=1 AND EXISTS (SELECT 1 FROM cadre_villages cv
		WHERE cv.cadre_id=c.id AND cv.village_id=?)`+cadreOrder, villageID)
}

// SaveCadre adds (ID 0, always active) or edits a cadre, cleaned by hall.CleanCadre, with its
// villages and work team, in one transaction with its audit line. Activating or deactivating
// through an edit is logged as such. A team's leader cannot leave the team this way. An edit
// must name the version it was loaded at (updateVersioned).
func (s *Store) SaveCadre(ctx context.Context, a hall.Actor, c hall.Cadre) (int64, error) {
	id := c.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := checkVillages(ctx, tx, c.VillageIDs); err != nil {
			return err
		}
		team, err := activeTeamName(ctx, tx, c.TeamID)
		if err != nil {
			return err
		}
		now := s.stamp()
		action, detail := hall.ActCreate, c.Type+" "+c.Name
		if team != "" {
			detail += "（" + team + "）"
		}
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO cadres(name,name_mongolian,position,unit,phone,type,coverage,team_id,active,created_at,updated_at)
				VALUES (?,?,?,?,?,?,?,?,1,?,?)`, c.Name, c.NameMongolian, c.Position, c.Unit, c.Phone, c.Type, c.Coverage, nullID(c.TeamID), now, now)
			if err != nil {
				return err
			}
			id, _ = res.LastInsertId()
		} else {
			old, err := s.cadre(ctx, tx, id)
			if err != nil {
				return err
			}
			if err := updateVersioned(ctx, tx, "cadres", id, c.Version, c, old); err != nil {
				return err
			}
			switch {
			case old.Active && !c.Active:
				action = hall.ActDeactivate
			case !old.Active && c.Active:
				action = hall.ActActivate
			default:
				action = hall.ActUpdate
			}
			if old.TeamID != c.TeamID {
				if err := checkNotLeader(ctx, tx, id, old.TeamName); err != nil {
					return err
				}
			}
			detail = c.Name + "：" + diff("姓名", old.Name, c.Name) + diff("蒙古文姓名", old.NameMongolian, c.NameMongolian) + diff("类型", old.Type, c.Type) +
				diff("职务", old.Position, c.Position) + diff("单位", old.Unit, c.Unit) + diff("包联范围", old.Coverage, c.Coverage) +
				diff("工作队", dashIfNone(old.TeamName), dashIfNone(team))
			if old.Phone != c.Phone {
				detail += "联系电话已更改；"
			}
			if !sameIDs(old.VillageIDs, c.VillageIDs) {
				detail += "联系的嘎查村已更改；"
			}
			if _, err := tx.ExecContext(ctx, `UPDATE cadres SET name=?, name_mongolian=?, position=?, unit=?, phone=?, type=?, coverage=?,
				team_id=?, active=?, updated_at=? WHERE id=?`, c.Name, c.NameMongolian, c.Position, c.Unit, c.Phone, c.Type, c.Coverage,
				nullID(c.TeamID), boolInt(c.Active), now, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM cadre_villages WHERE cadre_id=?`, id); err != nil {
				return err
			}
		}
		for _, v := range c.VillageIDs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO cadre_villages(cadre_id,village_id) VALUES (?,?)`, id, v); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, action, "干部", id, detail)
	})
	return id, err
}

// checkVillages verifies that every village exists.
func checkVillages(ctx context.Context, tx *sql.Tx, ids []int64) error {
	for _, id := range ids {
		var name string
		err := tx.QueryRowContext(ctx, `SELECT name FROM villages WHERE id=?`, id).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.Invalid("villageIds", "所选嘎查村/社区不存在，请刷新后重新选择")
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func sameIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	set := map[int64]bool{}
	for _, x := range a {
		set[x] = true
	}
	for _, x := range b {
		if !set[x] {
			return false
		}
	}
	return true
}
