package sqlite

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// TestRoleFeedsTheListsWhateverTheCode: the proactive lists and the 低保 recipients read an
// item's role. An administrator's own item with a role counts as the built-in one does, under
// any code; an item without one counts for nothing, even with a 低保-looking code.
func TestRoleFeedsTheListsWhateverTheCode(t *testing.T) {
	f := newOutreachFixture(t)
	yearly := hall.DefaultOutreachSettings()
	add := func(code, name, category string, role hall.ItemRole) {
		t.Helper()
		it := cleanItem(t, hall.ServiceItem{Code: code, Name: name, Category: category, DefaultLedger: hall.LedgerProxy, Role: role})
		_, err := f.s.SaveServiceItem(ctx, admin, it)
		must(t, err)
		if got := itemByCode(t, f.s, code); got.Role != role || got.Builtin {
			t.Fatalf("%s stored as %+v", code, got)
		}
	}
	add("YL-09", "养老待遇领取（村代办点）", "养老", hall.RolePensionClaim)
	add("DB-09", "特困低保申请", "低保", hall.RoleAllowanceNew)
	add("DB-05", "低保政策咨询", "低保", hall.RoleNone)

	f.caseOf(t, "满60-月初", "YL-09", "2026-03-10T02:00:00Z", "in_progress", "", "", "", "")
	f.approve(t, "未批准户", "DB-09", "2025-03-10", "800", "2025-04")
	f.approve(t, "本月满60", "DB-05", "2025-03-10", "900", "2025-04")

	for _, c := range []struct {
		list hall.OutreachList
		want string
	}{
		{hall.ListTurning60, "申请被拒 满60-月末"}, // 满60-月初's claim is open under YL-09
		{hall.ListReview, "整年户 未批准户"},       // approved under DB-09; DB-05 approves nothing
	} {
		page, err := f.s.Outreach(ctx, hall.OutreachQuery{List: c.list}, yearly, outreachToday)
		must(t, err)
		if got := rowNames(page.Items); got != c.want {
			t.Errorf("%s: got %q, want %q", c.list, got, c.want)
		}
	}
	got, err := f.s.Allowances(ctx, f.a, "2026-03")
	must(t, err)
	var names []string
	for _, a := range got {
		names = append(names, a.Name+":"+a.MonthlyAmount)
	}
	if want := "整年户:650 五月户:400 复核在办户:300 未批准户:800"; strings.Join(names, " ") != want {
		t.Fatalf("recipients in 甲村: got %s, want %s", strings.Join(names, " "), want)
	}
}

// TestItemRolesMigration applies migration 0017 to a catalog as an older program left it: the
// items with a rule's code get its role, built-in or not, and a built-in item whose code an
// administrator had changed is found by the code its cases were taken under.
func TestItemRolesMigration(t *testing.T) {
	f := newOutreachFixture(t)
	before := everyList(t, f.s)
	own := cleanItem(t, hall.ServiceItem{Code: "QT-09", Name: "本镇事项", Category: "其他", DefaultLedger: hall.LedgerInstant})
	_, err := f.s.SaveServiceItem(ctx, admin, own)
	must(t, err)
	body, err := migrationFiles.ReadFile("migrations/0017_item_roles.sql")
	must(t, err)
	// The catalog before 0017, with YL-03 renamed by its administrator (its cases keep YL-03).
	_, err = f.s.db.Exec(`ALTER TABLE service_items DROP COLUMN role;
		UPDATE service_items SET code='YL-33' WHERE code='YL-03'`)
	must(t, err)
	_, err = f.s.db.Exec(string(body))
	must(t, err)

	rows, err := f.s.db.Query(`SELECT code, role FROM service_items WHERE role<>'' ORDER BY code`)
	must(t, err)
	var got []string
	for rows.Next() {
		var code, role string
		must(t, rows.Scan(&code, &role))
		got = append(got, code+"="+role)
	}
	must(t, rows.Err())
	rows.Close()
	want := "DB-01=allowance_new DB-02=allowance_change DB-03=allowance_review DB-04=allowance_stop " +
		"YB-01=medical_enrol YB-02=medical_payment YL-33=pension_claim"
	if strings.Join(got, " ") != want {
		t.Fatalf("roles after 0017:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if after := everyList(t, f.s); !reflect.DeepEqual(before, after) {
		t.Fatal("the lists changed with the migration")
	}
}

// everyList reads every proactive list and the recipients, over a spread of days and both
// re-review cycles, as one comparable value.
func everyList(t *testing.T, s *Store) map[string][]hall.OutreachRow {
	t.Helper()
	out := map[string][]hall.OutreachRow{}
	half := hall.DefaultOutreachSettings()
	half.ReviewMonths = 6
	for _, st := range []hall.OutreachSettings{hall.DefaultOutreachSettings(), half} {
		for _, today := range outreachDays() {
			for _, l := range hall.OutreachLists {
				rows, _, err := s.OutreachAll(ctx, l.Key, 0, st, today, 100000)
				must(t, err)
				out[fmt.Sprint(st.ReviewMonths, today.Format("2006-01"), l.Key)] = rows
			}
		}
	}
	return out
}

// outreachDays is the 15th of every month from 2024 to 2028.
func outreachDays() []time.Time {
	var out []time.Time
	for m := 0; m < 60; m++ {
		out = append(out, time.Date(2024, time.Month(1+m), 15, 2, 0, 0, 0, time.UTC))
	}
	return out
}

// TestOutreachByRoleAsByCodeOnTheDemoData: on the demo data (the upgrade fixture, brought to
// this schema), every list and the recipients of every month are what the rules gave when they
// read the item codes (the queries as they stood before migration 0017, kept below).
func TestOutreachByRoleAsByCodeOnTheDemoData(t *testing.T) {
	s := openAt(t, copyFixture(t), &clock{t: start})
	half := hall.DefaultOutreachSettings()
	half.ReviewMonths = 6
	nonEmpty := map[hall.OutreachList]int{}
	for _, st := range []hall.OutreachSettings{hall.DefaultOutreachSettings(), half} {
		for _, today := range outreachDays() {
			for _, l := range hall.OutreachLists {
				got, _, err := s.OutreachAll(ctx, l.Key, 0, st, today, 100000)
				must(t, err)
				with, from, cols, args := outreachByCodeSQL(l.Key, st, today)
				want, err := s.queryOutreach(ctx, with+fmt.Sprintf(outreachCols, cols[0], cols[1])+from+outreachOrder, args...)
				must(t, err)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s on %s (review every %d months): by role %d rows, by code %d",
						l.Key, today.Format(hall.DateLayout), st.ReviewMonths, len(got), len(want))
				}
				nonEmpty[l.Key] += len(got)
			}
		}
	}
	for _, l := range hall.OutreachLists {
		if nonEmpty[l.Key] == 0 {
			t.Errorf("list %s is empty on every day: the comparison proves nothing", l.Key)
		}
	}
	var byRole, byCode int
	must(t, s.db.QueryRow(allowanceCTE+`SELECT COUNT(*) FROM allowance`).Scan(&byRole))
	must(t, s.db.QueryRow(allowanceByCodeCTE+`SELECT COUNT(*) FROM allowance`).Scan(&byCode))
	if byRole != byCode || byRole == 0 {
		t.Fatalf("recipients: %d by role, %d by code", byRole, byCode)
	}
}

