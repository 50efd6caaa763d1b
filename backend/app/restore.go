package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"halldesk/backend/backup"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// RestoreInput names the backup to restore: Name from the list, or Path of a file on this
// computer (desktop only).
type RestoreInput struct {
	Name string `json:"name"`
	Path string `json:"path"`
}

// BackupCheck is a verified backup, shown before the administrator confirms the restore: what
// the data is, what of the backup a restore leaves behind (a restore brings data, never code),
// the audit chain of the data as it will be restored, and the accounts it holds.
type BackupCheck struct {
	Name          string                 `json:"name"`
	Path          string                 `json:"path"`
	Size          int64                  `json:"size"`
	TakenAt       string                 `json:"takenAt"`      // UTC RFC 3339: when the backup was taken (from its name), or ""
	LastActivity  string                 `json:"lastActivity"` // UTC RFC 3339: the last change recorded in it
	HallName      string                 `json:"hallName"`
	SchemaVersion int                    `json:"schemaVersion"`
	Operators     int                    `json:"operators"`
	Residents     int                    `json:"residents"`
	Cases         int                    `json:"cases"`
	Dropped       []sqlite.SchemaObject  `json:"dropped"`  // triggers, views, indexes, tables, columns this program did not make
	Chain         hall.AuditVerification `json:"chain"`    // checked against the anchor in the backup's name, if any
	Accounts      []sqlite.BackupAccount `json:"accounts"` // every account of the data, without passwords
}

// RestoreResult says what was restored and where the data it replaced was saved.
type RestoreResult struct {
	Restored BackupCheck `json:"restored"`
	Before   backup.File `json:"before"`
	Message  string      `json:"message"`
}

// LastRestore is the latest restore of the data, from the audit log, with the accounts there
// are now: after a restore the administrator checks them, and disables or resets any account
// they do not know.
type LastRestore struct {
	At       string                 `json:"at"` // UTC RFC 3339
	By       string                 `json:"by"`
	Detail   string                 `json:"detail"`
	Accounts []sqlite.BackupAccount `json:"accounts"`
}

// Check rebuilds a backup as a restore would, without restoring it, for the confirmation
// dialog: a backup that a restore would refuse is refused here.
func (s *BackupService) Check(in RestoreInput) (BackupCheck, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, _ hall.Operator) (BackupCheck, error) {
		_, path, err := s.c.backupPath(ctx, in)
		if err != nil {
			return BackupCheck{}, err
		}
		rep, err := s.c.Store.ReviewBackup(ctx, path, anchorsOf(path))
		if err != nil {
			return BackupCheck{}, err
		}
		return describeBackup(path, rep), nil
	})
}

// Restore replaces all data with a backup: it rebuilds the backup's data on this program's own
// schema (leaving behind whatever code the backup brings), saves the current data as a
// before-restore backup, then copies the rebuilt data into the live database in one
// transaction. Everybody is signed out at once, because the accounts themselves may differ in
// the restored data; the result lists them.
func (s *BackupService) Restore(in RestoreInput) (RestoreResult, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, op hall.Operator) (RestoreResult, error) {
		m, path, err := s.c.backupPath(ctx, in)
		if err != nil {
			return RestoreResult{}, err
		}
		rebuilt, err := s.c.Store.RebuildBackup(ctx, path, anchorsOf(path))
		if err != nil {
			return RestoreResult{}, err
		}
		defer rebuilt.Remove()
		check := describeBackup(path, rebuilt.Report)
		before, err := m.Restore(ctx, path, func(ctx context.Context) error {
			return s.c.Store.RestoreRebuilt(ctx, rebuilt)
		})
		if err != nil {
			s.c.Log.Error("restore", "path", path, "before", before.Path, "err", err)
			if before.Path == "" {
				return RestoreResult{}, hall.Conflict("未能先备份当前数据，为安全起见没有恢复：" + backupFailed(err).Message)
			}
			if e := hall.AsError(err); e != nil {
				return RestoreResult{}, e
			}
			return RestoreResult{}, hall.Conflict("恢复没有完成，当前数据未改动（恢复前的数据另存于 " + before.Path + "）。请换一个备份再试，或联系技术人员。")
		}
		s.c.Sessions.EndAll()
		s.c.afterRestore(ctx)
		a := actor(op)
		dated := dataDate(check)
		s.c.Store.Audit(ctx, a, hall.ActBackup, hall.EntityBackup, 0, before.KindLabel+" "+before.Path+" "+sizeText(before.Size))
		if err := s.c.Store.Audit(ctx, a, hall.ActRestore, hall.EntityBackup, 0,
			"从 "+path+" 恢复，数据为 "+dated+"；"+restoreSummary(check)+hall.RestoredChainNote(check.Chain.Head)); err != nil {
			s.c.Log.Error("audit restore", "err", err)
		}
		s.c.Log.Info("restore", "from", path, "data", dated, "before", before.Path, "by", op.Name,
			"dropped", len(check.Dropped), "chainWhole", check.Chain.Broken == nil)
		return RestoreResult{Restored: check, Before: before,
			Message: "已恢复为 " + dated + " 的数据。恢复前的数据已另存为 " + before.Name +
				"。所有人需要重新登录；请核对恢复后的账号，不认识的账号请停用或重置密码。"}, nil
	})
}

