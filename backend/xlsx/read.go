package xlsx

import (
	"bytes"
	"errors"
	"strings"

	"github.com/xuri/excelize/v2"
)

// MaxUpload is the largest spreadsheet accepted for import. A hall's resident list of 10,000
// rows is well under 2 MB; anything near this limit is not a list someone typed.
const MaxUpload = 20 << 20

// Reading limits against zip bombs: the unpacked workbook may not exceed these.
const (
	unzipLimit    = 200 << 20
	unzipXMLLimit = 100 << 20
	maxRows       = 50_000
	maxColumns    = 64
)

// ErrInput is a file that cannot be read as a spreadsheet; its message is for the user.
type ErrInput struct{ Message string }

func (e *ErrInput) Error() string { return e.Message }

// ReadFirstSheet returns the first sheet's rows as trimmed text, each padded to the widest row.
// Empty rows at the end are dropped. Bad files get an *ErrInput with a Chinese message.
func ReadFirstSheet(data []byte) ([][]string, error) {
	switch {
	case len(data) == 0:
		return nil, &ErrInput{"文件是空的，请选择填好的 Excel 文件"}
	case len(data) > MaxUpload:
		return nil, &ErrInput{"文件太大（超过 20 MB），请分成几个文件导入"}
	case !bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return nil, &ErrInput{"这不是 Excel 文件（.xlsx），请用模板填写后另存为 .xlsx 再导入"}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipLimit, UnzipXMLSizeLimit: unzipXMLLimit})
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) || strings.Contains(err.Error(), "zip") {
			return nil, &ErrInput{"这不是 Excel 文件（.xlsx），或文件已损坏"}
		}
		if strings.Contains(err.Error(), "size") || strings.Contains(err.Error(), "limit") {
			return nil, &ErrInput{"文件解压后太大，无法导入"}
		}
		return nil, &ErrInput{"无法读取该 Excel 文件，请另存为 .xlsx 后重试"}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, &ErrInput{"文件中没有工作表"}
	}
	it, err := f.Rows(sheets[0])
	if err != nil {
		return nil, &ErrInput{"无法读取第一个工作表"}
	}
	defer it.Close()
	var rows [][]string
	widest := 0
	for it.Next() {
		if len(rows) >= maxRows {
			return nil, &ErrInput{"行数太多（超过 50000 行），请分成几个文件导入"}
		}
		cols, err := it.Columns()
		if err != nil {
			return nil, &ErrInput{"工作表内容无法读取，文件可能已损坏"}
		}
		if len(cols) > maxColumns {
			cols = cols[:maxColumns]
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		rows = append(rows, cols)
		widest = max(widest, len(cols))
	}
	if err := it.Error(); err != nil {
		return nil, &ErrInput{"工作表内容无法读取，文件可能已损坏"}
	}
	for len(rows) > 0 && blank(rows[len(rows)-1]) {
		rows = rows[:len(rows)-1]
	}
	for i, r := range rows {
		for len(r) < widest {
			r = append(r, "")
		}
		rows[i] = r
	}
	return rows, nil
}

func blank(row []string) bool {
	for _, c := range row {
		if c != "" {
			return false
		}
	}
	return true
}
