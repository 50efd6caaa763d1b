package hall

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// HelpKinds are the ways a paired cadre helps a needy household (助亲).
var HelpKinds = []string{"资金", "项目", "技术", "就业", "物资"}

// PairInput pairs a cadre with a needy household (结亲) from a date, default today.
type PairInput struct {
	CadreID     int64  `json:"cadreId"`
	HouseholdID int64  `json:"householdId"`
	From        Date   `json:"from" ts_type:"string"`
	Note        string `json:"note"`
}

// CleanPair validates a pairing as of today.
func CleanPair(in PairInput, today time.Time) (PairInput, error) {
	var err error
	if in.CadreID <= 0 {
		return in, Invalid("cadreId", "请选择结亲干部")
	}
	if in.HouseholdID <= 0 {
		return in, Invalid("householdId", "请选择结亲的困难户")
	}
	if in.From, err = PastDate("from", "结亲日期", in.From, today); err != nil {
		return in, err
	}
	in.Note, err = CleanText("note", "困难情况", in.Note, MaxPairNote, false)
	return in, err
}

// EndPairInput ends a pairing (the household has got out of difficulty, or the cadre leaves).
type EndPairInput struct {
	PairID int64  `json:"pairId"`
	On     Date   `json:"on" ts_type:"string"`
	Note   string `json:"note"`
}

// Pair is a cadre paired with a needy household, with what the help has come to and when the
// household was last visited by that cadre.
type Pair struct {
	ID          int64  `json:"id"`
	CadreID     int64  `json:"cadreId"`
	CadreName   string `json:"cadreName"`
	HouseholdID int64  `json:"householdId"`
	HeadName    string `json:"headName"`
	VillageName string `json:"villageName"`
	GroupName   string `json:"groupName"`
	From        Date   `json:"from" ts_type:"string"`
	To          Date   `json:"to" ts_type:"string"`
	Note        string `json:"note"`
	HelpCount   int    `json:"helpCount"`
	HelpAmount  string `json:"helpAmount"`                 // yuan, 0.00
	LastVisit   Date   `json:"lastVisit" ts_type:"string"` // by this cadre
}

// PairResult is a new pairing and a warning (not a refusal) when the cadre now has more needy
// households than the usual number.
type PairResult struct {
	Pair    Pair   `json:"pair"`
	Warning string `json:"warning"`
}

// PairQuery lists pairings of a cadre, current ones unless Ended.
type PairQuery struct {
	CadreID  int64 `json:"cadreId"`
	Ended    bool  `json:"ended"`
	Page     int   `json:"page"`
	PageSize int   `json:"pageSize"`
}

// PairPage is one page of pairings.
type PairPage struct {
	Items []Pair `json:"items"`
	Total int    `json:"total"`
	Page  int    `json:"page"`
}

// HelpInput records help given to a paired household: the kind, an amount in yuan where money
// or goods have a value, what was done and when.
type HelpInput struct {
	PairID      int64  `json:"pairId"`
	Date        Date   `json:"date" ts_type:"string"`
	Kind        string `json:"kind"`
	Amount      string `json:"amount"` // yuan, up to two decimals; empty for none
	Description string `json:"description"`
}

// CleanHelp validates a help record as of today; it returns the amount in fen.
func CleanHelp(in HelpInput, today time.Time) (HelpInput, int64, error) {
	var err error
	if in.PairID <= 0 {
		return in, 0, Invalid("pairId", "请选择结亲户")
	}
	if in.Date, err = PastDate("date", "帮扶日期", in.Date, today); err != nil {
		return in, 0, err
	}
	if !oneOf(in.Kind, HelpKinds) {
		return in, 0, Invalid("kind", "请选择帮扶方式：资金、项目、技术、就业或物资")
	}
	var fen int64
	if strings.TrimSpace(in.Amount) != "" {
		if fen, err = ParseYuan("amount", "金额", in.Amount); err != nil {
			return in, 0, err
		}
	}
	if in.Kind == "资金" && fen == 0 {
		return in, 0, Invalid("amount", "资金帮扶请填写金额（元）")
	}
	in.Description, err = CleanText("description", "帮扶内容", in.Description, MaxHelpDescription, true)
	return in, fen, err
}

