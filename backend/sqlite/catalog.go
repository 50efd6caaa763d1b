package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"halldesk/backend/hall"
)

// catalogSeededKey is the settings row listing the codes of the built-in items already seeded,
// so that each is inserted once and an administrator's edits or deactivations are never undone.
const catalogSeededKey = "catalog_seeded"

const itemCols = `id, code, name, category, default_ledger, legal_basis, eligibility, materials, steps,
	statutory_days, promised_days, fee, department, place_hours, enquiry_phone, complaint_phone, qa, active, updated_at, role, builtin, version`

func scanItem(sc interface{ Scan(...any) error }) (hall.ServiceItem, error) {
	var it hall.ServiceItem
	var materials, steps string
	var active, builtin int
	err := sc.Scan(&it.ID, &it.Code, &it.Name, &it.Category, &it.DefaultLedger, &it.LegalBasis, &it.Eligibility,
		&materials, &steps, &it.StatutoryDays, &it.PromisedDays, &it.Fee, &it.Department, &it.PlaceHours,
		&it.EnquiryPhone, &it.ComplaintPhone, &it.QA, &active, &it.UpdatedAt, &it.Role, &builtin, &it.Version)
	if err != nil {
		return it, err
	}
	it.Active, it.Builtin = active == 1, builtin == 1
	it.Materials, it.Steps = []hall.Material{}, []string{}
	if err := json.Unmarshal([]byte(materials), &it.Materials); err != nil {
		return it, fmt.Errorf("service item %d materials: %w", it.ID, err)
	}
	if err := json.Unmarshal([]byte(steps), &it.Steps); err != nil {
		return it, fmt.Errorf("service item %d steps: %w", it.ID, err)
	}
	if it.Materials == nil {
		it.Materials = []hall.Material{}
	}
	if it.Steps == nil {
		it.Steps = []string{}
	}
	return it, nil
}

// ServiceItems lists the catalog by category (医保, 养老, 低保, 其他) and code; inactive items
// only when asked.
func (s *Store) ServiceItems(ctx context.Context, includeInactive bool) ([]hall.ServiceItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+itemCols+` FROM service_items WHERE active=1 OR ? ORDER BY code`, includeInactive)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.ServiceItem{}
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	rank := map[string]int{}
	for i, c := range hall.Categories {
		rank[c] = i + 1
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rank[out[i].Category], rank[out[j].Category]
		if ri == 0 {
			ri = len(rank) + 1
		}
		if rj == 0 {
			rj = len(rank) + 1
		}
		return ri < rj
	})
	return out, rows.Err()
}

// ServiceItem reads one item, active or not.
func (s *Store) ServiceItem(ctx context.Context, id int64) (hall.ServiceItem, error) {
	return s.serviceItem(ctx, s.db, id)
}

