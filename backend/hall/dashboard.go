package hall

import (
	"math"
	"time"
)

// Bucket names one figure of the supervision dashboard (督导看板) whose cases a drill-down lists.
// Every bucket but the last four is counted over the cases taken in the period.
type Bucket string

// The dashboard's figures in the briefing's terms.
const (
	BucketAll           Bucket = "all"           // 梳理问题数: every case taken
	BucketOnSpot        Bucket = "onSpot"        // 现场解决: 即办 finished with 办成
	BucketProxy         Bucket = "proxy"         // 代办解决: 代办 finished with 办成
	BucketJoint         Bucket = "joint"         // 联动解决: 上报 finished with 办成
	BucketSolved        Bucket = "solved"        // 办成, whatever the ledger
	BucketDeclined      Bucket = "declined"      // finished otherwise (不予办理, 转办)
	BucketInProgress    Bucket = "inProgress"    // 正在落实: not finished yet
	BucketRated         Bucket = "rated"         // rated on the 好差评 scale
	BucketGood          Bucket = "good"          // 非常满意 or 满意
	BucketBad           Bucket = "bad"           // 不满意 or 非常不满意
	BucketRemedyOpen    Bucket = "remedyOpen"    // bad rating not yet remedied
	BucketRemedyOverdue Bucket = "remedyOverdue" // bad rating not remedied by its deadline
	BucketOverdue       Bucket = "overdue"       // running and past its deadline today
	BucketDueSoon       Bucket = "dueSoon"       // running, due within DueSoonDays working days
)

var bucketLabels = map[Bucket]string{
	BucketAll: "梳理问题", BucketOnSpot: "现场解决", BucketProxy: "代办解决", BucketJoint: "联动解决",
	BucketSolved: "已办成", BucketDeclined: "未办成（不予办理、转办）", BucketInProgress: "正在落实",
	BucketRated: "已评价", BucketGood: "好评", BucketBad: "差评", BucketRemedyOpen: "差评整改中",
	BucketRemedyOverdue: "差评整改逾期", BucketOverdue: "逾期", BucketDueSoon: "临期（" + itoa(DueSoonDays) + "个工作日内到期）",
}

// Label is the bucket's Chinese name; "" for an unknown bucket.
func (b Bucket) Label() string { return bucketLabels[b] }

// DrillQuery asks for the cases behind one dashboard figure: a bucket of the cases taken in the
// period (or of every case when AllTime), narrowed to a ledger, item, village or handler. Today
// and DueBy are filled by the service.
type DrillQuery struct {
	From      Date   `json:"from" ts_type:"string"`
	To        Date   `json:"to" ts_type:"string"`
	AllTime   bool   `json:"allTime"`
	Bucket    Bucket `json:"bucket"`
	Ledger    string `json:"ledger"`
	ItemID    int64  `json:"itemId"`
	VillageID int64  `json:"villageId"`
	HandlerID int64  `json:"handlerId"`
	Page      int    `json:"page"`
	PageSize  int    `json:"pageSize"`
	// After (the Last of the page before) or Before (the First of the page after) read the
	// page next to one shown by keyset; Page is then only the number it shows.
	After  string `json:"after,omitempty"`
	Before string `json:"before,omitempty"`
	Today  Date   `json:"-"`
	DueBy  Date   `json:"-"`
}

// CleanDrill checks a drill-down query: a known bucket and ledger, and a clean period unless
// every case is asked for. An empty bucket means every case.
func CleanDrill(q DrillQuery) (DrillQuery, error) {
	if q.Bucket == "" {
		q.Bucket = BucketAll
	}
	if q.Bucket.Label() == "" {
		return q, Invalid("bucket", "未知的统计项")
	}
	if q.Ledger != "" && LedgerLetter[q.Ledger] == "" {
		return q, Invalid("ledger", "台账只能是即办、代办或上报")
	}
	if q.ItemID < 0 || q.VillageID < 0 || q.HandlerID < 0 {
		return q, Invalid("bucket", "筛选条件不正确")
	}
	if q.AllTime {
		q.From, q.To = Date{}, Date{}
		return q, nil
	}
	p, err := Period{From: q.From, To: q.To}.Clean()
	q.From, q.To = p.From, p.To
	return q, err
}

