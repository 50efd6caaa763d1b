package replica

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/benbjohnson/litestream"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// Messages of a restore or a look at the replica that could not be done.
const (
	msgNoReplica   = "旗县服务器上还没有本服务台的副本"
	msgTooEarly    = "所选时间早于最早的副本，请选择更晚的时间"
	msgOutExists   = "恢复的目标文件已存在"
	msgUnreachable = "连不上副本存放处，请检查地址、账号和网络"
)

// Restore writes the hall's database as replicated at the target to outPath, which must not
// exist yet: the latest replicated state when at is zero, else the state as it was replicated
// at that instant (every transaction whose replication finished before at, none after). The
// file is written beside outPath and renamed into place once whole and checked.
func Restore(ctx context.Context, t Target, outPath string, at time.Time) error {
	if _, err := os.Stat(outPath); err == nil {
		return hall.Conflict(msgOutExists)
	}
	c, err := t.openClient()
	if err != nil {
		return err
	}
	defer c.release()
	first, last, err := bounds(ctx, c)
	if err != nil {
		return err
	}
	if last.IsZero() {
		return hall.NotFound(msgNoReplica)
	}
	if !at.IsZero() && at.Before(first) {
		return hall.Invalid("at", msgTooEarly)
	}
	r := litestream.NewReplicaWithClient(nil, c)
	opt := litestream.NewRestoreOptions()
	opt.OutputPath = outPath
	if !at.IsZero() && at.Before(last) {
		opt.Timestamp = at
	}
	if err := r.Restore(ctx, opt); err != nil {
		if errors.Is(err, litestream.ErrTxNotAvailable) {
			return hall.Invalid("at", msgTooEarly)
		}
		return fmt.Errorf("replica restore: %w", err)
	}
	if err := quickCheck(ctx, outPath); err != nil {
		for _, side := range []string{"", "-wal", "-shm"} {
			os.Remove(outPath + side)
		}
		return err
	}
	return nil
}

// quickCheck runs SQLite's quick check on a restored file.
func quickCheck(ctx context.Context, path string) error {
	res, err := sqlite.QuickCheckFile(ctx, path)
	if err != nil {
		return fmt.Errorf("restored copy: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("restored copy fails its check: %s", res)
	}
	return nil
}

// Latest is when the newest replicated state at the target was written (zero, with no error,
// when nothing has been replicated there yet).
func Latest(ctx context.Context, t Target) (time.Time, error) {
	c, err := t.openClient()
	if err != nil {
		return time.Time{}, err
	}
	defer c.release()
	_, last, err := bounds(ctx, c)
	return last, err
}

// bounds is when the oldest and the newest replicated states still kept at the target were
// written; an unreachable target is a clear error.
func bounds(ctx context.Context, c *client) (first, last time.Time, err error) {
	r := litestream.NewReplicaWithClient(nil, c)
	first, last, err = r.TimeBounds(ctx)
	if err != nil {
		if os.IsNotExist(err) || strings.Contains(err.Error(), "not exist") {
			return time.Time{}, time.Time{}, nil
		}
		return time.Time{}, time.Time{}, unreachable(err)
	}
	return first.UTC(), last.UTC(), nil
}

// Unreachable is the error of a target that could not be reached or read; Unwrap gives the cause
// for the log, Error the Chinese message for the administrator.
type Unreachable struct{ cause error }

// Error is the message shown to the administrator: what went wrong when it is known (a refused
// account, another server's host key, no right to write), else that the target was out of reach.
func (e *Unreachable) Error() string {
	switch msg := explain(e.cause.Error()); msg {
	case msgRetrying, msgOffline:
		return msgUnreachable
	default:
		return msg
	}
}

// Unwrap is the cause, for the log.
func (e *Unreachable) Unwrap() error { return e.cause }

func unreachable(err error) error {
	if err == nil {
		return nil
	}
	var u *Unreachable
	if errors.As(err, &u) {
		return err
	}
	return &Unreachable{cause: err}
}
