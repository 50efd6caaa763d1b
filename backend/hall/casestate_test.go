package hall

import (
	"testing"
)

// allowedMoves is the whole lifecycle: for each (ledger, status, accepted, remedy open), the
// actions that are allowed and where they lead. Anything not listed must be refused.
type move struct {
	ledger   string
	from     Status
	accepted bool
	remedy   bool
	action   Action
	to       Status
}

var allowedMoves = func() []move {
	var ms []move
	for _, l := range []string{LedgerInstant, LedgerProxy, LedgerEscalate} {
		ms = append(ms,
			move{l, StatusAwaiting, false, false, ActMaterialsArrived, StatusAccepted},
			move{l, StatusAwaiting, true, false, ActMaterialsArrived, StatusInProgress},
			move{l, StatusAwaiting, true, false, ActExtend, StatusAwaiting},
			move{l, StatusAccepted, true, false, ActRequestMaterials, StatusAwaiting},
			move{l, StatusAccepted, true, false, ActStart, StatusInProgress},
			move{l, StatusAccepted, true, false, ActExtend, StatusAccepted},
			move{l, StatusInProgress, true, false, ActRequestMaterials, StatusAwaiting},
			move{l, StatusInProgress, true, false, ActComplete, StatusDone},
			move{l, StatusInProgress, true, false, ActExtend, StatusInProgress},
			move{l, StatusDone, true, false, ActFeedback, StatusFedBack},
			move{l, StatusRated, true, false, ActClose, StatusClosed},
		)
		if l == LedgerInstant {
			ms = append(ms, move{l, StatusAccepted, true, false, ActComplete, StatusDone})
			continue
		}
		ms = append(ms,
			move{l, StatusInProgress, true, false, ActSubmit, StatusSubmitted},
			move{l, StatusSubmitted, true, false, ActComplete, StatusDone},
			move{l, StatusSubmitted, true, false, ActExtend, StatusSubmitted},
		)
		if l == LedgerEscalate {
			ms = append(ms,
				move{l, StatusInProgress, true, false, ActRecordMeeting, StatusInProgress},
				move{l, StatusSubmitted, true, false, ActRecordMeeting, StatusSubmitted},
			)
		}
	}
	return ms
}()

func TestEveryTransitionAllowedOrRefused(t *testing.T) {
	want := map[move]bool{}
	for _, m := range allowedMoves {
		k := m
		k.to = ""
		want[k] = true
	}
	for _, l := range []string{LedgerInstant, LedgerProxy, LedgerEscalate} {
		for _, from := range Statuses {
			for _, accepted := range []bool{false, true} {
				for _, remedy := range []bool{false, true} {
					// Only states a case can be in: the clock has started everywhere but in
					// 待补正, only a rated case can carry an open remedy, and 即办 is never submitted.
					if (!accepted && from != StatusAwaiting) || (remedy && from != StatusRated) || (l == LedgerInstant && from == StatusSubmitted) {
						continue
					}
					for _, a := range Actions {
						st := CaseState{Status: from, Ledger: l, Accepted: accepted, RemedyOpen: remedy}
						role := RoleClerk
						if permissionFor[a] == PermSuperviseCases {
							role = RoleSupervisor
						}
						to, err := Next(st, a, role)
						key := move{l, from, accepted, remedy, a, ""}
						if want[key] {
							if err != nil {
								t.Errorf("%s %s accepted=%v remedy=%v %s: refused: %v", l, from, accepted, remedy, a, err)
							}
							continue
						}
						if err == nil {
							t.Errorf("%s %s accepted=%v remedy=%v %s: allowed (to %s), want refused", l, from, accepted, remedy, a, to)
						} else if e := AsError(err); e.Code != CodeConflict || e.Message == "" {
							t.Errorf("%s %s %s: want conflict with a message, got %v", l, from, a, err)
						}
					}
				}
			}
		}
	}
	for _, m := range allowedMoves {
		to, err := Next(CaseState{Status: m.from, Ledger: m.ledger, Accepted: m.accepted, RemedyOpen: m.remedy}, m.action, roleFor(m.action))
		if err != nil || to != m.to {
			t.Errorf("%s %s %s: got %s %v, want %s", m.ledger, m.from, m.action, to, err, m.to)
		}
	}
}

