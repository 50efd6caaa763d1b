package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// Proactive lists (主动服务) and the households receiving 低保. Rows come back unmasked; the app
// layer masks them. Every list is one SQL query over the registry and the cases, paged there.
// These lists are of people, so a village here is where the resident lives now (r.village_id),
// unlike the case figures, which count a case in the village it was taken in (see cases.go).

// allowanceCTE finds, per applicant, the newest finished 低保 decision: an approval (an item
// whose role is in hall.AllowanceGrantRoles, with its monthly amount) or a stop (the other
// decision roles). A decision's date is the day (China time) it was recorded as done. Only
// applicants whose newest decision is an approval receive the allowance. The rules read the
// item's role (migration 0017), never its code.
var allowanceCTE = `WITH decided AS (
	SELECT c.id, c.number, c.applicant_id, c.item_id, c.monthly_amount, c.first_paid_month,
		(SELECT date(MAX(e.at), '+8 hours') FROM case_events e WHERE e.case_id=c.id AND ` + sqlEq("e.action", hall.ActComplete) + `) AS on_date
	FROM cases c
	WHERE c.item_id IN ` + itemWithRoleSQL(hall.AllowanceDecisionRoles...) + ` AND ` + sqlEq("c.outcome", hall.OutcomeDone) + `
), allowance AS (
	SELECT a.* FROM decided a
	WHERE a.item_id IN ` + itemWithRoleSQL(hall.AllowanceGrantRoles...) + ` AND a.monthly_amount<>'' AND NOT EXISTS (
		SELECT 1 FROM decided b WHERE b.applicant_id=a.applicant_id AND b.id<>a.id
		AND (b.on_date > a.on_date OR (b.on_date = a.on_date AND b.id > a.id)))
) `

const outreachCols = `SELECT r.id, r.name, r.sex, r.birth_date, COALESCE(r.id_number,''), r.phone,
	r.village_id, v.name, COALESCE(g.name,''), r.address, %s, %s `

const outreachJoins = ` JOIN villages v ON v.id=r.village_id LEFT JOIN village_groups g ON g.id=r.group_id `

// notRefused is a case of the resident for an item of one of the list's roles
// (hall.OutreachRoles) that did not end in a refusal: open, done or handed on all count as the
// hall already being on it. extra is a further condition on the case, or "".
func notRefused(list hall.OutreachList, extra string) string {
	return `EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id=r.id AND c.item_id IN ` + itemWithRoleSQL(hall.OutreachRoles[list]...) +
		` AND c.outcome<>` + sqlLit(hall.OutcomeRefused) + extra + `)`
}

// outreachSQL builds the FROM … WHERE of a list (with its leading CTE, if any), the two
// list-specific columns (approval date, monthly amount) and the arguments.
func outreachSQL(list hall.OutreachList, villageID int64, st hall.OutreachSettings, today time.Time) (with, from string, cols [2]string, args []any, err error) {
	day := today.In(hall.China).Format(hall.DateLayout)
	cols = [2]string{"''", "''"}
	conds := []string{}
	switch list {
	case hall.ListTurning60:
		lo, hi := hall.Turning60Births(today)
		from = `FROM residents r` + outreachJoins
		conds = append(conds, `r.birth_date >= ? AND r.birth_date < ?`, "NOT "+notRefused(list, ""))
		args = append(args, lo, hi)
	case hall.ListReview:
		with = allowanceCTE
		from = `FROM allowance a JOIN residents r ON r.id=a.applicant_id` + outreachJoins
		cols = [2]string{"a.on_date", "a.monthly_amount"}
		// A re-review already taken and not finished means the hall is on it.
		conds = append(conds, `a.on_date <= ?`, `NOT EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id=r.id
			AND c.item_id IN `+itemWithRoleSQL(hall.OutreachRoles[list]...)+` AND `+openSQL+`)`)
		args = append(args, hall.ReviewCutoff(today, st.ReviewMonths))
	case hall.ListNewborn:
		from = `FROM residents r` + outreachJoins
		conds = append(conds, `r.birth_date >= ? AND r.birth_date <= ?`, "NOT "+notRefused(list, ""))
		args = append(args, hall.NewbornSince(today, st.NewbornMonths), day)
	case hall.ListUnpaid:
		from = `FROM residents r` + outreachJoins
		col := hall.CollectionOn(today, st)
		if !col.Open {
			conds = append(conds, "0")
			break
		}
		since := col.From
		if since.IsZero() {
			return "", "", cols, nil, fmt.Errorf("collection start of %q is not a date", st.CollectionStart)
		}
		// applied since the collection opened: by the date the ledger shows (takenOnSQL)
		conds = append(conds, `r.birth_date <= ?`, "NOT "+notRefused(list, " AND "+takenOnSQL+" >= ?"))
		args = append(args, day, since)
	}
	if villageID > 0 {
		conds = append(conds, "r.village_id = ?")
		args = append(args, villageID)
	}
	return with, from + " WHERE " + strings.Join(conds, " AND "), cols, args, nil
}

const outreachOrder = ` ORDER BY v.sort, v.id, COALESCE(r.group_id,0), r.birth_date, r.id`

