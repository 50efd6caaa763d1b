package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// The visit settings are kept in the settings table under these keys.
var visitSettingKeys = []string{"visit_resident_days", "visit_out_days", "visit_needy_days", "visit_special_days",
	"visit_coverage_limit", "visit_pair_limit", "visit_leader_target", "visit_thanksgiving_day"}

func visitSettingPtrs(v *hall.VisitSettings) []*int {
	return []*int{&v.ResidentDays, &v.OutDays, &v.NeedyDays, &v.SpecialDays, &v.CoverageLimit, &v.PairLimit, &v.LeaderTarget, &v.ThanksgivingDay}
}

// VisitSettings reads the household contact work settings; what was never saved is the
// seed's default.
func (s *Store) VisitSettings(ctx context.Context) (hall.VisitSettings, error) {
	out := hall.DefaultVisitSettings()
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings WHERE key LIKE 'visit\_%' ESCAPE '\'`)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	ptrs := visitSettingPtrs(&out)
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return out, err
		}
		for i, key := range visitSettingKeys {
			if key == k {
				if n, err := strconv.Atoi(v); err == nil {
					*ptrs[i] = n
				}
			}
		}
	}
	return out, rows.Err()
}

// SaveVisitSettings replaces the visit settings (cleaned by the service).
func (s *Store) SaveVisitSettings(ctx context.Context, a hall.Actor, v hall.VisitSettings) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for i, p := range visitSettingPtrs(&v) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
				ON CONFLICT(key) DO UPDATE SET value=excluded.value`, visitSettingKeys[i], strconv.Itoa(*p)); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "走访设置", 0, "常住户"+strconv.Itoa(v.ResidentDays)+"天 外出户"+
			strconv.Itoa(v.OutDays)+"天 结亲户"+strconv.Itoa(v.NeedyDays)+"天 包联上限"+strconv.Itoa(v.CoverageLimit)+"户")
	})
}

// activeCadreName reads a cadre's name and refuses an unknown or deactivated cadre.
func activeCadreName(ctx context.Context, q querier, id int64, field string) (string, error) {
	var name string
	var active int
	err := q.QueryRowContext(ctx, `SELECT name, active FROM cadres WHERE id=?`, id).Scan(&name, &active)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hall.Invalid(field, "所选干部不存在，请刷新后重新选择")
	}
	if err != nil {
		return "", err
	}
	if active != 1 {
		return "", hall.Invalid(field, name+"已停用（调离），不能再分配工作")
	}
	return name, nil
}

// Assign assigns households to a cadre from in.From (cleaned by hall.CleanAssign): the picked
// households, or every household of the group, or of the village. A household another cadre
// covers moves (that assignment ends on in.From) unless in.OnlyUnassigned. Coverage is the
// cadre's count afterwards; the service adds the warning.
func (s *Store) Assign(ctx context.Context, a hall.Actor, in hall.AssignInput) (hall.AssignResult, error) {
	var res hall.AssignResult
	err := s.tx(ctx, func(tx *sql.Tx) error {
		name, err := activeCadreName(ctx, tx, in.CadreID, "cadreId")
		if err != nil {
			return err
		}
		ids, err := s.assignTargets(ctx, tx, in)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return hall.Invalid("householdIds", "所选范围内没有家庭户")
		}
		for _, hid := range ids {
			var curID, curCadre int64
			var curFrom hall.Date
			err := tx.QueryRowContext(ctx, `SELECT id, cadre_id, from_date FROM coverage WHERE household_id=? AND to_date=''`, hid).
				Scan(&curID, &curCadre, &curFrom)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				res.Assigned++
			case err != nil:
				return err
			case curCadre == in.CadreID:
				res.Unchanged++
				continue
			case in.OnlyUnassigned:
				res.Skipped++
				continue
			case curFrom.After(in.From):
				return hall.Invalid("from", "包联起始日期早于部分家庭户现有包联的起始日期（"+curFrom.String()+"），请改为该日或之后")
			default:
				if _, err := tx.ExecContext(ctx, `UPDATE coverage SET to_date=? WHERE id=?`, in.From, curID); err != nil {
					return err
				}
				res.Moved++
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO coverage(household_id,cadre_id,from_date,note,created_at) VALUES (?,?,?,?,?)`,
				hid, in.CadreID, in.From, in.Note, s.stamp()); err != nil {
				return err
			}
		}
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM coverage WHERE cadre_id=? AND to_date=''`, in.CadreID).Scan(&res.Coverage); err != nil {
			return err
		}
		if res.Assigned+res.Moved == 0 {
			return nil
		}
		return s.audit(ctx, tx, a, "包联分配", "干部", in.CadreID, name+"：新分配"+strconv.Itoa(res.Assigned)+"户，从其他干部调整"+
			strconv.Itoa(res.Moved)+"户，起始"+in.From.String())
	})
	return res, err
}

// assignTargets resolves an assignment's households: the picked ones (each must exist), or a
// group's, or a village's.
func (s *Store) assignTargets(ctx context.Context, tx *sql.Tx, in hall.AssignInput) ([]int64, error) {
	if len(in.HouseholdIDs) > 0 {
		for _, id := range in.HouseholdIDs {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM households WHERE id=?`, id).Scan(&n); err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, hall.Invalid("householdIds", "所选家庭户不存在，请刷新后重新选择")
			}
		}
		return in.HouseholdIDs, nil
	}
	q, arg := `SELECT id FROM households WHERE village_id=? ORDER BY id`, in.VillageID
	if in.GroupID > 0 {
		q, arg = `SELECT id FROM households WHERE group_id=? ORDER BY id`, in.GroupID
	}
	rows, err := tx.QueryContext(ctx, q, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if len(ids) > hall.MaxAssignBatch {
		return nil, hall.Invalid("householdIds", "一次最多分配"+strconv.Itoa(hall.MaxAssignBatch)+"户，请按组分配")
	}
	return ids, rows.Err()
}

