package hall

import "time"

// Time limits of the 信访工作条例. Day counts are calendar days unless the regulation says
// working days (工作日): only pointing a petitioner elsewhere is counted in working days.
const (
	DecisionDays      = 15 // tell the petitioner whether it is accepted, from receipt
	ForwardWorkdays   = 5  // point an item outside the township's remit elsewhere, working days
	SettleDays        = 60 // handle from acceptance
	MaxExtensionDays  = 30 // one extension with the leader's approval
	ReviewRequestDays = 30 // the petitioner asks for 复查 (复核) within this of the answer
	ReviewAnswerDays  = 30 // the 复查 (复核) is answered within this of the request
)

// Workdays is what the petition rules need of the working-day calendar (workday.Calendar).
type Workdays interface {
	AddWorkdays(accepted time.Time, n int) (time.Time, bool)
	IsWorkday(d time.Time) (bool, bool)
}

// DecisionDue is the last day to tell the petitioner whether the petition is accepted:
// received + 15 calendar days.
func DecisionDue(received Date) Date { return received.AddDays(DecisionDays) }

// ForwardDue is the last day to point an item outside the township's remit elsewhere: the
// fifth working day after receipt. verified is false when a day counted lies in a year without
// calendar data.
func ForwardDue(cal Workdays, received Date) (Date, bool) {
	if received.IsZero() {
		return Date{}, false
	}
	due, verified := cal.AddWorkdays(received.Time(), ForwardWorkdays)
	return DateOf(due), verified
}

// SettleDue is the handling deadline: accepted + 60 calendar days + the extension.
func SettleDue(accepted Date, extension int) Date {
	return accepted.AddDays(SettleDays + extension)
}

// ReviewDue is the day a 复查 or 复核 must be answered by: request + 30 calendar days.
func ReviewDue(requested Date) Date { return requested.AddDays(ReviewAnswerDays) }

// ReviewByDate is the last day the petitioner may ask for 复查 (after the reply) or 复核 (after the
// 复查 answer); no date in any other state.
func (p Petition) ReviewByDate() Date {
	switch p.Status {
	case PtReplied:
		return p.RepliedOn.AddDays(ReviewRequestDays)
	case PtReviewed:
		return p.ReviewAnsweredOn.AddDays(ReviewRequestDays)
	}
	return Date{}
}

// CurrentDue is the deadline the township is running against now and what it is for: the
// acceptance decision, the settlement, or the answer to a review; no date when none runs.
func (p Petition) CurrentDue() (date Date, label string) {
	switch p.Status {
	case PtRegistered:
		return p.DecisionDue, "告知受理期限"
	case PtAccepted, PtInProgress:
		return p.SettleDue, "办结期限"
	case PtReviewing:
		return p.ReviewDue, "复查答复期限"
	case PtRereviewing:
		return p.RereviewDue, "复核答复期限"
	}
	return Date{}, ""
}

// WithDeadlines fills what the screens show about time as of today: the running deadline, the
// calendar days left (negative when overdue) and the petitioner's review window.
func (p Petition) WithDeadlines(today Date) Petition {
	p.DueDate, p.DueLabel = p.CurrentDue()
	p.DaysLeft, p.Overdue = 0, false
	if !p.DueDate.IsZero() {
		p.DaysLeft = today.DaysUntil(p.DueDate)
		p.Overdue = p.DaysLeft < 0
	}
	p.ReviewBy = p.ReviewByDate()
	return p
}

// State is what the state machine needs to know about the petition as of today.
func (p Petition) State(today Date) PetitionState {
	by := p.ReviewByDate()
	return PetitionState{Status: p.Status, Extended: p.ExtensionDays > 0, Satisfaction: p.Satisfaction,
		WindowOpen: !by.IsZero() && !today.After(by)}
}
