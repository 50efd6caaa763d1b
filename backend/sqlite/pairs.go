package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"halldesk/backend/hall"
)

// CreatePair pairs a cadre with a needy household (cleaned by hall.CleanPair). A household has
// at most one current pair. It returns the pair's id and how many needy households the cadre
// now has.
func (s *Store) CreatePair(ctx context.Context, a hall.Actor, in hall.PairInput) (int64, int, error) {
	var id int64
	var count int
	err := s.tx(ctx, func(tx *sql.Tx) error {
		name, err := activeCadreName(ctx, tx, in.CadreID, "cadreId")
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM households WHERE id=?`, in.HouseholdID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return hall.Invalid("householdId", "所选家庭户不存在，请刷新后重新选择")
		}
		var other string
		err = tx.QueryRowContext(ctx, `SELECT c.name FROM needy_pairs p JOIN cadres c ON c.id=p.cadre_id
			WHERE p.household_id=? AND p.to_date=''`, in.HouseholdID).Scan(&other)
		if err == nil {
			return hall.Conflict("该户已与" + other + "结亲，如需更换请先结束原结亲关系")
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO needy_pairs(cadre_id,household_id,from_date,note,created_at) VALUES (?,?,?,?,?)`,
			in.CadreID, in.HouseholdID, in.From, in.Note, s.stamp())
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM needy_pairs WHERE cadre_id=? AND to_date=''`, in.CadreID).Scan(&count); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "结亲", "干部", in.CadreID, name+"与家庭户"+strconv.FormatInt(in.HouseholdID, 10)+"结亲，"+in.From.String())
	})
	return id, count, err
}

// EndPair ends a current pairing on a date.
func (s *Store) EndPair(ctx context.Context, a hall.Actor, in hall.EndPairInput) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var from, to hall.Date
		err := tx.QueryRowContext(ctx, `SELECT from_date, to_date FROM needy_pairs WHERE id=?`, in.PairID).Scan(&from, &to)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该结亲关系")
		}
		if err != nil {
			return err
		}
		if !to.IsZero() {
			return hall.Conflict("该结亲关系已于" + to.String() + "结束")
		}
		if in.On.Before(from) {
			return hall.Invalid("on", "结束日期不能早于结亲日期（"+from.String()+"）")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE needy_pairs SET to_date=?, note=CASE WHEN ?='' THEN note ELSE note||'；'||? END WHERE id=?`,
			in.On, in.Note, in.Note, in.PairID); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "结束结亲", "结亲", in.PairID, in.On.String()+" "+in.Note)
	})
}

const pairSelect = `SELECT p.id, p.cadre_id, c.name, p.household_id,
	COALESCE((SELECT name FROM residents m WHERE m.household_id=h.id AND m.relation='户主' LIMIT 1), h.address),
	v.name, COALESCE(g.name,''), p.from_date, p.to_date, p.note,
	(SELECT COUNT(*) FROM help_records x WHERE x.pair_id=p.id), (SELECT COALESCE(SUM(amount_fen),0) FROM help_records x WHERE x.pair_id=p.id),
	COALESCE((SELECT MAX(date) FROM visits w WHERE w.household_id=p.household_id AND w.cadre_id=p.cadre_id),'')
	FROM needy_pairs p JOIN cadres c ON c.id=p.cadre_id JOIN households h ON h.id=p.household_id
	JOIN villages v ON v.id=h.village_id LEFT JOIN village_groups g ON g.id=h.group_id`

