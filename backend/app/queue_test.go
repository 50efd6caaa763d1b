package app_test

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// hallQueue is a counter hall with three groups, two windows (1: A and C, tied to the clerk;
// 2: B, tied to a second clerk), a paired kiosk and a call screen.
type hallQueue struct {
	*counter
	admin, q1, q2, kiosk, screen *app.QueueService
	cases1                       *app.CaseService
	groups                       map[string]hall.QueueGroup
	clerkID, clerk2ID            int64
}

// applicantID is the ID number of the counter's resident 张伟 (born 1949: 75 in 2025).
const applicantID = "11010519491231002X"

func newHallQueue(t *testing.T) *hallQueue {
	c := newCounter(t)
	admin := c.e.login("admin")
	h := &hallQueue{counter: c, admin: app.ServiceOf[*app.QueueService](c.e.core, admin.seat), groups: map[string]hall.QueueGroup{}}
	h.clerk2ID = c.e.addOperator(admin, "clerk2", "乌日娜", hall.RoleClerk).ID
	ops, err := admin.ops.List()
	must(t, err)
	for _, o := range ops {
		if o.Username == "clerk" {
			h.clerkID = o.ID
		}
	}
	for _, g := range []hall.QueueGroup{{Prefix: "A", Name: "医保养老", ItemIDs: []int64{c.items["YB-01"].ID}},
		{Prefix: "B", Name: "低保救助"}, {Prefix: "C", Name: "综合咨询"}} {
		g.Active = true
		cfg, err := h.admin.SaveGroup(g)
		must(t, err)
		for _, saved := range cfg.Groups {
			h.groups[saved.Prefix] = saved
		}
	}
	_, err = h.admin.SaveWindow(hall.QueueWindow{No: 1, Name: "医保窗口", GroupIDs: []int64{h.groups["A"].ID, h.groups["C"].ID}, OperatorID: h.clerkID})
	must(t, err)
	_, err = h.admin.SaveWindow(hall.QueueWindow{No: 2, Name: "民政窗口", GroupIDs: []int64{h.groups["B"].ID}, OperatorID: h.clerk2ID})
	must(t, err)
	kioskSeat, _ := c.e.pairDevice(admin, "大厅取号机", hall.DeviceKiosk, 0)
	screenSeat, _ := c.e.pairDevice(admin, "大厅叫号屏", hall.DeviceScreen, 0)
	h.kiosk = app.ServiceOf[*app.QueueService](c.e.core, kioskSeat)
	h.screen = app.ServiceOf[*app.QueueService](c.e.core, screenSeat)
	h.signInClerks()
	return h
}

func (h *hallQueue) signInClerks() {
	clerk := h.e.login("clerk")
	h.q1 = app.ServiceOf[*app.QueueService](h.e.core, clerk.seat)
	h.cases1 = casesOf(h.e, clerk)
	h.q2 = app.ServiceOf[*app.QueueService](h.e.core, h.e.login("clerk2").seat)
}

func (h *hallQueue) take(t *testing.T, prefix, idNumber string, p hall.Priority) app.TicketSlip {
	t.Helper()
	slip, err := h.kiosk.Take(hall.TicketRequest{GroupID: h.groups[prefix].ID, IDNumber: idNumber, Priority: p})
	must(t, err)
	return slip
}

// num is the number at the window after a window action (and fails on its error).
func (h *hallQueue) num(p app.WindowPanel, err error) string {
	h.e.t.Helper()
	if err != nil {
		h.e.t.Fatal(err)
	}
	if p.Current == nil {
		return ""
	}
	return p.Current.Number
}

