package hall

import (
	"strconv"
	"strings"
	"time"
)

// CaseChange is what one action does to a case, for the store to write in one transaction.
type CaseChange struct {
	Case       CaseRecord // the record with every changed field set: new status and deadline included
	OpenPause  Date       // the case starts waiting for materials (补正), the clock stops
	ClosePause Date       // the materials arrived, the open wait ends
	Received   []string   // materials now handed in
	Missing    []string   // materials the citizen must bring (again)
	Entry      CaseEntry  // the line the action adds to the timeline
	Version    int64      // the version of the case the action was taken on (the store refuses another)
}

// CaseEntry is the timeline line of one action: what was done, from which status to which,
// and the note shown with it.
type CaseEntry struct {
	Action Action
	From   Status
	To     Status
	Note   string
}

// ApplyCaseAction takes one step of a case's lifecycle: op (by role) takes the action in on
// case cs, whose waits for materials so far are pauses, at time now. It checks that the role may
// take the action and the state allows it (forbidden, conflict), that the action carries what
// it needs (invalid), then sets the fields the action changes and recomputes the deadline on
// cal. A refusal is a domain error with a Chinese message; a stored date that does not parse
// is a plain (internal) error.
func ApplyCaseAction(cs CaseRecord, pauses []Pause, in TransitionInput, op Operator, cal CaseCalendar, now time.Time) (CaseChange, error) {
	to, err := Next(cs.State(), in.Action, op.Role)
	if err != nil {
		return CaseChange{}, err
	}
	today := chinaDay(now)
	if in, err = CleanTransition(in, cs.ItemRole, today); err != nil {
		return CaseChange{}, err
	}
	ch := CaseChange{Entry: CaseEntry{Action: in.Action, From: cs.Status, To: to, Note: in.Note}, Version: in.Version}
	day := DateOf(today)
	with := func(s string) string { return strings.TrimSpace(s + " " + in.Note) }
	switch in.Action {
	case ActMaterialsArrived:
		if err := checkArrived(cs, in); err != nil {
			return CaseChange{}, err
		}
		ch.Received = in.Received
		if cs.AcceptedOn.IsZero() {
			cs.AcceptedOn = DateOf(today) // the clock starts now
		} else {
			ch.ClosePause = day
			pauses = closePauses(pauses, day)
		}
	case ActRequestMaterials:
		if err := checkListed(cs, in.Missing); err != nil {
			return CaseChange{}, err
		}
		ch.OpenPause, ch.Missing = day, in.Missing
		pauses = append(append([]Pause(nil), pauses...), Pause{From: day})
	case ActSubmit:
		cs.Departments = in.Departments
	case ActRecordMeeting:
		cs.Meeting = in.Meeting
		ch.Entry.Note = with("会议议定：" + in.Meeting.Decision)
	case ActComplete:
		cs.Outcome, cs.OutcomeNote = in.Outcome, in.Note
		cs.MonthlyAmount, cs.FirstPaidMonth = in.MonthlyAmount, in.FirstPaidMonth
		ch.Entry.Note = with(in.Outcome)
	case ActFeedback:
		cs.FeedbackMethod, cs.FeedbackAt, cs.FeedbackBy = in.FeedbackMethod, in.FeedbackDate, op.Name
		ch.Entry.Note = with(in.FeedbackMethod + "反馈")
	case ActExtend:
		cs.ExtensionDays += in.ExtensionDays
		ch.Entry.Note = "延期" + strconv.Itoa(in.ExtensionDays) + "个工作日：" + in.Note
	case ActClose:
		cs.ClosedAt, cs.ClosedBy = now.UTC().Format(time.RFC3339), op.Name
	}
	cs.Status = to
	if cs.DueDate, cs.DueVerified, err = CaseDue(cal, cs, pauses); err != nil {
		return CaseChange{}, err
	}
	ch.Case = cs
	return ch, nil
}

// checkArrived accepts the materials handed in; every required one must then be present,
// unless the note says why the case goes on without it.
func checkArrived(cs CaseRecord, in TransitionInput) error {
	got := map[string]bool{}
	for _, n := range in.Received {
		got[n] = true
	}
	var missing []string
	for _, m := range cs.Materials {
		delete(got, m.Name)
		if m.Required && !m.Received && !oneOf(m.Name, in.Received) {
			missing = append(missing, m.Name)
		}
	}
	for n := range got {
		return Invalid("received", "材料“"+n+"”不在该办件的材料清单中")
	}
	if len(missing) > 0 && in.Note == "" {
		return Invalid("received", "仍缺少："+strings.Join(missing, "、")+"。请勾选已收到的材料，或在说明中写明继续办理的理由")
	}
	return nil
}

// checkListed refuses material names that are not on the case's list.
func checkListed(cs CaseRecord, names []string) error {
	for _, n := range names {
		found := false
		for _, m := range cs.Materials {
			found = found || m.Name == n
		}
		if !found {
			return Invalid("missing", "材料“"+n+"”不在该办件的材料清单中")
		}
	}
	return nil
}

// closePauses ends every open wait on the given date, leaving the caller's list untouched.
func closePauses(ps []Pause, on Date) []Pause {
	out := append([]Pause(nil), ps...)
	for i := range out {
		if out[i].To.IsZero() {
			out[i].To = on
		}
	}
	return out
}
