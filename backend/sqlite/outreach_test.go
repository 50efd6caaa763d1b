package sqlite

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// outreachToday is the fixture's "today": Sunday 2026-03-15, 10:00 in the hall.
var outreachToday = time.Date(2026, 3, 15, 2, 0, 0, 0, time.UTC)

// outreachFixture is a hall of two villages whose lists were counted by hand (see each row).
type outreachFixture struct {
	s      *Store
	a, b   int64 // villages 甲村 and 乙村
	people map[string]int64
	seq    int
}

// person adds a resident born on birth; with no ID number when noID (a newborn).
func (f *outreachFixture) person(t *testing.T, key string, village int64, birth string, household int64) int64 {
	t.Helper()
	in := hall.ResidentInput{Name: key, VillageID: village, HouseholdID: household, Phone: "13800000000"}
	if strings.HasSuffix(key, "之妻") {
		in.Relation = "配偶"
	} else if strings.HasSuffix(key, "之子") {
		in.Relation = "子女"
	}
	if birth >= "2025-01-01" {
		in.NoIDNumber, in.BirthDate, in.Sex = true, hall.MustDate(birth), "女"
	} else {
		f.seq++
		in.IDNumber = makeID("150627", strings.ReplaceAll(birth, "-", ""), fmt.Sprintf("%03d", f.seq))
	}
	clean, err := hall.CleanResident(in, outreachToday.In(hall.China))
	must(t, err)
	id, err := f.s.CreateResident(ctx, admin, clean)
	must(t, err)
	f.people[key] = id
	return id
}

// caseOf records a case of item code for the applicant, taken at created (UTC RFC 3339); with
// done set it finished with outcome on that date (China time 10:00).
func (f *outreachFixture) caseOf(t *testing.T, key, code, created, status, outcome, done, amount, firstPaid string) {
	t.Helper()
	f.seq++
	res, err := f.s.db.Exec(`INSERT INTO cases(number, ledger, item_id, item_code, item_name, item_category, applicant_id,
		source, status, created_at, created_by, promised_days, statutory_days, handler_id, outcome, monthly_amount,
		first_paid_month, updated_at)
		SELECT ?, '代办', id, code, name, category, ?, '大厅窗口', ?, ?, 1, 1, 1, 1, ?, ?, ?, ? FROM service_items WHERE code=?`,
		fmt.Sprintf("T%04d", f.seq), f.people[key], status, created, outcome, amount, firstPaid, created, code)
	must(t, err)
	id, _ := res.LastInsertId()
	if done != "" {
		at := done + "T02:00:00Z"
		_, err = f.s.db.Exec(`INSERT INTO case_events(case_id, at, operator_id, operator_name, action, from_status, to_status)
			VALUES (?, ?, 1, '管理员甲', 'complete', 'in_progress', 'done')`, id, at)
		must(t, err)
	}
}

// approve records an approved 低保 case of code, done on date.
func (f *outreachFixture) approve(t *testing.T, key, code, date, amount, firstPaid string) {
	f.caseOf(t, key, code, date+"T01:00:00Z", "done", hall.OutcomeDone, date, amount, firstPaid)
}

