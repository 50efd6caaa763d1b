package app_test

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
	"halldesk/backend/sqlite"
)

func TestMain(m *testing.M) {
	replica.RunIfChild()          // replication tests start this binary again as the replication child
	app.HashCost = bcrypt.MinCost // keep password hashing fast in tests
	os.Exit(m.Run())
}

// clock is the injected, controllable Now.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// start is 2025-03-10 09:00 in Shanghai.
var start = time.Date(2025, 3, 10, 1, 0, 0, 0, time.UTC)

// env is one Core over a fresh database file.
type env struct {
	t     testing.TB
	core  *app.Core
	clock *clock
	path  string
}

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvAt(t, filepath.Join(t.TempDir(), "halldesk.db"))
}

// newEnvAt is newEnv over the database file at path (a data folder the test made).
func newEnvAt(t testing.TB, path string) *env {
	t.Helper()
	c := &clock{t: start}
	store, err := sqlite.Open(path, c.now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	return &env{t: t, core: app.NewCore(store, c.now, "test", log), clock: c, path: path}
}

// desk is the set of services of one seat, as a window or a browser sees them.
type desk struct {
	seat   *app.Seat
	sys    *app.SystemService
	auth   *app.AuthService
	ops    *app.OperatorService
	places *app.PlaceService
	res    *app.ResidentService
	hh     *app.HouseholdService
	audit  *app.AuditService
}

func deskOf(c *app.Core, seat *app.Seat) *desk {
	d := &desk{seat: seat}
	for _, s := range c.Services(seat) {
		switch s := s.(type) {
		case *app.SystemService:
			d.sys = s
		case *app.AuthService:
			d.auth = s
		case *app.OperatorService:
			d.ops = s
		case *app.PlaceService:
			d.places = s
		case *app.ResidentService:
			d.res = s
		case *app.HouseholdService:
			d.hh = s
		case *app.AuditService:
			d.audit = s
		}
	}
	return d
}

// desk returns a fresh seat where nobody is signed in.
func (e *env) desk() *desk { return deskOf(e.core, app.NewSeat("")) }

const adminPassword = "admin-pass-1"

func hallSettings() hall.HallSettings {
	return hall.HallSettings{HallName: "便民服务大厅", Township: "阿勒腾席热镇", Banner: "伊金霍洛旗", Phone: "0477-8612345",
		Version: 1} // as set up
}

// setup runs the first-start setup and returns the administrator's signed-in desk.
func (e *env) setup() *desk {
	e.t.Helper()
	d := e.desk()
	_, err := d.sys.Setup(hall.SetupInput{Hall: hallSettings(),
		Admin: hall.OperatorInput{Username: "admin", Name: "管理员甲", Password: adminPassword}})
	if err != nil {
		e.t.Fatalf("setup: %v", err)
	}
	return d
}

// addOperator has the administrator add an operator with the given role and password "pass-" + username.
func (e *env) addOperator(admin *desk, username, name string, role hall.Role) hall.Operator {
	e.t.Helper()
	op, err := admin.ops.Save(hall.OperatorInput{Username: username, Name: name, Role: role, Password: "pass-" + username})
	if err != nil {
		e.t.Fatalf("add operator %s: %v", username, err)
	}
	return op
}

// login signs username in on a fresh desk.
func (e *env) login(username string) *desk {
	e.t.Helper()
	d := e.desk()
	pw := "pass-" + username
	if username == "admin" {
		pw = adminPassword
	}
	if _, err := d.auth.Login(app.LoginInput{Username: username, Password: pw}); err != nil {
		e.t.Fatalf("login %s: %v", username, err)
	}
	return d
}

func codeOf(err error) hall.Code {
	if e := hall.AsError(err); e != nil {
		return e.Code
	}
	if err != nil {
		return "non-domain: " + hall.Code(err.Error())
	}
	return ""
}

func wantCode(t *testing.T, err error, want hall.Code) *hall.Error {
	t.Helper()
	if got := codeOf(err); got != want {
		t.Fatalf("error code = %q (%v), want %q", got, err, want)
	}
	return hall.AsError(err)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
