package hall

import (
	"testing"
	"time"

	"halldesk/backend/workday"
)

// *workday.Calendar is the calendar the services pass.
var _ CaseCalendar = (*workday.Calendar)(nil)

// stubCalendar is a calendar made for the tests: weekends and the listed days are off, and a
// day from 2027 on is counted but flagged unverified.
type stubCalendar struct{ off map[string]bool }

// testCalendar has one holiday, Wednesday 2026-12-09.
func testCalendar() stubCalendar { return stubCalendar{off: map[string]bool{"2026-12-09": true}} }

func (c stubCalendar) work(d time.Time) (work, verified bool) {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday && !c.off[d.Format(DateLayout)], d.Year() < 2027
}

func (c stubCalendar) AddWorkdays(from time.Time, n int) (time.Time, bool) {
	d, verified := from, true
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		w, v := c.work(d)
		verified = verified && v
		if w {
			n--
		}
	}
	return d, verified
}

func (c stubCalendar) between(from, to time.Time) (int, bool) {
	n, verified := 0, true
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		w, v := c.work(d)
		verified = verified && v
		if w {
			n++
		}
	}
	return n, verified
}

func (c stubCalendar) Deadline(accepted time.Time, limit int, pauses []workday.Pause, extra int) workday.Due {
	n, verified, paused := limit+extra, true, false
	for _, p := range pauses {
		if p.To.IsZero() {
			paused = true
			continue
		}
		days, v := c.between(p.From, p.To)
		n, verified = n+days, verified && v
	}
	d, v := c.AddWorkdays(accepted, n)
	return workday.Due{Date: d, Verified: verified && v, Paused: paused}
}

func (c stubCalendar) WorkdaysLeft(today, due time.Time) int {
	switch {
	case today.Before(due):
		n, _ := c.between(today, due)
		return max(n, 1)
	case due.Before(today):
		n, _ := c.between(due, today)
		return -max(n, 1)
	}
	return 0
}

// TestCaseDeadlines follows the due date through the actions that move it, on a calendar with
// a holiday on Wednesday 2026-12-09: a case accepted on Tuesday 2026-12-01 with five working
// days promised is due Tuesday 2026-12-08.
func TestCaseDeadlines(t *testing.T) {
	cal := testCalendar()
	clerk := Operator{ID: 3, Name: "乌兰", Role: RoleClerk}
	supervisor := Operator{ID: 4, Name: "巴特尔", Role: RoleSupervisor}
	with := func(cs CaseRecord, f func(*CaseRecord)) CaseRecord { f(&cs); return cs }
	proxy := lcCase(LedgerProxy, StatusInProgress, true, false)
	for _, tc := range []struct {
		name        string
		cs          CaseRecord
		pauses      []Pause
		op          Operator
		in          TransitionInput
		due         string
		verified    bool
		open, close string // the pause the change opens or closes
	}{
		{"starting work keeps the deadline", lcCase(LedgerProxy, StatusAccepted, true, false), nil, clerk, lcInput(ActStart),
			"2026-12-08", true, "", ""},
		{"statutory days when none were promised", with(lcCase(LedgerProxy, StatusAccepted, true, false), func(c *CaseRecord) { c.PromisedDays = 0 }),
			nil, clerk, lcInput(ActStart), "2026-12-30", true, "", ""},
		{"即办 is due the day it is accepted", lcCase(LedgerInstant, StatusAccepted, true, false), nil, clerk, lcInput(ActStart),
			"2026-12-01", true, "", ""},
		{"补正 stops the clock: the date stands while the pause is open", proxy, nil, clerk, lcInput(ActRequestMaterials),
			"2026-12-08", true, "2026-12-07", ""},
		{"materials back: the working days waited are added (Thu, Fri, Mon)", with(proxy, func(c *CaseRecord) { c.Status = StatusAwaiting }),
			[]Pause{{From: MustDate("2026-12-02")}}, clerk, lcInput(ActMaterialsArrived), "2026-12-14", true, "", "2026-12-07"},
		{"an earlier closed pause still counts", proxy, []Pause{{From: MustDate("2026-12-02"), To: MustDate("2026-12-03")}}, clerk, lcInput(ActRequestMaterials),
			"2026-12-10", true, "2026-12-07", ""},
		{"materials at last at intake: the clock starts today", lcCase(LedgerProxy, StatusAwaiting, false, false), nil, clerk,
			lcInput(ActMaterialsArrived), "2026-12-15", true, "", ""},
		{"an extension adds working days past the holiday", proxy, nil, supervisor, lcInput(ActExtend), "2026-12-14", true, "", ""},
		{"extensions add up", with(proxy, func(c *CaseRecord) { c.ExtensionDays = 2 }), nil, supervisor, lcInput(ActExtend),
			"2026-12-16", true, "", ""},
		{"a deadline into a year without data is unverified", with(proxy, func(c *CaseRecord) { c.ExtensionDays = 17 }), nil, supervisor,
			lcInput(ActExtend), "2027-01-06", false, "", ""},
		{"the joint meeting's deadline wins", lcCase(LedgerEscalate, StatusSubmitted, true, false), nil, clerk, lcInput(ActRecordMeeting),
			"2026-12-31", true, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := append([]Pause(nil), tc.pauses...)
			ch, err := ApplyCaseAction(tc.cs, tc.pauses, tc.in, tc.op, cal, lcNow)
			if err != nil {
				t.Fatal(err)
			}
			if ch.Case.DueDate.String() != tc.due || ch.Case.DueVerified != tc.verified {
				t.Errorf("due %s verified=%v, want %s %v", ch.Case.DueDate, ch.Case.DueVerified, tc.due, tc.verified)
			}
			if ch.OpenPause.String() != tc.open || ch.ClosePause.String() != tc.close {
				t.Errorf("pause opened %q closed %q, want %q %q", ch.OpenPause, ch.ClosePause, tc.open, tc.close)
			}
			for i := range before {
				if tc.pauses[i] != before[i] {
					t.Errorf("the caller's pauses were changed: %v", tc.pauses)
				}
			}
		})
	}
}

