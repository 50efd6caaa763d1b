package httpapi

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"slices"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// devicePairing is a hall with its administrator signed in, served as main serves it.
type devicePairing struct {
	*site
	admin *http.Client
}

func newDevicePairing(t *testing.T) *devicePairing {
	t.Helper()
	s := newSite(t)
	admin := client(t)
	if code, out, _ := post(t, admin, s.URL+"/api/SystemService/Setup", setupBody); code != http.StatusOK {
		t.Fatalf("setup: %d %v", code, out)
	}
	return &devicePairing{site: s, admin: admin}
}

// begin has a fresh browser ask to be paired through the cookie flow; it returns the browser
// and its code.
func (p *devicePairing) begin(t *testing.T) (*http.Client, string) {
	t.Helper()
	c := client(t)
	code, out, resp := post(t, c, p.URL+"/api/DeviceService/Begin", "[]")
	if code != http.StatusOK || out["status"] != "pending" {
		t.Fatalf("begin: %d %v", code, out)
	}
	cookie := ""
	for _, ck := range resp.Cookies() {
		if ck.Name == deviceCookie && ck.HttpOnly {
			cookie = ck.Value
		}
	}
	if cookie == "" {
		t.Fatalf("begin set no HttpOnly %s cookie: %v", deviceCookie, resp.Header.Values("Set-Cookie"))
	}
	return c, out["code"].(string)
}

// approve pairs the waiting browser showing code as role; it returns the device's ID.
func (p *devicePairing) approve(t *testing.T, code string, role hall.DeviceRole) int64 {
	t.Helper()
	var list []hall.Device
	p.call(t, p.admin, "DeviceService/List", "[]", &list)
	i := slices.IndexFunc(list, func(d hall.Device) bool { return d.Code == code })
	if i < 0 {
		t.Fatalf("request %s not listed: %+v", code, list)
	}
	body, _ := json.Marshal([]hall.DeviceApproval{{ID: list[i].ID, Code: code, Name: "大厅查询机", Role: role}})
	p.call(t, p.admin, "DeviceService/Approve", string(body), nil)
	return list[i].ID
}

// call posts a call that must succeed and decodes its answer into out.
func (p *devicePairing) call(t *testing.T, c *http.Client, method, body string, out any) {
	t.Helper()
	resp, err := c.Post(p.URL+"/api/"+method, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: HTTP %d", method, resp.StatusCode)
	}
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatal(err)
		}
	}
}

// me is what the server says c is.
func (p *devicePairing) me(t *testing.T, c *http.Client) hall.DeviceState {
	t.Helper()
	var st hall.DeviceState
	p.call(t, c, "DeviceService/Me", "[]", &st)
	return st
}

// stream opens c's event stream: the HTTP status and, when open, the stream's lines.
func (p *devicePairing) stream(t *testing.T, c *http.Client) (int, *bufio.Scanner) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.URL+"/events", nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp.StatusCode, bufio.NewScanner(resp.Body)
}

// deviceCalls are the device methods' calls with every argument null, so each gets past the
// argument check to its device check.
func deviceCalls(t *testing.T, s *Server) map[string]string {
	calls := map[string]string{}
	for name := range app.DeviceMethods {
		path := strings.Replace(name, ".", "/", 1)
		m, ok := s.methods[path]
		if !ok {
			t.Fatalf("device method %s is not served", name)
		}
		calls[path] = "[" + strings.TrimSuffix(strings.Repeat("null,", m.fn.Type.NumIn()-1), ",") + "]"
	}
	return calls
}

