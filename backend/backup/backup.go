// Package backup keeps the backup files of a data folder: names that carry the time they were
// taken, rotation (30 daily and 12 monthly by default), the list the administrator sees and the
// time of the last success. The copy itself is made by the store (sqlite.Store.BackupTo), passed
// in as a CopyFunc, so this package knows files and nothing of SQL.
package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"halldesk/backend/hall"
)

// Kind says why a backup was taken.
type Kind string

// The kinds of backup. Auto and exit backups are rotated by day and month; of the manual,
// before-restore and before-upgrade ones the newest Policy.Others of each are kept.
const (
	KindAuto          Kind = "auto"           // 每日自动：当天第一次启动（或运行跨过零点）
	KindExit          Kind = "exit"           // 正常退出时
	KindManual        Kind = "manual"         // 手动
	KindBeforeRestore Kind = "before-restore" // 恢复前自动保存的当前数据
	KindBeforeUpgrade Kind = "before-upgrade" // 新版本第一次打开旧数据、升级数据结构之前
	KindOther         Kind = "other"          // a .db file not named by HallDesk (copied in by hand)
)

var kindLabels = map[Kind]string{
	KindAuto: "每日自动", KindExit: "退出时自动", KindManual: "手动", KindBeforeRestore: "恢复前自动保存",
	KindBeforeUpgrade: "升级前自动保存", KindOther: "其他文件",
}

// Label is the kind's Chinese name.
func (k Kind) Label() string { return kindLabels[k] }

// MaxAge is how old the last successful backup may be before the administrator is warned.
const MaxAge = 48 * time.Hour

// Policy says how many backups rotation keeps.
type Policy struct {
	Daily   int // the newest automatic backup of each of this many most recent days
	Monthly int // then the newest automatic backup of each of this many earlier months
	Others  int // manual, before-restore and before-upgrade backups: the newest this many of each
}

// DefaultPolicy keeps 30 daily and 12 monthly backups, and 10 manual and 10 before-restore ones.
var DefaultPolicy = Policy{Daily: 30, Monthly: 12, Others: 10}

// File is one backup file.
type File struct {
	Name      string `json:"name"`
	Path      string `json:"path"`
	Size      int64  `json:"size"`
	Kind      Kind   `json:"kind"`
	KindLabel string `json:"kindLabel"`
	TakenAt   string `json:"takenAt"` // UTC RFC 3339 (from the name; the file's time for other files)
	// ChainCount and ChainHash are the head of the audit chain of the data inside, from the name
	// (0 and "" for a backup named before names carried it, or of data without a chain).
	ChainCount int64  `json:"chainCount"`
	ChainHash  string `json:"chainHash"` // 16 hex characters

	taken time.Time
	seq   int // the -2, -3 … of a second backup of the same name
}

// CopyFunc writes a consistent, verified copy of the database to path, which does not exist yet.
type CopyFunc func(ctx context.Context, path string) error

// HeadFunc reads the head of the audit chain of the database copy at path; ok is false when
// the data has no chain.
type HeadFunc func(ctx context.Context, path string) (head hall.AuditHead, ok bool, err error)

// Manager takes and keeps the backups of one data folder. One backup or restore runs at a time.
type Manager struct {
	dir    string
	copy   CopyFunc
	now    func() time.Time
	policy Policy
	head   HeadFunc
	mu     sync.Mutex
	// unsaved is the state that could not be written to the state file (state.go), nil when
	// the file is up to date; unsavedMu guards it, as Status reads it without mu.
	unsaved   *state
	unsavedMu sync.Mutex
}

// New returns a manager for the backups folder dir (created on first use).
func New(dir string, copy CopyFunc, now func() time.Time) *Manager {
	return &Manager{dir: dir, copy: copy, now: now, policy: DefaultPolicy}
}

// SetPolicy changes how many backups rotation keeps.
func (m *Manager) SetPolicy(p Policy) { m.policy = p }

// Policy is how many backups rotation keeps.
func (m *Manager) Policy() Policy { return m.policy }

// SetHeadFunc makes every backup's name carry the head of the audit chain of the data inside
// it (…-auto-n1234-9f3c2b1d0a4e5f67.db), read from the copy by head: an anchor of the chain
// kept outside the database, wherever the file is copied.
func (m *Manager) SetHeadFunc(head HeadFunc) { m.head = head }

// Dir is the backups folder of the data folder.
func (m *Manager) Dir() string { return m.dir }

// nameRE matches the names Take gives: halldesk-20250310-090000-auto.db (or …-auto-2.db), and
// with the chain's head: halldesk-20250310-090000-auto-n1234-9f3c2b1d0a4e5f67.db (…-2.db).
var nameRE = regexp.MustCompile(`^halldesk-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*?)(?:-n(\d+)-([0-9a-f]{16}))?(?:-(\d+))?\.db$`)

