package replica

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// A restore to the instant T holds exactly the writes replicated before T.
func TestPointInTimeRestore(t *testing.T) {
	dir := t.TempDir()
	target := Target{Kind: KindFolder, Path: filepath.Join(dir, "banner", "hall1")}
	h := openHall(t, filepath.Join(dir, "halldesk.db"))
	h.write(t, 1)
	startReplicator(t, h, target)
	var marks []time.Time // marks[i]: an instant after writes 1..(i+1)*5 replicated, before the next
	n := 1
	for round := 1; round <= 3; round++ {
		for ; n < round*5; n++ {
			h.write(t, n+1)
		}
		waitWrites(t, target, round*5)
		time.Sleep(5 * time.Millisecond) // LTX timestamps are in milliseconds: T falls strictly after
		marks = append(marks, time.Now())
		time.Sleep(5 * time.Millisecond)
	}
	for i, at := range marks {
		got, err := restoreWrites(t, target, at)
		if err != nil {
			t.Fatalf("restore to mark %d: %v", i, err)
		}
		checkExactly(t, got, (i+1)*5)
	}
	err := Restore(context.Background(), target, filepath.Join(dir, "early.db"), time.Now().Add(-time.Hour))
	if !hall.IsCode(err, hall.CodeInvalid) {
		t.Fatalf("restore to before the first replica: %v, want invalid", err)
	}
}
