package app

import (
	"context"
	"time"
)

// HoldReportSlot takes a report slot as a running report would, for tests; the returned func
// gives it back.
func (c *Core) HoldReportSlot() func() {
	release, err := c.reports.enter(context.Background())
	if err != nil {
		panic(err)
	}
	return release
}

// SetReportWait shortens how long a report waits for its turn, for tests.
func (c *Core) SetReportWait(d time.Duration) { c.reports.wait = d }

// ReportsWaiting is how many report calls wait for a slot now.
func (c *Core) ReportsWaiting() int { return int(c.reports.waiting.Load()) }

// HoldCounterTurns takes every turn of the counter gate, as that many running calls would, and
// returns what gives them back.
func (c *Core) HoldCounterTurns() func() {
	var releases []func()
	for range counterSlots() {
		releases = append(releases, c.counters.enter())
	}
	return func() {
		for _, r := range releases {
			r()
		}
	}
}

// SetCounterWait shortens how long a call waits for its counter turn, for tests.
func (c *Core) SetCounterWait(d time.Duration) { c.counters.wait = d }

// CountersWaiting is how many calls wait for a counter turn now.
func (c *Core) CountersWaiting() int { return int(c.counters.waiting.Load()) }
