package hall

import (
	"fmt"
	"time"
)

// DateLayout is the one layout of a calendar date in HallDesk, YYYY-MM-DD: in the store, on
// the wire and in forms. Every package formats and parses dates with it.
const DateLayout = time.DateOnly

// ParseDate reads a date a user entered (YYYY-MM-DD) as midnight in China; a bad date is an
// Invalid error on field whose Chinese message names the field by label.
func ParseDate(field, label, s string) (time.Time, error) {
	t, err := time.ParseInLocation(DateLayout, s, China)
	if err != nil {
		if s == "" {
			return time.Time{}, Invalid(field, "请填写"+label)
		}
		return time.Time{}, Invalid(field, label+"“"+s+"”不是有效日期，应写成年-月-日，如2026-10-01")
	}
	return t, nil
}

// ParseStoredDate reads a date the store or the hall's own code produced (YYYY-MM-DD) as midnight
// in China. A bad one is not the user's doing: the error is a plain one that the service edge
// logs in full and shows as the generic internal error.
func ParseStoredDate(s string) (time.Time, error) {
	t, err := time.ParseInLocation(DateLayout, s, China)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored date %q: %w", s, err)
	}
	return t, nil
}
