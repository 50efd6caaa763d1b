package hall

import "time"

// State is what the state machine needs to know about the case.
func (c CaseRecord) State() CaseState {
	return CaseState{Status: c.Status, Ledger: c.Ledger, Accepted: !c.AcceptedOn.IsZero(),
		RemedyOpen: RatingIsBad(c.Rating) && !c.RemedyResolved && !c.RatingExcluded}
}

// ViewCase is the one place a case is made ready for the screen, as of today: the applicant's
// and agent's numbers masked (Masked, for every role), the status and rating named in Chinese,
// the working days left and whether it is overdue (an open case past its due date, unless the
// clock is stopped for materials), the stored timeline events labelled (none for a list row),
// and the actions role may take now. The record is copied, never changed.
func ViewCase(rec CaseRecord, events []CaseEvent, cal CaseCalendar, role Role, today time.Time) Case {
	rec.ApplicantID18 = Masked.IDNumber(rec.ApplicantID18)
	rec.ApplicantPhone = Masked.Phone(rec.ApplicantPhone)
	if rec.Agent != nil {
		a := *rec.Agent
		a.IDNumber = Masked.IDNumber(a.IDNumber)
		rec.Agent = &a
	}
	if rec.Materials == nil {
		rec.Materials = []CaseMaterial{}
	}
	cs := Case{CaseRecord: rec, StatusLabel: rec.Status.Label(), RatingLabel: RatingLabel(rec.Rating),
		Timeline: make([]CaseEvent, 0, len(events)), Actions: Allowed(rec.State(), role)}
	for _, e := range events {
		cs.Timeline = append(cs.Timeline, LabelCaseEvent(e))
	}
	if !rec.DueDate.IsZero() && rec.Status.Open() {
		day := DateOf(today)
		cs.DaysLeft = cal.WorkdaysLeft(day.Time(), rec.DueDate.Time())
		cs.Overdue = rec.Status != StatusAwaiting && rec.DueDate.Before(day)
	}
	return cs
}

// LabelCaseEvent turns a stored timeline line, whose action and statuses are codes, into the
// line the screen shows: the action's name and the statuses' names in place of the codes.
func LabelCaseEvent(e CaseEvent) CaseEvent {
	e.ActionLabel = Action(e.Action).Label()
	e.From, e.To = Status(e.From).Label(), Status(e.To).Label()
	return e
}