// TestCaseActionsRecordWhatTheyDo checks the fields and the timeline note of each action.
func TestCaseActionsRecordWhatTheyDo(t *testing.T) {
	cal := testCalendar()
	clerk := Operator{ID: 3, Name: "乌兰", Role: RoleClerk}
	supervisor := Operator{ID: 4, Name: "巴特尔", Role: RoleSupervisor}
	act := func(cs CaseRecord, op Operator, in TransitionInput) CaseChange {
		t.Helper()
		ch, err := ApplyCaseAction(cs, nil, in, op, cal, lcNow)
		if err != nil {
			t.Fatalf("%s: %v", in.Action, err)
		}
		return ch
	}
	ch := act(lcCase(LedgerProxy, StatusAwaiting, false, false), clerk, lcInput(ActMaterialsArrived))
	if ch.Case.AcceptedOn.String() != "2026-12-07" || len(ch.Received) != 1 || ch.Received[0] != "户口簿" {
		t.Errorf("materials arrived: %+v", ch)
	}
	in := lcInput(ActMaterialsArrived)
	in.Received, in.Note = nil, "户口簿后补，先行办理"
	if ch = act(lcCase(LedgerProxy, StatusAwaiting, true, false), clerk, in); ch.Case.Status != StatusInProgress || ch.Entry.Note != in.Note {
		t.Errorf("going on without a material, with a reason: %+v", ch)
	}
	if ch = act(lcCase(LedgerProxy, StatusInProgress, true, false), clerk, lcInput(ActRequestMaterials)); len(ch.Missing) != 1 || ch.Entry.Note != "请补交户口簿" {
		t.Errorf("request materials: %+v", ch)
	}
	if ch = act(lcCase(LedgerProxy, StatusInProgress, true, false), clerk, lcInput(ActSubmit)); ch.Case.Departments != "民政办" {
		t.Errorf("submit: %+v", ch.Case)
	}
	in = lcInput(ActRecordMeeting)
	in.Note = "下周复会"
	if ch = act(lcCase(LedgerEscalate, StatusInProgress, true, false), clerk, in); ch.Case.Meeting == nil || ch.Entry.Note != "会议议定：联合核查 下周复会" {
		t.Errorf("meeting: %+v", ch)
	}
	in = lcInput(ActComplete)
	in.Note = "已录入系统"
	if ch = act(lcCase(LedgerProxy, StatusInProgress, true, false), clerk, in); ch.Case.Outcome != OutcomeDone || ch.Case.OutcomeNote != in.Note || ch.Entry.Note != "办成 已录入系统" {
		t.Errorf("complete: %+v", ch)
	}
	allowance := lcCase(LedgerProxy, StatusInProgress, true, false)
	allowance.ItemCode, allowance.ItemRole = "DB-01", RoleAllowanceNew
	in = lcInput(ActComplete)
	in.MonthlyAmount, in.FirstPaidMonth = "680", "2027-01"
	if ch = act(allowance, clerk, in); ch.Case.MonthlyAmount != "680" || ch.Case.FirstPaidMonth != "2027-01" {
		t.Errorf("低保 approved: %+v", ch.Case)
	}
	ch = act(lcCase(LedgerProxy, StatusDone, true, false), clerk, lcInput(ActFeedback))
	if ch.Case.FeedbackMethod != "电话" || ch.Case.FeedbackAt != MustDate("2026-12-07") || ch.Case.FeedbackBy != "乌兰" || ch.Entry.Note != "电话反馈" {
		t.Errorf("feedback: %+v", ch)
	}
	// The rating and its rectification left the lifecycle (the citizen rates on the pad): see
	// TestRateCase and TestRemedyAfterCallback in rating_test.go.
	ch = act(proxyWithExtension(2), supervisor, lcInput(ActExtend))
	if ch.Case.ExtensionDays != 5 || ch.Entry.Note != "延期3个工作日：需要外调核实" {
		t.Errorf("extend: %+v", ch)
	}
	ch = act(lcCase(LedgerProxy, StatusRated, true, false), supervisor, lcInput(ActClose))
	if ch.Case.ClosedAt != "2026-12-07T02:00:00Z" || ch.Case.ClosedBy != "巴特尔" || ch.Case.Status != StatusClosed {
		t.Errorf("close: %+v", ch.Case)
	}
}

