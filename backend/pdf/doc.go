// Package pdf lays out HallDesk's printed documents with gofpdf and an embedded Chinese font.
// gofpdf's own wrapping drops CJK characters at line breaks, so text is wrapped here. The hall's
// traditional Mongolian is shaped and drawn as glyph outlines with a text layer (mongol_*.go).
package pdf

import (
	_ "embed"
	"errors"
	"fmt"

	"github.com/jung-kurt/gofpdf"
)

// WenQuanYi Micro Hei, member 0 of Debian's .ttc as a TrueType file (see fonts/LICENSE-wqy-microhei.txt).
//
//go:embed fonts/wqy-microhei.ttf
var fontTTF []byte

const family = "wqy"

// newDoc starts an A4 portrait document with the Chinese font loaded. A font that fails to
// load is an error here, not a line on stdout.
func newDoc(title string) (*gofpdf.Fpdf, error) { return newDocSize(title, "A4") }

// pageSizes are the ISO sizes in mm (gofpdf's own A5 is 420.94 pt wide instead of 419.53).
var pageSizes = map[string]gofpdf.SizeType{"A4": {Wd: 210, Ht: 297}, "A5": {Wd: 148, Ht: 210}, "A6": {Wd: 105, Ht: 148}}

// newDocSize is newDoc for another portrait page size ("A4", "A5" or "A6").
func newDocSize(title, size string) (*gofpdf.Fpdf, error) { return newDocOrient(title, size, false) }

// newDocOrient is newDocSize with the page turned to landscape when asked.
func newDocOrient(title, size string, landscape bool) (*gofpdf.Fpdf, error) {
	sz, ok := pageSizes[size]
	if !ok {
		return nil, fmt.Errorf("不支持的纸张规格：%s", size)
	}
	orient := "P"
	if landscape {
		orient = "L"
	}
	doc := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: orient, UnitStr: "mm", Size: sz})
	doc.SetTitle(title, true)
	doc.SetCreator("便民服务台", true)
	doc.AddUTF8FontFromBytes(family, "", fontTTF)
	if err := doc.Error(); err != nil {
		return nil, fmt.Errorf("加载字体失败：%w", err)
	}
	doc.SetFont(family, "", 11)
	if err := doc.Error(); err != nil {
		return nil, fmt.Errorf("加载字体失败：%w", err)
	}
	return doc, nil
}

// output renders the document, turning gofpdf's deferred error into a returned one.
func output(doc *gofpdf.Fpdf) ([]byte, error) {
	var buf bytesBuffer
	if err := doc.Output(&buf); err != nil {
		return nil, err
	}
	if len(buf.b) == 0 {
		return nil, errors.New("生成的 PDF 为空")
	}
	return buf.b, nil
}

type bytesBuffer struct{ b []byte }

func (w *bytesBuffer) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
