package sqlite

import (
	"testing"

	"halldesk/backend/hall"
)

func TestVillagesAndGroups(t *testing.T) {
	s, _, _ := newStore(t)
	east := addVillage(t, s, "东风嘎查")
	west := addVillage(t, s, "西湾村")
	g1 := addGroup(t, s, east, "一组")
	addGroup(t, s, east, "二组")
	westG1 := addGroup(t, s, west, "一组") // same name in another village is fine

	for _, tc := range []struct {
		name  string
		do    func() error
		code  hall.Code
		field string
	}{
		{"duplicate village", func() error {
			_, err := s.SaveVillage(ctx, admin, hall.VillageInput{Name: "东风嘎查", Kind: "村"})
			return err
		}, hall.CodeConflict, "name"},
		{"rename onto another village", func() error {
			_, err := s.SaveVillage(ctx, admin, hall.VillageInput{ID: west, Version: versionOf(t, s, "villages", west), Name: "东风嘎查", Kind: "村", Active: true})
			return err
		}, hall.CodeConflict, "name"},
		{"edit missing village", func() error {
			_, err := s.SaveVillage(ctx, admin, hall.VillageInput{ID: 999, Version: 1, Name: "无名", Kind: "村", Active: true})
			return err
		}, hall.CodeNotFound, ""},
		{"duplicate group", func() error {
			_, err := s.SaveGroup(ctx, admin, hall.GroupInput{VillageID: east, Name: "一组"})
			return err
		}, hall.CodeConflict, "name"},
		{"group of missing village", func() error {
			_, err := s.SaveGroup(ctx, admin, hall.GroupInput{VillageID: 999, Name: "三组"})
			return err
		}, hall.CodeInvalid, "villageId"},
		{"edit group under the wrong village", func() error {
			_, err := s.SaveGroup(ctx, admin, hall.GroupInput{ID: g1, Version: versionOf(t, s, "village_groups", g1), VillageID: west, Name: "改名", Active: true})
			return err
		}, hall.CodeNotFound, ""},
		{"household with group of another village", func() error {
			_, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: east, GroupID: westG1, Address: "东风嘎查1号"})
			return err
		}, hall.CodeInvalid, "groupId"},
		{"household in missing village", func() error {
			_, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: 999, Address: "无"})
			return err
		}, hall.CodeInvalid, "villageId"},
		{"resident with group of another village", func() error {
			_, err := s.CreateResident(ctx, admin, cleanResident(t, hall.ResidentInput{Name: "赵六", NoIDNumber: true,
				BirthDate: hall.MustDate("1980-01-01"), Sex: "男", VillageID: east, GroupID: westG1}))
			return err
		}, hall.CodeInvalid, "groupId"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := auditCount(t, s)
			e := wantCode(t, tc.do(), tc.code)
			if e.Field != tc.field {
				t.Fatalf("field = %q, want %q", e.Field, tc.field)
			}
			if e.Message == "" || auditCount(t, s) != n {
				t.Fatalf("message %q; audit lines %d → %d", e.Message, n, auditCount(t, s))
			}
		})
	}

	t.Run("list and deactivate", func(t *testing.T) {
		_, err := s.SaveVillage(ctx, admin, hall.VillageInput{ID: west, Version: versionOf(t, s, "villages", west), Name: "西湾村", Kind: "村", Active: false})
		must(t, err)
		_, err = s.SaveGroup(ctx, admin, hall.GroupInput{ID: g1, Version: versionOf(t, s, "village_groups", g1), VillageID: east, Name: "一组", Active: false})
		must(t, err)
		active, err := s.Villages(ctx, false)
		must(t, err)
		if len(active) != 1 || active[0].Name != "东风嘎查" || len(active[0].Groups) != 1 || active[0].Groups[0].Name != "二组" {
			t.Fatalf("active villages = %+v", active)
		}
		all, err := s.Villages(ctx, true)
		must(t, err)
		if len(all) != 2 || len(all[0].Groups) != 2 || all[1].Name != "西湾村" || all[1].Active || all[1].Groups[0].ID != westG1 {
			t.Fatalf("all villages = %+v", all)
		}
	})
}

func TestHouseholds(t *testing.T) {
	s, _, _ := newStore(t)
	v := addVillage(t, s, "东风嘎查")
	g := addGroup(t, s, v, "一组")
	h, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: v, GroupID: g, Address: "东风嘎查一组8号"})
	must(t, err)
	if l := lastAudit(t, s); l.Action != hall.ActCreate || l.Entity != "家庭户" || l.EntityID != h {
		t.Fatalf("audit = %+v", l)
	}
	head := addResident(t, s, hall.ResidentInput{Name: "张国强", IDNumber: makeID("150627", "19600101", "011"), VillageID: v, GroupID: g, HouseholdID: h, Relation: "户主"})
	addResident(t, s, hall.ResidentInput{Name: "刘桂兰", IDNumber: makeID("150627", "19620202", "022"), VillageID: v, GroupID: g, HouseholdID: h, Relation: "配偶"})
	addResident(t, s, hall.ResidentInput{Name: "张小宝", NoIDNumber: true, BirthDate: hall.MustDate("2024-05-01"), Sex: "男", VillageID: v, HouseholdID: h, Relation: "孙子女"})

	_, err = s.CreateResident(ctx, admin, cleanResident(t, hall.ResidentInput{Name: "张二", NoIDNumber: true, BirthDate: hall.MustDate("1990-01-01"), Sex: "男",
		VillageID: v, HouseholdID: h, Relation: "户主"}))
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "relation" {
		t.Fatalf("second head: %+v", e)
	}
	_, err = s.CreateResident(ctx, admin, cleanResident(t, hall.ResidentInput{Name: "张三", NoIDNumber: true, BirthDate: hall.MustDate("1990-01-01"), Sex: "男",
		VillageID: v, HouseholdID: 999, Relation: "子女"}))
	if e := wantCode(t, err, hall.CodeInvalid); e.Field != "householdId" {
		t.Fatalf("missing household: %+v", e)
	}

	got, err := s.Household(ctx, h)
	must(t, err)
	if got.HeadName != "张国强" || got.MemberCount != 3 || len(got.Members) != 3 || got.Members[0].ID != head ||
		got.VillageName != "东风嘎查" || got.GroupName != "一组" {
		t.Fatalf("household = %+v", got)
	}
	_, err = s.Household(ctx, 999)
	wantCode(t, err, hall.CodeNotFound)

	_, err = s.SaveHousehold(ctx, admin, hall.HouseholdInput{ID: h, Version: versionOf(t, s, "households", h), VillageID: v, Address: "东风嘎查一组9号"})
	must(t, err)
	if l := lastAudit(t, s); l.Action != hall.ActUpdate || l.EntityID != h || l.Detail != "东风嘎查一组9号" {
		t.Fatalf("audit = %+v", l)
	}
	_, err = s.SaveHousehold(ctx, admin, hall.HouseholdInput{ID: 999, Version: 1, VillageID: v, Address: "无"})
	wantCode(t, err, hall.CodeNotFound)

	for _, tc := range []struct {
		text string
		want int
	}{{"刘桂兰", 1}, {"9号", 1}, {"%", 0}, {"", 1}} {
		p, err := s.SearchHouseholds(ctx, hall.HouseholdQuery{Text: tc.text})
		must(t, err)
		if p.Total != tc.want || len(p.Items) != tc.want {
			t.Errorf("households matching %q: %d, want %d", tc.text, p.Total, tc.want)
		}
	}
}