func proxyWithExtension(days int) CaseRecord {
	cs := lcCase(LedgerProxy, StatusInProgress, true, false)
	cs.ExtensionDays = days
	return cs
}

// TestStartCase: a case starts accepted today with its deadline running, or waits for its
// materials with no clock at all.
func TestStartCase(t *testing.T) {
	cal := testCalendar()
	item := ServiceItem{PromisedDays: 5, StatutoryDays: 20}
	for _, tc := range []struct {
		name   string
		in     Intake
		status Status
		on     string
		due    string
	}{
		{"代办 accepted today", Intake{IntakeInput: IntakeInput{Ledger: LedgerProxy}}, StatusAccepted, "2026-12-07", "2026-12-15"},
		{"即办 due today", Intake{IntakeInput: IntakeInput{Ledger: LedgerInstant}}, StatusAccepted, "2026-12-07", "2026-12-07"},
		{"waiting for materials", Intake{IntakeInput: IntakeInput{Ledger: LedgerProxy}, Waiting: true}, StatusAwaiting, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := StartCase(tc.in, item, cal, lcNow)
			if err != nil || st.Status != tc.status || st.AcceptedOn.String() != tc.on || st.DueDate.String() != tc.due || !st.DueVerified {
				t.Fatalf("got %+v %v", st, err)
			}
		})
	}
}

// TestCaseDueRefusesAPauseWithoutItsStart: a wait for materials without its start is an
// internal error, never a deadline counted from the year 1. (A stored text that is not a date
// cannot reach CaseDue: a Date is a date, its Scan refuses bad text.)
func TestCaseDueRefusesAPauseWithoutItsStart(t *testing.T) {
	cs := lcCase(LedgerProxy, StatusInProgress, true, false)
	if _, _, err := CaseDue(testCalendar(), cs, []Pause{{To: MustDate("2026-12-08")}}); err == nil || AsError(err) != nil {
		t.Fatalf("pause without a start: %v", err)
	}
}

