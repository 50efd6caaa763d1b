package hall

import (
	"strings"
	"testing"
	"time"
)

func TestProblemsReportsEveryFieldOnce(t *testing.T) {
	var p Problems
	if p.Err() != nil {
		t.Fatal("no problems must give no error")
	}
	p.Check(nil)
	p.Check(Invalid("name", "请填写姓名"))
	p.Add("address", "请填写住址")
	p.Check(Invalid("name", "姓名不能超过20个字")) // a second problem of the same field is dropped
	e := AsError(p.Err())
	if e == nil || e.Code != CodeInvalid || e.Field != "name" || e.Message != "请填写姓名" {
		t.Fatalf("Err() = %+v, want the first problem", e)
	}
	if len(e.Fields) != 2 || e.Fields[1] != (FieldError{"address", "请填写住址"}) {
		t.Errorf("Fields = %+v", e.Fields)
	}
	p.Check(Conflict("已存在"))
	if !IsCode(p.Err(), CodeConflict) {
		t.Errorf("an error about no field must win: %v", p.Err())
	}
}

func TestCleanPetitionReportsEveryMissingFieldAtOnce(t *testing.T) {
	today := time.Date(2026, 12, 3, 10, 0, 0, 0, China)
	_, err := CleanPetition(PetitionInput{Form: "来访"}, today)
	e := AsError(err)
	if e == nil {
		t.Fatal("an empty form must be refused")
	}
	var got []string
	for _, f := range e.Fields {
		got = append(got, f.Field)
	}
	if want := "name address category facts request"; strings.Join(got, " ") != want {
		t.Errorf("fields = %v, want %s", got, want)
	}
	if e.Field != "name" {
		t.Errorf("first field = %q, want name", e.Field)
	}
}

func TestCleanPetitionGroupHeadCount(t *testing.T) {
	today := time.Date(2026, 12, 3, 10, 0, 0, 0, China)
	reps := []Representative{{Name: "甲"}, {Name: "乙"}, {Name: "丙"}, {Name: "丁"}, {Name: "戊"}}
	in := PetitionInput{Form: "来访", ResidentID: 7, GroupVisit: true, HeadCount: 2, Representatives: reps,
		Category: PetitionCategories[0], Facts: "事实", Request: "请求"}
	_, err := CleanPetition(in, today)
	if e := AsError(err); e == nil || e.Field != "headCount" || !strings.Contains(e.Message, "5人") {
		t.Fatalf("5 representatives of 2 visitors: err = %v, want headCount", err)
	}
	in.HeadCount = 5
	if _, err := CleanPetition(in, today); err != nil {
		t.Fatalf("5 representatives of 5 visitors: %v", err)
	}
}

func TestCleanNameRefusesWhatCannotPrint(t *testing.T) {
	for _, tc := range []struct {
		in, bad string
	}{
		{"王小明", ""},
		{"阿拉坦 其其格", ""},
		{"王小明😀", "😀"},
		{"𠮷田", "𠮷"},
		{"ᠮᠣᠩᠭᠣᠯ", "ᠮᠣᠩᠭᠯ"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := CleanName("name", "姓名", tc.in, true)
			if tc.bad == "" {
				if err != nil {
					t.Fatalf("CleanName(%q) = %v", tc.in, err)
				}
				return
			}
			e := AsError(err)
			if e == nil || e.Field != "name" || !strings.Contains(e.Message, "“"+tc.bad+"”") || !strings.Contains(e.Message, "无法打印") {
				t.Fatalf("CleanName(%q) = %v, want the characters %q named", tc.in, err, tc.bad)
			}
		})
	}
}

func TestCleanVisitReportsEveryMissingFieldAtOnce(t *testing.T) {
	today := time.Date(2026, 12, 3, 10, 0, 0, 0, China)
	in := VisitInput{Way: VisitWays[0], Issues: []VisitIssueInput{{Kind: IssueCase}}}
	_, err := CleanVisit(in, today)
	e := AsError(err)
	if e == nil {
		t.Fatal("an empty visit must be refused")
	}
	var got []string
	for _, f := range e.Fields {
		got = append(got, f.Field)
	}
	if want := "cadreId householdId date diary issues.0.text issues.0.itemId issues.0.applicantId"; strings.Join(got, " ") != want {
		t.Errorf("fields = %v, want %s", got, want)
	}
}

func TestCleanResidentAndIntakeReportEveryBadFieldAtOnce(t *testing.T) {
	today := time.Date(2026, 12, 3, 10, 0, 0, 0, China)
	fields := func(err error) string {
		var got []string
		if e := AsError(err); e != nil {
			for _, f := range e.Fields {
				got = append(got, f.Field)
			}
		}
		return strings.Join(got, " ")
	}
	_, err := CleanResident(ResidentInput{Name: "王😀", IDNumber: "110105194912310021", Phone: "123"}, today)
	if got, want := fields(err), "name idNumber phone villageId"; got != want {
		t.Errorf("resident fields = %q, want %q (%v)", got, want, err)
	}
	item := ServiceItem{Active: true, DefaultLedger: "即办"}
	_, err = CleanIntake(IntakeInput{Source: "?", Agent: &Agent{Name: "李😀"}, Received: []string{"户口簿"}}, item, today)
	if got, want := fields(err), "applicantId source agent.name agent.relation received"; got != want {
		t.Errorf("intake fields = %q, want %q (%v)", got, want, err)
	}
}
