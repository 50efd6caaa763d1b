package hall

// PetitionStatus is where a petition stands in its lifecycle.
type PetitionStatus string

// The lifecycle of a petition.
const (
	PtRegistered  PetitionStatus = "registered"  // 已登记（待受理）
	PtAccepted    PetitionStatus = "accepted"    // 已受理
	PtRefused     PetitionStatus = "refused"     // 不予受理
	PtForwarded   PetitionStatus = "forwarded"   // 已转送
	PtInProgress  PetitionStatus = "in_progress" // 办理中
	PtReplied     PetitionStatus = "replied"     // 已答复
	PtReviewing   PetitionStatus = "reviewing"   // 复查中
	PtReviewed    PetitionStatus = "reviewed"    // 已复查
	PtRereviewing PetitionStatus = "rereviewing" // 复核中
	PtRereviewed  PetitionStatus = "rereviewed"  // 已复核（终结）
	PtClosed      PetitionStatus = "closed"      // 已销案
)

// PetitionStatuses lists every status in lifecycle order.
var PetitionStatuses = []PetitionStatus{PtRegistered, PtAccepted, PtRefused, PtForwarded, PtInProgress, PtReplied,
	PtReviewing, PtReviewed, PtRereviewing, PtRereviewed, PtClosed}

var petitionStatusLabels = map[PetitionStatus]string{
	PtRegistered: "已登记", PtAccepted: "已受理", PtRefused: "不予受理", PtForwarded: "已转送", PtInProgress: "办理中",
	PtReplied: "已答复", PtReviewing: "复查中", PtReviewed: "已复查", PtRereviewing: "复核中", PtRereviewed: "已复核",
	PtClosed: "已销案",
}

// Label is the status's Chinese name.
func (s PetitionStatus) Label() string { return petitionStatusLabels[s] }

// Valid reports whether s is a known status.
func (s PetitionStatus) Valid() bool { _, ok := petitionStatusLabels[s]; return ok }

// Open reports whether the petition is still on the ledger: not refused, forwarded or closed.
func (s PetitionStatus) Open() bool {
	return s != PtRefused && s != PtForwarded && s != PtClosed && s.Valid()
}

// PetitionAction is something an operator does to a petition.
type PetitionAction string

// The actions of the lifecycle.
const (
	PaAccept          PetitionAction = "accept"           // 受理
	PaRefuse          PetitionAction = "refuse"           // 不予受理
	PaForward         PetitionAction = "forward"          // 转送（告知向有权机关提出）
	PaAssign          PetitionAction = "assign"           // 交办包保领导
	PaExtend          PetitionAction = "extend"           // 延期
	PaReply           PetitionAction = "reply"            // 出具答复意见
	PaRate            PetitionAction = "rate"             // 记录满意度
	PaRequestReview   PetitionAction = "request_review"   // 申请复查
	PaAnswerReview    PetitionAction = "answer_review"    // 复查答复
	PaRequestRereview PetitionAction = "request_rereview" // 申请复核
	PaAnswerRereview  PetitionAction = "answer_rereview"  // 复核答复
	PaClose           PetitionAction = "close"            // 销案
)

// PetitionActions lists every action in the order the petition page offers them.
var PetitionActions = []PetitionAction{PaAccept, PaRefuse, PaForward, PaAssign, PaExtend, PaReply, PaRate,
	PaRequestReview, PaAnswerReview, PaRequestRereview, PaAnswerRereview, PaClose}

var petitionActionLabels = map[PetitionAction]string{
	PaAccept: "受理", PaRefuse: "不予受理", PaForward: "转送", PaAssign: "交办包保领导", PaExtend: "延期",
	PaReply: "答复", PaRate: "满意度评价", PaRequestReview: "申请复查", PaAnswerReview: "复查答复",
	PaRequestRereview: "申请复核", PaAnswerRereview: "复核答复", PaClose: "销案",
}

// Label is the action's Chinese name.
func (a PetitionAction) Label() string { return petitionActionLabels[a] }

