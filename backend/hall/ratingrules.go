package hall

import (
	"strings"
	"time"
)

// IndicatorsAt are the marked indicators, each at the level the citizen chose.
func IndicatorsAt(codes []string, level int) []IndicatorLevel {
	out := make([]IndicatorLevel, 0, len(codes))
	for _, c := range codes {
		out = append(out, IndicatorLevel{Code: c, Name: IndicatorName(OfflineContent.Version, c), Level: level})
	}
	return out
}

// RateCase is what a citizen's rating does to the case it rates: the case must be finished
// (已办结 or 已反馈) and not rated yet (one evaluation per case); it becomes 已评价 with the
// level and comment, a bad level opens rectification due in days working days (the hall's
// setting), and a case rated before its feedback was recorded takes the channel's way of
// telling (the citizen was at the window, or on the phone) as its feedback. clerk is who served.
func RateCase(cs CaseRecord, level int, ch RatingChannel, comment, clerk string, cal CaseCalendar, days int, now time.Time) (CaseChange, error) {
	if cs.Rating > 0 {
		return CaseChange{}, Conflict("该办件已有群众评价（" + RatingLabel(cs.Rating) + "），每件只评价一次")
	}
	if cs.Status != StatusDone && cs.Status != StatusFedBack {
		return CaseChange{}, Conflict("办件当前为“" + cs.Status.Label() + "”，办结后才能评价")
	}
	today := chinaDay(now)
	from := cs.Status
	if cs.FeedbackMethod == "" {
		cs.FeedbackMethod, cs.FeedbackAt, cs.FeedbackBy = "当面", DateOf(today), clerk
		if ch == ChannelPhone {
			cs.FeedbackMethod = "电话"
		}
	}
	cs.Rating, cs.RatingNote, cs.Status = level, comment, StatusRated
	if RatingIsBad(level) {
		cs.RemedyDue = RemedyDueIn(cal, today, days)
	}
	note := strings.TrimSpace(RatingLabel(level) + "（" + ch.Label() + "） " + comment)
	return CaseChange{Case: cs, Version: cs.Version,
		Entry: CaseEntry{Action: ActRate, From: from, To: StatusRated, Note: note}}, nil
}

// CheckCallback says whether a callback may be recorded on rating r: only a bad rating (not yet
// rectified) is called back.
func CheckCallback(r Rating) error {
	switch {
	case r.Pending || !RatingIsBad(r.Level):
		return Conflict("只有“不满意”“非常不满意”的评价需要整改回访")
	case r.Rectified:
		return Conflict("该差评已整改完毕，不能再登记回访")
	}
	return nil
}

// CheckProposal says whether a review may be proposed for rating r: a bad rating, with no
// review open or approved.
func CheckProposal(r Rating) error {
	if r.Pending || !RatingIsBad(r.Level) {
		return Conflict("只有“不满意”“非常不满意”的评价可以申请恶意差评复核")
	}
	for _, rv := range r.Reviews {
		if rv.State == ReviewProposed {
			return Conflict("该评价已有待审核的复核申请")
		}
		if rv.State == ReviewApproved {
			return Conflict("该评价已认定为恶意差评")
		}
	}
	return nil
}

// CheckDecision says whether review rv may be decided: only a proposed one, once.
func CheckDecision(rv RatingReview) error {
	if rv.State != ReviewProposed {
		return Conflict("该复核申请已审核（" + ReviewLabel(rv.State) + "），不能再次审核")
	}
	return nil
}

// RemedyAfterCallback is the case's rectification record after a callback: the account appended
// with its day, resolved once the callback says so.
func RemedyAfterCallback(cs CaseRecord, in CallbackInput) CaseRecord {
	line := in.On.String() + " " + in.Done
	if in.NewLevel > 0 {
		line += "（群众新评价：" + RatingLabel(in.NewLevel) + "）"
	}
	cs.RemedyNote = strings.TrimSpace(cs.RemedyNote + "\n" + line)
	cs.RemedyResolved = cs.RemedyResolved || in.Resolved
	return cs
}