func TestUnpairedBrowsersAreRefused(t *testing.T) {
	p := newDevicePairing(t)
	waiting, _ := p.begin(t)
	// A browser that never asked is no device and no operator (401); a waiting one is a device
	// not (yet) paired (403). Neither hears the hall's events or calls a device's methods.
	for _, tc := range []struct {
		name   string
		c      *http.Client
		events int
	}{
		{"never asked", client(t), http.StatusUnauthorized},
		{"waiting", waiting, http.StatusForbidden},
	} {
		c := tc.c
		t.Run(tc.name, func(t *testing.T) {
			if code, _ := p.stream(t, c); code != tc.events {
				t.Errorf("GET /events = %d, want %d", code, tc.events)
			}
			srv, err := New(p.core, nil, p.core.Log)
			if err != nil {
				t.Fatal(err)
			}
			calls := deviceCalls(t, srv)
			if len(calls) == 0 {
				t.Skip("no device method is served yet")
			}
			for path, body := range calls {
				code, out, _ := post(t, c, p.URL+"/api/"+path, body)
				if code != http.StatusForbidden || out["code"] != string(hall.CodeUnpaired) {
					t.Errorf("%s from an unpaired browser = %d %v", path, code, out)
				}
			}
		})
	}
}

func TestRevokedDeviceIsCutOff(t *testing.T) {
	for _, tc := range []struct {
		name string
		// revoke cuts the device off: through the administrator's call (the stream hears the
		// revocation), or behind the stream's back (its recheck finds out).
		revoke func(t *testing.T, p *devicePairing, id int64)
		last   string
	}{
		{"revoked by the administrator", func(t *testing.T, p *devicePairing, id int64) {
			p.call(t, p.admin, "DeviceService/Revoke", "["+jsonInt(id)+"]", nil)
		}, `"kind":"revoked"`},
		{"revocation event missed", func(t *testing.T, p *devicePairing, id int64) {
			if _, err := p.core.Store.RevokeDevice(t.Context(), hall.Actor{Name: "管理员"}, id); err != nil {
				t.Fatal(err)
			}
		}, "event: ended"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newDevicePairing(t)
			dev, code := p.begin(t)
			id := p.approve(t, code, hall.DeviceLookup)
			if st := p.me(t, dev); st.Status != "paired" || st.Role != hall.DeviceLookup {
				t.Fatalf("paired device: %+v", st)
			}
			status, lines := p.stream(t, dev)
			if status != http.StatusOK {
				t.Fatalf("paired device's GET /events = %d", status)
			}
			for lines.Scan() && !strings.HasPrefix(lines.Text(), ": open") {
			}
			start := time.Now()
			tc.revoke(t, p, id)
			var seen []string
			for lines.Scan() {
				seen = append(seen, lines.Text())
			}
			t.Logf("stream closed %v after the revocation (recheck every %v)", time.Since(start), eventRecheck)
			if !slices.ContainsFunc(seen, func(l string) bool { return strings.Contains(l, tc.last) }) {
				t.Fatalf("stream ended without %s: %q", tc.last, seen)
			}
			if st := p.me(t, dev); st.Status != "revoked" {
				t.Fatalf("revoked device: %+v", st)
			}
			if code, _ := p.stream(t, dev); code != http.StatusForbidden {
				t.Fatalf("revoked device reconnects: %d, want 403", code)
			}
		})
	}
}

func TestDeviceCookieKeepsTheDevice(t *testing.T) {
	p := newDevicePairing(t)
	dev, code := p.begin(t)
	req, _ := http.NewRequest(http.MethodGet, p.URL+"/", nil)
	cookies := dev.Jar.Cookies(req.URL)
	if !slices.ContainsFunc(cookies, func(c *http.Cookie) bool { return c.Name == deviceCookie }) {
		t.Fatalf("jar = %v", cookies)
	}
	// A browser that lost its cookie is a new browser: the server does not know it.
	jar, _ := cookiejar.New(nil)
	if st := p.me(t, &http.Client{Jar: jar}); st.Status != "none" {
		t.Fatalf("cookieless browser: %+v", st)
	}
	if st := p.me(t, dev); st.Status != "pending" || st.Code != code {
		t.Fatalf("waiting browser: %+v", st)
	}
}

func jsonInt(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
