package hall

import "time"

// VisitWays are how a cadre contacts a household: 外出户 are mostly reached by phone or WeChat.
var VisitWays = []string{"入户", "电话", "微信", "其他"}

// VisitPurposes are the seed's "三访三问": a better-off household is asked how it got ahead, a
// household in difficulty what the difficulty is, a petitioner's household where the problem
// came from. Optional on a visit.
var VisitPurposes = []string{"致富经验", "困难所在", "问题由来"}

// Kinds of issue raised on a visit: a counter case (入户梳理 → 现场办理/代步办理/联动办理), a
// suggestion (意见建议) or a dispute to mediate (矛盾纠纷).
const (
	IssueCase       = "case"
	IssueSuggestion = "suggestion"
	IssueDispute    = "dispute"
)

// IssueKinds lists the kinds of issue in the order the form offers them.
var IssueKinds = []string{IssueCase, IssueSuggestion, IssueDispute}

var issueKindLabels = map[string]string{IssueCase: "转办件", IssueSuggestion: "意见建议", IssueDispute: "矛盾纠纷"}

// IssueKindLabel names a kind of issue in Chinese.
func IssueKindLabel(k string) string { return issueKindLabels[k] }

// VisitSource is the case source of a case that comes from a visit.
const VisitSource = "入户走访"

// Limits of a visit record.
const (
	MaxVisitDiary  = 2000
	MaxVisitIssues = 10
	MaxIssueText   = 500
	MaxVisitAge    = 366 // days: a visit is recorded within a year
)

// VisitIssueInput is one issue raised on a visit. A case needs the service item, the ledger
// (empty: the item's default) and the applicant, a member of the household; MaterialsReceived
// says the cadre brought every material of the item back (otherwise the case waits for them).
type VisitIssueInput struct {
	Kind              string `json:"kind"`
	Text              string `json:"text"`
	ItemID            int64  `json:"itemId"`
	Ledger            string `json:"ledger"`
	ApplicantID       int64  `json:"applicantId"`
	MaterialsReceived bool   `json:"materialsReceived"`
}

// VisitInput is the visit form: who visited which household when and how, why (三访三问),
// what was heard (民情日记) and the issues raised.
type VisitInput struct {
	CadreID     int64             `json:"cadreId"`
	HouseholdID int64             `json:"householdId"`
	Date        Date              `json:"date" ts_type:"string"` // YYYY-MM-DD
	Way         string            `json:"way"`
	Purpose     string            `json:"purpose"`
	Diary       string            `json:"diary"`
	Issues      []VisitIssueInput `json:"issues"`
}

// CleanVisit validates the form as of today: a real date not in the future nor more than a year
// back, a known way and purpose, the diary text and each issue with what its kind needs.
// Whether the household, the cadre, the item and the applicant exist is checked by the service.
// Every bad field is reported at once (Problems).
func CleanVisit(in VisitInput, today time.Time) (VisitInput, error) {
	var p Problems
	var err error
	if in.CadreID <= 0 {
		p.Add("cadreId", "请选择走访干部")
	}
	if in.HouseholdID <= 0 {
		p.Add("householdId", "请选择走访的家庭户")
	}
	switch {
	case in.Date.IsZero():
		p.Add("date", "请填写走访日期")
	case in.Date.After(DateOf(today)):
		p.Add("date", "走访日期不能晚于今天")
	case in.Date.DaysUntil(DateOf(today)) > MaxVisitAge:
		p.Add("date", "走访日期不能早于一年前")
	}
	if !oneOf(in.Way, VisitWays) {
		p.Add("way", "请选择走访方式：入户、电话、微信或其他")
	}
	if in.Purpose != "" && !oneOf(in.Purpose, VisitPurposes) {
		p.Add("purpose", "三访三问只能是致富经验、困难所在或问题由来")
	}
	in.Diary, err = CleanText("diary", "民情日记", in.Diary, MaxVisitDiary, true)
	p.Check(err)
	if len(in.Issues) > MaxVisitIssues {
		p.Add("issues", "一次走访最多登记"+itoa(MaxVisitIssues)+"个问题")
		return in, p.Err()
	}
	issues := make([]VisitIssueInput, 0, len(in.Issues))
	for i, is := range in.Issues {
		field := "issues." + itoa(i)
		n := "第" + itoa(i+1) + "个问题"
		if !oneOf(is.Kind, IssueKinds) {
			p.Add(field+".kind", n+"：请选择处理方式（转办件、意见建议或矛盾纠纷）")
		}
		is.Text, err = CleanText(field+".text", n+"的内容", is.Text, MaxIssueText, true)
		p.Check(err)
		if is.Kind == IssueCase {
			if is.ItemID <= 0 {
				p.Add(field+".itemId", n+"：转为办件时请选择服务事项")
			}
			if is.Ledger != "" && !oneOf(is.Ledger, Ledgers) {
				p.Add(field+".ledger", n+"：台账只能是即办、代办或上报")
			}
			if is.ApplicantID <= 0 {
				p.Add(field+".applicantId", n+"：请选择申请人（该户家庭成员）")
			}
		} else {
			is.ItemID, is.Ledger, is.ApplicantID, is.MaterialsReceived = 0, "", 0, false
		}
		issues = append(issues, is)
	}
	in.Issues = issues
	return in, p.Err()
}