func roleFor(a Action) Role {
	if permissionFor[a] == PermSuperviseCases {
		return RoleSupervisor
	}
	return RoleClerk
}

func TestTransitionsPerRole(t *testing.T) {
	rated := CaseState{Status: StatusRated, Ledger: LedgerProxy, Accepted: true}
	inProgress := CaseState{Status: StatusInProgress, Ledger: LedgerProxy, Accepted: true}
	cases := []struct {
		name   string
		st     CaseState
		action Action
		role   Role
		code   Code // "" = allowed
	}{
		{"supervisor strikes off", rated, ActClose, RoleSupervisor, ""},
		{"clerk cannot strike off", rated, ActClose, RoleClerk, CodeForbidden},
		{"admin cannot strike off", rated, ActClose, RoleAdmin, CodeForbidden},
		{"leader cannot strike off", rated, ActClose, RoleLeader, CodeForbidden},
		{"supervisor extends", inProgress, ActExtend, RoleSupervisor, ""},
		{"clerk cannot extend", inProgress, ActExtend, RoleClerk, CodeForbidden},
		{"clerk completes", inProgress, ActComplete, RoleClerk, ""},
		{"reception completes", inProgress, ActComplete, RoleReception, ""},
		{"admin completes", inProgress, ActComplete, RoleAdmin, ""},
		{"supervisor does not handle", inProgress, ActComplete, RoleSupervisor, CodeForbidden},
		{"leader does not handle", inProgress, ActComplete, RoleLeader, CodeForbidden},
		{"leader does not rate", CaseState{Status: StatusFedBack, Ledger: LedgerProxy, Accepted: true}, ActRate, RoleLeader, CodeForbidden},
		{"clerk no longer rates for the citizen", CaseState{Status: StatusFedBack, Ledger: LedgerProxy, Accepted: true}, ActRate, RoleClerk, CodeForbidden},
		{"supervisor rates through the channels, not the action", CaseState{Status: StatusFedBack, Ledger: LedgerProxy, Accepted: true}, ActRate, RoleSupervisor, CodeForbidden},
		{"callbacks are recorded on the rating", CaseState{Status: StatusRated, Ledger: LedgerProxy, Accepted: true, RemedyOpen: true}, ActRemedy, RoleClerk, CodeForbidden},
		{"bad rating blocks strike-off", CaseState{Status: StatusRated, Ledger: LedgerProxy, Accepted: true, RemedyOpen: true}, ActClose, RoleSupervisor, CodeConflict},
		{"unknown action", inProgress, Action("delete"), RoleAdmin, CodeInvalid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Next(tc.st, tc.action, tc.role)
			if tc.code == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if e := AsError(err); e == nil || e.Code != tc.code {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
		})
	}
}

func TestAllowedListsOnlyWhatTheRoleMayDo(t *testing.T) {
	st := CaseState{Status: StatusAccepted, Ledger: LedgerInstant, Accepted: true}
	got := map[Action]bool{}
	for _, a := range Allowed(st, RoleClerk) {
		got[a.Action] = true
		if a.Label == "" {
			t.Errorf("%s has no label", a.Action)
		}
	}
	if !got[ActComplete] || !got[ActStart] || got[ActExtend] || got[ActClose] || got[ActSubmit] {
		t.Fatalf("clerk on an accepted 即办 case: %v", got)
	}
	if len(Allowed(st, RoleLeader)) != 0 {
		t.Fatal("a leader only watches")
	}
	sup := Allowed(st, RoleSupervisor)
	if len(sup) != 1 || sup[0].Action != ActExtend {
		t.Fatalf("supervisor on an accepted case: %v", sup)
	}
}

func TestCaseNumber(t *testing.T) {
	for _, tc := range []struct {
		ledger string
		seq    int
		want   string
	}{{LedgerInstant, 1, "2026J0001"}, {LedgerProxy, 12, "2026D0012"}, {LedgerEscalate, 12345, "2026S12345"}} {
		if got := FormatCaseNumber(2026, tc.ledger, tc.seq); got != tc.want {
			t.Errorf("got %s, want %s", got, tc.want)
		}
	}
}