// TestQueueTicketToCase: a citizen takes a ticket at the kiosk with their ID number, goes by
// the 绿色通道 (75 years old), is called first, the screen hears the call, 开始受理 finds the
// resident, and the case taken keeps the ticket and the wait.
func TestQueueTicketToCase(t *testing.T) {
	h := newHallQueue(t)
	heard := h.e.core.Hub.Listen(nil)
	a1 := h.take(t, "A", "", "")
	h.e.clock.advance(time.Minute)
	a2 := h.take(t, "A", applicantID, "")
	if a1.Number != "A001" || a2.Number != "A002" || a2.Priority != "70岁以上老人" || a2.Ahead != 0 {
		t.Fatalf("slips %+v / %+v", a1, a2)
	}
	if a2.ResidentName != "张某某" {
		t.Errorf("kiosk shows the name %q, want it masked", a2.ResidentName)
	}
	raw, _ := json.Marshal(a2)
	if strings.Contains(string(raw), applicantID) || strings.Contains(string(raw), "张伟") {
		t.Errorf("the kiosk's slip carries personal data: %s", raw)
	}
	if pdfData, err := base64.StdEncoding.DecodeString(a2.PDF.Base64); err != nil || !strings.HasPrefix(string(pdfData), "%PDF") {
		t.Errorf("slip PDF: %v", err)
	}
	st, ok, err := h.e.core.Store.TicketByQueryCode(t.Context(), a1.QueryCode)
	if err != nil || !ok || st.Ahead != 1 || st.StatusLabel != "等候中" {
		t.Errorf("lookup of A001 = %+v %v %v, want 1 ahead (the priority ticket)", st, ok, err)
	}

	h.e.clock.advance(11 * time.Minute)
	h.signInClerks()
	if got := h.num(h.q1.CallNext()); got != "A002" {
		t.Fatalf("window 1 called %s, want the priority A002", got)
	}
	var call *hall.BoardCall
	for len(heard.C) > 0 {
		if ev := <-heard.C; ev.Kind == app.EventCall {
			bc := ev.Data.(hall.BoardCall)
			call = &bc
		}
	}
	if call == nil || call.Number != "A002" || call.WindowNo != 1 || call.WindowName != "医保窗口" {
		t.Fatalf("call event %+v", call)
	}
	board, err := h.screen.Board()
	must(t, err)
	if board.Windows[0].Current != "A002" || len(board.Recent) != 1 || board.Recent[0].Seq != call.Seq ||
		board.Waiting[0].Waiting != 1 || board.Speech != hall.DefaultSpeech || board.HallName != "便民服务大厅" {
		t.Fatalf("board %+v", board)
	}
	start, err := h.q1.Start(a2.TicketID)
	must(t, err)
	if start.ResidentID != h.applicant.ID {
		t.Fatalf("开始受理 found resident %d, want %d", start.ResidentID, h.applicant.ID)
	}
	yb := h.items["YB-01"]
	cs, err := h.cases1.Intake(hall.IntakeInput{ApplicantID: start.ResidentID, ItemID: yb.ID, Source: "大厅窗口",
		Received: materialNames(yb), TicketID: a2.TicketID})
	must(t, err)
	wait, err := h.q1.CaseTicket(cs.ID)
	must(t, err)
	if !wait.Found || wait.Number != "A002" || wait.WaitMinutes != 11 || wait.WindowNo != 1 {
		t.Fatalf("case ticket %+v, want A002 waited 11 minutes", wait)
	}
	panel, err := h.q1.MyWindow()
	if h.num(panel, err) != "" {
		t.Errorf("the ticket is still at the window after the intake")
	}
	// The same ticket cannot be linked to a second case.
	_, err = h.cases1.Intake(hall.IntakeInput{ApplicantID: start.ResidentID, ItemID: yb.ID, Source: "大厅窗口",
		Received: materialNames(yb), TicketID: a2.TicketID})
	wantCode(t, err, hall.CodeConflict)

	log := queueAuditLines(t, h)
	for _, want := range []string{"设备：大厅取号机 取号 A001 医保养老", "设备：大厅取号机 取号 A002 医保养老（绿色通道：70岁以上老人）",
		"王丽娜 叫号 1号窗口 A002", "王丽娜 开始受理 1号窗口 A002"} {
		if !strings.Contains(log, want) {
			t.Errorf("audit lacks %q:\n%s", want, log)
		}
	}
}

