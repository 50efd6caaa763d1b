package app_test

import (
	"testing"
	"time"

	"halldesk/backend/backup"
)

// closedSignal is a start signal already given.
func closedSignal() <-chan struct{} {
	ch := make(chan struct{})
	close(ch)
	return ch
}

// TestDailyBackupWaitsForTheFirstScreen: the day's first start copies the database only once the
// window has drawn its first screen, never before, and still takes it then; a program stopped
// before its first screen takes none at start (its exit backup is the day's).
func TestDailyBackupWaitsForTheFirstScreen(t *testing.T) {
	e, _, _ := backupEnv(t)
	autos := func() int {
		files, err := e.core.Backups.List()
		must(t, err)
		n := 0
		for _, f := range files {
			if f.Kind == backup.KindAuto {
				n++
			}
		}
		return n
	}

	stop := e.core.StartDailyBackups(time.Hour, make(chan struct{}))
	stop()
	if n := autos(); n != 0 {
		t.Fatalf("a start stopped before its first screen took %d daily backups", n)
	}

	shown := e.core.FirstScreen(time.Hour)
	stop = e.core.StartDailyBackups(time.Hour, shown)
	select {
	case <-shown:
		t.Fatal("the first screen was signalled before the frontend reported one")
	default:
	}
	if n := autos(); n != 0 {
		t.Fatalf("the daily backup ran before the first screen: %d", n)
	}
	_, err := e.desk().sys.ReportReady("login")
	must(t, err)
	<-shown // the report closes it (an hour's wait would time the test out)
	stop()
	if n := autos(); n != 1 {
		t.Fatalf("the day's first start took %d daily backups after its first screen, want 1", n)
	}
}

// TestFirstScreenWithoutAWindow: browser mode with no browser open still gets the day's backup,
// once the wait is over.
func TestFirstScreenWithoutAWindow(t *testing.T) {
	e, _, _ := backupEnv(t)
	shown := e.core.FirstScreen(time.Millisecond)
	<-shown
	stop := e.core.StartDailyBackups(time.Hour, shown)
	stop()
	files, err := e.core.Backups.List()
	must(t, err)
	if len(files) != 1 || files[0].Kind != backup.KindAuto {
		t.Fatalf("no daily backup without a first screen: %+v", files)
	}
}