// Outreach returns one page of a proactive list as of today.
func (s *Store) Outreach(ctx context.Context, q hall.OutreachQuery, st hall.OutreachSettings, today time.Time) (hall.OutreachPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	out := hall.OutreachPage{Items: []hall.OutreachRow{}, Page: page}
	with, from, cols, args, err := outreachSQL(q.List, q.VillageID, st, today)
	if err != nil {
		return out, err
	}
	if err = s.db.QueryRowContext(ctx, with+`SELECT COUNT(*) `+from, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	rows, err := s.queryOutreach(ctx, with+fmt.Sprintf(outreachCols, cols[0], cols[1])+from+outreachOrder+` LIMIT ? OFFSET ?`,
		append(args, size, (page-1)*size)...)
	out.Items = append(out.Items, rows...)
	return out, err
}

// OutreachAll returns a whole list (for printing or export), at most limit rows; more reports
// truncated.
func (s *Store) OutreachAll(ctx context.Context, list hall.OutreachList, villageID int64, st hall.OutreachSettings,
	today time.Time, limit int) (rows []hall.OutreachRow, truncated bool, err error) {
	with, from, cols, args, err := outreachSQL(list, villageID, st, today)
	if err != nil {
		return nil, false, err
	}
	rows, err = s.queryOutreach(ctx, with+fmt.Sprintf(outreachCols, cols[0], cols[1])+from+outreachOrder+` LIMIT ?`,
		append(args, limit+1)...)
	if len(rows) > limit {
		return rows[:limit], true, err
	}
	return rows, false, err
}

func (s *Store) queryOutreach(ctx context.Context, query string, args ...any) ([]hall.OutreachRow, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.OutreachRow{}
	for rows.Next() {
		var r hall.OutreachRow
		if err := rows.Scan(&r.ResidentID, &r.Name, &r.Sex, &r.BirthDate, &r.IDNumber, &r.Phone, &r.VillageID,
			&r.VillageName, &r.GroupName, &r.Address, &r.ApprovedOn, &r.MonthlyAmount); err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Allowances lists the households receiving 低保 in month (YYYY-MM): the newest decision is an
// approval whose first paid month is not later. villageID 0 means every village.
func (s *Store) Allowances(ctx context.Context, villageID int64, month string) ([]hall.Allowance, error) {
	query := allowanceCTE + `SELECT r.id, r.name, COALESCE(r.id_number,''), r.village_id, v.name, COALESCE(g.name,''),
		CASE WHEN r.household_id IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM residents m WHERE m.household_id=r.household_id) END,
		a.monthly_amount, a.first_paid_month, a.number
		FROM allowance a JOIN residents r ON r.id=a.applicant_id` + outreachJoins + `
		WHERE a.first_paid_month <> '' AND a.first_paid_month <= ?`
	args := []any{month}
	if villageID > 0 {
		query += ` AND r.village_id = ?`
		args = append(args, villageID)
	}
	rows, err := s.db.QueryContext(ctx, query+` ORDER BY v.sort, v.id, COALESCE(r.group_id,0), r.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Allowance{}
	for rows.Next() {
		var a hall.Allowance
		if err := rows.Scan(&a.ResidentID, &a.Name, &a.IDNumber, &a.VillageID, &a.VillageName, &a.GroupName,
			&a.Members, &a.MonthlyAmount, &a.FirstPaid, &a.CaseNumber); err != nil {
			return out, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Keys of the outreach settings in the settings table.
const (
	keyReviewMonths    = "outreach_review_months"
	keyCollectionStart = "outreach_collection_start"
	keyCollectionEnd   = "outreach_collection_end"
	keyNewbornMonths   = "outreach_newborn_months"
)

// OutreachSettings reads the rules behind the lists; a key never saved keeps its default.
func (s *Store) OutreachSettings(ctx context.Context) (hall.OutreachSettings, error) {
	st := hall.DefaultOutreachSettings()
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings WHERE key IN (?,?,?,?)`,
		keyReviewMonths, keyCollectionStart, keyCollectionEnd, keyNewbornMonths)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return st, err
		}
		switch k {
		case keyReviewMonths:
			st.ReviewMonths, _ = strconv.Atoi(v)
		case keyCollectionStart:
			st.CollectionStart = v
		case keyCollectionEnd:
			st.CollectionEnd = v
		case keyNewbornMonths:
			st.NewbornMonths, _ = strconv.Atoi(v)
		}
	}
	if err := rows.Err(); err != nil {
		return st, err
	}
	if clean, err := st.Clean(); err == nil {
		return clean, nil
	}
	// A value no longer valid (edited by hand) must not break the lists.
	return hall.DefaultOutreachSettings(), nil
}

// SaveOutreachSettings stores the rules (already cleaned) and audits the change.
func (s *Store) SaveOutreachSettings(ctx context.Context, a hall.Actor, st hall.OutreachSettings) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		kv := [][2]string{{keyReviewMonths, strconv.Itoa(st.ReviewMonths)}, {keyCollectionStart, st.CollectionStart},
			{keyCollectionEnd, st.CollectionEnd}, {keyNewbornMonths, strconv.Itoa(st.NewbornMonths)}}
		for _, p := range kv {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
				ON CONFLICT(key) DO UPDATE SET value=excluded.value`, p[0], p[1]); err != nil {
				return err
			}
		}
		cycle := "每年"
		if st.ReviewMonths == 6 {
			cycle = "每半年"
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "主动服务设置", 0,
			"低保复核"+cycle+"，医保征缴期"+st.CollectionStart+"至"+st.CollectionEnd+"，新生儿"+strconv.Itoa(st.NewbornMonths)+"个月内")
	})
}
