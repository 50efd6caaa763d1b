package hall

import "time"

// RemedyDue is the last day to remedy a bad rating given on the date of ratedOn: the
// DefaultRemedyDays-th working day after it. The rating action sets it, and a correction of the
// calendar recomputes it for every remedy still open.
func RemedyDue(cal CaseCalendar, ratedOn time.Time) Date {
	return RemedyDueIn(cal, ratedOn, DefaultRemedyDays)
}

// RemedyDueIn is RemedyDue with the hall's own limit of days working days (its setting; the
// default when not set).
func RemedyDueIn(cal CaseCalendar, ratedOn time.Time, days int) Date {
	if days <= 0 {
		days = DefaultRemedyDays
	}
	due, _ := cal.AddWorkdays(ratedOn, days)
	return DateOf(due)
}