func queueAuditLines(t *testing.T, h *hallQueue) string {
	t.Helper()
	p, err := h.e.core.Store.AuditLog(t.Context(), hall.AuditQuery{PageSize: 200})
	must(t, err)
	var b strings.Builder
	for _, e := range p.Items {
		b.WriteString(e.OperatorName + " " + e.Action + " " + e.Detail + "\n")
	}
	return b.String()
}

// TestQueueWindowRules: numbers restart each day; a window calls only its groups, earliest
// first; no-shows are recalled later; a transferred citizen goes to the head of the new line;
// a paused window calls no one.
func TestQueueWindowRules(t *testing.T) {
	h := newHallQueue(t)
	h.take(t, "A", "", "")
	h.e.clock.advance(time.Minute)
	b1 := h.take(t, "B", "", "")
	h.e.clock.advance(time.Minute)
	c1 := h.take(t, "C", "", "")
	h.e.clock.advance(time.Minute)
	b2 := h.take(t, "B", "", hall.PriorityPregnant)
	if b2.Number != "B002" || b2.Ahead != 0 || c1.Number != "C001" {
		t.Fatalf("slips %+v %+v", b2, c1)
	}

	if got := h.num(h.q1.CallNext()); got != "A001" {
		t.Fatalf("window 1 called %s", got)
	}
	_, err := h.q1.CallNext()
	wantCode(t, err, hall.CodeConflict) // it holds A001
	panel, err := h.q1.NoShow(mustTicket(t, h.q1).ID)
	if h.num(panel, err) != "" || len(panel.NoShows) != 1 || panel.NoShows[0].Number != "A001" {
		t.Fatalf("after no-show: %+v", panel)
	}
	a1 := panel.NoShows[0]
	if got := h.num(h.q1.CallNext()); got != "C001" { // B is not window 1's
		t.Fatalf("window 1 called %s, want C001", got)
	}
	_, err = h.q1.Recall(a1.ID)
	wantCode(t, err, hall.CodeConflict) // still holds C001
	_, err = h.q1.Finish(c1.TicketID)
	must(t, err)
	if got := h.num(h.q1.Recall(a1.ID)); got != "A001" {
		t.Fatalf("no-show recalled: %s", got)
	}

	// Window 2 calls B002 (pregnant) before B001; transfers it to window 1's group C; window 1
	// calls it before anyone else who waits for C.
	if got := h.num(h.q2.CallNext()); got != "B002" {
		t.Fatalf("window 2 called %s", got)
	}
	_, err = h.q1.Finish(a1.ID)
	must(t, err)
	h.take(t, "C", "", "")
	_, err = h.q2.Transfer(hall.TicketMove{TicketID: b2.TicketID, ToGroupID: h.groups["C"].ID})
	must(t, err)
	if got := h.num(h.q1.CallNext()); got != "B002" {
		t.Fatalf("window 1 called %s, want the transferred B002 first", got)
	}
	_, err = h.q1.Transfer(hall.TicketMove{TicketID: b2.TicketID, ToWindow: 1})
	wantCode(t, err, hall.CodeInvalid)
	_, err = h.q1.Transfer(hall.TicketMove{TicketID: b2.TicketID, ToWindow: 2})
	must(t, err)
	if got := h.num(h.q2.CallNext()); got != "B002" {
		t.Fatalf("window 2 called %s, want B002 sent back to it", got)
	}
	_, err = h.q2.Finish(b2.TicketID)
	must(t, err)

	_, err = h.q2.Pause()
	must(t, err)
	_, err = h.q2.CallNext()
	wantCode(t, err, hall.CodeConflict)
	board, err := h.screen.Board()
	must(t, err)
	if !board.Windows[1].Paused {
		t.Errorf("board does not show window 2 paused: %+v", board.Windows)
	}
	_, err = h.q2.Resume()
	must(t, err)
	if got := h.num(h.q2.CallNext()); got != b1.Number {
		t.Fatalf("window 2 called %s after resuming", got)
	}

	// Next day: numbers restart; yesterday's tickets are not called.
	h.e.clock.advance(24 * time.Hour)
	h.signInClerks()
	if s := h.take(t, "A", "", ""); s.Number != "A001" || s.Ahead != 0 {
		t.Fatalf("next day's first ticket %+v", s)
	}
	if got := h.num(h.q1.CallNext()); got != "A001" {
		t.Fatalf("next day window 1 called %s", got)
	}
}