// VisitIssue is one issue of a visit as stored: for a case, the case it became and where that
// case stands; and the feedback given to the household (入户反馈) once the case is done.
type VisitIssue struct {
	ID              int64  `json:"id"`
	VisitID         int64  `json:"visitId"`
	Kind            string `json:"kind"`
	KindLabel       string `json:"kindLabel"`
	Text            string `json:"text"`
	CaseID          int64  `json:"caseId"`
	CaseNumber      string `json:"caseNumber"`
	CaseItemName    string `json:"caseItemName"`
	CaseLedger      string `json:"caseLedger"`
	CaseStatus      Status `json:"caseStatus"`
	CaseStatusLabel string `json:"caseStatusLabel"`
	CaseOutcome     string `json:"caseOutcome"`
	CaseOutcomeNote string `json:"caseOutcomeNote"`
	ApplicantName   string `json:"applicantName"`
	FeedbackOn      Date   `json:"feedbackOn" ts_type:"string"` // YYYY-MM-DD, empty until given
	FeedbackNote    string `json:"feedbackNote"`
	FeedbackBy      string `json:"feedbackBy"` // the operator who recorded it
}

// FeedbackOwed reports whether the household is still owed the result of this issue's case:
// the case is done (or later) and the cadre has not yet told them on a visit.
func (i VisitIssue) FeedbackOwed() bool {
	return i.Kind == IssueCase && i.CaseID > 0 && i.FeedbackOn.IsZero() && CaseFinished(i.CaseStatus)
}

// Visit is one visit record as the screens and the diary show it.
type Visit struct {
	ID            int64        `json:"id"`
	Date          Date         `json:"date" ts_type:"string"`
	Weekday       string       `json:"weekday"`
	CadreID       int64        `json:"cadreId"`
	CadreName     string       `json:"cadreName"`
	HouseholdID   int64        `json:"householdId"`
	HeadName      string       `json:"headName"`
	VillageID     int64        `json:"villageId"`
	VillageName   string       `json:"villageName"`
	GroupName     string       `json:"groupName"`
	Address       string       `json:"address"`
	Way           string       `json:"way"`
	Purpose       string       `json:"purpose"`
	Diary         string       `json:"diary"`
	Issues        []VisitIssue `json:"issues"`
	RecordedBy    string       `json:"recordedBy"`
	CreatedAt     string       `json:"createdAt"`
	FeedbackGiven []VisitIssue `json:"feedbackGiven"` // feedback recorded on this visit
	Version       int64        `json:"version"`       // optimistic concurrency (a visit is recorded, not edited)
}

// VisitQuery lists visits of a cadre, a household or a village in a date range (both ends
// included, YYYY-MM-DD; empty is open), newest first.
type VisitQuery struct {
	CadreID     int64 `json:"cadreId"`
	HouseholdID int64 `json:"householdId"`
	VillageID   int64 `json:"villageId"`
	From        Date  `json:"from" ts_type:"string"`
	To          Date  `json:"to" ts_type:"string"`
	Page        int   `json:"page"`
	PageSize    int   `json:"pageSize"`
}

// VisitPage is one page of visits.
type VisitPage struct {
	Items []Visit `json:"items"`
	Total int     `json:"total"`
	Page  int     `json:"page"`
}

