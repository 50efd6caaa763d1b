package app_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func TestMongolianTexts(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	clerk := e.login("clerk")

	m, err := admin.sys.Mongolian()
	must(t, err)
	if m.Version != 1 || len(m.Labels) != 0 {
		t.Fatalf("fresh %+v", m)
	}
	in := hall.MongolianTexts{HallName: " ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ ", Township: "ᠰᠤᠮᠤ", Labels: map[string]string{"受理回执": "ᠬᠣᠲᠠ"}, Version: m.Version}

	t.Run("only the administrator", func(t *testing.T) {
		_, err := clerk.sys.Mongolian()
		wantCode(t, err, hall.CodeForbidden)
		_, err = clerk.sys.SaveMongolian(in)
		wantCode(t, err, hall.CodeForbidden)
	})

	t.Run("bad input changes nothing", func(t *testing.T) {
		before := e.auditCount()
		for _, bad := range []hall.MongolianTexts{
			{HallName: "便民服务大厅", Version: 1},
			{Labels: map[string]string{"受理回执": "Huleen avah"}, Version: 1},
			{Labels: map[string]string{"随便一个标题": "ᠬᠣᠲᠠ"}, Version: 1},
		} {
			_, err := admin.sys.SaveMongolian(bad)
			wantCode(t, err, hall.CodeInvalid)
		}
		got, err := admin.sys.Mongolian()
		must(t, err)
		if got.Version != 1 || got.HallName != "" || e.auditCount() != before {
			t.Fatalf("after refused saves %+v", got)
		}
	})

	saved, err := admin.sys.SaveMongolian(in)
	must(t, err)
	if saved.HallName != "ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ" || saved.Version != 2 || !reflect.DeepEqual(saved.Labels, in.Labels) {
		t.Fatalf("saved %+v", saved)
	}

	t.Run("every operator's settings carry it; saving the settings keeps it", func(t *testing.T) {
		hs, err := clerk.sys.Settings()
		must(t, err)
		if !reflect.DeepEqual(hs.Mongolian, saved) {
			t.Fatalf("clerk's settings %+v", hs.Mongolian)
		}
		hs, err = admin.sys.Settings()
		must(t, err)
		hs.Mongolian = hall.MongolianTexts{}
		_, err = admin.sys.SaveSettings(hs)
		must(t, err)
		got, err := admin.sys.Mongolian()
		must(t, err)
		if !reflect.DeepEqual(got, saved) {
			t.Fatalf("after SaveSettings %+v", got)
		}
	})

	t.Run("audited", func(t *testing.T) {
		_, err := admin.sys.SaveMongolian(hall.MongolianTexts{HallName: saved.HallName, Version: saved.Version})
		must(t, err)
		p, err := e.core.Store.AuditLog(context.Background(), hall.AuditQuery{Entity: "蒙古文", PageSize: 5})
		must(t, err)
		if p.Total != 2 || p.Items[0].OperatorName != "管理员甲" || !strings.Contains(p.Items[0].Detail, "苏木乡镇") ||
			!strings.Contains(p.Items[0].Detail, "「受理回执」") || strings.Contains(p.Items[0].Detail, "服务大厅名称") {
			t.Fatalf("audit %+v", p.Items)
		}
	})

	t.Run("a stale form is refused", func(t *testing.T) {
		_, err := admin.sys.SaveMongolian(in) // still at version 1
		wantCode(t, err, hall.CodeStale)
	})
}

func (e *env) auditCount() int {
	e.t.Helper()
	p, err := e.core.Store.AuditLog(context.Background(), hall.AuditQuery{PageSize: 1})
	if err != nil {
		e.t.Fatal(err)
	}
	return p.Total
}

func TestMongolianOnLeaflet(t *testing.T) {
	e := newEnv(t)
	admin := e.setup()
	e.addOperator(admin, "clerk", "王丽娜", hall.RoleClerk)
	prints := printOf(e, e.login("clerk"))
	m, err := admin.sys.Mongolian()
	must(t, err)
	_, err = admin.sys.SaveMongolian(hall.MongolianTexts{HallName: "ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ", Version: m.Version})
	must(t, err)

	base := app.LeafletInput{Title: "医保集中缴费通知", Paragraphs: []string{"集中缴费期为9月1日至12月31日。"}, Copies: 1}
	for _, tc := range []struct {
		name, field string
		edit        func(*app.LeafletInput)
	}{
		{"Latin in the Mongolian text", "mongolian", func(l *app.LeafletInput) { l.Mongolian = "tatvar tolbor" }},
		{"Chinese only, no Mongolian letter", "mongolian", func(l *app.LeafletInput) { l.Mongolian = "缴费通知" }},
		{"a second line in the title", "mongolianTitle", func(l *app.LeafletInput) { l.MongolianTitle = "ᠰᠤᠮᠤ\nᠬᠣᠲᠠ" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.edit(&in)
			_, err := prints.Leaflet(in)
			if e := wantCode(t, err, hall.CodeInvalid); e.Field != tc.field {
				t.Fatalf("field %q: %v", e.Field, e)
			}
		})
	}

	in := base
	in.MongolianTitle, in.Mongolian = "ᠲᠠᠲᠠᠸᠠᠷ", "ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠳᠭᠠᠯ\nᠰᠤᠮᠤ ᠬᠣᠲᠠ 便民服务大厅"
	doc, err := prints.Leaflet(in)
	must(t, err)
	text := pdfTextOf(t, doc)
	for _, want := range []string{"ᠪᠠᠶᠠᠨᠰᠤᠮᠤ", "ᠲᠠᠲᠠᠸᠠᠷ", "ᠡᠮᠨᠡᠯᠭᠡᠶᠢᠨᠳᠠᠭᠠᠳᠭᠠᠯ", "ᠰᠤᠮᠤᠬᠣᠲᠠ", "医保集中缴费通知"} {
		if !strings.Contains(text, want) {
			t.Errorf("the leaflet's text lacks %q:\n%s", want, text)
		}
	}
}

// TestMongolianReachesTheReceipt: what the administrator saves is on the next receipt, with no
// step between (the store's settings carry it to every document).
func TestMongolianReachesTheReceipt(t *testing.T) {
	c := newCounter(t)
	admin := c.e.login("admin")
	c.at("2025-03-10")
	yb := c.items["YB-01"]
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "大厅窗口", Received: materialNames(yb)})
	must(t, err)
	before, err := c.clerk.PrintReceipt(cs.ID)
	must(t, err)
	if text := pdfTextOf(t, before); strings.ContainsFunc(text, func(r rune) bool { return r >= 0x1800 && r <= 0x18AF }) {
		t.Fatalf("a receipt prints Mongolian the hall never gave:\n%s", text)
	}

	m, err := admin.sys.Mongolian()
	must(t, err)
	_, err = admin.sys.SaveMongolian(hall.MongolianTexts{HallName: "ᠪᠠᠶᠠᠨ ᠰᠤᠮᠤ", Labels: map[string]string{"受理回执": "ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠳᠠ"}, Version: m.Version})
	must(t, err)
	receipt, err := c.clerk.PrintReceipt(cs.ID)
	must(t, err)
	text := pdfTextOf(t, receipt)
	for _, want := range []string{"ᠪᠠᠶᠠᠨᠰᠤᠮᠤ", "ᠬᠦᠯᠢᠶᠡᠨᠠᠪᠤᠯᠳᠠ", "受理回执"} {
		if !strings.Contains(text, want) {
			t.Errorf("the receipt lacks %q:\n%s", want, text)
		}
	}
}
