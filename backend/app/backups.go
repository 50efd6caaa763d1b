package app

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"halldesk/backend/backup"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// BackupService lets the administrator see the backups, take one now (to a USB stick on the
// desktop, as a download in a browser) and restore one.
type BackupService struct {
	c    *Core
	seat *Seat
}

// Picker is what the desktop shell offers for choosing a folder or a backup file with the
// system's dialog. Browser mode has none: the browser's computer is not the host.
type Picker interface {
	ChooseFolder(title string) (string, error)
	ChooseFile(title string) (string, error)
}

// EnableBackups turns backups on, kept in folder (the data folder's "backups").
func (c *Core) EnableBackups(folder string) {
	c.Backups = backup.New(folder, func(ctx context.Context, path string) error {
		_, err := c.Store.BackupTo(ctx, path)
		return err
	}, c.Now)
	c.Backups.SetHeadFunc(sqlite.AuditHeadFile) // every backup's name carries its audit chain's head
}

// BackupOverview is the administrator's backup screen.
type BackupOverview struct {
	Folder      string        `json:"folder"` // the backups folder in the data folder (on the host)
	Files       []backup.File `json:"files"`  // newest first
	TotalSize   int64         `json:"totalSize"`
	LastSuccess string        `json:"lastSuccess"` // UTC RFC 3339, "" if never
	LastPath    string        `json:"lastPath"`
	LastError   string        `json:"lastError"` // the last failure, when newer than the last success
	LastErrorAt string        `json:"lastErrorAt"`
	RotateError string        `json:"rotateError"`
	Warning     string        `json:"warning"` // set when the last success is older than two days
	KeepDaily   int           `json:"keepDaily"`
	KeepMonthly int           `json:"keepMonthly"`
	Desktop     bool          `json:"desktop"`     // a folder or a file on this computer may be chosen
	DownloadURL string        `json:"downloadUrl"` // browser mode: prefix of a backup's download address
	LastRestore *LastRestore  `json:"lastRestore"` // the latest restore, nil if none
}

// BackupNowInput says where a manual backup goes: a folder on this computer (a USB stick), or
// "" for the data folder's backups folder.
type BackupNowInput struct {
	Folder string `json:"folder"`
}

// BackupResult is a backup just taken.
type BackupResult struct {
	File        backup.File `json:"file"`
	Message     string      `json:"message"`
	DownloadURL string      `json:"downloadUrl"` // browser mode: download it from here
}

// Overview lists the backups, the last success and the warning (administrator).
func (s *BackupService) Overview() (BackupOverview, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, _ hall.Operator) (BackupOverview, error) {
		m, err := s.c.backups()
		if err != nil {
			return BackupOverview{}, err
		}
		files, err := m.List()
		if err != nil {
			return BackupOverview{}, err
		}
		st := m.Status()
		ov := BackupOverview{Folder: m.Dir(), Files: files, LastSuccess: st.LastSuccess, LastPath: st.LastPath,
			LastError: st.LastError, LastErrorAt: st.LastErrorAt, RotateError: st.RotateError, Warning: s.c.backupWarning(),
			KeepDaily: m.Policy().Daily, KeepMonthly: m.Policy().Monthly, Desktop: s.c.picker(ctx) != nil}
		for _, f := range files {
			ov.TotalSize += f.Size
		}
		if !ov.Desktop {
			ov.DownloadURL = s.c.BackupURL
		}
		if ov.LastRestore, err = s.c.lastRestore(ctx); err != nil {
			return ov, err
		}
		return ov, nil
	})
}

