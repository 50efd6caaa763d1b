package sqlite

import (
	"testing"
	"time"

	"halldesk/backend/hall"
)

// TestTicketsStore: numbers per prefix restart with the China day (at midnight Beijing time, not
// UTC); an unknown query code is not found; a ticket's take is audited under who took it; the
// operator's window is found by the operator.
func TestTicketsStore(t *testing.T) {
	s, c, _ := newStore(t)
	op := setupHall(t, s)
	a, err := s.SaveQueueGroup(ctx, admin, hall.QueueGroup{Prefix: "A", Name: "医保养老", Active: true})
	must(t, err)
	b, err := s.SaveQueueGroup(ctx, admin, hall.QueueGroup{Prefix: "B", Name: "低保救助", Active: true})
	must(t, err)
	must(t, s.SaveQueueWindow(ctx, admin, hall.QueueWindow{No: 3, Name: "综合窗口", GroupIDs: []int64{a, b}, OperatorID: op.ID}))
	kiosk := hall.Device{Name: "大厅取号机"}.Actor()
	take := func(group int64, code string) hall.Ticket {
		t.Helper()
		tk, _, err := s.TakeTicket(ctx, kiosk, hall.TicketRequest{GroupID: group}, code)
		must(t, err)
		return tk
	}
	c.t = time.Date(2025, 3, 10, 15, 30, 0, 0, time.UTC) // 23:30 in Beijing
	if n := take(a, "AAAAAAA2").Number; n != "A001" {
		t.Fatalf("first %s", n)
	}
	if n := take(b, "AAAAAAA3").Number; n != "B001" {
		t.Fatalf("first B %s", n)
	}
	if n := take(a, "AAAAAAA4").Number; n != "A002" {
		t.Fatalf("second %s", n)
	}
	if e := lastAudit(t, s); e.OperatorName != "设备：大厅取号机" || e.Action != hall.ActTakeTicket || e.Detail != "A002 医保养老" {
		t.Errorf("audit %+v", e)
	}
	c.t = c.t.Add(time.Hour) // 00:30 in Beijing, still the 10th in UTC
	tk := take(a, "AAAAAAA5")
	if tk.Number != "A001" || tk.Day != "2025-03-11" {
		t.Fatalf("next day's ticket %+v", tk)
	}
	if _, ok, err := s.TicketByQueryCode(ctx, "ZZZZZZZZ"); ok || err != nil {
		t.Errorf("unknown code: %v %v", ok, err)
	}
	st, ok, err := s.TicketByQueryCode(ctx, "AAAAAAA2")
	if !ok || err != nil || st.Number != "A001" || st.Day != "2025-03-10" || st.StatusLabel != "等候中" {
		t.Errorf("yesterday's ticket %+v %v %v", st, ok, err)
	}
	w, ok, err := s.OperatorWindow(ctx, op.ID)
	if !ok || err != nil || w.No != 3 || len(w.GroupIDs) != 2 || w.OperatorName != op.Name {
		t.Errorf("operator window %+v %v %v", w, ok, err)
	}
	if _, ok, _ := s.OperatorWindow(ctx, op.ID+1); ok {
		t.Error("another operator has a window")
	}
	// Yesterday's waiting tickets are not called today.
	_, _, err = s.MoveTicket(ctx, hall.Actor{OperatorID: op.ID, Name: op.Name}, TicketOp{Window: 3, Action: hall.TicketCall})
	must(t, err)
	_, _, err = s.MoveTicket(ctx, hall.Actor{OperatorID: op.ID, Name: op.Name}, TicketOp{Window: 3, Action: hall.TicketFinish, TicketID: tk.ID})
	must(t, err)
	_, _, err = s.MoveTicket(ctx, hall.Actor{OperatorID: op.ID, Name: op.Name}, TicketOp{Window: 3, Action: hall.TicketCall})
	wantCode(t, err, hall.CodeConflict)
}