// HelpRecord is one help given to a paired household.
type HelpRecord struct {
	ID          int64  `json:"id"`
	PairID      int64  `json:"pairId"`
	CadreName   string `json:"cadreName"`
	HeadName    string `json:"headName"`
	Date        Date   `json:"date" ts_type:"string"`
	Kind        string `json:"kind"`
	Amount      string `json:"amount"`
	Description string `json:"description"`
	RecordedBy  string `json:"recordedBy"`
}

// DonationInput records a donation on thanksgiving day (感恩日, the 10th of each month by
// default): who gave, how much, what it is for, when.
type DonationInput struct {
	Date   Date   `json:"date" ts_type:"string"`
	Donor  string `json:"donor"`
	Amount string `json:"amount"`
	Use    string `json:"use"`
	Note   string `json:"note"`
}

// CleanDonation validates a donation as of today; it returns the amount in fen.
func CleanDonation(in DonationInput, today time.Time) (DonationInput, int64, error) {
	var err error
	if in.Date.IsZero() {
		return in, 0, Invalid("date", "请填写捐款日期")
	}
	if in.Date, err = PastDate("date", "捐款日期", in.Date, today); err != nil {
		return in, 0, err
	}
	if in.Donor, err = CleanText("donor", "捐款人（单位）", in.Donor, MaxDonor, true); err != nil {
		return in, 0, err
	}
	fen, err := ParseYuan("amount", "捐款金额", in.Amount)
	if err != nil {
		return in, 0, err
	}
	if fen == 0 {
		return in, 0, Invalid("amount", "请填写捐款金额（元）")
	}
	if in.Use, err = CleanText("use", "用途", in.Use, MaxDonationUse, true); err != nil {
		return in, 0, err
	}
	in.Note, err = CleanText("note", "备注", in.Note, MaxDonationNote, false)
	return in, fen, err
}

// Donation is one thanksgiving-day donation.
type Donation struct {
	ID         int64  `json:"id"`
	Date       Date   `json:"date" ts_type:"string"`
	Donor      string `json:"donor"`
	Amount     string `json:"amount"`
	Use        string `json:"use"`
	Note       string `json:"note"`
	RecordedBy string `json:"recordedBy"`
}

// MonthTotal is the donations of one month.
type MonthTotal struct {
	Month  string `json:"month"` // YYYY-MM
	Count  int    `json:"count"`
	Amount string `json:"amount"`
}

// DonationSummary is one year's donations, month by month, with the year's total and the next
// thanksgiving day.
type DonationSummary struct {
	Year             int          `json:"year"`
	Items            []Donation   `json:"items"`
	Months           []MonthTotal `json:"months"`
	Count            int          `json:"count"`
	Total            string       `json:"total"`
	NextThanksgiving Date         `json:"nextThanksgiving" ts_type:"string"`
}

var yuanRe = regexp.MustCompile(`^\d{1,7}(\.\d{1,2})?$`)

// ParseYuan reads an amount in yuan (up to 9,999,999.99, at most two decimals) as fen.
func ParseYuan(field, label, s string) (int64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if !yuanRe.MatchString(s) {
		return 0, Invalid(field, label+"应为金额（元），最多两位小数，如 500 或 1280.50")
	}
	whole, frac, _ := strings.Cut(s, ".")
	for len(frac) < 2 {
		frac += "0"
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	f, _ := strconv.ParseInt(frac, 10, 64)
	return w*100 + f, nil
}

// FormatYuan writes fen as yuan with two decimals: 128050 → 1280.50.
func FormatYuan(fen int64) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	return fmt.Sprintf("%s%d.%02d", sign, fen/100, fen%100)
}

// NextThanksgiving is the next thanksgiving day on or after today: the given day of this month,
// or of the next month once it has passed.
func NextThanksgiving(today time.Time, day int) Date {
	d := time.Date(today.Year(), today.Month(), day, 0, 0, 0, 0, today.Location())
	if d.Before(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, today.Location())) {
		d = time.Date(today.Year(), today.Month()+1, day, 0, 0, 0, 0, today.Location())
	}
	return DateOf(d)
}
