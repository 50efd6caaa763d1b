package sqlite

import (
	"strings"
	"testing"

	"halldesk/backend/hall"
)

func TestExportsFollowTheListFiltersAndRefuseTooMany(t *testing.T) {
	r := newRegistry(t)
	all, err := r.s.ExportResidents(ctx, hall.ResidentQuery{}, 100)
	must(t, err)
	if len(all) != 6 {
		t.Fatalf("all residents: %d", len(all))
	}
	west, err := r.s.ExportResidents(ctx, hall.ResidentQuery{VillageID: r.west}, 100)
	must(t, err)
	page, err := r.s.SearchResidents(ctx, hall.ResidentQuery{VillageID: r.west, PageSize: 100})
	must(t, err)
	if len(west) != 4 || strings.Join(names(west), ",") != strings.Join(names(page.Items), ",") {
		t.Errorf("export %v, list %v", names(west), names(page.Items))
	}
	_, err = r.s.ExportResidents(ctx, hall.ResidentQuery{}, 5)
	if e := wantCode(t, err, hall.CodeInvalid); e.Message != "符合条件的记录有 6 条，超过一次导出的上限 5 条，请缩小筛选范围（如按日期或嘎查村）分几次导出" {
		t.Errorf("message = %q", e.Message)
	}
	hs, err := r.s.ExportHouseholds(ctx, hall.HouseholdQuery{}, 10)
	must(t, err)
	if len(hs) != 0 {
		t.Errorf("households = %v", hs)
	}
}
