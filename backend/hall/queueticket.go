package hall

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"halldesk/backend/idcard"
)

// TicketState is where a queue ticket stands: waiting → called → serving → done; a called
// citizen who does not come is a no-show (who can be recalled later).
type TicketState string

// Ticket states.
const (
	TicketWaiting TicketState = "waiting" // 等候中
	TicketCalled  TicketState = "called"  // 已叫号
	TicketServing TicketState = "serving" // 办理中
	TicketDone    TicketState = "done"    // 已办结
	TicketNoShow  TicketState = "noshow"  // 未到（过号）
)

var ticketStateLabels = map[TicketState]string{
	TicketWaiting: "等候中", TicketCalled: "已叫号", TicketServing: "办理中", TicketDone: "已办结", TicketNoShow: "未到",
}

// Label is the state's Chinese name.
func (s TicketState) Label() string { return ticketStateLabels[s] }

// Priority is why a ticket goes before the others of its group (绿色通道), or "" for none.
type Priority string

// Priority reasons of the 绿色通道.
const (
	PriorityNone     Priority = ""
	PriorityElderly  Priority = "elderly"  // 70 years and older
	PriorityDisabled Priority = "disabled" // 残疾人
	PriorityMilitary Priority = "military" // 军人军属
	PriorityPregnant Priority = "pregnant" // 孕妇
)

// Priorities lists the priority reasons in display order.
var Priorities = []Priority{PriorityElderly, PriorityDisabled, PriorityMilitary, PriorityPregnant}

var priorityLabels = map[Priority]string{
	PriorityNone: "", PriorityElderly: "70岁以上老人", PriorityDisabled: "残疾人", PriorityMilitary: "军人军属", PriorityPregnant: "孕妇",
}

// Label is the reason's Chinese name ("" for none).
func (p Priority) Label() string { return priorityLabels[p] }

// Valid reports whether p is none or a known reason.
func (p Priority) Valid() bool { _, ok := priorityLabels[p]; return ok }

// ElderlyAge is the age from which a citizen goes by the 绿色通道.
const ElderlyAge = 70

// Ticket is one queue ticket as the clerks see it.
type Ticket struct {
	ID            int64       `json:"id"`
	Day           string      `json:"day"` // China date, YYYY-MM-DD
	GroupID       int64       `json:"groupId"`
	GroupName     string      `json:"groupName"`
	Number        string      `json:"number"` // A001; kept when transferred to another group
	Priority      Priority    `json:"priority"`
	PriorityLabel string      `json:"priorityLabel"`
	Status        TicketState `json:"status"`
	StatusLabel   string      `json:"statusLabel"`
	WindowNo      int         `json:"windowNo"`  // the window that called it (or serves it)
	ForWindow     int         `json:"forWindow"` // transferred to this window only; 0: any window of its group
	TransferredAt string      `json:"transferredAt"`
	ResidentID    int64       `json:"residentId"`
	ResidentName  string      `json:"residentName"` // masked (张某某)
	IDNumber      string      `json:"idNumber"`     // masked
	TakenAt       string      `json:"takenAt"`
	TakenBy       string      `json:"takenBy"`
	CalledAt      string      `json:"calledAt"`
	ServedAt      string      `json:"servedAt"`
	DoneAt        string      `json:"doneAt"`
	CaseID        int64       `json:"caseId"`
	QueryCode     string      `json:"queryCode"`
	Calls         int         `json:"calls"`
	Version       int64       `json:"version"`
}

// WithLabels fills the Chinese names of the state and priority.
func (t Ticket) WithLabels() Ticket {
	t.StatusLabel, t.PriorityLabel = t.Status.Label(), t.Priority.Label()
	return t
}

// TicketNumber is the number of the seq-th ticket of a group's day: A001 … A999.
func TicketNumber(prefix string, seq int) (string, error) {
	if seq < 1 || seq > TicketsPerDayMax {
		return "", Conflict("今日“" + prefix + "”字头的号码已全部发完，请改取其他队列或明日再来")
	}
	return fmt.Sprintf("%s%03d", prefix, seq), nil
}

