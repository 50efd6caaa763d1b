package app

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"halldesk/backend/hall"
)

// Reports (the dashboard and its queue figures, scorecards, the briefing, exports) read many
// rows and keep a core busy while they do; counter work (a search, an intake, a ledger page) is
// short and someone is waiting at the window for it. Every report-class method therefore runs
// through runReport, which lets at most ReportSlots of them run at a time in this process (the
// desktop window and every browser share one Core, so they share the gate); the others queue
// for up to ReportWait and are then refused with ReportBusyMessage. Counter methods go through
// run and never wait for the gate. A report that has its slot runs below the counters
// (belowCounters): on a thread of lower priority, so that under a full load the counters, not
// the report, get the cores first.

// ReportSlots is how many report-class calls run at once: one leaves the second core of a
// two-core hall computer to the counters.
const ReportSlots = 1

// ReportWait is how long a report waits for its turn before it is refused.
const ReportWait = 20 * time.Second

// ReportBusyMessage is what a user sees when a report waited ReportWait for its turn.
const ReportBusyMessage = "报表正在生成，请稍候再试"

// reportGate is the semaphore of report-class calls; its zero value is ready (ReportSlots,
// ReportWait).
type reportGate struct {
	once  sync.Once
	slots chan struct{}
	// wait overrides ReportWait when positive (tests).
	wait time.Duration
	// waiting counts the calls waiting for a slot now.
	waiting atomic.Int32
}

// enter takes a slot, waiting at most the gate's wait; release gives it back.
func (g *reportGate) enter(ctx context.Context) (release func(), err error) {
	g.once.Do(func() { g.slots = make(chan struct{}, ReportSlots) })
	wait := ReportWait
	if g.wait > 0 {
		wait = g.wait
	}
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	default:
	}
	g.waiting.Add(1)
	defer g.waiting.Add(-1)
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	case <-t.C:
		return nil, hall.Conflict(ReportBusyMessage)
	case <-ctx.Done():
		return nil, hall.Conflict(ReportBusyMessage)
	}
}

// runReport is run for report-class methods: the login and permission are checked first (a
// refused caller does not queue), then the call waits for a report slot. A report takes no
// counter turn (countergate.go): it waits for its own slot, and runs below the counters.
func runReport[T any](c *Core, seat *Seat, perm hall.Permission, fn func(ctx context.Context, op hall.Operator) (T, error)) (T, error) {
	return recovered(c, func(ctx context.Context) (T, error) {
		return signedIn(ctx, c, seat, perm, func(ctx context.Context, op hall.Operator) (T, error) {
			release, err := c.reports.enter(ctx)
			if err != nil {
				var zero T
				return zero, err
			}
			defer release()
			return belowCounters(func() (T, error) { return fn(ctx, op) })
		})
	})
}

// belowCounters runs fn on an operating-system thread of its own whose scheduling priority is
// lowered (lowerThreadPriority): a report's queries run in SQLite on the thread that calls them,
// so while a counter's request wants a core the report's thread gives it up, and when none
// does the report has both cores. The thread is never handed back to the Go scheduler (the
// goroutine ends locked to it, which ends the thread), so no counter runs on it later at the
// lowered priority. A panic in fn is raised again in the caller, whose guard logs it.
func belowCounters[T any](fn func() (T, error)) (T, error) {
	type result struct {
		v     T
		err   error
		panic any
	}
	done := make(chan result, 1)
	go func() {
		runtime.LockOSThread() // not unlocked: the thread ends with this goroutine
		lowerThreadPriority()
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: fmt.Sprintf("%v\n%s", p, debug.Stack())}
			}
		}()
		v, err := fn()
		done <- result{v: v, err: err}
	}()
	r := <-done
	if r.panic != nil {
		panic(r.panic)
	}
	return r.v, r.err
}
