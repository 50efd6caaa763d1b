package app

import (
	"encoding/base64"
	"halldesk/backend/hall"
	"os"
	"path/filepath"
	"strings"
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
}

// deliver saves and opens the PDF on the desktop, or packs it for a browser download.
func (c *Core) deliver(name string, data []byte, missing []rune) (Document, error) {
	doc := Document{FileName: name + ".pdf"}
	if len(missing) > 0 {
		doc.Warning = "以下字符字库中没有，已用“□”代替，请手工补写：" + string(missing)
	}
	return c.deliverFile(doc, name, ".pdf", data)
}

// deliverSheet saves and opens an Excel workbook on the desktop, or packs it for download.
func (c *Core) deliverSheet(name string, data []byte) (Document, error) {
	return c.deliverFile(Document{FileName: name + ".xlsx"}, name, ".xlsx", data)
}

func (c *Core) deliverFile(doc Document, name, ext string, data []byte) (Document, error) {
	if c.Desktop == nil || c.PrintDir == "" {
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
	if err := c.Desktop.OpenFile(path); err != nil {
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