// TicketRequest is a citizen's (or the reception desk's) request for a ticket: the group, an
// optional ID number (so the clerk's intake opens with the resident found) and a priority reason.
type TicketRequest struct {
	GroupID  int64    `json:"groupId"`
	IDNumber string   `json:"idNumber"`
	Priority Priority `json:"priority"`
}

// Check validates the request as of today (China date) and normalizes the ID number; a citizen
// of 70 or older goes by the 绿色通道 without asking.
func (r *TicketRequest) Check(today time.Time) error {
	var p Problems
	if r.GroupID <= 0 {
		p.Add("groupId", "请选择要办理的业务")
	}
	if !r.Priority.Valid() {
		p.Add("priority", "请选择绿色通道的类别")
	}
	r.IDNumber = strings.TrimSpace(r.IDNumber)
	if r.IDNumber != "" {
		id, err := idcard.Parse(r.IDNumber, today)
		if err != nil {
			p.Add("idNumber", err.Error())
		} else {
			r.IDNumber = id.Number
			if r.Priority == PriorityNone && id.Age(today) >= ElderlyAge {
				r.Priority = PriorityElderly
			}
		}
	}
	return p.Err()
}

// TicketAction is what a window does with a ticket.
type TicketAction string

// Ticket actions.
const (
	TicketCall     TicketAction = "call"     // 叫号 (call next)
	TicketRecall   TicketAction = "recall"   // 重呼, also a no-show called back later
	TicketMissed   TicketAction = "noshow"   // 未到
	TicketStart    TicketAction = "start"    // 开始受理
	TicketFinish   TicketAction = "finish"   // 办结 with no case
	TicketIntake   TicketAction = "intake"   // a case was taken with the ticket: it is done
	TicketTransfer TicketAction = "transfer" // 转移 to another window or group
)

// ticketMoves is the state machine: the states each action leaves from and where it goes.
var ticketMoves = map[TicketAction]struct {
	from []TicketState
	to   TicketState
}{
	TicketCall:     {[]TicketState{TicketWaiting}, TicketCalled},
	TicketRecall:   {[]TicketState{TicketCalled, TicketNoShow}, TicketCalled},
	TicketMissed:   {[]TicketState{TicketCalled}, TicketNoShow},
	TicketStart:    {[]TicketState{TicketCalled}, TicketServing},
	TicketFinish:   {[]TicketState{TicketCalled, TicketServing}, TicketDone},
	TicketIntake:   {[]TicketState{TicketCalled, TicketServing}, TicketDone},
	TicketTransfer: {[]TicketState{TicketCalled, TicketServing}, TicketWaiting},
}

// MoveTicket checks that window w may do action a on ticket t and returns the ticket's new
// state. current is the ticket the window holds now (called or serving), if any: a window holds
// one citizen at a time, so it cannot call another before it is done with (or gave up on) the one
// it has.
func MoveTicket(t Ticket, w QueueWindow, a TicketAction, current *Ticket) (TicketState, error) {
	m, ok := ticketMoves[a]
	if !ok {
		return "", Invalid("action", "未知的叫号操作")
	}
	if !slices.Contains(m.from, t.Status) {
		return "", Conflict(t.Number + "号当前" + t.Status.Label() + "，不能" + actionLabel(a))
	}
	switch a {
	case TicketCall:
		if w.Paused {
			return "", Conflict("窗口已暂停服务，请先恢复")
		}
		if current != nil {
			return "", Conflict("请先处理当前的" + current.Number + "号（办结、转移或标记未到）")
		}
		if !CallableBy(t, w) {
			return "", Conflict(t.Number + "号不在本窗口办理的队列中")
		}
	case TicketRecall:
		if t.Status == TicketNoShow {
			if w.Paused {
				return "", Conflict("窗口已暂停服务，请先恢复")
			}
			if current != nil && current.ID != t.ID {
				return "", Conflict("请先处理当前的" + current.Number + "号（办结、转移或标记未到）")
			}
			if t.WindowNo != w.No && !w.Serves(t.GroupID) {
				return "", Conflict(t.Number + "号不在本窗口办理的队列中")
			}
			break
		}
		fallthrough
	default:
		if t.WindowNo != w.No {
			return "", Conflict(t.Number + "号不在本窗口")
		}
	}
	return m.to, nil
}

