package hall

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// LookupOfCase tells the item, stage, missing materials (while waiting), promised date, clerk
// and masked applicant, and nothing else of the case.
func TestLookupOfCase(t *testing.T) {
	base := CaseRecord{ID: 7, Number: "2025D0003", Ledger: LedgerProxy, ItemName: "最低生活保障新申请", ApplicantName: "欧阳明月",
		ApplicantID18: "11010519491231002X", ApplicantPhone: "13812345678", VillageName: "巴图塔村", HandlerName: "王丽娜",
		Summary: "家中困难", Status: StatusAccepted, DueDate: MustDate("2025-03-24"),
		Materials: []CaseMaterial{{Name: "居民身份证", Required: true, Received: true}, {Name: "疾病诊断证明", Required: true},
			{Name: "疾病诊断证明", Required: true}, {Name: "委托书"}}}
	waiting := base
	waiting.Status = StatusAwaiting
	instant := base
	instant.Ledger = LedgerInstant
	for _, tc := range []struct {
		name string
		c    CaseRecord
		want CaseLookup
	}{
		{"accepted", base, CaseLookup{ItemName: "最低生活保障新申请", Stage: "已受理", Missing: []string{}, PromisedDate: "2025-03-24", HandlerName: "王丽娜", ApplicantName: "欧阳某某"}},
		{"waiting", waiting, CaseLookup{ItemName: "最低生活保障新申请", Stage: "待补正", Missing: []string{"疾病诊断证明"},
			PromisedDate: "材料补齐后受理，办理时限自受理之日起计算", HandlerName: "王丽娜", ApplicantName: "欧阳某某"}},
		{"instant", instant, CaseLookup{ItemName: "最低生活保障新申请", Stage: "已受理", Missing: []string{}, PromisedDate: "当场办结", HandlerName: "王丽娜", ApplicantName: "欧阳某某"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := LookupOfCase(tc.c)
			if a.Kind != LookupCase || a.Ticket != nil || !reflect.DeepEqual(*a.Case, tc.want) {
				t.Fatalf("got %+v %+v, want %+v", a, a.Case, tc.want)
			}
			wire, _ := json.Marshal(a)
			for _, secret := range []string{"明月", "002X", "5678", "2025D0003", "巴图塔村", "家中困难"} {
				if strings.Contains(string(wire), secret) {
					t.Errorf("answer holds %q: %s", secret, wire)
				}
			}
		})
	}
	if n := NoMatch(); n.Kind != LookupNone || n.Case != nil || n.Ticket != nil || n.Message != LookupNoMatch {
		t.Errorf("NoMatch = %+v", n)
	}
	if e := AsError(LookupRefused()); e == nil || e.Code != CodeForbidden || !strings.Contains(e.Message, "服务窗口") {
		t.Errorf("LookupRefused = %v", LookupRefused())
	}
}

func TestDocumentNumbers(t *testing.T) {
	day := time.Date(2026, 12, 5, 17, 0, 0, 0, time.UTC) // 6 December in China
	for _, tc := range []struct {
		seq  int
		want string
		code Code
	}{{1, "HD2026120600001", ""}, {12, "HD2026120600012", ""}, {99999, "HD2026120699999", ""}, {0, "", CodeInvalid}, {100000, "", CodeConflict}} {
		got, err := DocumentNumber(day, tc.seq)
		if tc.code == CodeInvalid {
			if err == nil {
				t.Errorf("seq %d: no error", tc.seq)
			}
			continue
		}
		if got != tc.want || (tc.code == "" && err != nil) || (tc.code != "" && AsError(err).Code != tc.code) {
			t.Errorf("DocumentNumber(%d) = %q, %v", tc.seq, got, err)
		}
	}
	for in, want := range map[string]string{" hd2026120600012 ": "HD2026120600012", "文书编号：HD 2026-1206-00012": "HD2026120600012", "HD123": "", "": ""} {
		if got, ok := ReadDocumentNumber(in); got != want || ok != (want != "") {
			t.Errorf("ReadDocumentNumber(%q) = %q, %v", in, got, ok)
		}
	}
}

func TestVerifyVerdicts(t *testing.T) {
	rec := &DocumentRecord{Number: "HD2026120600012", Kind: "受理回执", SHA256: "aa"}
	for _, tc := range []struct {
		name, number string
		rec          *DocumentRecord
		sum, want    string
	}{
		{"file as printed", "HD2026120600012", rec, "aa", VerdictGenuine},
		{"file changed", "HD2026120600012", rec, "bb", VerdictAltered},
		{"number typed", "HD2026120600012", rec, "", VerdictGenuine},
		{"unknown number", "HD2026120600013", nil, "bb", VerdictUnknown},
		{"no number in file", "", nil, "bb", VerdictUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Verify(tc.number, tc.rec, tc.sum)
			if r.Verdict != tc.want || r.Label == "" || r.Message == "" || r.Document != tc.rec {
				t.Errorf("Verify = %+v, want %s", r, tc.want)
			}
		})
	}
}
