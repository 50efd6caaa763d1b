package hall

import (
	"strings"
	"testing"
)

func TestChangesListLabelledFieldsMasked(t *testing.T) {
	stored := Resident{Name: "张伟", IDNumber: "11010519491231002X", Phone: "13812345678", Address: "一组1号",
		Tags: []string{"高龄", "低保户"}, Note: "新备注"}
	saved := ResidentInput{Name: "张伟", IDNumber: "", Phone: "13900001111", Address: "一组2号",
		Tags: []string{"低保户", "高龄"}, Note: ""}
	got := Changes(Masked, saved, stored)
	want := []Change{
		{Label: "联系电话", Old: "139****1111", New: "138****5678"},
		{Label: "住址", Old: "一组2号", New: "一组1号"},
		{Label: "备注", Old: "（空）", New: "新备注"},
	}
	if len(got) != len(want) {
		t.Fatalf("changes = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	// an empty number in the form means "unchanged", tags in another order are no change
	if got := Changes(Masked, ResidentInput{Name: "张伟", Tags: []string{"低保户", "高龄"}},
		Resident{Name: "张伟", IDNumber: "11010519491231002X", Tags: []string{"高龄", "低保户"}}); len(got) != 0 {
		t.Fatalf("no change expected: %+v", got)
	}
	if got := Changes(Masked, nil, stored); len(got) != 0 {
		t.Fatalf("nothing to compare: %+v", got)
	}
}

func TestStaleVersionSaysWhatChanged(t *testing.T) {
	e := StaleVersion([]Change{{Label: "住址", Old: "一组2号", New: "一组1号"}})
	if e.Code != CodeStale || !strings.HasPrefix(e.Message, "该记录已被他人修改") || !strings.Contains(e.Message, "住址：一组2号 → 一组1号") ||
		!strings.Contains(e.Error(), `"changes":[{"label":"住址"`) {
		t.Fatalf("refusal = %s", e.Error())
	}
	if e := StaleVersion(nil); e.Changes != nil || !strings.Contains(e.Message, "重新载入") {
		t.Fatalf("refusal without changes = %s", e.Error())
	}
}
