package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// CaseDays is how far back the demo's counter work reaches.
const CaseDays = 120

// Cases runs four months of counter work through the real services, with the clock moved day
// by day and through each day (citizens served from 08:30, the waiting work taken up at 17:00),
// so that the ledgers, deadlines, timelines and ratings of the demo look like a hall's: a case
// waiting for materials is accepted days after it was registered, feedback, rating and
// striking off follow on later days. It returns the number of cases taken.
func Cases(ctx context.Context, store *sqlite.Store, now time.Time, seed int64) (int, error) {
	clock := now.AddDate(0, 0, -CaseDays)
	// The store records times by the same clock as the rules run on: a case is written when it was
	// registered, each timeline line and audit line when its step was taken.
	store = store.WithClock(func() time.Time { return clock })
	core := app.NewCore(store, func() time.Time { return clock }, "demo", slog.New(slog.NewTextHandler(io.Discard, nil)))
	r := rand.New(rand.NewPCG(uint64(seed), 3))
	clerk, err := store.Credentials(ctx, "chuangkou")
	if err != nil {
		return 0, fmt.Errorf("demo cases: %w", err)
	}
	sup, err := store.Credentials(ctx, "dudao")
	if err != nil {
		return 0, fmt.Errorf("demo cases: %w", err)
	}
	items, err := store.ServiceItems(ctx, false)
	if err != nil {
		return 0, err
	}
	people, err := store.SearchResidents(ctx, hall.ResidentQuery{PageSize: 100})
	if err != nil {
		return 0, err
	}
	adults := []hall.Resident{}
	for _, p := range people.Items {
		if p.HasIDNumber && hall.AgeOn(p.BirthDate, now) >= 18 {
			adults = append(adults, p)
		}
	}
	if len(items) == 0 || len(adults) == 0 {
		return 0, nil
	}
	// services signs an operator in on a fresh seat at the current demo time.
	services := func(id int64) *app.CaseService {
		return app.ServiceOf[*app.CaseService](core, core.SignedInSeat(id))
	}
	type open struct {
		id    int64
		taken time.Time
		steps int // how far this case will get
	}
	var pending []open
	taken := 0
	for day := 0; day <= CaseDays; day++ {
		y, m, d := now.In(hall.China).AddDate(0, 0, day-CaseDays).Date()
		morning := time.Date(y, m, d, 8, 30, 0, 0, hall.China)
		if wd := morning.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		// Citizens come in through the day: each is served at their own time, by a fresh
		// sign-in (an hour at the counter would outlast the idle logout).
		clock = morning
		for n := r.IntN(4); n > 0; n-- {
			clock = clock.Add(time.Duration(15+r.IntN(90)) * time.Minute)
			if clock.After(now) {
				break // later today: not yet
			}
			counter := services(clerk.Operator.ID)
			item := items[r.IntN(len(items))]
			in := hall.IntakeInput{ApplicantID: adults[r.IntN(len(adults))].ID, ItemID: item.ID,
				Source: pickWeighted(r, hall.Sources, []int{60, 15, 15, 4, 6}), Summary: summaries[r.IntN(len(summaries))]}
			for _, m := range item.Materials {
				if m.Required || r.IntN(2) == 0 {
					in.Received = append(in.Received, m.Name)
				}
			}
			if len(in.Received) > 1 && r.IntN(6) == 0 {
				in.Received = in.Received[1:] // one material missing: a one-time notice
			}
			cs, err := counter.Intake(in)
			if err != nil {
				return taken, fmt.Errorf("demo intake: %w", err)
			}
			taken++
			pending = append(pending, open{id: cs.ID, taken: clock, steps: 3 + r.IntN(6)})
		}
		// Work through what is waiting, as a clerk does at the end of the day.
		if clock = morning.Add(8*time.Hour + 30*time.Minute); clock.After(now) {
			continue // today's end of day has not come yet
		}
		counter, supervisor := services(clerk.Operator.ID), services(sup.Operator.ID)
		ratings := app.ServiceOf[*app.RatingService](core, core.SignedInSeat(sup.Operator.ID))
		var still []open
		for _, p := range pending {
			age := int(clock.Sub(p.taken).Hours() / 24)
			if age < 1+r.IntN(10) {
				still = append(still, p)
				continue
			}
			clock = clock.Add(time.Duration(1+r.IntN(4)) * time.Minute)
			done, err := advance(counter, supervisor, ratings, p.id, r)
			if err != nil {
				return taken, err
			}
			p.steps--
			if !done && p.steps > 0 && now.Sub(clock) > 10*24*time.Hour {
				still = append(still, p)
			}
		}
		pending = still
	}
	return taken, nil
}

