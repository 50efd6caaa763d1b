package hall

import "time"

// Period is an inclusive range of the hall's calendar dates (YYYY-MM-DD) that reports count over.
type Period struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// maxPeriodDays bounds a report's range: ten years is more than any hall keeps open.
const maxPeriodDays = 3660

// Clean checks the dates and their order.
func (p Period) Clean() (Period, error) {
	from, err := time.ParseInLocation(DateLayout, p.From, China)
	if err != nil {
		return p, Invalid("from", "请选择统计的开始日期")
	}
	to, err := time.ParseInLocation(DateLayout, p.To, China)
	if err != nil {
		return p, Invalid("to", "请选择统计的结束日期")
	}
	if to.Before(from) {
		return p, Invalid("to", "结束日期不能早于开始日期")
	}
	if to.Sub(from) > maxPeriodDays*24*time.Hour {
		return p, Invalid("to", "统计期间不能超过十年")
	}
	return p, nil
}

// UTCRange returns the period as a half-open range [from, to) of UTC RFC 3339 stamps, the form in
// which the store keeps the moment a record was made. A date that does not parse is an Invalid
// error (the period was not cleaned), never a silently empty range.
func (p Period) UTCRange() (from, to string, err error) {
	f, err := ParseDate("from", "统计的开始日期", p.From)
	if err != nil {
		return "", "", err
	}
	t, err := ParseDate("to", "统计的结束日期", p.To)
	if err != nil {
		return "", "", err
	}
	return f.UTC().Format(time.RFC3339), t.AddDate(0, 0, 1).UTC().Format(time.RFC3339), nil
}

// CaseSummary is the seed briefing's figures for the cases taken in a period. Every case counts
// in exactly one of OnSpot, Proxy, Joint, Declined and InProgress, so they add up to Sorted.
type CaseSummary struct {
	Sorted     int `json:"sorted"`     // 梳理问题数: cases taken
	OnSpot     int `json:"onSpot"`     // 现场解决: 即办 cases finished with 办成
	Proxy      int `json:"proxy"`      // 代办解决: 代办 cases finished with 办成
	Joint      int `json:"joint"`      // 联动解决: 上报 cases finished with 办成
	Declined   int `json:"declined"`   // finished otherwise (不予办理, 转办)
	InProgress int `json:"inProgress"` // 正在落实: not finished yet
	Rated      int `json:"rated"`      // cases with a 好差评 rating
	Good       int `json:"good"`       // rated 非常满意 or 满意
	Bad        int `json:"bad"`        // rated 不满意 or 非常不满意
	// Satisfaction is Good ÷ Rated (0 when nothing was rated).
	Satisfaction float64 `json:"satisfaction"`
}
