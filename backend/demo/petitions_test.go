package demo

import (
	"context"
	"testing"

	"halldesk/backend/hall"
)

func TestPetitionsRunThroughTheRealService(t *testing.T) {
	ctx := context.Background()
	s, _ := fill(t, 4)
	n, err := Petitions(ctx, s, fixedNow, 4)
	if err != nil {
		t.Fatalf("Petitions: %v", err)
	}
	if n != len(demoPetitions) || n < 12 {
		t.Fatalf("%d petitions, want the %d of the script", n, len(demoPetitions))
	}
	today := fixedNow.In(hall.China).Format(hall.DateLayout)
	since := fixedNow.In(hall.China).AddDate(0, 0, -PetitionDays-7).Format(hall.DateLayout) // a 来访 moves back to its reception day
	page, err := s.SearchPetitions(ctx, hall.PetitionQuery{Scope: "all", Today: hall.MustDate(today), PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != n {
		t.Fatalf("stored %d petitions, reported %d", page.Total, n)
	}
	statuses := map[hall.PetitionStatus]int{}
	forms := map[string]bool{}
	categories := map[string]bool{}
	open, overdue, groups, final, extended, receivedBy := 0, 0, 0, 0, 0, 0
	for _, p := range page.Items {
		p = p.WithDeadlines(hall.MustDate(today))
		statuses[p.Status]++
		forms[p.Form] = true
		categories[p.Category] = true
		if p.Status.Open() {
			open++
		}
		if p.Overdue {
			overdue++
		}
		if p.GroupVisit {
			groups++
			if len(p.Representatives) == 0 && p.HeadCount < 2 {
				t.Errorf("%s: group visit without people", p.Number)
			}
		}
		if p.Final {
			final++
		}
		if p.ExtensionDays > 0 {
			extended++
		}
		if p.ReceivedByID > 0 {
			receivedBy++
		}
		if p.ReceivedOn.After(hall.MustDate(today)) || p.ReceivedOn.Before(hall.MustDate(since)) {
			t.Errorf("%s received on %s, outside the last %d days", p.Number, p.ReceivedOn, PetitionDays)
		}
		if p.Status != hall.PtRegistered && p.Status != hall.PtRefused && p.Status != hall.PtForwarded && p.AcceptedOn.IsZero() {
			t.Errorf("%s is %s but was never accepted", p.Number, p.Status)
		}
		if (p.Status == hall.PtInProgress || p.Status == hall.PtReplied || p.Status == hall.PtClosed) && p.ResponsibleID == 0 {
			t.Errorf("%s is %s without a responsible leader", p.Number, p.Status)
		}
	}
	for _, st := range []hall.PetitionStatus{hall.PtRegistered, hall.PtAccepted, hall.PtRefused, hall.PtForwarded, hall.PtInProgress,
		hall.PtReplied, hall.PtReviewing, hall.PtReviewed, hall.PtClosed} {
		if statuses[st] == 0 {
			t.Errorf("no %s petition: %v", st.Label(), statuses)
		}
	}
	if open == 0 || open == n {
		t.Errorf("want open and closed petitions, got %d open of %d", open, n)
	}
	if len(forms) != len(hall.PetitionForms) || len(categories) < 5 {
		t.Errorf("forms %v, categories %v", forms, categories)
	}
	if overdue != 1 || groups < 2 || final != 1 || extended != 1 || receivedBy == 0 {
		t.Errorf("overdue %d, group visits %d, final %d, extended %d, received by a leader %d", overdue, groups, final, extended, receivedBy)
	}

	// The repeat petitioners are flagged: the same resident came again.
	repeats := 0
	for _, p := range page.Items {
		if p.ResidentID == 0 {
			continue
		}
		for _, q := range page.Items {
			if q.ID < p.ID && q.ResidentID == p.ResidentID {
				repeats++
				break
			}
		}
	}
	if repeats < 2 {
		t.Errorf("%d repeat petitions, want two", repeats)
	}

	// The reception day, this quarter's roster over the leaders, and lingdao linked to 斯琴巴特尔.
	rs, err := s.ReceptionSettings(ctx)
	if err != nil || rs.Weekday < 1 || rs.Place == "" {
		t.Fatalf("reception settings %+v, %v", rs, err)
	}
	roster, err := s.QuarterRoster(ctx, hall.QuarterOf(fixedNow.In(hall.China)).String())
	if err != nil {
		t.Fatal(err)
	}
	leaders := map[string]bool{}
	for _, e := range roster {
		if !e.Cancelled {
			leaders[e.LeaderName] = true
		}
	}
	if len(roster) < 8 || !leaders[leaderSiqin] || !leaders[leaderWang] {
		t.Errorf("this quarter's roster: %d days, leaders %v", len(roster), leaders)
	}
	cred, err := s.Credentials(ctx, "lingdao")
	if err != nil {
		t.Fatal(err)
	}
	me, ok, err := s.LeaderForOperator(ctx, cred.Operator)
	if err != nil || !ok || me.Name != leaderSiqin {
		t.Fatalf("lingdao is linked to %q (%v, %v), want %s", me.Name, ok, err, leaderSiqin)
	}
	mine, err := s.SearchPetitions(ctx, hall.PetitionQuery{ResponsibleID: me.ID, Today: hall.MustDate(today), PageSize: 100})
	if err != nil || mine.Total == 0 {
		t.Errorf("lingdao has no open petitions (%v)", err)
	}

	// Only today's petitions are registered today: the store kept the demo's times.
	todays, err := s.PetitionsRegisteredOn(ctx, hall.MustDate(today))
	if err != nil {
		t.Fatal(err)
	}
	if len(todays) >= n/2 {
		t.Errorf("%d of %d petitions registered today", len(todays), n)
	}
}
