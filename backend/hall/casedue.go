package hall

import (
	"fmt"
	"time"

	"halldesk/backend/workday"
)

// CaseCalendar is the working-day calendar the case rules count on. *workday.Calendar is one
// (a nil one counts weekends only and flags every date unverified); tests may pass their own.
type CaseCalendar interface {
	// Deadline is the due date of a limit of working days from acceptance, extended and moved
	// by closed pauses.
	Deadline(accepted time.Time, limit int, pauses []workday.Pause, extraDays int) workday.Due
	// AddWorkdays is the n-th working day after a date.
	AddWorkdays(accepted time.Time, n int) (time.Time, bool)
	// WorkdaysLeft is the signed distance in working days from today to a due date.
	WorkdaysLeft(today, due time.Time) int
}

// chinaDay is the date of now in China, at midnight.
func chinaDay(now time.Time) time.Time {
	y, m, d := now.In(China).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, China)
}

// CaseDue is the deadline policy of a case: no deadline before acceptance (待补正 at intake);
// the joint meeting's 限期结办 date where one was set; otherwise the promised working days (or
// the statutory ones when none was promised, or none at all for 即办, settled on the spot) from
// acceptance, moved by every closed wait for materials and lengthened by every extension. The
// boolean is false when a day counted lies in a year without calendar data. A stored date that
// does not parse is an internal error.
func CaseDue(cal CaseCalendar, cs CaseRecord, pauses []Pause) (Date, bool, error) {
	if cs.AcceptedOn.IsZero() {
		return Date{}, true, nil
	}
	if cs.Meeting != nil && !cs.Meeting.Deadline.IsZero() {
		return cs.Meeting.Deadline, true, nil
	}
	limit := cs.PromisedDays
	if limit == 0 {
		limit = cs.StatutoryDays
	}
	if cs.Ledger == LedgerInstant {
		limit = 0
	}
	accepted := cs.AcceptedOn.Time()
	var ps []workday.Pause
	for _, p := range pauses {
		if p.From.IsZero() {
			return Date{}, false, fmt.Errorf("case %d: a wait for materials without its start", cs.ID)
		}
		ps = append(ps, workday.Pause{From: p.From.Time(), To: p.To.Time()})
	}
	due := cal.Deadline(accepted, limit, ps, cs.ExtensionDays)
	return DateOf(due.Date), due.Verified, nil
}

// CaseStart is how a new case begins: accepted today with its clock running, or waiting for
// materials (待补正) with no acceptance date and no deadline yet.
type CaseStart struct {
	Status      Status
	AcceptedOn  Date
	DueDate     Date
	DueVerified bool
}

// StartCase begins a cleaned intake of item taken today.
func StartCase(in Intake, item ServiceItem, cal CaseCalendar, today time.Time) (CaseStart, error) {
	st := CaseStart{Status: StatusAccepted, AcceptedOn: DateOf(today)}
	if in.Waiting {
		st.Status, st.AcceptedOn = StatusAwaiting, Date{}
	}
	var err error
	st.DueDate, st.DueVerified, err = CaseDue(cal, CaseRecord{Ledger: in.Ledger, AcceptedOn: st.AcceptedOn,
		PromisedDays: item.PromisedDays, StatutoryDays: item.StatutoryDays}, nil)
	return st, err
}
