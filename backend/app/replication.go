package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/replica"
)

// ReplicaFile is the file in the data folder that keeps the banner's replica target with its
// credentials: readable by this account only (0600), never in the database, so never in a
// backup, an export or the replica itself.
const ReplicaFile = "replica-target.json"

// replicaWarnAfter is how long changes may wait unreplicated before the administrator is warned.
const replicaWarnAfter = 24 * time.Hour

// Replication runs the hall's replication to the banner: the saved target and its replicator.
type Replication struct {
	mu       sync.Mutex
	file     string
	dbPath   string
	opt      replica.Options
	saved    savedTarget
	running  *replica.Replicator
	log      func(msg string, args ...any)
	stopTick chan struct{}
}

// rememberEvery is how often the time of the last catch-up is written to the target file.
const rememberEvery = 5 * time.Minute

// savedTarget is the content of ReplicaFile.
type savedTarget struct {
	Target  replica.Target `json:"target"`
	SavedAt time.Time      `json:"savedAt"`
	// LastOK is when the replica last caught up with the database, kept across restarts (a PC
	// switched off while offline still warns on the next day's start).
	LastOK time.Time `json:"lastOk"`
}

// EnableReplication loads the banner's target from the data folder and, if one is saved, starts
// replicating the database at dbPath to it. Call Replication.Stop at exit.
func (c *Core) EnableReplication(dataDir, dbPath string, opt replica.Options) *Replication {
	rp := &Replication{file: filepath.Join(dataDir, ReplicaFile), dbPath: dbPath, opt: opt,
		log: func(msg string, args ...any) { c.Log.Warn(msg, args...) }}
	if rp.opt.Log == nil {
		rp.opt.Log = rp.log
	}
	if b, err := os.ReadFile(rp.file); err == nil {
		if err := json.Unmarshal(b, &rp.saved); err != nil {
			c.Log.Error("replica target file unreadable", "err", err)
		}
	}
	if rp.configured() {
		if err := rp.start(); err != nil {
			c.Log.Error("replication did not start", "err", err)
		}
	}
	c.Replication = rp
	return rp
}

func (rp *Replication) configured() bool { return rp.saved.Target.Kind != "" }

// start (re)starts the replicator on the saved target; the caller holds mu or owns rp.
func (rp *Replication) start() error {
	rp.halt()
	r, err := replica.Start(context.Background(), rp.dbPath, rp.saved.Target, rp.opt)
	if err != nil {
		return err
	}
	rp.running = r
	stop := make(chan struct{})
	rp.stopTick = stop
	go func() {
		t := time.NewTicker(rememberEvery)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				rp.mu.Lock()
				rp.remember()
				rp.mu.Unlock()
			}
		}
	}()
	return nil
}

// halt stops the replicator, keeping the time of its last catch-up; the caller holds mu.
func (rp *Replication) halt() {
	if rp.running == nil {
		return
	}
	close(rp.stopTick)
	rp.running.Stop()
	rp.remember()
	rp.running = nil
}

// remember writes the time of the last catch-up to the target file when it moved on; the
// caller holds mu.
func (rp *Replication) remember() {
	if rp.running == nil {
		return
	}
	last, err := time.Parse(time.RFC3339, rp.running.Status().LastReplicated)
	if err != nil || !last.After(rp.saved.LastOK) {
		return
	}
	rp.saved.LastOK = last
	if err := writePrivate(rp.file, rp.saved); err != nil {
		rp.log("replica target file not written", "err", err)
	}
}

// Stop ends replication (at exit): the last changes are uploaded within a few seconds.
func (rp *Replication) Stop() {
	if rp == nil {
		return
	}
	rp.mu.Lock()
	defer rp.mu.Unlock()
	rp.halt()
}

// Save keeps t (its masked secrets filled from the saved target) in the data folder and starts
// replicating to it; the zero target stops replication and forgets the saved one.
func (rp *Replication) Save(t replica.Target, now time.Time) (replica.Target, error) {
	rp.mu.Lock()
	defer rp.mu.Unlock()
	if t.Kind != "" {
		t = t.KeepSecrets(rp.saved.Target)
		if err := t.Check(); err != nil {
			return t, err
		}
	}
	next := savedTarget{Target: t, SavedAt: now.UTC()}
	if t.Kind == "" {
		if err := os.Remove(rp.file); err != nil && !errors.Is(err, os.ErrNotExist) {
			return t, err
		}
	} else if err := writePrivate(rp.file, next); err != nil {
		return t, err
	}
	rp.halt()
	rp.saved = next
	if t.Kind == "" {
		return t, nil
	}
	return t, rp.start()
}

// writePrivate writes v as JSON to path, readable by this account only, replacing it whole.
func writePrivate(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Target is the saved target (with its secrets: never hand it to the frontend unmasked), when it
// was saved and when its replica last caught up (as last written down; zero if never).
func (rp *Replication) Target() (t replica.Target, savedAt, lastOK time.Time) {
	rp.mu.Lock()
	defer rp.mu.Unlock()
	return rp.saved.Target, rp.saved.SavedAt, rp.saved.LastOK
}

// Status is the replicator's state (zero when not replicating).
func (rp *Replication) Status() replica.Status {
	rp.mu.Lock()
	defer rp.mu.Unlock()
	if rp.running == nil {
		return replica.Status{Size: -1}
	}
	return rp.running.Status()
}

// replicaWarning is the administrator's red warning when changes have waited a day or more to
// reach the banner ("" when replication is off or keeping up).
func (c *Core) replicaWarning() string {
	rp := c.Replication
	if rp == nil {
		return ""
	}
	t, savedAt, lastOK := rp.Target()
	if t.Kind == "" {
		return ""
	}
	st := rp.Status()
	if st.LastReplicated != "" && st.PendingSince == "" {
		return "" // caught up
	}
	if now, err := time.Parse(time.RFC3339, st.LastReplicated); err == nil && now.After(lastOK) {
		lastOK = now
	}
	since := savedAt
	if lastOK.After(since) {
		since = lastOK
	}
	if c.Now().Sub(since) < replicaWarnAfter {
		return ""
	}
	last := "从未成功"
	if !lastOK.IsZero() {
		last = lastOK.In(hall.China).Format("2006-01-02 15:04")
	}
	return fmt.Sprintf("已超过%d天没有把数据复制到旗县服务器（最近一次：%s）。请到“系统管理 → 旗县汇总”检查网络、地址和账号，并点“测试连接”。",
		max(1, int(c.Now().Sub(since)/replicaWarnAfter)), last)
}
