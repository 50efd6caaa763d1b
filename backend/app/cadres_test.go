package app_test

import (
	"encoding/base64"
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// cadresOf and printsOf are the cadre and print services of a desk's seat.
func cadresOf(e *env, d *desk) *app.CadreService {
	e.t.Helper()
	for _, s := range e.core.Services(d.seat) {
		if c, ok := s.(*app.CadreService); ok {
			return c
		}
	}
	e.t.Fatal("CadreService is not bound")
	return nil
}

func printsOf(e *env, d *desk) *app.PrintService {
	e.t.Helper()
	for _, s := range e.core.Services(d.seat) {
		if p, ok := s.(*app.PrintService); ok {
			return p
		}
	}
	e.t.Fatal("PrintService is not bound")
	return nil
}

func TestCadresAndContactCards(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	e.addOperator(admin, "leader", "斯琴", hall.RoleLeader)
	batu, err := admin.places.SaveVillage(hall.VillageInput{Name: "巴图塔村", Kind: "村"})
	must(t, err)
	empty, err := admin.places.SaveVillage(hall.VillageInput{Name: "哈拉沟村", Kind: "村"})
	must(t, err)
	clerk, leader := e.login("clerk"), e.login("leader")

	adminCadres := cadresOf(e, admin)
	bater, err := adminCadres.Save(hall.Cadre{Name: "巴特尔", Position: "镇党委委员、驻村工作队队长", Unit: "乌兰木伦镇人民政府",
		Phone: "13947712345", Type: "驻村干部", VillageIDs: []int64{batu}, Coverage: "一组至三组，共68户"})
	must(t, err)
	if bater.ID == 0 || !bater.Active || !reflect.DeepEqual(bater.VillageNames, []string{"巴图塔村"}) {
		t.Fatalf("saved %+v", bater)
	}
	li, err := adminCadres.Save(hall.Cadre{Name: "李秀英", Phone: "13800000001", Type: "包户干部", VillageIDs: []int64{batu}})
	must(t, err)
	gone, err := adminCadres.Save(hall.Cadre{Name: "赵调走", Phone: "13800000002", Type: "包户干部", VillageIDs: []int64{batu}})
	must(t, err)
	gone.Active = false
	_, err = adminCadres.Save(gone)
	must(t, err)

	t.Run("the server's field error for a bad phone", func(t *testing.T) {
		_, err := adminCadres.Save(hall.Cadre{Name: "无电话", Type: "驻村干部"})
		if e := wantCode(t, err, hall.CodeInvalid); e.Field != "phone" {
			t.Fatalf("field %q", e.Field)
		}
	})

	t.Run("a clerk reads and prints but does not manage cadres", func(t *testing.T) {
		_, err := cadresOf(e, clerk).Save(hall.Cadre{Name: "冒充", Phone: "13800000009", Type: "驻村干部"})
		if e := wantCode(t, err, hall.CodeForbidden); !strings.Contains(e.Message, "窗口人员") {
			t.Fatalf("message %q", e.Message)
		}
		page, err := cadresOf(e, clerk).List(hall.CadreQuery{VillageID: batu})
		must(t, err)
		if page.Total != 2 {
			t.Fatalf("active cadres of 巴图塔村: %+v", page.Items)
		}
		if _, err := cadresOf(e, clerk).Get(gone.ID); err != nil {
			t.Fatal(err)
		}
		doc, err := printsOf(e, clerk).ContactCards(app.CardsInput{VillageID: batu, Back: true})
		must(t, err)
		pdf, err := base64.StdEncoding.DecodeString(doc.Base64)
		must(t, err)
		if !strings.HasPrefix(string(pdf), "%PDF") || doc.FileName != "干部民情联系卡-巴图塔村.pdf" || doc.Warning != "" {
			t.Fatalf("document %q, %d bytes, warning %q", doc.FileName, len(pdf), doc.Warning)
		}
	})

	t.Run("a leader prints a chosen set", func(t *testing.T) {
		doc, err := printsOf(e, leader).ContactCards(app.CardsInput{CadreIDs: []int64{li.ID, bater.ID}, Pledge: "心系群众　服务到家"})
		must(t, err)
		if doc.FileName != "干部民情联系卡-2名干部.pdf" {
			t.Fatalf("file %q", doc.FileName)
		}
	})

	t.Run("every print is recorded and audited", func(t *testing.T) {
		counts, err := printsOf(e, clerk).Counts(app.PrintCountsInput{From: hall.MustDate("2025-03-10"), To: hall.MustDate("2025-03-10")})
		must(t, err)
		if !reflect.DeepEqual(counts, map[string]int{hall.PrintCard: 4}) {
			t.Fatalf("counts %v", counts)
		}
		log, err := admin.audit.List(hall.AuditQuery{Action: hall.ActPrint})
		must(t, err)
		if log.Total != 2 || log.Items[0].OperatorName != "斯琴" || log.Items[1].OperatorName != "王丽娜" ||
			log.Items[1].Detail != "民情联系卡 巴图塔村 2份：巴特尔、李秀英（双面）" {
			t.Fatalf("audit %+v", log.Items)
		}
	})

	t.Run("refusals print nothing", func(t *testing.T) {
		p := printsOf(e, clerk)
		for _, tc := range []struct {
			name  string
			in    app.CardsInput
			code  hall.Code
			field string
		}{
			{"nothing chosen", app.CardsInput{}, hall.CodeInvalid, "cadreIds"},
			{"a deactivated cadre", app.CardsInput{CadreIDs: []int64{bater.ID, gone.ID}}, hall.CodeInvalid, "cadreIds"},
			{"a missing cadre", app.CardsInput{CadreIDs: []int64{999}}, hall.CodeNotFound, ""},
			{"a village without cadres", app.CardsInput{VillageID: empty}, hall.CodeInvalid, "villageId"},
			{"a missing village", app.CardsInput{VillageID: 999}, hall.CodeInvalid, "villageId"},
			{"a long pledge", app.CardsInput{VillageID: batu, Pledge: strings.Repeat("为", 21)}, hall.CodeInvalid, "pledge"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := p.ContactCards(tc.in)
				if e := wantCode(t, err, tc.code); e.Field != tc.field {
					t.Fatalf("field %q, want %q (%s)", e.Field, tc.field, e.Message)
				}
			})
		}
		counts, err := p.Counts(app.PrintCountsInput{})
		must(t, err)
		if counts[hall.PrintCard] != 4 {
			t.Fatalf("counts after refusals %v", counts)
		}
	})
}
