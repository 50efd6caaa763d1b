package httpapi

import (
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/sqlite"
)

func TestServedAddresses(t *testing.T) {
	got := ServedAddresses(&net.TCPAddr{IP: net.IPv4(192, 168, 1, 5), Port: 8080})
	if !slices.Equal(got, []string{"http://192.168.1.5:8080/"}) {
		t.Fatalf("one address = %v", got)
	}
	for _, a := range ServedAddresses(&net.TCPAddr{IP: net.IPv4zero, Port: 8080}) {
		if ip := net.ParseIP(a[len("http://") : len(a)-len(":8080/")]); ip == nil || ip.IsLoopback() {
			t.Errorf("every address lists %q", a)
		}
	}
}

// TestDesktopLANStaysOffUntilSwitchedOn: the desktop program can serve the hall's network, but
// does not at its start while the setting is off (a fresh hall).
func TestDesktopLANStaysOffUntilSwitchedOn(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC) }
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "halldesk.db"), now)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	core := app.NewCore(store, now, "test", log)
	if stop := ServeFromDesktop(core, nil, log); core.LAN.Server != nil {
		t.Fatal("a program without its screens offers to serve them")
	} else {
		stop()
	}
	stop := ServeFromDesktop(core, fstest.MapFS{"index.html": {Data: []byte("<html><head></head></html>")}}, log)
	defer stop()
	if core.LAN.Server == nil {
		t.Fatal("the desktop program has no switch for the hall's network")
	}
	if a := core.LAN.Server.Addresses(); a != nil {
		t.Fatalf("serving at start with the setting off: %v", a)
	}
}
