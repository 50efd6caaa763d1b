package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// CreateActivity stores a village activity (cleaned by hall.CleanActivity) with its cadres.
func (s *Store) CreateActivity(ctx context.Context, a hall.Actor, in hall.ActivityInput) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := checkPlace(ctx, tx, in.VillageID, 0); err != nil {
			return err
		}
		for _, c := range in.CadreIDs {
			if _, err := activeCadreName(ctx, tx, c, "cadreIds"); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO village_activities(date,village_id,kind,participants,attendance,content,follow_ups,created_at,created_by)
			VALUES (?,?,?,?,?,?,?,?,?)`, in.Date, in.VillageID, in.Kind, in.Participants, in.Attendance, in.Content, in.FollowUps, s.stamp(), a.OperatorID)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		for _, c := range in.CadreIDs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO activity_cadres(activity_id,cadre_id) VALUES (?,?)`, id, c); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "村级活动", id, in.Date.String()+" "+in.Kind)
	})
	return id, err
}

// Activities returns one page of village activities, newest first.
func (s *Store) Activities(ctx context.Context, q hall.ActivityQuery) (hall.ActivityPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	conds, args := []string{"1=1"}, []any{}
	add := func(cond string, v ...any) { conds = append(conds, cond); args = append(args, v...) }
	if q.ID > 0 {
		add("x.id=?", q.ID)
	}
	if q.VillageID > 0 {
		add("x.village_id=?", q.VillageID)
	}
	if q.Kind != "" {
		add("x.kind=?", q.Kind)
	}
	if !q.From.IsZero() {
		add("x.date>=?", q.From)
	}
	if !q.To.IsZero() {
		add("x.date<=?", q.To)
	}
	where := " WHERE " + strings.Join(conds, " AND ")
	out := hall.ActivityPage{Items: []hall.Activity{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM village_activities x`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT x.id, x.date, x.village_id, v.name, x.kind, x.participants, x.attendance, x.content,
		x.follow_ups, COALESCE(o.name,'') FROM village_activities x JOIN villages v ON v.id=x.village_id
		LEFT JOIN operators o ON o.id=x.created_by`+where+` ORDER BY x.date DESC, x.id DESC LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	index := map[int64]int{}
	for rows.Next() {
		var x hall.Activity
		if err := rows.Scan(&x.ID, &x.Date, &x.VillageID, &x.VillageName, &x.Kind, &x.Participants, &x.Attendance, &x.Content,
			&x.FollowUps, &x.RecordedBy); err != nil {
			rows.Close()
			return out, err
		}
		x.CadreIDs, x.CadreNames = []int64{}, []string{}
		index[x.ID] = len(out.Items)
		out.Items = append(out.Items, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out.Items) == 0 {
		return out, err
	}
	marks, ids := make([]string, 0, len(index)), make([]any, 0, len(index))
	for id := range index {
		marks, ids = append(marks, "?"), append(ids, id)
	}
	rows, err = s.db.QueryContext(ctx, `SELECT ac.activity_id, c.id, c.name FROM activity_cadres ac JOIN cadres c ON c.id=ac.cadre_id
		WHERE ac.activity_id IN (`+strings.Join(marks, ",")+`) ORDER BY ac.activity_id, c.id`, ids...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var aid, cid int64
		var name string
		if err := rows.Scan(&aid, &cid, &name); err != nil {
			return out, err
		}
		x := &out.Items[index[aid]]
		x.CadreIDs, x.CadreNames = append(x.CadreIDs, cid), append(x.CadreNames, name)
	}
	return out, rows.Err()
}

// LastActivities maps village id → kind → the date of the last activity of that kind there.
func (s *Store) LastActivities(ctx context.Context) (map[int64]map[string]hall.Date, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT village_id, kind, MAX(date) FROM village_activities GROUP BY village_id, kind`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]map[string]hall.Date{}
	for rows.Next() {
		var vid int64
		var kind string
		var date hall.Date
		if err := rows.Scan(&vid, &kind, &date); err != nil {
			return nil, err
		}
		if out[vid] == nil {
			out[vid] = map[string]hall.Date{}
		}
		out[vid][kind] = date
	}
	return out, rows.Err()
}

// GrassrootsDates lists the dates in a year on which a cadre visited a household in one of the
// villages, or took part in an activity there: a leader's visits to the contact points.
func (s *Store) GrassrootsDates(ctx context.Context, cadreID int64, villageIDs []int64, year int) ([]hall.Date, error) {
	if len(villageIDs) == 0 {
		return []hall.Date{}, nil
	}
	marks, vargs := make([]string, len(villageIDs)), make([]any, len(villageIDs))
	for i, id := range villageIDs {
		marks[i], vargs[i] = "?", id
	}
	in := strings.Join(marks, ",")
	from, to := hall.NewDate(year, time.January, 1), hall.NewDate(year, time.December, 31)
	args := append(append([]any{cadreID}, vargs...), from, to, cadreID)
	args = append(append(args, vargs...), from, to)
	rows, err := s.db.QueryContext(ctx, `SELECT v.date FROM visits v JOIN households h ON h.id=v.household_id
		WHERE v.cadre_id=? AND h.village_id IN (`+in+`) AND v.date>=? AND v.date<=?
		UNION SELECT x.date FROM village_activities x JOIN activity_cadres ac ON ac.activity_id=x.id
		WHERE ac.cadre_id=? AND x.village_id IN (`+in+`) AND x.date>=? AND x.date<=? ORDER BY 1`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Date{}
	for rows.Next() {
		var d hall.Date
		if err := rows.Scan(&d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
