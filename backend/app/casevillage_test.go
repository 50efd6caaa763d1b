package app_test

import (
	"testing"

	"halldesk/backend/hall"
)

// A case belongs to the village where it was taken. After the applicant's household moves, every
// village figure of the dashboard (taken, in progress, overdue), the drill-down behind it and the
// ledger filtered by that village hold exactly the same cases, and the case still shows the
// village it was taken in.
func TestCaseVillageAgrees(t *testing.T) {
	c := newCounter(t)
	admin := c.e.login("admin")
	wulan, err := admin.places.SaveVillage(hall.VillageInput{Name: "乌兰村", Kind: "村"})
	must(t, err)
	clerkDesk := c.e.login("clerk")
	li, err := clerkDesk.res.Save(hall.ResidentInput{Name: "李娜", IDNumber: "34052419800101001X", Phone: "13912345678", VillageID: wulan})
	must(t, err)
	batu := c.applicant.VillageID

	take := func(who hall.Resident, code string) hall.Case {
		t.Helper()
		it := c.items[code]
		cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: who.ID, ItemID: it.ID, Source: "大厅窗口", Received: materialNames(it)})
		if err != nil {
			t.Fatalf("intake %s: %v", code, err)
		}
		return cs
	}
	c.at("2025-03-10")
	a := take(c.applicant, "YB-01") // 即办, due the same day: overdue later
	b := take(c.applicant, "YB-03") // 代办, 1 working day
	take(li, "YB-01")

	// 张伟's household moves to 乌兰村: the household and its member.
	hh, err := clerkDesk.hh.Save(hall.HouseholdInput{VillageID: batu, Address: "巴图塔村一组"})
	must(t, err)
	_, err = clerkDesk.hh.Save(hall.HouseholdInput{ID: hh.ID, Version: hh.Version, VillageID: wulan, Address: "乌兰村二组"})
	must(t, err)
	_, err = clerkDesk.res.Save(hall.ResidentInput{ID: c.applicant.ID, Version: versionOf(c.e, c.e.core.Store.Resident, c.applicant.ID), Name: c.applicant.Name, Phone: "13812345678",
		VillageID: wulan, Address: "乌兰村二组", HouseholdID: hh.ID, Relation: "户主"})
	must(t, err)
	c.at("2025-03-12")
	d := take(c.applicant, "YB-01") // taken after the move: 乌兰村's

	for _, cs := range []hall.Case{a, b} {
		got, err := c.clerk.Get(cs.ID)
		must(t, err)
		if got.VillageID != batu || got.VillageName != "巴图塔村" {
			t.Errorf("case %s after the move: village %d %s, want 巴图塔村", got.Number, got.VillageID, got.VillageName)
		}
	}
	if got, err := c.clerk.Get(d.ID); err != nil || got.VillageID != wulan {
		t.Fatalf("case taken after the move: village %d (%v), want 乌兰村", got.VillageID, err)
	}

	sup := dashboardOf(c.e, c.e.login("sup"))
	dash, err := sup.Get(march)
	must(t, err)
	want := map[int64]int{batu: 2, wulan: 2}
	if len(dash.Villages) != len(want) {
		t.Fatalf("villages %+v", dash.Villages)
	}
	for _, g := range dash.Villages {
		if g.Total != want[g.ID] {
			t.Errorf("village %s: %d cases, want %d", g.Name, g.Total, want[g.ID])
		}
		for _, f := range []struct {
			bucket hall.Bucket
			figure int
			ledger hall.CaseQuery
		}{
			{hall.BucketAll, g.Total, hall.CaseQuery{}},
			{hall.BucketInProgress, g.InProgress, hall.CaseQuery{}},
			{hall.BucketOverdue, g.Overdue, hall.CaseQuery{Overdue: true}},
		} {
			p, err := sup.Drill(hall.DrillQuery{Bucket: f.bucket, VillageID: g.ID, From: march.From, To: march.To})
			must(t, err)
			q := f.ledger
			q.VillageID, q.From, q.To = g.ID, march.From, march.To
			l, err := c.sup.Ledger(q)
			must(t, err)
			if p.Total != f.figure || l.Total != f.figure || len(p.Items) != f.figure || len(l.Items) != f.figure {
				t.Errorf("village %s, %s: figure %d, drill-down %d, ledger %d", g.Name, f.bucket, f.figure, p.Total, l.Total)
			}
			for _, cs := range append(p.Items, l.Items...) {
				if cs.VillageID != g.ID || cs.VillageName != g.Name {
					t.Errorf("village %s, %s: case %s shows village %s", g.Name, f.bucket, cs.Number, cs.VillageName)
				}
			}
		}
	}
	checkDerived(t, c.e)
}
