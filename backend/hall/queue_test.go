package hall

import (
	"testing"
	"time"

	"halldesk/backend/idcard"
)

func idNumber(birth string) string {
	first17 := "150221" + birth + "123"
	return first17 + string(idcard.CheckChar(first17))
}

func TestMoveTicket(t *testing.T) {
	w1 := QueueWindow{No: 1, Name: "医保", GroupIDs: []int64{1}}
	paused := w1
	paused.Paused = true
	w2 := QueueWindow{No: 2, Name: "低保", GroupIDs: []int64{2}}
	at := func(s TicketState, win int) Ticket {
		return Ticket{ID: 7, Number: "A007", GroupID: 1, Status: s, WindowNo: win}
	}
	other := &Ticket{ID: 8, Number: "A008", Status: TicketCalled, WindowNo: 1}
	cases := []struct {
		name    string
		t       Ticket
		w       QueueWindow
		a       TicketAction
		current *Ticket
		want    TicketState
		code    Code
	}{
		{"call waiting", at(TicketWaiting, 0), w1, TicketCall, nil, TicketCalled, ""},
		{"call when paused", at(TicketWaiting, 0), paused, TicketCall, nil, "", CodeConflict},
		{"call while holding another", at(TicketWaiting, 0), w1, TicketCall, other, "", CodeConflict},
		{"call other group", at(TicketWaiting, 0), w2, TicketCall, nil, "", CodeConflict},
		{"call called", at(TicketCalled, 1), w1, TicketCall, nil, "", CodeConflict},
		{"recall called", at(TicketCalled, 1), w1, TicketRecall, nil, TicketCalled, ""},
		{"recall at another window", at(TicketCalled, 1), w2, TicketRecall, nil, "", CodeConflict},
		{"recall no-show", at(TicketNoShow, 1), w1, TicketRecall, nil, TicketCalled, ""},
		{"recall no-show while holding another", at(TicketNoShow, 1), w1, TicketRecall, other, "", CodeConflict},
		{"recall no-show when paused", at(TicketNoShow, 1), paused, TicketRecall, nil, "", CodeConflict},
		{"recall no-show of another group", at(TicketNoShow, 1), w2, TicketRecall, nil, "", CodeConflict},
		{"recall done", at(TicketDone, 1), w1, TicketRecall, nil, "", CodeConflict},
		{"no-show called", at(TicketCalled, 1), w1, TicketMissed, nil, TicketNoShow, ""},
		{"no-show serving", at(TicketServing, 1), w1, TicketMissed, nil, "", CodeConflict},
		{"no-show waiting", at(TicketWaiting, 0), w1, TicketMissed, nil, "", CodeConflict},
		{"start called", at(TicketCalled, 1), w1, TicketStart, nil, TicketServing, ""},
		{"start at another window", at(TicketCalled, 1), w2, TicketStart, nil, "", CodeConflict},
		{"start no-show", at(TicketNoShow, 1), w1, TicketStart, nil, "", CodeConflict},
		{"finish serving", at(TicketServing, 1), w1, TicketFinish, nil, TicketDone, ""},
		{"finish called", at(TicketCalled, 1), w1, TicketFinish, nil, TicketDone, ""},
		{"finish done", at(TicketDone, 1), w1, TicketFinish, nil, "", CodeConflict},
		{"intake serving", at(TicketServing, 1), w1, TicketIntake, nil, TicketDone, ""},
		{"intake waiting", at(TicketWaiting, 0), w1, TicketIntake, nil, "", CodeConflict},
		{"transfer serving", at(TicketServing, 1), w1, TicketTransfer, nil, TicketWaiting, ""},
		{"transfer from another window", at(TicketServing, 1), w2, TicketTransfer, nil, "", CodeConflict},
		{"transfer no-show", at(TicketNoShow, 1), w1, TicketTransfer, nil, "", CodeConflict},
		{"unknown action", at(TicketCalled, 1), w1, "dance", nil, "", CodeInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := MoveTicket(c.t, c.w, c.a, c.current)
			if c.code != "" {
				if !IsCode(err, c.code) {
					t.Fatalf("err = %v, want %s", err, c.code)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("MoveTicket = %q, %v; want %q", got, err, c.want)
			}
		})
	}
}

