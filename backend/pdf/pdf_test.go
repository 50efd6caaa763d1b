package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
)

// pdfText extracts the text of a PDF with poppler's pdftotext, skipping where it is missing
// (make test installs it).
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	testtools.Need(t, "pdftotext")
	p := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", p, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestWrapKeepsEveryCharacterAndPunctuationRules(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	doc.SetFont(family, "", 11)
	text := "城乡居民基本医疗保险，每年9月1日至12月31日集中缴费（次年1月1日起享受待遇）。咨询电话0477-8612345，ABC word stays whole。工作时间8:30-12:00，14:30-17:30。"
	for width := 10.0; width <= 80; width++ {
		lines := Wrap(doc, text, width)
		if got := strings.Join(lines, ""); got != text {
			t.Fatalf("width %v: lost characters:\n got %q\nwant %q", width, got, text)
		}
		for i, l := range lines {
			r := []rune(l)
			if i > 0 && len(r) > 0 && strings.ContainsRune(noLineStart, r[0]) {
				t.Errorf("width %v: line %d starts with closing mark: %q", width, i, l)
			}
			if i < len(lines)-1 && len(r) > 0 && strings.ContainsRune(noLineEnd, r[len(r)-1]) {
				t.Errorf("width %v: line %d ends with opening mark: %q", width, i, l)
			}
			body := strings.TrimRight(l, noLineStart) // closing marks may hang past the margin
			if len([]rune(body)) > 1 && doc.GetStringWidth(body) > width+0.01 {
				t.Errorf("width %v: line %d too wide (%v): %q", width, i, doc.GetStringWidth(l), l)
			}
		}
		joined := strings.Join(lines, "|")
		// Where every word fits on a line (from 30 mm), none may be split.
		if width >= 30 && (strings.Contains(joined, "0477-861|") || strings.Contains(joined, "wo|rd") || strings.Contains(joined, "12:|00")) {
			t.Errorf("width %v: split a word or number: %q", width, joined)
		}
	}
}

func TestSanitizeReplacesWhatTheFontCannotDraw(t *testing.T) {
	for _, tc := range []struct{ in, want, bad string }{
		{"王𠀀明", "王□明", "𠀀"},                    // above U+FFFF
		{"巴特尔 ᠪᠠᠲᠦ", "巴特尔 □□□□", "ᠪᠠᠲᠦ"},       // traditional Mongolian script: not in the font
		{"Ａ１，。、（）“”€ 　x", "Ａ１，。、（）“”€ 　x", ""}, // full-width forms, CJK punctuation, spaces
		{"a\x07b", "a□b", "\x07"},
	} {
		got, bad := Sanitize(tc.in)
		if got != tc.want || string(bad) != tc.bad {
			t.Errorf("Sanitize(%q) = %q, %q; want %q, %q", tc.in, got, string(bad), tc.want, tc.bad)
		}
	}
}

func TestHouseholdSheetText(t *testing.T) {
	h := hall.Household{ID: 7, VillageName: "巴图塔村", GroupName: "一组", Address: "巴图塔村一组12号",
		Members: []hall.Resident{
			{Name: "张伟", Relation: "户主", Sex: "男", Age: 46, IDNumber: "**************0012", HasIDNumber: true, Phone: "138****5678", Residency: "常住", Tags: []string{"低保户"}},
			{Name: "李𠀀英", Relation: "配偶", Sex: "女", Age: 44, Residency: "外出", Tags: []string{}},
		}}
	hs := hall.HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗"}
	data, missing, err := HouseholdSheet(h, hs, "王丽娜", time.Date(2026, 11, 25, 2, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) != 1 || missing[0] != '𠀀' {
		t.Errorf("missing = %q, want the one rare character", missing)
	}
	text := pdfText(t, data)
	for _, want := range []string{"家庭户成员信息登记表", "伊金霍洛旗 乌兰木伦镇", "巴图塔村一组", "住址：巴图塔村一组12号",
		"张伟", "户主", "年龄", "46", "**************0012", "138****5678", "低保户", "李□英", "44", "（暂无）", "户主（或代表）签字",
		"打印人：王丽娜", "2026-11-25 10:00"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q\n%s", want, text)
		}
	}
}
