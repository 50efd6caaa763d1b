package hall

import "testing"

// ptMove is one allowed step: from a state (with extension used, satisfaction recorded, review
// window open) by an action to a status.
type ptMove struct {
	from     PetitionStatus
	extended bool
	sat      string
	window   bool
	action   PetitionAction
	to       PetitionStatus
}

// allowedPetitionMoves is the whole lifecycle; anything not listed must be refused with a
// conflict (for a role that holds the action's permission).
var allowedPetitionMoves = func() []ptMove {
	var ms []ptMove
	for _, win := range []bool{false, true} {
		for _, ext := range []bool{false, true} {
			for _, sat := range []string{"", "满意", "基本满意", "不满意"} {
				add := func(from PetitionStatus, a PetitionAction, to PetitionStatus) {
					ms = append(ms, ptMove{from, ext, sat, win, a, to})
				}
				add(PtRegistered, PaAccept, PtAccepted)
				add(PtRegistered, PaRefuse, PtRefused)
				add(PtRegistered, PaForward, PtForwarded)
				add(PtAccepted, PaAssign, PtInProgress)
				add(PtInProgress, PaAssign, PtInProgress) // change the responsible leader
				add(PtInProgress, PaReply, PtReplied)
				if !ext {
					add(PtAccepted, PaExtend, PtAccepted)
					add(PtInProgress, PaExtend, PtInProgress)
				}
				good := sat == "满意" || sat == "基本满意"
				for _, s := range []PetitionStatus{PtReplied, PtReviewed, PtRereviewed} {
					add(s, PaRate, s)
					if sat != "" && (good || !win || s == PtRereviewed) {
						add(s, PaClose, PtClosed)
					}
				}
				if win {
					add(PtReplied, PaRequestReview, PtReviewing)
					add(PtReviewed, PaRequestRereview, PtRereviewing)
				}
				add(PtReviewing, PaAnswerReview, PtReviewed)
				add(PtRereviewing, PaAnswerRereview, PtRereviewed)
			}
		}
	}
	return ms
}()

// roleForPetition is a role that holds the permission an action needs.
func roleForPetition(a PetitionAction) Role {
	if petitionPermission[a] == PermApprovePetitions {
		return RoleLeader
	}
	return RoleReception
}

func TestEveryPetitionTransitionAllowedOrRefused(t *testing.T) {
	want := map[ptMove]PetitionStatus{}
	for _, m := range allowedPetitionMoves {
		k := m
		k.to = ""
		want[k] = m.to
	}
	n := 0
	for _, from := range PetitionStatuses {
		for _, ext := range []bool{false, true} {
			for _, sat := range []string{"", "满意", "基本满意", "不满意"} {
				for _, win := range []bool{false, true} {
					for _, a := range PetitionActions {
						st := PetitionState{Status: from, Extended: ext, Satisfaction: sat, WindowOpen: win}
						key := ptMove{from, ext, sat, win, a, ""}
						to, err := NextPetition(st, a, roleForPetition(a))
						if exp, ok := want[key]; ok {
							n++
							if err != nil || to != exp {
								t.Errorf("%s ext=%v sat=%q win=%v %s: got %s %v, want %s", from, ext, sat, win, a, to, err, exp)
							}
							continue
						}
						if err == nil {
							t.Errorf("%s ext=%v sat=%q win=%v %s: allowed (to %s), want refused", from, ext, sat, win, a, to)
						} else if e := AsError(err); e.Code != CodeConflict || e.Message == "" {
							t.Errorf("%s %s: want conflict with a message, got %v", from, a, err)
						}
					}
				}
			}
		}
	}
	if n != len(want) {
		t.Fatalf("checked %d allowed moves, listed %d", n, len(want))
	}
}

