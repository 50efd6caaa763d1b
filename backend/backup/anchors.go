package backup

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// headTag is the part of a backup's name that carries the audit chain's head: -n1234-9f3c2b1d0a4e5f67.
func headTag(h hall.AuditHead) string {
	return "-n" + strconv.FormatInt(h.Count, 10) + "-" + strings.ReplaceAll(h.Short, " ", "")
}

// anchorRE finds the time and the head in a backup's name, also when a browser or a person has
// added to it (halldesk-…-auto-n1234-9f3c2b1d0a4e5f67 (1).db).
var anchorRE = regexp.MustCompile(`^halldesk-(\d{8}-\d{6})-[a-z-]+?-n(\d+)-([0-9a-f]{16})\b.*\.db$`)

// AnchorOf reads the audit chain's head from a backup's file name: the anchor it carries, taken
// when the backup was. ok is false for a name without one.
func AnchorOf(name string) (a hall.AuditAnchor, ok bool) {
	mm := anchorRE.FindStringSubmatch(strings.ToLower(name))
	if mm == nil {
		return a, false
	}
	t, err := time.ParseInLocation(stamp, mm[1], hall.China)
	n, nerr := strconv.ParseInt(mm[2], 10, 64)
	if err != nil || nerr != nil || n < 1 {
		return a, false
	}
	return hall.AuditAnchor{Count: n, Hash: mm[3], Source: "备份文件 " + name, TakenAt: t.UTC().Format(time.RFC3339)}, true
}

// AnchorsIn gathers the anchors carried by the names of the backup files in folder (not its
// subfolders): the data folder's backups, or a USB stick the backups were copied to. Only the
// names are read, never the files. A missing folder holds none when missingOK, else it is an
// error the administrator can act on.
func AnchorsIn(folder string, missingOK bool) ([]hall.AuditAnchor, error) {
	entries, err := os.ReadDir(folder)
	if errors.Is(err, os.ErrNotExist) && missingOK {
		return nil, nil
	}
	if err != nil {
		return nil, hall.NotFound("无法读取文件夹 " + folder + "：请检查路径，或U盘是否插好")
	}
	var out []hall.AuditAnchor
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if a, ok := AnchorOf(e.Name()); ok {
			out = append(out, a)
		}
	}
	return out, nil
}
