package httpapi

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// site is browser mode as main serves it (Site: API, downloads, Host check) over a fresh
// database, with every bcrypt computation counted.
type site struct {
	*httptest.Server
	core   *app.Core
	counts map[app.PasswordEvent]*atomic.Int64
}

func newSite(t *testing.T) *site {
	t.Helper()
	app.HashCost = bcrypt.MinCost
	now := func() time.Time { return time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC) }
	dir := t.TempDir()
	store, err := sqlite.Open(filepath.Join(dir, "halldesk.db"), now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	core := app.NewCore(store, now, "1.2.3", log)
	core.EnableBackups(filepath.Join(dir, "backups"))
	core.BackupURL = BackupDownloadPrefix
	s := &site{core: core, counts: map[app.PasswordEvent]*atomic.Int64{}}
	for _, e := range []app.PasswordEvent{app.PasswordHashed, app.PasswordChecked, app.PasswordStandIn} {
		s.counts[e] = &atomic.Int64{}
	}
	core.OnPassword = func(e app.PasswordEvent) { s.counts[e].Add(1) }
	s.Server = httptest.NewUnstartedServer(nil)
	h, err := Site(core, nil, log, s.Listener.Addr().String(), false)
	if err != nil {
		t.Fatal(err)
	}
	s.Config.Handler = h
	s.Start()
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(e app.PasswordEvent) int64 { return s.counts[e].Load() }

// parallel sends n requests at once and tallies the answers by status and message.
func parallel(t *testing.T, n int, send func(i int) (int, map[string]any)) map[string]int {
	var mu sync.Mutex
	tally := map[string]int{}
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			code, out := send(i)
			msg, _ := out["message"].(string)
			mu.Lock()
			tally[http.StatusText(code)+" "+msg]++
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	return tally
}

// login posts one login from a client of its own (as many browsers on one computer would).
func (s *site) login(t *testing.T, username, password string) (int, map[string]any) {
	code, out, _ := post(t, client(t), s.URL+"/api/AuthService/Login",
		`[{"username":"`+username+`","password":"`+password+`"}]`)
	return code, out
}

func wrongPasswordMessage(t *testing.T, tally map[string]int) string {
	for k := range tally {
		if strings.HasPrefix(k, http.StatusText(http.StatusBadRequest)+" ") {
			return strings.TrimPrefix(k, http.StatusText(http.StatusBadRequest)+" ")
		}
	}
	t.Fatalf("no refused login in %v", tally)
	return ""
}

// TestParallelWrongPasswordsLockTheAccount is the race reproduced: two dozen wrong passwords at
// once. The address's ten slots let ten in; of those only five get a password check against the
// account, the fifth locks it, and the right password is refused afterwards.
func TestParallelWrongPasswordsLockTheAccount(t *testing.T) {
	s := newSite(t)
	if code, out, _ := post(t, client(t), s.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	const n = 24
	tally := parallel(t, n, func(int) (int, map[string]any) { return s.login(t, "admin", "wrong-password") })
	msg := wrongPasswordMessage(t, tally)
	if tally["Bad Request "+msg] != attemptMax || countStatus(tally, http.StatusTooManyRequests) != n-attemptMax {
		t.Fatalf("answers = %v, want %d refusals and %d “too many”", tally, attemptMax, n-attemptMax)
	}
	if got := s.count(app.PasswordChecked); got != hall.MaxFailedLogins {
		t.Fatalf("%d passwords were checked against the account, want %d", got, hall.MaxFailedLogins)
	}
	if got := s.count(app.PasswordStandIn); got != attemptMax-hall.MaxFailedLogins {
		t.Fatalf("%d stand-in comparisons, want %d", got, attemptMax-hall.MaxFailedLogins)
	}
	cred, err := s.core.Store.Credentials(context.Background(), "admin")
	if err != nil {
		t.Fatal(err)
	}
	if cred.FailedLogins != hall.MaxFailedLogins || cred.Operator.LockedUntil == "" {
		t.Fatalf("account after the race: %d failures, locked until %q", cred.FailedLogins, cred.Operator.LockedUntil)
	}
	// The right password, from another computer (the service itself), is refused unchecked.
	auth := app.ServiceOf[*app.AuthService](s.core, app.NewSeat(""))
	_, err = auth.Login(app.LoginInput{Username: "admin", Password: "secret123"})
	if e := hall.AsError(err); e == nil || e.Message != msg {
		t.Fatalf("right password on a locked account: %v", err)
	}
	if got := s.count(app.PasswordChecked); got != hall.MaxFailedLogins {
		t.Fatalf("a locked account's password was checked (%d checks)", got)
	}
}

// TestParallelLoginsKeepTheAddressLimit tries six accounts at once from one address, a wrong
// password each, more than the address may try: exactly the address's limit is checked.
func TestParallelLoginsKeepTheAddressLimit(t *testing.T) {
	s := newSite(t)
	admin := client(t)
	if code, out, _ := post(t, admin, s.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	const accounts, n = 6, 30
	for i := range accounts {
		body := `[{"username":"clerk` + strconv.Itoa(i) + `","name":"窗口","role":"clerk","password":"pass-word-1"}]`
		if code, out, _ := post(t, admin, s.URL+"/api/OperatorService/Save", body); code != 200 {
			t.Fatalf("add operator: %d %v", code, out)
		}
	}
	tally := parallel(t, n, func(i int) (int, map[string]any) {
		return s.login(t, "clerk"+strconv.Itoa(i%accounts), "wrong-password")
	})
	if countStatus(tally, http.StatusBadRequest) != attemptMax || countStatus(tally, http.StatusTooManyRequests) != n-attemptMax {
		t.Fatalf("answers = %v, want %d refusals and %d “too many”", tally, attemptMax, n-attemptMax)
	}
	if got := s.count(app.PasswordChecked); got != attemptMax {
		t.Fatalf("%d passwords checked, want %d", got, attemptMax)
	}
}

func countStatus(tally map[string]int, status int) int {
	n := 0
	for k, v := range tally {
		if strings.HasPrefix(k, http.StatusText(status)+" ") {
			n += v
		}
	}
	return n
}

// TestSetupOfASetUpHallHashesNothing: a second setup is refused before its password is hashed
// (an impossible bcrypt cost would turn any hashing into an internal error).
func TestSetupOfASetUpHallHashesNothing(t *testing.T) {
	s := newSite(t)
	if code, out, _ := post(t, client(t), s.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	hashed := s.count(app.PasswordHashed)
	app.HashCost = bcrypt.MaxCost + 1
	defer func() { app.HashCost = bcrypt.MinCost }()
	code, out, _ := post(t, client(t), s.URL+"/api/SystemService/Setup", setupBody)
	if code != http.StatusConflict || !strings.Contains(out["message"].(string), "已完成初始设置") {
		t.Fatalf("second setup: %d %v", code, out)
	}
	if s.count(app.PasswordHashed) != hashed {
		t.Fatal("the second setup hashed a password")
	}
}

// TestCallsWithoutSessionAreLimited: the methods that need no session are limited per address;
// a signed-in operator's calls are not.
func TestCallsWithoutSessionAreLimited(t *testing.T) {
	s := newSite(t)
	admin := client(t)
	if code, out, _ := post(t, admin, s.URL+"/api/SystemService/Setup", setupBody); code != 200 {
		t.Fatalf("setup: %d %v", code, out)
	}
	for i := 1; i < callMax; i++ { // the setup was the first
		if code, out, _ := post(t, client(t), s.URL+"/api/SystemService/Status", `[]`); code != 200 {
			t.Fatalf("status call %d: %d %v", i+1, code, out)
		}
	}
	for _, path := range []string{"/api/SystemService/Status", "/api/AuthService/Login", "/api/SystemService/Setup",
		"/api/AuthService/Logout", "/api/SystemService/ReportReady"} {
		code, out, _ := post(t, client(t), s.URL+path, `[]`)
		if code != http.StatusTooManyRequests || !strings.Contains(out["message"].(string), "请求过于频繁") {
			t.Fatalf("%s over the limit: %d %v", path, code, out)
		}
	}
	for i := 0; i < 10; i++ {
		if code, out, _ := post(t, admin, s.URL+"/api/OperatorService/List", `[]`); code != 200 {
			t.Fatalf("signed-in call: %d %v", code, out)
		}
	}
}
