// Command gen-ts writes the TypeScript the frontend reads from backend/hall instead of retyping
// it: frontend/src/generated/vocabulary.ts (the statuses, actions, ledgers, ratings, item roles
// and the other fixed lists) and frontend/src/generated/limits.ts (the most characters each field
// accepts, the server's limit and the form's maxlength at once). Run it from anywhere in the
// module after changing one of them:
//
//	go run ./build/gen-ts
//
// (or `go generate ./backend/hall`). TestGeneratedFilesAreCurrent fails when a committed file is
// stale.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
)

// output is one generated file: where it goes, relative to the module root, and its text.
type output struct {
	path   string
	render func() []byte
}

var outputs = []output{
	{"frontend/src/generated/vocabulary.ts", renderVocabulary},
	{"frontend/src/generated/limits.ts", renderLimits},
	{"backend/hall/printable_runs.go", renderPrintableGo},
	{"frontend/src/generated/printable.ts", renderPrintableTS},
}

func main() {
	root, err := moduleRoot()
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range outputs {
		path := filepath.Join(root, o.path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(path, o.render(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// moduleRoot is the nearest folder at or above the working directory holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod at or above the working directory")
		}
		dir = parent
	}
}
