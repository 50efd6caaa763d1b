package httpapi

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// TestHostHeaderIsChecked is DNS rebinding reproduced: a page of another site whose name now
// points at 127.0.0.1 sends its own name as Host. Browser mode on loopback answers only to
// loopback names with its own port.
func TestHostHeaderIsChecked(t *testing.T) {
	s := newSite(t)
	_, port, _ := net.SplitHostPort(s.Listener.Addr().String())
	other := "1"
	if port == "1" {
		other = "2"
	}
	for host, ok := range map[string]bool{
		"127.0.0.1:" + port: true, "localhost:" + port: true, "LocalHost:" + port: true, "[::1]:" + port: true,
		"127.0.0.2:" + port:    true,
		"evil.example:" + port: false, "evil.example": false, "localhost": false, "127.0.0.1:" + other: false,
		"localhost.evil.example:" + port: false, "0.0.0.0:" + port: false,
	} {
		for _, path := range []string{"/api/SystemService/Status", "/healthz", "/", BackupDownloadPrefix + "x.db"} {
			method, body := http.MethodGet, io.Reader(nil)
			if strings.HasPrefix(path, "/api/") {
				method, body = http.MethodPost, strings.NewReader(`[]`)
			}
			req, _ := http.NewRequest(method, s.URL+path, body)
			req.Header.Set("Content-Type", "application/json")
			req.Host = host
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			refused := resp.StatusCode == http.StatusMisdirectedRequest
			if refused == ok || (refused && !strings.Contains(string(b), "拒绝访问")) {
				t.Errorf("Host %q %s: %d %.80s", host, path, resp.StatusCode, b)
			}
		}
	}
}

// TestHostsOnTheLAN: with --lan, this computer's own addresses and name are accepted too.
func TestHostsOnTheLAN(t *testing.T) {
	own := func() ([]net.Addr, error) {
		return []net.Addr{&net.IPNet{IP: net.ParseIP("192.168.1.5"), Mask: net.CIDRMask(24, 32)},
			&net.IPNet{IP: net.ParseIP("fe80::1"), Mask: net.CIDRMask(64, 128)}}, nil
	}
	lan := hostPolicy{port: "8080", lan: true, hostname: "hall-pc", interfaces: own}
	onLoopback := hostPolicy{port: "8080", listenHost: "127.0.0.1", interfaces: own}
	onOne := hostPolicy{port: "8080", lan: true, listenHost: "10.0.0.9", interfaces: own}
	for _, tc := range []struct {
		p    hostPolicy
		host string
		ok   bool
	}{
		{lan, "192.168.1.5:8080", true},
		{lan, "[fe80::1]:8080", true},
		{lan, "HALL-PC:8080", true},
		{lan, "127.0.0.1:8080", true},
		{lan, "192.168.1.6:8080", false},
		{lan, "192.168.1.5:8081", false},
		{lan, "evil.example:8080", false},
		{onLoopback, "192.168.1.5:8080", false},
		{onLoopback, "hall-pc:8080", false},
		{onOne, "10.0.0.9:8080", true},
		{onOne, "evil.example:8080", false},
		{onLoopback, "", false},
		{onLoopback, ":8080", false},
	} {
		if got := tc.p.allows(tc.host); got != tc.ok {
			t.Errorf("%+v allows %q = %v", tc.p, tc.host, got)
		}
	}
	// Site wires the real interfaces: every address this computer has is accepted.
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Skip(err)
	}
	h, err := WithHostCheck(http.NotFoundHandler(), "[::]:8080", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok || n.IP.IsLinkLocalUnicast() {
			continue
		}
		req, _ := http.NewRequest(http.MethodGet, "/", nil)
		req.Host = net.JoinHostPort(n.IP.String(), strconv.Itoa(8080))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code == http.StatusMisdirectedRequest {
			t.Errorf("own address %s refused", req.Host)
		}
	}
}
