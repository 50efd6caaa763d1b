package httpapi

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	app.HashCost = bcrypt.MinCost
	now := func() time.Time { return time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC) }
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "t.db"), now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	assets := fstest.MapFS{
		"index.html":    {Data: []byte("<html><head><title>x</title></head><body></body></html>")},
		"assets/app.js": {Data: []byte("console.log(1)")},
	}
	h, err := New(app.NewCore(store, now, "1.2.3", log), assets, log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func client(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar}
}

func post(t *testing.T, c *http.Client, url, body string) (int, map[string]any, *http.Response) {
	t.Helper()
	resp, err := c.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(resp.Body)
	json.Unmarshal(b, &out)
	return resp.StatusCode, out, resp
}

const setupBody = `[{"hall":{"hallName":"乌兰木伦镇便民服务大厅","township":"乌兰木伦镇","banner":"伊金霍洛旗","phone":"0477-8612345"},
	"admin":{"username":"admin","name":"其其格","password":"secret123"}}]`

func TestHealthz(t *testing.T) {
	srv := newServer(t)
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	if resp.StatusCode != 200 || out["ok"] != true || out["version"] != "1.2.3" {
		t.Fatalf("healthz: %d %v", resp.StatusCode, out)
	}
}

func TestIndexGetsShimAndAssetsAreServed(t *testing.T) {
	srv := newServer(t)
	for path, want := range map[string]string{"/": "/halldesk-shim.js", "/residents/3": "/halldesk-shim.js",
		"/assets/app.js": "console.log", "/halldesk-shim.js": "window.go"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: body lacks %q: %s", path, want, b)
		}
	}
}

func TestSessionCookieCarriesLogin(t *testing.T) {
	srv := newServer(t)
	c := client(t)
	code, _, resp := post(t, c, srv.URL+"/api/SystemService/Setup", setupBody)
	if code != 200 {
		t.Fatalf("setup: %d", code)
	}
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == cookieName {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode || cookie.Value == "" {
		t.Fatalf("session cookie: %+v", cookie)
	}
	code, out, _ := post(t, c, srv.URL+"/api/OperatorService/List", `[]`)
	if code != 200 {
		t.Fatalf("list with cookie: %d %v", code, out)
	}
	other := client(t)
	code, out, _ = post(t, other, srv.URL+"/api/OperatorService/List", `[]`)
	if code != 401 || out["code"] != string(hall.CodeUnauthenticated) {
		t.Fatalf("list without cookie: %d %v", code, out)
	}
	code, _, resp = post(t, c, srv.URL+"/api/AuthService/Logout", `[]`)
	if code != 200 || len(resp.Cookies()) == 0 || resp.Cookies()[0].MaxAge >= 0 {
		t.Fatalf("logout should clear the cookie: %d %v", code, resp.Cookies())
	}
	if code, _, _ := post(t, c, srv.URL+"/api/OperatorService/List", `[]`); code != 401 {
		t.Fatalf("after logout: %d", code)
	}
}

func TestBadRequestsAreRefusedClearly(t *testing.T) {
	srv := newServer(t)
	c := client(t)
	post(t, c, srv.URL+"/api/SystemService/Setup", setupBody)
	deep := strings.Repeat("[", 40) + strings.Repeat("]", 40)
	cases := []struct {
		name, path, body string
		status           int
		msg              string
	}{
		{"unknown field", "/api/ResidentService/Search", `[{"text":"张","bogus":1}]`, 400, "未知字段"},
		{"wrong type", "/api/ResidentService/Search", `[{"text":5}]`, 400, "类型不对"},
		{"wrong arg count", "/api/ResidentService/Search", `[]`, 400, "参数个数"},
		{"not a list", "/api/ResidentService/Search", `{"text":"x"}`, 400, "参数列表"},
		{"deep nesting", "/api/ResidentService/Search", deep, 400, "嵌套过深"},
		{"oversized", "/api/ResidentService/Search", `[{"text":"` + strings.Repeat("张", MaxBody) + `"}]`, 400, "过大"},
		{"unknown method", "/api/ResidentService/Drop", `[]`, 404, "没有这个接口"},
		{"unexported helper", "/api/ResidentService/mask", `[]`, 404, "没有这个接口"},
		{"not a date", "/api/CaseService/Act", `[{"caseId":1,"action":"record_meeting","meeting":{"date":"2026-02-30"}}]`, 400,
			"请求参数格式不正确：“2026-02-30”不是有效日期，应写成年-月-日，如2026-10-01"},
		{"a date that is a number", "/api/CaseService/Act", `[{"caseId":1,"action":"record_meeting","meeting":{"deadline":20261001}}]`, 400,
			"日期应写成年-月-日"},
		{"5 MB name", "/api/ResidentService/Save", `[{"name":"` + strings.Repeat("a", 5<<20) + `"}]`, 400, "过大"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, _ := post(t, c, srv.URL+tc.path, tc.body)
			msg, _ := out["message"].(string)
			if code != tc.status || !strings.Contains(msg, tc.msg) {
				t.Fatalf("got %d %q, want %d containing %q", code, msg, tc.status, tc.msg)
			}
		})
	}
	t.Run("GET refused", func(t *testing.T) {
		resp, _ := c.Get(srv.URL + "/api/ResidentService/Search")
		if resp.StatusCode != 400 {
			t.Fatalf("GET: %d", resp.StatusCode)
		}
	})
	t.Run("form content type refused", func(t *testing.T) {
		resp, _ := c.Post(srv.URL+"/api/ResidentService/Search", "text/plain", strings.NewReader(`[{}]`))
		if resp.StatusCode != 400 {
			t.Fatalf("text/plain: %d", resp.StatusCode)
		}
	})
}

func TestTooDeep(t *testing.T) {
	if tooDeep([]byte(`[{"a":"[[[[[[[[[[[[[[[[[[[[[[[["}]`)) {
		t.Error("brackets inside strings must not count")
	}
	if !tooDeep([]byte(strings.Repeat("{\"a\":", 20) + "1" + strings.Repeat("}", 20))) {
		t.Error("20 levels should be too deep")
	}
}
