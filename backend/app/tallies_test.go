package app_test

import (
	"context"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// verifyTallies opens the test's data file a second time and has the store hold every case tally
// and the dashboard's and briefing's figures over several periods to a recount from the cases.
func verifyTallies(t *testing.T, e *env) {
	t.Helper()
	s, err := sqlite.Open(e.path, e.clock.now)
	must(t, err)
	defer s.Close()
	today := hall.DateOf(e.clock.now())
	var dates []sqlite.DashboardDates
	for _, p := range [][2]string{
		{"2024-12-01", "2025-06-30"}, // everything
		{"2025-01-01", "2025-01-31"}, // one whole month
		{"2024-12-15", "2025-03-10"}, // broken months at both ends
		{"2025-02-03", "2025-02-03"}, // one day
		{"2025-02-10", "2025-02-25"}, // days inside one month
		{"2015-01-01", "2024-12-31"}, // ten years, some days of cases
	} {
		for _, at := range []hall.Date{today, today.AddDays(-20)} {
			dates = append(dates, sqlite.DashboardDates{Period: hall.Period{From: hall.MustDate(p[0]), To: hall.MustDate(p[1])},
				Today: at, DueBy: at.AddDays(3)})
		}
	}
	if err := s.VerifyCaseTallies(context.Background(), dates); err != nil {
		t.Fatal(err)
	}
	if err := s.VerifyScorecards(context.Background(), dates); err != nil {
		t.Fatal(err)
	}
}

// TestTalliesMatchRawCounts: a random mix of the writes that change cases, through the real
// services (intake with and without every material, every transition, ratings, callbacks,
// reviews that strike a rating out, a restore of an earlier backup), over days that cross months;
// after it, and after the restore, every tally equals a recount from the cases, and the
// dashboard's and briefing's figures from the tallies equal the ones counted from the cases.
func TestTalliesMatchRawCounts(t *testing.T) {
	c := newCounter(t)
	e := c.e
	e.core.EnableBackups(filepath.Join(filepath.Dir(e.path), "backups"))
	admin := e.login("admin")
	e.addOperator(admin, "clerk2", "宝音", hall.RoleClerk)
	vid, err := admin.places.SaveVillage(hall.VillageInput{Name: "乌兰村", Kind: "村"})
	must(t, err)
	li, err := admin.res.Save(hall.ResidentInput{Name: "李娜", IDNumber: "34052419800101001X", Phone: "13912345678", VillageID: vid})
	must(t, err)
	people := []hall.Resident{c.applicant, li}
	codes := slices.Sorted(maps.Keys(c.items))
	rng := rand.New(rand.NewPCG(18, 26))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	day := hall.MustDate("2024-12-27")
	c.at(day.String())
	clerk2 := casesOf(e, e.login("clerk2"))
	var ids []int64
	var backup string
	actions := []hall.TransitionInput{
		{Action: hall.ActStart}, {Action: hall.ActSubmit, Departments: "民政办"},
		{Action: hall.ActRecordMeeting, Meeting: &hall.Meeting{Date: hall.MustDate("2025-01-06"), Participants: "民政办、村委会", Decision: "同意", Deadline: hall.MustDate("2025-02-28")}},
		{Action: hall.ActComplete, Outcome: hall.OutcomeDone, Note: "经核实"}, {Action: hall.ActComplete, Outcome: hall.OutcomeRefused, Note: "不符合条件"},
		{Action: hall.ActComplete, Outcome: hall.OutcomeTransfer, Note: "转交旗民政局"},
		{Action: hall.ActFeedback, FeedbackMethod: "当面"}, {Action: hall.ActExtend, ExtensionDays: 5, Note: "需入户核查"},
		{Action: hall.ActRequestMaterials, Note: "缺户口簿"}, {Action: hall.ActClose},
	}
	refused, done := 0, map[string]int{}
	for step := 0; step < 400; step++ {
		switch r := rng.IntN(20); {
		case r < 2: // the days go by, across months
			day = day.AddDays(1 + rng.IntN(4))
			c.at(day.String())
			clerk2 = casesOf(e, e.login("clerk2"))
		case r < 7: // intake, sometimes with a material missing (waits before it is accepted)
			svc := []*app.CaseService{c.clerk, clerk2}[rng.IntN(2)]
			it := c.items[pick(codes)]
			var except []string
			if len(it.Materials) > 0 && rng.IntN(4) == 0 {
				except = []string{it.Materials[0].Name}
			}
			cs, err := svc.Intake(hall.IntakeInput{ApplicantID: people[rng.IntN(2)].ID, ItemID: it.ID, Source: "大厅窗口",
				Received: materialNames(it, except...)})
			if err != nil {
				t.Fatalf("intake %s: %v", it.Code, err)
			}
			ids = append(ids, cs.ID)
		case len(ids) == 0:
		case r < 16: // one of the transitions the case page offers, or one it does not (refused)
			svc := []*app.CaseService{c.clerk, clerk2, c.sup}[rng.IntN(3)]
			id := ids[rng.IntN(len(ids))]
			cs, err := svc.Get(id)
			must(t, err)
			in := actions[rng.IntN(len(actions))]
			if len(cs.Actions) > 0 && rng.IntN(5) > 0 {
				want := cs.Actions[rng.IntN(len(cs.Actions))].Action
				var fits []hall.TransitionInput
				for _, a := range actions {
					if a.Action == want {
						fits = append(fits, a)
					}
				}
				if want == hall.ActMaterialsArrived {
					in = hall.TransitionInput{Action: want}
					for _, m := range cs.Materials {
						in.Received = append(in.Received, m.Name)
					}
				} else if len(fits) > 0 {
					in = fits[rng.IntN(len(fits))]
				}
			}
			in.CaseID = id
			if _, err := actOn(svc, in); err != nil {
				if code := codeOf(err); code != hall.CodeInvalid && code != hall.CodeConflict && code != hall.CodeForbidden {
					t.Fatalf("%s: %v", in.Action, err)
				}
				refused++
			} else {
				done[string(in.Action)]++
			}
		case r < 19: // a rating of a finished case, a callback, or a review that strikes it out
			id := ids[rng.IntN(len(ids))]
			for try := 0; try < 20; try++ { // a finished case, mostly
				if cs, err := c.sup.Get(id); err == nil && cs.Outcome != "" {
					break
				}
				id = ids[rng.IntN(len(ids))]
			}
			rs := ratingsOf(e, e.login("sup"))
			list, err := rs.ForCase(id)
			must(t, err)
			what := "rate"
			switch {
			case len(list) == 0:
				_, err = rs.Enter(hall.RatingEntry{CaseID: id, Channel: hall.ChannelPhone, Level: 1 + rng.IntN(5)})
			case rng.IntN(2) == 0:
				what = "callback"
				_, err = rs.Callback(hall.CallbackInput{RatingID: list[len(list)-1].ID, Done: "已电话回访", Resolved: rng.IntN(2) == 0})
			default:
				what = "review"
				var r hall.Rating
				if r, err = rs.ProposeReview(hall.ReviewProposal{RatingID: list[len(list)-1].ID, Reason: "与办件无关"}); err == nil {
					_, err = ratingsOf(e, e.login("leader")).DecideReview(hall.ReviewDecision{ReviewID: r.Reviews[len(r.Reviews)-1].ID,
						Approve: rng.IntN(3) > 0, Reason: "经核实"})
				}
			}
			if err == nil {
				done[what]++
			}
			if code := codeOf(err); code != "" && code != hall.CodeInvalid && code != hall.CodeConflict {
				t.Fatalf("rating of case %d: %v", id, err)
			}
		default: // a backup now and then, restored at the end
			taken, err := backupsOf(e, e.login("admin")).BackupNow(app.BackupNowInput{})
			must(t, err)
			backup = taken.File.Name
		}
	}
	t.Logf("%d cases, %d transitions refused, done: %v", len(ids), refused, done)
	if len(ids) < 50 || backup == "" {
		t.Fatalf("the mix wrote too little: %d cases, backup %q", len(ids), backup)
	}
	verifyTallies(t, e)
	e.clock.advance(time.Hour)
	_, err = backupsOf(e, e.login("admin")).Restore(app.RestoreInput{Name: backup})
	must(t, err)
	verifyTallies(t, e)
}
