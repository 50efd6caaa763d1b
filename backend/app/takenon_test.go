package app_test

import (
	"testing"

	"halldesk/backend/hall"
)

// A case registered on one day and accepted on a later one counts on the day it was accepted,
// the date the ledger shows, everywhere: the ledger's 受理日期 filter, the dashboard's period,
// its drill-down and the monthly briefing agree (and none counts it on the day it was written).
func TestCasesCountOnTheirAcceptanceDate(t *testing.T) {
	c := newCounter(t)
	db := c.items["DB-01"]
	c.at("2025-02-27") // Thursday: registered, 承诺书 missing, not accepted yet
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: db.ID, Source: "大厅窗口",
		Received: materialNames(db, "承诺书")})
	must(t, err)
	if cs.Status != hall.StatusAwaiting {
		t.Fatalf("status %s, want waiting for materials", cs.Status)
	}
	// While it waits it counts on the day it was registered: it is in February's work.
	feb := hall.Period{From: hall.MustDate("2025-02-01"), To: hall.MustDate("2025-02-28")}
	sup := dashboardOf(c.e, c.e.login("sup"))
	if d, err := sup.Get(feb); err != nil || d.Summary.Sorted != 1 {
		t.Fatalf("waiting case in February: %d, %v", d.Summary.Sorted, err)
	}

	c.at("2025-03-04") // Tuesday: the materials arrive, the case is accepted, then handled
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActMaterialsArrived, Received: []string{"承诺书"}})
	c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: "办成", Note: "经核实",
		MonthlyAmount: "650", FirstPaidMonth: "2025-04"})
	if cs.AcceptedOn.String() != "2025-03-04" {
		t.Fatalf("accepted on %s", cs.AcceptedOn)
	}

	ledger := func(from, to string) int {
		t.Helper()
		p, err := c.sup.Ledger(hall.CaseQuery{From: dateOrNone(from), To: dateOrNone(to)})
		must(t, err)
		if p.Total != len(p.Items) {
			t.Fatalf("ledger %s–%s: total %d, %d rows", from, to, p.Total, len(p.Items))
		}
		return p.Total
	}
	dash := func(p hall.Period) (int, int) {
		t.Helper()
		d, err := sup.Get(p)
		must(t, err)
		drill, err := sup.Drill(hall.DrillQuery{Bucket: hall.BucketAll, From: p.From, To: p.To})
		must(t, err)
		return d.Summary.Sorted, drill.Total
	}
	sup = dashboardOf(c.e, c.e.login("sup"))
	brief := briefingOf(c.e, c.e.login("sup"))
	briefing := func(month string) (int, []hall.NotableCase) {
		t.Helper()
		b, err := brief.Preview(month)
		must(t, err)
		page, err := brief.Candidates(hall.NotableQuery{Month: month})
		must(t, err)
		return b.Cases.Sorted, page.Items
	}

	// The day it was registered: nothing any more.
	regDay := hall.Period{From: hall.MustDate("2025-02-27"), To: hall.MustDate("2025-02-27")}
	if n := ledger(regDay.From.String(), regDay.To.String()); n != 0 {
		t.Errorf("ledger on the registration day lists %d cases, want 0", n)
	}
	if n, list := dash(regDay); n != 0 || list != 0 {
		t.Errorf("dashboard on the registration day: figure %d, drill-down %d, want 0 and 0", n, list)
	}
	if n, list := dash(feb); n != 0 || list != 0 {
		t.Errorf("dashboard for February: figure %d, drill-down %d, want 0 and 0", n, list)
	}
	if n, notable := briefing("2025-02"); n != 0 || len(notable) != 0 {
		t.Errorf("February's briefing counts %d cases and offers %d, want 0 and 0", n, len(notable))
	}

	// The day it was accepted, and its month: there it is, once, in each.
	accDay := hall.Period{From: hall.MustDate("2025-03-04"), To: hall.MustDate("2025-03-04")}
	if n := ledger(accDay.From.String(), accDay.To.String()); n != 1 {
		t.Errorf("ledger on the acceptance day lists %d cases, want 1", n)
	}
	if n := ledger("2025-03-05", ""); n != 0 {
		t.Errorf("ledger from the day after lists %d cases, want 0", n)
	}
	if n, list := dash(accDay); n != 1 || list != 1 {
		t.Errorf("dashboard on the acceptance day: figure %d, drill-down %d, want 1 and 1", n, list)
	}
	drill, err := sup.Drill(hall.DrillQuery{Bucket: hall.BucketSolved, From: accDay.From, To: accDay.To})
	must(t, err)
	if drill.Total != 1 || drill.Title != "已办成（2025-03-04受理）" {
		t.Errorf("drill-down: %d cases titled %q", drill.Total, drill.Title)
	}
	n, notable := briefing("2025-03")
	if n != 1 || len(notable) != 1 || notable[0].TakenOn != hall.MustDate("2025-03-04") {
		t.Errorf("March's briefing counts %d cases and offers %+v, want 1 taken on 2025-03-04", n, notable)
	}
}

// dateOrNone is the date s, or no date for "".
func dateOrNone(s string) hall.Date {
	if s == "" {
		return hall.Date{}
	}
	return hall.MustDate(s)
}
