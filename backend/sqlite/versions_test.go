package sqlite

import (
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// versionOf is the stored version of row id of table, for a test's edit that is not the point
// of the test.
func versionOf(t *testing.T, s *Store, table string, id int64) int64 {
	t.Helper()
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM `+table+` WHERE id=?`, id).Scan(&v); err != nil {
		t.Fatalf("version of %s %d: %v", table, id, err)
	}
	return v
}

// versionCase is one editable record kind: seen is the record as two tabs loaded it, first and
// second save it from that same version (first changes the field labelled label to now), read
// is the record as stored.
type versionCase struct {
	name   string
	first  func() error
	second func() error
	read   func() any
	label  string
	now    string
}

// TestSecondSaveFromTheSameVersionIsRefused: for every editable record kind and state change,
// two saves from the same starting version: the first is written, the second is refused as
// stale with what the first changed, and nothing of it is written (not even the version).
func TestSecondSaveFromTheSameVersionIsRefused(t *testing.T) {
	s, _, _ := newStore(t)
	setupHall(t, s)
	village := addVillage(t, s, "东风嘎查")
	group := addGroup(t, s, village, "一组")
	household, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: village, Address: "一组1号"})
	must(t, err)
	resident := addResident(t, s, hall.ResidentInput{Name: "张伟", IDNumber: zhangWeiID, Phone: "13812345678", VillageID: village})
	cadre := addCadre(t, s, hall.Cadre{Name: "巴特尔", Phone: "13947712345", Type: "驻村干部"})
	item := itemByCode(t, s, "YB-01")
	op, err := s.CreateOperator(ctx, admin, hall.OperatorInput{Username: "wang", Name: "王芳", Role: hall.RoleClerk}, hashOf("pw"))
	must(t, err)
	settings, err := s.Settings(ctx)
	must(t, err)

	seenResident, err := s.Resident(ctx, resident)
	must(t, err)
	residentForm := func(name, phone, address string) hall.ResidentInput {
		return cleanResident(t, hall.ResidentInput{ID: resident, Version: seenResident.Version, Name: name, IDNumber: zhangWeiID,
			Phone: phone, VillageID: village, Address: address})
	}
	seenCadre, err := s.Cadre(ctx, cadre)
	must(t, err)
	cadreForm := func(position, unit string) hall.Cadre {
		c := seenCadre
		c.Position, c.Unit = position, unit
		return c
	}
	itemForm := func(fee, department string) hall.ServiceItem {
		it := item
		it.Fee, it.Department = fee, department
		return it
	}
	settingsForm := func(name string, idle int) hall.HallSettings {
		hs := settings
		hs.HallName, hs.IdleMinutes = name, idle
		return hs
	}

	for _, tc := range []versionCase{
		{name: "resident",
			first:  func() error { return s.UpdateResident(ctx, admin, residentForm("张伟", "13900001111", "")) },
			second: func() error { return s.UpdateResident(ctx, admin, residentForm("张伟", "13812345678", "一组9号")) },
			read:   func() any { r, err := s.Resident(ctx, resident); must(t, err); return r },
			label:  "联系电话", now: "139****1111"},
		{name: "household",
			first: func() error {
				_, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{ID: household, Version: 1, VillageID: village, Address: "一组2号"})
				return err
			},
			second: func() error {
				_, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{ID: household, Version: 1, VillageID: village, GroupID: group, Address: "一组1号"})
				return err
			},
			read:  func() any { h, err := s.Household(ctx, household); must(t, err); return h },
			label: "住址", now: "一组2号"},
		{name: "cadre",
			first:  func() error { _, err := s.SaveCadre(ctx, admin, cadreForm("驻村工作队队长", "")); return err },
			second: func() error { _, err := s.SaveCadre(ctx, admin, cadreForm("", "镇人民政府")); return err },
			read:   func() any { c, err := s.Cadre(ctx, cadre); must(t, err); return c },
			label:  "职务", now: "驻村工作队队长"},
		{name: "catalog item",
			first: func() error {
				_, err := s.SaveServiceItem(ctx, admin, itemForm("不收费（免费）", item.Department))
				return err
			},
			second: func() error { _, err := s.SaveServiceItem(ctx, admin, itemForm(item.Fee, "旗医保局")); return err },
			read:   func() any { it, err := s.ServiceItem(ctx, item.ID); must(t, err); return it },
			label:  "收费", now: "不收费（免费）"},
		{name: "settings",
			first: func() error {
				return s.SaveSettings(ctx, admin, settingsForm("党群服务中心", settings.IdleMinutes))
			},
			second: func() error { return s.SaveSettings(ctx, admin, settingsForm(settings.HallName, 60)) },
			read:   func() any { hs, err := s.Settings(ctx); must(t, err); return hs },
			label:  "服务大厅名称", now: "党群服务中心"},
		{name: "operator",
			first: func() error {
				_, err := s.UpdateOperator(ctx, admin, hall.OperatorInput{ID: op.ID, Version: op.Version, Username: "wang", Name: "王芳芳", Role: hall.RoleClerk})
				return err
			},
			second: func() error {
				_, err := s.UpdateOperator(ctx, admin, hall.OperatorInput{ID: op.ID, Version: op.Version, Username: "wang", Name: "王芳", Role: hall.RoleReception})
				return err
			},
			read:  func() any { o, err := s.Operator(ctx, op.ID); must(t, err); return o },
			label: "姓名", now: "王芳芳"},
		{name: "village",
			first: func() error {
				_, err := s.SaveVillage(ctx, admin, hall.VillageInput{ID: village, Version: 1, Name: "东风村", Kind: "嘎查", Active: true})
				return err
			},
			second: func() error {
				_, err := s.SaveVillage(ctx, admin, hall.VillageInput{ID: village, Version: 1, Name: "东风嘎查", Kind: "村", Active: true})
				return err
			},
			read:  func() any { v, err := s.Villages(ctx, true); must(t, err); return v },
			label: "名称", now: "东风村"},
		{name: "group",
			first: func() error {
				_, err := s.SaveGroup(ctx, admin, hall.GroupInput{ID: group, Version: 1, VillageID: village, Name: "第一组", Active: true})
				return err
			},
			second: func() error {
				_, err := s.SaveGroup(ctx, admin, hall.GroupInput{ID: group, Version: 1, VillageID: village, Name: "一组", Active: false})
				return err
			},
			read:  func() any { v, err := s.Villages(ctx, true); must(t, err); return v },
			label: "名称", now: "第一组"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			must(t, tc.first())
			before, audits := tc.read(), auditCount(t, s)
			e := wantCode(t, tc.second(), hall.CodeStale)
			if !strings.HasPrefix(e.Message, "该记录已被他人修改") {
				t.Errorf("message = %q", e.Message)
			}
			found := false
			for _, c := range e.Changes {
				found = found || c.Label == tc.label && c.New == tc.now
			}
			if !found {
				t.Errorf("changes = %+v, want %s now %q", e.Changes, tc.label, tc.now)
			}
			if after := tc.read(); !reflect.DeepEqual(after, before) || auditCount(t, s) != audits {
				t.Errorf("the refused save wrote:\n before %+v\n after  %+v", before, after)
			}
		})
	}
	t.Run("numbers stay masked in the refusal", func(t *testing.T) {
		e := wantCode(t, s.UpdateResident(ctx, admin, residentForm("张伟", "13812345678", "")), hall.CodeStale)
		if strings.Contains(e.Error(), "13900001111") || strings.Contains(e.Error(), "13812345678") || strings.Contains(e.Error(), zhangWeiID) {
			t.Fatalf("a full number in the refusal: %s", e.Error())
		}
	})
}

// TestStateChangesCheckTheVersion: an action on a petition and the activation of an operator
// take the version the clerk saw; from an old one they are refused and nothing is written.
func TestStateChangesCheckTheVersion(t *testing.T) {
	t.Run("petition action", func(t *testing.T) {
		f := newPetitionFixture(t)
		p := f.register(t, hall.PetitionInput{ResidentID: f.resident, Category: "土地草场", ReceivedOn: hall.MustDate("2025-03-10")})
		must(t, f.s.AddPetitionNote(ctx, f.actor(), p.ID, hall.PetitionNote{Kind: "包掌握情况", Date: hall.MustDate("2025-03-10"), Text: "了解"}))
		// another tab links a case (a change of the petition): p is now an old version
		_, err := f.s.LinkPetitionCase(ctx, f.actor(), p.ID, p.Version, "2025D0001")
		wantCode(t, err, hall.CodeInvalid) // no such case: refused, version unchanged
		_, err = f.s.db.ExecContext(ctx, `UPDATE petitions SET version=version+1 WHERE id=?`, p.ID)
		must(t, err)
		next, note := hall.ApplyPetitionAction(p, hall.PetitionActionInput{Action: hall.PaAccept, Date: hall.MustDate("2025-03-11")}, hall.PtAccepted, f.op.Name, f.s.stamp())
		err = f.s.SavePetitionAction(ctx, f.actor(), PetitionChange{Version: p.Version, From: p.Status, Extension: p.ExtensionDays,
			Petition: next, Action: hall.PaAccept, Note: note})
		wantCode(t, err, hall.CodeStale)
		got, err := f.s.Petition(ctx, p.ID)
		must(t, err)
		if got.Status != hall.PtRegistered || len(got.Timeline) != 1 || got.Version != p.Version+1 {
			t.Fatalf("the refused action wrote: %+v", got)
		}
		// from the version now stored it goes through, and bumps it
		must(t, f.s.SavePetitionAction(ctx, f.actor(), PetitionChange{Version: got.Version, From: p.Status, Extension: p.ExtensionDays,
			Petition: next, Action: hall.PaAccept, Note: note}))
		if after, _ := f.s.Petition(ctx, p.ID); after.Status != hall.PtAccepted || after.Version != got.Version+1 {
			t.Fatalf("after the action: %+v", after)
		}
	})
	t.Run("operator activation", func(t *testing.T) {
		s, _, _ := newStore(t)
		setupHall(t, s)
		op, err := s.CreateOperator(ctx, admin, hall.OperatorInput{Username: "wang", Name: "王芳", Role: hall.RoleClerk}, hashOf("pw"))
		must(t, err)
		must(t, s.SetOperatorActive(ctx, admin, op.ID, op.Version, false))
		wantCode(t, s.SetOperatorActive(ctx, admin, op.ID, op.Version, true), hall.CodeStale)
		if got, _ := s.Operator(ctx, op.ID); got.Active || got.Version != op.Version+1 {
			t.Fatalf("after the refused activation: %+v", got)
		}
	})
}