// FeedbackInput records that the household was told the result of an issue's case (入户反馈).
// VisitID, when set, is the visit on which it was told; RecordCase also records the case's own
// feedback step (反馈群众, by 入户) when the case stands at 已办结.
type FeedbackInput struct {
	IssueID    int64  `json:"issueId"`
	VisitID    int64  `json:"visitId"`
	Date       Date   `json:"date" ts_type:"string"` // YYYY-MM-DD, default today
	Note       string `json:"note"`
	RecordCase bool   `json:"recordCase"`
}

// CleanFeedback validates the feedback as of today.
func CleanFeedback(in FeedbackInput, today time.Time) (FeedbackInput, error) {
	var err error
	if in.IssueID <= 0 {
		return in, Invalid("issueId", "请选择要反馈的问题")
	}
	if in.Date, err = PastDate("date", "反馈日期", in.Date, today); err != nil {
		return in, err
	}
	if in.Note, err = CleanText("note", "反馈情况", in.Note, MaxFeedbackNote, true); err != nil {
		return in, err
	}
	return in, nil
}

// IssueQuery lists the suggestions, disputes or cases raised on visits, newest first.
type IssueQuery struct {
	Kind      string `json:"kind"`
	CadreID   int64  `json:"cadreId"`
	VillageID int64  `json:"villageId"`
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
}

// IssueRow is an issue with its visit's date, cadre and household, for the lists.
type IssueRow struct {
	VisitIssue
	VisitDate   Date   `json:"visitDate" ts_type:"string"`
	CadreName   string `json:"cadreName"`
	HouseholdID int64  `json:"householdId"`
	HeadName    string `json:"headName"`
	VillageName string `json:"villageName"`
}

// IssuePage is one page of issues.
type IssuePage struct {
	Items []IssueRow `json:"items"`
	Total int        `json:"total"`
	Page  int        `json:"page"`
}

// Diary periods: a week (Monday to Sunday) or a calendar month.
const (
	DiaryWeek  = "week"
	DiaryMonth = "month"
)

// DiaryInput chooses a cadre's diary (民情日记) for the week or the month of a date.
type DiaryInput struct {
	CadreID int64  `json:"cadreId"`
	Period  string `json:"period"`                // week or month
	Date    Date   `json:"date" ts_type:"string"` // any day of it, YYYY-MM-DD; default today
}

// DiaryRange is the first and last day of the week or month of a diary, and its name
// (2026年3月2日至8日 / 2026年3月).
func DiaryRange(period string, d time.Time) (from, to time.Time, label string, err error) {
	switch period {
	case DiaryWeek:
		from, to = WeekOf(d)
		label = from.Format("2006年1月2日") + "至" + to.Format("1月2日")
		if from.Month() == to.Month() {
			label = from.Format("2006年1月2日") + "至" + to.Format("2日")
		}
		if from.Year() != to.Year() {
			label = from.Format("2006年1月2日") + "至" + to.Format("2006年1月2日")
		}
	case DiaryMonth:
		from, to = MonthOf(d)
		label = from.Format("2006年1月")
	default:
		return from, to, "", Invalid("period", "请选择按周或按月")
	}
	return from, to, label, nil
}

// Diary is a cadre's visits of a week or month, oldest first: the journal.
type Diary struct {
	CadreID     int64   `json:"cadreId"`
	CadreName   string  `json:"cadreName"`
	Position    string  `json:"position"`
	From        Date    `json:"from" ts_type:"string"`
	To          Date    `json:"to" ts_type:"string"`
	PeriodLabel string  `json:"periodLabel"`
	Visits      []Visit `json:"visits"`
}

// WeeklyReview is a cadre's weekly to-do review (每周梳理待办): the visits due by the end of
// the week or overdue, the open cases of the households covered, and the feedback owed.
type WeeklyReview struct {
	CadreID        int64      `json:"cadreId"`
	CadreName      string     `json:"cadreName"`
	WeekStart      Date       `json:"weekStart" ts_type:"string"`
	WeekEnd        Date       `json:"weekEnd" ts_type:"string"`
	Households     int        `json:"households"`
	VisitsThisWeek int        `json:"visitsThisWeek"`
	Due            []DueVisit `json:"due"`
	OpenCases      []Case     `json:"openCases"`
	FeedbackOwed   []IssueRow `json:"feedbackOwed"`
}

// Kinds of printed matter of household contact work, counted in the print records.
const (
	PrintDiary     = "民情日记"
	PrintVisitPlan = "走访计划"
)