func mustTicket(t *testing.T, q *app.QueueService) hall.Ticket {
	t.Helper()
	p, err := q.MyWindow()
	must(t, err)
	if p.Current == nil {
		t.Fatal("no ticket at the window")
	}
	return *p.Current
}

// TestQueueRefusals: bad input changes nothing; an operator with no window, a kiosk on the
// screen's methods and bad settings are refused.
func TestQueueRefusals(t *testing.T) {
	h := newHallQueue(t)
	bad := applicantID[:17] + "0" // a wrong check digit
	_, err := h.kiosk.Take(hall.TicketRequest{GroupID: h.groups["A"].ID, IDNumber: bad})
	wantCode(t, err, hall.CodeInvalid)
	_, err = h.kiosk.Take(hall.TicketRequest{GroupID: 999})
	wantCode(t, err, hall.CodeInvalid)
	board, err := h.screen.Board()
	must(t, err)
	for _, g := range board.Waiting {
		if g.Waiting != 0 {
			t.Fatalf("a refused ticket was taken: %+v", board.Waiting)
		}
	}
	_, err = h.kiosk.Board()
	wantCode(t, err, hall.CodeUnpaired)

	admin := app.ServiceOf[*app.QueueService](h.e.core, h.e.login("admin").seat)
	p, err := admin.MyWindow()
	if err != nil || p.HasWindow {
		t.Fatalf("admin has a window: %+v %v", p, err)
	}
	_, err = admin.CallNext()
	wantCode(t, err, hall.CodeConflict)

	_, err = admin.SaveSettings(hall.QueueSettings{Speech: "请到窗口", KioskSeconds: 30, TicketPaper: "80mm", NoShowMinutes: 3})
	wantCode(t, err, hall.CodeInvalid)
	_, err = admin.SaveGroup(hall.QueueGroup{Prefix: "A", Name: "重复字头", Active: true})
	wantCode(t, err, hall.CodeInvalid)
	_, err = admin.SaveWindow(hall.QueueWindow{No: 3, Name: "三号", GroupIDs: []int64{h.groups["A"].ID}, OperatorID: h.clerkID})
	wantCode(t, err, hall.CodeInvalid) // the clerk is tied to window 1 already
	cfg, err := admin.SaveSettings(hall.QueueSettings{Speech: "请{号码}号到{窗口}号窗口", KioskSeconds: 45, TicketPaper: "a6", NoShowMinutes: 5})
	must(t, err)
	if cfg.Settings.Speech != "请{号码}号到{窗口}号窗口" || len(cfg.Windows) != 2 || len(cfg.Groups) != 3 {
		t.Fatalf("config %+v", cfg)
	}
	board, err = h.screen.Board()
	must(t, err)
	if board.Speech != "请{号码}号到{窗口}号窗口" {
		t.Errorf("the screen speaks %q", board.Speech)
	}
}

// TestQueueBarRefreshKeepsNoIdleClerk: the window bar's own re-reading (Refresh) does not count
// as the clerk's activity; their own actions do.
func TestQueueBarRefreshKeepsNoIdleClerk(t *testing.T) {
	h := newHallQueue(t)
	idle := h.e.core.Sessions.Idle()
	h.e.clock.advance(idle - time.Minute)
	p, err := h.q1.Refresh()
	if err != nil || !p.HasWindow || p.Window.No != 1 {
		t.Fatalf("refresh %+v %v", p, err)
	}
	_, err = h.q2.MyWindow() // the other clerk acts
	must(t, err)
	h.e.clock.advance(2 * time.Minute)
	_, err = h.q1.Refresh()
	wantCode(t, err, hall.CodeUnauthenticated)
	_, err = h.q2.MyWindow()
	must(t, err)
}
