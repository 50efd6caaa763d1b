package app_test

import (
	"slices"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func ratingsOf(e *env, d *desk) *app.RatingService {
	return app.ServiceOf[*app.RatingService](e.core, d.seat)
}

func padOf(e *env, seat *app.Seat) *app.RatingPadService {
	return app.ServiceOf[*app.RatingPadService](e.core, seat)
}

// rate enters the citizen's rating of a finished case as the supervisor, from a phone callback:
// the clerk no longer rates for the citizen.
func (c *counter) rate(t *testing.T, caseID int64, level int, comment string) hall.Case {
	t.Helper()
	cs, err := ratingsOf(c.e, c.e.login("sup")).Enter(hall.RatingEntry{CaseID: caseID, Channel: hall.ChannelPhone, Level: level, Comment: comment})
	if err != nil {
		t.Fatalf("rate %d: %v", level, err)
	}
	return cs
}

// callback records a resolved callback on the case's latest rating as the supervisor.
func (c *counter) callback(t *testing.T, caseID int64, done string) hall.Rating {
	t.Helper()
	svc := ratingsOf(c.e, c.e.login("sup"))
	list, err := svc.ForCase(caseID)
	must(t, err)
	r, err := svc.Callback(hall.CallbackInput{RatingID: list[len(list)-1].ID, Done: done, Resolved: true})
	must(t, err)
	return r
}

// finished is a case of the instant item YB-01 taken and finished (办结) by the clerk, its result
// told by feedback when not "".
func (c *counter) finished(t *testing.T, feedback string) hall.Case {
	t.Helper()
	yb := c.items["YB-01"]
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "大厅窗口", Received: materialNames(yb)})
	must(t, err)
	cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone})
	if feedback != "" {
		cs = c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActFeedback, FeedbackMethod: feedback})
	}
	return cs
}

// windowFor ties the operator to a queue window, as the administrator does in its config.
func windowFor(t *testing.T, e *env, admin *desk, no int, opID int64, itemID int64) {
	t.Helper()
	q := app.ServiceOf[*app.QueueService](e.core, admin.seat)
	cfg, err := q.SaveGroup(hall.QueueGroup{Prefix: "A", Name: "综合", ItemIDs: []int64{itemID}, Active: true})
	must(t, err)
	_, err = q.SaveWindow(hall.QueueWindow{No: no, Name: "综合窗口", GroupIDs: []int64{cfg.Groups[0].ID}, OperatorID: opID})
	must(t, err)
}

