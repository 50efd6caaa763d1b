package hall

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// What goes out to many readers (the monthly briefing, and whatever else is posted or sent to
// the villages) names no citizen and carries no ID or phone number. Free text typed at the
// counter often does ("刘辉想办理……，电话13812345678"), so such text passes PrivateText before
// it is shown or printed, however it was written or edited.

// minNumberDigits is how many digits make a run of digits look like an ID or phone number
// (a landline without its area code has 7); shorter runs are amounts, dates and counts.
const minNumberDigits = 7

// PrivateText is text fit to distribute: every name in names (of two characters or more) is
// replaced by its private form (PrivateName: 刘辉 → 刘某某), and every run of digits that may be
// an ID or phone number (minNumberDigits or more digits, with the spaces, hyphens and final X
// such numbers are written with) is replaced by asterisks.
func PrivateText(text string, names []string) string {
	// longest first, so that 刘辉 does not cut into 刘辉明 before 刘辉明 is replaced
	ns := make([]string, 0, len(names))
	for _, n := range names {
		if n = strings.TrimSpace(n); utf8.RuneCountInString(n) >= 2 {
			ns = append(ns, n)
		}
	}
	sort.SliceStable(ns, func(i, j int) bool { return utf8.RuneCountInString(ns[i]) > utf8.RuneCountInString(ns[j]) })
	for _, n := range ns {
		text = strings.ReplaceAll(text, n, PrivateName(n))
	}
	return maskNumberRuns(text)
}

// maskNumberRuns replaces every ID- or phone-like run of digits with asterisks.
func maskNumberRuns(text string) string {
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !isDigitRune(rs[i]) {
			i++
			continue
		}
		// the run: digits, single separators between digits, and an X right after its last digit
		j, end, digits := i, i, 0
		for j < len(rs) {
			switch r := rs[j]; {
			case isDigitRune(r):
				digits++
				j++
				end = j
				continue
			case isSeparator(r) && j+1 < len(rs) && isDigitRune(rs[j+1]):
				j++
				continue
			case isCheckX(r):
				end = j + 1
			}
			break
		}
		if digits >= minNumberDigits {
			for k := i; k < end; k++ {
				if !isSeparator(rs[k]) {
					rs[k] = '*'
				}
			}
		}
		i = end
	}
	return string(rs)
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isSeparator(r rune) bool { return r == '-' || r == ' ' || r == '－' || r == '　' }

func isCheckX(r rune) bool { return r == 'X' || r == 'x' || r == 'Ｘ' || r == 'ｘ' }
