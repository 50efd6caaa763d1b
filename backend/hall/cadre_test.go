package hall

import (
	"reflect"
	"strings"
	"testing"
)

func validCadre() Cadre {
	return Cadre{Name: " 巴特尔 ", Position: "镇党委委员、驻村工作队队长", Unit: "乌兰木伦镇人民政府", Phone: "139 4771 2345",
		Type: "驻村干部", VillageIDs: []int64{3, 1, 3}, Coverage: "巴图塔村一组至三组，共68户"}
}

func TestCleanCadreRefusesBadInput(t *testing.T) {
	many := make([]int64, MaxCadreVillages+1)
	for i := range many {
		many[i] = int64(i + 1)
	}
	cases := []struct {
		name  string
		edit  func(*Cadre)
		field string
		msg   string
	}{
		{"empty name", func(c *Cadre) { c.Name = " " }, "name", "请填写姓名"},
		{"21-character name", func(c *Cadre) { c.Name = strings.Repeat("名", 21) }, "name", "不能超过20个字"},
		{"no phone", func(c *Cadre) { c.Phone = "" }, "phone", "请填写联系电话"},
		{"phone of 10 digits", func(c *Cadre) { c.Phone = "1394771234" }, "phone", "格式不正确"},
		{"no type", func(c *Cadre) { c.Type = "" }, "type", "请选择干部类型"},
		{"unknown type", func(c *Cadre) { c.Type = "村干部" }, "type", "驻村干部"},
		{"long position", func(c *Cadre) { c.Position = strings.Repeat("职", 41) }, "position", "职务不能超过40个字"},
		{"long unit", func(c *Cadre) { c.Unit = strings.Repeat("单", 41) }, "unit", "工作单位不能超过40个字"},
		{"long coverage", func(c *Cadre) { c.Coverage = strings.Repeat("户", 61) }, "coverage", "包联范围不能超过60个字"},
		{"control character", func(c *Cadre) { c.Coverage = "一组\x07" }, "coverage", "控制字符"},
		{"bad village id", func(c *Cadre) { c.VillageIDs = []int64{1, 0} }, "villageIds", "不存在"},
		{"21 villages", func(c *Cadre) { c.VillageIDs = many }, "villageIds", "不能超过20个"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := validCadre()
			tc.edit(&c)
			_, err := CleanCadre(c)
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want invalid %s containing %q", err, tc.field, tc.msg)
			}
		})
	}
}

func TestCleanCadreTidies(t *testing.T) {
	c, err := CleanCadre(validCadre())
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "巴特尔" || c.Phone != "13947712345" || !reflect.DeepEqual(c.VillageIDs, []int64{3, 1}) || c.VillageNames == nil {
		t.Fatalf("got %+v", c)
	}
	c.VillageIDs = nil
	c.Phone = "0477-8612345" // a landline with its area code will do
	if c, err = CleanCadre(c); err != nil || c.VillageIDs == nil {
		t.Fatalf("got %+v, %v", c, err)
	}
}

func TestPrintPermission(t *testing.T) {
	for _, r := range Roles {
		if !r.Can(PermPrint) {
			t.Errorf("%s cannot print", r.Label())
		}
		if r.Can(PermManageCadres) != (r == RoleAdmin) {
			t.Errorf("%s: manage cadres = %v", r.Label(), r.Can(PermManageCadres))
		}
	}
}
