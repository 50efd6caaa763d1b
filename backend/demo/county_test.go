package demo

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
	"halldesk/backend/sqlite"
)

// countyAt builds a county at factor f into a fresh file and returns the store and a second
// plain connection for checks the store has no method for.
func countyAt(t *testing.T, f float64) (*sqlite.Store, *sql.DB, CountySummary) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "county.db")
	s, err := sqlite.Open(path, func() time.Time { return fixedNow })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	sum, err := County(context.Background(), s, fixedNow, cheapHash, CountyOptions{Factor: f, Seed: 7})
	if err != nil {
		t.Fatalf("County: %v", err)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return s, db, sum
}

func scalar(t *testing.T, db *sql.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestCountyTiny(t *testing.T) {
	ctx := context.Background()
	s, db, sum := countyAt(t, 0.002)

	// What the summary says is what the tables hold, at the scaled sizes.
	counts := []struct {
		table string
		want  int
	}{
		{"villages", sum.Villages}, {"village_groups", sum.Groups}, {"households", sum.Households},
		{"residents", sum.Residents}, {"operators", sum.Operators}, {"cadres", sum.Cadres},
		{"cases", sum.Cases}, {"petitions", sum.Petitions}, {"visits", sum.Visits},
	}
	for _, c := range counts {
		if got := scalar(t, db, `SELECT COUNT(*) FROM `+c.table); got != c.want || got == 0 {
			t.Errorf("%s: %d rows, summary says %d", c.table, got, c.want)
		}
	}
	if sum.Households != 120 || sum.Cases != 2000 || sum.Petitions != 100 || sum.Visits != 1000 {
		t.Errorf("scaled sizes: %+v", sum)
	}
	if per := float64(sum.Residents) / float64(sum.Households); per < 2.9 || per > 3.8 {
		t.Errorf("%.2f residents per household, want about 3.3", per)
	}

	// Every ID number is valid, its reversed copy matches, and birth date and sex agree with it.
	rows, err := db.Query(`SELECT id_number, id_reversed, birth_date, sex FROM residents WHERE id_number IS NOT NULL`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var id, rev, birth, sex string
		if err := rows.Scan(&id, &rev, &birth, &sex); err != nil {
			t.Fatal(err)
		}
		info, err := idcard.Parse(id, fixedNow)
		if err != nil || info.Number != id {
			t.Fatalf("invalid ID %s: %v", id, err)
		}
		if reverse(id) != rev || info.BirthDate.Format(hall.DateLayout) != birth || string(info.Sex) != sex {
			t.Fatalf("resident %s: reversed %s, birth %s, sex %s disagree with the number", id, rev, birth, sex)
		}
		n++
	}
	rows.Close()
	if n < sum.Residents*9/10 {
		t.Errorf("only %d of %d residents have ID numbers", n, sum.Residents)
	}

	// The database is sound: structure, references (the load ran without foreign-key checks)
	// and the audit chain with its one line about the generation.
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	if bad := scalar(t, db, `SELECT COUNT(*) FROM pragma_foreign_key_check`); bad != 0 {
		t.Fatalf("%d rows break foreign keys", bad)
	}
	v, err := s.VerifyAuditChain(ctx, nil)
	if err != nil || v.Broken != nil {
		t.Fatalf("audit chain: %+v %v", v, err)
	}
	if scalar(t, db, `SELECT COUNT(*) FROM audit_log WHERE action=? AND detail LIKE '批量生成县级规模数据%'`, hall.ActImport) != 1 {
		t.Error("no audit line for the generation")
	}

	// Every timeline is a chain from intake to the case's status, and the deadlines are set.
	if bad := scalar(t, db, `SELECT COUNT(*) FROM cases c WHERE c.status <> (SELECT e.to_status FROM case_events e
		WHERE e.case_id=c.id ORDER BY e.id DESC LIMIT 1)`); bad != 0 {
		t.Errorf("%d cases whose last timeline line is not their status", bad)
	}
	if bad := scalar(t, db, `SELECT COUNT(*) FROM case_events e JOIN case_events p ON p.case_id=e.case_id
		AND p.id=(SELECT MAX(id) FROM case_events WHERE case_id=e.case_id AND id<e.id) WHERE e.from_status<>p.to_status`); bad != 0 {
		t.Errorf("%d timeline lines that do not start where the previous ended", bad)
	}
	if bad := scalar(t, db, `SELECT COUNT(*) FROM cases WHERE (accepted_on<>'') <> (due_date<>'')`); bad != 0 {
		t.Errorf("%d cases with a deadline but no acceptance or the other way round", bad)
	}
	if scalar(t, db, `SELECT COUNT(*) FROM cases WHERE item_code IN ('DB-01','DB-02','DB-03') AND outcome='办成' AND monthly_amount=''`) != 0 {
		t.Error("a 低保 approval without a monthly amount")
	}
	if scalar(t, db, `SELECT COUNT(*) FROM case_materials`) < sum.Cases {
		t.Error("cases without materials")
	}
	// Most work is finished, a little is still open, and some of that is overdue.
	closed := scalar(t, db, `SELECT COUNT(*) FROM cases WHERE status='closed'`)
	if closed < sum.Cases*8/10 || sum.OpenCases == 0 || sum.OpenCases > sum.Cases/10 {
		t.Errorf("closed %d, open %d of %d", closed, sum.OpenCases, sum.Cases)
	}
	today := fixedNow.In(hall.China).Format(hall.DateLayout)
	if scalar(t, db, `SELECT COUNT(*) FROM cases WHERE status IN ('accepted','in_progress','submitted') AND due_date<?`, today) == 0 {
		t.Error("no overdue case")
	}
	if scalar(t, db, `SELECT COUNT(DISTINCT CAST(substr(created_at,1,4) AS INTEGER)) FROM cases`) < CountyYears {
		t.Error("cases do not span ten years")
	}
	if scalar(t, db, `SELECT COUNT(*) FROM petitions WHERE status='closed'`) < sum.Petitions/2 ||
		scalar(t, db, `SELECT COUNT(*) FROM petitions WHERE responsible_id IS NOT NULL`) == 0 {
		t.Error("petitions are not handled and closed")
	}
	if scalar(t, db, `SELECT COUNT(*) FROM coverage WHERE to_date=''`) != sum.Households {
		t.Error("not every household is covered by one cadre")
	}
	if scalar(t, db, `SELECT COUNT(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM coverage c WHERE c.household_id=v.household_id
		AND c.cadre_id=v.cadre_id AND c.from_date<=v.date AND (c.to_date='' OR v.date<c.to_date))`) != 0 {
		t.Error("a visit by a cadre who did not cover the household then")
	}

	// The app's own queries work on the data.
	people, err := s.SearchResidents(ctx, hall.ResidentQuery{Text: "王", PageSize: 20})
	if err != nil || people.Total == 0 {
		t.Fatalf("SearchResidents: %d %v", people.Total, err)
	}
	ledger, err := s.SearchCases(ctx, hall.CaseQuery{Ledger: hall.LedgerProxy, Status: hall.StatusClosed, Page: 2, PageSize: 20,
		Today: hall.MustDate(today)}, 0)
	if err != nil || ledger.Total == 0 || len(ledger.Items) == 0 {
		t.Fatalf("SearchCases: %d %v", ledger.Total, err)
	}
	overdue, err := s.SearchCases(ctx, hall.CaseQuery{Overdue: true, PageSize: 20, Today: hall.MustDate(today)}, 0)
	if err != nil || overdue.Total == 0 {
		t.Fatalf("overdue ledger: %d %v", overdue.Total, err)
	}
	year := fixedNow.In(hall.China).Year() - 1
	p, err := hall.Period{From: hall.NewDate(year, time.January, 1),
		To: hall.NewDate(year, time.December, 31)}.Clean()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := s.CaseSummary(ctx, p)
	if err != nil || cs.Sorted == 0 || cs.OnSpot == 0 || cs.Proxy == 0 || cs.Rated == 0 || cs.Satisfaction < 0.8 {
		t.Fatalf("CaseSummary %+v %v", cs, err)
	}
	// Cases count on the date the ledgers show: accepted in the year, or registered in it and
	// still waiting for materials; a case registered late in December and accepted in January
	// is January's.
	if cs.Sorted != scalar(t, db, `SELECT COUNT(*) FROM cases WHERE
		(CASE WHEN accepted_on<>'' THEN accepted_on ELSE date(created_at,'+8 hours') END) BETWEEN ? AND ?`, p.From, p.To) {
		t.Error("CaseSummary does not count the year's cases")
	}
	// The bulk-written history keeps the lifecycle's order: accepted on or after the day it was
	// registered (some later, after the materials came), fed back after acceptance, struck off last.
	if n := scalar(t, db, `SELECT COUNT(*) FROM cases WHERE accepted_on<>'' AND accepted_on<date(created_at,'+8 hours')`); n != 0 {
		t.Errorf("%d cases accepted before they were registered", n)
	}
	if n := scalar(t, db, `SELECT COUNT(*) FROM cases WHERE accepted_on>date(created_at,'+8 hours')`); n == 0 {
		t.Error("no case waited for its materials: every case accepted the day it was registered")
	}
	if n := scalar(t, db, `SELECT COUNT(*) FROM cases WHERE (feedback_at<>'' AND feedback_at<accepted_on)
		OR (closed_at<>'' AND (closed_at<created_at OR date(closed_at,'+8 hours')<feedback_at))`); n != 0 {
		t.Errorf("%d cases fed back before acceptance or struck off before registration or feedback", n)
	}

	// The counter carries on where the generated numbers end.
	item, err := s.ServiceItems(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	_, number, err := s.CreateCase(ctx, hall.Actor{OperatorID: 1, Name: "其其格"}, sqlite.NewCase{Item: item[0],
		Intake: hall.Intake{IntakeInput: hall.IntakeInput{ApplicantID: 1, Ledger: item[0].DefaultLedger, Source: hall.Sources[0]}},
		Year:   fixedNow.Year(), Status: hall.StatusAccepted, HandlerID: 1})
	if err != nil {
		t.Fatalf("CreateCase after the load: %v", err)
	}
	if scalar(t, db, `SELECT COUNT(*) FROM cases WHERE number=?`, number) != 1 {
		t.Errorf("new case number %s repeats a generated one", number)
	}
}

func TestCountyRefusesSetUpStore(t *testing.T) {
	s, _ := fill(t, 1)
	_, err := County(context.Background(), s, fixedNow, cheapHash, CountyOptions{Factor: 0.001})
	if !hall.IsCode(err, hall.CodeConflict) {
		t.Fatalf("want conflict, got %v", err)
	}
	_, err = County(context.Background(), openStore(t), fixedNow, cheapHash, CountyOptions{Factor: 2})
	if !hall.IsCode(err, hall.CodeInvalid) {
		t.Fatalf("factor 2: want invalid, got %v", err)
	}
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
