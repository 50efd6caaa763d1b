package app_test

import (
	"slices"
	"strconv"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/workday"
)

// calendarService is the calendar service of a desk's seat.
func calendarService(e *env, d *desk) *app.CalendarService {
	e.t.Helper()
	svc := app.ServiceOf[*app.CalendarService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("CalendarService is not bound")
	}
	return svc
}

// addHoliday has the administrator add a weekday holiday (YYYY-MM-DD) to its year of the calendar.
func addHoliday(t *testing.T, e *env, date string) {
	t.Helper()
	svc := calendarService(e, e.login("admin"))
	info, err := svc.Years()
	must(t, err)
	n, err := strconv.Atoi(date[:4])
	must(t, err)
	year := workday.Year{Year: n}
	for _, y := range info.Years {
		if y.Year == n {
			year = y
		}
	}
	year.Holidays = append(slices.Clone(year.Holidays), date)
	_, err = svc.SaveYear(year)
	must(t, err)
}

// deadlineStory takes five cases on Monday 2025-03-10 and moves them on to Wednesday 03-12:
//
//	A YB-03 (1 working day)  left open: due 03-11
//	B DB-02 (10)             started, waits for materials from 03-10 (the clock stops)
//	C YB-04 (20)             started, extended by 3 working days
//	D YB-03 (1)              done the same day: finished
//	E DB-03 (10)             started, waited for materials from 03-10 to 03-12 (a wait over the
//	                         new holiday: one working day less waited, one more to count)
//	F YB-03 (1)              done, fed back and rated 非常不满意 the same day: remedy due in 15
//	                         working days
//
// With fix set, the administrator adds a holiday on Tuesday 03-11 before anything happens.
func deadlineStory(t *testing.T, fix bool) (*counter, map[string]int64) {
	c := newCounter(t)
	if fix {
		addHoliday(t, c.e, "2025-03-11")
	}
	c.at("2025-03-10")
	ids := map[string]int64{}
	take := func(letter, code string) int64 {
		t.Helper()
		it := c.items[code]
		cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: it.ID, Source: "大厅窗口", Received: materialNames(it)})
		if err != nil {
			t.Fatalf("intake %s: %v", letter, err)
		}
		ids[letter] = cs.ID
		return cs.ID
	}
	act := func(svc *app.CaseService, id int64, a hall.Action, in hall.TransitionInput) {
		t.Helper()
		in.CaseID, in.Action = id, a
		c.act(t, svc, in)
	}
	take("A", "YB-03")
	b := take("B", "DB-02")
	act(c.clerk, b, hall.ActStart, hall.TransitionInput{})
	act(c.clerk, b, hall.ActRequestMaterials, hall.TransitionInput{Note: "补交收入证明"})
	cc := take("C", "YB-04")
	act(c.clerk, cc, hall.ActStart, hall.TransitionInput{})
	act(c.sup, cc, hall.ActExtend, hall.TransitionInput{Note: "异地核查", ExtensionDays: 3})
	d := take("D", "YB-03")
	act(c.clerk, d, hall.ActStart, hall.TransitionInput{})
	act(c.clerk, d, hall.ActComplete, hall.TransitionInput{Outcome: hall.OutcomeDone, Note: "已备案"})
	e := take("E", "DB-03")
	act(c.clerk, e, hall.ActStart, hall.TransitionInput{})
	act(c.clerk, e, hall.ActRequestMaterials, hall.TransitionInput{Note: "补交户口本"})
	f := take("F", "YB-03")
	act(c.clerk, f, hall.ActStart, hall.TransitionInput{})
	act(c.clerk, f, hall.ActComplete, hall.TransitionInput{Outcome: hall.OutcomeDone, Note: "已备案"})
	act(c.clerk, f, hall.ActFeedback, hall.TransitionInput{FeedbackMethod: "当面"})
	c.rate(t, f, 5, "等候太久")
	c.at("2025-03-12")
	act(c.clerk, e, hall.ActMaterialsArrived, hall.TransitionInput{Received: materialNames(c.items["DB-03"]), Note: "已收齐"})
	return c, ids
}

// ledgerOf reads every case of the ledger (one page is enough here) by id, as the clerk sees it.
func ledgerOf(t *testing.T, c *counter, q hall.CaseQuery) map[int64]hall.Case {
	t.Helper()
	p, err := c.clerk.Ledger(q)
	must(t, err)
	out := map[int64]hall.Case{}
	for _, cs := range p.Items {
		out[cs.ID] = cs
	}
	if len(out) != p.Total {
		t.Fatalf("ledger %+v: %d of %d cases on the page", q, len(out), p.Total)
	}
	return out
}