func TestPadRatesTheInstantCaseItsClerkFinished(t *testing.T) {
	c := newCounter(t)
	e := c.e
	admin := e.login("admin")
	clerkOp := operatorNamed(t, admin, "clerk")
	yb := c.items["YB-01"]
	windowFor(t, e, admin, 1, clerkOp.ID, yb.ID)
	pad1, _ := e.pairDevice(admin, "1号窗口评价器", hall.DevicePad, 1)
	pad2, _ := e.pairDevice(admin, "2号窗口评价器", hall.DevicePad, 2)
	kiosk, _ := e.pairDevice(admin, "大厅取号机", hall.DeviceKiosk, 0)
	heard := e.core.Hub.Listen(func(ev hall.HallEvent) bool { return ev.Kind == app.EventRate })

	c.at("2025-03-10")
	cs := c.finished(t, "")
	ev := <-heard.C
	if req, ok := ev.Data.(hall.RatingRequest); !ok || ev.Window != 1 || req.ClerkName != "王丽娜" || req.ClerkNo != "clerk" || req.Item != yb.Name {
		t.Fatalf("rate event = %+v", ev)
	}
	req, err := padOf(e, pad1).Current()
	must(t, err)
	if req.ID == 0 || req.CaseID != cs.ID || req.ClerkName != "王丽娜" || req.Content.Version != hall.OfflineContent.Version {
		t.Fatalf("pad 1 request = %+v", req)
	}
	if other, err := padOf(e, pad2).Current(); err != nil || other.ID != 0 {
		t.Fatalf("pad 2 sees %+v, %v", other, err)
	}
	if _, err := padOf(e, kiosk).Current(); codeOf(err) != hall.CodeUnpaired {
		t.Fatalf("a kiosk reads the pad's request: %v", err)
	}
	if _, err := padOf(e, pad2).Submit(hall.PadAnswer{RequestID: req.ID, Level: 1}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("pad 2 answers window 1's request: %v", err)
	}
	if _, err := padOf(e, pad1).Submit(hall.PadAnswer{RequestID: req.ID, Level: 2, Indicators: []string{"price"}}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("an indicator the standard lacks: %v", err)
	}
	_, err = padOf(e, pad1).Submit(hall.PadAnswer{RequestID: req.ID, Level: 2, Indicators: []string{"attitude"}, Comment: "很耐心"})
	must(t, err)
	if _, err := padOf(e, pad1).Submit(hall.PadAnswer{RequestID: req.ID, Level: 1}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("the same request answered twice: %v", err)
	}
	got, err := c.clerk.Get(cs.ID)
	must(t, err)
	if got.Status != hall.StatusRated || got.RatingLabel != "满意" || got.FeedbackMethod != "当面" {
		t.Fatalf("case after the pad: %+v", got)
	}
	list, err := ratingsOf(e, e.login("clerk")).ForCase(cs.ID)
	must(t, err)
	if len(list) != 1 || list[0].ChannelLabel != "评价器" || list[0].DeviceName != "1号窗口评价器" || list[0].Comment != "很耐心" ||
		len(list[0].Indicators) != 1 || list[0].Indicators[0].Name != "服务态度" || list[0].Indicators[0].Level != 2 {
		t.Fatalf("ratings = %+v", list)
	}
	if !auditHas(t, e, admin, "设备：1号窗口评价器", "群众评价") {
		t.Fatal("the pad's rating is not audited under its name")
	}
	if !slices.ContainsFunc(got.Timeline, func(ev hall.CaseEvent) bool { return strings.Contains(ev.Note, "满意（评价器）") }) {
		t.Fatalf("timeline = %+v", got.Timeline)
	}
}

func TestPadTimeoutRecordsUnrated(t *testing.T) {
	c := newCounter(t)
	e := c.e
	admin := e.login("admin")
	yb := c.items["YB-01"]
	windowFor(t, e, admin, 1, operatorNamed(t, admin, "clerk").ID, yb.ID)
	pad, _ := e.pairDevice(admin, "1号窗口评价器", hall.DevicePad, 1)
	c.at("2025-03-10")
	cs := c.finished(t, "")
	req, err := padOf(e, pad).Current()
	must(t, err)
	_, err = padOf(e, pad).Timeout(req.ID)
	must(t, err)
	if again, _ := padOf(e, pad).Current(); again.ID != 0 {
		t.Fatalf("request still open after the timeout: %+v", again)
	}
	list, err := ratingsOf(e, e.login("sup")).ForCase(cs.ID)
	must(t, err)
	if len(list) != 1 || list[0].Level != hall.RatingUnrated || list[0].LevelLabel != "未评价" || list[0].Pending {
		t.Fatalf("ratings = %+v", list)
	}
	got, err := c.clerk.Get(cs.ID)
	must(t, err)
	if got.Status != hall.StatusDone || got.Rating != 0 {
		t.Fatalf("未评价 rated the case: %+v", got)
	}
	// The citizen later hands in a paper card: the supervisor enters it with its number.
	sup := ratingsOf(e, e.login("sup"))
	if _, err := sup.Enter(hall.RatingEntry{CaseID: cs.ID, Channel: hall.ChannelCard, Level: 1}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a card without its number: %v", err)
	}
	rated, err := sup.Enter(hall.RatingEntry{CaseID: cs.ID, Channel: hall.ChannelCard, Level: 1, CardNo: "K-0001"})
	must(t, err)
	if rated.Status != hall.StatusRated || rated.Rating != 1 {
		t.Fatalf("after the card: %+v", rated)
	}
	if _, err := sup.Enter(hall.RatingEntry{CaseID: cs.ID, Channel: hall.ChannelPhone, Level: 3}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("a second rating of one case: %v", err)
	}
}