// Pairs returns one page of pairings, current ones (or ended ones) of a cadre or of everyone.
func (s *Store) Pairs(ctx context.Context, q hall.PairQuery) (hall.PairPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	where, args := ` WHERE p.to_date=''`, []any{}
	if q.Ended {
		where = ` WHERE p.to_date<>''`
	}
	if q.CadreID > 0 {
		where += ` AND p.cadre_id=?`
		args = append(args, q.CadreID)
	}
	out := hall.PairPage{Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM needy_pairs p`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	var err error
	out.Items, err = s.queryPairs(ctx, pairSelect+where+` ORDER BY c.id, p.from_date, p.id LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	return out, err
}

// Pair reads one pairing.
func (s *Store) Pair(ctx context.Context, id int64) (hall.Pair, error) {
	list, err := s.queryPairs(ctx, pairSelect+` WHERE p.id=?`, id)
	if err != nil {
		return hall.Pair{}, err
	}
	if len(list) == 0 {
		return hall.Pair{}, hall.NotFound("找不到该结亲关系")
	}
	return list[0], nil
}

func (s *Store) queryPairs(ctx context.Context, sqlText string, args ...any) ([]hall.Pair, error) {
	rows, err := s.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Pair{}
	for rows.Next() {
		var p hall.Pair
		var fen int64
		if err := rows.Scan(&p.ID, &p.CadreID, &p.CadreName, &p.HouseholdID, &p.HeadName, &p.VillageName, &p.GroupName,
			&p.From, &p.To, &p.Note, &p.HelpCount, &fen, &p.LastVisit); err != nil {
			return nil, err
		}
		p.HelpAmount = hall.FormatYuan(fen)
		out = append(out, p)
	}
	return out, rows.Err()
}

// CreateHelp records help given to a paired household (cleaned by hall.CleanHelp).
func (s *Store) CreateHelp(ctx context.Context, a hall.Actor, in hall.HelpInput, fen int64) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var from string
		err := tx.QueryRowContext(ctx, `SELECT from_date FROM needy_pairs WHERE id=?`, in.PairID).Scan(&from)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.Invalid("pairId", "所选结亲户不存在，请刷新后重新选择")
		}
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO help_records(pair_id,date,kind,amount_fen,description,created_at,created_by) VALUES (?,?,?,?,?,?,?)`,
			in.PairID, in.Date, in.Kind, fen, in.Description, s.stamp(), a.OperatorID)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		return s.audit(ctx, tx, a, hall.ActCreate, "帮扶记录", id, in.Date.String()+" "+in.Kind+" "+hall.FormatYuan(fen)+"元")
	})
	return id, err
}

// HelpRecords lists the help given to one pair (or to every pair of a cadre), newest first.
func (s *Store) HelpRecords(ctx context.Context, pairID, cadreID int64) ([]hall.HelpRecord, error) {
	where, args := ` WHERE 1=1`, []any{}
	if pairID > 0 {
		where += ` AND x.pair_id=?`
		args = append(args, pairID)
	}
	if cadreID > 0 {
		where += ` AND p.cadre_id=?`
		args = append(args, cadreID)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT x.id, x.pair_id, c.name,
		COALESCE((SELECT name FROM residents m WHERE m.household_id=p.household_id AND m.relation='户主' LIMIT 1),''),
		x.date, x.kind, x.amount_fen, x.description, COALESCE(o.name,'')
		FROM help_records x JOIN needy_pairs p ON p.id=x.pair_id JOIN cadres c ON c.id=p.cadre_id
		LEFT JOIN operators o ON o.id=x.created_by`+where+` ORDER BY x.date DESC, x.id DESC LIMIT 500`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.HelpRecord{}
	for rows.Next() {
		var h hall.HelpRecord
		var fen int64
		if err := rows.Scan(&h.ID, &h.PairID, &h.CadreName, &h.HeadName, &h.Date, &h.Kind, &fen, &h.Description, &h.RecordedBy); err != nil {
			return nil, err
		}
		h.Amount = ""
		if fen > 0 {
			h.Amount = hall.FormatYuan(fen)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// CreateDonation records a thanksgiving-day donation (cleaned by hall.CleanDonation).
func (s *Store) CreateDonation(ctx context.Context, a hall.Actor, in hall.DonationInput, fen int64) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO donations(date,donor,amount_fen,use_for,note,created_at,created_by) VALUES (?,?,?,?,?,?,?)`,
			in.Date, in.Donor, fen, in.Use, in.Note, s.stamp(), a.OperatorID)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		return s.audit(ctx, tx, a, hall.ActCreate, "感恩日捐款", id, in.Date.String()+" "+in.Donor+" "+hall.FormatYuan(fen)+"元")
	})
	return id, err
}

// Donations reads a year's donations (newest first) with the totals per month and for the year.
func (s *Store) Donations(ctx context.Context, year int) (hall.DonationSummary, error) {
	out := hall.DonationSummary{Year: year, Items: []hall.Donation{}, Months: []hall.MonthTotal{}}
	from, to := hall.NewDate(year, time.January, 1), hall.NewDate(year, time.December, 31)
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.date, d.donor, d.amount_fen, d.use_for, d.note, COALESCE(o.name,'')
		FROM donations d LEFT JOIN operators o ON o.id=d.created_by WHERE d.date>=? AND d.date<=? ORDER BY d.date DESC, d.id DESC`, from, to)
	if err != nil {
		return out, err
	}
	var total int64
	for rows.Next() {
		var d hall.Donation
		var fen int64
		if err := rows.Scan(&d.ID, &d.Date, &d.Donor, &fen, &d.Use, &d.Note, &d.RecordedBy); err != nil {
			rows.Close()
			return out, err
		}
		d.Amount = hall.FormatYuan(fen)
		total += fen
		out.Items = append(out.Items, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, err
	}
	out.Count, out.Total = len(out.Items), hall.FormatYuan(total)
	rows, err = s.db.QueryContext(ctx, `SELECT substr(date,1,7), COUNT(*), SUM(amount_fen) FROM donations
		WHERE date>=? AND date<=? GROUP BY 1 ORDER BY 1`, from, to)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var m hall.MonthTotal
		var fen int64
		if err := rows.Scan(&m.Month, &m.Count, &fen); err != nil {
			return out, err
		}
		m.Amount = hall.FormatYuan(fen)
		out.Months = append(out.Months, m)
	}
	return out, rows.Err()
}
