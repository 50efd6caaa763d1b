package hall

import (
	"strings"
	"testing"
	"time"

	"halldesk/backend/workday"
)

// ptToday is Wednesday 2026-09-30 in China, the day before the National Day holiday.
var ptToday = time.Date(2026, 9, 30, 0, 0, 0, 0, China)

func calendar2026(t *testing.T) *workday.Calendar {
	t.Helper()
	c, err := workday.New(workday.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestPetitionDeadlines(t *testing.T) {
	cal := calendar2026(t)
	for _, tc := range []struct {
		name, got, want string
	}{
		// Calendar days: holidays and weekends count.
		{"decision over National Day", DecisionDue(MustDate("2026-09-30")).String(), "2026-10-15"},
		{"decision over a month end", DecisionDue(MustDate("2026-02-20")).String(), "2026-03-07"},
		{"decision in a leap-free February", DecisionDue(MustDate("2026-02-14")).String(), "2026-03-01"},
		{"settlement 60 days", SettleDue(MustDate("2026-10-09"), 0).String(), "2026-12-08"},
		{"settlement over the year end", SettleDue(MustDate("2026-11-20"), 0).String(), "2027-01-19"},
		{"settlement with 30 more", SettleDue(MustDate("2026-10-09"), 30).String(), "2027-01-07"},
		{"review answered in 30", ReviewDue(MustDate("2026-12-10")).String(), "2027-01-09"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	// Working days: pointing elsewhere skips weekends and holidays and counts 调休 Saturdays.
	for _, tc := range []struct {
		received, want string
		verified       bool
	}{
		{"2026-11-16", "2026-11-23", true}, // Monday: plain week
		{"2026-09-30", "2026-10-13", true}, // National Day: 10-08, 10-09, 10-10 (Saturday works), 10-12, 10-13
		{"2026-02-13", "2026-02-27", true}, // Spring Festival: 02-14 Saturday works, then 02-24 … 02-27
		// 2027 has no notice: its New Year (01-01), predicted from the holiday rules, is skipped
		{"2026-12-28", "2027-01-05", false},
	} {
		got, v := ForwardDue(cal, MustDate(tc.received))
		if got.String() != tc.want || v != tc.verified {
			t.Errorf("ForwardDue(%s) = %s %v, want %s %v", tc.received, got, v, tc.want, tc.verified)
		}
	}
}

func TestPetitionWithDeadlines(t *testing.T) {
	p := Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30"), DecisionDue: MustDate("2026-10-15")}
	got := p.WithDeadlines(MustDate("2026-10-14"))
	if got.DueDate.String() != "2026-10-15" || got.DueLabel != "告知受理期限" || got.DaysLeft != 1 || got.Overdue {
		t.Fatalf("registered: %+v", got)
	}
	got = p.WithDeadlines(MustDate("2026-10-17"))
	if got.DaysLeft != -2 || !got.Overdue {
		t.Fatalf("overdue: %d %v", got.DaysLeft, got.Overdue)
	}
	p = Petition{Status: PtInProgress, AcceptedOn: MustDate("2026-10-09"), SettleDue: MustDate("2026-12-08")}
	if got = p.WithDeadlines(MustDate("2026-12-08")); got.DaysLeft != 0 || got.Overdue || got.DueLabel != "办结期限" {
		t.Fatalf("due today: %+v", got)
	}
	p = Petition{Status: PtReplied, RepliedOn: MustDate("2026-12-01")}
	got = p.WithDeadlines(MustDate("2026-12-20"))
	if !got.DueDate.IsZero() || got.ReviewBy.String() != "2026-12-31" {
		t.Fatalf("replied: %+v", got)
	}
	if !p.State(MustDate("2026-12-31")).WindowOpen || p.State(MustDate("2027-01-01")).WindowOpen {
		t.Fatal("the review window closes after the 30th day")
	}
	p = Petition{Status: PtReviewed, ReviewAnsweredOn: MustDate("2027-01-05")}
	if p.ReviewByDate().String() != "2027-02-04" {
		t.Fatalf("rereview by %s", p.ReviewByDate())
	}
	if (Petition{Status: PtClosed}).WithDeadlines(MustDate("2026-12-01")).DueDate.String() != "" {
		t.Fatal("a closed petition has no deadline")
	}
}

func validPetition() PetitionInput {
	return PetitionInput{Form: "来访", Oral: true, Name: "巴特尔", Address: "巴图塔村二组", Phone: "13947700001",
		Category: "土地草场", Facts: "草场边界与邻村有争议。", Request: "请求重新勘界。", ReceivedOn: MustDate("2026-09-30")}
}

func TestCleanPetition(t *testing.T) {
	reps := func(n int) []Representative {
		out := make([]Representative, n)
		for i := range out {
			out[i] = Representative{Name: "代表" + string(rune('甲'+i))}
		}
		return out
	}
	cases := []struct {
		name  string
		edit  func(*PetitionInput)
		field string
		msg   string
	}{
		{"no form", func(p *PetitionInput) { p.Form = "" }, "form", "信访形式"},
		{"oral letter", func(p *PetitionInput) { p.Form = "来信" }, "oral", "口头"},
		{"no name", func(p *PetitionInput) { p.Name = " " }, "name", "请填写信访人姓名"},
		{"no address", func(p *PetitionInput) { p.Address = "" }, "address", "住址"},
		{"bad phone", func(p *PetitionInput) { p.Phone = "12345" }, "phone", "格式不正确"},
		{"no category", func(p *PetitionInput) { p.Category = "拆迁" }, "category", "类别"},
		{"no facts", func(p *PetitionInput) { p.Facts = "" }, "facts", "事实经过"},
		{"no request", func(p *PetitionInput) { p.Request = "" }, "request", "信访请求"},
		{"future date", func(p *PetitionInput) { p.ReceivedOn = MustDate("2026-10-01") }, "receivedOn", "不能晚于今天"},
		{"old date", func(p *PetitionInput) { p.ReceivedOn = MustDate("2025-09-01") }, "receivedOn", "一年前"},
		{"group of one", func(p *PetitionInput) { p.GroupVisit, p.HeadCount, p.Representatives = true, 1, reps(1) }, "headCount", "2人以上"},
		{"group without representatives", func(p *PetitionInput) { p.GroupVisit, p.HeadCount = true, 12 }, "representatives", "1至5人"},
		{"six representatives", func(p *PetitionInput) { p.GroupVisit, p.HeadCount, p.Representatives = true, 30, reps(6) }, "representatives", "不得超过5人"},
		{"more representatives than people", func(p *PetitionInput) { p.GroupVisit, p.HeadCount, p.Representatives = true, 2, reps(3) }, "headCount", "不能少于代表人数"},
		{"nameless representative", func(p *PetitionInput) {
			p.GroupVisit, p.HeadCount, p.Representatives = true, 8, []Representative{{Name: "甲"}, {Name: ""}}
		}, "representatives", "第2位代表的姓名"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := validPetition()
			tc.edit(&in)
			_, err := CleanPetition(in, ptToday)
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want invalid %s containing %q", err, tc.field, tc.msg)
			}
		})
	}
	t.Run("five representatives and defaults", func(t *testing.T) {
		in := validPetition()
		in.GroupVisit, in.HeadCount, in.Representatives, in.ReceivedOn = true, 23, reps(5), Date{}
		out, err := CleanPetition(in, ptToday)
		if err != nil || len(out.Representatives) != 5 || out.ReceivedOn != MustDate("2026-09-30") {
			t.Fatalf("%v %+v", err, out)
		}
	})
	t.Run("a single petitioner has a head count of one", func(t *testing.T) {
		in := validPetition()
		in.HeadCount, in.Representatives = 40, reps(2)
		out, err := CleanPetition(in, ptToday)
		if err != nil || out.HeadCount != 1 || len(out.Representatives) != 0 {
			t.Fatalf("%v %+v", err, out)
		}
	})
	t.Run("a resident's own data comes from the registry", func(t *testing.T) {
		in := validPetition()
		in.ResidentID, in.Name, in.Address = 7, "", ""
		out, err := CleanPetition(in, ptToday)
		if err != nil || out.Name != "" || out.Phone != "" {
			t.Fatalf("%v %+v", err, out)
		}
	})
}

func TestCleanPetitionAction(t *testing.T) {
	inProgress := Petition{Status: PtInProgress, ReceivedOn: MustDate("2026-09-30"), AcceptedOn: MustDate("2026-10-09"), SettleDue: MustDate("2026-12-08")}
	replied := Petition{Status: PtReplied, ReceivedOn: MustDate("2026-09-30"), RepliedOn: MustDate("2026-11-20")}
	day := func(s string) time.Time { d, _ := time.ParseInLocation(DateLayout, s, China); return d }
	cases := []struct {
		name  string
		p     Petition
		in    PetitionActionInput
		today string
		code  Code
		field string
	}{
		{"extend 30", inProgress, PetitionActionInput{Action: PaExtend, Days: 30, Reason: "需勘界", Approver: "王建军", Informed: true}, "2026-12-01", "", ""},
		{"extend 31", inProgress, PetitionActionInput{Action: PaExtend, Days: 31, Reason: "需勘界", Approver: "王建军", Informed: true}, "2026-12-01", CodeInvalid, "days"},
		{"extend 0", inProgress, PetitionActionInput{Action: PaExtend, Reason: "需勘界", Approver: "王建军", Informed: true}, "2026-12-01", CodeInvalid, "days"},
		{"extend without reason", inProgress, PetitionActionInput{Action: PaExtend, Days: 10, Approver: "王建军", Informed: true}, "2026-12-01", CodeInvalid, "reason"},
		{"extend without approver", inProgress, PetitionActionInput{Action: PaExtend, Days: 10, Reason: "需勘界", Informed: true}, "2026-12-01", CodeInvalid, "approver"},
		{"extend untold", inProgress, PetitionActionInput{Action: PaExtend, Days: 10, Reason: "需勘界", Approver: "王建军"}, "2026-12-01", CodeInvalid, "informed"},
		{"extend after expiry", inProgress, PetitionActionInput{Action: PaExtend, Days: 10, Reason: "需勘界", Approver: "王建军", Informed: true}, "2026-12-09", CodeConflict, ""},
		{"extend on the last day", inProgress, PetitionActionInput{Action: PaExtend, Days: 10, Reason: "需勘界", Approver: "王建军", Informed: true}, "2026-12-08", "", ""},
		{"review on day 30", replied, PetitionActionInput{Action: PaRequestReview}, "2026-12-20", "", ""},
		{"review dated day 31", replied, PetitionActionInput{Action: PaRequestReview, Date: MustDate("2026-12-21")}, "2026-12-22", CodeInvalid, "date"},
		{"reply without text", inProgress, PetitionActionInput{Action: PaReply}, "2026-11-01", CodeInvalid, "replyText"},
		{"reply before acceptance", inProgress, PetitionActionInput{Action: PaReply, ReplyText: "答复", Date: MustDate("2026-10-08")}, "2026-11-01", CodeInvalid, "date"},
		{"refuse without written reply", Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30")}, PetitionActionInput{Action: PaRefuse, Reason: "不属于信访事项"}, "2026-10-08", CodeInvalid, "replyText"},
		{"forward without body", Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30")}, PetitionActionInput{Action: PaForward}, "2026-10-08", CodeInvalid, "forwardedTo"},
		{"assign without leader", inProgress, PetitionActionInput{Action: PaAssign, HandlingUnit: "综治办"}, "2026-10-09", CodeInvalid, "responsibleId"},
		{"rate nonsense", replied, PetitionActionInput{Action: PaRate, Satisfaction: "非常满意"}, "2026-11-21", CodeInvalid, "satisfaction"},
		{"future date", inProgress, PetitionActionInput{Action: PaReply, ReplyText: "答复", Date: MustDate("2026-11-02")}, "2026-11-01", CodeInvalid, "date"},
		{"date before receipt", Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30")}, PetitionActionInput{Action: PaAccept, Date: MustDate("2026-09-29")}, "2026-10-08", CodeInvalid, "date"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CleanPetitionAction(tc.in, tc.p, day(tc.today))
			if tc.code == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			e := AsError(err)
			if e == nil || e.Code != tc.code || e.Field != tc.field {
				t.Fatalf("got %v, want %s %s", err, tc.code, tc.field)
			}
		})
	}
}

func TestApplyPetitionActions(t *testing.T) {
	p := Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30"), DecisionDue: MustDate("2026-10-15")}
	p, note := ApplyPetitionAction(p, PetitionActionInput{Action: PaAccept, Date: MustDate("2026-10-09")}, PtAccepted, "乌兰", "t")
	if p.AcceptedOn.String() != "2026-10-09" || p.SettleDue.String() != "2026-12-08" || !strings.Contains(note, "2026-12-08") {
		t.Fatalf("accept: %+v %q", p, note)
	}
	p, _ = ApplyPetitionAction(p, PetitionActionInput{Action: PaExtend, Days: 30, Reason: "需勘界", Approver: "王建军", Informed: true}, PtAccepted, "斯琴", "t")
	if p.SettleDue.String() != "2027-01-07" || p.ExtensionDays != 30 || !p.State(MustDate("2026-12-01")).Extended {
		t.Fatalf("extend: %+v", p)
	}
	p.Status = PtInProgress
	p, _ = ApplyPetitionAction(p, PetitionActionInput{Action: PaReply, ReplyText: "答复", Date: MustDate("2026-12-01")}, PtReplied, "乌兰", "t")
	p, _ = ApplyPetitionAction(p, PetitionActionInput{Action: PaRate, Satisfaction: "不满意"}, PtReplied, "乌兰", "t")
	p, _ = ApplyPetitionAction(p, PetitionActionInput{Action: PaRequestReview, Date: MustDate("2026-12-10")}, PtReviewing, "乌兰", "t")
	if p.ReviewDue.String() != "2027-01-09" || p.Satisfaction != "" {
		t.Fatalf("review: %+v", p)
	}
	p, _ = ApplyPetitionAction(p, PetitionActionInput{Action: PaAnswerReview, ReplyText: "维持", Date: MustDate("2027-01-05")}, PtReviewed, "乌兰", "t")
	p, _ = ApplyPetitionAction(p, PetitionActionInput{Action: PaRequestRereview, Date: MustDate("2027-01-20")}, PtRereviewing, "乌兰", "t")
	p, note = ApplyPetitionAction(p, PetitionActionInput{Action: PaAnswerRereview, ReplyText: "维持", Date: MustDate("2027-02-10")}, PtRereviewed, "乌兰", "t")
	if !p.Final || p.RereviewDue.String() != "2027-02-19" || !strings.Contains(note, "不再受理") || p.StatusLabel != "已复核" {
		t.Fatalf("rereview: %+v %q", p, note)
	}
}

func TestPetitionNumber(t *testing.T) {
	for _, tc := range []struct {
		seq  int
		want string
	}{{1, "2026X0001"}, {123, "2026X0123"}, {12345, "2026X12345"}} {
		if got := FormatPetitionNumber(2026, tc.seq); got != tc.want {
			t.Errorf("got %s, want %s", got, tc.want)
		}
	}
}

func TestCleanPetitionNote(t *testing.T) {
	open := Petition{Status: PtInProgress, ReceivedOn: MustDate("2026-09-30")}
	closed := Petition{Status: PtClosed, ReceivedOn: MustDate("2026-09-30")}
	for _, tc := range []struct {
		name string
		p    Petition
		in   PetitionNoteInput
		code Code
		fld  string
	}{
		{"responsibility", open, PetitionNoteInput{Kind: "包教育转化", Text: "讲解草原法"}, "", ""},
		{"follow-up by phone", closed, PetitionNoteInput{Kind: "回访", Method: "电话", Text: "满意"}, "", ""},
		{"unknown kind", open, PetitionNoteInput{Kind: "包办", Text: "x"}, CodeInvalid, "kind"},
		{"follow-up without method", open, PetitionNoteInput{Kind: "回访", Text: "x"}, CodeInvalid, "method"},
		{"empty text", open, PetitionNoteInput{Kind: "包稳控管理"}, CodeInvalid, "text"},
		{"future", open, PetitionNoteInput{Kind: "包稳控管理", Text: "x", Date: MustDate("2026-10-01")}, CodeInvalid, "date"},
		{"before acceptance", Petition{Status: PtRegistered, ReceivedOn: MustDate("2026-09-30")}, PetitionNoteInput{Kind: "包掌握情况", Text: "x"}, CodeConflict, ""},
		{"closed takes follow-ups only", closed, PetitionNoteInput{Kind: "包掌握情况", Text: "x"}, CodeConflict, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := CleanPetitionNote(tc.in, tc.p, ptToday)
			if tc.code == "" {
				if err != nil || n.Date != MustDate("2026-09-30") {
					t.Fatalf("%v %+v", err, n)
				}
				return
			}
			if e := AsError(err); e == nil || e.Code != tc.code || e.Field != tc.fld {
				t.Fatalf("got %v", err)
			}
		})
	}
}
