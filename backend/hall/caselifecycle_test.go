package hall

import (
	"testing"
	"time"
)

// lcNow is Monday 2026-12-07, 10:00 in China.
var lcNow = time.Date(2026, 12, 7, 10, 0, 0, 0, China)

// lcCase is a case of ledger in status from on the test calendar: accepted on Tuesday
// 2026-12-01 (unless the clock has not started), five working days promised, with one required
// material still missing.
func lcCase(ledger string, from Status, accepted, remedy bool) CaseRecord {
	cs := CaseRecord{ID: 7, Number: "2026D0007", Ledger: ledger, ItemCode: "YB-01", Status: from, PromisedDays: 5,
		StatutoryDays: 20, Materials: []CaseMaterial{
			{Name: "身份证", Required: true, Received: true},
			{Name: "户口簿", Required: true},
			{Name: "照片", Required: false},
		}}
	if accepted {
		cs.AcceptedOn = MustDate("2026-12-01")
	}
	if remedy {
		cs.Rating = 4
	} else if from == StatusRated {
		cs.Rating = 2
	}
	return cs
}

// lcInput is an action carrying everything it needs.
func lcInput(a Action) TransitionInput {
	in := TransitionInput{CaseID: 7, Action: a}
	switch a {
	case ActMaterialsArrived:
		in.Received = []string{"户口簿"}
	case ActRequestMaterials:
		in.Note, in.Missing = "请补交户口簿", []string{"户口簿"}
	case ActSubmit:
		in.Departments = "民政办"
	case ActRecordMeeting:
		in.Meeting = &Meeting{Date: MustDate("2026-12-04"), Participants: "民政办、司法所", Decision: "联合核查", Deadline: MustDate("2026-12-31")}
	case ActComplete:
		in.Outcome = OutcomeDone
	case ActFeedback:
		in.FeedbackMethod = "电话"
	case ActExtend:
		in.Note, in.ExtensionDays = "需要外调核实", 3
	}
	return in
}

// refusalWhy is the reason a refusal for the state adds after the action's name.
func refusalWhy(ledger string, from Status, remedy bool, a Action) string {
	switch {
	case a == ActSubmit && ledger == LedgerInstant:
		return "（即办事项当场办结，不需报送）"
	case a == ActRecordMeeting && ledger != LedgerEscalate:
		return "（只有上报事项召开联席会议）"
	case a == ActClose && from == StatusRated && remedy:
		return "（差评尚未整改回访完毕）"
	}
	return ""
}

// TestApplyCaseActionEveryActionStateAndRole takes every action on every case state a case can
// be in, as every role: the role must hold the action's permission (forbidden otherwise), the
// state must allow it (conflict otherwise, saying why), and an allowed action moves the case to
// the status of allowedMoves and records the step on the timeline.
func TestApplyCaseActionEveryActionStateAndRole(t *testing.T) {
	to := map[move]Status{}
	for _, m := range allowedMoves {
		k := m
		k.to = ""
		to[k] = m.to
	}
	cal := testCalendar()
	op := Operator{ID: 3, Name: "乌兰"}
	n := 0
	for _, l := range []string{LedgerInstant, LedgerProxy, LedgerEscalate} {
		for _, from := range Statuses {
			for _, accepted := range []bool{false, true} {
				for _, remedy := range []bool{false, true} {
					if (!accepted && from != StatusAwaiting) || (remedy && from != StatusRated) || (l == LedgerInstant && from == StatusSubmitted) {
						continue // no case is ever in this state
					}
					for _, a := range Actions {
						for _, role := range Roles {
							op.Role = role
							n++
							cs := lcCase(l, from, accepted, remedy)
							ch, err := ApplyCaseAction(cs, nil, lcInput(a), op, cal, lcNow)
							name := l + " " + string(from) + " " + string(a) + " " + string(role)
							if accepted {
								name += " accepted"
							}
							if remedy {
								name += " remedy"
							}
							want, allowed := to[move{l, from, accepted, remedy, a, ""}]
							switch {
							case !role.Can(permissionFor[a]):
								wantError(t, name, err, CodeForbidden, "您的角色（"+role.Label()+"）不能对办件进行“"+a.Label()+"”操作")
							case !allowed:
								wantError(t, name, err, CodeConflict, "办件当前为“"+from.Label()+"”，不能"+a.Label()+refusalWhy(l, from, remedy, a))
							case err != nil:
								t.Errorf("%s: refused: %v", name, err)
							case ch.Case.Status != want:
								t.Errorf("%s: moved to %s, want %s", name, ch.Case.Status, want)
							case ch.Entry.Action != a || ch.Entry.From != from || ch.Entry.To != want:
								t.Errorf("%s: timeline entry %+v", name, ch.Entry)
							case ch.Case.ID != cs.ID || ch.Case.Number != cs.Number:
								t.Errorf("%s: the change is for another case: %+v", name, ch.Case)
							}
						}
					}
				}
			}
		}
	}
	// Ten states per ledger (待补正 with and without the clock, the seven others, 已评价 with a
	// bad rating open), less 已报送 for 即办.
	if n != 29*len(Actions)*len(Roles) {
		t.Errorf("covered %d combinations", n)
	}
}

