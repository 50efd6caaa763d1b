package replica

import (
	"fmt"
	"path/filepath"
	"testing"
)

// Three halls replicate to the banner's SFTP server; the server goes away while the halls keep
// writing, comes back, and every acknowledged write arrives, once.
func TestSFTPThreeHallsThroughOutage(t *testing.T) {
	srv := startSFTP(t)
	type hallRun struct {
		db     *hallDB
		target Target
		r      *Replicator
	}
	halls := make([]hallRun, 3)
	for i := range halls {
		name := fmt.Sprintf("hall%d", i+1)
		h := openHall(t, filepath.Join(t.TempDir(), "halldesk.db"))
		tg := srv.target(name)
		halls[i] = hallRun{db: h, target: tg, r: startReplicator(t, h, tg)}
	}
	for n := 1; n <= 10; n++ {
		for _, h := range halls {
			h.db.write(t, n)
		}
	}
	for _, h := range halls {
		waitWrites(t, h.target, 10)
	}

	srv.stop()
	for n := 11; n <= 25; n++ {
		for _, h := range halls {
			h.db.write(t, n)
		}
	}
	for i, h := range halls {
		waitFor(t, fmt.Sprintf("hall %d to report the outage", i+1), func() bool {
			s := h.r.Status()
			return s.LastError != "" && s.PendingSince != ""
		})
	}
	srv.start()
	for _, h := range halls {
		waitWrites(t, h.target, 25)
	}
	for i, h := range halls {
		waitFor(t, fmt.Sprintf("hall %d to report it caught up", i+1), func() bool {
			s := h.r.Status()
			return s.LastError == "" && s.PendingSince == "" && s.LagSeconds == 0
		})
	}
}
