package replica

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

func TestFolderReplicateRestoreLatest(t *testing.T) {
	dir := t.TempDir()
	target := Target{Kind: KindFolder, Path: filepath.Join(dir, "banner", "hall1")}
	ctx := context.Background()
	if _, err := Latest(ctx, target); err != nil {
		t.Fatalf("latest of an empty target: %v", err)
	}
	err := Restore(ctx, target, filepath.Join(dir, "none.db"), time.Time{})
	if !hall.IsCode(err, hall.CodeNotFound) {
		t.Fatalf("restore of an empty target: %v, want not_found", err)
	}

	h := openHall(t, filepath.Join(dir, "hall.db"))
	for n := 1; n <= 20; n++ {
		h.write(t, n)
	}
	r := startReplicator(t, h, target)
	for n := 21; n <= 40; n++ {
		h.write(t, n)
	}
	waitWrites(t, target, 40)
	latest, err := Latest(ctx, target)
	if err != nil || latest.IsZero() {
		t.Fatalf("latest = %v, %v", latest, err)
	}
	waitFor(t, "status caught up", func() bool {
		s := r.Status()
		return s.Running && s.LastReplicated != "" && s.RemoteTXID >= s.LocalTXID && s.LocalTXID > 0 && s.Size > 0
	})
	if s := r.Status(); s.LastError != "" || s.LagSeconds != 0 {
		t.Fatalf("status = %+v", s)
	}
	out := filepath.Join(dir, "again.db")
	if err := Restore(ctx, target, out, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := Restore(ctx, target, out, time.Time{}); !hall.IsCode(err, hall.CodeConflict) {
		t.Fatalf("restore over an existing file: %v, want conflict", err)
	}
	// A folder whose name holds what a "file:" URI would end the name at.
	odd := filepath.Join(dir, "旗县#1?", "again.db")
	if err := os.Mkdir(filepath.Dir(odd), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := Restore(ctx, target, odd, time.Time{}); err != nil {
		t.Fatalf("restore into %s: %v", odd, err)
	}
	for _, folder := range []string{dir, filepath.Dir(odd)} {
		entries, _ := os.ReadDir(folder)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "旗县") && e.Name() != "旗县#1?" {
				t.Fatalf("the restore's check opened another file: %s", e.Name())
			}
		}
	}
}
