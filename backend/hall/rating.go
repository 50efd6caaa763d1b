package hall

// RatingChannel is how a citizen's 好差评 rating reached the hall.
type RatingChannel string

// The channels of a rating. Ratings from before the pads keep ChannelCounter: the clerk typed
// them at the counter, which the 好差评 rules no longer allow.
const (
	ChannelPad     RatingChannel = "pad"     // 评价器: the citizen taps it at the window
	ChannelCard    RatingChannel = "card"    // 纸质评价卡, entered by a supervisor with the card's number
	ChannelPhone   RatingChannel = "phone"   // 电话回访, entered by a supervisor
	ChannelCounter RatingChannel = "counter" // 窗口录入: entered by the clerk (old ratings only)
)

var channelLabels = map[RatingChannel]string{
	ChannelPad: "评价器", ChannelCard: "纸质评价卡", ChannelPhone: "电话回访", ChannelCounter: "窗口录入",
}

// Label is the channel's Chinese name.
func (c RatingChannel) Label() string { return channelLabels[c] }

// Entered reports whether a supervisor may enter a rating through this channel by hand.
func (c RatingChannel) Entered() bool { return c == ChannelCard || c == ChannelPhone }

// RatingUnrated is the level recorded when the citizen left the pad untouched (未评价).
const RatingUnrated = 0

// UnratedLabel names a pad request that timed out.
const UnratedLabel = "未评价"

// RatingIndicator is one indicator of the content standard.
type RatingIndicator struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// RatingContent is one version of the national offline 好差评 content: the overall level
// (整体满意度) and the indicators the citizen may mark for the level chosen. The content is
// uniform nationwide: a hall can neither add nor remove an indicator, so it is a constant here,
// never a setting.
type RatingContent struct {
	Version    string            `json:"version"`
	Title      string            `json:"title"`
	Overall    string            `json:"overall"`
	Levels     []string          `json:"levels"`
	Indicators []RatingIndicator `json:"indicators"`
}

// OfflineContent is the content the pads show now; every rating records its Version.
var OfflineContent = RatingContent{
	Version: "offline-2019-1",
	Title:   "政务服务“好差评”线下评价（国办发〔2019〕51号）",
	Overall: "整体满意度",
	Levels:  Ratings,
	Indicators: []RatingIndicator{
		{Code: "efficiency", Name: "服务效率"},
		{Code: "skill", Name: "服务水平"},
		{Code: "attitude", Name: "服务态度"},
	},
}

// contents holds every content version ever shown, so an old rating's indicators stay readable.
var contents = map[string]RatingContent{OfflineContent.Version: OfflineContent}

// IndicatorName names an indicator of a content version, or "" when unknown.
func IndicatorName(version, code string) string {
	for _, in := range contents[version].Indicators {
		if in.Code == code {
			return in.Name
		}
	}
	return ""
}

// IndicatorLevel is an indicator the citizen marked, at the level chosen.
type IndicatorLevel struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Level int    `json:"level"`
}

// RatingRequest is what a window's pad shows after a service: the hall, the clerk (name and
// work number: the operator's login name), the item, and what is rated (a case or a ticket).
// ID is the request the pad answers.
type RatingRequest struct {
	ID        int64         `json:"id"`
	HallName  string        `json:"hallName"`
	ClerkID   int64         `json:"clerkId"`
	ClerkName string        `json:"clerkName"`
	ClerkNo   string        `json:"clerkNo"`
	Item      string        `json:"item"`
	CaseID    int64         `json:"caseId"`
	TicketID  int64         `json:"ticketId"`
	Window    int           `json:"window"`
	At        string        `json:"at"`
	Content   RatingContent `json:"content"`
}

// Review states of a malicious-rating review (恶意差评复核).
const (
	ReviewProposed = "proposed" // 待领导审核
	ReviewApproved = "approved" // 认定为恶意差评: out of the satisfaction rate
	ReviewRejected = "rejected" // 不予认定
)

