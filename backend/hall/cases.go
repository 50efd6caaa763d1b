package hall

// Ledgers: where a case lands (三本台账).
const (
	LedgerInstant  = "即办" // settled on the spot
	LedgerProxy    = "代办" // handled on the citizen's behalf within a time limit
	LedgerEscalate = "上报" // reported up and handled jointly by a deadline
)

// LedgerLetter is the letter a case number carries for its ledger.
var LedgerLetter = map[string]string{LedgerInstant: "J", LedgerProxy: "D", LedgerEscalate: "S"}

// CheckLedgerFilter refuses a ledger filter that names none of the three ledgers ("" is all of
// them): the ledger names an export's sheet and file, so nothing else may pass.
func CheckLedgerFilter(ledger string) error {
	if _, ok := LedgerLetter[ledger]; ok || ledger == "" {
		return nil
	}
	return Invalid("ledger", "没有这本台账：台账只能是即办、代办或上报")
}

// Sources: where a case came from; recorded on every case and used by the reports.
var Sources = []string{"大厅窗口", "村级帮代办服务站", "入户走访", "信访接待日", "电话"}

// Outcomes of a finished case.
const (
	OutcomeDone     = "办成"
	OutcomeRefused  = "不予办理"
	OutcomeTransfer = "转办"
)

// FeedbackMethods: how the result was told to the citizen.
var FeedbackMethods = []string{"当面", "电话", "短信", "入户"}

// Ratings are the five 好差评 levels, best first; 1–2 are good, 3 neutral, 4–5 bad.
var Ratings = []string{"非常满意", "满意", "基本满意", "不满意", "非常不满意"}

// RatingIsBad reports whether a level (1–5) is a bad rating that needs a remedy.
func RatingIsBad(level int) bool { return level >= 4 }

// DefaultRemedyDays is the working days allowed to remedy a bad rating (local practice).
const DefaultRemedyDays = 15

// CaseMaterial is one material of a case: a snapshot of the item's list plus what arrived.
type CaseMaterial struct {
	Name     string `json:"name"`
	Original bool   `json:"original"`
	Copies   int    `json:"copies"`
	Required bool   `json:"required"`
	Note     string `json:"note"`
	Received bool   `json:"received"`
}

// Agent is a person applying on the citizen's behalf (代为申请).
type Agent struct {
	Name      string `json:"name"`
	IDNumber  string `json:"idNumber"` // masked when shown
	Relation  string `json:"relation"`
	Entrusted bool   `json:"entrusted"` // entrustment letter received
}

// Meeting is the joint meeting (联席会议) of an escalated case.
type Meeting struct {
	Date         Date   `json:"date" ts_type:"string"`
	Participants string `json:"participants"`
	Decision     string `json:"decision"`
	Deadline     Date   `json:"deadline" ts_type:"string"` // 限期结办, none when no date was set
}

// CaseEvent is one line of a case's timeline.
type CaseEvent struct {
	ID           int64  `json:"id"`
	At           string `json:"at"`
	OperatorName string `json:"operatorName"`
	Action       string `json:"action"`
	ActionLabel  string `json:"actionLabel"`
	From         string `json:"from"`
	To           string `json:"to"`
	Note         string `json:"note"`
}