// Unassign ends the current assignment of the households on a date; it returns how many ended.
func (s *Store) Unassign(ctx context.Context, a hall.Actor, ids []int64, on hall.Date, note string) (int, error) {
	n := 0
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, hid := range ids {
			var from hall.Date
			err := tx.QueryRowContext(ctx, `SELECT from_date FROM coverage WHERE household_id=? AND to_date=''`, hid).Scan(&from)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if from.After(on) {
				return hall.Invalid("on", "结束日期不能早于包联起始日期（"+from.String()+"）")
			}
			if _, err := tx.ExecContext(ctx, `UPDATE coverage SET to_date=?, note=CASE WHEN ?='' THEN note ELSE ? END
				WHERE household_id=? AND to_date=''`, on, note, note, hid); err != nil {
				return err
			}
			n++
		}
		if n == 0 {
			return hall.Invalid("householdIds", "所选家庭户目前没有包联干部")
		}
		return s.audit(ctx, tx, a, "结束包联", "家庭户", ids[0], "结束"+strconv.Itoa(n)+"户的包联，"+on.String())
	})
	return n, err
}

// Transfer hands every household the first cadre covers to the second on a date, keeping both
// assignments in the history; it returns the receiving cadre's coverage afterwards.
func (s *Store) Transfer(ctx context.Context, a hall.Actor, in hall.TransferInput) (hall.AssignResult, error) {
	var res hall.AssignResult
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var from string
		if err := tx.QueryRowContext(ctx, `SELECT name FROM cadres WHERE id=?`, in.FromCadreID).Scan(&from); errors.Is(err, sql.ErrNoRows) {
			return hall.Invalid("fromCadreId", "所选干部不存在")
		} else if err != nil {
			return err
		}
		to, err := activeCadreName(ctx, tx, in.ToCadreID, "toCadreId")
		if err != nil {
			return err
		}
		var ids []int64
		rows, err := tx.QueryContext(ctx, `SELECT household_id, from_date FROM coverage WHERE cadre_id=? AND to_date='' ORDER BY household_id`, in.FromCadreID)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var since hall.Date
			if err := rows.Scan(&id, &since); err != nil {
				rows.Close()
				return err
			}
			if since.After(in.On) {
				rows.Close()
				return hall.Invalid("on", "交接日期不能早于包联起始日期（"+since.String()+"）")
			}
			ids = append(ids, id)
		}
		rows.Close()
		if len(ids) == 0 {
			return hall.Invalid("fromCadreId", from+"目前没有包联的家庭户")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE coverage SET to_date=? WHERE cadre_id=? AND to_date=''`, in.On, in.FromCadreID); err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `INSERT INTO coverage(household_id,cadre_id,from_date,note,created_at) VALUES (?,?,?,?,?)`,
				id, in.ToCadreID, in.On, in.Note, s.stamp()); err != nil {
				return err
			}
		}
		res.Moved = len(ids)
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM coverage WHERE cadre_id=? AND to_date=''`, in.ToCadreID).Scan(&res.Coverage); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "包联交接", "干部", in.FromCadreID, from+"包联的"+strconv.Itoa(len(ids))+"户移交"+to+"，"+in.On.String())
	})
	return res, err
}

