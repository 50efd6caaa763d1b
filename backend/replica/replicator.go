package replica

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"sync"
	"time"
)

// Options tune a replicator; the zero value is what HallDesk uses.
type Options struct {
	// SyncInterval is the pause between uploads (Litestream's default, one second, when zero).
	SyncInterval time.Duration
	// Command is the program started as the replication child: this program when empty. It
	// must call RunIfChild first thing.
	Command string
	// Now is the clock of the status (time.Now when nil).
	Now func() time.Time
	// Log, when set, hears why a child ended unexpectedly (never with a credential: the child
	// reports only its own errors, and Litestream's log stays in the child).
	Log func(msg string, args ...any)
}

// Status is the replication state for the administrator.
type Status struct {
	Running        bool   `json:"running"`        // the child is replicating
	LastReplicated string `json:"lastReplicated"` // UTC RFC 3339: the replica last caught up; "" if not yet
	PendingSince   string `json:"pendingSince"`   // UTC RFC 3339: the oldest change not yet replicated; "" if none
	LagSeconds     int64  `json:"lagSeconds"`     // how long the oldest change has waited; 0 when caught up
	Size           int64  `json:"size"`           // bytes kept at the target; -1 if not known yet
	LastError      string `json:"lastError"`      // the latest failure, in Chinese; "" when caught up
	LastErrorAt    string `json:"lastErrorAt"`
	LocalTXID      uint64 `json:"localTxid"`  // the database's last transaction seen by Litestream
	RemoteTXID     uint64 `json:"remoteTxid"` // the last transaction at the target
}

// Replicator streams one database to one target through a child process, and starts the child
// again (after a pause) if it ends while the replicator runs.
type Replicator struct {
	dbPath string
	target Target
	opt    Options

	mu     sync.Mutex
	status Status
	cancel context.CancelFunc
	done   chan struct{}
}

// restartPause is the wait before a child that ended is started again.
const restartPause = 5 * time.Second

// Start checks the target and starts replicating the database at dbPath to it until ctx ends or
// Stop is called. It returns at once: the first connection is made in the background, and a
// target out of reach only shows in Status (the changes wait in Litestream's files beside the
// database and are uploaded when it answers again).
func Start(ctx context.Context, dbPath string, t Target, opt Options) (*Replicator, error) {
	if err := t.Check(); err != nil {
		return nil, err
	}
	if _, err := os.Stat(dbPath); err != nil {
		return nil, err
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Command == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, err
		}
		opt.Command = exe
	}
	ctx, cancel := context.WithCancel(ctx)
	r := &Replicator{dbPath: dbPath, target: t, opt: opt, cancel: cancel,
		done: make(chan struct{}), status: Status{Size: -1}}
	go r.supervise(ctx)
	return r, nil
}

// Stop ends replication: the child uploads what it can within a few seconds and exits.
func (r *Replicator) Stop() {
	r.cancel()
	<-r.done
}

// Status is the replication state now.
func (r *Replicator) Status() Status {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.status
	if s.PendingSince != "" {
		if t, err := time.Parse(time.RFC3339, s.PendingSince); err == nil {
			s.LagSeconds = int64(r.opt.Now().Sub(t) / time.Second)
			if s.LagSeconds < 0 {
				s.LagSeconds = 0
			}
		}
	}
	return s
}

// Target is the target being replicated to.
func (r *Replicator) Target() Target { return r.target }

func (r *Replicator) supervise(ctx context.Context) {
	defer close(r.done)
	for {
		err := r.runChild(ctx)
		r.mu.Lock()
		r.status.Running = false
		if err != nil && ctx.Err() == nil {
			r.status.LastError = "复制程序意外退出，稍后自动重启"
			r.status.LastErrorAt = r.opt.Now().UTC().Format(time.RFC3339)
		}
		r.mu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-time.After(restartPause):
		}
	}
}

// runChild runs one child until it ends or ctx ends (then it closes the child's input, which
// asks it to finish its last upload and exit, and kills it if it does not in time).
func (r *Replicator) runChild(ctx context.Context) error {
	cmd := exec.Command(r.opt.Command)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	var stderr tailBuffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	line, _ := json.Marshal(childConfig{DBPath: r.dbPath, Target: r.target, SyncInterval: r.opt.SyncInterval})
	if _, err := stdin.Write(append(line, '\n')); err != nil {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
		return err
	}
	r.mu.Lock()
	r.status.Running = true
	r.mu.Unlock()
	reports := make(chan struct{})
	go func() {
		defer close(reports)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var rep childReport
			if json.Unmarshal(sc.Bytes(), &rep) == nil {
				r.apply(rep)
			}
		}
	}()
	select {
	case <-ctx.Done():
		stdin.Close()
		select {
		case <-reports:
		case <-time.After(shutdownSync + 5*time.Second):
			cmd.Process.Kill()
			<-reports
		}
		cmd.Wait()
		return nil
	case <-reports:
		stdin.Close()
		err := cmd.Wait()
		if err == nil {
			err = errors.New("replica child ended")
		}
		if r.opt.Log != nil {
			r.opt.Log("replication child ended", "err", err, "stderr", stderr.String())
		}
		return err
	}
}

// tailBuffer keeps the last few kilobytes written to it.
type tailBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if n := len(t.b) - 4096; n > 0 {
		t.b = t.b[n:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}

// apply takes a child's report into the status.
func (r *Replicator) apply(rep childReport) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := &r.status
	s.Running = !rep.Stopped
	s.LocalTXID, s.RemoteTXID = rep.LocalTXID, rep.RemoteTXID
	s.LastReplicated = rfc(rep.ReplicatedAt)
	s.PendingSince = rfc(rep.PendingSince)
	if rep.Size >= 0 {
		s.Size = rep.Size
	}
	if rep.Error != s.LastError {
		s.LastError = rep.Error
		s.LastErrorAt = ""
		if rep.Error != "" {
			s.LastErrorAt = r.opt.Now().UTC().Format(time.RFC3339)
		}
	}
}

func rfc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