// CaseRecord is a case as the store keeps it: the row of cases with the names it joins (item
// role, applicant, village, handler) and its materials. The store reads and writes it and the
// lifecycle (ApplyCaseAction) takes and returns it; nothing derived for display is in it, so
// nothing derived can be written back. ViewCase turns it into the Case the screens show.
type CaseRecord struct {
	ID             int64          `json:"id"`
	Number         string         `json:"number"`
	Ledger         string         `json:"ledger"`
	ItemID         int64          `json:"itemId"`
	ItemCode       string         `json:"itemCode"`
	ItemName       string         `json:"itemName"`
	ItemCategory   string         `json:"itemCategory"`
	ItemRole       ItemRole       `json:"itemRole"` // the item's role now (see ItemRole); rules read it, not the code
	ApplicantID    int64          `json:"applicantId"`
	ApplicantName  string         `json:"applicantName"`
	ApplicantID18  string         `json:"applicantIdNumber"` // masked in the view
	ApplicantPhone string         `json:"applicantPhone"`    // masked in the view
	VillageID      int64          `json:"villageId"`         // where the case was taken: the applicant's village at intake
	VillageName    string         `json:"villageName"`       // a later move of the household does not change it
	Agent          *Agent         `json:"agent"`
	Source         string         `json:"source"`
	Summary        string         `json:"summary"`
	IntakeNote     string         `json:"intakeNote"`
	Materials      []CaseMaterial `json:"materials"`
	Status         Status         `json:"status"`
	CreatedAt      string         `json:"createdAt"`
	AcceptedOn     Date           `json:"acceptedOn" ts_type:"string"`
	PromisedDays   int            `json:"promisedDays"`
	StatutoryDays  int            `json:"statutoryDays"`
	ExtensionDays  int            `json:"extensionDays"`
	DueDate        Date           `json:"dueDate" ts_type:"string"`
	DueVerified    bool           `json:"dueVerified"`
	HandlerID      int64          `json:"handlerId"`
	HandlerName    string         `json:"handlerName"`
	Departments    string         `json:"departments"`
	Meeting        *Meeting       `json:"meeting"`
	Outcome        string         `json:"outcome"`
	OutcomeNote    string         `json:"outcomeNote"`
	MonthlyAmount  string         `json:"monthlyAmount"`
	FirstPaidMonth string         `json:"firstPaidMonth"`
	FeedbackMethod string         `json:"feedbackMethod"`
	FeedbackAt     Date           `json:"feedbackAt" ts_type:"string"`
	FeedbackBy     string         `json:"feedbackBy"`
	Rating         int            `json:"rating"`
	RatingNote     string         `json:"ratingNote"`
	RemedyDue      Date           `json:"remedyDue" ts_type:"string"`
	RemedyNote     string         `json:"remedyNote"`
	RemedyResolved bool           `json:"remedyResolved"`
	RatingExcluded bool           `json:"ratingExcluded"` // an approved review took the rating out of the satisfaction rate
	ClosedAt       string         `json:"closedAt"`
	ClosedBy       string         `json:"closedBy"`
	Version        int64          `json:"version"` // optimistic concurrency: an action names the version it saw
}

// Case is a citizen's request taken at the counter, as the screens show it: its record (the
// applicant's and agent's numbers masked) plus what ViewCase derives for display. The record is
// embedded, so the wire format keeps every field flat.
type Case struct {
	CaseRecord
	StatusLabel string       `json:"statusLabel"`
	DaysLeft    int          `json:"daysLeft"`
	Overdue     bool         `json:"overdue"`
	RatingLabel string       `json:"ratingLabel"`
	Timeline    []CaseEvent  `json:"timeline"`
	Actions     []ActionInfo `json:"actions"`
}

// ActionInfo is an action the current operator may take on a case now.
type ActionInfo struct {
	Action Action `json:"action"`
	Label  string `json:"label"`
}

// RatingLabel names a rating level, or "" for none.
func RatingLabel(level int) string {
	if level < 1 || level > len(Ratings) {
		return ""
	}
	return Ratings[level-1]
}

// CaseQuery filters a ledger. Today and DueBy are filled by the service, not the client.
type CaseQuery struct {
	Ledger    string `json:"ledger"`
	Status    Status `json:"status"`
	ItemID    int64  `json:"itemId"`
	VillageID int64  `json:"villageId"`
	HandlerID int64  `json:"handlerId"`
	Mine      bool   `json:"mine"`
	From      Date   `json:"from" ts_type:"string"` // taken on or after
	To        Date   `json:"to" ts_type:"string"`
	Overdue   bool   `json:"overdue"`
	DueSoon   bool   `json:"dueSoon"` // due within 3 working days, not yet overdue
	Text      string `json:"text"`    // case number or applicant name
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
	// After (the Last of the page before) or Before (the First of the page after) read the
	// page next to one already shown by keyset, as fast on page 500 as on page 1; Page then only
	// numbers it. Without them the page is read by its number.
	After  string `json:"after,omitempty"`
	Before string `json:"before,omitempty"`
	Today  Date   `json:"-"`
	DueBy  Date   `json:"-"`
}

// CaseRecordPage is one page of a ledger as the store reads it.
type CaseRecordPage struct {
	Items []CaseRecord
	Total int
	Page  int
	First string
	Last  string
}

// CasePage is one page of a ledger.
type CasePage struct {
	Items []Case `json:"items"`
	Total int    `json:"total"`
	Page  int    `json:"page"`
	// First and Last mark the page's first and last case in the ledger's order: the Before of
	// the previous page and the After of the next ("" on an empty page).
	First string `json:"first"`
	Last  string `json:"last"`
}

// Pause is one wait for materials (补正); To is empty while it lasts.
type Pause struct {
	From Date `json:"from" ts_type:"string"`
	To   Date `json:"to" ts_type:"string"`
}

// DueSoonDays is how many working days ahead a ledger flags a case as due soon.
const DueSoonDays = 3

// Handler is an operator who handles cases, as the ledgers' filter lists them.
type Handler struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}
