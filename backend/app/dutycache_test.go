package app_test

import (
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// TestDashboardCoverageFollowsVisits checks that the cached visit-duty figure of the dashboard
// moves as soon as a visit, a new cover or a new day changes it, and not before.
func TestDashboardCoverageFollowsVisits(t *testing.T) {
	v := newVillage(t)
	v.at("2025-03-08")
	_, err := v.clerk.cover.Assign(hall.AssignInput{CadreID: v.bater.ID, GroupID: v.group, From: hall.MustDate("2025-02-01")})
	must(t, err)
	dash := serviceOf[*app.DashboardService](v.e, v.e.login("admin"))
	coverage := func() (int, int) {
		t.Helper()
		d, err := dash.Get(hall.Period{From: hall.MustDate("2025-03-01"), To: hall.MustDate("2025-03-31")})
		must(t, err)
		return d.Visits.Duties, d.Visits.OnTime
	}
	// Three households covered since 2025-02-01, none visited: 张伟 and 李强 (常住, 15 days) are
	// overdue, 王芳 (外出, 30 days) is due on 2025-03-03 and so overdue too.
	if d, o := coverage(); d != 3 || o != 0 {
		t.Fatalf("before any visit: %d duties, %d on time; want 3, 0", d, o)
	}
	if d, o := coverage(); d != 3 || o != 0 {
		t.Fatalf("asked again: %d duties, %d on time; want the same 3, 0", d, o)
	}
	_, err = v.clerk.visits.Record(hall.VisitInput{CadreID: v.bater.ID, HouseholdID: v.households[0].ID, Date: hall.MustDate("2025-03-08"), Way: "入户",
		Purpose: "困难所在", Diary: "入户了解家庭困难。"})
	must(t, err)
	if d, o := coverage(); d != 3 || o != 1 {
		t.Fatalf("after visiting 张伟: %d duties, %d on time; want 3, 1", d, o)
	}
	// Twenty days later the visit of 2025-03-08 is past its 15 days again.
	v.at("2025-03-28")
	dash = serviceOf[*app.DashboardService](v.e, v.e.login("admin"))
	if d, o := coverage(); d != 3 || o != 0 {
		t.Fatalf("on 2025-03-28: %d duties, %d on time; want 3, 0", d, o)
	}
}
