package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// rowWriter writes a sheet's data rows as worksheet XML, the cells excelize's stream writer would
// write (inline strings, numbers, dates as serial numbers, each with its column's style), at a
// fraction of its cost per cell. fastZip puts them into the sheet's part before </sheetData>.
type rowWriter struct {
	buf    bytes.Buffer
	cols   []string // column letters
	styles []string // each column's style id
}

func newRowWriter(t Table, st styles) *rowWriter {
	w := &rowWriter{cols: make([]string, len(t.Columns)), styles: make([]string, len(t.Columns))}
	for c, col := range t.Columns {
		w.cols[c], _ = excelize.ColumnNumberToName(c + 1)
		w.styles[c] = strconv.Itoa(st.byKind[col.Kind])
	}
	return w
}

// row writes row number r (1-based) from cellValue's values; nil and "" write no cell.
func (w *rowWriter) row(r int, vals []any) {
	b := &w.buf
	num := strconv.Itoa(r)
	b.WriteString(`<row r="`)
	b.WriteString(num)
	b.WriteString(`">`)
	for c, v := range vals {
		if v == nil || v == "" {
			continue
		}
		b.WriteString(`<c r="`)
		b.WriteString(w.cols[c])
		b.WriteString(num)
		b.WriteString(`" s="`)
		b.WriteString(w.styles[c])
		switch v := v.(type) {
		case string:
			b.WriteString(`" t="inlineStr"><is><t`)
			if strings.ContainsAny(v[:1], "\t\n\r ") || strings.ContainsAny(v[len(v)-1:], "\t\n\r ") {
				b.WriteString(` xml:space="preserve"`)
			}
			b.WriteString(`>`)
			writeText(b, v)
			b.WriteString(`</t></is></c>`)
			continue
		case time.Time:
			b.WriteString(`"><v>`)
			b.WriteString(strconv.FormatFloat(excelTime(v), 'f', -1, 64))
		case float64:
			b.WriteString(`"><v>`)
			b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
		case int:
			b.WriteString(`"><v>`)
			b.WriteString(strconv.Itoa(v))
		default: // the other integer types (cellValue lets nothing else through)
			b.WriteString(`"><v>`)
			fmt.Fprint(b, v)
		}
		b.WriteString(`</v></c>`)
	}
	b.WriteString(`</row>`)
}

// maxCellChars is Excel's limit on a cell's text, in UTF-16 units.
const maxCellChars = 32767

// escapedCode is text that Excel would read as an escaped character (_x000D_): its underscore
// is escaped in turn, as excelize does.
var escapedCode = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

// writeText writes s as the text of a cell: cut to Excel's limit, XML-escaped (characters XML
// cannot hold become U+FFFD; line breaks stay line breaks), _xHHHH_ kept literal.
func writeText(b *bytes.Buffer, s string) {
	if len(s) > maxCellChars {
		s = cutUTF16(s, maxCellChars)
	}
	if strings.Contains(s, "_x") {
		s = escapedCode.ReplaceAllString(s, "_x005F$0")
	}
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		b.WriteString(s)
		return
	}
	var esc bytes.Buffer
	xml.EscapeText(&esc, []byte(s)) // a bytes.Buffer does not fail
	b.WriteString(strings.ReplaceAll(esc.String(), "&#xA;", "\n"))
}

// cutUTF16 keeps the first n UTF-16 units of s, never half a pair.
func cutUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		w := len(utf16.Encode([]rune{r}))
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

// excelTime is t's serial number in Excel's 1900 date system (t is the hall's wall clock, in
// UTC), computed as excelize computes it.
func excelTime(t time.Time) float64 {
	if t.Before(excelEpoch) {
		return 0
	}
	const day = 24 * time.Hour
	diff := t.Sub(excelEpoch)
	rem := diff % day
	serial := float64(diff-rem)/float64(day) + float64(rem)/float64(day)
	if t.After(excelLeapBug) { // Excel counts a 29 February 1900 that never was
		serial++
	}
	return serial
}

var (
	excelEpoch   = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	excelLeapBug = time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
)
