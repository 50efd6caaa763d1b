package xlsx

import (
	"errors"
	"testing"
)

// FuzzReadFirstSheet feeds arbitrary bytes to the reader: it must answer with rows or an
// *ErrInput, never panic, and keep every row as wide as the widest.
func FuzzReadFirstSheet(f *testing.F) {
	good, err := Write(Table{Sheet: "群众信息", Columns: []Column{{Header: "姓名"}, {Header: "身份证号码"}},
		Rows: [][]any{{"张伟", "11010519491231002X"}}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadFirstSheet(data)
		if err != nil {
			var in *ErrInput
			if !errors.As(err, &in) || in.Message == "" {
				t.Fatalf("error %v is not an ErrInput with a message", err)
			}
			return
		}
		for i, r := range rows {
			if len(r) != len(rows[0]) {
				t.Fatalf("row %d has %d cells, row 1 has %d", i+1, len(r), len(rows[0]))
			}
		}
	})
}