// petitionPermission is who may take each action: everyone who handles petitions, except that
// an extension needs the leader's approval and only a leader closes (销案).
var petitionPermission = map[PetitionAction]Permission{
	PaAccept: PermHandlePetitions, PaRefuse: PermHandlePetitions, PaForward: PermHandlePetitions,
	PaAssign: PermHandlePetitions, PaExtend: PermApprovePetitions, PaReply: PermHandlePetitions,
	PaRate: PermHandlePetitions, PaRequestReview: PermHandlePetitions, PaAnswerReview: PermHandlePetitions,
	PaRequestRereview: PermHandlePetitions, PaAnswerRereview: PermHandlePetitions, PaClose: PermApprovePetitions,
}

// PetitionState is what the state machine needs to know about a petition.
type PetitionState struct {
	Status       PetitionStatus
	Extended     bool // the one extension has been used
	Satisfaction string
	WindowOpen   bool // the petitioner may still ask for (re-)review (30 days after the answer)
}

// NextPetition returns the status a petition moves to when role takes action a, or a domain
// error saying why not: forbidden for the role, conflict for the state.
func NextPetition(st PetitionState, a PetitionAction, role Role) (PetitionStatus, error) {
	perm, ok := petitionPermission[a]
	if !ok {
		return "", Invalid("action", "未知的信访事项操作")
	}
	if !role.Can(perm) {
		return "", Forbidden("您的角色（" + role.Label() + "）不能对信访事项进行“" + a.Label() + "”操作")
	}
	return nextPetition(st, a)
}

func nextPetition(st PetitionState, a PetitionAction) (PetitionStatus, error) {
	refuse := func(why string) (PetitionStatus, error) {
		return "", Conflict("信访事项当前为“" + st.Status.Label() + "”，不能" + a.Label() + why)
	}
	s := st.Status
	answered := s == PtReplied || s == PtReviewed || s == PtRereviewed
	switch a {
	case PaAccept:
		if s == PtRegistered {
			return PtAccepted, nil
		}
	case PaRefuse:
		if s == PtRegistered {
			return PtRefused, nil
		}
	case PaForward:
		if s == PtRegistered {
			return PtForwarded, nil
		}
	case PaAssign:
		if s == PtAccepted || s == PtInProgress {
			return PtInProgress, nil
		}
	case PaExtend:
		if (s == PtAccepted || s == PtInProgress) && st.Extended {
			return refuse("（办理期限只能延长一次）")
		}
		if s == PtAccepted || s == PtInProgress {
			return s, nil
		}
	case PaReply:
		if s == PtAccepted {
			return refuse("（请先交办包保领导）")
		}
		if s == PtInProgress {
			return PtReplied, nil
		}
	case PaRate:
		if answered {
			return s, nil
		}
	case PaRequestReview:
		if s == PtReplied && !st.WindowOpen {
			return refuse("（已超过答复之日起30日的复查申请期限）")
		}
		if s == PtReplied {
			return PtReviewing, nil
		}
	case PaAnswerReview:
		if s == PtReviewing {
			return PtReviewed, nil
		}
	case PaRequestRereview:
		if s == PtReviewed && !st.WindowOpen {
			return refuse("（已超过复查意见之日起30日的复核申请期限）")
		}
		if s == PtReviewed {
			return PtRereviewing, nil
		}
	case PaAnswerRereview:
		if s == PtRereviewing {
			return PtRereviewed, nil
		}
	case PaClose:
		if !answered {
			break
		}
		if st.Satisfaction == "" {
			return refuse("（请先记录信访人对答复的满意度）")
		}
		good := st.Satisfaction == "满意" || st.Satisfaction == "基本满意"
		if !good && st.WindowOpen && s != PtRereviewed {
			return refuse("（信访人不满意，且仍在30日的复查（复核）申请期限内）")
		}
		return PtClosed, nil
	}
	return refuse("")
}

// AllowedPetitionActions lists the actions role may take on a petition in state st now.
func AllowedPetitionActions(st PetitionState, role Role) []PetitionActionInfo {
	out := []PetitionActionInfo{}
	for _, a := range PetitionActions {
		if _, err := NextPetition(st, a, role); err == nil {
			out = append(out, PetitionActionInfo{Action: a, Label: a.Label()})
		}
	}
	return out
}
