package hall

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// OutreachList names one proactive service list (主动服务清单).
type OutreachList string

// The proactive lists: who the hall should call before they come.
const (
	ListTurning60 OutreachList = "turning60" // 下月年满60周岁：养老保险待遇领取
	ListReview    OutreachList = "review"    // 低保到期复核
	ListNewborn   OutreachList = "newborn"   // 新生儿未参加医保
	ListUnpaid    OutreachList = "unpaid"    // 集中征缴期内未缴下年度医保
)

// OutreachListInfo describes a list for the screen: its name, the item a case from one of its
// rows is started with, and what it is for.
type OutreachListInfo struct {
	Key      OutreachList `json:"key"`
	Label    string       `json:"label"`
	ItemCode string       `json:"itemCode"`
	Purpose  string       `json:"purpose"`
}

// OutreachLists are the lists in the order the screen shows them.
var OutreachLists = []OutreachListInfo{
	{ListTurning60, "下月年满60周岁", "YL-03", "提醒办理城乡居民养老保险待遇领取"},
	{ListReview, "低保到期复核", "DB-03", "按复核周期到期或下月到期的低保户，通知办理复核"},
	{ListNewborn, "新生儿未参保", "YB-01", "尚未办理城乡居民医保参保登记的新生儿"},
	{ListUnpaid, "医保未缴费", "YB-02", "集中征缴期内尚未缴纳下一年度城乡居民医保的群众"},
}

// ListInfo finds a list by its key.
func ListInfo(key OutreachList) (OutreachListInfo, error) {
	for _, l := range OutreachLists {
		if l.Key == key {
			return l, nil
		}
	}
	return OutreachListInfo{}, Invalid("list", "请选择主动服务清单")
}

// OutreachSettings are the local rules behind the lists (stored as hall settings).
type OutreachSettings struct {
	ReviewMonths    int    `json:"reviewMonths"`    // 低保复核周期：12（每年）或 6（每半年）
	CollectionStart string `json:"collectionStart"` // 医保集中征缴期开始 MM-DD
	CollectionEnd   string `json:"collectionEnd"`   // 医保集中征缴期结束 MM-DD（早于开始即跨年）
	NewbornMonths   int    `json:"newbornMonths"`   // 出生多少个月内算新生儿
}

// DefaultOutreachSettings are the national defaults: yearly re-review, collection 1 Sep – 31 Dec
// for next year's cover, newborns up to one year old.
func DefaultOutreachSettings() OutreachSettings {
	return OutreachSettings{ReviewMonths: 12, CollectionStart: "09-01", CollectionEnd: "12-31", NewbornMonths: 12}
}

// Clean validates the settings.
func (s OutreachSettings) Clean() (OutreachSettings, error) {
	if s.ReviewMonths != 6 && s.ReviewMonths != 12 {
		return s, Invalid("reviewMonths", "低保复核周期只能是每年或每半年")
	}
	if !validMonthDay(s.CollectionStart) {
		return s, Invalid("collectionStart", "请填写征缴期开始日期（如 09-01）")
	}
	if !validMonthDay(s.CollectionEnd) {
		return s, Invalid("collectionEnd", "请填写征缴期结束日期（如 12-31）")
	}
	if s.CollectionStart == s.CollectionEnd {
		return s, Invalid("collectionEnd", "征缴期结束日期不能与开始日期相同")
	}
	if s.NewbornMonths < 1 || s.NewbornMonths > 36 {
		return s, Invalid("newbornMonths", "新生儿月龄应在1至36个月之间")
	}
	return s, nil
}

// validMonthDay accepts MM-DD of any year, 02-29 included.
func validMonthDay(s string) bool {
	t, err := time.Parse(DateLayout, "2024-"+s)
	return err == nil && t.Format("01-02") == s
}

// dayOf is the calendar date of t in the hall's time zone, at midnight.
func dayOf(t time.Time) time.Time {
	t = t.In(China)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, China)
}