// DrillPage is one page of the cases behind a figure, with the figure's name.
type DrillPage struct {
	Title string `json:"title"`
	Items []Case `json:"items"`
	Total int    `json:"total"`
	Page  int    `json:"page"`
	// First and Last mark the page's first and last case in the list's order: the Before of
	// the previous page and the After of the next ("" on an empty page).
	First string `json:"first"`
	Last  string `json:"last"`
}

// GroupCount is one line of a breakdown (by ledger, item, village or handler) of the cases taken
// in a period: how many, how they ended and how many are overdue or rated badly.
type GroupCount struct {
	ID         int64  `json:"id"`  // item, village or operator id; 0 for a ledger
	Key        string `json:"key"` // the ledger's name for a ledger line
	Name       string `json:"name"`
	Total      int    `json:"total"`
	Solved     int    `json:"solved"`
	Declined   int    `json:"declined"`
	InProgress int    `json:"inProgress"`
	Overdue    int    `json:"overdue"`
	Bad        int    `json:"bad"`
}

// RemedyCount is the remedy status of the bad ratings given to the period's cases.
type RemedyCount struct {
	Bad      int `json:"bad"`
	Resolved int `json:"resolved"`
	Open     int `json:"open"`
	Overdue  int `json:"overdue"` // open past the remedy deadline
}

// PetitionCount is the petition figures: received and closed in the period, answered in the
// period and how many of those within the deadline, and what is open or overdue today.
type PetitionCount struct {
	Received      int `json:"received"`
	Closed        int `json:"closed"`
	Replied       int `json:"replied"`
	RepliedOnTime int `json:"repliedOnTime"`
	Open          int `json:"open"`
	Overdue       int `json:"overdue"`
}

// VisitCount is the household contact work: visits made in the period, and as of today how many
// visit duties (包联 and 结亲) there are and how many are kept within their cadence.
type VisitCount struct {
	Visits     int     `json:"visits"`
	Households int     `json:"households"` // households visited in the period
	Duties     int     `json:"duties"`
	OnTime     int     `json:"onTime"`
	Coverage   float64 `json:"coverage"` // OnTime ÷ Duties, 0 with no duties
}

// PrintCount is the printed matter handed out in the period, in copies.
type PrintCount struct {
	Guides   int `json:"guides"`   // 口袋书
	Cards    int `json:"cards"`    // 民情联系卡
	Leaflets int `json:"leaflets"` // 宣传单
}

// Dashboard is the supervision dashboard of a period. Overdue and DueSoon count the period's
// cases; OverdueAll and DueSoonAll every running case, whenever it was taken.
type Dashboard struct {
	Period     Period        `json:"period"`
	Today      Date          `json:"today" ts_type:"string"`
	Summary    CaseSummary   `json:"summary"`
	Ledgers    []GroupCount  `json:"ledgers"`
	Items      []GroupCount  `json:"items"`
	Villages   []GroupCount  `json:"villages"`
	Handlers   []GroupCount  `json:"handlers"`
	Overdue    int           `json:"overdue"`
	DueSoon    int           `json:"dueSoon"`
	OverdueAll int           `json:"overdueAll"`
	DueSoonAll int           `json:"dueSoonAll"`
	Remedy     RemedyCount   `json:"remedy"`
	Petitions  PetitionCount `json:"petitions"`
	Visits     VisitCount    `json:"visits"`
	Prints     PrintCount    `json:"prints"`
}

// MaxGroups bounds a breakdown: the largest groups come first and the rest are left off.
const MaxGroups = 100

// DutyCoverage counts the visit duties of the households as of today and how many of them are
// not overdue: the share of households visited within their cadence.
func DutyCoverage(facts []DutyFacts, s VisitSettings, today time.Time) (duties, onTime int) {
	for _, f := range facts {
		for _, d := range Duties(f, s, today, 0) {
			duties++
			if !d.Overdue {
				onTime++
			}
		}
	}
	return duties, onTime
}

// Ratio is a ÷ b, 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ExpectedVisits is how many visits a duty of the given cadence (days) asks for in a period: the
// days of the period during which the duty ran (from since, when it began inside the period)
// divided by the cadence. A half-month cadence over a 30-day month asks for 2; a yearly one over
// a month for 30/365 of a visit, so that a cadre's shares add up over many households.
func ExpectedVisits(p Period, since Date, days int) float64 {
	if days <= 0 {
		return 0
	}
	if since.After(p.From) {
		p.From = since
	}
	n := p.Days()
	if n <= 0 {
		return 0
	}
	return float64(n) / float64(days)
}

