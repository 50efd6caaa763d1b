package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/replica"
)

// ReplicaService is 系统管理 → 旗县汇总: where the hall's replica goes, a connection test and
// the replication's state (administrator), and, before the first-start setup, restoring a hall
// from the banner's server onto a new PC.
type ReplicaService struct {
	c    *Core
	seat *Seat
}

// ReplicaOverview is the 旗县汇总 screen.
type ReplicaOverview struct {
	Target  replica.Target `json:"target"`  // secrets masked; Kind "" when replication is off
	SavedAt string         `json:"savedAt"` // UTC RFC 3339
	Status  replica.Status `json:"status"`
	Warning string         `json:"warning"` // red: nothing replicated for a day
	Enabled bool           `json:"enabled"` // this program replicates (off only in tests)
}

// Overview is the target (masked) and the state (administrator).
func (s *ReplicaService) Overview() (ReplicaOverview, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, _ hall.Operator) (ReplicaOverview, error) {
		return s.c.replicaOverview(), nil
	})
}

func (c *Core) replicaOverview() ReplicaOverview {
	rp := c.Replication
	if rp == nil {
		return ReplicaOverview{Status: replica.Status{Size: -1}}
	}
	t, savedAt, _ := rp.Target()
	o := ReplicaOverview{Target: t.Masked(), Status: rp.Status(), Warning: c.replicaWarning(), Enabled: true}
	if !savedAt.IsZero() {
		o.SavedAt = savedAt.UTC().Format(time.RFC3339)
	}
	return o
}

// Save keeps the target (secrets left as shown are kept) and starts replicating to it; the
// change is audited without its secrets (administrator).
func (s *ReplicaService) Save(t replica.Target) (ReplicaOverview, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, op hall.Operator) (ReplicaOverview, error) {
		rp, err := s.c.replication()
		if err != nil {
			return ReplicaOverview{}, err
		}
		if t.Kind == "" {
			return ReplicaOverview{}, hall.Invalid("kind", "请选择副本存放方式")
		}
		saved, err := rp.Save(t, s.c.Now())
		if err != nil {
			return ReplicaOverview{}, replicaError(s.c, err)
		}
		s.c.Store.Audit(ctx, actor(op), hall.ActReplicaTarget, hall.EntityReplica, 0, describeTarget(saved))
		return s.c.replicaOverview(), nil
	})
}

// Stop stops replicating and forgets the target and its credentials (administrator).
func (s *ReplicaService) Stop() (ReplicaOverview, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, op hall.Operator) (ReplicaOverview, error) {
		rp, err := s.c.replication()
		if err != nil {
			return ReplicaOverview{}, err
		}
		if _, err := rp.Save(replica.Target{}, s.c.Now()); err != nil {
			return ReplicaOverview{}, replicaError(s.c, err)
		}
		s.c.Store.Audit(ctx, actor(op), hall.ActReplicaStop, hall.EntityReplica, 0, "")
		return s.c.replicaOverview(), nil
	})
}

// Test connects to the target (secrets left as shown are the saved ones) and reports what it
// holds, changing nothing (administrator).
func (s *ReplicaService) Test(t replica.Target) (string, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, _ hall.Operator) (string, error) {
		if rp := s.c.Replication; rp != nil {
			saved, _, _ := rp.Target()
			t = t.KeepSecrets(saved)
		}
		return testTarget(ctx, s.c, t)
	})
}

// testTarget reads the target's newest replicated state within a short time.
func testTarget(ctx context.Context, c *Core, t replica.Target) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	latest, err := replica.Latest(ctx, t)
	if err != nil {
		return "", replicaError(c, err)
	}
	if latest.IsZero() {
		return "连接成功。这里还没有副本：保存后开始复制。", nil
	}
	return "连接成功。这里最新的副本写于 " + latest.In(hall.China).Format("2006-01-02 15:04:05") + "。", nil
}

// ReplicaRestoreInput is a restore from the banner's server at the first start: the target and
// the minute to restore ("" for the latest state; else "2006-01-02 15:04" in China time).
type ReplicaRestoreInput struct {
	Target replica.Target `json:"target"`
	At     string         `json:"at"`
}

