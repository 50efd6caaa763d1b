package demo

import (
	"context"
	"regexp"
	"testing"

	"halldesk/backend/hall"
)

func TestFillCadres(t *testing.T) {
	ctx := context.Background()
	s, sum := fill(t, 1)
	all, err := s.Cadres(ctx, hall.CadreQuery{IncludeInactive: true, PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Cadres != len(cadres) || all.Total != len(cadres) {
		t.Fatalf("summary %d, stored %d, want %d", sum.Cadres, all.Total, len(cadres))
	}
	villages, err := s.Villages(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range villages {
		cs, err := s.VillageCadres(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 0 {
			t.Errorf("%s has no active cadre to print cards for", v.Name)
		}
	}
	mobile := regexp.MustCompile(`^1[3-9]\d{9}$`)
	households := regexp.MustCompile(`共(6\d|70)户$`)
	inactive := 0
	for _, c := range all.Items {
		if !c.Active {
			inactive++
		}
		if !mobile.MatchString(c.Phone) {
			t.Errorf("%s: phone %q", c.Name, c.Phone)
		}
		if (c.Type == "驻村干部" || c.Type == "包户干部") && !households.MatchString(c.Coverage) {
			t.Errorf("%s: coverage %q", c.Name, c.Coverage)
		}
	}
	if inactive != 1 {
		t.Errorf("%d inactive cadres, want the one transferred", inactive)
	}
	ts, err := s.Teams(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != len(teams) {
		t.Fatalf("%d teams, want %d", len(ts), len(teams))
	}
	for _, w := range ts {
		if w.LeaderName == "" || w.VillageName == "" || w.MemberCount < 1 {
			t.Errorf("team %+v", w)
		}
	}
}