func newOutreachFixture(t *testing.T) *outreachFixture {
	s, _, _ := newStore(t)
	setupHall(t, s)
	f := &outreachFixture{s: s, a: addVillage(t, s, "甲村"), b: addVillage(t, s, "乙村"), people: map[string]int64{}}

	// Turning 60 in April 2026.
	f.person(t, "满60-月初", f.a, "1966-04-01", 0) // listed
	f.person(t, "满60-月末", f.b, "1966-04-30", 0) // listed
	f.person(t, "本月满60", f.a, "1966-03-31", 0)  // no: this month
	f.person(t, "五月满60", f.a, "1966-05-01", 0)  // no: the month after
	f.person(t, "已申请待遇", f.a, "1966-04-15", 0)  // no: a claim is open
	f.person(t, "申请被拒", f.a, "1966-04-20", 0)   // listed: the claim was refused
	f.caseOf(t, "已申请待遇", "YL-03", "2026-03-01T02:00:00Z", "in_progress", "", "", "", "")
	f.caseOf(t, "申请被拒", "YL-03", "2026-03-01T02:00:00Z", "done", hall.OutcomeRefused, "2026-03-05", "", "")

	// Newborns (12 months: born 2025-03-15 or later).
	f.person(t, "新生儿甲", f.b, "2026-01-10", 0)   // listed
	f.person(t, "新生儿已参保", f.a, "2025-12-01", 0) // no: enrolled
	f.caseOf(t, "新生儿已参保", "YB-01", "2025-12-20T02:00:00Z", "done", hall.OutcomeDone, "2025-12-20", "", "")
	f.person(t, "满一岁当天", f.a, "2025-03-15", 0) // listed: exactly 12 months
	f.person(t, "满一岁次日", f.a, "2025-03-14", 0) // no

	// 低保 households.
	hh, err := s.SaveHousehold(ctx, admin, hall.HouseholdInput{VillageID: f.a, Address: "甲村一组"})
	must(t, err)
	f.person(t, "整年户", f.a, "1970-01-01", hh)
	f.person(t, "整年户之妻", f.a, "1972-01-01", hh)
	f.person(t, "整年户之子", f.a, "1998-01-01", hh)
	f.approve(t, "整年户", "DB-01", "2025-03-15", "650", "2025-04") // exactly 12 months ago
	f.person(t, "半年户", f.b, "1971-01-01", 0)
	f.approve(t, "半年户", "DB-01", "2025-09-15", "500", "2025-10") // exactly 6 months ago
	f.person(t, "五月户", f.a, "1973-01-01", 0)
	f.approve(t, "五月户", "DB-01", "2025-05-01", "400", "2025-06") // yearly due 2026-05-01
	f.person(t, "复核过户", f.b, "1974-01-01", 0)
	f.approve(t, "复核过户", "DB-01", "2024-01-10", "600", "2024-02")
	f.approve(t, "复核过户", "DB-03", "2025-06-01", "700", "2025-07") // the re-review resets the clock
	f.person(t, "停发户", f.a, "1975-01-01", 0)
	f.approve(t, "停发户", "DB-01", "2025-02-01", "550", "2025-03")
	f.caseOf(t, "停发户", "DB-04", "2025-08-01T01:00:00Z", "done", hall.OutcomeDone, "2025-08-01", "", "")
	f.person(t, "复核在办户", f.a, "1976-01-01", 0)
	f.approve(t, "复核在办户", "DB-01", "2025-01-05", "300", "2025-02")
	f.caseOf(t, "复核在办户", "DB-03", "2026-03-02T01:00:00Z", "in_progress", "", "", "", "")
	f.person(t, "未批准户", f.a, "1977-01-01", 0)
	f.caseOf(t, "未批准户", "DB-01", "2025-05-01T01:00:00Z", "done", hall.OutcomeRefused, "2025-05-20", "", "")
	f.person(t, "新批户", f.b, "1978-01-01", 0)
	f.approve(t, "新批户", "DB-01", "2026-03-01", "450", "2026-04")
	return f
}

func rowNames(rows []hall.OutreachRow) string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Name)
	}
	return strings.Join(out, " ")
}

func TestOutreachListsAgainstHandCountedFixture(t *testing.T) {
	f := newOutreachFixture(t)
	yearly := hall.DefaultOutreachSettings()
	half := yearly
	half.ReviewMonths = 6
	cases := []struct {
		name    string
		list    hall.OutreachList
		village int64
		st      hall.OutreachSettings
		today   time.Time
		want    string
	}{
		{"turning 60", hall.ListTurning60, 0, yearly, outreachToday, "满60-月初 申请被拒 满60-月末"},
		{"turning 60 in 乙村", hall.ListTurning60, f.b, yearly, outreachToday, "满60-月末"},
		{"newborns", hall.ListNewborn, 0, yearly, outreachToday, "满一岁当天 新生儿甲"},
		{"yearly review", hall.ListReview, 0, yearly, outreachToday, "整年户"},
		{"half-yearly review", hall.ListReview, 0, half, outreachToday, "整年户 五月户 半年户 复核过户"},
		{"collection off", hall.ListUnpaid, 0, yearly, outreachToday, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := f.s.Outreach(ctx, hall.OutreachQuery{List: c.list, VillageID: c.village}, c.st, c.today)
			must(t, err)
			if got := rowNames(page.Items); got != c.want || page.Total != len(page.Items) {
				t.Fatalf("got %q (total %d), want %q", got, page.Total, c.want)
			}
		})
	}

	review, err := f.s.Outreach(ctx, hall.OutreachQuery{List: hall.ListReview}, half, outreachToday)
	must(t, err)
	last := review.Items[len(review.Items)-1]
	if last.ApprovedOn != hall.MustDate("2025-06-01") || last.MonthlyAmount != "700" {
		t.Fatalf("the re-review's approval counts: %+v", last)
	}
	if review.Items[0].IDNumber == "" || review.Items[0].Phone != "13800000000" {
		t.Fatalf("the store returns numbers unmasked: %+v", review.Items[0])
	}

	// Paging: two per page.
	p2, err := f.s.Outreach(ctx, hall.OutreachQuery{List: hall.ListTurning60, Page: 2, PageSize: 2}, yearly, outreachToday)
	must(t, err)
	if rowNames(p2.Items) != "满60-月末" || p2.Total != 3 || p2.Page != 2 {
		t.Fatalf("page 2: %q total %d", rowNames(p2.Items), p2.Total)
	}
}

