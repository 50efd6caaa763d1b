package app_test

import (
	"math/rand/v2"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// TestScorecardTalliesMatchRaw: a random mix of home visits that raise cases (two cadres, three
// households), the counter's transitions of those cases (done, refused, on time or late, some
// left running) and the feedback given on later visits, over days that cross months; after it the
// scorecards read from the tallies equal the ones counted from the raw rows over several periods
// and every tally equals a recount, and the cadres' and clerks' figures are not all zero.
func TestScorecardTalliesMatchRaw(t *testing.T) {
	v := newVillage(t)
	must(t, func() error {
		_, err := v.clerk.cover.Assign(hall.AssignInput{CadreID: v.bater.ID, GroupID: v.group, From: hall.MustDate("2025-01-01")})
		return err
	}())
	rng := rand.New(rand.NewPCG(18, 27))
	day := hall.MustDate("2025-01-20")
	v.at(day.String())
	cadres := []int64{v.bater.ID, v.li.ID}
	var cases, finished []int64
	issues := map[int64]int64{} // case → its visit issue
	recorded, moved, fed := 0, 0, 0
	for step := 0; step < 300; step++ {
		switch r := rng.IntN(10); {
		case r < 1:
			day = day.AddDays(1 + rng.IntN(5))
			v.at(day.String())
		case r < 3:
			h := rng.IntN(len(v.households))
			visit, err := v.clerk.visits.Record(hall.VisitInput{CadreID: cadres[rng.IntN(2)], HouseholdID: v.households[h].ID, Date: day,
				Way: "入户", Diary: "入户了解情况。", Issues: []hall.VisitIssueInput{{Kind: hall.IssueCase, Text: "想参加城乡居民医保",
					ItemID: v.items["YB-01"].ID, Ledger: hall.LedgerProxy, ApplicantID: v.head(h).ID, MaterialsReceived: true}}})
			if err != nil {
				if code := codeOf(err); code != hall.CodeInvalid && code != hall.CodeConflict {
					t.Fatalf("visit: %v", err)
				}
				continue
			}
			cases = append(cases, visit.Issues[0].CaseID)
			issues[visit.Issues[0].CaseID] = visit.Issues[0].ID
			recorded++
		case len(cases) == 0:
		case r < 9:
			id := cases[rng.IntN(len(cases))]
			cs, err := v.clerk.cases.Get(id)
			must(t, err)
			in := hall.TransitionInput{Action: hall.ActStart}
			if len(cs.Actions) > 0 {
				in.Action = cs.Actions[rng.IntN(len(cs.Actions))].Action
			}
			switch in.Action {
			case hall.ActSubmit:
				in.Departments = "旗医保局"
			case hall.ActComplete:
				in.Outcome = []string{hall.OutcomeDone, hall.OutcomeRefused}[rng.IntN(2)]
				in.Note = "经核实"
			default:
				in.Note = "经核实"
			}
			in.CaseID = id
			if _, err := actOn(v.clerk.cases, in); err == nil {
				moved++
				if in.Action == hall.ActComplete {
					finished = append(finished, id)
				}
			} else if code := codeOf(err); code != hall.CodeInvalid && code != hall.CodeConflict && code != hall.CodeForbidden {
				t.Fatalf("%s: %v", in.Action, err)
			}
		case len(finished) == 0:
		default:
			id := finished[rng.IntN(len(finished))]
			_, err := v.clerk.visits.GiveFeedback(hall.FeedbackInput{IssueID: issues[id], Note: "已告知", RecordCase: rng.IntN(2) == 0})
			if err == nil {
				fed++
			} else if code := codeOf(err); code != hall.CodeInvalid && code != hall.CodeConflict {
				t.Fatalf("feedback: %v", err)
			}
		}
	}
	t.Logf("%d visits with a case, %d transitions, %d feedback", recorded, moved, fed)
	if recorded < 20 || moved < 20 || fed == 0 {
		t.Fatalf("the mix wrote too little: %d visits, %d transitions, %d feedback", recorded, moved, fed)
	}
	verifyTallies(t, v.e)
	sc, err := serviceOf[*app.DashboardService](v.e, v.e.login("admin")).Scorecards(hall.Period{From: hall.MustDate("2025-01-01"), To: day})
	must(t, err)
	var cadreCases, cadreSolved, clerkOnTime, clerkFinished int
	for _, c := range sc.Cadres {
		cadreCases += c.Cases
		cadreSolved += c.Solved
	}
	for _, c := range sc.Clerks {
		clerkOnTime += c.OnTime
		clerkFinished += c.Finished
	}
	if cadreCases != recorded || cadreSolved == 0 || clerkFinished == 0 || clerkOnTime == 0 {
		t.Fatalf("scorecards count %d cadre cases (%d recorded), %d solved; clerks %d finished, %d on time",
			cadreCases, recorded, cadreSolved, clerkFinished, clerkOnTime)
	}
}