func TestPickNext(t *testing.T) {
	w := QueueWindow{No: 3, GroupIDs: []int64{1, 2}}
	tk := func(id, group int64, taken string, p Priority) Ticket {
		return Ticket{ID: id, GroupID: group, Status: TicketWaiting, TakenAt: taken, Priority: p, Number: "X"}
	}
	cases := []struct {
		name    string
		waiting []Ticket
		want    int64
	}{
		{"none", nil, 0},
		{"earliest taken across groups", []Ticket{tk(1, 1, "09:05", ""), tk(2, 2, "09:01", ""), tk(3, 1, "09:03", "")}, 2},
		{"same second: lower id", []Ticket{tk(5, 1, "09:01", ""), tk(4, 2, "09:01", "")}, 4},
		{"priority first", []Ticket{tk(1, 1, "09:00", ""), tk(2, 2, "09:30", PriorityPregnant)}, 2},
		{"other groups not served", []Ticket{tk(1, 9, "08:00", PriorityElderly), tk(2, 2, "09:30", "")}, 2},
		{"only other groups", []Ticket{tk(1, 9, "08:00", "")}, 0},
		{"transferred to this window first", []Ticket{tk(1, 1, "08:00", PriorityElderly),
			{ID: 2, GroupID: 9, Status: TicketWaiting, TakenAt: "09:00", ForWindow: 3, TransferredAt: "10:00"}}, 2},
		{"transferred to another window not ours", []Ticket{tk(1, 1, "09:00", ""),
			{ID: 2, GroupID: 1, Status: TicketWaiting, TakenAt: "08:00", ForWindow: 4, TransferredAt: "10:00"}}, 1},
		{"transferred into a group goes to its head", []Ticket{tk(1, 1, "08:00", PriorityElderly),
			{ID: 2, GroupID: 2, Status: TicketWaiting, TakenAt: "09:00", TransferredAt: "10:00"}}, 2},
		{"not waiting ignored", []Ticket{{ID: 1, GroupID: 1, Status: TicketNoShow, TakenAt: "07:00"}, tk(2, 1, "09:00", "")}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := PickNext(w, c.waiting)
			if c.want == 0 {
				if ok {
					t.Fatalf("picked %d, want none", got.ID)
				}
				return
			}
			if !ok || got.ID != c.want {
				t.Fatalf("picked %d (ok %v), want %d", got.ID, ok, c.want)
			}
		})
	}
}

func TestAhead(t *testing.T) {
	waiting := []Ticket{
		{ID: 1, GroupID: 1, Status: TicketWaiting, TakenAt: "09:00"},
		{ID: 2, GroupID: 2, Status: TicketWaiting, TakenAt: "09:01"},
		{ID: 3, GroupID: 1, Status: TicketWaiting, TakenAt: "09:02"},
		{ID: 4, GroupID: 1, Status: TicketWaiting, TakenAt: "09:03", Priority: PriorityDisabled},
		{ID: 5, GroupID: 1, Status: TicketWaiting, TakenAt: "09:04"},
	}
	for _, c := range []struct {
		id   int64
		want int
	}{{1, 1}, {2, 0}, {3, 2}, {4, 0}, {5, 3}} {
		if got := Ahead(waiting[c.id-1], waiting); got != c.want {
			t.Errorf("Ahead(%d) = %d, want %d", c.id, got, c.want)
		}
	}
}

func TestTicketRequestCheck(t *testing.T) {
	today := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		in    TicketRequest
		want  Priority
		field string
	}{
		{"plain", TicketRequest{GroupID: 1}, PriorityNone, ""},
		{"no group", TicketRequest{}, "", "groupId"},
		{"70 today goes by the green channel", TicketRequest{GroupID: 1, IDNumber: idNumber("19561206")}, PriorityElderly, ""},
		{"69 does not", TicketRequest{GroupID: 1, IDNumber: idNumber("19561207")}, PriorityNone, ""},
		{"chosen reason kept", TicketRequest{GroupID: 1, IDNumber: idNumber("19401206"), Priority: PriorityMilitary}, PriorityMilitary, ""},
		{"bad check digit", TicketRequest{GroupID: 1, IDNumber: idNumber("19561206")[:17] + "0"}, "", "idNumber"},
		{"bad reason", TicketRequest{GroupID: 1, Priority: "vip"}, "", "priority"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := c.in
			err := in.Check(today)
			if c.field != "" {
				if !IsCode(err, CodeInvalid) || !hasField(err, c.field) {
					t.Fatalf("err = %v, want invalid %s", err, c.field)
				}
				return
			}
			if err != nil || in.Priority != c.want {
				t.Fatalf("priority %q, err %v; want %q", in.Priority, err, c.want)
			}
		})
	}
}