// anchorsOf is the anchor a backup's name carries (the head of its audit chain when taken).
func anchorsOf(path string) []hall.AuditAnchor {
	if a, ok := backup.AnchorOf(filepath.Base(path)); ok {
		return []hall.AuditAnchor{a}
	}
	return nil
}

// describeBackup is the administrator's view of a rebuilt backup.
func describeBackup(path string, rep sqlite.RestoreReport) BackupCheck {
	info := rep.Info
	return BackupCheck{Name: filepath.Base(path), Path: path, LastActivity: info.LastActivity, HallName: info.HallName,
		SchemaVersion: info.SchemaVersion, Operators: info.Operators, Residents: info.Residents, Cases: info.Cases,
		TakenAt: backup.TakenAt(path), Size: backup.SizeOf(path),
		Dropped: rep.Dropped, Chain: rep.Chain, Accounts: rep.Accounts}
}

// objectKinds names the kinds of schema objects in the audit log.
var objectKinds = map[string]string{"table": "数据表", "column": "字段", "view": "视图", "index": "索引", "trigger": "触发器"}

// restoreSummary is what the restore audit line records besides the file: the accounts, what
// was left behind, the chain.
func restoreSummary(ch BackupCheck) string {
	var acc []string
	for _, a := range ch.Accounts {
		s := a.Username + "（" + a.Name + "，" + a.RoleLabel
		if !a.Active {
			s += "，已停用"
		}
		acc = append(acc, s+"）")
	}
	out := "账号：" + strings.Join(acc, "、")
	if len(ch.Dropped) > 0 {
		var objs []string
		for _, o := range ch.Dropped {
			name := o.Name
			if o.Kind == "column" {
				name = o.Table + "." + o.Name
			}
			objs = append(objs, objectKinds[o.Kind]+" "+name)
		}
		out += "；未恢复备份自带的：" + strings.Join(objs, "、")
	}
	if ch.Chain.Broken == nil {
		out += fmt.Sprintf("；审计校验链完整（%d条）", ch.Chain.Checked)
	} else {
		out += "；审计校验链有问题：" + ch.Chain.Broken.Reason
	}
	return out
}

// lastRestore is the latest restore in the audit log with today's accounts, or nil.
func (c *Core) lastRestore(ctx context.Context) (*LastRestore, error) {
	p, err := c.Store.AuditLog(ctx, hall.AuditQuery{Action: hall.ActRestore, Entity: hall.EntityBackup, PageSize: 1})
	if err != nil || len(p.Items) == 0 {
		return nil, err
	}
	ops, err := c.Store.Operators(ctx)
	if err != nil {
		return nil, err
	}
	e := p.Items[0]
	lr := &LastRestore{At: e.At, By: e.OperatorName, Detail: e.Detail, Accounts: []sqlite.BackupAccount{}}
	for _, o := range ops {
		lr.Accounts = append(lr.Accounts, sqlite.BackupAccount{Username: o.Username, Name: o.Name, Role: o.Role,
			RoleLabel: o.Role.Label(), Active: o.Active})
	}
	return lr, nil
}

// afterRestore drops what the Core remembers of the replaced data.
func (c *Core) afterRestore(ctx context.Context) {
	c.cal.mu.Lock()
	c.cal.cal = nil
	c.cal.mu.Unlock()
	if hs, err := c.Store.Settings(ctx); err == nil {
		c.Sessions.SetIdle(time.Duration(hs.IdleMinutes) * time.Minute)
	}
}

// dataDate says in words what date restored data is from.
func dataDate(ch BackupCheck) string {
	at := ch.TakenAt
	if at == "" {
		at = ch.LastActivity
	}
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return "备份时"
	}
	return t.In(hall.China).Format("2006年1月2日 15:04")
}

// EndAll ends every session (after a restore, whose accounts may differ).
func (s *Sessions) EndAll() {
	s.mu.Lock()
	clear(s.byID)
	s.mu.Unlock()
}