// A card entered while the pad still asks: the citizen's later tap cannot rate the case twice,
// and the pad's request ends as 未评价.
func TestPadRequestEndsWhenTheCaseWasRatedMeanwhile(t *testing.T) {
	c := newCounter(t)
	e := c.e
	admin := e.login("admin")
	windowFor(t, e, admin, 1, operatorNamed(t, admin, "clerk").ID, c.items["YB-01"].ID)
	pad, _ := e.pairDevice(admin, "1号窗口评价器", hall.DevicePad, 1)
	c.at("2025-03-10")
	cs := c.finished(t, "")
	req, err := padOf(e, pad).Current()
	must(t, err)
	c.rate(t, cs.ID, 1, "")
	if _, err := padOf(e, pad).Submit(hall.PadAnswer{RequestID: req.ID, Level: 5}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("the pad rates a rated case: %v", err)
	}
	if again, _ := padOf(e, pad).Current(); again.ID != 0 {
		t.Fatalf("the request is still open: %+v", again)
	}
	list, err := ratingsOf(e, e.login("sup")).ForCase(cs.ID)
	must(t, err)
	if len(list) != 2 || list[0].LevelLabel != "未评价" || list[1].LevelLabel != "非常满意" || list[0].Indicators == nil {
		t.Fatalf("ratings = %+v", list)
	}
	got, err := c.clerk.Get(cs.ID)
	must(t, err)
	if got.Rating != 1 {
		t.Fatalf("case rating %d", got.Rating)
	}
}

func TestRatingPermissions(t *testing.T) {
	c := newCounter(t)
	e := c.e
	c.at("2025-03-10")
	cs := c.finished(t, "当面")
	if _, err := actOn(c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActRate}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("the clerk rates for the citizen: %v", err)
	}
	got, err := c.clerk.Get(cs.ID)
	must(t, err)
	if slices.ContainsFunc(got.Actions, func(a hall.ActionInfo) bool { return a.Action == hall.ActRate }) {
		t.Fatalf("the clerk is offered to rate: %+v", got.Actions)
	}
	entry := hall.RatingEntry{CaseID: cs.ID, Channel: hall.ChannelPhone, Level: 5}
	for _, who := range []string{"clerk", "leader", "admin"} {
		if _, err := ratingsOf(e, e.login(who)).Enter(entry); codeOf(err) != hall.CodeForbidden {
			t.Fatalf("%s enters a rating: %v", who, err)
		}
	}
	c.rate(t, cs.ID, 5, "态度差")
	list, err := ratingsOf(e, e.login("sup")).ForCase(cs.ID)
	must(t, err)
	id := list[0].ID
	if _, err := ratingsOf(e, e.login("clerk")).ProposeReview(hall.ReviewProposal{RatingID: id, Reason: "x"}); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk proposes a review: %v", err)
	}
	r, err := ratingsOf(e, e.login("sup")).ProposeReview(hall.ReviewProposal{RatingID: id, Reason: "与办件无关的辱骂"})
	must(t, err)
	dec := hall.ReviewDecision{ReviewID: r.Reviews[0].ID, Approve: true, Reason: "同意"}
	if _, err := ratingsOf(e, e.login("sup")).DecideReview(dec); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("the supervisor decides their own proposal: %v", err)
	}
}

