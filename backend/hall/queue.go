package hall

import (
	"slices"
	"strings"
)

// QueueGroup is one queue of the hall (A 医保养老, B 低保救助 …): tickets of a group are numbered
// with its letter prefix and called by the windows that serve it. ItemIDs are the catalog items
// it is for, so the kiosk can say what each group handles.
type QueueGroup struct {
	ID        int64    `json:"id"`
	Prefix    string   `json:"prefix"` // one letter A–Z, unique
	Name      string   `json:"name"`
	ItemIDs   []int64  `json:"itemIds"`
	ItemNames []string `json:"itemNames"`
	Active    bool     `json:"active"`
	Position  int      `json:"position"` // display order on the kiosk
	Version   int64    `json:"version"`
}

// Queue limits.
const (
	QueueGroupNameMax  = 12
	QueueWindowNameMax = 12
	QueueSpeechMax     = 60
	TicketsPerDayMax   = 999 // A001 … A999 per group and day
)

// Check validates a group, every problem at once.
func (g *QueueGroup) Check() error {
	var p Problems
	g.Prefix = strings.ToUpper(strings.TrimSpace(g.Prefix))
	g.Name = strings.TrimSpace(g.Name)
	if len(g.Prefix) != 1 || g.Prefix[0] < 'A' || g.Prefix[0] > 'Z' {
		p.Add("prefix", "号码字头须是一个大写字母（A–Z）")
	}
	if g.Name == "" {
		p.Add("name", "请填写队列名称（如：医保养老）")
	} else if Chars(g.Name) > QueueGroupNameMax {
		p.Add("name", "队列名称不能超过12个字")
	}
	return p.Err()
}

// QueueWindow is one service window of the hall: its number (1–99, as the call screen says it),
// a name, the groups it calls from, the operator whose seat it is tied to, and whether it is
// paused (暂停服务: it calls no one until resumed).
type QueueWindow struct {
	No           int      `json:"no"`
	Name         string   `json:"name"`
	GroupIDs     []int64  `json:"groupIds"`
	GroupNames   []string `json:"groupNames"`
	OperatorID   int64    `json:"operatorId"` // 0: no operator tied yet
	OperatorName string   `json:"operatorName"`
	Paused       bool     `json:"paused"`
	Version      int64    `json:"version"`
}

// Check validates a window, every problem at once.
func (w *QueueWindow) Check() error {
	var p Problems
	w.Name = strings.TrimSpace(w.Name)
	if w.No < 1 || w.No > WindowMax {
		p.Add("no", "窗口号须是1–99")
	}
	if w.Name == "" {
		p.Add("name", "请填写窗口名称（如：医保窗口）")
	} else if Chars(w.Name) > QueueWindowNameMax {
		p.Add("name", "窗口名称不能超过12个字")
	}
	if len(w.GroupIDs) == 0 {
		p.Add("groupIds", "请选择该窗口办理的队列")
	}
	return p.Err()
}

// Serves reports whether the window calls tickets of group id.
func (w QueueWindow) Serves(groupID int64) bool { return slices.Contains(w.GroupIDs, groupID) }

// QueueSettings are the queue's hall-wide settings, editable by the administrator.
type QueueSettings struct {
	Speech        string `json:"speech"`        // the call screen's spoken text, with {号码} and {窗口}
	KioskSeconds  int    `json:"kioskSeconds"`  // the kiosk goes back to its start after this long
	TicketPaper   string `json:"ticketPaper"`   // "80mm" (thermal roll) or "a6"
	NoShowMinutes int    `json:"noShowMinutes"` // a hint for the clerk: after this long a called citizen may be marked 未到
}

// DefaultSpeech is the spoken call text a new hall starts with.
const DefaultSpeech = "请{号码}号到{窗口}号窗口办理"

// DefaultQueueSettings are the settings of a hall that has not changed them.
func DefaultQueueSettings() QueueSettings {
	return QueueSettings{Speech: DefaultSpeech, KioskSeconds: 30, TicketPaper: "80mm", NoShowMinutes: 3}
}

// Check validates the settings, every problem at once.
func (s *QueueSettings) Check() error {
	var p Problems
	s.Speech = strings.TrimSpace(s.Speech)
	if !strings.Contains(s.Speech, "{号码}") || !strings.Contains(s.Speech, "{窗口}") {
		p.Add("speech", "叫号语音须包含{号码}和{窗口}")
	} else if Chars(s.Speech) > QueueSpeechMax {
		p.Add("speech", "叫号语音不能超过60个字")
	}
	if s.KioskSeconds < 10 || s.KioskSeconds > 300 {
		p.Add("kioskSeconds", "取号机返回首页的时间须在10–300秒之间")
	}
	if s.TicketPaper != "80mm" && s.TicketPaper != "a6" {
		p.Add("ticketPaper", "号票纸张只能是80毫米热敏纸或A6")
	}
	if s.NoShowMinutes < 1 || s.NoShowMinutes > 30 {
		p.Add("noShowMinutes", "过号提示时间须在1–30分钟之间")
	}
	return p.Err()
}

// QueueBoard is what the call screen shows: the current number of every window, the last six
// calls (newest first), who waits per group, and the spoken text template.
type QueueBoard struct {
	HallName string        `json:"hallName"`
	Date     string        `json:"date"` // China date, YYYY-MM-DD
	Windows  []BoardWindow `json:"windows"`
	Recent   []BoardCall   `json:"recent"`
	Waiting  []BoardGroup  `json:"waiting"`
	Speech   string        `json:"speech"`
}

// BoardWindow is one window on the call screen.
type BoardWindow struct {
	No      int    `json:"no"`
	Name    string `json:"name"`
	Current string `json:"current"` // the number it called last and serves now, "" for none
	Paused  bool   `json:"paused"`
}

// BoardCall is one call (or recall) of a number to a window; Seq orders the calls.
type BoardCall struct {
	Number     string `json:"number"`
	WindowNo   int    `json:"windowNo"`
	WindowName string `json:"windowName"`
	At         string `json:"at"`
	Seq        int64  `json:"seq"`
}

// BoardGroup is how many wait in one group.
type BoardGroup struct {
	Prefix  string `json:"prefix"`
	Name    string `json:"name"`
	Waiting int    `json:"waiting"`
}

// TicketStatus is what the lookup terminal tells about a ticket from its query code: no
// personal data.
type TicketStatus struct {
	Number      string `json:"number"`
	GroupName   string `json:"groupName"`
	Status      string `json:"status"`      // TicketState code
	StatusLabel string `json:"statusLabel"` // 等候中, 已叫号 …
	Ahead       int    `json:"ahead"`       // people ahead while waiting
	WindowNo    int    `json:"windowNo"`
	WindowName  string `json:"windowName"`
	Day         string `json:"day"`
}

// Audit actions of the queue.
const (
	ActTakeTicket = "取号"
	ActCallTicket = "叫号"
	ActRecall     = "重呼"
	ActNoShow     = "未到"
	ActServe      = "开始受理"
	ActFinish     = "办结号票"
	ActTransfer   = "转移"
	ActPause      = "暂停服务"
	ActResume     = "恢复服务"
)

// QueueTicketEntity is the audit log's name for a ticket.
const QueueTicketEntity = "号票"
