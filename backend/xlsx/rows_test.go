package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// TestRowsReadBackAsExcelizeWrites: text that needs escaping, keeps its spaces, looks like an
// escaped character or is too long for a cell reads back exactly as when excelize's stream
// writer writes it, and dates, times, whole numbers and amounts keep their values.
func TestRowsReadBackAsExcelizeWrites(t *testing.T) {
	texts := []string{" 前导空格", "结尾空格 ", "a&b<c>\"d\"'e'", "第一行\n第二行\r\n第三行\t制表", "_x000D_ 与 _x005F_ 与 _xABCD_",
		"控制\x01字符\x1f", "emoji 😀 和 𠀀", strings.Repeat("长", 40000), "150627197803150110", "0012"}
	tb := Table{Sheet: "表", Columns: []Column{{Header: "文本"}, {Header: "日期", Kind: Date}, {Header: "时间", Kind: DateTime},
		{Header: "整数", Kind: Integer}, {Header: "金额", Kind: Money}}}
	for i, s := range texts {
		tb.Rows = append(tb.Rows, []any{s, "2026-02-28", time.Date(2026, 3, 1, 23, 59, 0, 0, time.UTC), int64(i - 3), "1234.5"})
	}
	ours, err := openWritten(t, tb).GetRows("表")
	if err != nil {
		t.Fatal(err)
	}
	want := streamedTexts(t, texts)
	for i := range texts {
		if ours[i+1][0] != want[i] {
			t.Errorf("text %d reads back as %.60q, excelize's as %.60q", i, ours[i+1][0], want[i])
		}
		if got := ours[i+1][1:]; got[0] != "2026-02-28" || got[1] != "2026-03-01 23:59" || got[2] != strconv.Itoa(i-3) || got[3] != "1,234.50" {
			t.Errorf("row %d = %q", i, got)
		}
	}
}

// streamedTexts writes texts down a column with excelize's own stream writer and reads them back.
func streamedTexts(t *testing.T, texts []string) []string {
	ref := excelize.NewFile()
	defer ref.Close()
	sw, err := ref.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		if err := sw.SetRow("A"+strconv.Itoa(i+1), []any{s}); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := sw.Flush(); err != nil || ref.Write(&buf) != nil {
		t.Fatal(err)
	}
	back, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	rows, err := back.GetRows("Sheet1")
	if err != nil || len(rows) != len(texts) {
		t.Fatalf("reference: %d rows, %v", len(rows), err)
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r[0]
	}
	return out
}
