//go:build unix

package replica

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// Three halls replicate to the banner's SFTP server; the server goes away while the halls keep
// writing, comes back, and every acknowledged write arrives, once.
func TestSFTPThreeHallsThroughOutage(t *testing.T) {
	srv := startSFTP(t)
	if latest, err := Latest(context.Background(), srv.target("none yet")); err != nil || !latest.IsZero() {
		t.Fatalf("latest of an empty SFTP folder = %v, %v", latest, err)
	}
	bad := srv.target("hall1")
	bad.HostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB8Xc0q1mWcT3qk4Jq0tBq6kJmQyQf6z2m7yQm4mJ2yH other"
	var u *Unreachable
	if _, err := Latest(context.Background(), bad); !errors.As(err, &u) || !strings.Contains(err.Error(), "主机公钥不符") {
		t.Fatalf("a server with another host key: %v, want unreachable for its host key", err)
	}
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

// A hall that starts while the banner's server is out of reach keeps its changes and uploads
// them once the server answers (Litestream alone would refuse to start without its target).
func TestStartsWhileTargetDown(t *testing.T) {
	srv := startSFTP(t)
	srv.stop()
	h := openHall(t, filepath.Join(t.TempDir(), "halldesk.db"))
	for n := 1; n <= 5; n++ {
		h.write(t, n)
	}
	target := srv.target("hall1")
	r := startReplicator(t, h, target)
	waitFor(t, "the hall to report the server out of reach", func() bool {
		s := r.Status()
		return s.Running && strings.Contains(s.LastError, "连不上")
	})
	h.write(t, 6)
	srv.start()
	waitWrites(t, target, 6)
}
