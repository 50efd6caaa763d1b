package app

import (
	"context"

	"halldesk/backend/hall"
)

// AuditService lets the administrator browse who did or saw what.
type AuditService struct {
	c    *Core
	seat *Seat
}

// List returns one page of the audit log, newest first.
func (s *AuditService) List(q hall.AuditQuery) (hall.AuditPage, error) {
	return run(s.c, s.seat, hall.PermViewAudit, func(ctx context.Context, _ hall.Operator) (hall.AuditPage, error) {
		return s.c.Store.AuditLog(ctx, q)
	})
}
