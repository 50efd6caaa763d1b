package hall

import (
	"regexp"
	"strconv"
	"time"

	"halldesk/backend/idcard"
)

// IntakeInput is the counter's intake form.
type IntakeInput struct {
	ApplicantID   int64    `json:"applicantId"`
	Agent         *Agent   `json:"agent"` // nil when the citizen applies in person
	ItemID        int64    `json:"itemId"`
	Ledger        string   `json:"ledger"` // empty: the item's default
	Source        string   `json:"source"`
	Summary       string   `json:"summary"`
	Received      []string `json:"received"`      // names of the materials handed in
	AcceptMissing bool     `json:"acceptMissing"` // accept although required materials are missing
	IntakeNote    string   `json:"intakeNote"`    // why, when accepting with materials missing
	TicketID      int64    `json:"ticketId"`      // the queue ticket the citizen waited with (0: none); the case keeps it
}

// Intake is a cleaned intake: the materials snapshot and whether the case waits for materials.
type Intake struct {
	IntakeInput
	Materials []CaseMaterial
	Missing   []string // required materials not handed in
	Waiting   bool     // the case starts as 待补正 (a one-time notice is printed)
}

// CleanIntake validates the form against the chosen service item as of today. Every bad field
// is reported at once (Problems).
func CleanIntake(in IntakeInput, item ServiceItem, today time.Time) (Intake, error) {
	var p Problems
	var err error
	out := Intake{IntakeInput: in}
	if in.ApplicantID <= 0 {
		p.Add("applicantId", "请选择申请人（可先查找群众，没有时新登记）")
	}
	if !item.Active {
		p.Add("itemId", "该服务事项已停用，请选择其他事项")
	}
	if out.Ledger == "" {
		out.Ledger = item.DefaultLedger
	}
	if _, ok := LedgerLetter[out.Ledger]; !ok {
		p.Add("ledger", "台账只能是即办、代办或上报")
	}
	if !oneOf(in.Source, Sources) {
		p.Add("source", "请选择办件来源")
	}
	out.Summary, err = CleanText("summary", "诉求摘要", in.Summary, MaxCaseSummary, false)
	p.Check(err)
	out.IntakeNote, err = CleanText("intakeNote", "受理说明", in.IntakeNote, MaxIntakeNote, false)
	p.Check(err)
	if in.Agent != nil {
		a := *in.Agent
		a.Name, err = CleanName("agent.name", "代办人姓名", a.Name, true)
		p.Check(err)
		if a.IDNumber != "" {
			if id, err := idcard.Parse(a.IDNumber, today); err != nil {
				p.Add("agent.idNumber", "代办人"+err.Error())
			} else {
				a.IDNumber = id.Number
			}
		}
		a.Relation, err = CleanText("agent.relation", "与申请人关系", a.Relation, MaxAgentRelation, true)
		p.Check(err)
		out.Agent = &a
	}
	received := map[string]bool{}
	for _, name := range in.Received {
		received[name] = true
	}
	for _, m := range item.Materials {
		cm := CaseMaterial{Name: m.Name, Original: m.Original, Copies: m.Copies, Required: m.Required, Note: m.Note, Received: received[m.Name]}
		delete(received, m.Name)
		if cm.Required && !cm.Received {
			out.Missing = append(out.Missing, m.Name)
		}
		out.Materials = append(out.Materials, cm)
	}
	for _, name := range in.Received {
		if received[name] {
			p.Add("received", "材料“"+truncate(name, 20)+"”不在该事项的材料清单中")
		}
	}
	if len(out.Missing) > 0 && in.AcceptMissing && out.IntakeNote == "" && !p.Has("intakeNote") {
		p.Add("intakeNote", "缺少必需材料仍受理时，请写明受理说明")
	}
	out.Waiting = len(out.Missing) > 0 && !in.AcceptMissing
	return out, p.Err()
}