// advance takes the next natural step of a case; it reports true when nothing is left to do. The
// citizen's rating and the callback on a bad one are the supervisor's (a phone callback).
func advance(clerk, sup *app.CaseService, ratings *app.RatingService, id int64, r *rand.Rand) (bool, error) {
	cs, err := clerk.Get(id)
	if err != nil {
		return true, err
	}
	in := hall.TransitionInput{CaseID: id, Version: cs.Version} // as a clerk acts: on the case as it stands
	switch cs.Status {
	case hall.StatusAwaiting:
		in.Action = hall.ActMaterialsArrived
		for _, m := range cs.Materials {
			if m.Required && !m.Received {
				in.Received = append(in.Received, m.Name)
			}
		}
	case hall.StatusAccepted:
		in.Action = hall.ActStart
		if cs.Ledger == hall.LedgerInstant {
			in.Action, in.Outcome = hall.ActComplete, hall.OutcomeDone
		}
	case hall.StatusInProgress:
		switch {
		case cs.Ledger != hall.LedgerInstant && cs.Departments == "":
			in.Action, in.Departments = hall.ActSubmit, "旗民政局"
			if cs.ItemCategory != "低保" {
				in.Departments = "旗社会保险事业服务中心"
			}
		default:
			in.Action, in.Outcome = hall.ActComplete, hall.OutcomeDone
		}
	case hall.StatusSubmitted:
		if cs.Ledger == hall.LedgerEscalate && cs.Meeting == nil {
			in.Action = hall.ActRecordMeeting
			in.Meeting = &hall.Meeting{Date: cs.AcceptedOn, Participants: "镇民政办、嘎查村委会、派出所", Decision: "入户核实后按规定办理"}
		} else {
			in.Action, in.Outcome = hall.ActComplete, hall.OutcomeDone
			if r.IntN(12) == 0 {
				in.Outcome, in.Note = hall.OutcomeRefused, "经入户核查，家庭人均收入高于当地低保标准"
			}
		}
	case hall.StatusDone:
		in.Action, in.FeedbackMethod = hall.ActFeedback, pickWeighted(r, hall.FeedbackMethods, []int{45, 40, 5, 10})
	case hall.StatusFedBack:
		e := hall.RatingEntry{CaseID: id, Channel: hall.ChannelPhone, Level: 1 + weightedIndex(r, []int{60, 28, 8, 3, 1})}
		if hall.RatingIsBad(e.Level) {
			e.Comment = "办理时间偏长"
		}
		_, err := ratings.Enter(e)
		return false, err
	case hall.StatusRated:
		if hall.RatingIsBad(cs.Rating) && !cs.RemedyResolved {
			list, err := ratings.ForCase(id)
			if err != nil || len(list) == 0 {
				return true, err
			}
			_, err = ratings.Callback(hall.CallbackInput{RatingID: list[len(list)-1].ID, Done: "已电话回访，说明办理进度并致歉", Resolved: true})
			return false, err
		}
		_, err := sup.Act(hall.TransitionInput{CaseID: id, Action: hall.ActClose, Version: cs.Version})
		return true, err
	default:
		return true, nil
	}
	if in.Action == hall.ActComplete && in.Outcome == hall.OutcomeDone && hall.GrantsAllowance(cs.ItemRole) {
		in.MonthlyAmount, in.FirstPaidMonth = fmt.Sprint(420+10*r.IntN(40)), cs.AcceptedOn.String()[:7]
	}
	_, err = clerk.Act(in)
	return false, err
}

func weightedIndex(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

func pickWeighted(r *rand.Rand, list []string, weights []int) string {
	return list[weightedIndex(r, weights)]
}

var summaries = []string{
	"本人行动不便，由村级代办员代为办理",
	"外出务工返乡，要求办理相关手续",
	"家中老人年满60周岁，咨询并申请待遇",
	"家庭成员患重病，收入明显减少",
	"新生儿随父母参保",
	"户籍信息有变化，需要同步更新",
	"",
}
