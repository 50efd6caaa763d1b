package app_test

import (
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func TestDashboardQueueFigures(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk := e.addOperator(admin, "clerk1", "窗口甲", hall.RoleClerk)
	e.addOperator(admin, "sup", "督导甲", hall.RoleSupervisor)
	q := app.ServiceOf[*app.QueueService](e.core, admin.seat)
	cfg, err := q.SaveGroup(hall.QueueGroup{Prefix: "A", Name: "医保养老", Active: true})
	must(t, err)
	_, err = q.SaveWindow(hall.QueueWindow{No: 1, Name: "医保窗口", GroupIDs: []int64{cfg.Groups[0].ID}, OperatorID: clerk.ID})
	must(t, err)
	kioskSeat, _ := e.pairDevice(admin, "大厅取号机", hall.DeviceKiosk, 0)
	kiosk := app.ServiceOf[*app.QueueService](e.core, kioskSeat)
	take := func() {
		t.Helper()
		if _, err := kiosk.Take(hall.TicketRequest{GroupID: cfg.Groups[0].ID}); err != nil {
			t.Fatal(err)
		}
	}
	win := app.ServiceOf[*app.QueueService](e.core, e.login("clerk1").seat)
	call := func() int64 {
		t.Helper()
		p, err := win.CallNext()
		if err != nil || p.Current == nil {
			t.Fatalf("call next: %+v %v", p, err)
		}
		return p.Current.ID
	}

	// 09:00 three tickets; 09:05 A001 called (waited 300 s), served 09:06–09:16 (600 s);
	// 09:20 A002 called (waited 1200 s) and did not come; A003 still waits.
	take()
	take()
	take()
	e.clock.advance(5 * time.Minute)
	first := call()
	e.clock.advance(time.Minute)
	_, err = win.Start(first)
	must(t, err)
	e.clock.advance(10 * time.Minute)
	_, err = win.Finish(first)
	must(t, err)
	e.clock.advance(4 * time.Minute)
	second := call()
	_, err = win.NoShow(second)
	must(t, err)

	day := hall.DateOf(e.clock.now())
	sup := app.ServiceOf[*app.DashboardService](e.core, e.login("sup").seat)
	got, err := sup.Queue(hall.Period{From: day, To: day})
	must(t, err)
	want := hall.QueueTimes{Tickets: 3, Called: 2, Served: 1, NoShows: 1, AvgWait: 750, P90Wait: 1200, AvgService: 600, P90Service: 600}
	if got.Total != want || got.WaitingNow != 1 {
		t.Errorf("total = %+v (waiting %d), want %+v (waiting 1)", got.Total, got.WaitingNow, want)
	}
	want.Key, want.Name = "A", "医保养老"
	if len(got.ByGroup) != 1 || got.ByGroup[0] != want {
		t.Errorf("by group = %+v, want %+v", got.ByGroup, want)
	}
	want.Key, want.Name, want.Tickets = "1", "医保窗口", 2 // A003 was called by no window yet
	if len(got.ByWindow) != 1 || got.ByWindow[0] != want {
		t.Errorf("by window = %+v, want %+v", got.ByWindow, want)
	}
	if len(got.ByDay) != 1 || got.ByDay[0] != (hall.QueueCount{Key: day.String(), Tickets: 3}) ||
		len(got.ByHour) != 1 || got.ByHour[0] != (hall.QueueCount{Key: "09", Tickets: 3}) {
		t.Errorf("by day %+v, by hour %+v", got.ByDay, got.ByHour)
	}

	// The next day: yesterday's tickets stay out of today's figures and of who waits now.
	e.clock.advance(24 * time.Hour)
	take()
	next := hall.DateOf(e.clock.now())
	sup = app.ServiceOf[*app.DashboardService](e.core, e.login("sup").seat) // signed out overnight
	got, err = sup.Queue(hall.Period{From: next, To: next})
	must(t, err)
	if got.Total.Tickets != 1 || got.WaitingNow != 1 || got.Total.Called != 0 {
		t.Errorf("next day: %+v", got)
	}
	got, err = sup.Queue(hall.Period{From: day, To: next})
	must(t, err)
	if got.Total.Tickets != 4 || len(got.ByDay) != 2 {
		t.Errorf("both days: %+v", got)
	}

	for _, tc := range []struct {
		name string
		svc  *app.DashboardService
		p    hall.Period
		want hall.Code
	}{
		{"no period", sup, hall.Period{}, hall.CodeInvalid},
		{"end before start", sup, hall.Period{From: next, To: day}, hall.CodeInvalid},
		{"a clerk", app.ServiceOf[*app.DashboardService](e.core, e.login("clerk1").seat), hall.Period{From: day, To: day}, hall.CodeForbidden},
		{"nobody signed in", app.ServiceOf[*app.DashboardService](e.core, e.desk().seat), hall.Period{From: day, To: day}, hall.CodeUnauthenticated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.svc.Queue(tc.p)
			wantCode(t, err, tc.want)
		})
	}
}
