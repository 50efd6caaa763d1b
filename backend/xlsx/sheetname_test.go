package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestAnySheetNameMakesAWorkbook writes titles Excel refuses as sheet names: each one is
// cleaned instead of failing the whole workbook.
func TestAnySheetNameMakesAWorkbook(t *testing.T) {
	long := strings.Repeat("代", 40)
	tables := []Table{}
	for _, name := range []string{`a*b\c[d]:e?f/g`, long, "'引号'", "", "History", "代办台账", "代办台账", "\x00控制"} {
		tables = append(tables, Table{Sheet: name, Columns: []Column{{Header: "编号"}}, Rows: [][]any{{"1"}}})
	}
	data, err := Write(tables...)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"a_b_c_d__e_f_g", strings.Repeat("代", 31), "引号", "Sheet", "Sheet (2)", "代办台账", "代办台账 (2)", "_控制"}
	got := f.GetSheetList()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, name := range got {
		if v, _ := f.GetCellValue(name, "A2"); v != "1" {
			t.Errorf("%s!A2 = %q", name, v)
		}
	}
}
