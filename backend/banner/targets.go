package banner

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"halldesk/backend/replica"
)

// targets keeps each hall's replica target, secrets included, in one file of the banner's data
// folder that only its user may read: never in the database, its backups or its audit log.
type targets struct {
	path string
	mu   sync.Mutex
}

func targetsPath(dataDir string) string { return filepath.Join(dataDir, "replica-targets.json") }

func (t *targets) load() (map[string]replica.Target, error) {
	m := map[string]replica.Target{}
	b, err := os.ReadFile(t.path)
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	} else if err != nil {
		return nil, err
	}
	return m, json.Unmarshal(b, &m)
}

// get returns hall id's target (the zero target when none is kept).
func (t *targets) get(id int64) (replica.Target, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	m, err := t.load()
	return m[strconv.FormatInt(id, 10)], err
}

// set keeps hall id's target (removes it when t is nil), written whole to a new file first.
func (t *targets) set(id int64, tg *replica.Target) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	m, err := t.load()
	if err != nil {
		return err
	}
	if tg == nil {
		delete(m, strconv.FormatInt(id, 10))
	} else {
		m[strconv.FormatInt(id, 10)] = *tg
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	tmp := t.path + ".new"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, t.path)
}
