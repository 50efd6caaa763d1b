package hall

import (
	"strings"
	"testing"
	"time"
)

var today = time.Date(2026, 11, 25, 0, 0, 0, 0, China)

func validResident() ResidentInput {
	return ResidentInput{Name: "张伟", IDNumber: "11010519491231002x", Phone: "13812345678", VillageID: 1}
}

func TestCleanResidentRefusesBadInput(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*ResidentInput)
		field string
		msg   string
	}{
		{"empty name", func(r *ResidentInput) { r.Name = "  " }, "name", "请填写姓名"},
		{"5 MB name", func(r *ResidentInput) { r.Name = strings.Repeat("名", 5<<20/3) }, "name", "过长"},
		{"31-character name", func(r *ResidentInput) { r.Name = strings.Repeat("名", 31) }, "name", "不能超过30个字"},
		{"invalid UTF-8", func(r *ResidentInput) { r.Name = "张\xff" }, "name", "无法识别"},
		{"control character", func(r *ResidentInput) { r.Name = "张\x07伟" }, "name", "控制字符"},
		{"malformed ID", func(r *ResidentInput) { r.IDNumber = "11010519491231" }, "idNumber", "18位"},
		{"wrong check character", func(r *ResidentInput) { r.IDNumber = "110105194912310021" }, "idNumber", "校验位"},
		{"impossible birth date", func(r *ResidentInput) { r.IDNumber = "110105194902300020" }, "idNumber", "出生日期"},
		{"phone of 10 digits", func(r *ResidentInput) { r.Phone = "1381234567" }, "phone", "格式不正确"},
		{"no village", func(r *ResidentInput) { r.VillageID = 0 }, "villageId", "嘎查村"},
		{"unknown relation", func(r *ResidentInput) { r.Relation = "邻居" }, "relation", "与户主关系"},
		{"unknown residency", func(r *ResidentInput) { r.Residency = "暂住" }, "residency", "常住或外出"},
		{"unknown tag", func(r *ResidentInput) { r.Tags = []string{"富豪"} }, "tags", "未知的特殊群体标签"},
		{"no ID and no birth date", func(r *ResidentInput) { r.NoIDNumber = true }, "birthDate", "出生日期"},
		{"no ID, future birth", func(r *ResidentInput) { r.NoIDNumber, r.BirthDate, r.Sex = true, MustDate("2027-01-01"), "男" }, "birthDate", "晚于今天"},
		{"no ID, no sex", func(r *ResidentInput) { r.NoIDNumber, r.BirthDate = true, MustDate("2026-10-01") }, "sex", "性别"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := validResident()
			tc.edit(&in)
			_, err := CleanResident(in, today)
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want invalid %s containing %q", err, tc.field, tc.msg)
			}
		})
	}
}

func TestCleanResidentDerivesFromID(t *testing.T) {
	out, err := CleanResident(validResident(), today)
	if err != nil {
		t.Fatal(err)
	}
	if out.IDNumber != "11010519491231002X" || out.BirthDate != MustDate("1949-12-31") || out.Sex != "女" ||
		out.Relation != "户主" || out.Residency != "常住" {
		t.Fatalf("derived wrongly: %+v", out)
	}
	in := validResident()
	in.BirthDate, in.Sex = MustDate("2000-01-01"), "男" // typed values never override the ID's
	out, _ = CleanResident(in, today)
	if out.BirthDate != MustDate("1949-12-31") || out.Sex != "女" {
		t.Fatalf("ID must win over typed birth date and sex: %+v", out)
	}
	in = validResident()
	in.NoIDNumber, in.IDNumber, in.BirthDate, in.Sex = true, "ignored", MustDate("2026-10-01"), "男"
	out, err = CleanResident(in, today)
	if err != nil || out.IDNumber != "" {
		t.Fatalf("newborn without ID: %+v %v", out, err)
	}
	in = validResident()
	in.Tags = []string{"高龄", "高龄", "残疾人"}
	out, _ = CleanResident(in, today)
	if len(out.Tags) != 2 {
		t.Fatalf("duplicate tags kept: %v", out.Tags)
	}
}

func TestPhones(t *testing.T) {
	for _, ok := range []string{"13812345678", "19912345678", "0477-8612345", "04778612345", "010-12345678", ""} {
		if _, err := CleanPhone("p", "电话", ok, false); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"12812345678", "1381234567", "138123456789", "8612345", "abc"} {
		if _, err := CleanPhone("p", "电话", bad, false); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if got := MaskPhone("13812345678"); got != "138****5678" {
		t.Errorf("mask: %q", got)
	}
}

func TestRolePermissions(t *testing.T) {
	if RoleClerk.Can(PermManageOperators) || !RoleAdmin.Can(PermManageOperators) {
		t.Error("only the administrator manages operators")
	}
	if RoleLeader.Can(PermEditResidents) || !RoleLeader.Can(PermViewResidents) {
		t.Error("leaders view residents but do not edit them")
	}
	for _, r := range Roles {
		if r.Label() == "" || !r.Valid() {
			t.Errorf("role %q has no label", r)
		}
	}
	if Role("root").Valid() {
		t.Error("unknown role accepted")
	}
}
