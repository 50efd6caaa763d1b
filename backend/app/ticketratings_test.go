package app_test

import (
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// TestTicketRatingsCountAndGetRectified: the citizens rate tickets served with no case (办结 at
// the window) on the pad; the queue section counts them by window and by clerk, leaving out 未评价
// and, once a leader approved the review, a malicious one; the supervisor sees the bad ones, with
// no citizen named, records a callback on one and has the other reviewed.
func TestTicketRatingsCountAndGetRectified(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	clerk1 := e.addOperator(admin, "clerk1", "窗口甲", hall.RoleClerk)
	clerk2 := e.addOperator(admin, "clerk2", "窗口乙", hall.RoleClerk)
	e.addOperator(admin, "sup", "督导甲", hall.RoleSupervisor)
	e.addOperator(admin, "leader", "领导甲", hall.RoleLeader)
	q := app.ServiceOf[*app.QueueService](e.core, admin.seat)
	cfg, err := q.SaveGroup(hall.QueueGroup{Prefix: "C", Name: "综合咨询", Active: true})
	must(t, err)
	group := cfg.Groups[0].ID
	for no, op := range map[int]int64{1: clerk1.ID, 2: clerk2.ID} {
		_, err = q.SaveWindow(hall.QueueWindow{No: no, Name: []string{"", "咨询一窗", "咨询二窗"}[no], GroupIDs: []int64{group}, OperatorID: op})
		must(t, err)
	}
	kioskSeat, _ := e.pairDevice(admin, "大厅取号机", hall.DeviceKiosk, 0)
	kiosk := app.ServiceOf[*app.QueueService](e.core, kioskSeat)
	pads := map[int]*app.RatingPadService{}
	for no := 1; no <= 2; no++ {
		seat, _ := e.pairDevice(admin, "评价器", hall.DevicePad, no)
		pads[no] = padOf(e, seat)
	}

	// serve takes a ticket, has the clerk call and finish it (no case), and answers the pad at
	// the clerk's window with level (-1: the citizen left it untouched).
	serve := func(clerk string, window, level int, comment string) {
		t.Helper()
		_, err := kiosk.Take(hall.TicketRequest{GroupID: group})
		must(t, err)
		win := app.ServiceOf[*app.QueueService](e.core, e.login(clerk).seat)
		p, err := win.CallNext()
		if err != nil || p.Current == nil {
			t.Fatalf("call next: %+v %v", p, err)
		}
		_, err = win.Finish(p.Current.ID)
		must(t, err)
		req, err := pads[window].Current()
		must(t, err)
		if req.ID == 0 || req.TicketID != p.Current.ID || req.CaseID != 0 {
			t.Fatalf("pad request = %+v", req)
		}
		if level < 0 {
			_, err = pads[window].Timeout(req.ID)
		} else {
			_, err = pads[window].Submit(hall.PadAnswer{RequestID: req.ID, Level: level, Comment: comment})
		}
		must(t, err)
	}
	serve("clerk1", 1, 1, "")         // C001 非常满意
	serve("clerk1", 1, 4, "没说清楚")     // C002 不满意
	serve("clerk1", 1, 5, "乱评一通")     // C003 非常不满意, found malicious below
	serve("clerk1", 1, -1, "")        // C004 未评价
	serve("clerk2", 2, 3, "")         // C005 基本满意
	e.clock.advance(30 * time.Minute) // the ratings happen on the tickets' day

	day := hall.DateOf(e.clock.now())
	today := hall.Period{From: day, To: day}
	dash := app.ServiceOf[*app.DashboardService](e.core, e.login("sup").seat)
	ratings := func() hall.TicketRatings {
		t.Helper()
		got, err := dash.Queue(today)
		must(t, err)
		return got.Ratings
	}
	got := ratings()
	tests := []struct {
		name      string
		got, want hall.RatingTally
	}{
		{"hall", got.Total, hall.RatingTally{Rated: 4, Good: 1, Bad: 2, Unrated: 1, Satisfaction: 0.25}},
		{"window 1", got.ByWindow[0], hall.RatingTally{Key: "1", Name: "咨询一窗", Rated: 3, Good: 1, Bad: 2, Unrated: 1, Satisfaction: 1.0 / 3}},
		{"window 2", got.ByWindow[1], hall.RatingTally{Key: "2", Name: "咨询二窗", Rated: 1}},
		{"clerk 1", got.ByClerk[0], hall.RatingTally{Key: "clerk1", Name: "窗口甲", Rated: 3, Good: 1, Bad: 2, Unrated: 1, Satisfaction: 1.0 / 3}},
		{"clerk 2", got.ByClerk[1], hall.RatingTally{Key: "clerk2", Name: "窗口乙", Rated: 1}},
	}
	if len(got.ByWindow) != 2 || len(got.ByClerk) != 2 {
		t.Fatalf("ratings = %+v", got)
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}

	sup := ratingsOf(e, e.login("sup"))
	bad, err := sup.BadTickets(today)
	must(t, err)
	if len(bad) != 2 || bad[0].TicketNo != "C003" || bad[1].TicketNo != "C002" || bad[1].WindowName != "咨询一窗" ||
		bad[1].Rating.LevelLabel != "不满意" || bad[1].Rating.Comment != "没说清楚" || bad[1].Rating.ClerkName != "窗口甲" ||
		bad[1].Rating.RectifyDue.IsZero() || bad[1].TicketDay != day.String() {
		t.Fatalf("bad ratings = %+v", bad)
	}

	// The case page's actions take the rating's id: a resolved callback on C002, a review of C003.
	if _, err := sup.Callback(hall.CallbackInput{RatingID: bad[1].Rating.ID, Done: "已电话解释", Resolved: true}); err != nil {
		t.Fatal(err)
	}
	r, err := sup.ProposeReview(hall.ReviewProposal{RatingID: bad[0].Rating.ID, Reason: "与服务无关"})
	must(t, err)
	if got := ratings(); got.Total.Rated != 4 {
		t.Fatalf("a proposal alone changed the figures: %+v", got.Total)
	}
	_, err = ratingsOf(e, e.login("leader")).DecideReview(hall.ReviewDecision{ReviewID: r.Reviews[0].ID, Approve: true, Reason: "经核实属恶意差评"})
	must(t, err)
	got = ratings()
	if want := (hall.RatingTally{Key: "1", Name: "咨询一窗", Rated: 2, Good: 1, Bad: 1, Unrated: 1, Satisfaction: 0.5}); got.ByWindow[0] != want {
		t.Errorf("window 1 after the approved review: %+v, want %+v", got.ByWindow[0], want)
	}
	bad, err = sup.BadTickets(today)
	must(t, err)
	if len(bad) != 2 || !bad[0].Rating.Excluded || !bad[1].Rating.Rectified || len(bad[1].Rating.Callbacks) != 1 {
		t.Fatalf("bad ratings after the callback and the review = %+v", bad)
	}

	// C006 is rated bad and left open. Tomorrow's list holds it still, not the closed two.
	serve("clerk2", 2, 5, "")
	e.clock.advance(24 * time.Hour)
	next := hall.DateOf(e.clock.now())
	bad, err = ratingsOf(e, e.login("sup")).BadTickets(hall.Period{From: next, To: next})
	must(t, err)
	if len(bad) != 1 || bad[0].TicketNo != "C006" {
		t.Fatalf("tomorrow's list = %+v, want only the open C006", bad)
	}
}

func TestTicketRatingsAreForReportReaders(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk1", "窗口甲", hall.RoleClerk)
	e.addOperator(admin, "sup", "督导甲", hall.RoleSupervisor)
	day := hall.DateOf(e.clock.now())
	tests := []struct {
		name string
		who  string
		p    hall.Period
		want hall.Code
	}{
		{"a clerk", "clerk1", hall.Period{From: day, To: day}, hall.CodeForbidden},
		{"a period backwards", "sup", hall.Period{From: day, To: day.AddDays(-1)}, hall.CodeInvalid},
	}
	for _, tc := range tests {
		_, err := ratingsOf(e, e.login(tc.who)).BadTickets(tc.p)
		if codeOf(err) != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
}
