package hall

import (
	"strings"
	"testing"
)

func TestCleanMongolian(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		multiline, han bool
		msg            string // part of the message when refused
	}{
		{name: "empty is fine", in: "  ", want: ""},
		{name: "a word, trimmed", in: " ᠰᠤᠮᠤ ", want: "ᠰᠤᠮᠤ"},
		{name: "words, digits, punctuation", in: "ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ᠂ 8:30—12:00", want: "ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ᠂ 8:30—12:00"},
		{name: "NNBSP suffix", in: "ᠰᠤᠮᠤ\u202fᠶᠢᠨ", want: "ᠰᠤᠮᠤ\u202fᠶᠢᠨ"},
		{name: "FVS1-4 and MVS", in: "ᠭ᠋ᠠ ᠭ᠌ ᠭ᠍ ᠭ᠏ ᠬᠠᠷ\u180eᠠ", want: "ᠭ᠋ᠠ ᠭ᠌ ᠭ᠍ ᠭ᠏ ᠬᠠᠷ\u180eᠠ"},
		{name: "Mongolian digits", in: "ᠬᠣᠲᠠ ᠑᠒", want: "ᠬᠣᠲᠠ ᠑᠒"},
		{name: "Chinese refused", in: "ᠰᠤᠮᠤ苏木", msg: "不能含有「苏」"},
		{name: "Latin transliteration refused", in: "sumu", msg: "不能含有「s」"},
		{name: "Cyrillic refused", in: "сум", msg: "不能含有「с」"},
		{name: "emoji refused", in: "ᠰᠤᠮᠤ😀", msg: "不能含有"},
		{name: "no letters", in: "123 ᠂", msg: "没有蒙古文字母"},
		{name: "one line only", in: "ᠰᠤᠮᠤ\nᠬᠣᠲᠠ", msg: "只能填写一行"},
		{name: "lines in a paragraph", in: "ᠰᠤᠮᠤ\r\nᠬᠣᠲᠠ", want: "ᠰᠤᠮᠤ\nᠬᠣᠲᠠ", multiline: true},
		{name: "Chinese in a paragraph when allowed", in: "ᠰᠤᠮᠤ 便民服务大厅", want: "ᠰᠤᠮᠤ 便民服务大厅", multiline: true, han: true},
		{name: "Latin still refused in a paragraph", in: "ᠰᠤᠮᠤ abc", han: true, msg: "蒙古文、汉字、数字、空格和标点"},
		{name: "too long", in: strings.Repeat("ᠠ", MaxMongolianName+1), msg: "不能超过"},
		{name: "control character", in: "ᠠ\x01", msg: "控制字符"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := CleanMongolian("f", "名称（蒙古文）", tc.in, MaxMongolianName, tc.multiline, tc.han)
			if tc.msg == "" {
				if err != nil || got != tc.want {
					t.Fatalf("got %q, %v; want %q", got, err, tc.want)
				}
				return
			}
			e, ok := err.(*Error)
			if !ok || e.Code != CodeInvalid || e.Field != "f" || !strings.Contains(e.Message, tc.msg) || !strings.HasPrefix(e.Message, "名称（蒙古文）") {
				t.Fatalf("got %q, %v; want invalid with %q", got, err, tc.msg)
			}
		})
	}
}

func TestMongolianTextsClean(t *testing.T) {
	m, err := MongolianTexts{HallName: " ᠰᠤᠮᠤ ", Labels: map[string]string{"受理回执": "ᠬᠣᠲᠠ", "办结通知书": " "}}.Clean()
	if err != nil || m.HallName != "ᠰᠤᠮᠤ" || len(m.Labels) != 1 || m.Labels["受理回执"] != "ᠬᠣᠲᠠ" {
		t.Fatalf("got %+v, %v", m, err)
	}
	if m, err := (MongolianTexts{}).Clean(); err != nil || m.Labels == nil {
		t.Fatalf("empty: %+v, %v", m, err)
	}
	for _, tc := range []struct {
		name  string
		in    MongolianTexts
		field string
		msg   string
	}{
		{"unknown label", MongolianTexts{Labels: map[string]string{"不存在的标题": "ᠰᠤᠮᠤ"}}, "labels", "不是可以填写蒙古文的标题或标签"},
		{"Chinese in a label", MongolianTexts{Labels: map[string]string{"受理回执": "回执"}}, "labels", "「受理回执」的蒙古文"},
		{"Chinese in the office hours", MongolianTexts{OfficeHours: "ᠠ 周一"}, "officeHours", "办公时间（蒙古文）"},
		{"address too long", MongolianTexts{Address: strings.Repeat("ᠠ", MaxMongolianText+1)}, "address", "不能超过"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.in.Clean()
			e, ok := err.(*Error)
			if !ok || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestCleanCadreNameMongolian(t *testing.T) {
	base := Cadre{Name: "巴特尔", Phone: "13947712345", Type: "驻村干部"}
	base.NameMongolian = " ᠪᠠᠲᠤᠷ "
	c, err := CleanCadre(base)
	if err != nil || c.NameMongolian != "ᠪᠠᠲᠤᠷ" {
		t.Fatalf("got %q, %v", c.NameMongolian, err)
	}
	base.NameMongolian = "Batu"
	_, err = CleanCadre(base)
	if e, ok := err.(*Error); !ok || e.Field != "nameMongolian" {
		t.Fatalf("got %v", err)
	}
}