// allowanceByCodeCTE and outreachByCodeSQL are the queries of the lists as they stood before
// migration 0017, when the rules read the items' codes.
const allowanceByCodeCTE = `WITH decided AS (
	SELECT c.id, c.number, c.applicant_id, c.item_code, c.monthly_amount, c.first_paid_month,
		(SELECT date(MAX(e.at), '+8 hours') FROM case_events e WHERE e.case_id=c.id AND e.action='complete') AS on_date
	FROM cases c
	WHERE c.item_code IN ('DB-01','DB-02','DB-03','DB-04') AND c.outcome='办成'
), allowance AS (
	SELECT a.* FROM decided a
	WHERE a.item_code<>'DB-04' AND a.monthly_amount<>'' AND NOT EXISTS (
		SELECT 1 FROM decided b WHERE b.applicant_id=a.applicant_id AND b.id<>a.id
		AND (b.on_date > a.on_date OR (b.on_date = a.on_date AND b.id > a.id)))
) `

func outreachByCodeSQL(list hall.OutreachList, st hall.OutreachSettings, today time.Time) (with, from string, cols [2]string, args []any) {
	const notRefused = `EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id=r.id AND c.item_code IN (%s) AND c.outcome<>'不予办理'%s)`
	day := today.In(hall.China).Format(hall.DateLayout)
	cols = [2]string{"''", "''"}
	conds := []string{}
	switch list {
	case hall.ListTurning60:
		lo, hi := hall.Turning60Births(today)
		from = `FROM residents r` + outreachJoins
		conds = append(conds, `r.birth_date >= ? AND r.birth_date < ?`, "NOT "+fmt.Sprintf(notRefused, `'YL-03'`, ""))
		args = append(args, lo, hi)
	case hall.ListReview:
		with = allowanceByCodeCTE
		from = `FROM allowance a JOIN residents r ON r.id=a.applicant_id` + outreachJoins
		cols = [2]string{"a.on_date", "a.monthly_amount"}
		conds = append(conds, `a.on_date <= ?`, `NOT EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id=r.id
			AND c.item_code='DB-03' AND c.status IN ('awaiting_materials','accepted','in_progress','submitted'))`)
		args = append(args, hall.ReviewCutoff(today, st.ReviewMonths))
	case hall.ListNewborn:
		from = `FROM residents r` + outreachJoins
		conds = append(conds, `r.birth_date >= ? AND r.birth_date <= ?`, "NOT "+fmt.Sprintf(notRefused, `'YB-01','YB-02'`, ""))
		args = append(args, hall.NewbornSince(today, st.NewbornMonths), day)
	case hall.ListUnpaid:
		from = `FROM residents r` + outreachJoins
		col := hall.CollectionOn(today, st)
		if !col.Open {
			conds = append(conds, "0")
			break
		}
		// since migration 0020 a case counts from the date the ledger shows, not from its row's
		// creation time
		conds = append(conds, `r.birth_date <= ?`, "NOT "+fmt.Sprintf(notRefused, `'YB-02'`,
			" AND (CASE WHEN c.accepted_on<>'' THEN c.accepted_on ELSE date(c.created_at,'+8 hours') END) >= ?"))
		args = append(args, day, fmt.Sprint(col.From))
	}
	return with, from + " WHERE " + strings.Join(conds, " AND "), cols, args
}
