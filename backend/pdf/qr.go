package pdf

import (
	"fmt"

	"github.com/boombuler/barcode/qr"
	"github.com/jung-kurt/gofpdf"
)

// drawQR draws text as a QR code (error correction M) of side size mm at x, y, as filled
// squares: vector, sharp on a thermal roll and an office printer alike, and nothing to embed.
func drawQR(doc *gofpdf.Fpdf, text string, x, y, size float64) error {
	code, err := qr.Encode(text, qr.M, qr.Auto)
	if err != nil {
		return fmt.Errorf("无法生成二维码：%w", err)
	}
	n := code.Bounds().Dx()
	quiet := 2 // modules of white around the code, part of size
	cell := size / float64(n+2*quiet)
	doc.SetFillColor(0, 0, 0)
	for row := 0; row < n; row++ {
		for col := 0; col < n; {
			if !isDark(code.At(col, row)) {
				col++
				continue
			}
			start := col // one rectangle per run of dark modules keeps the file small
			for col < n && isDark(code.At(col, row)) {
				col++
			}
			doc.Rect(x+float64(quiet+start)*cell, y+float64(quiet+row)*cell, float64(col-start)*cell, cell, "F")
		}
	}
	doc.SetFillColor(255, 255, 255)
	return doc.Error()
}

func isDark(c interface{ RGBA() (r, g, b, a uint32) }) bool {
	r, _, _, _ := c.RGBA()
	return r < 0x8000
}
