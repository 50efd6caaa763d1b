package hall

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDisclosureByRole(t *testing.T) {
	today := time.Date(2025, 3, 10, 0, 0, 0, 0, China)
	r := Resident{Name: "张伟", IDNumber: "11010519491231002X", HasIDNumber: true, BirthDate: MustDate("1949-12-31"), Phone: "13812345678"}
	for _, role := range Roles {
		t.Run(string(role), func(t *testing.T) {
			// every screen, whatever the role
			got := Masked.Resident(r, today)
			if got.IDNumber != "**************002X" || got.Phone != "138****5678" || got.BirthDate != (Date{}) || got.Age != 75 {
				t.Errorf("on screen: %+v", got)
			}
			// an audited output: full only for a role that may reveal
			d := DisclosureFor(role)
			out := d.Resident(r, today)
			if d.Full() != role.Can(PermRevealSensitive) {
				t.Fatalf("full = %v", d.Full())
			}
			if d.Full() && (out.IDNumber != r.IDNumber || out.BirthDate != r.BirthDate || out.Phone != r.Phone) {
				t.Errorf("in full: %+v", out)
			}
			if !d.Full() && !reflect.DeepEqual(out, got) {
				t.Errorf("%s gets %+v, want the screen's %+v", role, out, got)
			}
		})
	}
}

func TestNumberSearch(t *testing.T) {
	for _, tc := range []struct {
		text   string
		number bool
		masked string
	}{
		{"5678", true, "5678"}, {" 002x ", true, "002X"}, {"13812345678", true, "*******5678"},
		{"11010519491231002X", true, "**************002X"}, {"0477-8612345", true, "*******2345"},
		{"567", false, ""}, {"张伟", false, ""}, {"2026X0001", false, ""}, {"X123", false, ""}, {"-5678", false, ""},
		{"", false, ""},
	} {
		q, ok := ParseNumberSearch(tc.text)
		if ok != tc.number {
			t.Errorf("ParseNumberSearch(%q) = %+v %v, want %v", tc.text, q, ok, tc.number)
		} else if ok && q.Masked() != tc.masked {
			t.Errorf("ParseNumberSearch(%q).Masked() = %q, want %q", tc.text, q.Masked(), tc.masked)
		}
	}
	long, _ := ParseNumberSearch("45678")
	tail, _ := ParseNumberSearch("5678")
	for _, role := range Roles {
		err := long.Allowed(role)
		if role.Can(PermRevealSensitive) != (err == nil) {
			t.Errorf("%s searching 5 digits: %v", role, err)
		}
		if e := AsError(err); e != nil && (e.Code != CodeInvalid || !strings.Contains(e.Message, "后4位")) {
			t.Errorf("%s: %+v", role, e)
		}
		if err := tail.Allowed(role); err != nil {
			t.Errorf("%s may search the last 4: %v", role, err)
		}
	}
	if d := long.AuditDetail("电话号码"); d != "按电话号码查询：*5678（5位）" {
		t.Errorf("audit detail %q", d)
	}
}

func TestPrivateText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"刘辉想办理低保，刘辉明陪同", "刘某某想办理低保，刘某某陪同"},
		{"联系电话13812345678，身份证11010519491231002x。", "联系电话***********，身份证******************。"},
		{"电话 138 1234 5678，座机0477-8612345", "电话 *** **** ****，座机****-*******"},
		{"全角１３８１２３４５６７８", "全角***********"},
		{"月保障金额650元，2025年3月9日办结，共3人", "月保障金额650元，2025年3月9日办结，共3人"},
		{"编号2026D0012", "编号2026D0012"},
	} {
		if got := PrivateText(tc.in, []string{"刘辉", "刘辉明", "王", ""}); got != tc.want {
			t.Errorf("PrivateText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The briefing's drafted paragraph and its printed text name nobody in the case, whatever the
// counter typed into the summary and the result, and whatever the supervisor typed over it.
func TestNotableTextIsPrivate(t *testing.T) {
	c := NotableCase{CaseID: 1, Number: "2025D0001", ItemName: "最低生活保障新申请", Ledger: LedgerProxy, Source: "大厅窗口",
		Summary: "刘辉想办理低保，其妻王秀兰患病，电话13812345678", ApplicantName: "刘辉", VillageName: "巴图塔村",
		Status: StatusClosed, TakenOn: MustDate("2025-03-03"), DoneOn: MustDate("2025-03-20"), Outcome: OutcomeDone,
		OutcomeNote: "已告知刘辉，身份证11010519491231002X", People: []string{"王秀兰"}}
	draft := DefaultNotableText(c)
	for _, leak := range []string{"刘辉", "王秀兰", "13812345678", "11010519491231002X", "5678", "002X"} {
		if strings.Contains(draft, leak) {
			t.Errorf("draft holds %q: %s", leak, draft)
		}
	}
	if !strings.Contains(draft, "巴图塔村群众刘某某") || !strings.Contains(draft, "刘某某想办理低保，其妻王某某患病") {
		t.Errorf("draft: %s", draft)
	}
	c.Text = "刘辉（13812345678）的低保经联办已批准，王秀兰表示感谢。"
	b := Briefing{HallName: "便民服务大厅", MonthLabel: "2025年3月", Notables: []NotableCase{c}}
	b.Compose()
	last := b.Sections[len(b.Sections)-1]
	if got := last.Paragraphs[0]; got != "刘某某（***********）的低保经联办已批准，王某某表示感谢。" || b.Notables[0].Text != got {
		t.Errorf("printed: %q, notable %q", got, b.Notables[0].Text)
	}
}

// TestRateLimited: only the roles that may not reveal numbers count against the search limit.
func TestRateLimited(t *testing.T) {
	for _, r := range Roles {
		if got, want := RateLimited(r), !r.Can(PermRevealSensitive); got != want {
			t.Errorf("RateLimited(%s) = %v, want %v", r, got, want)
		}
	}
	if !RateLimited(RoleSupervisor) || RateLimited(RoleClerk) {
		t.Error("the supervisor is limited and the clerk is not")
	}
}
