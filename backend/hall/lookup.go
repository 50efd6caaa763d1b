package hall

import (
	"strconv"
	"time"
)

// The lookup terminal (查询机), and the kiosk's lookup panel, answer a query code (查询码) from a
// receipt, a notice or a queue ticket. The answer tells only what the citizen holding the paper
// needs: for a case the item, the stage (and for 待补正 what is still missing), the promised
// date, the clerk's name and the applicant's masked name (PrivateName); for a ticket its number,
// status and the people ahead. A code that is malformed and a code that matches nothing get the
// same answer, so the terminal never tells whether a case exists; and a device that keeps trying
// wrong codes is stopped (LookupLimit), so guessing a code is hopeless.

// ActLookup is the audit action of a lookup at a hall device.
const ActLookup = "查询进度"

// Limits on wrong codes per device: after LookupLimit wrong (or malformed) codes in any
// LookupWindow the device answers only LookupRefused until the window has moved on.
const (
	LookupLimit  = 10
	LookupWindow = 10 * time.Minute
)

// LookupNoMatch is the one answer to a code that matches nothing, malformed or not.
const LookupNoMatch = "未查到该查询码对应的办件或排队号。请核对回执、告知书或排队小票上的8位查询码后重新输入，或到服务窗口咨询。"

// LookupRefused is the device's answer once it has seen too many wrong codes.
func LookupRefused() error {
	return Forbidden("查询码输入错误次数过多，本机暂停查询。请到服务窗口咨询工作人员，或" +
		strconv.Itoa(int(LookupWindow/time.Minute)) + "分钟后再试。")
}

// Lookup kinds: what a query code turned out to be.
const (
	LookupCase   = "case"
	LookupTicket = "ticket"
	LookupNone   = "none"
)

// LookupAnswer is everything a lookup shows: exactly one of Case and Ticket, or neither with
// Message (LookupNoMatch).
type LookupAnswer struct {
	Kind    string        `json:"kind"` // LookupCase, LookupTicket or LookupNone
	Case    *CaseLookup   `json:"case"`
	Ticket  *TicketStatus `json:"ticket"`
	Message string        `json:"message"`
}

// CaseLookup is what the lookup terminal tells about a case: no number, no address, no phone,
// the applicant's name masked.
type CaseLookup struct {
	ItemName      string   `json:"itemName"`
	Stage         string   `json:"stage"`   // the status's Chinese name
	Missing       []string `json:"missing"` // for 待补正: the required materials still missing
	PromisedDate  string   `json:"promisedDate"`
	HandlerName   string   `json:"handlerName"`
	ApplicantName string   `json:"applicantName"` // masked: 张某某
}

// NoMatch is the answer to a code that matches nothing.
func NoMatch() LookupAnswer { return LookupAnswer{Kind: LookupNone, Message: LookupNoMatch} }

// LookupOfCase is what the lookup terminal tells about case c.
func LookupOfCase(c CaseRecord) LookupAnswer {
	l := CaseLookup{ItemName: c.ItemName, Stage: c.Status.Label(), Missing: []string{},
		HandlerName: c.HandlerName, ApplicantName: PrivateName(c.ApplicantName)}
	switch {
	case c.Status == StatusAwaiting:
		seen := map[string]bool{}
		for _, m := range c.Materials {
			if m.Required && !m.Received && !seen[m.Name] {
				seen[m.Name] = true
				l.Missing = append(l.Missing, m.Name)
			}
		}
		l.PromisedDate = "材料补齐后受理，办理时限自受理之日起计算"
	case c.Ledger == LedgerInstant:
		l.PromisedDate = "当场办结"
	case !c.DueDate.IsZero():
		l.PromisedDate = c.DueDate.String()
	}
	return LookupAnswer{Kind: LookupCase, Case: &l}
}

// LookupOfTicket is what the lookup terminal tells about a queue ticket.
func LookupOfTicket(t TicketStatus) LookupAnswer { return LookupAnswer{Kind: LookupTicket, Ticket: &t} }
