package httpapi

import (
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// BackupDownloadPrefix is where browser mode serves the backups of the data folder:
// GET /download/backup/<file name>, to a signed-in administrator only.
const BackupDownloadPrefix = "/download/backup/"

// WithBackupDownloads serves backup downloads in front of next, which gets everything else.
// A backup holds every resident's data: the session must hold PermManageBackups, and each
// download is audited (app.Core.BackupFile).
func WithBackupDownloads(next http.Handler, core *app.Core, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, BackupDownloadPrefix) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, hall.Invalid("", "下载只接受 GET 请求"))
			return
		}
		token := ""
		if c, err := r.Cookie(cookieName); err == nil {
			token = c.Value
		}
		name := strings.TrimPrefix(r.URL.Path, BackupDownloadPrefix)
		path, err := core.BackupFile(app.NewSeat(token), name)
		if err != nil {
			writeError(w, err)
			return
		}
		f, st, err := openBackup(core.Backups.Dir(), path)
		if err != nil {
			log.Error("open backup for download", "path", path, "err", err)
			writeError(w, hall.NotFound("找不到该备份文件，请刷新列表"))
			return
		}
		defer f.Close()
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		http.ServeContent(w, r, name, st.ModTime(), f)
	})
}

// openBackup opens the backup at path for reading without following a symbolic link: the last
// part of the path is opened with O_NOFOLLOW where the system has it (Lstat before, on the
// others), the file opened must be a regular one, and the folder it really lies in (all links
// resolved) must be the backups folder.
func openBackup(dir, path string) (*os.File, os.FileInfo, error) {
	if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() {
		return nil, nil, errors.New("not a regular file")
	}
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, nil, err
	}
	realPath, err := filepath.EvalSymlinks(path)
	if err != nil || filepath.Dir(realPath) != realDir {
		return nil, nil, errors.New("outside the backups folder")
	}
	f, err := os.OpenFile(path, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, errors.New("not a regular file")
	}
	return f, st, nil
}
