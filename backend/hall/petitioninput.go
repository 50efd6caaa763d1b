package hall

import (
	"strconv"
	"strings"
	"time"
)

// PetitionInput is the registration form (信访登记). The petitioner is a resident of the
// registry (ResidentID) or a person registered here with minimal data (name, address, phone and
// optionally the village).
type PetitionInput struct {
	Form            string           `json:"form"`
	Oral            bool             `json:"oral"` // written down by the staff, to be confirmed and signed
	ResidentID      int64            `json:"residentId"`
	Name            string           `json:"name"`
	Phone           string           `json:"phone"`
	Address         string           `json:"address"`
	VillageID       int64            `json:"villageId"`
	GroupVisit      bool             `json:"groupVisit"`
	HeadCount       int              `json:"headCount"`
	Representatives []Representative `json:"representatives"`
	Category        string           `json:"category"`
	Facts           string           `json:"facts"`
	Request         string           `json:"request"`
	Reasons         string           `json:"reasons"`
	ReceivedByID    int64            `json:"receivedById"`                // the leader who received the petitioner
	ReceivedOn      Date             `json:"receivedOn" ts_type:"string"` // default today
}

// CleanPetition validates the registration form as of today (China date). For a resident the
// name, phone, address and village come from the registry and are not checked here. Every bad
// field is reported at once (Problems).
func CleanPetition(in PetitionInput, today time.Time) (PetitionInput, error) {
	var p Problems
	var err error
	if !oneOf(in.Form, PetitionForms) {
		p.Add("form", "请选择信访形式：来访、来信、来电或网上")
	} else if in.Oral && in.Form != "来访" && in.Form != "来电" {
		p.Add("oral", "只有来访、来电的口头信访由工作人员代为记录")
	}
	switch {
	case in.ResidentID < 0:
		p.Add("residentId", "所选信访人不存在")
	case in.ResidentID == 0:
		in.Name, err = CleanName("name", "信访人姓名", in.Name, true)
		p.Check(err)
		in.Address, err = CleanText("address", "住址", in.Address, MaxAddress, true)
		p.Check(err)
		in.Phone, err = CleanPhone("phone", "联系电话", in.Phone, false)
		p.Check(err)
		if in.VillageID < 0 {
			in.VillageID = 0
		}
	default:
		in.Name, in.Phone, in.Address, in.VillageID = "", "", "", 0
	}
	cleanGroup(&in, &p)
	if !oneOf(in.Category, PetitionCategories) {
		p.Add("category", "请选择信访事项类别")
	}
	in.Facts, err = CleanText("facts", "事实经过", in.Facts, MaxPetitionFacts, true)
	p.Check(err)
	in.Request, err = CleanText("request", "信访请求", in.Request, MaxPetitionRequest, true)
	p.Check(err)
	in.Reasons, err = CleanText("reasons", "理由", in.Reasons, MaxPetitionReasons, false)
	p.Check(err)
	if in.ReceivedByID < 0 {
		in.ReceivedByID = 0
	}
	day := DateOf(today)
	if in.ReceivedOn.IsZero() {
		in.ReceivedOn = day
	}
	if in.ReceivedOn.After(day) {
		p.Add("receivedOn", "收到日期不正确（不能晚于今天）")
	} else if in.ReceivedOn.Before(day.AddDays(-365)) {
		p.Add("receivedOn", "收到日期不能早于一年前")
	}
	return in, p.Err()
}

// cleanGroup checks a group visit: at least two people and one to five representatives, each
// with a name, and no more representatives than people; a single petitioner has a head count of
// one and no representatives.
func cleanGroup(in *PetitionInput, p *Problems) {
	if !in.GroupVisit {
		in.HeadCount, in.Representatives = 1, []Representative{}
		return
	}
	if in.HeadCount < 2 || in.HeadCount > MaxHeadCount {
		p.Add("headCount", "集体访请填写来访人数（2人以上）")
	}
	switch {
	case len(in.Representatives) == 0:
		p.Add("representatives", "集体访请登记推选的代表（1至5人）")
	case len(in.Representatives) > MaxRepresentatives:
		p.Add("representatives", "多人就同一事项来访，推选的代表不得超过5人（《信访工作条例》）")
	case len(in.Representatives) > in.HeadCount && !p.Has("headCount"):
		p.Add("headCount", "来访人数不能少于代表人数（"+strconv.Itoa(len(in.Representatives))+"人）")
	}
	reps := make([]Representative, len(in.Representatives))
	for i, r := range in.Representatives {
		var err error
		n := strconv.Itoa(i + 1)
		r.Name, err = CleanName("representatives", "第"+n+"位代表的姓名", r.Name, true)
		p.Check(err)
		r.Phone, err = CleanPhone("representatives", "第"+n+"位代表的联系电话", r.Phone, false)
		p.Check(err)
		r.Address, err = CleanText("representatives", "第"+n+"位代表的住址", r.Address, MaxAddress, false)
		p.Check(err)
		reps[i] = r
	}
	in.Representatives = reps
}