// CoverageHistory lists a household's assignments, newest first.
func (s *Store) CoverageHistory(ctx context.Context, householdID int64) ([]hall.Assignment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.household_id, COALESCE((SELECT name FROM residents m WHERE m.household_id=a.household_id AND m.relation='户主' LIMIT 1),''),
		a.cadre_id, c.name, a.from_date, a.to_date, a.note FROM coverage a JOIN cadres c ON c.id=a.cadre_id
		WHERE a.household_id=? ORDER BY a.from_date DESC, a.id DESC`, householdID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Assignment{}
	for rows.Next() {
		var x hall.Assignment
		if err := rows.Scan(&x.ID, &x.HouseholdID, &x.HeadName, &x.CadreID, &x.CadreName, &x.From, &x.To, &x.Note); err != nil {
			return nil, err
		}
		x.Current = x.To.IsZero()
		out = append(out, x)
	}
	return out, rows.Err()
}

// CoverageCount is how many households a cadre covers now.
func (s *Store) CoverageCount(ctx context.Context, cadreID int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM coverage WHERE cadre_id=? AND to_date=''`, cadreID).Scan(&n)
	return n, err
}

// CoverageSummary counts each active cadre's households and needy pairs (cadres who cover or
// pair with none are listed too if they are stationed or household cadres) and the households
// nobody covers; the service adds the warnings.
func (s *Store) CoverageSummary(ctx context.Context) (hall.CoverageSummary, error) {
	out := hall.CoverageSummary{Rows: []hall.CoverageRow{}}
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.name, c.type,
		(SELECT COUNT(*) FROM coverage a WHERE a.cadre_id=c.id AND a.to_date=''),
		(SELECT COUNT(*) FROM needy_pairs p WHERE p.cadre_id=c.id AND p.to_date='')
		FROM cadres c WHERE c.active=1 AND (c.type IN ('驻村干部','包户干部')
			OR EXISTS (SELECT 1 FROM coverage a WHERE a.cadre_id=c.id AND a.to_date='')
			OR EXISTS (SELECT 1 FROM needy_pairs p WHERE p.cadre_id=c.id AND p.to_date=''))`+cadreOrder)
	if err != nil {
		return out, err
	}
	var ids []hall.Cadre
	for rows.Next() {
		var r hall.CoverageRow
		if err := rows.Scan(&r.CadreID, &r.CadreName, &r.CadreType, &r.Households, &r.Pairs); err != nil {
			rows.Close()
			return out, err
		}
		out.Rows = append(out.Rows, r)
		ids = append(ids, hall.Cadre{ID: r.CadreID})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, err
	}
	if err := s.fillCadreVillages(ctx, s.db, ids); err != nil {
		return out, err
	}
	for i := range out.Rows {
		out.Rows[i].Villages = strings.Join(ids[i].VillageNames, "、")
	}
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM households h WHERE NOT EXISTS
		(SELECT 1 FROM coverage a WHERE a.household_id=h.id AND a.to_date='')`).Scan(&out.Unassigned)
	return out, err
}

// lastVisitSQL is the date of a household's last visit, by anyone.
const lastVisitSQL = `COALESCE((SELECT MAX(v.date) FROM visits v WHERE v.household_id=h.id),'')`