// BackupNow takes a backup at once: into the chosen folder on the desktop, or into the data
// folder's backups folder (browser mode: then offered as a download).
func (s *BackupService) BackupNow(in BackupNowInput) (BackupResult, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, op hall.Operator) (BackupResult, error) {
		m, err := s.c.backups()
		if err != nil {
			return BackupResult{}, err
		}
		folder := strings.TrimSpace(in.Folder)
		if folder != "" {
			if s.c.picker(ctx) == nil {
				return BackupResult{}, hall.Invalid("folder", "浏览器模式下备份保存在主机的数据文件夹中，备份完成后可下载到本机；不能指定文件夹")
			}
			if !filepath.IsAbs(folder) {
				return BackupResult{}, hall.Invalid("folder", "请填写完整的文件夹路径（如 E:\\便民服务台备份），或点“选择文件夹”")
			}
		}
		f, err := m.Take(ctx, backup.KindManual, folder)
		if err != nil {
			s.c.Log.Error("manual backup", "folder", folder, "err", err)
			return BackupResult{}, backupFailed(err)
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActBackup, hall.EntityBackup, 0, f.KindLabel+" "+f.Path+" "+sizeText(f.Size)); err != nil {
			return BackupResult{}, err
		}
		s.c.Log.Info("backup", "kind", f.Kind, "path", f.Path, "size", f.Size, "by", op.Name)
		res := BackupResult{File: f, Message: "已备份到 " + f.Path + "（" + sizeText(f.Size) + "），并已通过完整性检查。"}
		if folder == "" && s.c.picker(ctx) == nil && s.c.BackupURL != "" {
			res.DownloadURL = s.c.BackupURL + url.PathEscape(f.Name)
			res.Message = "已在主机上备份（" + sizeText(f.Size) + "），正在下载到本机；请把下载的文件存到U盘。"
		}
		return res, nil
	})
}

// ChooseFolder opens the system's folder dialog (desktop); "" means cancelled.
func (s *BackupService) ChooseFolder() (string, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, _ hall.Operator) (string, error) {
		p := s.c.picker(ctx)
		if p == nil {
			return "", hall.Conflict("浏览器模式下不能选择本机的文件夹")
		}
		return p.ChooseFolder("选择备份保存的位置（如U盘）")
	})
}

// ChooseFile opens the system's file dialog to pick a backup to restore (desktop); "" means cancelled.
func (s *BackupService) ChooseFile() (string, error) {
	return run(s.c, s.seat, hall.PermManageBackups, func(ctx context.Context, _ hall.Operator) (string, error) {
		p := s.c.picker(ctx)
		if p == nil {
			return "", hall.Conflict("浏览器模式下不能选择本机的文件")
		}
		return p.ChooseFile("选择要恢复的备份文件")
	})
}

// AutoBackup takes an automatic backup (at the day's first start, across midnight, at a clean
// exit) into the backups folder and audits it as the system. Failures are logged and shown to
// the administrator on the backup screen.
func (c *Core) AutoBackup(kind backup.Kind) (backup.File, error) {
	if c.Backups == nil {
		return backup.File{}, nil
	}
	ctx := context.Background()
	if setUp, err := c.Store.IsSetUp(ctx); err == nil && !setUp {
		return backup.File{}, nil // nothing to keep before the first-start setup
	}
	f, err := c.Backups.Take(ctx, kind, "")
	if err != nil {
		c.Log.Error("automatic backup failed", "kind", kind, "err", err)
		return f, err
	}
	c.Log.Info("backup", "kind", kind, "path", f.Path, "size", f.Size)
	if err := c.Store.Audit(ctx, hall.SystemActor(), hall.ActBackup, hall.EntityBackup, 0, f.KindLabel+" "+f.Path+" "+sizeText(f.Size)); err != nil {
		c.Log.Error("audit backup", "err", err)
	}
	return f, nil
}

// BackupBeforeUpgrade copies the database file at dbPath into folder when this program is about
// to open it for the first time and migrate it to a newer schema; it does nothing otherwise. If
// the copy fails the upgrade must not go ahead, and the error says so.
func BackupBeforeUpgrade(dbPath, folder string, now func() time.Time) (backup.File, error) {
	ctx := context.Background()
	need, from, to, err := sqlite.NeedsUpgrade(ctx, dbPath)
	if err != nil || !need {
		return backup.File{}, err
	}
	m := backup.New(folder, func(ctx context.Context, p string) error {
		_, err := sqlite.CopyDatabase(ctx, dbPath, p)
		return err
	}, now)
	m.SetHeadFunc(sqlite.AuditHeadFile)
	f, err := m.Take(ctx, backup.KindBeforeUpgrade, "")
	if err != nil {
		return f, hall.Conflict(fmt.Sprintf("升级数据结构（版本 %d → %d）之前的备份没有成功，为安全起见没有升级，数据未作任何改动：%s",
			from, to, backupFailed(err).Message))
	}
	return f, nil
}

