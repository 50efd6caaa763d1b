package app

import (
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// threadNice is the nice value of the calling thread (the raw getpriority call gives 20 − nice).
func threadNice(t *testing.T) int {
	t.Helper()
	prio, err := syscall.Getpriority(syscall.PRIO_PROCESS, syscall.Gettid())
	if err != nil {
		t.Fatal(err)
	}
	return 20 - prio
}

// TestReportsRunBelowCounters: a report's work runs on a thread at reportNice, the caller's
// thread keeps its priority, the result comes back, and a panic reaches the caller.
func TestReportsRunBelowCounters(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before := threadNice(t)
	got, err := belowCounters(func() (int, error) { return threadNice(t), nil })
	if err != nil || got != max(before, reportNice) {
		t.Fatalf("the report ran at nice %d (%v), want %d", got, err, max(before, reportNice))
	}
	if after := threadNice(t); after != before {
		t.Fatalf("the caller's thread went from nice %d to %d", before, after)
	}
	defer func() {
		if p := recover(); p == nil || !strings.Contains(p.(string), "boom") {
			t.Fatalf("panic = %v, want the report's", p)
		}
	}()
	belowCounters(func() (int, error) { panic("boom") })
}
