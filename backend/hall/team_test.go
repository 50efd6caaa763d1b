package hall

import (
	"strings"
	"testing"
)

func validTeam() WorkTeam {
	return WorkTeam{Name: " 巴图塔村驻村工作队 ", Kind: "驻村工作队", LeaderCadreID: 3, VillageID: 1}
}

func TestWorkTeamCleanRefusesBadInput(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*WorkTeam)
		field string
		msg   string
	}{
		{"empty name", func(w *WorkTeam) { w.Name = "  " }, "name", "请填写工作队名称"},
		{"31-character name", func(w *WorkTeam) { w.Name = strings.Repeat("队", 31) }, "name", "不能超过30个字"},
		{"control character", func(w *WorkTeam) { w.Name = "工作队\x07" }, "name", "控制字符"},
		{"no kind", func(w *WorkTeam) { w.Kind = "" }, "kind", "驻村工作队或驻村工作组"},
		{"unknown kind", func(w *WorkTeam) { w.Kind = "帮扶工作队" }, "kind", "请选择类型"},
		{"no village", func(w *WorkTeam) { w.VillageID = 0 }, "villageId", "请选择驻村的嘎查村"},
		{"no leader", func(w *WorkTeam) { w.LeaderCadreID = 0 }, "leaderCadreId", "请选择队长"},
		{"negative leader", func(w *WorkTeam) { w.LeaderCadreID = -1 }, "leaderCadreId", "请选择队长"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := validTeam()
			tc.edit(&w)
			_, err := w.Clean()
			e := AsError(err)
			if e == nil || e.Code != CodeInvalid || e.Field != tc.field || !strings.Contains(e.Message, tc.msg) {
				t.Fatalf("got %v, want invalid %s containing %q", err, tc.field, tc.msg)
			}
		})
	}
}

func TestWorkTeamCleanTidies(t *testing.T) {
	for _, kind := range WorkTeamKinds {
		w := validTeam()
		w.Kind = kind
		got, err := w.Clean()
		if err != nil || got.Name != "巴图塔村驻村工作队" || got.Kind != kind {
			t.Fatalf("got %+v, %v", got, err)
		}
	}
}

func TestCleanCadreTeam(t *testing.T) {
	c := validCadre()
	c.TeamID = 2
	if got, err := CleanCadre(c); err != nil || got.TeamID != 2 {
		t.Fatalf("got %+v, %v", got, err)
	}
	c.TeamID = -1
	if e := AsError(func() error { _, err := CleanCadre(c); return err }()); e == nil || e.Field != "teamId" {
		t.Fatalf("negative team: %v", e)
	}
}