func actionLabel(a TicketAction) string {
	return map[TicketAction]string{TicketCall: "叫号", TicketRecall: "重呼", TicketMissed: "标记未到", TicketStart: "开始受理",
		TicketFinish: "办结", TicketIntake: "受理办件", TicketTransfer: "转移"}[a]
}

// TicketMove is a transfer: to one window (ToWindow), or to another group (ToGroupID), whose
// windows then call it.
type TicketMove struct {
	TicketID  int64 `json:"ticketId"`
	ToWindow  int   `json:"toWindow"`
	ToGroupID int64 `json:"toGroupId"`
}

// CheckTransfer validates a transfer of t from window from against the hall's windows and
// groups.
func CheckTransfer(mv TicketMove, t Ticket, from QueueWindow, windows []QueueWindow, groups []QueueGroup) error {
	switch {
	case (mv.ToWindow == 0) == (mv.ToGroupID == 0):
		return Invalid("toWindow", "请选择转往的窗口或队列（二选一）")
	case mv.ToWindow != 0:
		if mv.ToWindow == from.No {
			return Invalid("toWindow", "不能转给本窗口")
		}
		if !slices.ContainsFunc(windows, func(w QueueWindow) bool { return w.No == mv.ToWindow }) {
			return Invalid("toWindow", "没有该窗口")
		}
	default:
		if mv.ToGroupID == t.GroupID {
			return Invalid("toGroupId", t.Number+"号已在该队列")
		}
		if !slices.ContainsFunc(groups, func(g QueueGroup) bool { return g.ID == mv.ToGroupID && g.Active }) {
			return Invalid("toGroupId", "没有该队列或该队列已停用")
		}
	}
	return nil
}

// CallableBy reports whether window w may call the waiting ticket t: a ticket transferred to a
// window is that window's alone; the others go to any window serving their group.
func CallableBy(t Ticket, w QueueWindow) bool {
	if t.ForWindow != 0 {
		return t.ForWindow == w.No
	}
	return w.Serves(t.GroupID)
}

// QueueBefore reports whether waiting ticket a is called before b. A transferred citizen goes
// to the head, not the back: they already waited their turn and were served once, and the hall
// sends them on (首问负责); queuing again from the back would make them wait twice for the hall's
// own hand-over. Then the 绿色通道 goes first, then the earliest taken.
func QueueBefore(a, b Ticket) bool { return queueCmp(a, b) < 0 }

func queueCmp(a, b Ticket) int {
	if c := cmp.Compare(boolRank(a.TransferredAt != ""), boolRank(b.TransferredAt != "")); c != 0 {
		return c
	}
	if a.TransferredAt != "" {
		if c := cmp.Compare(a.TransferredAt, b.TransferredAt); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(boolRank(a.Priority != PriorityNone), boolRank(b.Priority != PriorityNone)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.TakenAt, b.TakenAt); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// boolRank puts true first.
func boolRank(b bool) int {
	if b {
		return 0
	}
	return 1
}

// PickNext is the ticket window w calls next from the waiting tickets: of those it may call,
// the one first in line (QueueBefore). ok is false when no one waits for it.
func PickNext(w QueueWindow, waiting []Ticket) (next Ticket, ok bool) {
	for _, t := range waiting {
		if t.Status != TicketWaiting || !CallableBy(t, w) {
			continue
		}
		if !ok || QueueBefore(t, next) {
			next, ok = t, true
		}
	}
	return next, ok
}

// Ahead is how many of the waiting tickets are in line before t in its own line (its group, or
// the window it was transferred to).
func Ahead(t Ticket, waiting []Ticket) int {
	n := 0
	for _, u := range waiting {
		if u.ID == t.ID || u.Status != TicketWaiting || u.ForWindow != t.ForWindow {
			continue
		}
		if (t.ForWindow != 0 || u.GroupID == t.GroupID) && QueueBefore(u, t) {
			n++
		}
	}
	return n
}
