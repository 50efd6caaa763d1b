// Package idcard parses and checks mainland citizen ID numbers (GB 11643-1999).
package idcard

import (
	"errors"
	"strings"
	"time"
)

// Sex is derived from the sequence code: odd is male, even female.
type Sex string

// The two sexes an ID number encodes.
const (
	Male   Sex = "男"
	Female Sex = "女"
)

// ID is a parsed, valid 18-character citizen ID number.
type ID struct {
	Number    string    // 18 characters, check character upper-case
	Address   string    // 6-digit address code
	BirthDate time.Time // midnight UTC of the birth date
	Sex       Sex
	Upgraded  bool // true when the input was the old 15-digit form
}

// Reasons a number is refused; each message is shown to the user as is.
var (
	ErrEmpty     = errors.New("请填写身份证号码")
	ErrLength    = errors.New("身份证号码应为18位（旧版为15位）")
	ErrChars     = errors.New("身份证号码只能包含数字，最后一位可以是X")
	ErrBirthDate = errors.New("身份证号码中的出生日期不存在")
	ErrFuture    = errors.New("身份证号码中的出生日期晚于今天")
	ErrAddress   = errors.New("身份证号码的地址码不正确")
)

// CheckError says that the check character does not match; Want is the correct one. The
// message never names it: a mistyped digit anywhere gives a wrong check character, and a clerk
// told the "right" last digit would type it onto the wrong number. The card is checked instead.
type CheckError struct{ Got, Want byte }

// CheckMessage is what the user reads when the check character does not match.
const CheckMessage = "身份证号码校验位不符，请核对身份证原件后重新输入"

func (e *CheckError) Error() string { return CheckMessage }

var weights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const checkChars = "10X98765432"

// CheckChar computes the check character of the first 17 digits.
func CheckChar(first17 string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * weights[i]
	}
	return checkChars[sum%11]
}

// Parse validates s (18 characters, or the old 15-digit form) as of today's date `today`.
// Spaces around it are ignored and a lower-case x is accepted.
func Parse(s string, today time.Time) (ID, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch len(s) {
	case 0:
		return ID{}, ErrEmpty
	case 15:
		if !allDigits(s) {
			return ID{}, ErrChars
		}
		first17 := s[:6] + "19" + s[6:]
		id, err := parse17(first17, today)
		if err != nil {
			return ID{}, err
		}
		id.Number = first17 + string(CheckChar(first17))
		id.Upgraded = true
		return id, nil
	case 18:
		if !allDigits(s[:17]) || !(isDigit(s[17]) || s[17] == 'X') {
			return ID{}, ErrChars
		}
		id, err := parse17(s[:17], today)
		if err != nil {
			return ID{}, err
		}
		if want := CheckChar(s[:17]); want != s[17] {
			return ID{}, &CheckError{Got: s[17], Want: want}
		}
		id.Number = s
		return id, nil
	default:
		if len([]rune(s)) != len(s) {
			return ID{}, ErrChars
		}
		return ID{}, ErrLength
	}
}

func parse17(d string, today time.Time) (ID, error) {
	if d[0] == '0' || d[:2] == "00" {
		return ID{}, ErrAddress
	}
	birth, err := time.Parse("20060102", d[6:14])
	if err != nil || birth.Year() < 1850 {
		return ID{}, ErrBirthDate
	}
	y, m, dd := today.Date()
	if birth.After(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)) {
		return ID{}, ErrFuture
	}
	sex := Female
	if (d[16]-'0')%2 == 1 {
		sex = Male
	}
	return ID{Address: d[:6], BirthDate: birth, Sex: sex}, nil
}

// Age is the full years lived on date `on`.
func (id ID) Age(on time.Time) int {
	y, m, d := on.Date()
	age := y - id.BirthDate.Year()
	if m < id.BirthDate.Month() || (m == id.BirthDate.Month() && d < id.BirthDate.Day()) {
		age--
	}
	return age
}

// Mask shows only the last 4 characters of an ID number, e.g. **************002X. The hidden
// 14 are the address code, much the same for a whole township, and the birth date: a mask that
// kept the address code would leave the birth date as all that stands between a reader and the
// number, and the birth date is printed in too many places to be a secret.
func Mask(number string) string {
	if len(number) < 8 {
		return strings.Repeat("*", len(number))
	}
	return strings.Repeat("*", len(number)-4) + number[len(number)-4:]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
