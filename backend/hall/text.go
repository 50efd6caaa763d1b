package hall

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// CleanText trims s and checks that it is valid UTF-8 of at most max characters.
// label names the field in Chinese for the message.
func CleanText(field, label, s string, max int, required bool) (string, error) {
	if len(s) > max*4+16 || !utf8.ValidString(s) {
		return "", Invalid(field, label+"过长或含有无法识别的字符")
	}
	s = strings.TrimSpace(s)
	if required && s == "" {
		return "", Invalid(field, "请填写"+label)
	}
	if TooLong(s, max) {
		return "", Invalid(field, label+"不能超过"+itoa(max)+"个字")
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' {
			return "", Invalid(field, label+"含有控制字符")
		}
	}
	return s, nil
}

var (
	mobileRe   = regexp.MustCompile(`^1[3-9]\d{9}$`)
	landlineRe = regexp.MustCompile(`^0\d{2,3}-?\d{7,8}$`)
)

// CleanPhone accepts a mainland mobile number or a landline with its area code; empty is
// allowed unless required.
func CleanPhone(field, label, s string, required bool) (string, error) {
	if TooLong(s, MaxPhone*2) { // more than any box types, before the spaces are taken out
		return "", Invalid(field, label+"格式不正确")
	}
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if TooLong(s, MaxPhone) {
		return "", Invalid(field, label+"格式不正确")
	}
	if s == "" {
		if required {
			return "", Invalid(field, "请填写"+label)
		}
		return "", nil
	}
	if !mobileRe.MatchString(s) && !landlineRe.MatchString(s) {
		return "", Invalid(field, label+"格式不正确：手机号为1开头的11位数字，固定电话需带区号（如0477-8612345）")
	}
	return s, nil
}

// MaskPhone keeps the first 3 and last 4 digits of a number: 138****5678.
func MaskPhone(s string) string {
	if len(s) < 8 {
		return strings.Repeat("*", len(s))
	}
	return s[:3] + strings.Repeat("*", len(s)-7) + s[len(s)-4:]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// China is the time zone every date is shown in (UTC+8, no daylight saving).
var China = time.FixedZone("CST", 8*3600)