// NextMonth is the first and last day of the month after today's.
func NextMonth(today time.Time) (first, last time.Time) {
	d := dayOf(today)
	first = time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, China)
	return first, first.AddDate(0, 1, -1)
}

// Turning60Births is the range of birth dates [from, to) of those who turn 60 next month.
func Turning60Births(today time.Time) (from, to Date) {
	first, _ := NextMonth(today)
	return DateOf(first.AddDate(-60, 0, 0)), DateOf(first.AddDate(-60, 1, 0))
}

// AddMonths moves a date by n months, keeping the day but not past the end of the month
// (08-31 plus six months is the last day of February).
func AddMonths(d time.Time, n int) time.Time {
	first := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, d.Location())
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d.Day(), last), 0, 0, 0, 0, d.Location())
}

// AllowanceReviewDue is when an allowance approved on `approved` is due for re-review; no date
// for no approval.
func AllowanceReviewDue(approved Date, months int) Date {
	if approved.IsZero() {
		return Date{}
	}
	return DateOf(AddMonths(approved.Time(), months))
}

// ReviewCutoff is the last approval date whose re-review falls due by the end of next month:
// the hall calls those households this month.
func ReviewCutoff(today time.Time, months int) Date {
	first, _ := NextMonth(today)
	return DateOf(time.Date(first.Year(), first.Month()-time.Month(months)+1, 1, 0, 0, 0, 0, China).AddDate(0, 0, -1))
}

// NewbornSince is the earliest birth date that still counts as a newborn today.
func NewbornSince(today time.Time, months int) Date {
	return DateOf(AddMonths(dayOf(today), -months))
}

// Collection is the medical-insurance collection period (集中征缴期) today falls in, if any.
type Collection struct {
	Open      bool `json:"open"`
	From      Date `json:"from" ts_type:"string"`
	To        Date `json:"to" ts_type:"string"`
	CoverYear int  `json:"coverYear"` // the year the payment covers
}

// CollectionOn says whether today is inside the collection period of the settings. A period
// whose end comes before its start runs over the new year (e.g. 09-01 to 02-28).
func CollectionOn(today time.Time, s OutreachSettings) Collection {
	d := dayOf(today)
	md, y := d.Format("01-02"), d.Year()
	start := func(year int) Date { return monthDayIn(year, s.CollectionStart) }
	endOf := func(year int) Date { return monthDayIn(year, s.CollectionEnd) }
	if s.CollectionStart <= s.CollectionEnd {
		if md >= s.CollectionStart && md <= s.CollectionEnd {
			return Collection{true, start(y), endOf(y), y + 1}
		}
		return Collection{CoverYear: y + 1}
	}
	switch {
	case md >= s.CollectionStart:
		return Collection{true, start(y), endOf(y + 1), y + 1}
	case md <= s.CollectionEnd:
		return Collection{true, start(y - 1), endOf(y), y}
	}
	return Collection{CoverYear: y + 1}
}

// monthDayIn is the day of a setting's "MM-DD" in year; 02-29 in a common year is 02-28. The
// settings are checked when saved, so an unreadable one gives no date, which the store refuses.
func monthDayIn(year int, md string) Date {
	var m, d int
	if n, err := fmt.Sscanf(md, "%d-%d", &m, &d); err != nil || n != 2 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}
	}
	if m == 2 && d == 29 && !isLeap(year) {
		d = 28
	}
	return NewDate(year, time.Month(m), d)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// OutreachQuery asks for one page of a list, optionally for one village.
type OutreachQuery struct {
	List      OutreachList `json:"list"`
	VillageID int64        `json:"villageId"`
	Page      int          `json:"page"`
	PageSize  int          `json:"pageSize"`
}

