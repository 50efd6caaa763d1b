package hall

import "strconv"

// Petition forms (信访形式), as the 信访工作条例 lists them.
var PetitionForms = []string{"来访", "来信", "来电", "网上"}

// PetitionCategories are the kinds of matter a township receives, in display order.
var PetitionCategories = []string{"土地草场", "社会保障", "低保救助", "邻里纠纷", "涉法涉诉", "其他"}

// Responsibilities are the three duties of a responsible leader (包保三包); progress notes are
// filed under one of them.
var Responsibilities = []string{"包掌握情况", "包教育转化", "包稳控管理"}

// FollowUpKind is the note kind of a visit or call to the petitioner (回访).
const FollowUpKind = "回访"

// FollowUpMethods are how a follow-up reached the petitioner.
var FollowUpMethods = []string{"走访", "电话"}

// Satisfactions are the petitioner's verdict on the reply, best first.
var Satisfactions = []string{"满意", "基本满意", "不满意"}

// LeaderCadreType is the cadre type whose members receive petitioners and are made responsible
// for petitions (包保领导).
const LeaderCadreType = "领导干部"

// Limits of a petition.
const (
	MaxRepresentatives = 5 // a group visit chooses at most five representatives (条例第十八条)
	MaxHeadCount       = 9999
)

// PetitionLetter is the letter a petition number carries: 2026X0001 reads "二〇二六 信 〇〇〇一".
const PetitionLetter = "X"

// FormatPetitionNumber builds a petition number a person can read aloud: year, X and a
// four-digit sequence, e.g. 2026X0001.
func FormatPetitionNumber(year, seq int) string {
	s := strconv.Itoa(seq)
	for len(s) < 4 {
		s = "0" + s
	}
	return strconv.Itoa(year) + PetitionLetter + s
}

// Representative is one of the at most five representatives of a group visit.
type Representative struct {
	Name    string `json:"name"`
	Phone   string `json:"phone"`
	Address string `json:"address"`
}

// PetitionNote is a progress note under one of the three responsibilities, or a follow-up
// (回访) by visit or call on a date.
type PetitionNote struct {
	ID           int64  `json:"id"`
	At           string `json:"at"`
	OperatorName string `json:"operatorName"`
	Kind         string `json:"kind"`                  // one of Responsibilities or FollowUpKind
	Method       string `json:"method"`                // follow-ups: 走访 or 电话
	Date         Date   `json:"date" ts_type:"string"` // the day the work was done
	Text         string `json:"text"`
}

// PetitionEvent is one line of a petition's timeline.
type PetitionEvent struct {
	ID           int64  `json:"id"`
	At           string `json:"at"`
	OperatorName string `json:"operatorName"`
	Action       string `json:"action"`
	ActionLabel  string `json:"actionLabel"`
	From         string `json:"from"`
	To           string `json:"to"`
	Note         string `json:"note"`
}

// PetitionRepeat is an earlier petition shown as a warning while a new one is registered.
type PetitionRepeat struct {
	ID             int64          `json:"id"`
	Number         string         `json:"number"`
	ReceivedOn     Date           `json:"receivedOn" ts_type:"string"`
	Category       string         `json:"category"`
	PetitionerName string         `json:"petitionerName"`
	VillageName    string         `json:"villageName"`
	Status         PetitionStatus `json:"status"`
	StatusLabel    string         `json:"statusLabel"`
	Request        string         `json:"request"`
	Reason         string         `json:"reason"` // 同一信访人, 同一联系电话, 同村同类事项
	Final          bool           `json:"final"`  // re-reviewed: the same claim is not accepted again
}

// PetitionLink is the petition a counter case was started from, for the case page.
type PetitionLink struct {
	PetitionID int64  `json:"petitionId"`
	Number     string `json:"number"`
}

