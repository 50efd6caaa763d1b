package app

import (
	"context"
	"encoding/base64"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// QueueService runs the hall's queue (排队叫号): tickets at the kiosk and the reception desk, the
// call screen's board, the clerk's window (call, recall, no-show, transfer, pause, serve) and the
// administrator's groups, windows and settings. Every change publishes a "queue" event, every
// call and recall a "call" event, so screens and headers re-read at once.
type QueueService struct {
	c    *Core
	seat *Seat
}

// Hall events of the queue.
const (
	EventCall  = "call"  // a number called (or recalled) to a window; Data is hall.BoardCall
	EventQueue = "queue" // who waits or who is served changed: listeners re-read the board
)

// KioskMenu is what the kiosk offers: the hall, the groups to choose from (with how many wait),
// the 绿色通道 reasons, and how long it shows a ticket before going back to its start.
type KioskMenu struct {
	HallName     string        `json:"hallName"`
	Groups       []KioskGroup  `json:"groups"`
	Priorities   []PriorityTag `json:"priorities"`
	KioskSeconds int           `json:"kioskSeconds"`
}

// KioskGroup is one button of the kiosk.
type KioskGroup struct {
	ID        int64    `json:"id"`
	Prefix    string   `json:"prefix"`
	Name      string   `json:"name"`
	ItemNames []string `json:"itemNames"`
	Waiting   int      `json:"waiting"`
}

// PriorityTag is one 绿色通道 reason to choose.
type PriorityTag struct {
	Value hall.Priority `json:"value"`
	Label string        `json:"label"`
}

// TicketSlip is a ticket as the citizen gets it: on the kiosk's screen and on paper (PDF, a
// base64 document ready to print). The only personal datum is the masked name of the resident
// found by the ID number typed.
type TicketSlip struct {
	TicketID     int64    `json:"ticketId"`
	Number       string   `json:"number"`
	GroupName    string   `json:"groupName"`
	Ahead        int      `json:"ahead"`
	TakenAt      string   `json:"takenAt"` // China time, as printed
	Priority     string   `json:"priority"`
	QueryCode    string   `json:"queryCode"`
	ResidentName string   `json:"residentName"` // masked (张某某); "" when no resident was found
	HallName     string   `json:"hallName"`
	PDF          Document `json:"pdf"`
}

// Groups is the kiosk's menu (device role kiosk).
func (s *QueueService) Groups() (KioskMenu, error) {
	return runDevice(s.c, s.seat, []hall.DeviceRole{hall.DeviceKiosk}, func(ctx context.Context, dev hall.Device) (KioskMenu, error) {
		return s.c.kioskMenu(ctx)
	})
}

// DeskGroups is the reception desk's menu for taking a ticket for a citizen.
func (s *QueueService) DeskGroups() (KioskMenu, error) {
	return run(s.c, s.seat, hall.PermIssueTickets, func(ctx context.Context, op hall.Operator) (KioskMenu, error) {
		return s.c.kioskMenu(ctx)
	})
}

func (c *Core) kioskMenu(ctx context.Context) (KioskMenu, error) {
	hs, err := c.Store.Settings(ctx)
	if err != nil {
		return KioskMenu{}, err
	}
	qs, err := c.Store.QueueSettings(ctx)
	if err != nil {
		return KioskMenu{}, err
	}
	groups, err := c.Store.QueueGroups(ctx, true)
	if err != nil {
		return KioskMenu{}, err
	}
	board, err := c.Store.QueueBoard(ctx)
	if err != nil {
		return KioskMenu{}, err
	}
	m := KioskMenu{HallName: hs.HallName, Groups: []KioskGroup{}, KioskSeconds: qs.KioskSeconds}
	for _, g := range groups {
		kg := KioskGroup{ID: g.ID, Prefix: g.Prefix, Name: g.Name, ItemNames: g.ItemNames}
		for _, w := range board.Waiting {
			if w.Prefix == g.Prefix {
				kg.Waiting = w.Waiting
			}
		}
		m.Groups = append(m.Groups, kg)
	}
	for _, p := range hall.Priorities {
		m.Priorities = append(m.Priorities, PriorityTag{Value: p, Label: p.Label()})
	}
	return m, nil
}

// Take issues a ticket at the kiosk (device role kiosk), audited under the kiosk's name. The
// PDF comes back with it for the kiosk's browser to print.
func (s *QueueService) Take(req hall.TicketRequest) (TicketSlip, error) {
	return runDevice(s.c, s.seat, []hall.DeviceRole{hall.DeviceKiosk}, func(ctx context.Context, dev hall.Device) (TicketSlip, error) {
		slip, data, err := s.c.takeTicket(ctx, dev.Actor(), req)
		if err != nil {
			return slip, err
		}
		slip.PDF = Document{FileName: "排队号票-" + slip.Number + ".pdf", Base64: base64.StdEncoding.EncodeToString(data)}
		return slip, nil
	})
}

// Issue takes a ticket for a citizen at the reception desk and prints it there.
func (s *QueueService) Issue(req hall.TicketRequest) (TicketSlip, error) {
	return run(s.c, s.seat, hall.PermIssueTickets, func(ctx context.Context, op hall.Operator) (TicketSlip, error) {
		slip, data, err := s.c.takeTicket(ctx, actor(op), req)
		if err != nil {
			return slip, err
		}
		// A queue slip is no document of record (it carries its own query code): it is not
		// numbered and registered as the hall's documents are, only saved or handed over.
		name := "排队号票-" + slip.Number
		slip.PDF, err = s.c.deliverFile(ctx, Document{FileName: name + ".pdf"}, name, ".pdf", data)
		return slip, err
	})
}

// takeTicket checks the request, stores the ticket, lays out its PDF and tells the screens.
func (c *Core) takeTicket(ctx context.Context, a hall.Actor, req hall.TicketRequest) (TicketSlip, []byte, error) {
	if err := req.Check(c.today()); err != nil {
		return TicketSlip{}, nil, err
	}
	code, err := hall.NewQueryCode()
	if err != nil {
		return TicketSlip{}, nil, err
	}
	t, ahead, err := c.Store.TakeTicket(ctx, a, req, code)
	if err != nil {
		return TicketSlip{}, nil, err
	}
	c.publish(hall.HallEvent{Kind: EventQueue})
	hs, err := c.Store.Settings(ctx)
	if err != nil {
		return TicketSlip{}, nil, err
	}
	qs, err := c.Store.QueueSettings(ctx)
	if err != nil {
		return TicketSlip{}, nil, err
	}
	slip := TicketSlip{TicketID: t.ID, Number: t.Number, GroupName: t.GroupName, Ahead: ahead, TakenAt: chinaTime(t.TakenAt),
		Priority: t.PriorityLabel, QueryCode: t.QueryCode, ResidentName: t.ResidentName, HallName: hs.HallName}
	data, _, err := pdf.Ticket(pdf.TicketDoc{HallName: hs.HallName, Number: t.Number, GroupName: t.GroupName, Ahead: ahead,
		TakenAt: slip.TakenAt, Priority: slip.Priority, QueryCode: t.QueryCode}, qs.TicketPaper)
	return slip, data, err
}

// chinaTime reads a stored UTC time as the hall's clock shows it: 2026年12月6日 09:05.
func chinaTime(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.In(hall.China).Format("2006年1月2日 15:04")
}

// Board is what the call screen shows (device role screen).
func (s *QueueService) Board() (hall.QueueBoard, error) {
	return runDevice(s.c, s.seat, []hall.DeviceRole{hall.DeviceScreen}, func(ctx context.Context, dev hall.Device) (hall.QueueBoard, error) {
		return s.c.Store.QueueBoard(ctx)
	})
}

// HallBoard is the same board for the staff (the reception desk's and the clerks' view).
func (s *QueueService) HallBoard() (hall.QueueBoard, error) {
	return run(s.c, s.seat, hall.PermIssueTickets, func(ctx context.Context, op hall.Operator) (hall.QueueBoard, error) {
		return s.c.Store.QueueBoard(ctx)
	})
}

// CaseTicket is the ticket a case was taken with and how long the citizen waited (Found false
// when the case had none).
func (s *QueueService) CaseTicket(caseID int64) (CaseWait, error) {
	return run(s.c, s.seat, hall.PermViewCases, func(ctx context.Context, op hall.Operator) (CaseWait, error) {
		t, ok, err := s.c.Store.CaseTicket(ctx, caseID)
		if err != nil || !ok {
			return CaseWait{}, err
		}
		return CaseWait{Found: true, Number: t.Number, GroupName: t.GroupName, TakenAt: t.TakenAt, ServedAt: t.ServedAt,
			WaitMinutes: minutesBetween(t.TakenAt, t.ServedAt), WindowNo: t.WindowNo}, nil
	})
}

// CaseWait is a case's ticket: its number, when it was taken and served, and the wait between.
type CaseWait struct {
	Found       bool   `json:"found"`
	Number      string `json:"number"`
	GroupName   string `json:"groupName"`
	TakenAt     string `json:"takenAt"`
	ServedAt    string `json:"servedAt"`
	WaitMinutes int    `json:"waitMinutes"`
	WindowNo    int    `json:"windowNo"`
}

// minutesBetween is the whole minutes from one stored time to another (0 when either is missing).
func minutesBetween(from, to string) int {
	a, err1 := time.Parse(time.RFC3339, from)
	b, err2 := time.Parse(time.RFC3339, to)
	if err1 != nil || err2 != nil || b.Before(a) {
		return 0
	}
	return int(b.Sub(a) / time.Minute)
}

// InspectID explains an ID number typed at the kiosk (valid or why not, age), as the counter's
// ID field does; it looks nobody up.
func (s *QueueService) InspectID(number string) (hall.IDInfo, error) {
	return runDevice(s.c, s.seat, []hall.DeviceRole{hall.DeviceKiosk}, func(ctx context.Context, dev hall.Device) (hall.IDInfo, error) {
		if hall.TooLong(number, hall.MaxIDNumber) {
			return hall.IDInfo{Message: "身份证号码应为18位（旧版为15位）"}, nil
		}
		return hall.InspectID(number, s.c.Now().In(hall.China)), nil
	})
}
