package sqlite

import (
	"context"
	"fmt"
	"strings"

	"halldesk/backend/hall"
)

// Exports read what a list view shows, with the same filters and order, but every row rather
// than one page. limit caps a sheet: beyond it the caller is told to narrow the filter, since
// an export nobody can open in Excel helps no one.

// ExportCases returns every case a ledger query matches, most urgent first (unmasked).
func (s *Store) ExportCases(ctx context.Context, q hall.CaseQuery, mine int64, limit int) ([]hall.CaseRecord, error) {
	where, args := caseFilter(q, mine)
	if err := s.exportCount(ctx, `SELECT COUNT(*) FROM cases c JOIN residents r ON r.id=c.applicant_id`+where, args, limit); err != nil {
		return nil, err
	}
	return s.queryCases(ctx, caseSelect+where+caseOrder, args...)
}

// ExportPetitions returns every petition the query matches, in the ledger's order (unmasked).
func (s *Store) ExportPetitions(ctx context.Context, q hall.PetitionQuery, limit int) ([]hall.Petition, error) {
	where, args := petitionFilter(q)
	if err := s.exportCount(ctx, `SELECT COUNT(*) FROM petitions p`+where, args, limit); err != nil {
		return nil, err
	}
	return s.queryPetitions(ctx, s.db, petitionSelect+where+petitionOrder, append(args, q.Today)...)
}

// ExportVisits returns every visit the query matches, newest first, with its issues.
func (s *Store) ExportVisits(ctx context.Context, q hall.VisitQuery, limit int) ([]hall.Visit, error) {
	where, args := visitFilter(q)
	if err := s.exportCount(ctx, `SELECT COUNT(*) FROM visits v JOIN households h ON h.id=v.household_id`+where, args, limit); err != nil {
		return nil, err
	}
	ids, err := s.exportIDs(ctx, `SELECT v.id FROM visits v JOIN households h ON h.id=v.household_id`+where+` ORDER BY v.date DESC, v.id DESC`, args)
	if err != nil {
		return nil, err
	}
	// The issues of a visit are read with an IN list; chunks keep it within SQLite's limits.
	out := []hall.Visit{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := make([]any, n)
		for i, id := range ids[:n] {
			chunk[i] = id
		}
		ids = ids[n:]
		vs, err := s.listVisits(ctx, ` WHERE v.id IN (?`+strings.Repeat(",?", n-1)+`) ORDER BY v.date DESC, v.id DESC`, chunk...)
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return out, nil
}

// ExportResidents returns every resident the query matches, newest first (unmasked).
func (s *Store) ExportResidents(ctx context.Context, q hall.ResidentQuery, limit int) ([]hall.Resident, error) {
	where, args := residentFilter(q)
	if err := s.exportCount(ctx, `SELECT COUNT(*) FROM residents r `+where, args, limit); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, residentSelect+` `+where+` ORDER BY r.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Resident{}
	for rows.Next() {
		r, err := scanResident(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ExportHouseholds returns every household the query matches, newest first, without members.
func (s *Store) ExportHouseholds(ctx context.Context, q hall.HouseholdQuery, limit int) ([]hall.Household, error) {
	where, args := householdFilter(q)
	if err := s.exportCount(ctx, `SELECT COUNT(*) FROM households h`+where, args, limit); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, householdSelect+where+` ORDER BY h.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Household{}
	for rows.Next() {
		h, err := scanHousehold(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// exportCount refuses an export of more than limit rows, saying how many matched.
func (s *Store) exportCount(ctx context.Context, countSQL string, args []any, limit int) error {
	var n int
	if err := s.db.QueryRowContext(ctx, countSQL, args...).Scan(&n); err != nil {
		return err
	}
	if n > limit {
		return hall.Invalid("filter", fmt.Sprintf("符合条件的记录有 %d 条，超过一次导出的上限 %d 条，请缩小筛选范围（如按日期或嘎查村）分几次导出", n, limit))
	}
	return nil
}

func (s *Store) exportIDs(ctx context.Context, sqlText string, args []any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, sqlText, args...)
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
	return ids, rows.Err()
}
