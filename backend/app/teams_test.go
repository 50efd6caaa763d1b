package app_test

import (
	"strings"
	"testing"

	"halldesk/backend/hall"
)

func TestWorkTeams(t *testing.T) {
	v := newVillage(t)
	e := v.e
	adminCadres, clerkCadres := cadresOf(e, v.admin.desk), cadresOf(e, v.clerk.desk)

	team, err := adminCadres.SaveTeam(hall.WorkTeam{Name: " 巴图塔村驻村工作队 ", Kind: "驻村工作队", LeaderCadreID: v.bater.ID, VillageID: v.village})
	must(t, err)
	if team.ID == 0 || team.Name != "巴图塔村驻村工作队" || team.LeaderName != "巴特尔" || team.VillageName != "巴图塔村" ||
		team.MemberCount != 1 || !team.Active {
		t.Fatalf("saved %+v", team)
	}

	t.Run("a clerk reads the teams but does not manage them", func(t *testing.T) {
		_, err := clerkCadres.SaveTeam(hall.WorkTeam{Name: "冒充工作组", Kind: "驻村工作组", LeaderCadreID: v.li.ID, VillageID: v.village})
		if e := wantCode(t, err, hall.CodeForbidden); !strings.Contains(e.Message, "窗口人员") {
			t.Fatalf("message %q", e.Message)
		}
		list, err := clerkCadres.Teams()
		must(t, err)
		if len(list) != 1 || list[0].ID != team.ID {
			t.Fatalf("teams %+v", list)
		}
	})

	t.Run("the server's field errors", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			in    hall.WorkTeam
			code  hall.Code
			field string
		}{
			{"no name", hall.WorkTeam{Kind: "驻村工作组", LeaderCadreID: v.li.ID, VillageID: v.village}, hall.CodeInvalid, "name"},
			{"no kind", hall.WorkTeam{Name: "工作组", LeaderCadreID: v.li.ID, VillageID: v.village}, hall.CodeInvalid, "kind"},
			{"no leader", hall.WorkTeam{Name: "工作组", Kind: "驻村工作组", VillageID: v.village}, hall.CodeInvalid, "leaderCadreId"},
			{"a leader in a team", hall.WorkTeam{Name: "工作组", Kind: "驻村工作组", LeaderCadreID: v.bater.ID, VillageID: v.village}, hall.CodeConflict, "leaderCadreId"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := adminCadres.SaveTeam(tc.in)
				if e := wantCode(t, err, tc.code); e.Field != tc.field {
					t.Fatalf("field %q, want %q (%s)", e.Field, tc.field, e.Message)
				}
			})
		}
	})

	t.Run("a cadre joins and the list counts the households covered", func(t *testing.T) {
		_, err := v.clerk.cover.Assign(hall.AssignInput{CadreID: v.li.ID, VillageID: v.village})
		must(t, err)
		li := v.li
		li.TeamID = team.ID
		li, err = adminCadres.Save(li)
		must(t, err)
		if li.TeamName != "巴图塔村驻村工作队" || li.Households != 3 {
			t.Fatalf("saved %+v", li)
		}
		page, err := clerkCadres.List(hall.CadreQuery{TeamID: team.ID})
		must(t, err)
		if page.Total != 2 || page.Items[1].Households != 3 || page.Items[0].Households != 0 {
			t.Fatalf("members %+v", page.Items)
		}
		list, err := clerkCadres.Teams()
		must(t, err)
		if list[0].MemberCount != 2 {
			t.Fatalf("teams %+v", list)
		}
		log, err := v.admin.audit.List(hall.AuditQuery{Entity: "工作队"})
		must(t, err)
		if log.Total != 1 || log.Items[0].Action != hall.ActCreate || log.Items[0].OperatorName != "管理员甲" {
			t.Fatalf("audit %+v", log.Items)
		}
	})
}
