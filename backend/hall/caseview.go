package hall

import "time"

// State is what the state machine needs to know about the case.
func (c Case) State() CaseState {
	return CaseState{Status: c.Status, Ledger: c.Ledger, Accepted: c.AcceptedOn != "",
		RemedyOpen: RatingIsBad(c.Rating) && !c.RemedyResolved}
}

// ShowCase adds what the screen needs to a case as of today: the working days left and whether
// it is overdue (an open case past its due date, unless the clock is stopped for materials),
// and the actions role may take now. Masking the numbers is the caller's part. A due date that
// does not parse (CaseDue never writes one) shows no working days left.
func ShowCase(cs Case, cal CaseCalendar, role Role, today time.Time) Case {
	if cs.DueDate != "" && cs.Status.Open() {
		day := chinaDay(today)
		if due, err := ParseStoredDate(cs.DueDate); err == nil {
			cs.DaysLeft = cal.WorkdaysLeft(day, due)
		}
		cs.Overdue = cs.Status != StatusAwaiting && cs.DueDate < day.Format(DateLayout)
	}
	cs.Actions = Allowed(cs.State(), role)
	return cs
}

// LabelCase names a case's status and rating in Chinese, as the store reads it.
func LabelCase(c Case) Case {
	c.StatusLabel, c.RatingLabel = c.Status.Label(), RatingLabel(c.Rating)
	return c
}

// LabelCaseEvent turns a stored timeline line, whose action and statuses are codes, into the
// line the screen shows: the action's name and the statuses' names in place of the codes.
func LabelCaseEvent(e CaseEvent) CaseEvent {
	e.ActionLabel = Action(e.Action).Label()
	e.From, e.To = Status(e.From).Label(), Status(e.To).Label()
	return e
}