// A correction of the calendar moves the deadline of every open case, paused and extended ones
// included, to what it would have been had the corrected calendar been in force from the start;
// the ledger's overdue and due-soon filters and flags follow; a finished case keeps its deadline.
func TestCalendarChangeMovesOpenDeadlines(t *testing.T) {
	c, ids := deadlineStory(t, false)
	before := ledgerOf(t, c, hall.CaseQuery{})
	if a := before[ids["A"]]; a.DueDate.String() != "2025-03-11" || !a.Overdue {
		t.Fatalf("A before the correction: due %s overdue %v, want 2025-03-11 overdue", a.DueDate, a.Overdue)
	}
	if got := ledgerOf(t, c, hall.CaseQuery{Overdue: true}); len(got) != 1 {
		t.Fatalf("overdue before the correction: %d cases, want A", len(got))
	}
	dash := func() hall.Dashboard {
		t.Helper()
		d, err := dashboardOf(c.e, c.e.login("sup")).Get(march)
		must(t, err)
		return d
	}
	if d := dash(); d.OverdueAll != 1 {
		t.Fatalf("dashboard before the correction: %d overdue, want A", d.OverdueAll)
	}

	addHoliday(t, c.e, "2025-03-11")
	c.signIn()
	after := ledgerOf(t, c, hall.CaseQuery{})
	if a := after[ids["A"]]; a.DueDate.String() != "2025-03-12" || a.Overdue || a.DaysLeft != 0 {
		t.Errorf("A after the correction: due %s overdue %v days left %d, want 2025-03-12, due today", a.DueDate, a.Overdue, a.DaysLeft)
	}
	if got := ledgerOf(t, c, hall.CaseQuery{Overdue: true}); len(got) != 0 {
		t.Errorf("overdue after the correction: %d cases, want none", len(got))
	}
	if got := ledgerOf(t, c, hall.CaseQuery{DueSoon: true}); got[ids["A"]].ID == 0 {
		t.Errorf("A is not due soon after the correction: %v", got)
	}
	if d := dash(); d.OverdueAll != 0 || d.DueSoonAll == 0 {
		t.Errorf("dashboard after the correction: %d overdue, %d due soon; want none overdue, A due soon", d.OverdueAll, d.DueSoonAll)
	}
	if d := after[ids["D"]]; d.DueDate != before[ids["D"]].DueDate || d.DueDate.String() != "2025-03-11" {
		t.Errorf("finished D: due %s, want it kept at 2025-03-11", d.DueDate)
	}
	for _, l := range []string{"B", "C"} {
		if after[ids[l]].DueDate == before[ids[l]].DueDate {
			t.Errorf("%s: due %s did not move with the new holiday", l, after[ids[l]].DueDate)
		}
	}

	if f := after[ids["F"]]; f.RemedyDue == before[ids["F"]].RemedyDue || f.DueDate != before[ids["F"]].DueDate {
		t.Errorf("rated F: remedy due %s (was %s), due %s (was %s); want the remedy moved, the deadline kept",
			f.RemedyDue, before[ids["F"]].RemedyDue, f.DueDate, before[ids["F"]].DueDate)
	}

	// The same story told with the holiday in the calendar from the start gives the same deadlines.
	fixed, fixedIDs := deadlineStory(t, true)
	want := ledgerOf(t, fixed, hall.CaseQuery{})
	for _, l := range []string{"A", "B", "C", "E"} {
		got, w := after[ids[l]], want[fixedIDs[l]]
		if got.DueDate != w.DueDate || got.DueVerified != w.DueVerified || got.Overdue != w.Overdue || got.DaysLeft != w.DaysLeft {
			t.Errorf("%s: due %s (verified %v, overdue %v, %d left), with the calendar right from the start %s (%v, %v, %d)",
				l, got.DueDate, got.DueVerified, got.Overdue, got.DaysLeft, w.DueDate, w.DueVerified, w.Overdue, w.DaysLeft)
		}
	}
	if got, w := after[ids["F"]].RemedyDue, want[fixedIDs["F"]].RemedyDue; got != w {
		t.Errorf("F: remedy due %s, with the calendar right from the start %s", got, w)
	}
	checkDerived(t, c.e)
	checkDerived(t, fixed.e)
}

// A correction of the calendar moves the deadline to point a petition elsewhere (5 working days)
// of a petition still waiting for its decision, and not of one already decided.
func TestCalendarChangeMovesPetitionForwardDue(t *testing.T) {
	h := newPetitionHall(t)
	h.at("2026-11-02") // Monday
	waiting, err := h.reception.Register(hall.PetitionInput{Form: "来电", Name: "某人甲", Address: "某地", Category: "其他", Facts: "f", Request: "r"})
	must(t, err)
	decided, err := h.reception.Register(hall.PetitionInput{Form: "来电", Name: "某人乙", Address: "某地", Category: "其他", Facts: "f", Request: "r"})
	must(t, err)
	h.act(t, h.sup, hall.PetitionActionInput{PetitionID: decided.ID, Action: hall.PaForward, ForwardedTo: "旗市场监督管理局"})
	if waiting.ForwardDue.String() != "2026-11-09" || decided.ForwardDue.String() != "2026-11-09" {
		t.Fatalf("forward due %s and %s, want 2026-11-09", waiting.ForwardDue, decided.ForwardDue)
	}
	addHoliday(t, h.e, "2026-11-04")
	h.signIn()
	for _, tc := range []struct {
		id   int64
		want string
	}{{waiting.ID, "2026-11-10"}, {decided.ID, "2026-11-09"}} {
		p, err := h.reception.Get(tc.id)
		must(t, err)
		if p.ForwardDue.String() != tc.want {
			t.Errorf("petition %s (%s): forward due %s, want %s", p.Number, p.Status, p.ForwardDue, tc.want)
		}
	}
	checkDerived(t, h.e)
}
