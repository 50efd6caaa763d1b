package httpapi

import (
	"bufio"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// freePort is a loopback port that nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// loopbackLAN is a LAN server over a fresh hall that listens on loopback only.
func loopbackLAN(t *testing.T) *LANServer {
	t.Helper()
	s := newSite(t)
	assets := fstest.MapFS{"index.html": {Data: []byte("<html><head></head><body></body></html>")}}
	l := NewLANServer(s.core, assets, slog.New(slog.NewTextHandler(io.Discard, nil)))
	l.host = "127.0.0.1"
	t.Cleanup(func() { l.Stop() })
	return l
}

func get(t *testing.T, url, host string) (int, error) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

func TestLANServerStartsAndStops(t *testing.T) {
	l := loopbackLAN(t)
	port := freePort(t)
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	addrs, err := l.Start(port)
	if err != nil {
		t.Fatal(err)
	}
	if len(addrs) != 1 || addrs[0] != base+"/" || len(l.Addresses()) != 1 {
		t.Fatalf("addresses = %v, %v", addrs, l.Addresses())
	}
	if code, err := get(t, base+"/healthz", ""); err != nil || code != http.StatusOK {
		t.Fatalf("healthz = %d, %v", code, err)
	}
	// The same safeguards as browser mode: another site's name is refused.
	if code, err := get(t, base+"/healthz", "evil.example:"+strconv.Itoa(port)); err != nil || code != http.StatusMisdirectedRequest {
		t.Fatalf("foreign host = %d, %v", code, err)
	}
	// An operator's open event stream does not hold the stop up; it is cut off.
	admin := client(t)
	if code, out, _ := post(t, admin, base+"/api/SystemService/Setup", setupBody); code != http.StatusOK {
		t.Fatalf("setup through the LAN server: %d %v", code, out)
	}
	resp, err := admin.Get(base + "/events")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("events: %v %v", resp, err)
	}
	defer resp.Body.Close()
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() && !strings.HasPrefix(lines.Text(), ": open") {
	}
	if err := l.Stop(); err != nil {
		t.Fatal(err)
	}
	for lines.Scan() {
	}
	if l.Addresses() != nil {
		t.Fatalf("stopped server lists %v", l.Addresses())
	}
	if _, err := get(t, base+"/healthz", ""); err == nil {
		t.Fatal("a stopped server still answers")
	}
	if err := l.Stop(); err != nil {
		t.Fatalf("stopping twice: %v", err)
	}
}

func TestLANServerRefusesABusyPort(t *testing.T) {
	l := loopbackLAN(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	busyPort := busy.Addr().(*net.TCPAddr).Port
	port := freePort(t)
	if _, err := l.Start(port); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		port int
		code hall.Code
		want string
	}{
		{"port in use", busyPort, hall.CodeConflict, "已被其他程序占用"},
		{"reserved port", 80, hall.CodeInvalid, "端口须在"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := l.Start(tc.port)
			if e := hall.AsError(err); e == nil || e.Code != tc.code || !strings.Contains(e.Message, tc.want) {
				t.Fatalf("start on %d: %v", tc.port, err)
			}
			// Nothing changed: the server still serves on its port.
			if code, err := get(t, "http://127.0.0.1:"+strconv.Itoa(port)+"/healthz", ""); err != nil || code != http.StatusOK {
				t.Fatalf("after a refused move: %d, %v", code, err)
			}
		})
	}
	// Moving to a free port closes the old one.
	next := freePort(t)
	if _, err := l.Start(next); err != nil {
		t.Fatal(err)
	}
	if _, err := get(t, "http://127.0.0.1:"+strconv.Itoa(port)+"/healthz", ""); err == nil {
		t.Fatal("the old port still answers after the move")
	}
}

func TestListenErrorsAreChinese(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&net.OpError{Op: "listen", Err: syscall.EADDRINUSE}, "端口 8080 已被其他程序占用，请换一个端口（如 8081）"},
		{&net.OpError{Op: "listen", Err: wsaAddrInUse}, "端口 8080 已被其他程序占用"},
		{&net.OpError{Op: "listen", Err: syscall.EACCES}, "没有权限使用端口 8080"},
		{errors.New("other"), "无法在端口 8080 上提供服务"},
	} {
		e := hall.AsError(listenError(8080, tc.err))
		if e == nil || e.Code != hall.CodeConflict || !strings.HasPrefix(e.Message, tc.want) {
			t.Errorf("%v → %v, want %q", tc.err, e, tc.want)
		}
	}
}

func TestLANAddressesLeaveOutLoopback(t *testing.T) {
	ifaces := func() ([]net.Addr, error) {
		return []net.Addr{
			&net.IPNet{IP: net.IPv4(127, 0, 0, 1), Mask: net.CIDRMask(8, 32)},
			&net.IPNet{IP: net.IPv4(192, 168, 1, 10), Mask: net.CIDRMask(24, 32)},
			&net.IPNet{IP: net.IPv4(169, 254, 3, 4), Mask: net.CIDRMask(16, 32)},
			&net.IPNet{IP: net.ParseIP("fe80::1"), Mask: net.CIDRMask(64, 128)},
			&net.IPNet{IP: net.IPv4(10, 0, 0, 7), Mask: net.CIDRMask(8, 32)},
		}, nil
	}
	got := lanAddresses("0.0.0.0", 8080, ifaces)
	want := []string{"http://10.0.0.7:8080/", "http://192.168.1.10:8080/"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("addresses = %v, want %v", got, want)
	}
}

var _ app.LANServer = (*LANServer)(nil)
