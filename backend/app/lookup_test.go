package app_test

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

var queryCodeInText = regexp.MustCompile(`查询码：([` + hall.QueryCodeAlphabet + `]{8})`)

// takeCase has the clerk take a 医保参保登记 case on 2025-03-10, missing the materials named.
func takeCase(t *testing.T, c *counter, missing ...string) hall.Case {
	t.Helper()
	yb := c.items["YB-01"]
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "大厅窗口", Received: materialNames(yb, missing...)})
	must(t, err)
	return cs
}

// receiptCode prints a case's receipt (or its one-time notice while it waits for materials) and
// reads the query code off the paper.
func receiptCode(t *testing.T, c *counter, cs hall.Case) string {
	t.Helper()
	doc, err := c.clerk.PrintReceipt(cs.ID)
	if cs.Status == hall.StatusAwaiting {
		doc, err = c.clerk.PrintNotice(cs.ID)
	}
	must(t, err)
	m := queryCodeInText.FindStringSubmatch(pdfTextOf(t, doc))
	if m == nil {
		t.Fatalf("%s prints no query code", doc.FileName)
	}
	return m[1]
}

// A lookup terminal answers a receipt's query code with the item, the stage (and what is
// missing while the case waits), the promised date, the clerk and the masked applicant, and
// nothing else; a wrong code and a malformed one get one and the same neutral answer; only
// lookup terminals and kiosks may ask; every lookup is audited under the device's name without
// the applicant's data.
func TestLookupAnswers(t *testing.T) {
	c := newCounter(t)
	admin := c.e.login("admin")
	c.at("2025-03-10")
	yb := c.items["YB-01"]
	done, waiting := takeCase(t, c), takeCase(t, c, yb.Materials[0].Name)
	if waiting.Status != hall.StatusAwaiting {
		t.Fatalf("a case without %s is %s, want it waiting for materials", yb.Materials[0].Name, waiting.Status)
	}
	codeDone, codeWaiting := receiptCode(t, c, done), receiptCode(t, c, waiting)
	if codeDone == codeWaiting {
		t.Fatal("two cases share a query code")
	}

	seat, dev := c.e.pairDevice(admin, "大厅查询机", hall.DeviceLookup, 0)
	lookup := app.ServiceOf[*app.LookupService](c.e.core, seat)
	got, err := lookup.Find(" " + strings.ToLower(codeDone[:4]) + " " + codeDone[4:] + "\n")
	must(t, err)
	want := hall.CaseLookup{ItemName: yb.Name, Stage: done.StatusLabel, Missing: []string{}, PromisedDate: done.DueDate.String(),
		HandlerName: "王丽娜", ApplicantName: "张某某"}
	if done.Ledger == hall.LedgerInstant {
		want.PromisedDate = "当场办结"
	}
	if got.Kind != hall.LookupCase || got.Case == nil || !reflect.DeepEqual(*got.Case, want) || got.Ticket != nil {
		t.Fatalf("lookup = %+v (case %+v), want %+v", got, got.Case, want)
	}
	got, err = lookup.Find("https://hall.example/#/lookup?code=" + codeWaiting)
	must(t, err)
	if got.Case == nil || got.Case.Stage != "待补正" || !reflect.DeepEqual(got.Case.Missing, []string{yb.Materials[0].Name}) {
		t.Fatalf("lookup of the waiting case = %+v", got.Case)
	}
	wire, _ := json.Marshal(got)
	for _, secret := range []string{"张伟", c.applicant.IDNumber, c.applicant.IDNumber[14:], "13812345678", "5678", waiting.Number, "巴图塔村"} {
		if strings.Contains(string(wire), secret) {
			t.Errorf("the lookup answer holds %q: %s", secret, wire)
		}
	}

	wrong, err := lookup.Find("ABCDEFGH")
	must(t, err)
	malformed, err := lookup.Find("12-3")
	must(t, err)
	if wrong.Kind != hall.LookupNone || wrong.Message == "" || !reflect.DeepEqual(wrong, malformed) {
		t.Errorf("a wrong code answers %+v, a malformed one %+v: want the same neutral answer", wrong, malformed)
	}

	kiosk, _ := c.e.pairDevice(admin, "一楼取号机", hall.DeviceKiosk, 0)
	if _, err := app.ServiceOf[*app.LookupService](c.e.core, kiosk).Find(codeDone); err != nil {
		t.Errorf("the kiosk may look up: %v", err)
	}
	pad, _ := c.e.pairDevice(admin, "1号窗口评价器", hall.DevicePad, 1)
	if _, err := app.ServiceOf[*app.LookupService](c.e.core, pad).Find(codeDone); codeOf(err) != hall.CodeUnpaired {
		t.Errorf("a rating pad looks up: %v", err)
	}
	if _, err := app.ServiceOf[*app.LookupService](c.e.core, admin.seat).Find(codeDone); codeOf(err) != hall.CodeUnpaired {
		t.Errorf("an operator's seat looks up as a device: %v", err)
	}

	log, err := admin.audit.List(hall.AuditQuery{Action: hall.ActLookup, PageSize: 50})
	must(t, err)
	if log.Total != 5 {
		t.Errorf("%d lookups audited, want 5", log.Total)
	}
	for _, l := range log.Items {
		if l.OperatorName != "设备："+dev.Name && l.OperatorName != "设备：一楼取号机" {
			t.Errorf("lookup audited under %q", l.OperatorName)
		}
		for _, secret := range []string{"张", c.applicant.IDNumber[14:], codeDone, codeWaiting} {
			if strings.Contains(l.Detail, secret) {
				t.Errorf("audit line %q holds %q", l.Detail, secret)
			}
		}
	}
}

