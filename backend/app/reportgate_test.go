package app_test

import (
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// TestReportsTakeTurnsCountersDoNot: while a report runs, another report waits for its turn and
// then succeeds, counter calls (a ledger page, a resident search) answer at once, a caller
// without the permission is refused without queueing, and a report that waits too long is
// refused with a clear message.
func TestReportsTakeTurnsCountersDoNot(t *testing.T) {
	c := newCounter(t)
	core := c.e.core
	supDesk := c.e.login("sup")
	dash := dashboardOf(c.e, supDesk)
	clerkDesk := c.e.login("clerk")
	counterCalls := map[string]func() error{
		"ledger page": func() error { _, err := c.clerk.Ledger(hall.CaseQuery{Ledger: hall.LedgerProxy}); return err },
		"search":      func() error { _, err := clerkDesk.res.Search(hall.ResidentQuery{Text: "张"}); return err },
	}

	release := core.HoldReportSlot() // a report runs
	done := make(chan error, 1)
	go func() { _, err := dash.Get(march); done <- err }()
	for core.ReportsWaiting() == 0 {
		select {
		case err := <-done:
			t.Fatalf("the dashboard did not wait for the running report: %v", err)
		default:
			time.Sleep(time.Millisecond)
		}
	}
	for name, call := range counterCalls {
		if err := call(); err != nil {
			t.Fatalf("%s while a report runs and another waits: %v", name, err)
		}
	}
	_, err := dashboardOf(c.e, clerkDesk).Get(march)
	wantCode(t, err, hall.CodeForbidden) // checked before the queue
	select {
	case err := <-done:
		t.Fatalf("the waiting dashboard returned before the running report ended: %v", err)
	default:
	}
	release()
	must(t, <-done)

	// A report that waits longer than its turn allows is refused, and changes nothing.
	release = core.HoldReportSlot()
	core.SetReportWait(time.Millisecond)
	reports := map[string]func() error{
		"dashboard":  func() error { _, err := dash.Get(march); return err },
		"scorecards": func() error { _, err := dash.Scorecards(march); return err },
		"queue":      func() error { _, err := dash.Queue(march); return err },
		"briefing":   func() error { _, err := briefingOf(c.e, supDesk).Preview("2025-03"); return err },
		"export":     func() error { _, err := exportsOf(c.e, supDesk).Ledger(hall.CaseQuery{}); return err },
	}
	if app.ReportBusyMessage != "报表正在生成，请稍候再试" {
		t.Fatalf("message %q", app.ReportBusyMessage)
	}
	for name, call := range reports {
		e := wantCode(t, call(), hall.CodeConflict)
		if e.Message != app.ReportBusyMessage {
			t.Fatalf("%s: %q", name, e.Message)
		}
	}
	for name, call := range counterCalls {
		if err := call(); err != nil {
			t.Fatalf("%s while reports are refused: %v", name, err)
		}
	}
	release()
	for name, call := range reports {
		if err := call(); err != nil {
			t.Fatalf("%s once the running report ended: %v", name, err)
		}
	}
}
