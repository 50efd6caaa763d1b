package sqlite

import (
	"context"

	"halldesk/backend/hall"
)

// AuditLog returns one page of the audit log, newest first.
func (s *Store) AuditLog(ctx context.Context, q hall.AuditQuery) (hall.AuditPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	where, args := "WHERE 1=1", []any{}
	if q.OperatorID > 0 {
		where += " AND operator_id=?"
		args = append(args, q.OperatorID)
	}
	if q.Entity != "" {
		where += " AND entity=?"
		args = append(args, q.Entity)
	}
	if q.Action != "" {
		where += " AND action=?"
		args = append(args, q.Action)
	}
	if !q.From.IsZero() {
		where += " AND at >= ?"
		args = append(args, dayStart(q.From, 0))
	}
	if !q.To.IsZero() {
		where += " AND at < ?"
		args = append(args, dayStart(q.To, 1))
	}
	out := hall.AuditPage{Items: []hall.AuditEntry{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log `+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, operator_id, operator_name, action, entity, entity_id, detail
		FROM audit_log `+where+` ORDER BY id DESC LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var e hall.AuditEntry
		if err := rows.Scan(&e.ID, &e.At, &e.OperatorID, &e.OperatorName, &e.Action, &e.Entity, &e.EntityID, &e.Detail); err != nil {
			return out, err
		}
		out.Items = append(out.Items, e)
	}
	return out, rows.Err()
}
