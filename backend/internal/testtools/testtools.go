// Package testtools is for tests only: it finds the external programs some tests need (poppler's
// pdftotext, pdftoppm and pdfinfo read back the PDFs the program prints).
package testtools

import (
	"os"
	"os/exec"
	"testing"
)

// Need stops the test when the program tool is not installed: on a developer's machine it skips
// the test, saying so; under CI (the environment variable CI set) it fails it, because a check
// that silently does not run proves nothing.
func Need(t testing.TB, tool string) {
	t.Helper()
	if !Have(t, tool) {
		t.Skipf("%s is not installed (make test installs it); skipped", tool)
	}
}

// Have reports whether the program tool is installed, for a step a test may leave out (a picture
// for people to look at). Under CI a missing tool fails the test all the same.
func Have(t testing.TB, tool string) bool {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed, and under CI every test must run: %v", tool, err)
		}
		return false
	}
	return true
}

// Lacking stops a test that cannot run here because something it needs is missing (why says
// what, e.g. the right to mount a file system): on a developer's machine it skips the test,
// saying so; under CI it fails it, for the same reason as Need.
func Lacking(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s, and under CI every test must run", why)
	}
	t.Skipf("%s; skipped", why)
}
