package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func TestWriteReadsBackWithTypesAndFrozenHeader(t *testing.T) {
	data, err := Write(Table{
		Sheet: "代办台账",
		Columns: []Column{
			{Header: "编号", Kind: Text}, {Header: "身份证号", Kind: Text}, {Header: "受理日期", Kind: Date},
			{Header: "受理时间", Kind: DateTime}, {Header: "时限（工作日）", Kind: Integer},
			{Header: "月保障金额", Kind: Money}, {Header: "满意率", Kind: Percent},
		},
		Rows: [][]any{
			{"2026D0012", "150627197803150110", "2026-03-02", "2026-03-02T09:15:00+08:00", 5, "620.50", 0.875},
			{"2026D0013", "", time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), "", int64(20), nil, 1.0},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "代办台账" {
		t.Fatalf("sheets = %v", got)
	}
	check := func(cell, want string) {
		t.Helper()
		if v, _ := f.GetCellValue("代办台账", cell); v != want {
			t.Errorf("%s = %q, want %q", cell, v, want)
		}
	}
	check("A1", "编号")
	check("B2", "150627197803150110") // an ID stays text, all 18 digits
	check("C2", "2026-03-02")
	check("D2", "2026-03-02 09:15")
	check("E3", "20")
	check("F2", "620.50")
	check("G2", "87.50%")
	check("C3", "2026-03-03")
	if typ, _ := f.GetCellType("代办台账", "E2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("E2 type = %v, want a number", typ)
	}
	panes, err := f.GetPanes("代办台账")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes = %+v, %v; want the header row frozen", panes, err)
	}
	w, _ := f.GetColWidth("代办台账", "B")
	if w < 20 || w > 60 {
		t.Errorf("ID column width = %v, want it to fit 18 digits", w)
	}
	rows, err := ReadFirstSheet(data)
	if err != nil || len(rows) != 3 || rows[1][0] != "2026D0012" {
		t.Fatalf("ReadFirstSheet = %v, %v", rows, err)
	}
}

func TestWriteRefusesBadValues(t *testing.T) {
	for _, tc := range []struct {
		kind Kind
		v    any
	}{{Date, "3月2日"}, {Integer, "5"}, {Money, "六百"}, {Percent, "50%"}} {
		_, err := Write(Table{Sheet: "表", Columns: []Column{{Header: "列", Kind: tc.kind}}, Rows: [][]any{{tc.v}}})
		if err == nil {
			t.Errorf("kind %d value %v: no error", tc.kind, tc.v)
		}
	}
	if _, err := Write(Table{Sheet: "表", Columns: []Column{{Header: "甲"}, {Header: "乙"}}, Rows: [][]any{{"一"}}}); err == nil {
		t.Error("a short row was accepted")
	}
}

func TestReadFirstSheetRefusesBadFiles(t *testing.T) {
	zipNotXLSX := []byte("PK\x03\x04 not really a zip file at all")
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"empty":      {nil, "空"},
		"text":       {[]byte("姓名,身份证号\n张伟,150627\n"), "不是 Excel"},
		"broken zip": {zipNotXLSX, "Excel"},
		"too big":    {append([]byte("PK\x03\x04"), make([]byte, 50<<20)...), "太大"},
	} {
		_, err := ReadFirstSheet(tc.data)
		e, ok := err.(*ErrInput)
		if !ok || !strings.Contains(e.Message, tc.want) {
			t.Errorf("%s: err = %v, want a message with %q", name, err, tc.want)
		}
	}
}

// TestWriteKeepsTheLook checks what the packing must not change: the header's bold, tinted,
// centred style and row height, and each column's number format on the data cells.
func TestWriteKeepsTheLook(t *testing.T) {
	tb := ledgerTable(3)
	f := openWritten(t, tb)
	id, _ := f.GetCellStyle(tb.Sheet, "A1")
	st, err := f.GetStyle(id)
	if err != nil || st.Font == nil || !st.Font.Bold || len(st.Fill.Color) != 1 || st.Fill.Color[0] != "DDEBF7" ||
		st.Alignment == nil || st.Alignment.Horizontal != "center" {
		t.Fatalf("header style = %+v, %v", st, err)
	}
	if h, _ := f.GetRowHeight(tb.Sheet, 1); h != 22 {
		t.Errorf("header height = %v, want 22", h)
	}
	for cell, want := range map[string]string{"A2": "@", "K2": "yyyy-mm-dd hh:mm", "L2": "yyyy-mm-dd"} {
		id, _ := f.GetCellStyle(tb.Sheet, cell)
		if st, err := f.GetStyle(id); err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != want {
			t.Errorf("%s number format = %+v, want %q", cell, st, want)
		}
	}
	for cell, want := range map[string]int{"M2": 1, "W2": 4} {
		id, _ := f.GetCellStyle(tb.Sheet, cell)
		if st, err := f.GetStyle(id); err != nil || st.NumFmt != want {
			t.Errorf("%s number format = %+v, want built-in %d", cell, st, want)
		}
	}
	if v, _ := f.GetCellValue(tb.Sheet, "W2"); v != "300.50" {
		t.Errorf("W2 = %q, want the amount with two decimals", v)
	}
	if v, _ := f.GetCellValue(tb.Sheet, "K2"); v != "2025-01-01 09:15" {
		t.Errorf("K2 = %q, want the date-time", v)
	}
}