func (s *Store) serviceItem(ctx context.Context, q querier, id int64) (hall.ServiceItem, error) {
	it, err := scanItem(q.QueryRowContext(ctx, `SELECT `+itemCols+` FROM service_items WHERE id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return it, hall.NotFound("找不到该服务事项")
	}
	return it, err
}

// SaveServiceItem adds (ID 0, always active, never built-in) or edits an item, cleaned by hall.
// Activating or deactivating through an edit is logged as such. An edit that changes the code
// or the role of a built-in item is refused (hall.CheckBuiltinEdit), checked in the same
// transaction as the write, as is the version the edit was loaded at (updateVersioned).
func (s *Store) SaveServiceItem(ctx context.Context, a hall.Actor, it hall.ServiceItem) (int64, error) {
	id := it.ID
	err := s.tx(ctx, func(tx *sql.Tx) error {
		materials, steps, err := itemLists(it)
		if err != nil {
			return err
		}
		now := s.stamp()
		action := hall.ActCreate
		var res sql.Result
		if id == 0 {
			res, err = tx.ExecContext(ctx, `INSERT INTO service_items(code,name,category,default_ledger,legal_basis,eligibility,
				materials,steps,statutory_days,promised_days,fee,department,place_hours,enquiry_phone,complaint_phone,qa,
				active,builtin,role,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,0,?,?,?)`,
				it.Code, it.Name, it.Category, it.DefaultLedger, it.LegalBasis, it.Eligibility, materials, steps,
				it.StatutoryDays, it.PromisedDays, it.Fee, it.Department, it.PlaceHours, it.EnquiryPhone, it.ComplaintPhone,
				it.QA, it.Role, now, now)
		} else {
			var was hall.ServiceItem
			if was, err = s.serviceItem(ctx, tx, id); err != nil {
				return err
			}
			if err := updateVersioned(ctx, tx, "service_items", id, it.Version, it, was); err != nil {
				return err
			}
			if err := hall.CheckBuiltinEdit(was, it); err != nil {
				return err
			}
			switch {
			case was.Active && !it.Active:
				action = hall.ActDeactivate
			case !was.Active && it.Active:
				action = hall.ActActivate
			default:
				action = hall.ActUpdate
			}
			res, err = tx.ExecContext(ctx, `UPDATE service_items SET code=?, name=?, category=?, default_ledger=?,
				legal_basis=?, eligibility=?, materials=?, steps=?, statutory_days=?, promised_days=?, fee=?, department=?,
				place_hours=?, enquiry_phone=?, complaint_phone=?, qa=?, active=?, role=?, updated_at=? WHERE id=?`,
				it.Code, it.Name, it.Category, it.DefaultLedger, it.LegalBasis, it.Eligibility, materials, steps,
				it.StatutoryDays, it.PromisedDays, it.Fee, it.Department, it.PlaceHours, it.EnquiryPhone, it.ComplaintPhone,
				it.QA, boolInt(it.Active), it.Role, now, id)
		}
		if isUnique(err) {
			return &hall.Error{Code: hall.CodeConflict, Field: "code", Message: "事项编码“" + it.Code + "”已被其他事项使用"}
		}
		if err != nil {
			return err
		}
		if id == 0 {
			id, _ = res.LastInsertId()
		}
		return s.audit(ctx, tx, a, action, "服务事项", id, it.Code+" "+it.Name)
	})
	return id, err
}

// EnsureCatalog inserts the built-in items not seeded before, in one transaction, and records
// their codes in the settings row catalog_seeded. It is the program's own doing at start, not an
// operator's, so it writes no audit line (the items carry builtin=1 instead). An item seeded once is never inserted again,
// so an administrator's edits, code changes and deactivations stand; an item a later version
// adds is seeded at the next start. A code the administrator already uses is left alone.
func (s *Store) EnsureCatalog(ctx context.Context, items []hall.ServiceItem) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var raw string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key=?`, catalogSeededKey).Scan(&raw)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		var seeded []string
		if raw != "" {
			if err := json.Unmarshal([]byte(raw), &seeded); err != nil {
				return fmt.Errorf("settings %s: %w", catalogSeededKey, err)
			}
		}
		done := map[string]bool{}
		for _, c := range seeded {
			done[c] = true
		}
		now, before := s.stamp(), len(seeded)
		for _, it := range items {
			if done[it.Code] {
				continue
			}
			materials, steps, err := itemLists(it)
			if err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO service_items(code,name,category,default_ledger,legal_basis,eligibility,
				materials,steps,statutory_days,promised_days,fee,department,place_hours,enquiry_phone,complaint_phone,qa,
				active,builtin,role,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?)
				ON CONFLICT(code) DO NOTHING`,
				it.Code, it.Name, it.Category, it.DefaultLedger, it.LegalBasis, it.Eligibility, materials, steps,
				it.StatutoryDays, it.PromisedDays, it.Fee, it.Department, it.PlaceHours, it.EnquiryPhone, it.ComplaintPhone,
				it.QA, boolInt(it.Active), it.Role, now, now)
			if err != nil {
				return fmt.Errorf("seed service item %s: %w", it.Code, err)
			}
			done[it.Code] = true
			seeded = append(seeded, it.Code)
		}
		if len(seeded) == before {
			return nil // nothing new: no write at all
		}
		b, err := json.Marshal(seeded)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
			ON CONFLICT(key) DO UPDATE SET value=excluded.value`, catalogSeededKey, string(b))
		return err
	})
}

func itemLists(it hall.ServiceItem) (materials, steps string, err error) {
	ms, ss := it.Materials, it.Steps
	if ms == nil {
		ms = []hall.Material{}
	}
	if ss == nil {
		ss = []string{}
	}
	m, err := json.Marshal(ms)
	if err != nil {
		return "", "", err
	}
	st, err := json.Marshal(ss)
	return string(m), string(st), err
}