var reviewLabels = map[string]string{ReviewProposed: "待领导审核", ReviewApproved: "已认定为恶意差评", ReviewRejected: "不予认定"}

// ReviewLabel names a review state.
func ReviewLabel(state string) string { return reviewLabels[state] }

// Rating is one rating as stored and shown: by the pad (pending until answered, then a level or
// 未评价), a paper card, a phone callback, or the counter (old ratings).
type Rating struct {
	ID             int64            `json:"id"`
	CaseID         int64            `json:"caseId"`
	TicketID       int64            `json:"ticketId"`
	Window         int              `json:"window"`
	Pending        bool             `json:"pending"` // a pad request not answered yet
	Level          int              `json:"level"`   // 1–5, or RatingUnrated
	LevelLabel     string           `json:"levelLabel"`
	Indicators     []IndicatorLevel `json:"indicators"`
	Comment        string           `json:"comment"`
	Channel        RatingChannel    `json:"channel"`
	ChannelLabel   string           `json:"channelLabel"`
	CardNo         string           `json:"cardNo"`
	DeviceName     string           `json:"deviceName"`
	ClerkID        int64            `json:"clerkId"`
	ClerkName      string           `json:"clerkName"`
	ClerkNo        string           `json:"clerkNo"`
	Item           string           `json:"item"`
	ContentVersion string           `json:"contentVersion"`
	RequestedAt    string           `json:"requestedAt"`
	At             string           `json:"at"`
	RecordedBy     string           `json:"recordedBy"`
	RectifyDue     Date             `json:"rectifyDue" ts_type:"string"`
	Rectified      bool             `json:"rectified"`
	Excluded       bool             `json:"excluded"` // an approved review took it out of the satisfaction rate
	Callbacks      []RatingCallback `json:"callbacks"`
	Reviews        []RatingReview   `json:"reviews"`
}

// Label fills the Chinese names of the rating's level, channel and indicators.
func (r Rating) Label() Rating {
	r.ChannelLabel = r.Channel.Label()
	switch {
	case r.Pending:
		r.LevelLabel = "等待群众评价"
	case r.Level == RatingUnrated:
		r.LevelLabel = UnratedLabel
	default:
		r.LevelLabel = RatingLabel(r.Level)
	}
	for i := range r.Indicators {
		r.Indicators[i].Name = IndicatorName(r.ContentVersion, r.Indicators[i].Code)
	}
	for i := range r.Callbacks {
		r.Callbacks[i].NewLevelLabel = RatingLabel(r.Callbacks[i].NewLevel)
	}
	for i := range r.Reviews {
		r.Reviews[i].StateLabel = ReviewLabel(r.Reviews[i].State)
	}
	return r
}

// RatingCallback is one callback (回访) on a bad rating: when, who, what was done, and the
// citizen's new rating if given.
type RatingCallback struct {
	ID            int64  `json:"id"`
	RatingID      int64  `json:"ratingId"`
	On            Date   `json:"on" ts_type:"string"`
	By            string `json:"by"`
	Done          string `json:"done"`
	NewLevel      int    `json:"newLevel"` // 0: the citizen gave no new rating
	NewLevelLabel string `json:"newLevelLabel"`
	Resolved      bool   `json:"resolved"`
	RecordedAt    string `json:"recordedAt"`
}

// RatingReview is a review of a rating thought malicious: a supervisor proposes it, a leader
// decides it.
type RatingReview struct {
	ID             int64  `json:"id"`
	RatingID       int64  `json:"ratingId"`
	Reason         string `json:"reason"`
	ProposedBy     string `json:"proposedBy"`
	ProposedAt     string `json:"proposedAt"`
	State          string `json:"state"`
	StateLabel     string `json:"stateLabel"`
	DecisionReason string `json:"decisionReason"`
	DecidedBy      string `json:"decidedBy"`
	DecidedAt      string `json:"decidedAt"`
}
