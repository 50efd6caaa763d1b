package app_test

import (
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/workday"
)

// queryCalls are the services that take a search box's text, called with text as the query.
func queryCalls(c *app.Core, seat *app.Seat) map[string]func(text string) error {
	calls := map[string]func(string) error{}
	for _, s := range c.Services(seat) {
		switch s := s.(type) {
		case *app.ResidentService:
			calls["residents"] = func(q string) error { _, err := s.Search(hall.ResidentQuery{Text: q}); return err }
		case *app.HouseholdService:
			calls["households"] = func(q string) error { _, err := s.Search(hall.HouseholdQuery{Text: q}); return err }
		case *app.CadreService:
			calls["cadres"] = func(q string) error { _, err := s.List(hall.CadreQuery{Text: q}); return err }
		case *app.CoverageService:
			calls["coverage"] = func(q string) error { _, err := s.Households(hall.CoveredQuery{Text: q}); return err }
		case *app.CaseService:
			calls["ledger"] = func(q string) error { _, err := s.Ledger(hall.CaseQuery{Text: q}); return err }
		case *app.PetitionService:
			calls["petitions"] = func(q string) error { _, err := s.List(hall.PetitionQuery{Text: q}); return err }
		}
	}
	return calls
}

// TestQueryLimitCountsCharacters: every search box takes as many Chinese characters as its form
// allows (maxlength limits.query, 40) and refuses the 41st with a Chinese message; a 17-character
// Chinese query, once refused by the ledger as 51 bytes, is one of those that pass.
func TestQueryLimitCountsCharacters(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	calls := queryCalls(e.core, admin.seat)
	if len(calls) != 6 {
		t.Fatalf("found %d query services, want 6", len(calls))
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			for _, n := range []int{17, hall.MaxQuery} {
				if err := call(strings.Repeat("张", n)); err != nil {
					t.Fatalf("%d Chinese characters: %v", n, err)
				}
			}
			bad := wantCode(t, call(strings.Repeat("张", hall.MaxQuery+1)), hall.CodeInvalid)
			if bad.Field != "text" || bad.Message != "查询内容不能超过40个字" {
				t.Fatalf("41 characters: %+v", bad)
			}
		})
	}
}

// TestExportQueryLimitCountsCharacters: the exports take the same query as their views.
func TestExportQueryLimitCountsCharacters(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	var ex *app.ExportService
	for _, s := range e.core.Services(admin.seat) {
		if s, ok := s.(*app.ExportService); ok {
			ex = s
		}
	}
	long := strings.Repeat("张", hall.MaxQuery+1)
	for name, call := range map[string]func() error{
		"ledger":     func() error { _, err := ex.Ledger(hall.CaseQuery{Text: long}); return err },
		"petitions":  func() error { _, err := ex.Petitions(hall.PetitionQuery{Text: long}); return err },
		"residents":  func() error { _, err := ex.Residents(hall.ResidentQuery{Text: long}); return err },
		"households": func() error { _, err := ex.Households(hall.HouseholdQuery{Text: long}); return err },
	} {
		if bad := wantCode(t, call(), hall.CodeInvalid); bad.Message != "查询内容不能超过40个字" {
			t.Fatalf("%s: %+v", name, bad)
		}
	}
}

// TestNameLimitCountsCharacters: a resident's name takes the 30 Chinese characters its form
// allows (limits.name) and refuses the 31st.
func TestNameLimitCountsCharacters(t *testing.T) {
	r := newRegistry(t)
	in := hall.ResidentInput{Name: strings.Repeat("乌", hall.MaxName), NoIDNumber: true, BirthDate: hall.MustDate("1960-05-01"),
		Sex: "男", VillageID: r.village, HouseholdID: r.household, Relation: "子女"}
	if _, err := r.clerk.res.Save(in); err != nil {
		t.Fatalf("%d characters: %v", hall.MaxName, err)
	}
	in.Name += "乌"
	_, err := r.clerk.res.Save(in)
	if bad := wantCode(t, err, hall.CodeInvalid); bad.Field != "name" || bad.Message != "姓名不能超过30个字" {
		t.Fatalf("31 characters: %+v", bad)
	}
}

// TestCalendarNoteLimit: the notice's number (依据) takes the 200 characters its box allows
// (limits.calendarNote) and no more.
func TestCalendarNoteLimit(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	var cal *app.CalendarService
	for _, s := range e.core.Services(admin.seat) {
		if s, ok := s.(*app.CalendarService); ok {
			cal = s
		}
	}
	y := workday.Year{Year: 2027, Holidays: []string{"2027-01-01"}, Note: strings.Repeat("国", hall.MaxCalendarNote)}
	if _, err := cal.SaveYear(y); err != nil {
		t.Fatalf("%d characters: %v", hall.MaxCalendarNote, err)
	}
	y.Note += "国"
	_, err := cal.SaveYear(y)
	if bad := wantCode(t, err, hall.CodeInvalid); bad.Field != "note" || bad.Message != "依据不能超过200个字" {
		t.Fatalf("201 characters: %+v", bad)
	}
}