// Petition is one petition (信访事项) as the screens show it. The phone is masked in lists.
type Petition struct {
	ID              int64            `json:"id"`
	Number          string           `json:"number"`
	Form            string           `json:"form"`
	Oral            bool             `json:"oral"`
	ResidentID      int64            `json:"residentId"`
	PetitionerName  string           `json:"petitionerName"`
	Phone           string           `json:"phone"`
	Address         string           `json:"address"`
	VillageID       int64            `json:"villageId"`
	VillageName     string           `json:"villageName"`
	GroupVisit      bool             `json:"groupVisit"`
	HeadCount       int              `json:"headCount"`
	Representatives []Representative `json:"representatives"`
	Category        string           `json:"category"`
	Facts           string           `json:"facts"`
	Request         string           `json:"request"`
	Reasons         string           `json:"reasons"`
	ReceivedByID    int64            `json:"receivedById"`
	ReceivedByName  string           `json:"receivedByName"`
	ReceivedOn      Date             `json:"receivedOn" ts_type:"string"`
	RecordedBy      string           `json:"recordedBy"`
	CreatedAt       string           `json:"createdAt"`
	Status          PetitionStatus   `json:"status"`
	StatusLabel     string           `json:"statusLabel"`

	DecisionDue   Date   `json:"decisionDue" ts_type:"string"` // tell acceptance: received + 15 days
	ForwardDue    Date   `json:"forwardDue" ts_type:"string"`  // point elsewhere: received + 5 working days
	DecidedOn     Date   `json:"decidedOn" ts_type:"string"`   // accepted, refused or forwarded on
	AcceptedOn    Date   `json:"acceptedOn" ts_type:"string"`
	RefusalReason string `json:"refusalReason"`
	ForwardedTo   string `json:"forwardedTo"`

	ResponsibleID     int64  `json:"responsibleId"`
	ResponsibleName   string `json:"responsibleName"`
	HandlingUnit      string `json:"handlingUnit"`
	SettleDue         Date   `json:"settleDue" ts_type:"string"` // accepted + 60 (+ extension) days
	ExtensionDays     int    `json:"extensionDays"`
	ExtensionReason   string `json:"extensionReason"`
	ExtensionApprover string `json:"extensionApprover"`
	ExtensionInformed bool   `json:"extensionInformed"`

	ReplyText    string `json:"replyText"` // the 答复意见, or the written reply of a refusal
	RepliedOn    Date   `json:"repliedOn" ts_type:"string"`
	Satisfaction string `json:"satisfaction"`

	ReviewRequestedOn   Date   `json:"reviewRequestedOn" ts_type:"string"`
	ReviewDue           Date   `json:"reviewDue" ts_type:"string"`
	ReviewResult        string `json:"reviewResult"`
	ReviewAnsweredOn    Date   `json:"reviewAnsweredOn" ts_type:"string"`
	RereviewRequestedOn Date   `json:"rereviewRequestedOn" ts_type:"string"`
	RereviewDue         Date   `json:"rereviewDue" ts_type:"string"`
	RereviewResult      string `json:"rereviewResult"`
	RereviewAnsweredOn  Date   `json:"rereviewAnsweredOn" ts_type:"string"`
	Final               bool   `json:"final"` // after 复核 the same claim is not accepted again

	ClosedAt   string `json:"closedAt"`
	ClosedBy   string `json:"closedBy"`
	CaseID     int64  `json:"caseId"`
	CaseNumber string `json:"caseNumber"`
	Version    int64  `json:"version"` // optimistic concurrency: an action names the version it saw

	// Filled for the screens by the service.
	DueDate  Date   `json:"dueDate" ts_type:"string"` // the deadline running now, "" when none
	DueLabel string `json:"dueLabel"`                 // what it is for
	DaysLeft int    `json:"daysLeft"`                 // calendar days; negative when overdue
	Overdue  bool   `json:"overdue"`
	ReviewBy Date   `json:"reviewBy" ts_type:"string"` // last day the petitioner may ask for (re-)review, while open

	Notes    []PetitionNote       `json:"notes"`
	Timeline []PetitionEvent      `json:"timeline"`
	Repeats  []PetitionRepeat     `json:"repeats"`
	Actions  []PetitionActionInfo `json:"actions"`
}

// PetitionActionInfo is an action the current operator may take on a petition now.
type PetitionActionInfo struct {
	Action PetitionAction `json:"action"`
	Label  string         `json:"label"`
}

// PetitionQuery filters the petition ledger (信访台账). Scope is "open" (default), "done" or
// "all". Mine lists the operator's own petitions as responsible leader. Today is filled by the
// service.
type PetitionQuery struct {
	Scope         string         `json:"scope"`
	Status        PetitionStatus `json:"status"`
	ResponsibleID int64          `json:"responsibleId"`
	Mine          bool           `json:"mine"`
	Category      string         `json:"category"`
	VillageID     int64          `json:"villageId"`
	Overdue       bool           `json:"overdue"`
	From          Date           `json:"from" ts_type:"string"` // received on or after
	To            Date           `json:"to" ts_type:"string"`
	Text          string         `json:"text"` // number, petitioner name, or a phone or its last 4+ digits
	Page          int            `json:"page"`
	PageSize      int            `json:"pageSize"`
	// After (the Last of the page before) or Before (the First of the page after) read the
	// page next to one shown by keyset; Page is then only the number it shows.
	After  string `json:"after,omitempty"`
	Before string `json:"before,omitempty"`
	Today  Date   `json:"-"`
}

// PetitionPage is one page of the petition ledger. MyLeaderID and MyLeaderName say which
// leader "mine" resolved to (0 and "" when the operator is not linked to a leader).
type PetitionPage struct {
	Items []Petition `json:"items"`
	Total int        `json:"total"`
	Page  int        `json:"page"`
	// First and Last mark the page's first and last petition in the ledger's order: the Before
	// of the previous page and the After of the next ("" on an empty page).
	First        string `json:"first"`
	Last         string `json:"last"`
	MyLeaderID   int64  `json:"myLeaderId"`
	MyLeaderName string `json:"myLeaderName"`
}
