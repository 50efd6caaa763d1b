package hall

import (
	"sort"
	"unicode"
)

// Printable reports whether the documents can print r as it is: the print font has it (the
// generated printableRuns), or it is a space or a line break. Characters above U+FFFF (emoji)
// and control characters never print. The PDF documents replace every other character with □.
func Printable(r rune) bool {
	if r == '\n' {
		return true
	}
	if r > 0xFFFF || r < 0 || unicode.IsControl(r) {
		return false
	}
	if unicode.IsSpace(r) {
		return true
	}
	i := sort.Search(len(printableRuns), func(i int) bool { return rune(printableRuns[i][1]) >= r })
	return i < len(printableRuns) && rune(printableRuns[i][0]) <= r
}

// Unprintable lists, once each and in order, the characters of s that would print as □.
func Unprintable(s string) []rune {
	var bad []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if !Printable(r) && !seen[r] {
			seen[r] = true
			bad = append(bad, r)
		}
	}
	return bad
}

// CleanName is CleanText for a person's name, which must also print as typed (on the receipt,
// the notices and the petition forms): a name with an emoji or a character the print font lacks
// is refused with the characters named.
func CleanName(field, label, s string, required bool) (string, error) {
	s, err := CleanText(field, label, s, MaxName, required)
	if err != nil {
		return s, err
	}
	if bad := Unprintable(s); len(bad) > 0 {
		return s, Invalid(field, UnprintableMessage(label, bad))
	}
	return s, nil
}

// UnprintableMessage says which characters of a field cannot be printed.
func UnprintableMessage(label string, bad []rune) string {
	return label + "中的“" + string(bad) + "”无法打印（打印字库中没有，会印成□），请按身份证上的汉字填写"
}