// After hall.LookupLimit wrong or malformed codes in hall.LookupWindow a device is refused, even
// a right code, with a message sending the citizen to the counter; another device is not; the
// device may ask again once the window has moved on.
func TestLookupRateLimit(t *testing.T) {
	c := newCounter(t)
	admin := c.e.login("admin")
	c.at("2025-03-10")
	code := receiptCode(t, c, takeCase(t, c))
	seat, _ := c.e.pairDevice(admin, "大厅查询机", hall.DeviceLookup, 0)
	other, _ := c.e.pairDevice(admin, "二楼查询机", hall.DeviceLookup, 0)
	lookup := app.ServiceOf[*app.LookupService](c.e.core, seat)
	for i := range hall.LookupLimit {
		guess := "X"
		if i%2 == 0 {
			guess = "ZZZZZZZZ"
		}
		if a, err := lookup.Find(guess); err != nil || a.Kind != hall.LookupNone {
			t.Fatalf("wrong code %d: %+v, %v", i+1, a, err)
		}
		if i == 3 { // right codes in between do not count
			if a, err := lookup.Find(code); err != nil || a.Kind != hall.LookupCase {
				t.Fatalf("right code: %+v, %v", a, err)
			}
		}
	}
	_, err := lookup.Find(code)
	if e := wantCode(t, err, hall.CodeForbidden); !strings.Contains(e.Message, "服务窗口") {
		t.Errorf("refusal %q does not send the citizen to the counter", e.Message)
	}
	if a, err := app.ServiceOf[*app.LookupService](c.e.core, other).Find(code); err != nil || a.Kind != hall.LookupCase {
		t.Errorf("another device is refused too: %+v, %v", a, err)
	}
	c.e.clock.advance(hall.LookupWindow + time.Second)
	if a, err := lookup.Find(code); err != nil || a.Kind != hall.LookupCase {
		t.Errorf("after the window: %+v, %v", a, err)
	}
}

// A queue ticket's query code answers with the ticket's number, group, status and the people
// ahead, and nothing about the citizen who took it.
func TestLookupTicket(t *testing.T) {
	c := newCounter(t)
	admin := c.e.login("admin")
	c.at("2025-03-10")
	queue := app.ServiceOf[*app.QueueService](c.e.core, admin.seat)
	_, err := queue.SaveGroup(hall.QueueGroup{Prefix: "A", Name: "医保养老", ItemIDs: []int64{c.items["YB-01"].ID}, Active: true})
	must(t, err)
	kioskSeat, _ := c.e.pairDevice(admin, "一楼取号机", hall.DeviceKiosk, 0)
	kiosk := app.ServiceOf[*app.QueueService](c.e.core, kioskSeat)
	menu, err := kiosk.Groups()
	must(t, err)
	if len(menu.Groups) != 1 {
		t.Fatalf("kiosk menu %+v", menu)
	}
	first, err := kiosk.Take(hall.TicketRequest{GroupID: menu.Groups[0].ID, IDNumber: "11010519491231002X"}) // 张伟, as newCounter saved him
	must(t, err)
	second, err := kiosk.Take(hall.TicketRequest{GroupID: menu.Groups[0].ID})
	must(t, err)
	lookupSeat, _ := c.e.pairDevice(admin, "大厅查询机", hall.DeviceLookup, 0)
	lookup := app.ServiceOf[*app.LookupService](c.e.core, lookupSeat)
	for _, tc := range []struct {
		slip  app.TicketSlip
		ahead int
	}{{first, 0}, {second, 1}} {
		a, err := lookup.Find(tc.slip.QueryCode)
		must(t, err)
		if a.Kind != hall.LookupTicket || a.Case != nil || a.Ticket == nil || a.Ticket.Number != tc.slip.Number ||
			a.Ticket.Status != string(hall.TicketWaiting) || a.Ticket.Ahead != tc.ahead || a.Ticket.GroupName != "医保养老" {
			t.Errorf("lookup of ticket %s = %+v %+v", tc.slip.Number, a, a.Ticket)
		}
		wire, _ := json.Marshal(a)
		for _, secret := range []string{"张", c.applicant.IDNumber[14:]} {
			if strings.Contains(string(wire), secret) {
				t.Errorf("the ticket's answer holds %q: %s", secret, wire)
			}
		}
	}
}
