package hall

import "time"

// RemedyDue is the last day to remedy a bad rating given on the date of ratedOn: the
// DefaultRemedyDays-th working day after it. The rating action sets it, and a correction of the
// calendar recomputes it for every remedy still open.
func RemedyDue(cal CaseCalendar, ratedOn time.Time) Date {
	due, _ := cal.AddWorkdays(ratedOn, DefaultRemedyDays)
	return DateOf(due)
}
