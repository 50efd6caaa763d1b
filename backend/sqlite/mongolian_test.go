package sqlite

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// sameSettings compares the hall settings leaving out their Mongolian texts.
func sameSettings(a, b hall.HallSettings) bool {
	a.Mongolian, b.Mongolian = hall.MongolianTexts{}, hall.MongolianTexts{}
	return reflect.DeepEqual(a, b)
}

// Mongolian test words, typed as Unicode: sumu (苏木), hota (城), bayan (富).
const (
	mnSumu  = "ᠰᠤᠮᠤ"
	mnHota  = "ᠬᠣᠲᠠ"
	mnBayan = "ᠪᠠᠶᠠᠨ"
)

func TestMongolianSaveLoadVersionAudit(t *testing.T) {
	s, _, _ := newStore(t)
	setupHall(t, s)
	m, err := s.Mongolian(ctx)
	must(t, err)
	if m.Version != 1 || m.HallName != "" || m.Labels == nil || len(m.Labels) != 0 {
		t.Fatalf("fresh = %+v", m)
	}
	before, err := s.Settings(ctx)
	must(t, err)

	in := hall.MongolianTexts{HallName: mnBayan + " " + mnSumu, Township: mnSumu, Address: mnHota,
		Labels: map[string]string{"受理回执": mnBayan, "办公时间": mnHota}, Version: m.Version}
	must(t, s.SaveMongolian(ctx, admin, in))
	a := lastAudit(t, s)
	if a.Action != hall.ActUpdate || a.Entity != "蒙古文" || !strings.Contains(a.Detail, "服务大厅名称") ||
		!strings.Contains(a.Detail, "「受理回执」") || strings.Contains(a.Detail, "旗县") {
		t.Fatalf("audit %+v", a)
	}

	t.Run("settings carry the Mongolian, their own version untouched", func(t *testing.T) {
		hs, err := s.Settings(ctx)
		must(t, err)
		want := in
		want.Version = 2
		if !reflect.DeepEqual(hs.Mongolian, want) {
			t.Fatalf("settings' Mongolian = %+v, want %+v", hs.Mongolian, want)
		}
		if !sameSettings(hs, before) {
			t.Fatalf("settings changed: %+v, was %+v", hs, before)
		}
	})

	t.Run("SaveSettings leaves the Mongolian alone", func(t *testing.T) {
		hs, err := s.Settings(ctx)
		must(t, err)
		hs.HallName = "党群服务中心"
		hs.Mongolian = hall.MongolianTexts{HallName: mnHota} // a stale or tampered form
		must(t, s.SaveSettings(ctx, admin, hs))
		got, err := s.Mongolian(ctx)
		must(t, err)
		if got.HallName != in.HallName || got.Labels["受理回执"] != mnBayan || got.Version != 2 {
			t.Fatalf("after SaveSettings = %+v", got)
		}
	})

	t.Run("a stale save is refused and changes nothing", func(t *testing.T) {
		n := auditCount(t, s)
		stale := hall.MongolianTexts{HallName: mnHota, Labels: map[string]string{}, Version: 1}
		wantCode(t, s.SaveMongolian(ctx, admin, stale), hall.CodeStale)
		got, err := s.Mongolian(ctx)
		must(t, err)
		if got.HallName != in.HallName || len(got.Labels) != 2 || auditCount(t, s) != n {
			t.Fatalf("after a stale save = %+v", got)
		}
	})

	t.Run("labels replaced as a whole", func(t *testing.T) {
		next := hall.MongolianTexts{HallName: in.HallName, Labels: map[string]string{"办结通知书": mnSumu}, Version: 2}
		must(t, s.SaveMongolian(ctx, admin, next))
		got, err := s.Mongolian(ctx)
		must(t, err)
		if !reflect.DeepEqual(got.Labels, next.Labels) || got.Township != "" || got.Version != 3 {
			t.Fatalf("after replacing = %+v", got)
		}
	})
}

func TestCadreNameMongolian(t *testing.T) {
	s, _, _ := newStore(t)
	id := addCadre(t, s, hall.Cadre{Name: "巴特尔", NameMongolian: "ᠪᠠᠲᠤᠷ", Phone: "13947712345", Type: "驻村干部"})
	c, err := s.Cadre(ctx, id)
	must(t, err)
	if c.NameMongolian != "ᠪᠠᠲᠤᠷ" {
		t.Fatalf("saved %q", c.NameMongolian)
	}
	c.NameMongolian = "ᠪᠠᠲᠤ"
	_, err = s.SaveCadre(ctx, admin, c)
	must(t, err)
	got, err := s.Cadre(ctx, id)
	must(t, err)
	if got.NameMongolian != "ᠪᠠᠲᠤ" {
		t.Fatalf("edited %q", got.NameMongolian)
	}
	if a := lastAudit(t, s); !strings.Contains(a.Detail, "蒙古文姓名：ᠪᠠᠲᠤᠷ → ᠪᠠᠲᠤ") {
		t.Fatalf("audit %+v", a)
	}
	page, err := s.Cadres(ctx, hall.CadreQuery{})
	must(t, err)
	if len(page.Items) != 1 || page.Items[0].NameMongolian != "ᠪᠠᠲᠤ" {
		t.Fatalf("listed %+v", page.Items)
	}
}

func TestMongolianComesBackWithARestore(t *testing.T) {
	s, _, _ := newStore(t)
	setupHall(t, s)
	id := addCadre(t, s, hall.Cadre{Name: "巴特尔", NameMongolian: "ᠪᠠᠲᠤᠷ", Phone: "13947712345", Type: "驻村干部"})
	saved := hall.MongolianTexts{HallName: mnSumu, Labels: map[string]string{"受理回执": mnHota}, Version: 1}
	must(t, s.SaveMongolian(ctx, admin, saved))
	backup := filepath.Join(t.TempDir(), "b.db")
	_, err := s.BackupTo(ctx, backup)
	must(t, err)

	must(t, s.SaveMongolian(ctx, admin, hall.MongolianTexts{HallName: mnBayan, Labels: map[string]string{}, Version: 2}))
	c, err := s.Cadre(ctx, id)
	must(t, err)
	c.NameMongolian = ""
	_, err = s.SaveCadre(ctx, admin, c)
	must(t, err)

	_, err = s.RestoreFrom(ctx, backup, nil)
	must(t, err)
	got, err := s.Mongolian(ctx)
	must(t, err)
	saved.Version = 2
	if !reflect.DeepEqual(got, saved) {
		t.Fatalf("restored %+v, want %+v", got, saved)
	}
	if c, err = s.Cadre(ctx, id); err != nil || c.NameMongolian != "ᠪᠠᠲᠤᠷ" {
		t.Fatalf("restored cadre %+v, %v", c, err)
	}
}