// PetitionActionInput is an action on a petition with what that action needs.
type PetitionActionInput struct {
	PetitionID    int64          `json:"petitionId"`
	Action        PetitionAction `json:"action"`
	Note          string         `json:"note"`
	Date          Date           `json:"date" ts_type:"string"` // when it happened (default today)
	Reason        string         `json:"reason"`                // refuse, extend
	ReplyText     string         `json:"replyText"`             // refuse (written reply), reply, answer_review, answer_rereview
	ForwardedTo   string         `json:"forwardedTo"`           // forward
	ResponsibleID int64          `json:"responsibleId"`         // assign: a leader cadre
	HandlingUnit  string         `json:"handlingUnit"`          // assign
	Days          int            `json:"days"`                  // extend, 1–30 calendar days
	Approver      string         `json:"approver"`              // extend
	Informed      bool           `json:"informed"`              // extend: the petitioner was told why
	Satisfaction  string         `json:"satisfaction"`          // rate
	Version       int64          `json:"version"`               // the version of the petition the clerk saw
}

// CleanPetitionAction checks that the action carries what it needs, for petition p as of today.
func CleanPetitionAction(in PetitionActionInput, p Petition, today time.Time) (PetitionActionInput, error) {
	var err error
	if in.Note, err = CleanText("note", "说明", in.Note, MaxPetitionNote, false); err != nil {
		return in, err
	}
	day := DateOf(today)
	if in.Date.IsZero() {
		in.Date = day
	}
	if in.Date.After(day) {
		return in, Invalid("date", "日期不正确（不能晚于今天）")
	}
	if in.Date.Before(p.ReceivedOn) {
		return in, Invalid("date", "日期不能早于收到信访事项的日期")
	}
	require := func(field, label, v string, max int) (string, error) { return CleanText(field, label, v, max, true) }
	switch in.Action {
	case PaRefuse:
		if in.Reason, err = require("reason", "不予受理的理由", in.Reason, MaxPetitionReason); err != nil {
			return in, err
		}
		in.ReplyText, err = require("replyText", "书面答复内容", in.ReplyText, MaxPetitionReply)
	case PaForward:
		in.ForwardedTo, err = require("forwardedTo", "转送（告知）的有权处理机关", in.ForwardedTo, MaxForwardedTo)
	case PaAssign:
		if in.ResponsibleID <= 0 {
			return in, Invalid("responsibleId", "请选择包保领导")
		}
		in.HandlingUnit, err = require("handlingUnit", "承办单位", in.HandlingUnit, MaxHandlingUnit)
	case PaExtend:
		if in.Days < 1 || in.Days > MaxExtensionDays {
			return in, Invalid("days", "延期天数应为1至30日")
		}
		if in.Reason, err = require("reason", "延期理由", in.Reason, MaxPetitionReason); err != nil {
			return in, err
		}
		if in.Approver, err = require("approver", "批准人", in.Approver, MaxApprover); err != nil {
			return in, err
		}
		if !in.Informed {
			return in, Invalid("informed", "延期须告知信访人延期理由，请告知后勾选")
		}
		if !p.SettleDue.IsZero() && day.After(p.SettleDue) {
			return in, Conflict("办理期限已于" + p.SettleDue.String() + "届满，不能再延期")
		}
	case PaReply:
		if in.ReplyText, err = require("replyText", "答复意见", in.ReplyText, MaxPetitionReply); err != nil {
			return in, err
		}
		if in.Date.Before(p.AcceptedOn) {
			return in, Invalid("date", "答复日期不能早于受理日期")
		}
	case PaRate:
		if !oneOf(in.Satisfaction, Satisfactions) {
			return in, Invalid("satisfaction", "请选择信访人的评价：满意、基本满意或不满意")
		}
	case PaRequestReview, PaRequestRereview:
		if by := p.ReviewByDate(); !by.IsZero() && in.Date.After(by) {
			return in, Invalid("date", "申请日期已超过30日的申请期限（"+by.String()+"）")
		}
	case PaAnswerReview, PaAnswerRereview:
		label := "复查意见"
		if in.Action == PaAnswerRereview {
			label = "复核意见"
		}
		in.ReplyText, err = require("replyText", label, in.ReplyText, MaxPetitionReply)
	}
	return in, err
}

