package sqlite

import (
	"reflect"
	"testing"

	"halldesk/backend/hall"
)

// addCadre cleans and saves a cadre as the app layer does.
func addCadre(t *testing.T, s *Store, c hall.Cadre) int64 {
	t.Helper()
	c, err := hall.CleanCadre(c)
	must(t, err)
	id, err := s.SaveCadre(ctx, admin, c)
	must(t, err)
	return id
}

func TestCadresSaveListFilter(t *testing.T) {
	s, _, _ := newStore(t)
	east := addVillage(t, s, "东风嘎查")
	west := addVillage(t, s, "西湾村")
	bater := addCadre(t, s, hall.Cadre{Name: "巴特尔", Position: "镇党委委员", Unit: "乌兰木伦镇人民政府", Phone: "13947712345",
		Type: "驻村干部", VillageIDs: []int64{west, east}, Coverage: "一组至三组，共68户"})
	wang := addCadre(t, s, hall.Cadre{Name: "王建国", Position: "副镇长", Unit: "乌兰木伦镇人民政府", Phone: "13800000002",
		Type: "领导干部", VillageIDs: []int64{east}})
	window := addCadre(t, s, hall.Cadre{Name: "李娜", Position: "窗口工作人员", Phone: "0477-8612345", Type: "窗口人员"})

	t.Run("get with villages in village order", func(t *testing.T) {
		c, err := s.Cadre(ctx, bater)
		must(t, err)
		if c.Name != "巴特尔" || !c.Active || c.Coverage != "一组至三组，共68户" || c.UpdatedAt == "" ||
			!reflect.DeepEqual(c.VillageIDs, []int64{east, west}) || !reflect.DeepEqual(c.VillageNames, []string{"东风嘎查", "西湾村"}) {
			t.Fatalf("got %+v", c)
		}
		if a := lastAudit(t, s); a.Action != hall.ActCreate || a.Entity != "干部" || a.EntityID != window {
			t.Fatalf("audit %+v", a)
		}
		_, err = s.Cadre(ctx, 999)
		wantCode(t, err, hall.CodeNotFound)
	})

	names := func(p hall.CadrePage) []string {
		out := []string{}
		for _, c := range p.Items {
			out = append(out, c.Name)
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		q     hall.CadreQuery
		want  []string
		total int
	}{
		{"all, stationed cadres first", hall.CadreQuery{}, []string{"巴特尔", "王建国", "李娜"}, 3},
		{"by village", hall.CadreQuery{VillageID: east}, []string{"巴特尔", "王建国"}, 2},
		{"by other village", hall.CadreQuery{VillageID: west}, []string{"巴特尔"}, 1},
		{"by type", hall.CadreQuery{Type: "领导干部"}, []string{"王建国"}, 1},
		{"by name", hall.CadreQuery{Text: "特尔"}, []string{"巴特尔"}, 1},
		{"by phone tail", hall.CadreQuery{Text: "8612345"}, []string{"李娜"}, 1},
		{"by unit", hall.CadreQuery{Text: "人民政府"}, []string{"巴特尔", "王建国"}, 2},
		{"LIKE wildcards are literal", hall.CadreQuery{Text: "%"}, []string{}, 0},
		{"paged", hall.CadreQuery{Page: 2, PageSize: 2}, []string{"李娜"}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Cadres(ctx, tc.q)
			must(t, err)
			if got := names(p); !reflect.DeepEqual(got, tc.want) || p.Total != tc.total {
				t.Fatalf("got %v (total %d), want %v (total %d)", got, p.Total, tc.want, tc.total)
			}
		})
	}

	t.Run("edit villages and deactivate", func(t *testing.T) {
		c, err := s.Cadre(ctx, wang)
		must(t, err)
		c.VillageIDs = []int64{west}
		c.Phone = "13800000003"
		c.Active = false
		addCadre(t, s, c)
		a := lastAudit(t, s)
		if a.Action != hall.ActDeactivate || a.EntityID != wang || a.Detail != "王建国：联系电话已更改；联系的嘎查村已更改；" {
			t.Fatalf("audit %+v", a)
		}
		p, err := s.Cadres(ctx, hall.CadreQuery{VillageID: east})
		must(t, err)
		if got := names(p); !reflect.DeepEqual(got, []string{"巴特尔"}) {
			t.Fatalf("east after move: %v", got)
		}
		p, err = s.Cadres(ctx, hall.CadreQuery{VillageID: west, IncludeInactive: true})
		must(t, err)
		if got := names(p); !reflect.DeepEqual(got, []string{"巴特尔", "王建国"}) {
			t.Fatalf("west with inactive: %v", got)
		}
		vc, err := s.VillageCadres(ctx, west)
		must(t, err)
		if len(vc) != 1 || vc[0].ID != bater {
			t.Fatalf("active cadres of west: %+v", vc)
		}
	})

	t.Run("by id keeps the order asked", func(t *testing.T) {
		cs, err := s.CadresByID(ctx, []int64{window, bater, window})
		must(t, err)
		if len(cs) != 2 || cs[0].ID != window || cs[1].ID != bater || len(cs[1].VillageNames) != 2 {
			t.Fatalf("got %+v", cs)
		}
		_, err = s.CadresByID(ctx, []int64{bater, 999})
		wantCode(t, err, hall.CodeNotFound)
	})

	for _, tc := range []struct {
		name  string
		c     hall.Cadre
		code  hall.Code
		field string
	}{
		{"missing village", hall.Cadre{Name: "赵六", Phone: "13800000009", Type: "包户干部", VillageIDs: []int64{999}}, hall.CodeInvalid, "villageIds"},
		{"edit missing cadre", hall.Cadre{ID: 999, Name: "赵六", Phone: "13800000009", Type: "包户干部"}, hall.CodeNotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := auditCount(t, s)
			c, err := hall.CleanCadre(tc.c)
			must(t, err)
			_, err = s.SaveCadre(ctx, admin, c)
			if e := wantCode(t, err, tc.code); e.Field != tc.field {
				t.Fatalf("field %q, want %q", e.Field, tc.field)
			}
			if auditCount(t, s) != n {
				t.Fatal("a refused save wrote an audit line")
			}
		})
	}
}