// TransitionInput is an action on a case with what that action needs.
type TransitionInput struct {
	CaseID         int64    `json:"caseId"`
	Action         Action   `json:"action"`
	Note           string   `json:"note"`
	Received       []string `json:"received"`                      // materials_arrived: names now handed in
	Missing        []string `json:"missing"`                       // request_materials: listed materials to bring (again)
	Departments    string   `json:"departments"`                   // submit
	Meeting        *Meeting `json:"meeting"`                       // record_meeting
	Outcome        string   `json:"outcome"`                       // complete
	MonthlyAmount  string   `json:"monthlyAmount"`                 // complete, 低保 approved
	FirstPaidMonth string   `json:"firstPaidMonth"`                // complete, 低保 approved, YYYY-MM
	FeedbackMethod string   `json:"feedbackMethod"`                // feedback
	FeedbackDate   Date     `json:"feedbackDate" ts_type:"string"` // feedback (default today)
	ExtensionDays  int      `json:"extensionDays"`                 // extend
	Version        int64    `json:"version"`                       // the version of the case the clerk saw
}

var (
	amountRe = regexp.MustCompile(`^\d{1,6}(\.\d{1,2})?$`)
	monthRe  = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)
)

// CleanTransition checks that the action carries what it needs; itemRole is the role of the
// case's item (a 低保 approval, GrantsAllowance, needs its monthly amount and first month paid).
func CleanTransition(in TransitionInput, itemRole ItemRole, today time.Time) (TransitionInput, error) {
	var err error
	if in.Note, err = CleanText("note", "说明", in.Note, MaxCaseNote, false); err != nil {
		return in, err
	}
	require := func(field, label, v string, max int) (string, error) { return CleanText(field, label, v, max, true) }
	switch in.Action {
	case ActRequestMaterials:
		_, err = require("note", "需要补正的材料", in.Note, MaxCaseNote)
	case ActSubmit:
		in.Departments, err = require("departments", "报送部门", in.Departments, MaxDepartments)
	case ActRecordMeeting:
		if in.Meeting == nil {
			return in, Invalid("meeting.date", "请填写联席会议情况")
		}
		m := *in.Meeting
		if m.Date.IsZero() { // a date that is not one was refused by the JSON decoder
			return in, Invalid("meeting.date", "请填写会议日期")
		}
		if m.Participants, err = require("meeting.participants", "参会单位和人员", m.Participants, MaxMeetingPeople); err != nil {
			return in, err
		}
		if m.Decision, err = require("meeting.decision", "会议议定事项", m.Decision, MaxMeetingDecision); err != nil {
			return in, err
		}
		if !m.Deadline.IsZero() && m.Deadline.Before(m.Date) {
			return in, Invalid("meeting.deadline", "限期结办日期应不早于会议日期")
		}
		in.Meeting = &m
	case ActComplete:
		switch in.Outcome {
		case OutcomeDone:
			if GrantsAllowance(itemRole) {
				if !amountRe.MatchString(in.MonthlyAmount) || in.MonthlyAmount == "0" {
					return in, Invalid("monthlyAmount", "低保批准后请填写月保障金额（元）")
				}
				if !monthRe.MatchString(in.FirstPaidMonth) {
					return in, Invalid("firstPaidMonth", "请填写首次发放月份（如 2026-12）")
				}
			} else {
				in.MonthlyAmount, in.FirstPaidMonth = "", ""
			}
		case OutcomeRefused:
			_, err = require("note", "不予办理的理由", in.Note, MaxCaseNote)
		case OutcomeTransfer:
			_, err = require("note", "转办单位", in.Note, MaxCaseNote)
		default:
			return in, Invalid("outcome", "请选择办理结果：办成、不予办理或转办")
		}
	case ActFeedback:
		if !oneOf(in.FeedbackMethod, FeedbackMethods) {
			return in, Invalid("feedbackMethod", "请选择反馈方式：当面、电话、短信或入户")
		}
		if in.FeedbackDate, err = PastDate("feedbackDate", "反馈日期", in.FeedbackDate, today); err != nil {
			return in, Invalid("feedbackDate", "反馈日期不正确（不能晚于今天）")
		}
	case ActExtend:
		if _, err = require("note", "延期理由", in.Note, MaxCaseNote); err != nil {
			return in, err
		}
		if in.ExtensionDays < 1 || in.ExtensionDays > 30 {
			return in, Invalid("extensionDays", "延期天数应为1至30个工作日")
		}
	}
	return in, err
}

// FormatCaseNumber builds a case number a person can read aloud: year, ledger letter and a
// four-digit sequence, e.g. 2026D0012.
func FormatCaseNumber(year int, ledger string, seq int) string {
	s := strconv.Itoa(seq)
	for len(s) < 4 {
		s = "0" + s
	}
	return strconv.Itoa(year) + LedgerLetter[ledger] + s
}
