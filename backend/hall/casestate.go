package hall

// Status is where a case stands in its lifecycle.
type Status string

// The lifecycle of a case.
const (
	StatusAwaiting   Status = "awaiting_materials" // 待补正
	StatusAccepted   Status = "accepted"           // 已受理
	StatusInProgress Status = "in_progress"        // 办理中
	StatusSubmitted  Status = "submitted"          // 已报送
	StatusDone       Status = "done"               // 已办结
	StatusFedBack    Status = "fed_back"           // 已反馈
	StatusRated      Status = "rated"              // 已评价
	StatusClosed     Status = "closed"             // 已销号
)

// Statuses lists every status in lifecycle order.
var Statuses = []Status{StatusAwaiting, StatusAccepted, StatusInProgress, StatusSubmitted, StatusDone, StatusFedBack, StatusRated, StatusClosed}

var statusLabels = map[Status]string{
	StatusAwaiting: "待补正", StatusAccepted: "已受理", StatusInProgress: "办理中", StatusSubmitted: "已报送",
	StatusDone: "已办结", StatusFedBack: "已反馈", StatusRated: "已评价", StatusClosed: "已销号",
}

// Label is the status's Chinese name.
func (s Status) Label() string { return statusLabels[s] }

// Valid reports whether s is a known status.
func (s Status) Valid() bool { _, ok := statusLabels[s]; return ok }

// Open reports whether the case still runs against its deadline (not yet finished).
func (s Status) Open() bool {
	return s == StatusAwaiting || s == StatusAccepted || s == StatusInProgress || s == StatusSubmitted
}

// Action is something an operator does to a case.
type Action string

// The actions of the lifecycle.
const (
	ActMaterialsArrived Action = "materials_arrived" // 补正材料已收齐
	ActRequestMaterials Action = "request_materials" // 要求补正（暂停计时）
	ActStart            Action = "start"             // 开始办理
	ActSubmit           Action = "submit"            // 报送部门
	ActRecordMeeting    Action = "record_meeting"    // 记录联席会议
	ActComplete         Action = "complete"          // 办结
	ActFeedback         Action = "feedback"          // 反馈群众
	ActRate             Action = "rate"              // 群众评价
	ActRemedy           Action = "remedy"            // 差评整改回访
	ActExtend           Action = "extend"            // 延期
	ActClose            Action = "close"             // 销号
	// ActIntake names the timeline's first line, the intake (受理登记); it is the store's, not
	// an action anyone takes on a case.
	ActIntake Action = "intake"
)

var actionLabels = map[Action]string{
	ActMaterialsArrived: "补正材料已收齐", ActRequestMaterials: "要求补正材料", ActStart: "开始办理",
	ActSubmit: "报送部门", ActRecordMeeting: "记录联席会议", ActComplete: "办结", ActFeedback: "反馈群众",
	ActRate: "记录群众评价", ActRemedy: "差评整改回访", ActExtend: "延期", ActClose: "销号",
	ActIntake: "受理登记",
}

// Label is the action's Chinese name.
func (a Action) Label() string { return actionLabels[a] }

// Actions lists every action in the order the case page offers them.
// The citizen's rating (ActRate) and its rectification callbacks (ActRemedy) are no longer
// actions: the citizen rates on the pad, a supervisor enters paper cards and phone callbacks, and
// callbacks are recorded on the rating (RateCase, RemedyAfterCallback); their timeline lines keep
// these names.
var Actions = []Action{ActMaterialsArrived, ActStart, ActRequestMaterials, ActSubmit, ActRecordMeeting, ActComplete,
	ActFeedback, ActExtend, ActClose}

// CaseState is what the state machine needs to know about a case.
type CaseState struct {
	Status     Status
	Ledger     string
	Accepted   bool // has an acceptance date (the clock has started)
	RemedyOpen bool // a bad rating whose remedy is not yet resolved
}

// permissionFor is who may take each action: the counter handles, the supervisor extends and
// strikes off.
var permissionFor = map[Action]Permission{
	ActMaterialsArrived: PermHandleCases, ActRequestMaterials: PermHandleCases, ActStart: PermHandleCases,
	ActSubmit: PermHandleCases, ActRecordMeeting: PermHandleCases, ActComplete: PermHandleCases,
	ActFeedback: PermHandleCases, ActExtend: PermSuperviseCases, ActClose: PermSuperviseCases,
}

// Next returns the status a case moves to when role takes action a, or a domain error saying
// why not: forbidden for the role, conflict for the state.
func Next(st CaseState, a Action, role Role) (Status, error) {
	switch a {
	case ActRate:
		return "", Forbidden("群众评价由群众在窗口评价器上作出，工作人员不能代为评价；纸质评价卡和电话回访由主管在办件页录入")
	case ActRemedy:
		return "", Forbidden("差评整改回访请在办件页的“群众评价”中登记回访记录")
	}
	perm, ok := permissionFor[a]
	if !ok {
		return "", Invalid("action", "未知的办件操作")
	}
	if !role.Can(perm) {
		return "", Forbidden("您的角色（" + role.Label() + "）不能对办件进行“" + a.Label() + "”操作")
	}
	to, err := next(st, a)
	if err != nil {
		return "", err
	}
	return to, nil
}

func next(st CaseState, a Action) (Status, error) {
	refuse := func(why string) (Status, error) {
		return "", Conflict("办件当前为“" + st.Status.Label() + "”，不能" + a.Label() + why)
	}
	s := st.Status
	switch a {
	case ActMaterialsArrived:
		if s != StatusAwaiting {
			return refuse("")
		}
		if st.Accepted {
			return StatusInProgress, nil
		}
		return StatusAccepted, nil
	case ActRequestMaterials:
		if s == StatusAccepted || s == StatusInProgress {
			return StatusAwaiting, nil
		}
	case ActStart:
		if s == StatusAccepted {
			return StatusInProgress, nil
		}
	case ActSubmit:
		if st.Ledger == LedgerInstant {
			return refuse("（即办事项当场办结，不需报送）")
		}
		if s == StatusInProgress {
			return StatusSubmitted, nil
		}
	case ActRecordMeeting:
		if st.Ledger != LedgerEscalate {
			return refuse("（只有上报事项召开联席会议）")
		}
		if s == StatusInProgress || s == StatusSubmitted {
			return s, nil
		}
	case ActComplete:
		if s == StatusInProgress || s == StatusSubmitted || (s == StatusAccepted && st.Ledger == LedgerInstant) {
			return StatusDone, nil
		}
	case ActFeedback:
		if s == StatusDone {
			return StatusFedBack, nil
		}
	case ActExtend:
		if s.Open() && st.Accepted {
			return s, nil
		}
	case ActClose:
		if s == StatusRated && st.RemedyOpen {
			return refuse("（差评尚未整改回访完毕）")
		}
		if s == StatusRated {
			return StatusClosed, nil
		}
	}
	return refuse("")
}

// Allowed lists the actions role may take on a case in state st now.
func Allowed(st CaseState, role Role) []ActionInfo {
	out := []ActionInfo{}
	for _, a := range Actions {
		if _, err := Next(st, a, role); err == nil {
			out = append(out, ActionInfo{Action: a, Label: a.Label()})
		}
	}
	return out
}