// CoveredHouseholds lists households with their current cadre, kinds and last visit.
func (s *Store) CoveredHouseholds(ctx context.Context, q hall.CoveredQuery) (hall.CoveredPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	conds, args := []string{"1=1"}, []any{}
	add := func(cond string, v ...any) { conds = append(conds, cond); args = append(args, v...) }
	if q.VillageID > 0 {
		add("h.village_id=?", q.VillageID)
	}
	if q.GroupID > 0 {
		add("h.group_id=?", q.GroupID)
	}
	if q.CadreID > 0 {
		add("a.cadre_id=?", q.CadreID)
	}
	if q.Unassigned {
		add("a.id IS NULL")
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		like := "%" + likeEscape(t) + "%"
		add(`(h.address LIKE ? ESCAPE '\' OR EXISTS (SELECT 1 FROM residents m WHERE m.household_id=h.id AND m.name LIKE ? ESCAPE '\'))`, like, like)
	}
	from := ` FROM households h JOIN villages v ON v.id=h.village_id LEFT JOIN village_groups g ON g.id=h.group_id
		LEFT JOIN coverage a ON a.household_id=h.id AND a.to_date='' LEFT JOIN cadres c ON c.id=a.cadre_id`
	where := " WHERE " + strings.Join(conds, " AND ")
	out := hall.CoveredPage{Items: []hall.CoveredHousehold{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+from+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT h.id, COALESCE((SELECT name FROM residents m WHERE m.household_id=h.id AND m.relation='户主' LIMIT 1),''),
		h.village_id, v.name, COALESCE(h.group_id,0), COALESCE(g.name,''), h.address,
		(SELECT COUNT(*) FROM residents m WHERE m.household_id=h.id), COALESCE(a.cadre_id,0), COALESCE(c.name,''), COALESCE(a.from_date,''),
		`+lastVisitSQL+`, EXISTS (SELECT 1 FROM needy_pairs p WHERE p.household_id=h.id AND p.to_date='')`+from+where+
		` ORDER BY v.sort, v.id, COALESCE(g.name,''), h.id LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	paired := map[int64]bool{}
	for rows.Next() {
		var x hall.CoveredHousehold
		var p int
		if err := rows.Scan(&x.HouseholdID, &x.HeadName, &x.VillageID, &x.VillageName, &x.GroupID, &x.GroupName, &x.Address,
			&x.MemberCount, &x.CadreID, &x.CadreName, &x.Since, &x.LastVisit, &p); err != nil {
			rows.Close()
			return out, err
		}
		paired[x.HouseholdID] = p == 1
		out.Items = append(out.Items, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, err
	}
	ids := make([]int64, len(out.Items))
	for i, x := range out.Items {
		ids[i] = x.HouseholdID
	}
	members, err := s.memberFacts(ctx, ids)
	if err != nil {
		return out, err
	}
	for i, x := range out.Items {
		out.Items[i].Kinds = hall.HouseholdKinds(members[x.HouseholdID], paired[x.HouseholdID])
	}
	return out, nil
}

// memberFacts reads the relation, residency and tags of the members of the households.
func (s *Store) memberFacts(ctx context.Context, householdIDs []int64) (map[int64][]hall.MemberFacts, error) {
	out := map[int64][]hall.MemberFacts{}
	for len(householdIDs) > 0 {
		chunk := householdIDs[:min(len(householdIDs), 500)]
		householdIDs = householdIDs[len(chunk):]
		marks, args := make([]string, len(chunk)), make([]any, len(chunk))
		for i, id := range chunk {
			marks[i], args[i] = "?", id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT r.household_id, r.relation, r.residency, COALESCE(GROUP_CONCAT(t.tag, ','),'')
			FROM residents r LEFT JOIN resident_tags t ON t.resident_id=r.id
			WHERE r.household_id IN (`+strings.Join(marks, ",")+`) GROUP BY r.id ORDER BY r.id`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var hid int64
			var m hall.MemberFacts
			var tags string
			if err := rows.Scan(&hid, &m.Relation, &m.Residency, &tags); err != nil {
				rows.Close()
				return nil, err
			}
			m.Tags = []string{}
			if tags != "" {
				m.Tags = strings.Split(tags, ",")
			}
			out[hid] = append(out[hid], m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DutyFacts reads what the reminders need about every household that is covered or paired:
// of one cadre (covering or paired) and/or one village, 0 for all.
func (s *Store) DutyFacts(ctx context.Context, cadreID, villageID int64) ([]hall.DutyFacts, error) {
	conds, args := []string{"(a.id IS NOT NULL OR p.id IS NOT NULL)"}, []any{}
	if cadreID > 0 {
		// The IN list comes from the cadre indexes of coverage and needy_pairs, so that one cadre's
		// households are looked up rather than every household scanned and filtered.
		conds = append(conds, "(a.cadre_id=? OR p.cadre_id=?)", `h.id IN (SELECT household_id FROM coverage WHERE cadre_id=? AND to_date=''
			UNION SELECT household_id FROM needy_pairs WHERE cadre_id=? AND to_date='')`)
		args = append(args, cadreID, cadreID, cadreID, cadreID)
	}
	if villageID > 0 {
		conds = append(conds, "h.village_id=?")
		args = append(args, villageID)
	}
	out, err := s.scanDutyFacts(ctx, dutyFactsSelect+` WHERE `+strings.Join(conds, " AND ")+` ORDER BY v.sort, v.id, h.id`, args...)
	if err != nil {
		return nil, err
	}
	return out, s.withMembers(ctx, out)
}

// CadreHouseholds lists the ids of the households a cadre covers now.
func (s *Store) CadreHouseholds(ctx context.Context, cadreID int64) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT household_id FROM coverage WHERE cadre_id=? AND to_date='' ORDER BY household_id`, cadreID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ChangeCount is the change counter name (see migration 0013): it moves whenever anything the
// counted figure is computed from changes, so a cached figure is current while it stands still.
func (s *Store) ChangeCount(ctx context.Context, name string) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT n FROM change_counters WHERE name=?`, name).Scan(&n)
	return n, err
}

// dutyFactsSelect reads a household's visit-duty facts but its members (see memberFacts).
const dutyFactsSelect = `SELECT h.id, COALESCE((SELECT name FROM residents m WHERE m.household_id=h.id AND m.relation='户主' LIMIT 1),''),
		h.village_id, v.name, COALESCE(g.name,''), h.address,
		COALESCE(a.cadre_id,0), COALESCE(ca.name,''), COALESCE(a.from_date,''),
		COALESCE(p.cadre_id,0), COALESCE(cp.name,''), COALESCE(p.from_date,''), ` + lastVisitSQL + `,
		COALESCE((SELECT MAX(v2.date) FROM visits v2 WHERE v2.household_id=h.id AND v2.cadre_id=p.cadre_id),'')
		FROM households h JOIN villages v ON v.id=h.village_id LEFT JOIN village_groups g ON g.id=h.group_id
		LEFT JOIN coverage a ON a.household_id=h.id AND a.to_date='' LEFT JOIN cadres ca ON ca.id=a.cadre_id
		LEFT JOIN needy_pairs p ON p.household_id=h.id AND p.to_date='' LEFT JOIN cadres cp ON cp.id=p.cadre_id`

func (s *Store) scanDutyFacts(ctx context.Context, query string, args ...any) ([]hall.DutyFacts, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.DutyFacts{}
	for rows.Next() {
		var f hall.DutyFacts
		if err := rows.Scan(&f.HouseholdID, &f.HeadName, &f.VillageID, &f.VillageName, &f.GroupName, &f.Address,
			&f.CadreID, &f.CadreName, &f.Since, &f.PairCadreID, &f.PairCadreName, &f.PairSince, &f.LastVisit, &f.LastPairVisit); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// dutyChunk is how many households EachDutyFacts holds in memory at a time.
const dutyChunk = 500

// EachDutyFacts hands the visit-duty facts of every covered or paired household, with their
// members, to fn a chunk at a time in household order, so that a county's figures are folded
// without its whole register in memory at once.
func (s *Store) EachDutyFacts(ctx context.Context, fn func([]hall.DutyFacts) error) error {
	after := int64(0)
	for {
		chunk, err := s.scanDutyFacts(ctx, dutyFactsSelect+` WHERE (a.id IS NOT NULL OR p.id IS NOT NULL) AND h.id>? ORDER BY h.id LIMIT ?`,
			after, dutyChunk)
		if err != nil || len(chunk) == 0 {
			return err
		}
		if err := s.withMembers(ctx, chunk); err != nil {
			return err
		}
		if err := fn(chunk); err != nil {
			return err
		}
		after = chunk[len(chunk)-1].HouseholdID
	}
}

// withMembers fills in the members of each household's facts.
func (s *Store) withMembers(ctx context.Context, facts []hall.DutyFacts) error {
	ids := make([]int64, len(facts))
	for i, f := range facts {
		ids[i] = f.HouseholdID
	}
	members, err := s.memberFacts(ctx, ids)
	if err != nil {
		return err
	}
	for i := range facts {
		facts[i].Members = members[facts[i].HouseholdID]
	}
	return nil
}
