package banner

import (
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// copies are the banner's read-only copies of the halls, one database file per hall in dir,
// named hall-<id>-<sequence>.db. A refresh restores the replica into a new file, opens it and
// swaps it in for the readers at once; the old file is closed and removed when its last reader
// is done, so a reader never sees a half-restored hall.
type copies struct {
	dir     string
	now     func() time.Time
	version string
	log     *slog.Logger

	mu    sync.Mutex
	halls map[int64]*hallCopy
	seq   int64
}

// hallCopy is one open copy: a Core over it runs the hall's own report code.
type hallCopy struct {
	core *app.Core
	path string
	// readers counts the calls reading it; gone is set once a newer copy replaced it.
	readers int
	gone    bool
}

func newCopies(dir string, now func() time.Time, version string, log *slog.Logger) *copies {
	return &copies{dir: dir, now: now, version: version, log: log, halls: map[int64]*hallCopy{}, seq: now().UnixNano()}
}

func copiesDir(dataDir string) string { return filepath.Join(dataDir, "halls") }

func (cs *copies) name(id int64) string {
	cs.seq++
	return filepath.Join(cs.dir, "hall-"+strconv.FormatInt(id, 10)+"-"+strconv.FormatInt(cs.seq, 10)+".db")
}

// files lists the copy files of hall id, newest last.
func (cs *copies) files(id int64) []string {
	list, _ := filepath.Glob(filepath.Join(cs.dir, "hall-"+strconv.FormatInt(id, 10)+"-*.db"))
	sort.Slice(list, func(i, j int) bool { return seqOf(list[i]) < seqOf(list[j]) })
	return list
}

func seqOf(path string) int64 {
	base := strings.TrimSuffix(filepath.Base(path), ".db")
	n, _ := strconv.ParseInt(base[strings.LastIndex(base, "-")+1:], 10, 64)
	return n
}

// reopen opens the newest copy of hall id left by an earlier run, if any, and removes older ones.
func (cs *copies) reopen(id int64) error {
	list := cs.files(id)
	if len(list) == 0 {
		return nil
	}
	for _, old := range list[:len(list)-1] {
		removeDB(old)
	}
	return cs.install(id, list[len(list)-1])
}

// install opens the database file at path as hall id's copy and swaps it in.
func (cs *copies) install(id int64, path string) error {
	store, err := sqlite.Open(path, cs.now)
	if err != nil {
		return err
	}
	next := &hallCopy{core: app.NewCore(store, cs.now, cs.version, cs.log), path: path}
	cs.mu.Lock()
	old := cs.halls[id]
	cs.halls[id] = next
	cs.mu.Unlock()
	if old != nil {
		cs.retire(old)
	}
	return nil
}

// refresh restores hall id with restore into a new file in the copies' folder and swaps it in.
func (cs *copies) refresh(id int64, restore func(outPath string) error) error {
	if err := os.MkdirAll(cs.dir, 0o700); err != nil {
		return err
	}
	cs.mu.Lock()
	path := cs.name(id)
	cs.mu.Unlock()
	if err := restore(path); err != nil {
		removeDB(path)
		return err
	}
	if err := cs.install(id, path); err != nil {
		removeDB(path)
		return err
	}
	return nil
}

// read runs fn on hall id's copy; it is refused with a clear message when there is none yet.
func (cs *copies) read(id int64, fn func(c *app.Core) error) error {
	cs.mu.Lock()
	hc := cs.halls[id]
	if hc != nil {
		hc.readers++
	}
	cs.mu.Unlock()
	if hc == nil {
		return hall.Conflict("该服务大厅还没有从旗县服务器取得数据副本，请先刷新")
	}
	defer cs.release(hc)
	return fn(hc.core)
}

// has reports whether hall id has a copy.
func (cs *copies) has(id int64) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.halls[id] != nil
}

// release ends one reader's use of hc, and closes it if it was replaced meanwhile.
func (cs *copies) release(hc *hallCopy) {
	cs.mu.Lock()
	hc.readers--
	done := hc.gone && hc.readers == 0
	cs.mu.Unlock()
	if done {
		cs.close(hc)
	}
}

// retire marks hc replaced (or dropped) and closes it unless someone still reads it.
func (cs *copies) retire(hc *hallCopy) {
	cs.mu.Lock()
	hc.gone = true
	done := hc.readers == 0
	cs.mu.Unlock()
	if done {
		cs.close(hc)
	}
}

// close closes hc's store and removes its file.
func (cs *copies) close(hc *hallCopy) {
	if err := hc.core.Store.Close(); err != nil {
		cs.log.Warn("banner: closing a hall's copy", "err", err)
	}
	removeDB(hc.path)
}

// drop closes and removes hall id's copy (the hall left the registry).
func (cs *copies) drop(id int64) {
	cs.mu.Lock()
	hc := cs.halls[id]
	delete(cs.halls, id)
	cs.mu.Unlock()
	if hc != nil {
		cs.retire(hc)
	}
	for _, f := range cs.files(id) {
		removeDB(f)
	}
}

// closeAll closes every copy (the files stay for the next start).
func (cs *copies) closeAll() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for id, hc := range cs.halls {
		hc.core.Store.Close()
		delete(cs.halls, id)
	}
}

// removeDB removes a database file with its WAL and shared-memory files.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix) // gone already is fine; a leftover is removed at the next start
	}
}
