package hall

import "time"

// Period is an inclusive range of the hall's calendar dates that reports count over.
type Period struct {
	From Date `json:"from" ts_type:"string"`
	To   Date `json:"to" ts_type:"string"`
}

// maxPeriodDays bounds a report's range: ten years is more than any hall keeps open.
const maxPeriodDays = 3660

// Clean checks that both dates are given and their order. (A text that is not a date never
// gets here: the JSON decoder refuses it, see Date.UnmarshalJSON.)
func (p Period) Clean() (Period, error) {
	if p.From.IsZero() {
		return p, Invalid("from", "请选择统计的开始日期")
	}
	if p.To.IsZero() {
		return p, Invalid("to", "请选择统计的结束日期")
	}
	if p.To.Before(p.From) {
		return p, Invalid("to", "结束日期不能早于开始日期")
	}
	if p.From.DaysUntil(p.To) > maxPeriodDays {
		return p, Invalid("to", "统计期间不能超过十年")
	}
	return p, nil
}

// Days is the number of days of the period, both ends included; 0 when it has no dates.
func (p Period) Days() int {
	if p.From.IsZero() || p.To.IsZero() {
		return 0
	}
	return max(p.From.DaysUntil(p.To)+1, 0)
}

// UTCRange returns the period as a half-open range [from, to) of UTC RFC 3339 stamps, the form in
// which the store keeps the moment a record was made. A period without its dates is an Invalid
// error (the period was not cleaned), never a silently empty range.
func (p Period) UTCRange() (from, to string, err error) {
	if p.From.IsZero() {
		return "", "", Invalid("from", "请选择统计的开始日期")
	}
	if p.To.IsZero() {
		return "", "", Invalid("to", "请选择统计的结束日期")
	}
	return p.From.Time().UTC().Format(time.RFC3339), p.To.AddDays(1).Time().UTC().Format(time.RFC3339), nil
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
