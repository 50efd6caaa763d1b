package app_test

import (
	"testing"
	"time"

	"halldesk/backend/hall"
)

const (
	fullID      = "11010519491231002X"
	maskedID    = "**************002X"
	fullPhone   = "13812345678"
	maskedPhone = "138****5678"
)

// registry sets up a hall with a village, a household, a clerk and a leader, and one resident.
type registry struct {
	e                      *env
	admin, clerk, leader   *desk
	clerkOp                hall.Operator
	village, household, id int64
}

func newRegistry(t *testing.T) registry {
	e := newEnv(t)
	r := registry{e: e, admin: e.setup()}
	var err error
	r.village, err = r.admin.places.SaveVillage(hall.VillageInput{Name: "东风嘎查", Kind: "嘎查"})
	must(t, err)
	r.clerkOp = e.addOperator(r.admin, "clerk", "王芳", hall.RoleClerk)
	e.addOperator(r.admin, "leader", "李镇长", hall.RoleLeader)
	r.clerk, r.leader = e.login("clerk"), e.login("leader")
	h, err := r.clerk.hh.Save(hall.HouseholdInput{VillageID: r.village, Address: "东风嘎查一组8号"})
	must(t, err)
	r.household = h.ID
	saved, err := r.clerk.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: fullID, Phone: fullPhone,
		VillageID: r.village, HouseholdID: r.household, Tags: []string{"低保户"}})
	must(t, err)
	r.id = saved.ID
	return r
}

func checkMasked(t *testing.T, where string, res hall.Resident) {
	t.Helper()
	if res.IDNumber != maskedID || res.Phone != maskedPhone || !res.HasIDNumber {
		t.Fatalf("%s: id %q phone %q, want %q %q", where, res.IDNumber, res.Phone, maskedID, maskedPhone)
	}
	// no birth date on any screen: with the tail of the number it would give the number away
	if res.Name != "张伟" || res.BirthDate != (hall.Date{}) || res.Sex != "女" || res.Age != 75 {
		t.Fatalf("%s: resident = %+v", where, res)
	}
}

func TestResidentsLeaveMasked(t *testing.T) {
	r := newRegistry(t)
	for _, d := range []struct {
		name string
		desk *desk
	}{{"clerk", r.clerk}, {"leader", r.leader}, {"admin", r.admin}} {
		t.Run(d.name, func(t *testing.T) {
			for _, text := range []string{"张伟", fullID, "002X", "5678", fullPhone} {
				p, err := d.desk.res.Search(hall.ResidentQuery{Text: text})
				if len(text) > 4 && text != "张伟" && d.name == "leader" {
					wantCode(t, err, hall.CodeInvalid) // more of a number than the leader is shown
					continue
				}
				must(t, err)
				if p.Total != 1 {
					t.Fatalf("search %q found %d", text, p.Total)
				}
				checkMasked(t, "search "+text, p.Items[0])
			}
			got, err := d.desk.res.Get(r.id)
			must(t, err)
			checkMasked(t, "get", got)
			h, err := d.desk.hh.Get(r.household)
			must(t, err)
			if len(h.Members) != 1 || h.HeadName != "张伟" {
				t.Fatalf("household = %+v", h)
			}
			checkMasked(t, "household", h.Members[0])
			hp, err := d.desk.hh.Search(hall.HouseholdQuery{Text: "张伟"})
			must(t, err)
			if hp.Total != 1 {
				t.Fatalf("household search found %d", hp.Total)
			}
		})
	}
	t.Run("save answers masked", func(t *testing.T) {
		saved, err := r.clerk.res.Save(hall.ResidentInput{Name: "张伟明", IDNumber: "34052419800101001X", Phone: "15004771234", VillageID: r.village})
		must(t, err)
		if saved.IDNumber != "**************001X" || saved.Phone != "150****1234" || saved.BirthDate != (hall.Date{}) || saved.Age != 45 {
			t.Fatalf("saved = %+v", saved)
		}
	})
	t.Run("not found", func(t *testing.T) {
		_, err := r.clerk.res.Get(999)
		wantCode(t, err, hall.CodeNotFound)
		_, err = r.clerk.hh.Get(999)
		wantCode(t, err, hall.CodeNotFound)
	})
}