// StartDailyBackups takes the day's automatic backup, if there is none yet today, as soon as
// after is closed (the first screen is drawn: copying a county's database must not slow the
// window's start), and checks again every interval, so a host that runs for weeks still backs up
// every day. The returned stop waits for a backup under way to finish; called once after is
// closed, it still lets the first check run. A program stopped before that takes its exit backup,
// which counts as the day's.
func (c *Core) StartDailyBackups(interval time.Duration, after <-chan struct{}) (stop func()) {
	if c.Backups == nil {
		return func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case <-after:
		case <-ctx.Done():
			select {
			case <-after: // both were ready: the first check still runs
			default:
				return
			}
		}
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if !c.Backups.TakenToday() {
				c.AutoBackup(backup.KindAuto)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() { cancel(); <-done }
}

// BackupFile returns the path of a backup in the backups folder for a browser download by a
// signed-in administrator, and audits the download: the file holds every resident's data.
func (c *Core) BackupFile(seat *Seat, name string) (string, error) {
	return run(c, seat, hall.PermManageBackups, func(ctx context.Context, op hall.Operator) (string, error) {
		m, err := c.backups()
		if err != nil {
			return "", err
		}
		p, err := m.Resolve(name)
		if err != nil {
			return "", err
		}
		return p, c.Store.Audit(ctx, actor(op), hall.ActDownloadBackup, hall.EntityBackup, 0, name)
	})
}

func (c *Core) backups() (*backup.Manager, error) {
	if c.Backups == nil {
		return nil, hall.Conflict("本程序没有启用数据备份")
	}
	return c.Backups, nil
}

// picker is the desktop's file dialogs when the call comes from the desktop window, else nil.
func (c *Core) picker(ctx context.Context) Picker {
	p, _ := c.desktopFor(ctx).(Picker)
	return p
}

// backupPath resolves the backup named by in: a name from the list, or a path (desktop only).
func (c *Core) backupPath(ctx context.Context, in RestoreInput) (*backup.Manager, string, error) {
	m, err := c.backups()
	if err != nil {
		return nil, "", err
	}
	name, path := strings.TrimSpace(in.Name), strings.TrimSpace(in.Path)
	switch {
	case name != "":
		p, err := m.Resolve(name)
		return m, p, err
	case path == "":
		return m, "", hall.Invalid("name", "请选择要恢复的备份")
	case c.picker(ctx) == nil:
		return m, "", hall.Invalid("path", "浏览器模式下只能恢复主机备份文件夹中的备份；请把备份文件复制到主机的备份文件夹中")
	case !filepath.IsAbs(path):
		return m, "", hall.Invalid("path", "请填写备份文件的完整路径，或点“选择文件”")
	}
	return m, filepath.Clean(path), nil
}

// backupWarning is the administrator's warning when the last success is older than two days.
func (c *Core) backupWarning() string {
	if c.Backups == nil {
		return ""
	}
	st := c.Backups.Status()
	if !st.Stale {
		return ""
	}
	last, err := time.Parse(time.RFC3339, st.LastSuccess)
	if err != nil {
		return "还没有成功的数据备份。请到“系统管理 → 数据备份”立即备份，并把备份存到U盘。"
	}
	days := int(c.Now().Sub(last).Hours() / 24)
	return fmt.Sprintf("最近一次成功备份是%d天前（%s），已超过2天。请到“系统管理 → 数据备份”立即备份，并检查备份失败的原因。",
		days, last.In(hall.China).Format("2006-01-02 15:04"))
}

// backupFailed turns a failed backup into a message the administrator can act on.
func backupFailed(err error) *hall.Error {
	if e := hall.AsError(err); e != nil {
		return e
	}
	return hall.Conflict("备份失败：" + err.Error() + "。请检查磁盘或U盘的剩余空间、是否写保护，然后重试。")
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}
