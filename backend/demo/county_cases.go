package demo

import (
	"fmt"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// countyItemWeights is how often each catalog item is asked for: medical insurance payment and
// enrolment and the pension's yearly certification lead, 低保 is a small share. Items not
// listed (added by an administrator) get weight 2.
var countyItemWeights = map[string]int{
	"YB-01": 12, "YB-02": 20, "YB-03": 6, "YB-04": 10, "YB-05": 5, "YL-01": 6, "YL-02": 4, "YL-03": 5,
	"YL-04": 12, "YL-05": 2, "DB-01": 4, "DB-02": 3, "DB-03": 5, "DB-04": 1, "QT-01": 5,
}

// caseEvent is one timeline line waiting to be written after its case.
type caseEvent struct {
	at       string
	by       hall.Actor
	action   string
	from, to hall.Status
	note     string
}

// caseRun walks one case through its lifecycle, step by step, as long as the steps fall before
// today; the case keeps the status of the last step taken.
type caseRun struct {
	c      *county
	cs     hall.CaseRecord
	day    time.Time // the day of the last step
	minute int       // minutes after midnight of the last step
	events []caseEvent
}

// step moves to a day n working days after the last step (0: the same day, a little later)
// and reports whether it falls before today; steps of today and later have not happened yet.
func (r *caseRun) step(n int) bool {
	g := r.c.g
	if n > 0 {
		r.day, _ = r.c.cal.AddWorkdays(r.day, n)
		r.minute = 8*60 + 30 + g.r.IntN(300)
	} else {
		r.minute += 5 + g.r.IntN(40)
	}
	return r.day.Before(r.c.today)
}

func (r *caseRun) event(by hall.Actor, action hall.Action, to hall.Status, note string) {
	r.events = append(r.events, caseEvent{at: r.c.stamp(r.day, r.minute), by: by, action: string(action),
		from: r.cs.Status, to: to, note: note})
	r.cs.Status = to
}

func (r *caseRun) date() string { return r.day.Format(hall.DateLayout) }

// civil is the run's day as a civil date.
func (r *caseRun) civil() hall.Date { return hall.NewDate(r.day.Date()) }

// due sets the deadline the way the counter does: the meeting's deadline for a joint case,
// otherwise the promised (or statutory) working days after acceptance; 即办 is due the same day.
func (r *caseRun) due() {
	cs := &r.cs
	if cs.Meeting != nil && !cs.Meeting.Deadline.IsZero() {
		cs.DueDate, cs.DueVerified = cs.Meeting.Deadline, true
		return
	}
	limit := cs.PromisedDays
	if limit == 0 {
		limit = cs.StatutoryDays
	}
	if cs.Ledger == hall.LedgerInstant {
		limit = 0
	}
	year, month, day := r.day.Date() // due is called on the day of acceptance: cs.AcceptedOn is r.date()
	accepted := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	d, ok := r.c.cal.AddWorkdays(accepted, limit)
	cs.DueDate, cs.DueVerified = hall.NewDate(d.Date()), ok
}

// addCases writes the ten years of counter work, day by day, with more work in later years
// and in the medical-insurance collection months (September to December).
func (c *county) addCases() error {
	days := c.workdays()
	if n := len(days); n > 1 && days[n-1].Equal(c.today) {
		days = days[:n-1] // nothing taken today yet
	}
	total := scaled(CountyCases, c.opt.Factor, 30)
	per := spread(days, total, 1.8, func(d time.Time) float64 {
		if d.Month() >= time.September {
			return 1.3
		}
		return 1
	})
	weights := make([]int, len(c.items))
	for i, it := range c.items {
		weights[i] = 2
		if w, ok := countyItemWeights[it.Code]; ok {
			weights[i] = w
		}
	}
	seq := map[string]int{}
	var id int64
	for i, d := range days {
		for k := 0; k < per[i]; k++ {
			id++
			if err := c.oneCase(id, d, c.items[weightedIndex(c.g.r, weights)], seq); err != nil {
				return err
			}
		}
	}
	c.sum.Cases = int(id)
	return nil
}

// oneCase takes one case on day and carries it as far as the days since allow.
func (c *county) oneCase(id int64, day time.Time, item hall.ServiceItem, seq map[string]int) error {
	g := c.g
	ledger := item.DefaultLedger
	if ledger == hall.LedgerProxy && g.chance(0.03) {
		ledger = hall.LedgerEscalate // a proxy matter that needed the joint meeting
	}
	key := fmt.Sprint(day.Year(), hall.LedgerLetter[ledger])
	seq[key]++
	clerk := c.clerks[g.r.IntN(len(c.clerks))]
	applicant := c.adults[g.r.IntN(len(c.adults))]
	if item.Category == "低保" && len(c.dibao) > 0 && g.chance(0.7) {
		applicant = c.dibao[g.r.IntN(len(c.dibao))]
	}
	r := &caseRun{c: c, day: day, minute: 8*60 + 30 + g.r.IntN(510)}
	r.cs = hall.CaseRecord{ID: id, Number: hall.FormatCaseNumber(day.Year(), ledger, seq[key]), Ledger: ledger,
		ItemID: item.ID, ItemCode: item.Code, ItemName: item.Name, ItemCategory: item.Category, ApplicantID: applicant,
		Source: pickWeighted(g.r, hall.Sources, []int{60, 15, 15, 4, 6}), Summary: summaries[g.r.IntN(len(summaries))],
		PromisedDays: item.PromisedDays, StatutoryDays: item.StatutoryDays, HandlerID: clerk.OperatorID,
		DueVerified: true}
	r.cs.CreatedAt = c.stamp(day, r.minute)
	var missing []string
	for _, m := range item.Materials {
		got := m.Required || g.r.IntN(2) == 0
		if got && m.Required && len(missing) == 0 && g.r.IntN(8) == 0 {
			got = false // one required paper missing: a one-time notice, the case waits
			missing = append(missing, m.Name)
		}
		r.cs.Materials = append(r.cs.Materials, hall.CaseMaterial{Name: m.Name, Original: m.Original, Copies: m.Copies,
			Required: m.Required, Note: m.Note, Received: got})
	}
	if len(missing) > 0 {
		r.event(clerk, hall.ActIntake, hall.StatusAwaiting, "缺少："+strings.Join(missing, "、")+"。")
	} else {
		r.event(clerk, hall.ActIntake, hall.StatusAccepted, "")
		r.cs.AcceptedOn = r.civil()
		r.due()
	}
	c.walk(r, clerk)
	if r.cs.Status.Open() {
		c.sum.OpenCases++
	}
	if err := c.b.Case(r.cs, clerk.OperatorID, r.events[len(r.events)-1].at); err != nil {
		return err
	}
	for _, e := range r.events {
		if err := c.b.CaseEvent(id, e.at, e.by, e.action, e.from, e.to, e.note); err != nil {
			return err
		}
	}
	return nil
}

// walk takes the case's steps after intake until one falls on or after today. A few cases are
// left behind on the way (forgotten in progress, never rated), as happens in real halls: they
// are the overdue ones the ledgers must find.
func (c *county) walk(r *caseRun, clerk hall.Actor) {
	g, cs := c.g, &r.cs
	if cs.Status == hall.StatusAwaiting {
		if !r.step(g.between(1, 7)) {
			return
		}
		for i := range cs.Materials {
			cs.Materials[i].Received = cs.Materials[i].Received || cs.Materials[i].Required
		}
		r.event(clerk, hall.ActMaterialsArrived, hall.StatusAccepted, "")
		cs.AcceptedOn = r.civil()
		r.due()
	}
	stuck := g.chance(0.003)
	if cs.Ledger != hall.LedgerInstant {
		if !r.step(0) {
			return
		}
		r.event(clerk, hall.ActStart, hall.StatusInProgress, "")
		if stuck && g.chance(0.5) {
			return
		}
		if !r.step(g.between(0, 2)) {
			return
		}
		cs.Departments = "旗社会保险事业服务中心"
		if cs.ItemCategory == "低保" {
			cs.Departments = "旗民政局"
		}
		r.event(clerk, hall.ActSubmit, hall.StatusSubmitted, "")
		if cs.Ledger == hall.LedgerEscalate {
			if !r.step(g.between(2, 8)) {
				return
			}
			deadline, _ := c.cal.AddWorkdays(r.day, 15)
			cs.Meeting = &hall.Meeting{Date: r.civil(), Participants: "镇民政办、社保所、嘎查村委会、派出所",
				Decision: "入户核实后按规定办理，相关部门限期结办", Deadline: hall.NewDate(deadline.Date())}
			r.event(clerk, hall.ActRecordMeeting, hall.StatusSubmitted, "会议议定："+cs.Meeting.Decision)
			r.due()
		}
		if stuck {
			return
		}
		// Most cases finish within their limit; some run late.
		limit := max(1, cs.PromisedDays, cs.StatutoryDays/2)
		n := g.between(1, limit)
		if g.chance(0.06) {
			n = limit + g.between(1, 10)
		}
		if !r.step(n) {
			return
		}
	} else if !r.step(0) {
		return
	}
	cs.Outcome = hall.OutcomeDone
	switch {
	case cs.ItemCategory == "低保" && g.r.IntN(12) == 0:
		cs.Outcome, cs.OutcomeNote = hall.OutcomeRefused, "经入户核查，家庭人均收入高于当地低保标准"
	case g.chance(0.02):
		cs.Outcome, cs.OutcomeNote = hall.OutcomeRefused, "不符合办理条件，已向群众说明政策"
	case cs.Ledger != hall.LedgerInstant && g.chance(0.01):
		cs.Outcome, cs.OutcomeNote = hall.OutcomeTransfer, "转旗相关部门办理"
	}
	if cs.Outcome == hall.OutcomeDone && hall.GrantsAllowance(hall.BuiltinRoles[cs.ItemCode]) {
		cs.MonthlyAmount = fmt.Sprint(420 + 10*g.r.IntN(40))
		cs.FirstPaidMonth = r.day.AddDate(0, 1, 1-r.day.Day()).Format("2006-01") // paid from the next month
	}
	r.event(clerk, hall.ActComplete, hall.StatusDone, strings.TrimSpace(cs.Outcome+" "+cs.OutcomeNote))
	if g.chance(0.004) || !r.step(g.between(0, 3)) {
		return
	}
	cs.FeedbackMethod, cs.FeedbackAt, cs.FeedbackBy = pickWeighted(g.r, hall.FeedbackMethods, []int{45, 40, 5, 10}), r.civil(), clerk.Name
	r.event(clerk, hall.ActFeedback, hall.StatusFedBack, cs.FeedbackMethod+"反馈")
	if g.chance(0.004) || !r.step(g.between(0, 1)) {
		return
	}
	cs.Rating = 1 + weightedIndex(g.r, []int{60, 28, 8, 3, 1})
	note := ""
	if hall.RatingIsBad(cs.Rating) {
		cs.RatingNote, note = "办理时间偏长", " 办理时间偏长"
		due, _ := c.cal.AddWorkdays(r.day, hall.DefaultRemedyDays)
		cs.RemedyDue = hall.NewDate(due.Date())
	}
	r.event(clerk, hall.ActRate, hall.StatusRated, hall.RatingLabel(cs.Rating)+note)
	if hall.RatingIsBad(cs.Rating) {
		if !r.step(g.between(1, 12)) {
			return
		}
		text := "已电话回访，说明办理进度并致歉"
		cs.RemedyNote, cs.RemedyResolved = r.date()+" "+text, true
		r.event(clerk, hall.ActRemedy, hall.StatusRated, text)
	}
	if !r.step(g.between(1, 15)) {
		return
	}
	sup := c.sups[g.r.IntN(len(c.sups))]
	cs.ClosedAt, cs.ClosedBy = c.stamp(r.day, r.minute), sup.Name
	r.event(sup, hall.ActClose, hall.StatusClosed, "")
}