func TestRevealIsFullAndAudited(t *testing.T) {
	r := newRegistry(t)
	r.e.clock.advance(20 * time.Minute) // 09:20 China time, within the idle time
	for _, tc := range []struct{ field, want, detail string }{
		{"idNumber", fullID, "身份证号码"},
		{"phone", fullPhone, "联系电话"},
	} {
		t.Run(tc.field, func(t *testing.T) {
			got, err := r.clerk.res.Reveal(hall.RevealInput{ResidentID: r.id, Field: tc.field})
			must(t, err)
			if got != tc.want {
				t.Fatalf("revealed %q, want %q", got, tc.want)
			}
			p, err := r.admin.audit.List(hall.AuditQuery{Action: hall.ActReveal, PageSize: 1})
			must(t, err)
			l := p.Items[0]
			if l.OperatorID != r.clerkOp.ID || l.OperatorName != "王芳" || l.Entity != "群众" || l.EntityID != r.id ||
				l.Detail != tc.detail || l.At != "2025-03-10T01:20:00Z" {
				t.Fatalf("audit = %+v", l)
			}
		})
	}
	t.Run("bad field", func(t *testing.T) {
		_, err := r.clerk.res.Reveal(hall.RevealInput{ResidentID: r.id, Field: "address"})
		wantCode(t, err, hall.CodeInvalid)
	})
	t.Run("leader refused and not logged", func(t *testing.T) {
		got, err := r.leader.res.Reveal(hall.RevealInput{ResidentID: r.id, Field: "idNumber"})
		wantCode(t, err, hall.CodeForbidden)
		if got != "" {
			t.Fatalf("refused reveal returned %q", got)
		}
		p, err := r.admin.audit.List(hall.AuditQuery{Action: hall.ActReveal})
		must(t, err)
		if p.Total != 2 {
			t.Fatalf("reveal lines = %d, want 2", p.Total)
		}
	})
}

func TestEditKeepsSensitiveFields(t *testing.T) {
	r := newRegistry(t)
	reveal := func(field string) string {
		t.Helper()
		v, err := r.clerk.res.Reveal(hall.RevealInput{ResidentID: r.id, Field: field})
		must(t, err)
		return v
	}
	base := hall.ResidentInput{ID: r.id, Name: "张伟", VillageID: r.village, HouseholdID: r.household, Address: "东风嘎查一组8号"}

	// The form shows masked values and sends the numbers empty: both are kept.
	base.Version = versionOf(r.e, r.e.core.Store.Resident, r.id)
	saved, err := r.clerk.res.Save(base)
	must(t, err)
	checkMasked(t, "edit", saved)
	if saved.Address != "东风嘎查一组8号" || reveal("idNumber") != fullID || reveal("phone") != fullPhone {
		t.Fatalf("edit lost data: %+v", saved)
	}

	// A masked value sent back is refused, not stored.
	base.Version = saved.Version // each edit starts from the resident as last read
	in := base
	in.IDNumber = maskedID
	_, err = r.clerk.res.Save(in)
	if er := wantCode(t, err, hall.CodeInvalid); er.Field != "idNumber" {
		t.Fatalf("field = %q", er.Field)
	}

	// Clearing the phone on purpose works.
	in = base
	in.ClearPhone = true
	saved, err = r.clerk.res.Save(in)
	must(t, err)
	if saved.Phone != "" || reveal("phone") != "" || reveal("idNumber") != fullID {
		t.Fatalf("after clearing phone: %+v", saved)
	}

	// A new number replaces the old one.
	base.Version = saved.Version
	in = base
	in.IDNumber = "34052419800101001X"
	saved, err = r.clerk.res.Save(in)
	must(t, err)
	if saved.IDNumber != "**************001X" || reveal("idNumber") != "34052419800101001X" || saved.Sex != "男" {
		t.Fatalf("after new number: %+v", saved)
	}

	// Editing a missing resident.
	in = base
	in.ID = 999
	_, err = r.clerk.res.Save(in)
	wantCode(t, err, hall.CodeNotFound)
}

func TestDuplicateIDThroughService(t *testing.T) {
	r := newRegistry(t)
	_, err := r.clerk.res.Save(hall.ResidentInput{Name: "张伟", IDNumber: "11010519491231002x", VillageID: r.village})
	er := wantCode(t, err, hall.CodeConflict)
	if er.Field != "idNumber" || er.Ref != r.id {
		t.Fatalf("error = %+v", er)
	}
}

func TestInspectID(t *testing.T) {
	r := newRegistry(t)
	for _, tc := range []struct {
		in    string
		valid bool
	}{{fullID, true}, {"110105491231002", true}, {"11010519491231002Y", false}, {"", false}} {
		info, err := r.leader.res.InspectID(tc.in)
		must(t, err)
		if info.Valid != tc.valid || (!tc.valid && info.Message == "") {
			t.Errorf("InspectID(%q) = %+v", tc.in, info)
		}
	}
}
