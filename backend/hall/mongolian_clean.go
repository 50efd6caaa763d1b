package hall

import (
	"slices"
	"strings"
	"unicode"
)

// Limits of the Mongolian texts, in characters (code points: a Mongolian word takes about as
// many as its letters, and the variation selectors count too).
const (
	MaxMongolianName      = 80   // the hall's name, township, banner; a cadre's name
	MaxMongolianText      = 160  // the hall's address and opening hours; a title or label
	MaxMongolianParagraph = 2000 // a leaflet's Mongolian paragraph or panel
)

// isMongolianLetter reports whether r is a letter of the Mongolian block (the basic letters
// and the Todo, Sibe, Manchu and Ali Gali extensions), not its punctuation, digits or controls.
func isMongolianLetter(r rune) bool { return r >= 0x1820 && r <= 0x18AA }

// mongolianAllowed reports whether r may stand in a Mongolian field: the Mongolian block
// U+1800–U+18AF (letters, digits, punctuation, the free variation selectors FVS1–FVS4 and the
// vowel separator), the narrow no-break space U+202F, the zero-width joiner and non-joiner,
// spaces, digits and punctuation; Chinese characters too when han is set (a leaflet's
// Mongolian paragraph may quote a Chinese name).
func mongolianAllowed(r rune, han bool) bool {
	switch {
	case r >= 0x1800 && r <= 0x18AF, r == 0x202F, r == 0x200C, r == 0x200D, r == ' ':
		return true
	case r >= '0' && r <= '9', unicode.IsPunct(r), strings.ContainsRune("~～+·×", r):
		return true
	case han && (unicode.Is(unicode.Han, r) || r == '\u3000'):
		return true
	}
	return false
}

// CleanMongolian trims s and checks that it is text in traditional Mongolian script of at most
// max characters: see mongolianAllowed for what may stand in it, and at least one Mongolian
// letter when not empty. Lines are allowed only when multiline is set. label names the field
// in Chinese for the message; an empty field is always accepted (nothing prints for it).
func CleanMongolian(field, label, s string, max int, multiline, han bool) (string, error) {
	if multiline {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	s, err := CleanText(field, label, s, max, false)
	if err != nil || s == "" {
		return s, err
	}
	letters := false
	for _, r := range s {
		switch {
		case isMongolianLetter(r):
			letters = true
		case r == '\n':
			if !multiline {
				return "", Invalid(field, label+"只能填写一行")
			}
		case r == '\t':
			return "", Invalid(field, label+"含有制表符，请改用空格")
		case !mongolianAllowed(r, han):
			what := "蒙古文、数字、空格和标点"
			if han {
				what = "蒙古文、汉字、数字、空格和标点"
			}
			return "", Invalid(field, label+"只能填写"+what+"，不能含有「"+string(r)+"」（请使用蒙古文输入法输入传统蒙古文）")
		}
	}
	if !letters {
		return "", Invalid(field, label+"中没有蒙古文字母，请使用蒙古文输入法输入")
	}
	return s, nil
}

// Clean validates the hall's Mongolian texts: every field in Mongolian script (CleanMongolian),
// labels only for the titles and labels of MongolianLabelKeys, empty labels dropped.
func (m MongolianTexts) Clean() (MongolianTexts, error) {
	var err error
	fields := []struct {
		v            *string
		field, label string
		max          int
	}{
		{&m.HallName, "hallName", "服务大厅名称（蒙古文）", MaxMongolianName},
		{&m.Township, "township", "苏木乡镇（蒙古文）", MaxMongolianName},
		{&m.Banner, "banner", "旗县（蒙古文）", MaxMongolianName},
		{&m.Address, "address", "大厅地址（蒙古文）", MaxMongolianText},
		{&m.OfficeHours, "officeHours", "办公时间（蒙古文）", MaxMongolianText},
	}
	for _, f := range fields {
		if *f.v, err = CleanMongolian(f.field, f.label, *f.v, f.max, false, false); err != nil {
			return m, err
		}
	}
	labels := make(map[string]string, len(m.Labels))
	for zh, mn := range m.Labels {
		if !slices.Contains(MongolianLabelKeys, zh) {
			return m, Invalid("labels", "「"+zh+"」不是可以填写蒙古文的标题或标签，请刷新后重试")
		}
		if mn, err = CleanMongolian("labels", "「"+zh+"」的蒙古文", mn, MaxMongolianText, false, false); err != nil {
			return m, err
		}
		if mn != "" {
			labels[zh] = mn
		}
	}
	m.Labels = labels
	return m, nil
}

// Fields lists the fixed fields by their Chinese names, in the form's order, for audit lines
// and for telling which of them changed.
func (m MongolianTexts) Fields() [][2]string {
	return [][2]string{
		{"服务大厅名称", m.HallName}, {"苏木乡镇", m.Township}, {"旗县", m.Banner},
		{"大厅地址", m.Address}, {"办公时间", m.OfficeHours},
	}
}
