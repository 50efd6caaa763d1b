package sqlite

import (
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// saveTeam cleans and saves a work team as the app layer does.
func saveTeam(t *testing.T, s *Store, w hall.WorkTeam) (int64, error) {
	t.Helper()
	w, err := w.Clean()
	must(t, err)
	return s.SaveTeam(ctx, admin, w)
}

func TestWorkTeamsMembersAndLeaders(t *testing.T) {
	f := newVisitFixture(t)
	s := f.s
	wang := addCadre(t, s, hall.Cadre{Name: "王军", Phone: "13800000003", Type: "驻村干部", VillageIDs: []int64{f.west}})

	east, err := saveTeam(t, s, hall.WorkTeam{Name: "东风嘎查驻村工作队", Kind: "驻村工作队", LeaderCadreID: f.bater, VillageID: f.east})
	must(t, err)
	if a := lastAudit(t, s); a.Action != hall.ActCreate || a.Entity != "工作队" || a.EntityID != east || a.Detail != "驻村工作队 东风嘎查驻村工作队，队长巴特尔" {
		t.Fatalf("audit %+v", a)
	}

	t.Run("the leader joins the team", func(t *testing.T) {
		w, err := s.Team(ctx, east)
		must(t, err)
		want := hall.WorkTeam{ID: east, Name: "东风嘎查驻村工作队", Kind: "驻村工作队", LeaderCadreID: f.bater, LeaderName: "巴特尔",
			VillageID: f.east, VillageName: "东风嘎查", MemberCount: 1, Active: true}
		if !reflect.DeepEqual(w, want) {
			t.Fatalf("got %+v\nwant %+v", w, want)
		}
		c, err := s.Cadre(ctx, f.bater)
		must(t, err)
		if c.TeamID != east || c.TeamName != "东风嘎查驻村工作队" {
			t.Fatalf("leader %+v", c)
		}
	})

	t.Run("a cadre joins through the cadre form, and the list shows team and households", func(t *testing.T) {
		f.assign(t, hall.AssignInput{CadreID: f.li, GroupID: f.one, From: hall.MustDate("2026-01-05")})
		c, err := s.Cadre(ctx, f.li)
		must(t, err)
		c.TeamID = east
		addCadre(t, s, c)
		if a := lastAudit(t, s); a.Detail != "李秀英：工作队：无 → 东风嘎查驻村工作队；" {
			t.Fatalf("audit %+v", a)
		}
		p, err := s.Cadres(ctx, hall.CadreQuery{TeamID: east})
		must(t, err)
		if p.Total != 2 || p.Items[0].Name != "巴特尔" || p.Items[1].Name != "李秀英" {
			t.Fatalf("members %+v", p.Items)
		}
		if li := p.Items[1]; li.TeamName != "东风嘎查驻村工作队" || li.Households != 2 || p.Items[0].Households != 0 {
			t.Fatalf("李秀英 %+v, 巴特尔 %+v", li, p.Items[0])
		}
		w, err := s.Team(ctx, east)
		must(t, err)
		if w.MemberCount != 2 {
			t.Fatalf("members %d", w.MemberCount)
		}
	})

	west, err := saveTeam(t, s, hall.WorkTeam{Name: "西湾村驻村工作组", Kind: "驻村工作组", LeaderCadreID: wang, VillageID: f.west})
	must(t, err)

	for _, tc := range []struct {
		name  string
		team  hall.WorkTeam
		code  hall.Code
		field string
		msg   string
	}{
		{"same name as an active team", hall.WorkTeam{Name: "东风嘎查驻村工作队", Kind: "驻村工作组", LeaderCadreID: f.zhao, VillageID: f.west}, hall.CodeConflict, "name", "已有同名"},
		{"a leader of another team", hall.WorkTeam{Name: "新工作组", Kind: "驻村工作组", LeaderCadreID: f.li, VillageID: f.west}, hall.CodeConflict, "leaderCadreId", "李秀英已是东风嘎查驻村工作队的成员"},
		{"a missing leader", hall.WorkTeam{Name: "新工作组", Kind: "驻村工作组", LeaderCadreID: 999, VillageID: f.west}, hall.CodeInvalid, "leaderCadreId", "不存在"},
		{"a missing village", hall.WorkTeam{Name: "新工作组", Kind: "驻村工作组", LeaderCadreID: f.zhao, VillageID: 999}, hall.CodeInvalid, "villageId", "不存在"},
		{"a missing team", hall.WorkTeam{ID: 999, Name: "新工作组", Kind: "驻村工作组", LeaderCadreID: f.zhao, VillageID: f.west, Active: true}, hall.CodeNotFound, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := saveTeam(t, s, tc.team)
			if e := wantCode(t, err, tc.code); e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %+v", e)
			}
		})
	}

	t.Run("the leader cannot leave through the cadre form", func(t *testing.T) {
		c, err := s.Cadre(ctx, f.bater)
		must(t, err)
		c.TeamID = west
		c, err = hall.CleanCadre(c)
		must(t, err)
		_, err = s.SaveCadre(ctx, admin, c)
		if e := wantCode(t, err, hall.CodeConflict); e.Field != "teamId" || !strings.Contains(e.Message, "队长") {
			t.Fatalf("got %+v", e)
		}
		c.TeamID = 999
		_, err = s.SaveCadre(ctx, admin, c)
		if e := wantCode(t, err, hall.CodeInvalid); e.Field != "teamId" {
			t.Fatalf("got %+v", e)
		}
	})

	t.Run("a new leader joins; the old one stays a member", func(t *testing.T) {
		w, err := s.Team(ctx, east)
		must(t, err)
		w.LeaderCadreID = f.li
		_, err = saveTeam(t, s, w)
		must(t, err)
		if a := lastAudit(t, s); a.Action != hall.ActUpdate || a.Detail != "东风嘎查驻村工作队：队长：巴特尔 → 李秀英；" {
			t.Fatalf("audit %+v", a)
		}
		w, err = s.Team(ctx, east)
		must(t, err)
		if w.LeaderName != "李秀英" || w.MemberCount != 2 {
			t.Fatalf("team %+v", w)
		}
	})

	t.Run("deactivating lets the members go", func(t *testing.T) {
		w, err := s.Team(ctx, east)
		must(t, err)
		w.Active = false
		_, err = saveTeam(t, s, w)
		must(t, err)
		if a := lastAudit(t, s); a.Action != hall.ActDeactivate || !strings.HasSuffix(a.Detail, "成员2人离队；") {
			t.Fatalf("audit %+v", a)
		}
		p, err := s.Cadres(ctx, hall.CadreQuery{TeamID: east})
		must(t, err)
		if p.Total != 0 {
			t.Fatalf("still members: %+v", p.Items)
		}
		active, err := s.Teams(ctx, false)
		must(t, err)
		all, err := s.Teams(ctx, true)
		must(t, err)
		if len(active) != 1 || active[0].ID != west || len(all) != 2 || all[1].ID != east || all[1].Active {
			t.Fatalf("active %+v, all %+v", active, all)
		}
		c, err := s.Cadre(ctx, f.bater)
		must(t, err)
		c.TeamID = east
		_, err = s.SaveCadre(ctx, admin, c)
		if e := wantCode(t, err, hall.CodeInvalid); e.Field != "teamId" || !strings.Contains(e.Message, "已撤回") {
			t.Fatalf("got %+v", e)
		}
		// the name is free again for a new team
		_, err = saveTeam(t, s, hall.WorkTeam{Name: "东风嘎查驻村工作队", Kind: "驻村工作队", LeaderCadreID: f.bater, VillageID: f.east})
		must(t, err)
	})
}
