package app_test

import (
	"testing"
	"time"

	"halldesk/backend/hall"
)

// TestCountersTakeTurnsReportsDoNot: while every counter turn is taken, a search waits for one
// and answers once a turn is given back; a report does not wait for a counter turn (it has its
// own gate); and a call that waits longer than the gate allows runs anyway, so a call made
// inside another can never wait for ever.
func TestCountersTakeTurnsReportsDoNot(t *testing.T) {
	c := newCounter(t)
	core := c.e.core
	supDesk := c.e.login("sup")
	clerkDesk := c.e.login("clerk")
	search := func() error { _, err := clerkDesk.res.Search(hall.ResidentQuery{Text: "张"}); return err }

	core.SetCounterWait(time.Hour) // no call runs past its turn in this part
	release := core.HoldCounterTurns()
	done := make(chan error, 1)
	go func() { done <- search() }()
	for core.CountersWaiting() == 0 {
		select {
		case err := <-done:
			t.Fatalf("the search did not wait for a counter turn: %v", err)
		default:
			time.Sleep(time.Millisecond)
		}
	}
	report := make(chan error, 1)
	go func() { _, err := dashboardOf(c.e, supDesk).Get(march); report <- err }()
	for answered := false; !answered; {
		select {
		case err := <-report:
			if err != nil {
				t.Fatalf("a report while every counter turn is taken: %v", err)
			}
			answered = true
		default:
			if core.CountersWaiting() > 1 {
				t.Fatal("the report waits for a counter turn")
			}
			time.Sleep(time.Millisecond)
		}
	}
	select {
	case err := <-done:
		t.Fatalf("the search returned before a counter turn was given back: %v", err)
	default:
	}
	release()
	must(t, <-done)

	release = core.HoldCounterTurns()
	defer release()
	core.SetCounterWait(time.Millisecond)
	if err := search(); err != nil {
		t.Fatalf("a search that waited past its turn: %v", err)
	}
}
