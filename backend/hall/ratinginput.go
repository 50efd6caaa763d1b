package hall

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Limits of what a rating carries.
const (
	MaxRatingComment = 200 // the citizen's optional comment
	MaxRatingReason  = 500 // a callback's account, a review's reason
	MaxRemedyDays    = 60  // the longest rectification limit a hall may set
	MaxCardNo        = 30  // a paper card's printed number
)

// PadAnswer is the citizen's answer on the pad: the level, the indicators marked for it, and an
// optional comment. RequestID names the request the pad showed.
type PadAnswer struct {
	RequestID  int64    `json:"requestId"`
	Level      int      `json:"level"`
	Indicators []string `json:"indicators"`
	Comment    string   `json:"comment"`
}

// RatingEntry is a rating a supervisor enters for a case: a paper card (with its number) or
// what the citizen said on a phone callback.
type RatingEntry struct {
	CaseID     int64         `json:"caseId"`
	Channel    RatingChannel `json:"channel"`
	Level      int           `json:"level"`
	Indicators []string      `json:"indicators"`
	Comment    string        `json:"comment"`
	CardNo     string        `json:"cardNo"`
}

// CallbackInput is one callback on a bad rating: the day, what was done, the citizen's new
// rating (0: none given) and whether the rectification is finished.
type CallbackInput struct {
	RatingID int64  `json:"ratingId"`
	On       Date   `json:"on" ts_type:"string"`
	Done     string `json:"done"`
	NewLevel int    `json:"newLevel"`
	Resolved bool   `json:"resolved"`
}

// ReviewProposal is a supervisor's proposal that a rating was malicious.
type ReviewProposal struct {
	RatingID int64  `json:"ratingId"`
	Reason   string `json:"reason"`
}

// ReviewDecision is a leader's decision on a proposed review.
type ReviewDecision struct {
	ReviewID int64  `json:"reviewId"`
	Approve  bool   `json:"approve"`
	Reason   string `json:"reason"`
}

var cardNoRe = regexp.MustCompile(`^[0-9A-Za-z-]{1,` + strconv.Itoa(MaxCardNo) + `}$`)

func checkLevel(level int) error {
	if level < 1 || level > len(Ratings) {
		return Invalid("level", "请选择评价：非常满意、满意、基本满意、不满意或非常不满意")
	}
	return nil
}

// cleanIndicators keeps the indicators of the current content, each once; an unknown one is
// refused (a hall can neither add nor remove indicators).
func cleanIndicators(codes []string) ([]string, error) {
	out := []string{}
	for _, c := range codes {
		if IndicatorName(OfflineContent.Version, c) == "" {
			return nil, Invalid("indicators", "评价指标“"+c+"”不在全国统一的评价内容中")
		}
		if !oneOf(c, out) {
			out = append(out, c)
		}
	}
	return out, nil
}

// Clean checks the pad's answer.
func (a PadAnswer) Clean() (PadAnswer, error) {
	if err := checkLevel(a.Level); err != nil {
		return a, err
	}
	var err error
	if a.Indicators, err = cleanIndicators(a.Indicators); err != nil {
		return a, err
	}
	a.Comment, err = CleanText("comment", "意见建议", a.Comment, MaxRatingComment, false)
	return a, err
}

// Clean checks a rating a supervisor enters.
func (e RatingEntry) Clean() (RatingEntry, error) {
	if !e.Channel.Entered() {
		return e, Invalid("channel", "请选择评价渠道：纸质评价卡或电话回访")
	}
	if err := checkLevel(e.Level); err != nil {
		return e, err
	}
	e.CardNo = strings.TrimSpace(e.CardNo)
	if e.Channel == ChannelCard && !cardNoRe.MatchString(e.CardNo) {
		return e, Invalid("cardNo", "请填写评价卡上的编号（字母、数字，最多30位）")
	}
	if e.Channel != ChannelCard {
		e.CardNo = ""
	}
	var err error
	if e.Indicators, err = cleanIndicators(e.Indicators); err != nil {
		return e, err
	}
	e.Comment, err = CleanText("comment", "意见建议", e.Comment, MaxRatingComment, false)
	return e, err
}

// Clean checks a callback; the day defaults to today and may not be later.
func (c CallbackInput) Clean(today time.Time) (CallbackInput, error) {
	var err error
	if c.On, err = PastDate("on", "回访日期", c.On, today); err != nil {
		return c, err
	}
	if c.Done, err = CleanText("done", "整改及回访情况", c.Done, MaxRatingReason, true); err != nil {
		return c, err
	}
	if c.NewLevel != 0 {
		if err := checkLevel(c.NewLevel); err != nil {
			return c, Invalid("newLevel", "群众的新评价应为五个等级之一，或不填")
		}
	}
	return c, nil
}

// Clean checks a proposal.
func (p ReviewProposal) Clean() (ReviewProposal, error) {
	var err error
	p.Reason, err = CleanText("reason", "申请复核的理由", p.Reason, MaxRatingReason, true)
	return p, err
}

// Clean checks a decision.
func (d ReviewDecision) Clean() (ReviewDecision, error) {
	var err error
	d.Reason, err = CleanText("reason", "审核意见", d.Reason, MaxRatingReason, true)
	return d, err
}

// CheckRemedyDays checks the hall's rectification limit in working days.
func CheckRemedyDays(days int) error {
	if days < 1 || days > MaxRemedyDays {
		return Invalid("remedyDays", "差评整改期限应为1至60个工作日")
	}
	return nil
}
