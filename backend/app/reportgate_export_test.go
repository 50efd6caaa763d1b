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
