package hall

import (
	"strings"
	"testing"
)

// Documents print the hall's own place and hours where the catalog names the hall; an item's
// own place is kept, with the township put in.
func TestHallPlaceHours(t *testing.T) {
	hs := HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Address: "乌兰木伦镇政府一楼", OfficeHours: "工作日8:30—17:30"}
	bare := HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇"}
	for _, tc := range []struct {
		name string
		hs   HallSettings
		item string
		want string
	}{
		{"placeholder", hs, hallPlaceHours, "乌兰木伦镇便民服务大厅（乌兰木伦镇政府一楼）；工作日8:30—17:30"},
		{"empty", hs, "", "乌兰木伦镇便民服务大厅（乌兰木伦镇政府一楼）；工作日8:30—17:30"},
		{"no address or hours set", bare, hallPlaceHours, "乌兰木伦镇便民服务大厅；" + DefaultOfficeHours},
		{"the item's own place", hs, "苏木乡镇卫生院一楼", "乌兰木伦镇卫生院一楼"},
	} {
		if got := tc.hs.PlaceHours(tc.item); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// The hall's address and hours are optional and bounded.
func TestHallSettingsAddressAndHours(t *testing.T) {
	hs := HallSettings{HallName: "大厅", Township: "镇", Banner: "旗", Phone: "0477-8612345", Address: " 镇政府一楼 ", OfficeHours: " 工作日 "}
	got, err := hs.Clean()
	if err != nil || got.Address != "镇政府一楼" || got.OfficeHours != "工作日" {
		t.Fatalf("clean: %+v, %v", got, err)
	}
	hs.OfficeHours = strings.Repeat("时", MaxOfficeHours+1)
	if _, err := hs.Clean(); AsError(err) == nil || AsError(err).Field != "officeHours" {
		t.Fatalf("too long hours: %v", err)
	}
}
