package hall

import "time"

// State is what the state machine needs to know about the case.
func (c Case) State() CaseState {
	return CaseState{Status: c.Status, Ledger: c.Ledger, Accepted: !c.AcceptedOn.IsZero(),
		RemedyOpen: RatingIsBad(c.Rating) && !c.RemedyResolved}
}

// ShowCase adds what the screen needs to a case as of today: the working days left and whether
// it is overdue (an open case past its due date, unless the clock is stopped for materials),
// and the actions role may take now. Masking the numbers is the caller's part.
func ShowCase(cs Case, cal CaseCalendar, role Role, today time.Time) Case {
	if !cs.DueDate.IsZero() && cs.Status.Open() {
		day := DateOf(today)
		cs.DaysLeft = cal.WorkdaysLeft(day.Time(), cs.DueDate.Time())
		cs.Overdue = cs.Status != StatusAwaiting && cs.DueDate.Before(day)
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