func TestPetitionTransitionsPerRole(t *testing.T) {
	registered := PetitionState{Status: PtRegistered}
	inProgress := PetitionState{Status: PtInProgress}
	rated := PetitionState{Status: PtReplied, Satisfaction: "满意", WindowOpen: true}
	for _, a := range PetitionActions {
		for _, role := range Roles {
			t.Run(string(a)+" "+string(role), func(t *testing.T) {
				// A state in which the action is allowed for the right role.
				st := map[PetitionAction]PetitionState{
					PaAccept: registered, PaRefuse: registered, PaForward: registered, PaAssign: inProgress,
					PaExtend: inProgress, PaReply: inProgress, PaRate: rated, PaRequestReview: rated,
					PaAnswerReview: {Status: PtReviewing}, PaRequestRereview: {Status: PtReviewed, WindowOpen: true},
					PaAnswerRereview: {Status: PtRereviewing}, PaClose: rated,
				}[a]
				_, err := NextPetition(st, a, role)
				var may bool
				switch {
				case role == RoleClerk:
					may = false // the counter never touches petitions
				case a == PaExtend || a == PaClose:
					may = role == RoleLeader // the leader approves extensions and closes
				default:
					may = true
				}
				if may && err != nil {
					t.Fatalf("refused: %v", err)
				}
				if !may {
					if e := AsError(err); e == nil || e.Code != CodeForbidden {
						t.Fatalf("got %v, want forbidden", err)
					}
				}
			})
		}
	}
	if _, err := NextPetition(registered, PetitionAction("delete"), RoleLeader); !IsCode(err, CodeInvalid) {
		t.Fatalf("unknown action: %v", err)
	}
}

func TestPetitionRefusalsSayWhy(t *testing.T) {
	for _, tc := range []struct {
		st   PetitionState
		a    PetitionAction
		want string
	}{
		{PetitionState{Status: PtInProgress, Extended: true}, PaExtend, "只能延长一次"},
		{PetitionState{Status: PtAccepted}, PaReply, "请先交办包保领导"},
		{PetitionState{Status: PtReplied}, PaRequestReview, "30日的复查申请期限"},
		{PetitionState{Status: PtReviewed}, PaRequestRereview, "30日的复核申请期限"},
		{PetitionState{Status: PtReplied, WindowOpen: true}, PaClose, "满意度"},
		{PetitionState{Status: PtReplied, WindowOpen: true, Satisfaction: "不满意"}, PaClose, "申请期限内"},
		{PetitionState{Status: PtRereviewed}, PaRequestReview, "已复核"},
	} {
		_, err := NextPetition(tc.st, tc.a, RoleLeader)
		if e := AsError(err); e == nil || e.Code != CodeConflict || !contains(e.Message, tc.want) {
			t.Errorf("%s %s: got %v, want conflict with %q", tc.st.Status, tc.a, err, tc.want)
		}
	}
}

func TestAllowedPetitionActionsByRole(t *testing.T) {
	st := PetitionState{Status: PtInProgress}
	names := func(list []PetitionActionInfo) map[PetitionAction]bool {
		m := map[PetitionAction]bool{}
		for _, a := range list {
			if a.Label == "" {
				t.Errorf("%s has no label", a.Action)
			}
			m[a.Action] = true
		}
		return m
	}
	rec := names(AllowedPetitionActions(st, RoleReception))
	if !rec[PaAssign] || !rec[PaReply] || rec[PaExtend] || len(rec) != 2 {
		t.Fatalf("reception on an in-progress petition: %v", rec)
	}
	lead := names(AllowedPetitionActions(st, RoleLeader))
	if !lead[PaExtend] || !lead[PaReply] || len(lead) != 3 {
		t.Fatalf("leader: %v", lead)
	}
	if len(AllowedPetitionActions(st, RoleClerk)) != 0 {
		t.Fatal("a clerk has no petition actions")
	}
}

func TestPetitionStatusOpen(t *testing.T) {
	for _, s := range PetitionStatuses {
		want := s != PtRefused && s != PtForwarded && s != PtClosed
		if s.Open() != want || s.Label() == "" {
			t.Errorf("%s: open %v label %q", s, s.Open(), s.Label())
		}
	}
	if PetitionStatus("x").Open() {
		t.Error("unknown status is open")
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
