package app

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Every call but a report (reportgate.go) takes a turn at the counter gate. Each call's SQLite
// work runs on a thread of its own: under twenty busy clients twenty threads wanted the two cores
// of a hall computer, and the writer, which commits every save one after another, got a
// twentieth of them, so a 3 ms save took 20 ms and the saves queued behind it. With a few calls
// running at once the writer keeps a fair share, and the other calls wait their turn in order
// instead of in the kernel's run queue. A call keeps its turn while its save waits for the
// writer: when saves queue, fewer reads compete with the writer, which lets it catch up (giving
// the turn back there let a read in for every waiting save, and the saves' p95 stayed where it
// was). A call that waits longer than counterWait runs anyway: the gate orders the work, it
// never refuses a call, nor deadlocks one made inside another.

// counterWait is the longest a call waits for its turn; far above any turn under a full load.
const counterWait = time.Second

// counterSlots is how many calls run at once: two per core, so that a call waiting on the disk
// or on the writer leaves a core to another.
func counterSlots() int { return max(4, 2*runtime.NumCPU()) }

// counterGate is the semaphore of counter calls; its zero value is ready.
type counterGate struct {
	once  sync.Once
	slots chan struct{}
	// wait overrides counterWait when positive (tests).
	wait time.Duration
	// waiting counts the calls waiting for a turn now.
	waiting atomic.Int32
}

// enter takes a turn, waiting at most the gate's wait, and returns what gives it back.
func (g *counterGate) enter() (release func()) {
	g.once.Do(func() { g.slots = make(chan struct{}, counterSlots()) })
	give := func() { <-g.slots }
	select {
	case g.slots <- struct{}{}:
		return give
	default:
	}
	wait := counterWait
	if g.wait > 0 {
		wait = g.wait
	}
	g.waiting.Add(1)
	defer g.waiting.Add(-1)
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return give
	case <-t.C:
		return func() {}
	}
}
