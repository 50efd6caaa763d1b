package app

import (
	"context"
	"fmt"
	"path/filepath"

	"halldesk/backend/backup"
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
		if err := hall.DateRange(q.From, q.To); err != nil {
			return hall.AuditPage{}, err
		}
		return s.c.Store.AuditLog(ctx, q)
	})
}

// Head is the audit chain's head now (count of lines and the last line's hash), for the
// administrator to write down.
func (s *AuditService) Head() (hall.AuditHead, error) {
	return run(s.c, s.seat, hall.PermViewAudit, func(ctx context.Context, _ hall.Operator) (hall.AuditHead, error) {
		return s.c.Store.AuditHead(ctx)
	})
}

// Verify walks the audit log's whole hash chain and compares it with the chain heads carried by
// the names of the backups in the data folder and with those the administrator typed in. The
// check is audited after it has run.
func (s *AuditService) Verify(in hall.AuditVerifyInput) (hall.AuditVerification, error) {
	return run(s.c, s.seat, hall.PermViewAudit, func(ctx context.Context, op hall.Operator) (hall.AuditVerification, error) {
		var anchors []hall.AuditAnchor
		for i, a := range in.Anchors {
			a.Source, a.TakenAt = "", ""
			c, err := hall.CleanAnchor(a)
			if err != nil {
				e := hall.AsError(err)
				return hall.AuditVerification{}, hall.Invalid("anchors", fmt.Sprintf("第%d个链头：%s", i+1, e.Message))
			}
			anchors = append(anchors, c)
		}
		anchors = append(anchors, s.c.ChainAnchors()...)
		v, err := s.c.Store.VerifyAuditChain(ctx, anchors)
		if err != nil {
			return v, err
		}
		return v, s.c.Store.Audit(ctx, actor(op), hall.ActVerify, "审计日志", 0, verifySummary(v))
	})
}

// ChainAnchors are the audit chain's heads carried by the names of the backups in the data
// folder's backups folder (none when backups are off or the names cannot be read).
func (c *Core) ChainAnchors() []hall.AuditAnchor {
	dir := ""
	switch {
	case c.Backups != nil:
		dir = c.Backups.Dir()
	case c.DataDir != "":
		dir = filepath.Join(c.DataDir, "backups")
	default:
		return nil
	}
	anchors, err := backup.AnchorsIn(dir, true)
	if err != nil {
		c.Log.Error("read backup anchors", "dir", dir, "err", err)
	}
	return anchors
}

// verifySummary is the audit line of a check: its result in a few words.
func verifySummary(v hall.AuditVerification) string {
	head := "链头" + v.Head.Label()
	if v.Broken != nil {
		return fmt.Sprintf("断开：%s（共%d处问题）；%s", v.Broken.Reason, len(v.Problems)+v.More, head)
	}
	n := 0
	for _, a := range v.Anchors {
		if a.Status == hall.AnchorMatch {
			n++
		}
	}
	return fmt.Sprintf("完整；核对链头%d个，一致%d个；%s", len(v.Anchors), n, head)
}