// OutreachRow is one resident to contact. ID and phone are masked and the birth date withheld
// unless the caller asked for (and may have) the full numbers; see Disclosure.
type OutreachRow struct {
	ResidentID  int64  `json:"residentId"`
	Name        string `json:"name"`
	Sex         string `json:"sex"`
	BirthDate   Date   `json:"birthDate" ts_type:"string"` // "" unless the numbers are shown in full
	BirthMonth  string `json:"birthMonth"`                 // YYYY-MM
	Age         int    `json:"age"`
	IDNumber    string `json:"idNumber"`
	Phone       string `json:"phone"`
	VillageID   int64  `json:"villageId"`
	VillageName string `json:"villageName"`
	GroupName   string `json:"groupName"`
	Address     string `json:"address"`
	// Reason says why the resident is on the list; Due is the date that matters (turning 60,
	// re-review due) and DueMonth its month, YYYY-MM; turning 60 with the numbers masked, Due is
	// withheld (it would tell the birth date) and DueMonth alone says when. Overdue says whether
	// Due has come.
	Reason   string `json:"reason"`
	Due      Date   `json:"due" ts_type:"string"`
	DueMonth string `json:"dueMonth"`
	Overdue  bool   `json:"overdue"`
	// Allowance: the last approval and its monthly amount (re-review list only).
	ApprovedOn    Date   `json:"approvedOn" ts_type:"string"`
	MonthlyAmount string `json:"monthlyAmount"`
}

// OutreachPage is one page of a list with what the screen says about it.
type OutreachPage struct {
	List      OutreachListInfo `json:"list"`
	Items     []OutreachRow    `json:"items"`
	Total     int              `json:"total"`
	Page      int              `json:"page"`
	Note      string           `json:"note"` // the rule that made the list, in words
	Inactive  bool             `json:"inactive"`
	Full      bool             `json:"full"` // numbers shown in full
	Truncated bool             `json:"truncated"`
}

// Allowance is one household receiving 低保 in a month: the head (the case's applicant), the
// amount approved for it and how many people the household has, where known.
type Allowance struct {
	ResidentID    int64  `json:"residentId"`
	Name          string `json:"name"`
	IDNumber      string `json:"idNumber"`
	VillageID     int64  `json:"villageId"`
	VillageName   string `json:"villageName"`
	GroupName     string `json:"groupName"`
	Members       int    `json:"members"` // 0: not known
	MonthlyAmount string `json:"monthlyAmount"`
	FirstPaid     string `json:"firstPaid"` // YYYY-MM
	CaseNumber    string `json:"caseNumber"`
}

// PaySheetInput asks for the sign-for sheet (签领表) of a payment month, for one village or all.
type PaySheetInput struct {
	VillageID int64  `json:"villageId"`
	Month     string `json:"month"` // YYYY-MM
}

// Clean checks the month.
func (in PaySheetInput) Clean() (PaySheetInput, error) {
	if !monthRe.MatchString(in.Month) {
		return in, Invalid("month", "请选择发放月份（如 2026-12）")
	}
	return in, nil
}

// OutreachExport asks for a whole list to print or export; Full asks for unmasked numbers,
// which only roles that may reveal them get.
type OutreachExport struct {
	List      OutreachList `json:"list"`
	VillageID int64        `json:"villageId"`
	Full      bool         `json:"full"`
}

// MaxOutreachRows bounds a printed or exported list; the screen pages through any length.
const MaxOutreachRows = 5000

// OutreachNote explains a list's rule as of today; inactive is set when the list does not
// apply now (the unpaid list outside the collection period).
func OutreachNote(list OutreachList, st OutreachSettings, today time.Time) (note string, inactive bool) {
	first, last := NextMonth(today)
	switch list {
	case ListTurning60:
		return "出生于" + cnMonth(first.AddDate(-60, 0, 0)) + "、将于" + cnMonth(first) + "年满60周岁且未申请养老保险待遇领取的群众", false
	case ListReview:
		return "低保复核周期为" + cycleLabel(st.ReviewMonths) + "：自最近一次审批起，截至" + cnDay(last) +
			"到期应复核、尚未在办复核的低保户（审批日不晚于" + ReviewCutoff(today, st.ReviewMonths).String() + "）", false
	case ListNewborn:
		return "出生" + strconv.Itoa(st.NewbornMonths) + "个月内（" + NewbornSince(today, st.NewbornMonths).String() +
			"以后出生）、尚未办理医保参保登记或缴费的新生儿", false
	case ListUnpaid:
		c := CollectionOn(today, st)
		if !c.Open {
			return "当前不在医保集中征缴期（每年" + st.CollectionStart + "至" + st.CollectionEnd + "），征缴期内本清单列出尚未缴费的群众", true
		}
		return "集中征缴期" + c.From.String() + "至" + c.To.String() + "：征缴期内尚未办理" + strconv.Itoa(c.CoverYear) + "年度医保缴费的群众", false
	}
	return "", true
}