// SetupTest is the connection test of the first-start restore (before setup only).
func (s *ReplicaService) SetupTest(t replica.Target) (string, error) {
	return guard(s.c, func(ctx context.Context) (string, error) {
		if err := s.c.needsSetup(ctx); err != nil {
			return "", err
		}
		return testTarget(ctx, s.c, t)
	})
}

// SetupRestore restores this hall from the banner's server on a new PC, before the first-start
// setup: the replica as of the chosen minute (or the latest) is checked and rebuilt like a
// backup, put in place of the empty database, and replication resumes to the same target.
// Everyone then signs in with the accounts the restored data holds.
func (s *ReplicaService) SetupRestore(in ReplicaRestoreInput) (Status, error) {
	_, err := guard(s.c, func(ctx context.Context) (Empty, error) {
		if err := s.c.needsSetup(ctx); err != nil {
			return Empty{}, err
		}
		at, err := restoreMinute(in.At)
		if err != nil {
			return Empty{}, err
		}
		dir := s.c.DataDir
		if dir == "" {
			dir = os.TempDir()
		}
		tmp, err := os.MkdirTemp(dir, ".replica-restore-")
		if err != nil {
			return Empty{}, err
		}
		defer os.RemoveAll(tmp)
		file := filepath.Join(tmp, "hall.db")
		if err := replica.Restore(ctx, in.Target, file, at); err != nil {
			return Empty{}, replicaError(s.c, err)
		}
		rebuilt, err := s.c.Store.RebuildBackup(ctx, file, nil)
		if err != nil {
			return Empty{}, err
		}
		defer rebuilt.Remove()
		if err := s.c.Store.RestoreRebuilt(ctx, rebuilt); err != nil {
			return Empty{}, err
		}
		s.c.Sessions.EndAll()
		s.c.afterRestore(ctx)
		what := "最新状态"
		if !at.IsZero() {
			what = at.In(hall.China).Format("2006-01-02 15:04") + " 时的状态"
		}
		s.c.Store.Audit(ctx, hall.SystemActor(), hall.ActReplicaRestore, hall.EntityReplica, 0,
			"新电脑首次启动时恢复为旗县服务器上副本的"+what+"；"+describeTarget(in.Target))
		if rp := s.c.Replication; rp != nil {
			if _, err := rp.Save(in.Target, s.c.Now()); err != nil {
				s.c.Log.Error("replication after restore", "err", err)
			}
		}
		return Empty{}, nil
	})
	if err != nil {
		return Status{}, err
	}
	return (&SystemService{s.c, s.seat}).Status()
}

// needsSetup refuses once the hall is set up: a restore then goes through the backups screen.
func (c *Core) needsSetup(ctx context.Context) error {
	done, err := c.Store.IsSetUp(ctx)
	if err != nil {
		return err
	}
	if done {
		return hall.Conflict("本大厅已完成初始设置，不能再从旗县服务器恢复；如需恢复，请到“系统管理 → 数据备份”")
	}
	return nil
}

// restoreMinute reads the chosen minute ("" is the latest state).
func restoreMinute(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", s, hall.China)
	if err != nil {
		return time.Time{}, hall.Invalid("at", "恢复时间应写成“2006-01-02 15:04”的样式")
	}
	// The state at the end of that minute: every change replicated by then.
	return t.Add(time.Minute), nil
}

// replication is the running replication, or a clear refusal where this program has none.
func (c *Core) replication() (*Replication, error) {
	if c.Replication == nil {
		return nil, hall.Conflict("本程序未启用旗县汇总")
	}
	return c.Replication, nil
}

// replicaError keeps the Chinese messages of replica and logs the cause of an unreachable target.
func replicaError(c *Core, err error) error {
	var u *replica.Unreachable
	if errors.As(err, &u) {
		c.Log.Warn("replica target unreachable", "err", u.Unwrap())
		return hall.Conflict(u.Error())
	}
	return err
}

// describeTarget names a target for the audit: its kind and address, never a secret.
func describeTarget(t replica.Target) string {
	switch t.Kind {
	case replica.KindFolder:
		return "文件夹 " + t.Path
	case replica.KindSFTP:
		return "SFTP " + t.User + "@" + t.Host + " " + t.Path
	case replica.KindS3:
		return "S3 " + t.Endpoint + " " + t.Bucket + "/" + t.Path
	case replica.KindWebDAV:
		return "WebDAV " + t.URL + " " + t.Path
	}
	return ""
}