// wantError checks a domain error's code and Chinese message.
func wantError(t *testing.T, name string, err error, code Code, msg string) {
	t.Helper()
	e := AsError(err)
	if e == nil || e.Code != code || e.Message != msg {
		t.Errorf("%s: got %v, want %s %q", name, err, code, msg)
	}
}

// TestApplyCaseActionRefusesWhatAnActionLacks: an allowed action whose input is incomplete or
// wrong is refused as invalid, on the right field, in Chinese.
func TestApplyCaseActionRefusesWhatAnActionLacks(t *testing.T) {
	cal := testCalendar()
	clerk := Operator{ID: 3, Name: "乌兰", Role: RoleClerk}
	supervisor := Operator{ID: 4, Name: "巴特尔", Role: RoleSupervisor}
	awaiting := lcCase(LedgerProxy, StatusAwaiting, false, false)
	inProgress := lcCase(LedgerProxy, StatusInProgress, true, false)
	escalated := lcCase(LedgerEscalate, StatusInProgress, true, false)
	allowance := inProgress
	allowance.ItemCode, allowance.ItemRole = "DB-01", RoleAllowanceNew
	with := func(a Action, f func(*TransitionInput)) TransitionInput {
		in := lcInput(a)
		f(&in)
		return in
	}
	for _, tc := range []struct {
		name  string
		cs    CaseRecord
		op    Operator
		in    TransitionInput
		field string
		msg   string
	}{
		{"unknown action", inProgress, clerk, TransitionInput{Action: "delete"}, "action", "未知的办件操作"},
		{"material not on the list", awaiting, clerk, with(ActMaterialsArrived, func(in *TransitionInput) { in.Received = []string{"户口簿", "结婚证"} }),
			"received", "材料“结婚证”不在该办件的材料清单中"},
		{"a required material still missing", awaiting, clerk, with(ActMaterialsArrived, func(in *TransitionInput) { in.Received = nil }),
			"received", "仍缺少：户口簿。请勾选已收到的材料，或在说明中写明继续办理的理由"},
		{"correction of a material not on the list", inProgress, clerk, with(ActRequestMaterials, func(in *TransitionInput) { in.Missing = []string{"结婚证"} }),
			"missing", "材料“结婚证”不在该办件的材料清单中"},
		{"correction without saying what", inProgress, clerk, with(ActRequestMaterials, func(in *TransitionInput) { in.Note = "" }),
			"note", "请填写需要补正的材料"},
		{"submit to nobody", inProgress, clerk, with(ActSubmit, func(in *TransitionInput) { in.Departments = " " }),
			"departments", "请填写报送部门"},
		{"meeting without its record", escalated, clerk, with(ActRecordMeeting, func(in *TransitionInput) { in.Meeting = nil }),
			"meeting.date", "请填写联席会议情况"},
		{"meeting deadline before the meeting", escalated, clerk, with(ActRecordMeeting, func(in *TransitionInput) { in.Meeting.Deadline = MustDate("2026-12-01") }),
			"meeting.deadline", "限期结办日期应不早于会议日期"},
		{"complete without an outcome", inProgress, clerk, with(ActComplete, func(in *TransitionInput) { in.Outcome = "" }),
			"outcome", "请选择办理结果：办成、不予办理或转办"},
		{"refused without a reason", inProgress, clerk, with(ActComplete, func(in *TransitionInput) { in.Outcome = OutcomeRefused }),
			"note", "请填写不予办理的理由"},
		{"低保 approved without an amount", allowance, clerk, lcInput(ActComplete),
			"monthlyAmount", "低保批准后请填写月保障金额（元）"},
		{"feedback in the future", lcCase(LedgerProxy, StatusDone, true, false), clerk,
			with(ActFeedback, func(in *TransitionInput) { in.FeedbackDate = MustDate("2026-12-08") }), "feedbackDate", "反馈日期不正确（不能晚于今天）"},
		{"extension too long", inProgress, supervisor, with(ActExtend, func(in *TransitionInput) { in.ExtensionDays = 31 }),
			"extensionDays", "延期天数应为1至30个工作日"},
		{"extension without a reason", inProgress, supervisor, with(ActExtend, func(in *TransitionInput) { in.Note = "" }),
			"note", "请填写延期理由"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ApplyCaseAction(tc.cs, nil, tc.in, tc.op, cal, lcNow)
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || e.Message != tc.msg {
				t.Fatalf("got %+v, want invalid %s %q", e, tc.field, tc.msg)
			}
		})
	}
}
