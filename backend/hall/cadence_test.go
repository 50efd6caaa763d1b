package hall

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.ParseInLocation(DateLayout, s, China)
	if err != nil {
		panic(err)
	}
	return d
}

var (
	home    = MemberFacts{Relation: "户主", Residency: "常住"}
	homeOut = MemberFacts{Relation: "户主", Residency: "外出"}
	kidOut  = MemberFacts{Relation: "子女", Residency: "外出"}
	kidHome = MemberFacts{Relation: "子女", Residency: "常住"}
	elder   = MemberFacts{Relation: "父母", Residency: "常住", Tags: []string{"高龄"}}
	poor    = MemberFacts{Relation: "配偶", Residency: "常住", Tags: []string{"低保户"}}
)

func TestHouseholdKinds(t *testing.T) {
	cases := []struct {
		name    string
		members []MemberFacts
		paired  bool
		want    []string
	}{
		{"resident", []MemberFacts{home, kidOut}, false, []string{KindResident}},
		{"head out", []MemberFacts{homeOut, kidHome}, false, []string{KindOut}},
		{"everyone out, no head recorded", []MemberFacts{kidOut, {Relation: "配偶", Residency: "外出"}}, false, []string{KindOut}},
		{"special group", []MemberFacts{home, elder}, false, []string{KindResident, KindSpecial}},
		{"低保 is not a special-group tag", []MemberFacts{home, poor}, false, []string{KindResident}},
		{"paired and special", []MemberFacts{homeOut, elder}, true, []string{KindOut, KindNeedy, KindSpecial}},
		{"no members", nil, false, []string{KindResident}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := HouseholdKinds(tc.members, tc.paired); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDutiesAcrossMonthEnds checks, for each kind of household, when the next visit is due and
// whether it is overdue, with last visits at month ends (31 January, 28 February, 30 April,
// 31 December) where calendar months and day counts part ways.
func TestDutiesAcrossMonthEnds(t *testing.T) {
	s := DefaultVisitSettings()
	cases := []struct {
		name      string
		f         DutyFacts
		today     string
		duty      string
		kind      string
		due       string
		daysLeft  int
		overdue   bool
		soon      bool
		way       string
		neverSeen bool
	}{
		{"resident: 15 days from 31 Jan is 15 Feb", DutyFacts{Members: []MemberFacts{home}, CadreID: 1, Since: MustDate("2025-12-01"), LastVisit: MustDate("2026-01-31")},
			"2026-02-10", DutyCover, KindResident, "2026-02-15", 5, false, true, "入户", false},
		{"resident: overdue the day after", DutyFacts{Members: []MemberFacts{home}, CadreID: 1, Since: MustDate("2025-12-01"), LastVisit: MustDate("2026-01-31")},
			"2026-02-16", DutyCover, KindResident, "2026-02-15", -1, true, false, "入户", false},
		{"resident: due today is not overdue", DutyFacts{Members: []MemberFacts{home}, CadreID: 1, Since: MustDate("2025-12-01"), LastVisit: MustDate("2026-02-28")},
			"2026-03-15", DutyCover, KindResident, "2026-03-15", 0, false, true, "入户", false},
		{"out: 30 days from 31 Jan is 2 Mar, not 28 Feb", DutyFacts{Members: []MemberFacts{homeOut, kidOut}, CadreID: 1, Since: MustDate("2025-12-01"), LastVisit: MustDate("2026-01-31")},
			"2026-02-28", DutyCover, KindOut, "2026-03-02", 2, false, true, "电话", false},
		{"out: overdue on 3 Mar", DutyFacts{Members: []MemberFacts{homeOut}, CadreID: 1, Since: MustDate("2025-12-01"), LastVisit: MustDate("2026-01-31")},
			"2026-03-03", DutyCover, KindOut, "2026-03-02", -1, true, false, "电话", false},
		{"out: in a leap year 31 Jan + 30 is 1 Mar", DutyFacts{Members: []MemberFacts{homeOut}, CadreID: 1, Since: MustDate("2027-12-01"), LastVisit: MustDate("2028-01-31")},
			"2028-02-20", DutyCover, KindOut, "2028-03-01", 10, false, false, "电话", false},
		{"needy paired with the covering cadre: monthly", DutyFacts{Members: []MemberFacts{homeOut}, CadreID: 1, Since: MustDate("2026-01-01"),
			PairCadreID: 1, PairSince: MustDate("2026-01-01"), LastVisit: MustDate("2026-04-30")}, "2026-05-25", DutyCover, KindOut, "2026-05-30", 5, false, true, "电话", false},
		{"needy resident paired with the covering cadre: still half-monthly", DutyFacts{Members: []MemberFacts{home}, CadreID: 1, Since: MustDate("2026-01-01"),
			PairCadreID: 1, PairSince: MustDate("2026-01-01"), LastVisit: MustDate("2026-04-30")}, "2026-05-25", DutyCover, KindResident, "2026-05-15", -10, true, false, "入户", false},
		{"special group at home: half-monthly over the year end", DutyFacts{Members: []MemberFacts{elder}, CadreID: 1, Since: MustDate("2025-01-01"), LastVisit: MustDate("2025-12-31")},
			"2026-01-10", DutyCover, KindResident, "2026-01-15", 5, false, true, "入户", false},
		{"never visited: due from the start of coverage", DutyFacts{Members: []MemberFacts{home}, CadreID: 1, Since: MustDate("2026-02-20")},
			"2026-03-10", DutyCover, KindResident, "2026-03-07", -3, true, false, "入户", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Duties(tc.f, s, day(tc.today), DueSoonVisitDays)
			if len(got) != 1 {
				t.Fatalf("duties = %+v", got)
			}
			d := got[0]
			if d.Duty != tc.duty || d.Kind != tc.kind || d.DueDate.String() != tc.due || d.DaysLeft != tc.daysLeft || d.Overdue != tc.overdue ||
				d.DueSoon != tc.soon || d.Way != tc.way || d.NeverVisited != tc.neverSeen {
				t.Fatalf("got %+v", d)
			}
		})
	}
}

// The special-group and needy cadences decide when they are the shortest that applies (a hall
// may set them so); with the seed's defaults the household's own cadence is stricter.
func TestSpecialAndNeedyCadenceWhenShortest(t *testing.T) {
	s := DefaultVisitSettings()
	s.ResidentDays, s.SpecialDays = 60, 10
	got := Duties(DutyFacts{Members: []MemberFacts{home, elder}, CadreID: 1, Since: MustDate("2026-01-01"), LastVisit: MustDate("2026-01-31")}, s, day("2026-02-05"), 7)
	if len(got) != 1 || got[0].Kind != KindSpecial || got[0].DueDate.String() != "2026-02-10" || got[0].Days != 10 {
		t.Fatalf("special: %+v", got)
	}
	s = DefaultVisitSettings()
	s.OutDays, s.NeedyDays = 45, 20
	got = Duties(DutyFacts{Members: []MemberFacts{homeOut}, CadreID: 1, Since: MustDate("2026-01-01"), PairCadreID: 1, PairSince: MustDate("2026-01-01"),
		LastVisit: MustDate("2026-01-31")}, s, day("2026-02-05"), 7)
	if len(got) != 1 || got[0].Kind != KindNeedy || got[0].DueDate.String() != "2026-02-20" || got[0].Way != "电话" {
		t.Fatalf("needy: %+v", got)
	}
}

// A needy household paired with a cadre other than the one covering it owes two visits: the
// covering cadre's at its own cadence and the paired cadre's monthly one, which only the paired
// cadre's visits satisfy.
func TestPairedWithAnotherCadre(t *testing.T) {
	f := DutyFacts{HouseholdID: 7, Members: []MemberFacts{home}, CadreID: 1, CadreName: "刘海燕", Since: MustDate("2026-01-01"),
		PairCadreID: 2, PairCadreName: "王建军", PairSince: MustDate("2026-01-10"), LastVisit: MustDate("2026-02-20"), LastPairVisit: MustDate("2026-01-31")}
	got := Duties(f, DefaultVisitSettings(), day("2026-03-03"), 7)
	if len(got) != 2 {
		t.Fatalf("duties = %+v", got)
	}
	cover, pair := got[0], got[1]
	if cover.Duty != DutyCover || cover.CadreName != "刘海燕" || cover.Kind != KindResident || cover.DueDate.String() != "2026-03-07" || cover.Overdue {
		t.Fatalf("cover = %+v", cover)
	}
	if !reflect.DeepEqual(cover.Kinds, []string{KindResident, KindNeedy}) {
		t.Fatalf("cover kinds = %v", cover.Kinds)
	}
	if pair.Duty != DutyPair || pair.CadreName != "王建军" || pair.Kind != KindNeedy || pair.DueDate.String() != "2026-03-02" || !pair.Overdue || pair.DaysLeft != -1 {
		t.Fatalf("pair = %+v", pair)
	}
	// Never visited by the paired cadre: due a month after pairing.
	f.LastPairVisit = Date{}
	if got := Duties(f, DefaultVisitSettings(), day("2026-02-01"), 7); got[1].DueDate.String() != "2026-02-09" || !got[1].NeverVisited {
		t.Fatalf("pair never visited = %+v", got[1])
	}
	// Nobody covers it: only the paired cadre's duty.
	f.CadreID = 0
	if got := Duties(f, DefaultVisitSettings(), day("2026-02-01"), 7); len(got) != 1 || got[0].Duty != DutyPair {
		t.Fatalf("uncovered = %+v", got)
	}
}

func TestBuildDueReportCountsPerCadreAndVillage(t *testing.T) {
	facts := []DutyFacts{
		{HouseholdID: 1, VillageID: 10, VillageName: "巴图塔村", Members: []MemberFacts{home}, CadreID: 1, CadreName: "甲", Since: MustDate("2026-01-01"), LastVisit: MustDate("2026-02-01")},    // due 02-16: overdue
		{HouseholdID: 2, VillageID: 10, VillageName: "巴图塔村", Members: []MemberFacts{home}, CadreID: 1, CadreName: "甲", Since: MustDate("2026-01-01"), LastVisit: MustDate("2026-02-25")},    // due 03-12: soon
		{HouseholdID: 3, VillageID: 11, VillageName: "哈拉沟村", Members: []MemberFacts{homeOut}, CadreID: 2, CadreName: "乙", Since: MustDate("2026-01-01"), LastVisit: MustDate("2026-02-28")}, // due 03-30: fine
		{HouseholdID: 4, VillageID: 11, VillageName: "哈拉沟村", Members: []MemberFacts{home}, CadreID: 2, CadreName: "乙", Since: MustDate("2026-02-01")},                                       // never: due 02-16, overdue
	}
	r := BuildDueReport(facts, DefaultVisitSettings(), day("2026-03-06"), 7, 0)
	var ids []int64
	for _, d := range r.Items {
		ids = append(ids, d.HouseholdID)
	}
	if !reflect.DeepEqual(ids, []int64{1, 4, 2}) {
		t.Fatalf("items = %v", ids)
	}
	want := []DueCount{{ID: 1, Name: "甲", Total: 2, DueSoon: 1, Overdue: 1}, {ID: 2, Name: "乙", Total: 2, Overdue: 1}}
	if !reflect.DeepEqual(r.ByCadre, want) {
		t.Fatalf("by cadre = %+v", r.ByCadre)
	}
	wantV := []DueCount{{ID: 10, Name: "巴图塔村", Total: 2, DueSoon: 1, Overdue: 1}, {ID: 11, Name: "哈拉沟村", Total: 2, Overdue: 1}}
	if !reflect.DeepEqual(r.ByVillage, wantV) {
		t.Fatalf("by village = %+v", r.ByVillage)
	}
	if r := BuildDueReport(facts, DefaultVisitSettings(), day("2026-03-06"), 7, 2); len(r.Items) != 1 || r.Items[0].HouseholdID != 4 || len(r.ByCadre) != 1 {
		t.Fatalf("one cadre = %+v", r)
	}
}

func TestCoverageAndPairWarnings(t *testing.T) {
	cases := []struct {
		count, limit int
		warn         bool
	}{{69, 70, false}, {70, 70, false}, {71, 70, true}, {3, 3, false}, {4, 3, true}, {5, 0, false}}
	for _, tc := range cases {
		if got := CoverageWarning("巴特尔", tc.count, tc.limit); (got != "") != tc.warn {
			t.Errorf("coverage %d/%d: %q", tc.count, tc.limit, got)
		}
		if got := PairWarning("巴特尔", tc.count, tc.limit); (got != "") != tc.warn {
			t.Errorf("pairs %d/%d: %q", tc.count, tc.limit, got)
		}
	}
	if w := CoverageWarning("巴特尔", 71, 70); !strings.Contains(w, "71户") || !strings.Contains(w, "70户") {
		t.Fatalf("warning = %q", w)
	}
	if w := PairWarning("巴特尔", 4, 3); !strings.Contains(w, "结亲4户") {
		t.Fatalf("warning = %q", w)
	}
}

func TestVisitSettingsClean(t *testing.T) {
	if _, err := DefaultVisitSettings().Clean(); err != nil {
		t.Fatal(err)
	}
	for field, edit := range map[string]func(*VisitSettings){
		"residentDays":    func(s *VisitSettings) { s.ResidentDays = 0 },
		"outDays":         func(s *VisitSettings) { s.OutDays = 400 },
		"coverageLimit":   func(s *VisitSettings) { s.CoverageLimit = 0 },
		"thanksgivingDay": func(s *VisitSettings) { s.ThanksgivingDay = 31 },
	} {
		s := DefaultVisitSettings()
		edit(&s)
		_, err := s.Clean()
		if e := AsError(err); e == nil || e.Field != field {
			t.Errorf("%s: %v", field, err)
		}
	}
}

func TestWeekAndMonthRanges(t *testing.T) {
	for _, tc := range []struct{ day, mon, sun string }{
		{"2026-03-02", "2026-03-02", "2026-03-08"}, // Monday
		{"2026-03-08", "2026-03-02", "2026-03-08"}, // Sunday
		{"2026-01-01", "2025-12-29", "2026-01-04"}, // over the year end
	} {
		m, s := WeekOf(day(tc.day))
		if m.Format(DateLayout) != tc.mon || s.Format(DateLayout) != tc.sun {
			t.Errorf("%s: %s..%s", tc.day, m.Format(DateLayout), s.Format(DateLayout))
		}
	}
	f, l := MonthOf(day("2028-02-15"))
	if f.Format(DateLayout) != "2028-02-01" || l.Format(DateLayout) != "2028-02-29" {
		t.Fatalf("month %v %v", f, l)
	}
	for _, tc := range []struct{ period, date, label string }{
		{DiaryWeek, "2026-03-04", "2026年3月2日至8日"},
		{DiaryWeek, "2026-03-31", "2026年3月30日至4月5日"},
		{DiaryWeek, "2026-01-01", "2025年12月29日至2026年1月4日"},
		{DiaryMonth, "2026-02-10", "2026年2月"},
	} {
		_, _, label, err := DiaryRange(tc.period, day(tc.date))
		if err != nil || label != tc.label {
			t.Errorf("%s %s: %q %v", tc.period, tc.date, label, err)
		}
	}
	if _, _, _, err := DiaryRange("day", day("2026-03-04")); !IsCode(err, CodeInvalid) {
		t.Fatalf("bad period: %v", err)
	}
}
