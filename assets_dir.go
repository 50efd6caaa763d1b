//go:build !production

package main

import (
	"io/fs"
	"os"
	"path/filepath"
)

type fsys = fs.FS

// frontendAssets serves frontend/dist from disk when it has been built, so that `go run` and
// `go test` work on a fresh clone without it.
func frontendAssets() (fs.FS, error) {
	dir := filepath.Join("frontend", "dist")
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return nil, nil
	}
	return os.DirFS(dir), nil
}