// TestViewCase: days left and overdue for open cases only, and never while waiting for
// materials; the actions are the role's.
func TestViewCase(t *testing.T) {
	cal := testCalendar()
	for _, tc := range []struct {
		name     string
		status   Status
		due      string
		daysLeft int
		overdue  bool
	}{
		{"due tomorrow", StatusInProgress, "2026-12-08", 1, false},
		{"due today", StatusInProgress, "2026-12-07", 0, false},
		{"past due, the weekend counts once", StatusSubmitted, "2026-12-04", -1, true},
		{"waiting for materials is never overdue", StatusAwaiting, "2026-12-04", -1, false},
		{"a finished case shows no count", StatusDone, "2026-12-04", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := lcCase(LedgerProxy, tc.status, true, false)
			cs.DueDate = MustDate(tc.due)
			got := ViewCase(cs, nil, cal, RoleClerk, lcNow)
			if got.DaysLeft != tc.daysLeft || got.Overdue != tc.overdue {
				t.Fatalf("days left %d overdue %v", got.DaysLeft, got.Overdue)
			}
			if len(got.Actions) != len(Allowed(cs.State(), RoleClerk)) {
				t.Fatalf("actions %v", got.Actions)
			}
		})
	}
}

// TestViewCaseDerivesWithoutTouchingTheRecord: the view names the status and rating, masks
// the applicant's and agent's numbers and labels the timeline, while the record it was built
// from keeps the stored values (codes, full numbers).
func TestViewCaseDerivesWithoutTouchingTheRecord(t *testing.T) {
	rec := CaseRecord{Status: StatusFedBack, Rating: 4, ApplicantID18: "150102198001011234", ApplicantPhone: "13912345678",
		Agent: &Agent{Name: "李娜", IDNumber: "150102198502021238"}}
	events := []CaseEvent{{Action: string(ActIntake), To: string(StatusAccepted)}}
	c := ViewCase(rec, events, testCalendar(), RoleClerk, lcNow)
	if c.StatusLabel != "已反馈" || c.RatingLabel != "不满意" {
		t.Errorf("case labels: %q %q", c.StatusLabel, c.RatingLabel)
	}
	if c.ApplicantID18 == rec.ApplicantID18 || c.ApplicantPhone == rec.ApplicantPhone || c.Agent.IDNumber == rec.Agent.IDNumber {
		t.Errorf("numbers not masked: %q %q %q", c.ApplicantID18, c.ApplicantPhone, c.Agent.IDNumber)
	}
	if rec.Agent.IDNumber != "150102198502021238" || events[0].To != string(StatusAccepted) {
		t.Errorf("the record or its events changed: %+v %+v", rec.Agent, events[0])
	}
	if len(c.Timeline) != 1 || c.Timeline[0].To != "已受理" || c.Materials == nil {
		t.Errorf("timeline %+v materials %v", c.Timeline, c.Materials)
	}
	if l := ViewCase(rec, nil, testCalendar(), RoleClerk, lcNow); l.Timeline == nil || l.Actions == nil {
		t.Errorf("a list row must carry empty lists, not null: %+v", l)
	}
}

// TestCaseEventLabels: the store's codes become the screen's Chinese names.
func TestCaseEventLabels(t *testing.T) {
	e := LabelCaseEvent(CaseEvent{Action: string(ActIntake), To: string(StatusAwaiting)})
	if e.ActionLabel != "受理登记" || e.From != "" || e.To != "待补正" {
		t.Errorf("intake line: %+v", e)
	}
	e = LabelCaseEvent(CaseEvent{Action: string(ActRequestMaterials), From: string(StatusInProgress), To: string(StatusAwaiting)})
	if e.ActionLabel != "要求补正材料" || e.From != "办理中" || e.To != "待补正" {
		t.Errorf("correction line: %+v", e)
	}
}