// CadreScore is a stationed cadre's scorecard (考评) for a period: visits made against what the
// cadence asks, the cases raised on their visits and how they went, the feedback they gave, the
// ratings those cases received, and the petitions they were responsible for (包案).
type CadreScore struct {
	CadreID          int64   `json:"cadreId"`
	Name             string  `json:"name"`
	Position         string  `json:"position"`
	Type             string  `json:"type"`
	Households       int     `json:"households"`     // covered now
	Duties           int     `json:"duties"`         // visit duties now (包联 and 结亲)
	DutiesOnTime     int     `json:"dutiesOnTime"`   // not overdue today
	ExpectedVisits   int     `json:"expectedVisits"` // what the cadence asked in the period, rounded
	Visits           int     `json:"visits"`         // made in the period
	VisitRate        float64 `json:"visitRate"`      // Visits ÷ ExpectedVisits, at most 1; 0 when nothing was asked
	Cases            int     `json:"cases"`          // raised on their visits in the period
	Solved           int     `json:"solved"`
	OnTime           int     `json:"onTime"` // finished by the deadline
	InProgress       int     `json:"inProgress"`
	Feedback         int     `json:"feedback"` // results fed back to households in the period (入户反馈)
	Rated            int     `json:"rated"`
	Good             int     `json:"good"`
	Bad              int     `json:"bad"`
	Petitions        int     `json:"petitions"`        // answered in the period as the responsible leader
	PetitionsOnTime  int     `json:"petitionsOnTime"`  // answered within the settlement deadline
	PetitionsOverdue int     `json:"petitionsOverdue"` // still open and overdue today
}

// ClerkScore is a counter clerk's scorecard (考评) for a period: the cases they handled that were
// taken in the period, how they ended and whether on time, the feedback given and the ratings.
type ClerkScore struct {
	OperatorID   int64   `json:"operatorId"`
	Name         string  `json:"name"`
	Role         string  `json:"role"`
	Cases        int     `json:"cases"`
	Solved       int     `json:"solved"`
	Finished     int     `json:"finished"`
	OnTime       int     `json:"onTime"`  // finished by the deadline
	Overdue      int     `json:"overdue"` // running and overdue today
	InProgress   int     `json:"inProgress"`
	Feedback     int     `json:"feedback"` // results fed back in the period
	Rated        int     `json:"rated"`
	Good         int     `json:"good"`
	Bad          int     `json:"bad"`
	RemedyOpen   int     `json:"remedyOpen"`
	Satisfaction float64 `json:"satisfaction"` // Good ÷ Rated
}

// Scorecards are the period's scorecards of every cadre and clerk with something to show.
type Scorecards struct {
	Period Period       `json:"period"`
	Today  Date         `json:"today" ts_type:"string"`
	Cadres []CadreScore `json:"cadres"`
	Clerks []ClerkScore `json:"clerks"`
}

// Percent formats a share as a percentage with one decimal, "—" when there is nothing to divide.
func Percent(a, b int) string {
	if b == 0 {
		return "—"
	}
	v := math.Round(float64(a)*1000/float64(b)) / 10
	s := itoa(int(v))
	if frac := int(math.Round(v*10)) % 10; frac != 0 {
		s += "." + itoa(frac)
	}
	return s + "%"
}

// DutyTally is one cadre's visit duties as of today and the visits they asked for in a period.
type DutyTally struct {
	Duties   int
	OnTime   int
	Expected float64
}

// CadreDuties tallies every visit duty of the households by cadre: how many, how many are not
// overdue today, and the visits each asked for in the period (see ExpectedVisits).
func CadreDuties(facts []DutyFacts, s VisitSettings, today time.Time, p Period) map[int64]DutyTally {
	out := map[int64]DutyTally{}
	for _, f := range facts {
		for _, d := range Duties(f, s, today, 0) {
			since := f.Since
			if d.Duty == DutyPair {
				since = f.PairSince
			}
			t := out[d.CadreID]
			t.Duties++
			if !d.Overdue {
				t.OnTime++
			}
			t.Expected += ExpectedVisits(p, since, d.Days)
			out[d.CadreID] = t
		}
	}
	return out
}
