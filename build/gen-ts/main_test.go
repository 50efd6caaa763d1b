package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFilesAreCurrent fails when a committed file under frontend/src/generated is not
// what the generator writes from backend/hall today.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outputs {
		got, err := os.ReadFile(filepath.Join(root, o.path))
		if err != nil {
			t.Fatalf("read %s: %v (run: go run ./build/gen-ts)", o.path, err)
		}
		if !bytes.Equal(got, o.render()) {
			t.Errorf("%s is stale: backend/hall changed; run `go run ./build/gen-ts` and commit the file", o.path)
		}
	}
}