const stamp = "20060102-150405"

// Take writes a backup of the given kind into folder ("" = the data folder's backups folder),
// records the success or the failure, and rotates the backups folder after a success there.
func (m *Manager) Take(ctx context.Context, kind Kind, folder string) (File, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.take(ctx, kind, folder, "")
}

func (m *Manager) take(ctx context.Context, kind Kind, folder, protect string) (File, error) {
	dir := folder
	if dir == "" {
		dir = m.dir
	}
	f, err := m.write(ctx, kind, dir)
	if err != nil {
		msg := err.Error()
		if e := hall.AsError(err); e != nil {
			msg = e.Message
		}
		m.saveState(func(s *state) { s.LastError, s.LastErrorAt = msg, m.stampNow() })
		return f, err
	}
	m.saveState(func(s *state) { s.LastSuccess, s.LastPath, s.LastError, s.LastErrorAt = f.TakenAt, f.Path, "", "" })
	if filepath.Clean(dir) == filepath.Clean(m.dir) {
		// A file that cannot be deleted must not fail the backup just taken; the state remembers it.
		_, rerr := m.rotate(protect)
		m.saveState(func(s *state) {
			s.RotateError = ""
			if rerr != nil {
				s.RotateError = rerr.Error()
			}
		})
	}
	return f, nil
}

// write copies the database into dir under a fresh name: first to a hidden partial file, which
// is renamed only once the copy is complete, on disk and verified.
func (m *Manager) write(ctx context.Context, kind Kind, dir string) (File, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return File{}, hall.Invalid("folder", "无法在该位置建立备份文件夹（"+dir+"），请检查U盘是否插好、是否写保护："+err.Error())
	}
	taken := m.now()
	base := "halldesk-" + taken.In(hall.China).Format(stamp) + "-" + string(kind)
	partial := filepath.Join(dir, "."+base+".db.partial")
	// Partial files of a backup cut short (the program was killed, the stick pulled out) are
	// never finished; only one backup runs at a time, so none of them is being written now.
	if old, err := filepath.Glob(filepath.Join(dir, ".halldesk-*.partial")); err == nil {
		for _, p := range old {
			os.Remove(p)
		}
	}
	if err := m.copy(ctx, partial); err != nil {
		os.Remove(partial)
		return File{}, err
	}
	os.Chmod(partial, 0o600) // it holds every resident's personal data
	var head hall.AuditHead
	if m.head != nil {
		h, ok, err := m.head(ctx, partial)
		if err != nil {
			os.Remove(partial)
			return File{}, fmt.Errorf("read the audit chain's head of the backup: %w", err)
		}
		if ok {
			head = h
			base += headTag(h)
		}
	}
	name := base + ".db"
	for i := 2; exists(filepath.Join(dir, name)); i++ {
		name = fmt.Sprintf("%s-%d.db", base, i)
	}
	final := filepath.Join(dir, name)
	if err := os.Rename(partial, final); err != nil {
		os.Remove(partial)
		return File{}, fmt.Errorf("rename backup: %w", err)
	}
	syncDir(dir)
	st, err := os.Stat(final)
	if err != nil {
		return File{}, err
	}
	f := File{Name: name, Path: final, Size: st.Size(), Kind: kind, KindLabel: kind.Label(),
		TakenAt: taken.UTC().Format(time.RFC3339), taken: taken}
	if head.Short != "" {
		f.ChainCount, f.ChainHash = head.Count, strings.ReplaceAll(head.Short, " ", "")
	}
	return f, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// syncDir makes a rename durable on systems where that needs the folder flushed (not Windows,
// where opening a folder for sync fails and NTFS journals the rename itself).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// List returns the backups in the backups folder, newest first. A missing folder is empty.
func (m *Manager) List() ([]File, error) {
	entries, err := os.ReadDir(m.dir)
	if errors.Is(err, os.ErrNotExist) {
		return []File{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []File{}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(strings.ToLower(e.Name()), ".db") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		f := File{Name: e.Name(), Path: filepath.Join(m.dir, e.Name()), Size: info.Size(), Kind: KindOther, taken: info.ModTime()}
		if mm := nameRE.FindStringSubmatch(e.Name()); mm != nil {
			if t, err := time.ParseInLocation(stamp, mm[1], hall.China); err == nil {
				if k := Kind(mm[2]); k.Label() != "" && k != KindOther {
					f.Kind, f.taken = k, t
					f.ChainCount, _ = strconv.ParseInt(mm[3], 10, 64)
					f.ChainHash = mm[4]
					f.seq, _ = strconv.Atoi(mm[5])
				}
			}
		}
		f.KindLabel, f.TakenAt = f.Kind.Label(), f.taken.UTC().Format(time.RFC3339)
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].taken.Equal(out[j].taken) {
			return out[i].taken.After(out[j].taken)
		}
		if out[i].ChainCount != out[j].ChainCount { // each backup's audit line comes before the next backup
			return out[i].ChainCount > out[j].ChainCount
		}
		if out[i].seq != out[j].seq { // …-manual-2.db was taken after …-manual.db
			return out[i].seq > out[j].seq
		}
		return out[i].Name > out[j].Name
	})
	return out, nil
}