func TestUnpaidListDuringCollection(t *testing.T) {
	f := newOutreachFixture(t)
	oct := time.Date(2026, 10, 10, 2, 0, 0, 0, time.UTC)
	// Paid for 2027 in this period, the first instant of the period included.
	f.caseOf(t, "满60-月初", "YB-02", "2026-09-05T02:00:00Z", "done", hall.OutcomeDone, "2026-09-05", "", "")
	f.caseOf(t, "五月满60", "YB-02", "2026-08-31T16:00:00Z", "accepted", "", "", "", "")
	// Not paid this period: last year's payment, a refused payment.
	f.caseOf(t, "满60-月末", "YB-02", "2026-08-20T02:00:00Z", "done", hall.OutcomeDone, "2026-08-20", "", "")
	f.caseOf(t, "本月满60", "YB-02", "2026-09-20T02:00:00Z", "done", hall.OutcomeRefused, "2026-09-21", "", "")
	var everyone int
	must(t, f.s.db.QueryRow(`SELECT COUNT(*) FROM residents`).Scan(&everyone))
	if everyone != 20 {
		t.Fatalf("fixture has %d residents", everyone)
	}
	st := hall.DefaultOutreachSettings()
	page, err := f.s.Outreach(ctx, hall.OutreachQuery{List: hall.ListUnpaid, PageSize: 100}, st, oct)
	must(t, err)
	if page.Total != 18 || len(page.Items) != 18 {
		t.Fatalf("unpaid: %d", page.Total)
	}
	for _, r := range page.Items {
		if r.Name == "满60-月初" || r.Name == "五月满60" {
			t.Fatalf("%s has paid", r.Name)
		}
	}
	// The same day with the period switched to the spring: nobody is listed.
	st.CollectionStart, st.CollectionEnd = "03-01", "05-31"
	page, err = f.s.Outreach(ctx, hall.OutreachQuery{List: hall.ListUnpaid}, st, oct)
	must(t, err)
	if page.Total != 0 {
		t.Fatalf("outside the period: %d", page.Total)
	}
	all, truncated, err := f.s.OutreachAll(ctx, hall.ListUnpaid, f.b, hall.DefaultOutreachSettings(), oct, 3)
	must(t, err)
	if len(all) != 3 || !truncated {
		t.Fatalf("limited export: %d %v", len(all), truncated)
	}
}

func TestAllowancesOfAMonth(t *testing.T) {
	f := newOutreachFixture(t)
	got, err := f.s.Allowances(ctx, 0, "2026-03")
	must(t, err)
	var rows []string
	for _, a := range got {
		rows = append(rows, fmt.Sprintf("%s:%s:%d", a.Name, a.MonthlyAmount, a.Members))
	}
	want := "整年户:650:3 五月户:400:0 复核在办户:300:0 半年户:500:0 复核过户:700:0"
	if strings.Join(rows, " ") != want {
		t.Fatalf("March:\n got %s\nwant %s", strings.Join(rows, " "), want)
	}
	april, err := f.s.Allowances(ctx, f.b, "2026-04")
	must(t, err)
	if len(april) != 3 || april[2].Name != "新批户" || april[2].FirstPaid != "2026-04" {
		t.Fatalf("April in 乙村: %+v", april)
	}
}

func TestOutreachSettingsSavedWithAudit(t *testing.T) {
	s, _, _ := newStore(t)
	st, err := s.OutreachSettings(ctx)
	must(t, err)
	if st != hall.DefaultOutreachSettings() {
		t.Fatalf("defaults: %+v", st)
	}
	st.ReviewMonths, st.CollectionEnd = 6, "02-28"
	must(t, s.SaveOutreachSettings(ctx, admin, st))
	back, err := s.OutreachSettings(ctx)
	must(t, err)
	if back != st {
		t.Fatalf("saved %+v, read %+v", st, back)
	}
	if a := lastAudit(t, s); a.Entity != "主动服务设置" || !strings.Contains(a.Detail, "每半年") {
		t.Fatalf("audit: %+v", a)
	}
	_, err = s.db.Exec(`UPDATE settings SET value='7' WHERE key='outreach_review_months'`)
	must(t, err)
	if back, _ := s.OutreachSettings(ctx); back != hall.DefaultOutreachSettings() {
		t.Fatalf("a broken value falls back to the defaults: %+v", back)
	}
}
