package hall

import (
	"time"

	"halldesk/backend/idcard"
)

// What an operator sees of a person's ID number, phone number and birth date is decided here,
// once, for every list, detail, export and print.
//
// Masked is what every screen shows to every role, and what every export and print of a role
// without PermRevealSensitive (the supervisor, the leader) carries:
//   - the ID number: its last 4 characters only, **************002X;
//   - the phone number: the first 3 and the last 4 digits, 138****5678;
//   - the birth date: never; age and sex instead, and on a list whose meaning is a month
//     (下月年满60周岁, newborns) the year and month, never the day.
//
// Full is what an audited output of a role with PermRevealSensitive carries: Reveal, an Excel
// export, a list printed with full numbers. It has the numbers and the birth date as stored.
//
// The 14 hidden characters of an ID number are the address code (the same for most of a
// township) and the birth date, so the tail of a number and the day of birth must never leave
// together unless the output is audited. What is left: the age narrows the birth date to about
// two years, and on a list whose meaning is the birth month the check character among the last
// 4 narrows the day to about three; no unaudited search can tell which (NumberSearch).
type Disclosure struct{ full bool }

// Masked is the disclosure of every screen and of any output for a role that may not reveal.
var Masked = Disclosure{}

// DisclosureFor is what an audited output made for role r may carry: full numbers and birth
// dates for a role that may reveal them, Masked for the others.
func DisclosureFor(r Role) Disclosure { return Disclosure{full: r.Can(PermRevealSensitive)} }

// Full reports whether numbers and birth dates go out as stored.
func (d Disclosure) Full() bool { return d.full }

// IDNumber is an ID number as d shows it.
func (d Disclosure) IDNumber(s string) string {
	if d.full {
		return s
	}
	return idcard.Mask(s)
}

// Phone is a phone number as d shows it.
func (d Disclosure) Phone(s string) string {
	if d.full {
		return s
	}
	return MaskPhone(s)
}

// BirthDate is a birth date as d shows it: no date when masked.
func (d Disclosure) BirthDate(b Date) Date {
	if d.full {
		return b
	}
	return Date{}
}

// BirthMonth is the year and month (YYYY-MM) of a birth date, for lists whose meaning is a
// month; the day is never part of it.
func BirthMonth(birth Date) string { return birth.Month() }

// AuditNote says in an export's audit line whether it held full numbers.
func (d Disclosure) AuditNote() string {
	if d.full {
		return "含完整号码"
	}
	return "号码已遮盖"
}

// Resident is r as d shows it, with its age on date `today` filled in.
func (d Disclosure) Resident(r Resident, today time.Time) Resident {
	r.Age = AgeOn(r.BirthDate, today)
	r.IDNumber = d.IDNumber(r.IDNumber)
	r.Phone = d.Phone(r.Phone)
	r.BirthDate = d.BirthDate(r.BirthDate)
	return r
}
