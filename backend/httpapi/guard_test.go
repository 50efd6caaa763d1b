package httpapi

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
)

func TestSecurityHeadersOnEveryAnswer(t *testing.T) {
	srv := newServer(t)
	for _, path := range []string{"/", "/assets/app.js", "/healthz", "/api/SystemService/Status"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		h := resp.Header
		if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") ||
			!strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") ||
			h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: headers %v", path, h)
		}
	}
}

func TestFoldersAreNeverListedAndDataIsNeverServed(t *testing.T) {
	srv := newServer(t)
	for _, path := range []string{"/assets/", "/assets", "/halldesk.db", "/../halldesk.db", "/backups/"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), "app.js") || strings.Contains(string(b), "SQLite") {
			t.Errorf("%s served a listing or data: %s", path, b)
		}
		if !strings.Contains(string(b), "halldesk-shim.js") {
			t.Errorf("%s: want the app's page, got %s", path, b)
		}
	}
}

func TestCrossSiteCallsAreRefused(t *testing.T) {
	srv := newServer(t)
	for name, hdr := range map[string][2]string{
		"other origin":     {"Origin", "http://evil.example"},
		"cross-site fetch": {"Sec-Fetch-Site", "cross-site"},
	} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/SystemService/Setup", strings.NewReader(setupBody))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(hdr[0], hdr[1])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(b), "其他网站") {
			t.Errorf("%s: %d %s", name, resp.StatusCode, b)
		}
	}
	// The hall's own page is let through.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/SystemService/Status", strings.NewReader(`[]`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("same origin: %d", resp.StatusCode)
	}
}

func TestLoginsAreLimitedPerAddress(t *testing.T) {
	srv := newServer(t)
	c := client(t)
	if code, out, _ := post(t, c, srv.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	// Many accounts, one wrong password each: the per-account lockout never trips, this does.
	for i := 0; i < attemptMax; i++ {
		code, _, _ := post(t, c, srv.URL+"/api/AuthService/Login", `[{"username":"guess`+string(rune('a'+i))+`","password":"x"}]`)
		if code == http.StatusTooManyRequests {
			t.Fatalf("attempt %d already refused", i+1)
		}
	}
	code, out, _ := post(t, c, srv.URL+"/api/AuthService/Login", `[{"username":"admin","password":"secret123"}]`)
	if code != http.StatusTooManyRequests || !strings.Contains(out["message"].(string), "分钟后再试") {
		t.Fatalf("after %d failures: %d %v", attemptMax, code, out)
	}
}

func TestAttemptLimiterForgetsOldFailures(t *testing.T) {
	now := time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC)
	l := newAttemptLimiter(func() time.Time { return now })
	for i := 0; i < attemptMax; i++ {
		if l.reserve("10.0.0.7") != 0 {
			t.Fatalf("attempt %d refused", i+1)
		}
		l.done("10.0.0.7", true)
		now = now.Add(time.Second)
	}
	if l.reserve("10.0.0.7") <= 0 {
		t.Fatal("an eleventh attempt was let in")
	}
	if l.reserve("10.0.0.8") != 0 {
		t.Fatal("the limit is per address")
	}
	now = now.Add(attemptWindow)
	if w := l.reserve("10.0.0.7"); w != 0 {
		t.Fatalf("still waiting %v after the window", w)
	}
}

func TestAttemptLimiterCountsRunningAttempts(t *testing.T) {
	now := time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC)
	l := newAttemptLimiter(func() time.Time { return now })
	for i := 0; i < attemptMax; i++ {
		if l.reserve("10.0.0.7") != 0 {
			t.Fatalf("attempt %d refused", i+1)
		}
	}
	if l.reserve("10.0.0.7") <= 0 {
		t.Fatal("attempts still running did not hold their slots")
	}
	l.done("10.0.0.7", false) // a success gives its slot back …
	if l.reserve("10.0.0.7") != 0 {
		t.Fatal("a success did not give its slot back")
	}
	for i := 0; i < attemptMax; i++ {
		l.done("10.0.0.7", true)
	}
	if l.reserve("10.0.0.7") <= 0 { // … and does not wipe the failures
		t.Fatal("failures were forgotten")
	}
}

func TestUploadMethodsExist(t *testing.T) {
	h, err := New(&app.Core{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name := range uploads {
		if _, ok := h.methods[name]; !ok {
			t.Errorf("upload %q is not a bound method", name)
		}
	}
}
