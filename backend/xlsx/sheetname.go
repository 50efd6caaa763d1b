package xlsx

import (
	"strconv"
	"strings"
	"unicode"
)

// maxSheetName is Excel's limit on a sheet name, in characters.
const maxSheetName = 31

// SheetName makes name a sheet name Excel accepts: each of []:*?/\ and each control character
// becomes "_", apostrophes at either end are dropped, the name is cut to 31 characters, and an
// empty name or the reserved "History" becomes "Sheet". Write applies it to every table, so no
// caller's title can make a workbook fail.
func SheetName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) || unicode.IsControl(r) || r == unicode.ReplacementChar {
			return '_'
		}
		return r
	}, name)
	name = strings.Trim(strings.TrimSpace(name), "'")
	if r := []rune(name); len(r) > maxSheetName {
		name = strings.TrimRight(string(r[:maxSheetName]), "'")
	}
	if name == "" || strings.EqualFold(name, "History") {
		name = "Sheet"
	}
	return name
}

// sheetNames cleans the tables' sheet names and numbers repeats ("名单 (2)"), since Excel
// compares names without regard to case.
func sheetNames(tables []Table) []string {
	out := make([]string, len(tables))
	seen := map[string]bool{}
	for i, t := range tables {
		base := SheetName(t.Sheet)
		name := base
		for n := 2; seen[strings.ToLower(name)]; n++ {
			suffix := " (" + strconv.Itoa(n) + ")"
			r := []rune(base)
			if len(r)+len([]rune(suffix)) > maxSheetName {
				r = r[:maxSheetName-len([]rune(suffix))]
			}
			name = string(r) + suffix
		}
		seen[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}
