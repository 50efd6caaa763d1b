//go:build production

package main

import (
	"embed"
	"io/fs"
)

type fsys = fs.FS

//go:embed all:frontend/dist
var embedded embed.FS

// frontendAssets is the frontend built into the binary.
func frontendAssets() (fs.FS, error) { return fs.Sub(embedded, "frontend/dist") }