// ApplyPetitionAction returns the petition after a cleaned action that moves it to status to,
// with the note for its timeline. by is the operator's name and now the time (RFC 3339). The
// responsible leader's name is filled by the caller.
func ApplyPetitionAction(p Petition, in PetitionActionInput, to PetitionStatus, by, now string) (Petition, string) {
	on := in.Date
	note := in.Note
	with := func(s string) string { return strings.TrimSpace(s + " " + in.Note) }
	switch in.Action {
	case PaAccept:
		p.DecidedOn, p.AcceptedOn = on, on
		p.SettleDue = SettleDue(on, 0)
		note = with(on.String() + "受理，办结期限" + p.SettleDue.String())
	case PaRefuse:
		p.DecidedOn, p.RefusalReason, p.ReplyText, p.RepliedOn = on, in.Reason, in.ReplyText, on
		note = with("理由：" + in.Reason)
	case PaForward:
		p.DecidedOn, p.ForwardedTo = on, in.ForwardedTo
		note = with("转送：" + in.ForwardedTo)
	case PaAssign:
		p.ResponsibleID, p.HandlingUnit = in.ResponsibleID, in.HandlingUnit
		note = with("承办单位：" + in.HandlingUnit)
	case PaExtend:
		p.ExtensionDays, p.ExtensionReason, p.ExtensionApprover, p.ExtensionInformed = in.Days, in.Reason, in.Approver, in.Informed
		p.SettleDue = SettleDue(p.AcceptedOn, in.Days)
		note = with("延期" + strconv.Itoa(in.Days) + "日至" + p.SettleDue.String() + "，理由：" + in.Reason + "；批准人：" + in.Approver + "；已告知信访人")
	case PaReply:
		p.ReplyText, p.RepliedOn = in.ReplyText, on
		note = with(on.String() + "答复")
	case PaRate:
		p.Satisfaction = in.Satisfaction
		note = with(in.Satisfaction)
	case PaRequestReview:
		p.ReviewRequestedOn, p.ReviewDue, p.Satisfaction = on, ReviewDue(on), ""
		note = with(on.String() + "申请复查，答复期限" + p.ReviewDue.String())
	case PaAnswerReview:
		p.ReviewResult, p.ReviewAnsweredOn = in.ReplyText, on
		note = with(on.String() + "复查答复")
	case PaRequestRereview:
		p.RereviewRequestedOn, p.RereviewDue, p.Satisfaction = on, ReviewDue(on), ""
		note = with(on.String() + "申请复核，答复期限" + p.RereviewDue.String())
	case PaAnswerRereview:
		p.RereviewResult, p.RereviewAnsweredOn, p.Final = in.ReplyText, on, true
		note = with(on.String() + "复核答复；同一事项不再受理")
	case PaClose:
		p.ClosedAt, p.ClosedBy = now, by
	}
	p.Status = to
	p.StatusLabel = to.Label()
	return p, note
}

// PetitionNoteInput is a progress note under one of the three responsibilities, or a
// follow-up (回访) by visit or call.
type PetitionNoteInput struct {
	PetitionID int64  `json:"petitionId"`
	Kind       string `json:"kind"`                  // one of Responsibilities, or FollowUpKind
	Method     string `json:"method"`                // follow-ups: 走访 or 电话
	Date       Date   `json:"date" ts_type:"string"` // default today
	Text       string `json:"text"`
}

// CleanPetitionNote checks a note for petition p as of today. Notes begin once the petition is
// accepted (there is nothing to be responsible for before); a closed petition takes follow-ups
// only.
func CleanPetitionNote(in PetitionNoteInput, p Petition, today time.Time) (PetitionNote, error) {
	var err error
	n := PetitionNote{Kind: in.Kind, Date: in.Date}
	follow := in.Kind == FollowUpKind
	if !follow && !oneOf(in.Kind, Responsibilities) {
		return n, Invalid("kind", "请选择记录类别：包掌握情况、包教育转化、包稳控管理或回访")
	}
	switch {
	case p.Status == PtRegistered || p.Status == PtRefused || p.Status == PtForwarded:
		return n, Conflict("信访事项当前为“" + p.Status.Label() + "”，受理后才有包保记录和回访")
	case p.Status == PtClosed && !follow:
		return n, Conflict("信访事项已销案，只能记录回访")
	}
	if follow {
		if !oneOf(in.Method, FollowUpMethods) {
			return n, Invalid("method", "请选择回访方式：走访或电话")
		}
		n.Method = in.Method
	}
	day := DateOf(today)
	if n.Date.IsZero() {
		n.Date = day
	}
	if n.Date.After(day) {
		return n, Invalid("date", "日期不正确（不能晚于今天）")
	}
	if n.Date.Before(p.ReceivedOn) {
		return n, Invalid("date", "日期不能早于收到信访事项的日期")
	}
	label := "记录内容"
	if follow {
		label = "回访情况"
	}
	n.Text, err = CleanText("text", label, in.Text, MaxPetitionNoteText, true)
	return n, err
}
