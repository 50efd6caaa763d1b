package hall

import (
	"strings"
	"testing"
)

func validItem() ServiceItem {
	return ServiceItem{
		Code: " yb-09 ", Name: " 测试事项 ", Category: "医保", DefaultLedger: "代办",
		Materials:     []Material{{Name: "居民身份证", Original: true, Required: true}},
		Steps:         []string{"受理", "办结"},
		StatutoryDays: 10, PromisedDays: 5,
		EnquiryPhone: "0477-8612345",
	}
}

func TestCleanServiceItemRefusesBadInput(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*ServiceItem)
		field string
		msg   string
	}{
		{"no code", func(it *ServiceItem) { it.Code = " " }, "code", "请填写事项编码"},
		{"code with Chinese", func(it *ServiceItem) { it.Code = "医保01" }, "code", "字母、数字或连字符"},
		{"code too long", func(it *ServiceItem) { it.Code = strings.Repeat("A", 17) }, "code", "1至16位"},
		{"no name", func(it *ServiceItem) { it.Name = "  " }, "name", "请填写事项名称"},
		{"41-character name", func(it *ServiceItem) { it.Name = strings.Repeat("办", 41) }, "name", "不能超过40个字"},
		{"unknown category", func(it *ServiceItem) { it.Category = "教育" }, "category", "事项类别"},
		{"empty category", func(it *ServiceItem) { it.Category = "" }, "category", "事项类别"},
		{"unknown ledger", func(it *ServiceItem) { it.DefaultLedger = "上报联动" }, "defaultLedger", "默认台账"},
		{"unknown role", func(it *ServiceItem) { it.Role = "pension" }, "role", "请选择业务角色"},
		{"material without name", func(it *ServiceItem) {
			it.Materials = append(it.Materials, Material{Name: " ", Copies: 1})
		}, "materials", "第2项材料：请填写材料名称"},
		{"duplicate material", func(it *ServiceItem) {
			it.Materials = append(it.Materials, Material{Name: "居民身份证"})
		}, "materials", "与第1项材料重名"},
		{"21 copies", func(it *ServiceItem) { it.Materials[0].Copies = 21 }, "materials", "0至20份"},
		{"negative copies", func(it *ServiceItem) { it.Materials[0].Copies = -1 }, "materials", "0至20份"},
		{"long material note", func(it *ServiceItem) { it.Materials[0].Note = strings.Repeat("注", 101) }, "materials", "不能超过100个字"},
		{"31 materials", func(it *ServiceItem) {
			it.Materials = nil
			for i := 0; i < 31; i++ {
				it.Materials = append(it.Materials, Material{Name: "材料" + itoa(i+1)})
			}
		}, "materials", "不能超过30项"},
		{"empty step", func(it *ServiceItem) { it.Steps = []string{"受理", ""} }, "steps", "第2步"},
		{"statutory 91 days", func(it *ServiceItem) { it.StatutoryDays = 91 }, "statutoryDays", "0至90"},
		{"negative promised days", func(it *ServiceItem) { it.PromisedDays = -1 }, "promisedDays", "0至90"},
		{"promised beyond statutory", func(it *ServiceItem) { it.PromisedDays = 11 }, "promisedDays", "不能超过法定时限（10个工作日）"},
		{"bad enquiry phone", func(it *ServiceItem) { it.EnquiryPhone = "12333" }, "enquiryPhone", "格式不正确"},
		{"bad complaint phone", func(it *ServiceItem) { it.ComplaintPhone = "8612345" }, "complaintPhone", "格式不正确"},
		{"long legal basis", func(it *ServiceItem) { it.LegalBasis = strings.Repeat("法", 501) }, "legalBasis", "不能超过500个字"},
		{"long Q&A", func(it *ServiceItem) { it.QA = strings.Repeat("问", 3001) }, "qa", "不能超过3000个字"},
		{"control character in fee", func(it *ServiceItem) { it.Fee = "不\x07收费" }, "fee", "控制字符"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := validItem()
			in.Materials = append([]Material{}, in.Materials...)
			tc.edit(&in)
			_, err := in.Clean()
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want invalid %s containing %q", err, tc.field, tc.msg)
			}
		})
	}
}

