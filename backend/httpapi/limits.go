package httpapi

import (
	"sync"
	"time"
)

// attemptLimiter limits password attempts (login, first-start setup) per client address. An
// attempt takes a slot before its password is checked; a failure keeps its slot for
// attemptWindow, a success gives it back. With attemptMax slots taken (failures in the window
// plus attempts still running) the address waits, so simultaneous requests cannot get more
// tries than the limit. A success does not wipe the address's failures: an operator who signs in
// with their own account between guesses at others' still runs out of slots. The per-account
// lock in the services stops guessing one password; this stops trying many accounts.
type attemptLimiter struct {
	mu       sync.Mutex
	failures map[string][]time.Time
	running  map[string]int
	now      func() time.Time
}

const (
	attemptMax    = 10
	attemptWindow = 10 * time.Minute
)

func newAttemptLimiter(now func() time.Time) *attemptLimiter {
	return &attemptLimiter{failures: map[string][]time.Time{}, running: map[string]int{}, now: now}
}

// reserve takes a slot for addr and returns 0, or returns how long addr must wait (nothing taken).
func (l *attemptLimiter) reserve(addr string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	recent := l.prune(addr)
	if len(recent)+l.running[addr] < attemptMax {
		l.running[addr]++
		return 0
	}
	if len(recent) >= attemptMax {
		return recent[len(recent)-attemptMax].Add(attemptWindow).Sub(l.now())
	}
	return time.Second // the slots are held by attempts still running
}

// done gives back the slot that reserve took; a failure is kept for attemptWindow.
func (l *attemptLimiter) done(addr string, failed bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running[addr]--; l.running[addr] <= 0 {
		delete(l.running, addr)
	}
	if !failed {
		return
	}
	l.failures[addr] = append(l.prune(addr), l.now())
	if len(l.failures) > 10_000 { // a flood of addresses: forget the ones that are quiet
		for a := range l.failures {
			l.prune(a)
		}
	}
}

func (l *attemptLimiter) prune(addr string) []time.Time {
	cut := l.now().Add(-attemptWindow)
	recent := l.failures[addr]
	for len(recent) > 0 && !recent[0].After(cut) {
		recent = recent[1:]
	}
	if len(recent) == 0 {
		delete(l.failures, addr)
		return nil
	}
	l.failures[addr] = recent
	return recent
}

// callLimiter bounds the calls that need no session (status, login, setup, logout, the ready
// signal) per client address: at most callMax in each callWindow. A signed-in operator's calls
// are not limited here.
type callLimiter struct {
	mu      sync.Mutex
	windows map[string]callWindowCount
	now     func() time.Time
}

type callWindowCount struct {
	start time.Time
	n     int
}

const (
	callMax    = 120
	callWindow = time.Minute
)

func newCallLimiter(now func() time.Time) *callLimiter {
	return &callLimiter{windows: map[string]callWindowCount{}, now: now}
}

// allow counts one call from addr and reports whether it is within the limit.
func (l *callLimiter) allow(addr string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	w := l.windows[addr]
	if now.Sub(w.start) >= callWindow {
		w = callWindowCount{start: now}
	}
	w.n++
	l.windows[addr] = w
	if len(l.windows) > 10_000 {
		for a, v := range l.windows {
			if now.Sub(v.start) >= callWindow {
				delete(l.windows, a)
			}
		}
	}
	return w.n <= callMax
}
