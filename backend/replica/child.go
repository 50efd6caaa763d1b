package replica

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/benbjohnson/litestream"

	"halldesk/backend/datadir"
)

// Litestream runs in a child process of HallDesk (the same program, started again with
// childEnv set), never inside the process that serves the counter. Litestream brings its own
// copy of SQLite; two copies of SQLite in one process do not see each other's POSIX locks, so
// Litestream's checkpoints could overwrite pages that HallDesk's readers still use and closing
// one copy's file drops the other's locks (SQLite's "how to corrupt" notes, §2.2). Across two
// processes the locks work as SQLite intends. The child also keeps Litestream's work off the
// counter's CPU time and memory, and runs at a lower priority.

// childEnv marks the child process; its value is ignored.
const childEnv = "HALLDESK_REPLICA_CHILD"

// childConfig is what the parent sends on the child's standard input, as one JSON line:
// credentials travel by pipe, never on the command line or in the environment.
type childConfig struct {
	DBPath       string        `json:"dbPath"`
	Target       Target        `json:"target"`
	SyncInterval time.Duration `json:"syncInterval"`
}

// childReport is one line the child writes on its standard output.
type childReport struct {
	LocalTXID    uint64    `json:"localTxid"`
	RemoteTXID   uint64    `json:"remoteTxid"`
	ReplicatedAt time.Time `json:"replicatedAt"` // when the replica last caught up with the database
	PendingSince time.Time `json:"pendingSince"` // when the database got ahead of the replica (zero: caught up)
	Size         int64     `json:"size"`         // bytes kept at the target, -1 if not known yet
	Error        string    `json:"error"`        // the latest failure since the replica last caught up
	Stopped      bool      `json:"stopped"`
}

// RunIfChild runs the replication child and exits the process when this process was started as
// one by Start; otherwise it returns at once. Call it first thing in main (and in TestMain of
// tests that start replication).
func RunIfChild() {
	if _, ok := os.LookupEnv(childEnv); !ok {
		return
	}
	if err := runChild(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "replica child:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// runChild replicates until its input closes (the parent stopped it, or died).
func runChild(in io.Reader, out io.Writer) error {
	lowerPriority()
	br := bufio.NewReader(in)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	var cfg childConfig
	if err := json.Unmarshal(line, &cfg); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	stop := make(chan struct{})
	go func() { io.Copy(io.Discard, br); close(stop) }()

	unlock, ok := waitLock(cfg.DBPath, stop)
	if !ok {
		return nil
	}
	defer unlock()
	lc, err := newLitestream(cfg)
	if err != nil {
		return err
	}
	defer lc.release()
	ctx := context.Background()
	if err := lc.store.Open(ctx); err != nil {
		return fmt.Errorf("open: %w", err)
	}
	enc := json.NewEncoder(out)
	tick := time.NewTicker(statusInterval(cfg.SyncInterval))
	defer tick.Stop()
	for {
		select {
		case <-stop:
			cctx, cancel := context.WithTimeout(ctx, shutdownSync)
			err := lc.store.Close(cctx)
			cancel()
			rep := lc.report()
			rep.Stopped = true
			enc.Encode(rep)
			return err
		case <-tick.C:
			if err := enc.Encode(lc.report()); err != nil {
				return nil // the parent is gone
			}
		}
	}
}

// waitLock takes the replication lock of the database: a child of a hall that was killed may
// still be finishing its last upload when the hall's next child starts, and two Litestreams on
// one database would each number its transactions. It waits until the lock is free or stop.
func waitLock(dbPath string, stop <-chan struct{}) (func(), bool) {
	dir := filepath.Join(filepath.Dir(dbPath), "."+filepath.Base(dbPath)+"-replica")
	for {
		if unlock, err := datadir.Lock(dir); err == nil {
			return unlock, true
		}
		select {
		case <-stop:
			return nil, false
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// statusInterval is how often the child reports: as often as it syncs, at most every second.
func statusInterval(sync time.Duration) time.Duration {
	if sync <= 0 || sync > time.Second {
		return time.Second
	}
	return sync
}

// shutdownSync bounds the last upload when replication stops.
const shutdownSync = 5 * time.Second

// liteRun is one Litestream store replicating one database.
type liteRun struct {
	store   *litestream.Store
	db      *litestream.DB
	release func()
	errs    *errorSink
	size    sizeProbe

	replicatedAt time.Time
	pendingSince time.Time
	lastRemote   uint64
}

// newLitestream wires Litestream as its own command does: a DB with its replica client, and a
// store with the default compaction levels, daily snapshots kept a week (the span a hall can be
// restored to a chosen minute), and the other defaults.
func newLitestream(cfg childConfig) (*liteRun, error) {
	c, err := cfg.Target.openClient()
	if err != nil {
		return nil, err
	}
	errs := &errorSink{}
	logger := errs.logger()
	db := litestream.NewDB(cfg.DBPath)
	db.Logger = logger
	r := litestream.NewReplicaWithClient(db, lazyClient{c})
	if cfg.SyncInterval > 0 {
		r.SyncInterval = cfg.SyncInterval
		db.MonitorInterval = cfg.SyncInterval
	}
	db.Replica = r
	c.SetLogger(logger)
	s := litestream.NewStore([]*litestream.DB{db}, litestream.DefaultCompactionLevels)
	s.Logger = logger
	s.SnapshotRetention = 7 * 24 * time.Hour
	db.SetLogger(logger)
	db.ShutdownSyncTimeout = shutdownSync
	return &liteRun{store: s, db: db, release: c.release, errs: errs, size: sizeProbe{client: lazyClient{c}}}, nil
}

// report is the replication state now.
func (l *liteRun) report() childReport {
	now := time.Now().UTC()
	var local uint64
	if pos, err := l.db.Pos(); err == nil {
		local = uint64(pos.TXID)
	}
	remote := uint64(l.db.Replica.Pos().TXID)
	uploaded := remote != l.lastRemote
	if remote > 0 && remote >= local {
		if remote != l.lastRemote || l.replicatedAt.IsZero() || !l.pendingSince.IsZero() {
			l.replicatedAt = now
		}
		l.pendingSince = time.Time{}
		l.errs.clear()
	} else if local > remote && l.pendingSince.IsZero() {
		l.pendingSince = now
	}
	l.lastRemote = remote
	return childReport{
		LocalTXID: local, RemoteTXID: remote,
		ReplicatedAt: l.replicatedAt, PendingSince: l.pendingSince,
		Size: l.size.get(uploaded), Error: l.errs.last(),
	}
}