func TestCleanServiceItemTidies(t *testing.T) {
	out, err := validItem().Clean()
	if err != nil {
		t.Fatal(err)
	}
	if out.Code != "YB-09" || out.Name != "测试事项" {
		t.Fatalf("not tidied: %+v", out)
	}
	in := validItem()
	in.Materials, in.Steps, in.StatutoryDays, in.PromisedDays = nil, nil, 0, 30
	out, err = in.Clean()
	if err != nil {
		t.Fatalf("no statutory limit, promised 30: %v", err)
	}
	if out.Materials == nil || out.Steps == nil {
		t.Fatalf("nil lists must become empty lists: %+v", out)
	}
}

func TestBuiltinCatalog(t *testing.T) {
	items := BuiltinCatalog()
	if len(items) < 15 {
		t.Fatalf("only %d built-in items", len(items))
	}
	codes := map[string]bool{}
	perCategory := map[string]int{}
	for _, it := range items {
		t.Run(it.Code, func(t *testing.T) {
			out, err := it.Clean()
			if err != nil {
				t.Fatalf("built-in item refused: %v", err)
			}
			if out.Code != it.Code || out.Name != it.Name || len(out.Materials) != len(it.Materials) {
				t.Fatalf("Clean changed a built-in item: %+v", out)
			}
			if !it.Active || it.Eligibility == "" || len(it.Steps) == 0 || it.Department == "" ||
				it.PlaceHours == "" || it.Fee == "" || it.QA == "" && it.Category != "其他" {
				t.Fatalf("incomplete guide: %+v", it)
			}
			if it.EnquiryPhone != "" || it.ComplaintPhone != "" {
				t.Fatal("phones are the hall's own: leave them empty")
			}
			if it.DefaultLedger != "即办" && it.PromisedDays == 0 {
				t.Fatalf("a %s item needs a promised time", it.DefaultLedger)
			}
		})
		if codes[it.Code] {
			t.Errorf("code %s used twice", it.Code)
		}
		codes[it.Code] = true
		perCategory[it.Category]++
	}
	for _, c := range Categories {
		if perCategory[c] == 0 {
			t.Errorf("no built-in item in category %s", c)
		}
	}

	byCode := map[string]ServiceItem{}
	for _, it := range items {
		byCode[it.Code] = it
	}
	db := byCode["DB-01"]
	if db.Category != "低保" || db.DefaultLedger != "代办" || db.StatutoryDays != 30 || db.PromisedDays > 30 {
		t.Fatalf("低保 new application: %+v", db)
	}
	required := map[string]bool{}
	for _, m := range db.Materials {
		required[m.Name] = m.Required
	}
	for name, want := range map[string]bool{"户口簿": true, "家庭成员身份证": true, "书面申请": true, "家庭经济状况核对授权书": true,
		"承诺书": true, "疾病或残疾证明": false, "委托书": false} {
		if got, ok := required[name]; !ok || got != want {
			t.Errorf("低保 material %s: listed %v, required %v; want required %v", name, ok, got, want)
		}
	}
	steps := strings.Join(db.Steps, "\n")
	for _, part := range []string{"3个工作日内", "公示7天", "10个工作日内", "书面告诉", "30个工作日"} {
		if !strings.Contains(steps, part) {
			t.Errorf("低保 steps lack %q", part)
		}
	}
	for code, ledger := range map[string]string{"YB-01": "即办", "YB-02": "代办", "YL-03": "代办", "YL-04": "即办", "DB-04": "上报", "QT-01": "即办"} {
		if byCode[code].DefaultLedger != ledger {
			t.Errorf("%s ledger = %q, want %q", code, byCode[code].DefaultLedger, ledger)
		}
	}
	if byCode["YL-03"].PromisedDays != 1 || byCode["YL-05"].PromisedDays != 1 {
		t.Error("pension claim and cancellation are promised in 1 working day")
	}
	if byCode["QT-01"].Category != "其他" {
		t.Error("QT-01 is in 其他")
	}
	// The items whose approval sets a monthly amount (by their role) are 低保 items.
	for code, it := range byCode {
		if GrantsAllowance(it.Role) && it.Category != "低保" {
			t.Errorf("%s is not a 低保 item", code)
		}
	}
}

func TestOnlyAdminManagesCatalog(t *testing.T) {
	for _, r := range Roles {
		if got := r.Can(PermManageCatalog); got != (r == RoleAdmin) {
			t.Errorf("%s manages the catalog: %v", r, got)
		}
	}
}