func hasField(err error, field string) bool {
	e := AsError(err)
	if e.Field == field {
		return true
	}
	for _, p := range e.Fields {
		if p.Field == field {
			return true
		}
	}
	return false
}

func TestTicketNumber(t *testing.T) {
	for _, c := range []struct {
		seq  int
		want string
	}{{1, "A001"}, {42, "A042"}, {999, "A999"}, {1000, ""}, {0, ""}} {
		got, err := TicketNumber("A", c.seq)
		if c.want == "" {
			if !IsCode(err, CodeConflict) {
				t.Errorf("seq %d: err %v, want conflict", c.seq, err)
			}
			continue
		}
		if got != c.want || err != nil {
			t.Errorf("seq %d: %q %v, want %q", c.seq, got, err, c.want)
		}
	}
}

func TestCheckTransfer(t *testing.T) {
	windows := []QueueWindow{{No: 1}, {No: 2}}
	groups := []QueueGroup{{ID: 1, Active: true}, {ID: 2, Active: true}, {ID: 3}}
	tk := Ticket{GroupID: 1, Number: "A001"}
	cases := []struct {
		name string
		mv   TicketMove
		ok   bool
	}{
		{"to window", TicketMove{ToWindow: 2}, true},
		{"to group", TicketMove{ToGroupID: 2}, true},
		{"neither", TicketMove{}, false},
		{"both", TicketMove{ToWindow: 2, ToGroupID: 2}, false},
		{"to itself", TicketMove{ToWindow: 1}, false},
		{"to no such window", TicketMove{ToWindow: 9}, false},
		{"to its own group", TicketMove{ToGroupID: 1}, false},
		{"to a stopped group", TicketMove{ToGroupID: 3}, false},
	}
	for _, c := range cases {
		err := CheckTransfer(c.mv, tk, windows[0], windows, groups)
		if c.ok != (err == nil) || (err != nil && !IsCode(err, CodeInvalid)) {
			t.Errorf("%s: err %v", c.name, err)
		}
	}
}

func TestQueueConfigChecks(t *testing.T) {
	qs := DefaultQueueSettings()
	if err := qs.Check(); err != nil {
		t.Fatal(err)
	}
	bad := QueueSettings{Speech: "请到窗口", KioskSeconds: 5, TicketPaper: "a4", NoShowMinutes: 0}
	if err := bad.Check(); len(AsError(err).Fields) != 4 {
		t.Errorf("bad settings: %v", err)
	}
	for _, c := range []struct {
		g  QueueGroup
		ok bool
	}{{QueueGroup{Prefix: " a ", Name: "医保养老"}, true}, {QueueGroup{Prefix: "AB", Name: "x"}, false},
		{QueueGroup{Prefix: "1", Name: "x"}, false}, {QueueGroup{Prefix: "B"}, false}} {
		g := c.g
		if err := g.Check(); (err == nil) != c.ok {
			t.Errorf("%+v: %v", c.g, err)
		}
	}
	for _, c := range []struct {
		w  QueueWindow
		ok bool
	}{{QueueWindow{No: 1, Name: "一", GroupIDs: []int64{1}}, true}, {QueueWindow{No: 100, Name: "一", GroupIDs: []int64{1}}, false},
		{QueueWindow{No: 1, Name: "一"}, false}, {QueueWindow{No: 1, GroupIDs: []int64{1}}, false}} {
		w := c.w
		if err := w.Check(); (err == nil) != c.ok {
			t.Errorf("%+v: %v", c.w, err)
		}
	}
}
