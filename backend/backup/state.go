package backup

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

// stateName is the small file in the backups folder that remembers the last success and the
// last failure, including backups written elsewhere (a USB stick), which the folder cannot show.
const stateName = "backup-status.json"

type state struct {
	LastSuccess string `json:"lastSuccess"` // UTC RFC 3339
	LastPath    string `json:"lastPath"`
	LastError   string `json:"lastError"`
	LastErrorAt string `json:"lastErrorAt"`
	RotateError string `json:"rotateError"`
}

// Status is what the administrator is told about backups.
type Status struct {
	LastSuccess string `json:"lastSuccess"` // UTC RFC 3339, "" if there has never been one
	LastPath    string `json:"lastPath"`
	LastError   string `json:"lastError"` // the last failure, if it came after the last success
	LastErrorAt string `json:"lastErrorAt"`
	RotateError string `json:"rotateError"`
	Stale       bool   `json:"stale"` // no success within MaxAge
}

func (m *Manager) loadState() state {
	m.unsavedMu.Lock()
	defer m.unsavedMu.Unlock()
	if m.unsaved != nil {
		return *m.unsaved
	}
	var s state
	if b, err := os.ReadFile(filepath.Join(m.dir, stateName)); err == nil {
		json.Unmarshal(b, &s) // a damaged file only loses the remembered times
	}
	return s
}

// saveState changes the state file; a failure to write it is not a backup failure. When the
// file cannot be written (the backups folder's disk is full, the very failure it should tell
// of), the state is kept in memory and shown from there until a later write succeeds.
func (m *Manager) saveState(change func(*state)) {
	s := m.loadState()
	change(&s)
	b, _ := json.MarshalIndent(s, "", "  ")
	saved := false
	if os.MkdirAll(m.dir, 0o700) == nil {
		tmp := filepath.Join(m.dir, "."+stateName+".tmp")
		if os.WriteFile(tmp, b, 0o600) == nil {
			saved = os.Rename(tmp, filepath.Join(m.dir, stateName)) == nil
		}
		if !saved {
			os.Remove(tmp) // a half-written state file must not take up what space is left
		}
	}
	m.unsavedMu.Lock()
	defer m.unsavedMu.Unlock()
	m.unsaved = nil
	if !saved {
		m.unsaved = &s
	}
}

// Status reports the last success (the newer of the remembered one and the newest file in the
// backups folder), the last failure if it is newer, and whether the administrator must be warned.
func (m *Manager) Status() Status {
	s := m.loadState() // no lock: the file is replaced whole, and a backup under way must not block the status
	st := Status{LastSuccess: s.LastSuccess, LastPath: s.LastPath, RotateError: s.RotateError}
	last, _ := time.Parse(time.RFC3339, s.LastSuccess)
	if files, err := m.List(); err == nil {
		for _, f := range files {
			if f.Kind != KindOther && f.taken.After(last) {
				last, st.LastSuccess, st.LastPath = f.taken, f.TakenAt, f.Path
			}
		}
	}
	if failed, err := time.Parse(time.RFC3339, s.LastErrorAt); err == nil && failed.After(last) {
		st.LastError, st.LastErrorAt = s.LastError, s.LastErrorAt
	}
	st.Stale = last.IsZero() || m.now().Sub(last) > MaxAge
	return st
}