func TestRectificationCallbackAndReview(t *testing.T) {
	c := newCounter(t)
	e := c.e
	admin := e.login("admin")
	c.at("2025-03-10")
	good, bad, malicious := c.finished(t, "电话"), c.finished(t, "电话"), c.finished(t, "电话")
	c.rate(t, good.ID, 1, "")
	if cs := c.rate(t, bad.ID, 4, "等候太久"); cs.RemedyDue.String() != "2025-03-31" { // 15 working days after 03-10
		t.Fatalf("rectification due %s", cs.RemedyDue)
	}
	c.rate(t, malicious.ID, 5, "乱评")

	dash := func() hall.CaseSummary {
		d, err := app.ServiceOf[*app.DashboardService](e.core, e.login("leader").seat).Get(hall.Period{From: hall.MustDate("2025-03-01"), To: hall.MustDate("2025-03-31")})
		must(t, err)
		return d.Summary
	}
	if s := dash(); s.Rated != 3 || s.Good != 1 {
		t.Fatalf("before the review: %+v", s)
	}

	if _, err := actOn(c.sup, hall.TransitionInput{CaseID: bad.ID, Action: hall.ActClose}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("strike off before the callback: %v", err)
	}
	svc := ratingsOf(e, e.login("sup"))
	list, err := svc.ForCase(bad.ID)
	must(t, err)
	r, err := svc.Callback(hall.CallbackInput{RatingID: list[0].ID, Done: "已电话致歉并说明", NewLevel: 2})
	must(t, err)
	if len(r.Callbacks) != 1 || r.Callbacks[0].NewLevelLabel != "满意" || r.Callbacks[0].By != "巴特尔" || r.Rectified {
		t.Fatalf("callback = %+v", r)
	}
	c.callback(t, bad.ID, "问题已解决")
	c.act(t, c.sup, hall.TransitionInput{CaseID: bad.ID, Action: hall.ActClose})

	ml, err := svc.ForCase(malicious.ID)
	must(t, err)
	r, err = svc.ProposeReview(hall.ReviewProposal{RatingID: ml[0].ID, Reason: "评价内容与办件无关"})
	must(t, err)
	if s := dash(); s.Rated != 3 {
		t.Fatalf("a proposal alone changed the figures: %+v", s)
	}
	leader := ratingsOf(e, e.login("leader"))
	r, err = leader.DecideReview(hall.ReviewDecision{ReviewID: r.Reviews[0].ID, Approve: true, Reason: "经核实属恶意差评"})
	must(t, err)
	if !r.Excluded || r.Reviews[0].State != hall.ReviewApproved || r.Reviews[0].DecidedBy != "斯琴" {
		t.Fatalf("decided = %+v", r)
	}
	if _, err := leader.DecideReview(hall.ReviewDecision{ReviewID: r.Reviews[0].ID, Approve: false, Reason: "再议"}); codeOf(err) != hall.CodeConflict {
		t.Fatalf("decided twice: %v", err)
	}
	if s := dash(); s.Rated != 2 || s.Good != 1 || s.Satisfaction != 0.5 {
		t.Fatalf("after the approved review: %+v", s)
	}
	if !auditHas(t, e, admin, "巴特尔", "申请恶意差评复核") || !auditHas(t, e, admin, "斯琴", "审核恶意差评复核") {
		t.Fatal("the review is not audited")
	}
	cs, err := c.sup.Get(malicious.ID)
	must(t, err)
	if !cs.RatingExcluded || slices.ContainsFunc(cs.Actions, func(a hall.ActionInfo) bool { return a.Action != hall.ActClose }) {
		t.Fatalf("the excluded rating still holds the case: %+v", cs)
	}
}

func TestRemedyDaysIsTheHallsSetting(t *testing.T) {
	c := newCounter(t)
	e := c.e
	admin := e.login("admin")
	hs, err := admin.sys.Settings()
	must(t, err)
	if hs.RemedyDays != 15 {
		t.Fatalf("default %d", hs.RemedyDays)
	}
	hs.RemedyDays = 61
	if _, err := admin.sys.SaveSettings(hs); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("61 days: %v", err)
	}
	hs.RemedyDays = 5
	_, err = admin.sys.SaveSettings(hs)
	must(t, err)
	c.at("2025-03-10")
	cs := c.finished(t, "")
	if got := c.rate(t, cs.ID, 5, ""); got.RemedyDue.String() != "2025-03-17" { // 5 working days after Monday 03-10
		t.Fatalf("due %s", got.RemedyDue)
	}
}

func auditHas(t *testing.T, e *env, admin *desk, who, action string) bool {
	t.Helper()
	page, err := app.ServiceOf[*app.AuditService](e.core, admin.seat).List(hall.AuditQuery{PageSize: 200})
	must(t, err)
	return slices.ContainsFunc(page.Items, func(a hall.AuditEntry) bool { return a.OperatorName == who && a.Action == action })
}

func operatorNamed(t *testing.T, admin *desk, username string) hall.Operator {
	t.Helper()
	ops, err := admin.ops.List()
	must(t, err)
	i := slices.IndexFunc(ops, func(o hall.Operator) bool { return o.Username == username })
	if i < 0 {
		t.Fatalf("no operator %s", username)
	}
	return ops[i]
}
