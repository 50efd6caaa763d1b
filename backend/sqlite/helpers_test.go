package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// clock is the injected, controllable Now of every test.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// start is 2025-03-10 09:00 in Shanghai (a Monday).
var start = time.Date(2025, 3, 10, 1, 0, 0, 0, time.UTC)

var ctx = context.Background()

// openAt opens (or reopens) the store at path with clock c and closes it at the end of the test.
func openAt(t *testing.T, path string, c *clock) *Store {
	t.Helper()
	s, err := Open(path, c.now)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// newStore opens a fresh database file in a temp folder.
func newStore(t *testing.T) (*Store, *clock, string) {
	t.Helper()
	c := &clock{t: start}
	path := filepath.Join(t.TempDir(), "halldesk.db")
	return openAt(t, path, c), c, path
}

// admin is the actor of most writes in these tests (operator rows are not needed for the log).
var admin = hall.Actor{OperatorID: 1, Name: "管理员甲"}

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

// makeID builds a valid 18-character ID number from its address, birth date and sequence.
func makeID(addr, birth, seq string) string {
	first17 := addr + birth + seq
	return first17 + string(idcard.CheckChar(first17))
}

// cleanResident runs the form through the domain rules, as the app layer does before the store.
func cleanResident(t *testing.T, in hall.ResidentInput) hall.ResidentInput {
	t.Helper()
	out, err := hall.CleanResident(in, start.In(hall.China))
	if err != nil {
		t.Fatalf("clean %+v: %v", in, err)
	}
	return out
}

func addVillage(t *testing.T, s *Store, name string) int64 {
	t.Helper()
	id, err := s.SaveVillage(ctx, admin, hall.VillageInput{Name: name, Kind: "嘎查"})
	must(t, err)
	return id
}

func addGroup(t *testing.T, s *Store, villageID int64, name string) int64 {
	t.Helper()
	id, err := s.SaveGroup(ctx, admin, hall.GroupInput{VillageID: villageID, Name: name})
	must(t, err)
	return id
}

func addResident(t *testing.T, s *Store, in hall.ResidentInput) int64 {
	t.Helper()
	id, err := s.CreateResident(ctx, admin, cleanResident(t, in))
	must(t, err)
	return id
}

// lastAudit is the newest audit line.
func lastAudit(t *testing.T, s *Store) hall.AuditEntry {
	t.Helper()
	p, err := s.AuditLog(ctx, hall.AuditQuery{PageSize: 1})
	must(t, err)
	if len(p.Items) == 0 {
		t.Fatal("audit log is empty")
	}
	return p.Items[0]
}

func auditCount(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM audit_log`).Scan(&n))
	return n
}

func hashOf(pw string) string { return "test-hash:" + pw }

func setupHall(t *testing.T, s *Store) hall.Operator {
	t.Helper()
	op, err := s.Setup(ctx, hallSettings(), hall.OperatorInput{Username: "admin", Name: "管理员甲", Role: hall.RoleAdmin}, hashOf("secret123"))
	must(t, err)
	return op
}

func hallSettings() hall.HallSettings {
	return hall.HallSettings{HallName: "便民服务大厅", Township: "阿勒腾席热镇", Banner: "伊金霍洛旗",
		Phone: "0477-8612345", SupervisionPhone: "13900000000", IdleMinutes: 15, Version: 1}
}
