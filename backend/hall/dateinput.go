package hall

import "time"

// PastDate checks a date a user entered for something that has happened: no date is today, a
// later day than today is an Invalid error on field whose Chinese message names it by label.
// (A text that is not a date never gets here: the JSON decoder refuses it, see Date.UnmarshalJSON.)
func PastDate(field, label string, d Date, today time.Time) (Date, error) {
	now := DateOf(today)
	if d.IsZero() {
		return now, nil
	}
	if d.After(now) {
		return d, Invalid(field, label+"不能晚于今天")
	}
	return d, nil
}

// DateRange checks the dates of a list's filter, both ends included and either open (no date):
// the end may not come before the start.
func DateRange(from, to Date) error {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return Invalid("to", "结束日期不能早于开始日期")
	}
	return nil
}
