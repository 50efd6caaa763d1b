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

// Verify walks the audit log's hash chain and reports the first broken link, if any.
func (s *AuditService) Verify() (hall.AuditVerification, error) {
	return run(s.c, s.seat, hall.PermViewAudit, func(ctx context.Context, op hall.Operator) (hall.AuditVerification, error) {
		v, err := s.c.Store.VerifyAuditChain(ctx)
		if err != nil {
			return v, err
		}
		result := "完整"
		if v.Broken != nil {
			result = "断开：" + v.Broken.Reason
		}
		return v, s.c.Store.Audit(ctx, actor(op), hall.ActVerify, "审计日志", 0, result)
	})
}