func cycleLabel(months int) string {
	if months == 6 {
		return "每半年"
	}
	return "每年"
}

func cnMonth(t time.Time) string {
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月"
}

func cnDay(t time.Time) string { return cnMonth(t) + strconv.Itoa(t.Day()) + "日" }

// DescribeOutreach fills a row's age, the date that matters and why the resident is listed,
// and shows its numbers and birth date as d says. Masked, a birth date goes out as its year and
// month (BirthMonth) only: the month someone turns 60 is the list's meaning, the day is not.
// A list chosen by birth date (turning 60, newborns) with a stored birth date that does not parse
// is an error, never a row without its reason.
func DescribeOutreach(list OutreachList, r OutreachRow, st OutreachSettings, today time.Time, d Disclosure) (OutreachRow, error) {
	day := dayOf(today)
	r.Age = AgeOn(r.BirthDate, day)
	r.BirthMonth = BirthMonth(r.BirthDate)
	switch list {
	case ListTurning60:
		if r.BirthDate.IsZero() {
			return r, fmt.Errorf("outreach row of resident %d has no birth date", r.ResidentID)
		}
		at60 := AddMonths(r.BirthDate.Time(), 60*12)
		r.Due, r.Reason = DateOf(at60), cnDay(at60)
		r.DueMonth = r.Due.Month()
		if !d.Full() {
			r.Due, r.Reason = Date{}, cnMonth(at60)
		}
		r.Reason += "年满60周岁，可申请养老保险待遇领取"
	case ListReview:
		if r.ApprovedOn.IsZero() {
			return r, fmt.Errorf("outreach row of resident %d has no approval date", r.ResidentID)
		}
		r.Due = AllowanceReviewDue(r.ApprovedOn, st.ReviewMonths)
		r.DueMonth, r.Overdue = r.Due.Month(), !r.Due.After(DateOf(day))
		state := "到期"
		if r.Overdue {
			state = "已到期"
		}
		r.Reason = r.ApprovedOn.String() + "审批，月保障金额" + r.MonthlyAmount + "元，" + cycleLabel(st.ReviewMonths) + "复核，" + r.Due.String() + state
	case ListNewborn:
		if r.BirthDate.IsZero() {
			return r, fmt.Errorf("outreach row of resident %d has no birth date", r.ResidentID)
		}
		born := r.BirthDate.String()
		if !d.Full() {
			born = cnMonth(r.BirthDate.Time())
		}
		r.Reason = born + "出生，尚未办理医保参保登记"
	case ListUnpaid:
		r.Reason = "尚未办理" + strconv.Itoa(CollectionOn(today, st).CoverYear) + "年度城乡居民医保缴费"
	}
	r.IDNumber, r.Phone, r.BirthDate = d.IDNumber(r.IDNumber), d.Phone(r.Phone), d.BirthDate(r.BirthDate)
	return r, nil
}

// AmountCents reads a yuan amount such as "650" or "650.5" (validated when it was recorded).
func AmountCents(s string) int64 {
	whole, frac, _ := strings.Cut(strings.TrimSpace(s), ".")
	w, _ := strconv.ParseInt(whole, 10, 64)
	f, _ := strconv.ParseInt((frac + "00")[:2], 10, 64)
	return w*100 + f
}

// Yuan writes cents as yuan with two decimals.
func Yuan(cents int64) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}