// Rotate deletes the backups the policy no longer keeps and returns their names. Of the
// automatic backups (daily and on exit) it keeps the newest of each of the Daily most recent
// days that have one, then the newest of each of the Monthly most recent months before the
// month of the oldest of those days (so a month is kept by its last backup once it has left the
// daily window); of the manual, before-restore and before-upgrade ones the newest Others of each;
// other files are never touched.
func (m *Manager) Rotate() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.rotate("")
}

// rotate deletes what the policy does not keep, except the file at protect.
func (m *Manager) rotate(protect string) ([]string, error) {
	files, err := m.List()
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{}
	days, months := map[string]bool{}, map[string]bool{}
	oldestDay := ""
	count := map[Kind]int{}
	for _, f := range files { // newest first
		switch f.Kind {
		case KindOther:
			keep[f.Name] = true
		case KindManual, KindBeforeRestore, KindBeforeUpgrade:
			count[f.Kind]++
			keep[f.Name] = count[f.Kind] <= m.policy.Others
		default:
			local := f.taken.In(hall.China)
			day, month := local.Format(hall.DateLayout), local.Format("2006-01")
			switch {
			case days[day]:
			case len(days) < m.policy.Daily:
				days[day], keep[f.Name], oldestDay = true, true, day
			case month < oldestDay[:7] && !months[month] && len(months) < m.policy.Monthly:
				months[month], keep[f.Name] = true, true
			}
		}
	}
	var removed []string
	var errs []error
	for _, f := range files {
		if keep[f.Name] || f.Path == protect {
			continue
		}
		if err := os.Remove(f.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, f.Name)
	}
	return removed, errors.Join(errs...)
}

// Resolve returns the path of the backup called name in the backups folder, refusing anything
// that is not a plain file name there, and anything there that is not a regular file (a
// symbolic link is never followed).
func (m *Manager) Resolve(name string) (string, error) {
	if name == "" || name != filepath.Base(name) || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") ||
		!strings.HasSuffix(strings.ToLower(name), ".db") {
		return "", hall.Invalid("name", "备份文件名不正确")
	}
	p := filepath.Join(m.dir, name)
	if st, err := os.Lstat(p); err != nil || !st.Mode().IsRegular() { // a symbolic link is not a backup
		return "", hall.NotFound("找不到该备份文件，可能已被清理，请刷新列表")
	}
	return p, nil
}

// TakenAt is when the backup at path was taken (UTC RFC 3339): from its name when HallDesk
// named it, else the file's modification time; "" if there is no such file.
func TakenAt(path string) string {
	if mm := nameRE.FindStringSubmatch(filepath.Base(path)); mm != nil {
		if t, err := time.ParseInLocation(stamp, mm[1], hall.China); err == nil {
			return t.UTC().Format(time.RFC3339)
		}
	}
	if st, err := os.Stat(path); err == nil {
		return st.ModTime().UTC().Format(time.RFC3339)
	}
	return ""
}

// SizeOf is the size of the file at path in bytes (0 if it cannot be read).
func SizeOf(path string) int64 {
	if st, err := os.Stat(path); err == nil {
		return st.Size()
	}
	return 0
}

// TakenToday reports whether the backups folder already holds an automatic backup (daily or at
// exit) taken today (China date).
func (m *Manager) TakenToday() bool {
	files, err := m.List()
	if err != nil {
		return false
	}
	today := m.now().In(hall.China).Format(hall.DateLayout)
	for _, f := range files {
		if (f.Kind == KindAuto || f.Kind == KindExit) && f.taken.In(hall.China).Format(hall.DateLayout) == today {
			return true
		}
	}
	return false
}

// Restore takes a before-restore backup of the current data into the backups folder and, only
// if that succeeded, calls swap to restore the backup at path (which that backup's rotation
// leaves alone); both run while no other backup can start.
func (m *Manager) Restore(ctx context.Context, path string, swap func(ctx context.Context) error) (File, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	before, err := m.take(ctx, KindBeforeRestore, "", path)
	if err != nil {
		return before, err
	}
	return before, swap(ctx)
}

func (m *Manager) stampNow() string { return m.now().UTC().Format(time.RFC3339) }
