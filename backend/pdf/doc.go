// Package pdf lays out HallDesk's printed documents with gofpdf and an embedded Chinese font.
// gofpdf's own wrapping drops CJK characters at line breaks, so text is wrapped here.
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

// newDocSize is newDoc for another portrait page size known to gofpdf ("A4", "A5" …).
func newDocSize(title, size string) (*gofpdf.Fpdf, error) {
	doc := gofpdf.New("P", "mm", size, "")
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
