// Package xlsx writes the hall's tables as real spreadsheets (Chinese headers, date and number
// formats, a frozen header row, widths that fit) and reads uploaded ones with clear limits.
// It knows nothing about cases or residents: callers describe a Table and get bytes back.
package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"

	"halldesk/backend/hall"
)

// Kind says how a column's values are stored and shown.
type Kind int

// Column kinds.
const (
	Text     Kind = iota // a string, kept as text (ID numbers must never become numbers)
	Date                 // "YYYY-MM-DD" (hall.DateLayout), a time.Time, or "" for none: a real date cell
	DateTime             // "2006-01-02 15:04[:05]", RFC 3339, a time.Time, or "": a real date-time cell
	Integer              // any integer type
	Money                // float64, an integer or a decimal string such as "620.00": two decimals
	Percent              // a ratio 0..1 as float64: shown as 0.0%
)

// Column is one column of a table.
type Column struct {
	Header string
	Kind   Kind
	// Width in Excel character units; 0 fits the widest of header and values (capped).
	Width float64
}

// Table is one sheet.
type Table struct {
	Sheet   string // sheet name; Write makes it one Excel accepts (SheetName)
	Columns []Column
	Rows    [][]any
}

const (
	maxFitWidth = 60
	minWidth    = 6
)

// Write builds a workbook with one sheet per table, in order.
func Write(tables ...Table) ([]byte, error) {
	if len(tables) == 0 {
		return nil, fmt.Errorf("xlsx: no table")
	}
	f := excelize.NewFile()
	defer f.Close()
	parts := sheetRows{}
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return fastZip(w, parts) })
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	names := sheetNames(tables)
	for i, t := range tables {
		t.Sheet = names[i]
		if i == 0 {
			if err := f.SetSheetName("Sheet1", t.Sheet); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(t.Sheet); err != nil {
			return nil, err
		}
		if err := writeTable(f, st, parts, t); err != nil {
			return nil, fmt.Errorf("xlsx: sheet %q: %w", t.Sheet, err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type styles struct {
	header int
	byKind map[Kind]int
}

func newStyles(f *excelize.File) (styles, error) {
	st := styles{byKind: map[Kind]int{}}
	var err error
	st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return st, err
	}
	text := "@"
	formats := map[Kind]*excelize.Style{
		Text:     {CustomNumFmt: &text},
		Date:     {CustomNumFmt: ptr("yyyy-mm-dd")},
		DateTime: {CustomNumFmt: ptr("yyyy-mm-dd hh:mm")},
		Integer:  {NumFmt: 1},  // 0
		Money:    {NumFmt: 4},  // #,##0.00
		Percent:  {NumFmt: 10}, // 0.00%
	}
	for k, s := range formats {
		if st.byKind[k], err = f.NewStyle(s); err != nil {
			return st, err
		}
	}
	return st, nil
}

func ptr(s string) *string { return &s }

// fitRows is how many rows are looked at to fit column widths: the stream writer needs the
// widths before the first row, and a long table rarely changes the picture further down.
const fitRows = 2000

func writeTable(f *excelize.File, st styles, parts sheetRows, t Table) error {
	widths := make([]float64, len(t.Columns))
	header := make([]any, len(t.Columns))
	for c, col := range t.Columns {
		widths[c] = displayWidth(col.Header)
		header[c] = excelize.Cell{StyleID: st.header, Value: col.Header}
	}
	// The first fitRows rows are converted once, for their widths and for writing.
	fitted := make([][]any, 0, min(len(t.Rows), fitRows))
	for r, row := range t.Rows {
		if len(row) != len(t.Columns) {
			return fmt.Errorf("row %d has %d values for %d columns", r+1, len(row), len(t.Columns))
		}
		if r >= fitRows {
			continue
		}
		vals := make([]any, len(row))
		for c, v := range row {
			val, shown, err := cellValue(t.Columns[c].Kind, v)
			if err != nil {
				return fmt.Errorf("row %d column %q: %w", r+1, t.Columns[c].Header, err)
			}
			vals[c] = val
			widths[c] = max(widths[c], displayWidth(shown))
		}
		fitted = append(fitted, vals)
	}
	sw, err := f.NewStreamWriter(t.Sheet)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for c, col := range t.Columns {
		w := col.Width
		if w == 0 {
			w = min(max(widths[c]+2, minWidth), maxFitWidth)
		}
		if err := sw.SetColWidth(c+1, c+1, w); err != nil {
			return err
		}
		// The column keeps its format below the data too, so that an ID number typed into a
		// template's empty row stays text instead of turning into 1.5E+17.
		if err := sw.SetColStyle(c+1, c+1, st.byKind[col.Kind]); err != nil {
			return err
		}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 22}); err != nil {
		return err
	}
	// The data rows are written by rowWriter and put into the sheet's part when it is packed.
	rw := newRowWriter(t, st)
	vals := make([]any, len(t.Columns))
	for r, row := range t.Rows {
		if r < len(fitted) {
			rw.row(r+2, fitted[r])
			continue
		}
		for c, v := range row {
			var err error
			if vals[c], _, err = cellValue(t.Columns[c].Kind, v); err != nil {
				return fmt.Errorf("row %d column %q: %w", r+1, t.Columns[c].Header, err)
			}
		}
		rw.row(r+2, vals)
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return parts.add(f, t.Sheet, rw.buf.Bytes())
}

// cellValue converts v for its column kind and returns what the cell shows (for fitting widths).
func cellValue(k Kind, v any) (any, string, error) {
	if v == nil {
		return nil, "", nil
	}
	switch k {
	case Text:
		if s, ok := v.(string); ok {
			return s, s, nil
		}
		s := fmt.Sprint(v)
		return s, s, nil
	case Date, DateTime:
		t, ok, err := asTime(v)
		if err != nil || !ok {
			return nil, "", err
		}
		if k == Date {
			return t, hall.DateLayout, nil
		}
		return t, "2006-01-02 15:04", nil
	case Integer:
		switch n := v.(type) {
		case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
			s := fmt.Sprint(n)
			return n, s, nil
		}
		return nil, "", fmt.Errorf("not an integer: %T", v)
	case Money:
		switch n := v.(type) {
		case float64:
			return n, fmt.Sprintf("%.2f", n), nil
		case int, int64:
			return n, fmt.Sprintf("%d.00", n), nil
		case string:
			if n == "" {
				return nil, "", nil
			}
			var f float64
			if _, err := fmt.Sscan(n, &f); err != nil {
				return nil, "", fmt.Errorf("not an amount: %q", n)
			}
			return f, fmt.Sprintf("%.2f", f), nil
		}
		return nil, "", fmt.Errorf("not an amount: %T", v)
	case Percent:
		if f, ok := v.(float64); ok {
			return f, "100.00%", nil
		}
		return nil, "", fmt.Errorf("not a ratio: %T", v)
	}
	return nil, "", fmt.Errorf("unknown kind %d", k)
}

var timeLayouts = []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", hall.DateLayout}

// layoutsFor puts first the layout whose length s has (only it can match: an RFC 3339 time is
// longer than the others), so that a column of dates is read with one parse per cell.
func layoutsFor(s string) []string {
	if order, ok := layoutOrders[len(s)]; ok {
		return order
	}
	return timeLayouts
}

// layoutOrders are timeLayouts with one fixed-length layout moved first, by that length.
var layoutOrders = func() map[int][]string {
	m := map[int][]string{}
	for i, l := range timeLayouts[1:] {
		m[len(l)] = append([]string{l}, append(timeLayouts[:i+1:i+1], timeLayouts[i+2:]...)...)
	}
	return m
}()

func asTime(v any) (time.Time, bool, error) {
	switch t := v.(type) {
	case time.Time:
		if t.IsZero() {
			return t, false, nil
		}
		// Excel has no time zones: show the wall clock of the hall.
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), true, nil
	case hall.Date:
		return asTime(t.Time())
	case string:
		if t == "" {
			return time.Time{}, false, nil
		}
		for _, l := range layoutsFor(t) {
			if p, err := time.Parse(l, t); err == nil {
				if l == time.RFC3339 {
					p = p.In(china)
				}
				return asTime(p)
			}
		}
		return time.Time{}, false, fmt.Errorf("not a date: %q", t)
	}
	return time.Time{}, false, fmt.Errorf("not a date: %T", v)
}

var china = time.FixedZone("CST", 8*3600)

// displayWidth counts East Asian wide characters twice, as Excel's column units do.
func displayWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w
}
