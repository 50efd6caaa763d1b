package app

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// Desktop is what only the desktop window can do; nil in browser mode, where documents
// become downloads instead.
type Desktop interface {
	// OpenFile shows a saved file in the system's viewer.
	OpenFile(path string) error
}

// Document is a generated PDF or spreadsheet: saved and opened on the desktop, or handed to the browser as
// base64 for download.
type Document struct {
	FileName  string   `json:"fileName"`
	Base64    string   `json:"base64"`
	SavedPath string   `json:"savedPath"`
	Warning   string   `json:"warning"`
	HintSteps []string `json:"hintSteps"` // how to print and fold, one step each, where it matters
	Number    string   `json:"number"`    // a PDF's document number (文书编号); "" for a spreadsheet
}

// deliver is the one way out of every PDF the program renders: it gives the document its
// number (文书编号, printed on each page and written into the metadata by pdf.Stamp), registers
// its SHA-256 under a's name (with the print record line, when the print is one 宣传印刷
// counts, in the same transaction), then saves and opens it on the desktop or packs it for a
// browser download. The register's kind is the print line's kind, or else the part of name
// before the first "-", and what it is about the rest of name.
func (c *Core) deliver(ctx context.Context, a hall.Actor, name string, data []byte, missing []rune, log ...hall.PrintLine) (Document, error) {
	doc := Document{FileName: name + ".pdf"}
	if len(missing) > 0 {
		doc.Warning = "以下字符字库中没有，已用“□”代替，请手工补写：" + string(missing)
	}
	kind, about, _ := strings.Cut(name, "-")
	d := hall.DocumentPrint{Kind: kind, About: about, FileName: doc.FileName}
	if len(log) > 0 {
		d.Log = &log[0]
		d.Kind = log[0].Kind
		if about == "" {
			d.About = log[0].Title
		}
	}
	rec, data, err := c.Store.RecordDocument(ctx, a, d, func(number string) ([]byte, int, error) {
		return pdf.Stamp(data, number)
	})
	if err != nil {
		return doc, err
	}
	doc.Number = rec.Number
	return c.deliverFile(ctx, doc, name, ".pdf", data)
}

// deliverSheet saves and opens an Excel workbook on the desktop, or packs it for download.
func (c *Core) deliverSheet(ctx context.Context, name string, data []byte) (Document, error) {
	return c.deliverFile(ctx, Document{FileName: name + ".xlsx"}, name, ".xlsx", data)
}

// deliverFile saves and opens the file on the desktop when the call comes from the desktop
// window, else packs it for the calling browser to download.
func (c *Core) deliverFile(ctx context.Context, doc Document, name, ext string, data []byte) (Document, error) {
	desktop := c.desktopFor(ctx)
	if desktop == nil || c.PrintDir == "" {
		doc.Base64 = base64.StdEncoding.EncodeToString(data)
		return doc, nil
	}
	dir := filepath.Join(c.PrintDir, c.Now().In(hall.China).Format("2006-01"))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return doc, err
	}
	path := filepath.Join(dir, safeName(name)+"-"+c.Now().In(hall.China).Format("150405")+ext)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		os.Remove(path) // a document cut short by a full disk must not be found and printed later
		return doc, err
	}
	doc.SavedPath = path
	if err := desktop.OpenFile(path); err != nil {
		c.Log.Warn("open file", "path", path, "err", err)
		doc.Warning = strings.TrimSpace(doc.Warning + " 已保存，但无法自动打开，请到该位置手动打开。")
	}
	return doc, nil
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, s)
}
