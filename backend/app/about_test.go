package app_test

import (
	"testing"

	"halldesk/backend/hall"
)

func TestAboutNamesTheBuildAndShowsTheFolderToTheAdministratorOnly(t *testing.T) {
	e := newEnv(t)
	e.core.DataDir = "/srv/halldesk-data"
	admin := e.setup()
	e.addOperator(admin, "clerk", "王芳", hall.RoleClerk)

	a, err := admin.sys.About()
	must(t, err)
	if a.Version != "test" || a.DataDir != "/srv/halldesk-data" || a.SchemaVersion < 10 {
		t.Fatalf("about for the administrator = %+v", a)
	}
	has := map[int]bool{}
	for _, y := range a.CalendarYears {
		has[y] = true
	}
	if !has[2025] || !has[2026] {
		t.Fatalf("calendar years = %v, want the built-in 2025 and 2026", a.CalendarYears)
	}
	c, err := e.login("clerk").sys.About()
	must(t, err)
	if c.DataDir != "" || c.Version != "test" {
		t.Fatalf("about for a clerk = %+v, want no folder", c)
	}
}
