package banner_test

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/banner"
	"halldesk/backend/hall"
	"halldesk/backend/replica"
	"halldesk/backend/xlsx"
)

func codeOf(err error) hall.Code {
	if e := hall.AsError(err); e != nil {
		return e.Code
	}
	return ""
}

// operator adds a banner operator with the given role and signs them in.
func (e *bannerEnv) operator(t *testing.T, username string, role hall.Role) *app.Seat {
	t.Helper()
	core := e.console.Core
	pw := "password-" + username
	if _, err := app.ServiceOf[*app.OperatorService](core, e.admin).Save(hall.OperatorInput{Username: username, Name: username, Role: role, Password: pw}); err != nil {
		t.Fatal(err)
	}
	seat := app.NewSeat("")
	if _, err := app.ServiceOf[*app.AuthService](core, seat).Login(app.LoginInput{Username: username, Password: pw}); err != nil {
		t.Fatal(err)
	}
	return seat
}

// auditHas reports whether the banner's audit log has a line of action on entity.
func (e *bannerEnv) auditHas(t *testing.T, action, entity string) bool {
	t.Helper()
	list, err := e.console.Core.Store.AuditLog(context.Background(), hall.AuditQuery{Action: action, Entity: entity, PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range list.Items {
		if l.Entity == entity {
			return true
		}
	}
	return false
}

func testRoles(t *testing.T, e *bannerEnv) {
	leader := e.operator(t, "leader1", hall.RoleLeader)
	supervisor := e.operator(t, "super1", hall.RoleSupervisor)
	if _, err := app.ServiceOf[*app.OperatorService](e.console.Core, e.admin).Save(hall.OperatorInput{Username: "clerk1", Name: "clerk1",
		Role: hall.RoleClerk, Password: "password-clerk1"}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a hall's role is not offered at the banner: %v", err)
	}
	p := hall.Period{From: hall.DateOf(now.AddDate(0, -1, 0)), To: hall.DateOf(now)}
	form := banner.HallForm{Hall: hall.BannerHallInput{Name: "新街镇便民服务大厅", Township: "新街镇"},
		Target: replica.Target{Kind: replica.KindFolder, Path: t.TempDir()}}
	for _, c := range []struct {
		name string
		seat *app.Seat
		want hall.Code
		call func(seat *app.Seat) error
	}{
		{"leader reads the dashboard", leader, "", func(s *app.Seat) error { _, err := e.reports(s).Dashboard(p); return err }},
		{"supervisor exports", supervisor, "", func(s *app.Seat) error {
			_, err := e.reports(s).ExportList(banner.ListQuery{Kind: banner.ListOverdue})
			return err
		}},
		{"leader may not add a hall", leader, hall.CodeForbidden, func(s *app.Seat) error { _, err := e.hallService(s).Save(form); return err }},
		{"supervisor may not remove a hall", supervisor, hall.CodeForbidden, func(s *app.Seat) error { _, err := e.hallService(s).Remove(1); return err }},
		{"no login", app.NewSeat(""), hall.CodeUnauthenticated, func(s *app.Seat) error { _, err := e.hallService(s).List(); return err }},
		{"unknown list", supervisor, hall.CodeInvalid, func(s *app.Seat) error {
			_, err := e.reports(s).ExportList(banner.ListQuery{Kind: "all"})
			return err
		}},
		{"plain http refused", e.admin, hall.CodeInvalid, func(s *app.Seat) error {
			f := form
			f.Target = replica.Target{Kind: replica.KindWebDAV, URL: "http://banner.example/dav", User: "u", Password: "p"}
			_, err := e.hallService(s).Save(f)
			return err
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := codeOf(c.call(c.seat)); got != c.want {
				t.Fatalf("code %q, want %q", got, c.want)
			}
		})
	}
	st, err := app.ServiceOf[*banner.BannerService](e.console.Core, leader).Status()
	if err != nil || st.RoleLabel != "旗县领导" || strings.Contains(strings.Join(st.Permissions, ","), string(banner.PermManage)) {
		t.Fatalf("leader's status %+v %v", st, err)
	}
	if _, err := e.reports(leader).Dashboard(p); err != nil {
		t.Fatal(err)
	}
	if _, err := e.hallService(leader).Save(form); err == nil || !strings.Contains(hall.AsError(err).Message, "旗县领导") {
		t.Fatalf("the refusal should name the banner's role: %v", err)
	}
}

func testDrill(t *testing.T, e *bannerEnv) {
	list, err := e.hallService(e.admin).List()
	if err != nil {
		t.Fatal(err)
	}
	page, err := e.reports(e.admin).Drill(banner.DrillQuery{HallID: list[0].ID, Query: hall.DrillQuery{Bucket: hall.BucketOverdue, AllTime: true}})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total == 0 || len(page.Items) == 0 || !strings.HasPrefix(page.Title, list[0].Name) {
		t.Fatalf("drill page: total %d, %d items, title %q", page.Total, len(page.Items), page.Title)
	}
	for _, c := range page.Items {
		if !strings.Contains(c.ApplicantName, "*") || !strings.Contains(c.ApplicantID18, "*") || len(c.Actions) != 0 {
			t.Fatalf("a case at the banner must be masked and offer no action: %q %q %v", c.ApplicantName, c.ApplicantID18, c.Actions)
		}
	}
	if !e.auditHas(t, hall.ActView, "旗县汇总办件清单") {
		t.Fatal("the drill-down was not audited at the banner")
	}
}

func testBriefing(t *testing.T, e *bannerEnv) {
	doc, err := e.reports(e.admin).PrintBriefing(now.Format("2006-01"))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, doc)
	for _, want := range []string{"全旗（县）汇总", "阿勒腾席热镇", "札萨克镇", "红庆河镇", "报：", "发：", "伊金霍洛旗政务服务局"} {
		if !strings.Contains(text, want) {
			t.Errorf("the briefing lacks %q", want)
		}
	}
	if !e.auditHas(t, hall.ActPrint, "旗县汇总简报") {
		t.Fatal("the print was not audited at the banner")
	}
}

// pdfText extracts a document's text with pdftotext.
func pdfText(t *testing.T, doc app.Document) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext (poppler-utils) is needed")
	}
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), "")
}

func testLists(t *testing.T, e *bannerEnv) {
	d, err := e.reports(e.admin).Dashboard(hall.Period{From: hall.DateOf(now), To: hall.DateOf(now)})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := e.reports(e.admin).ExportList(banner.ListQuery{Kind: banner.ListOverdue})
	if err != nil {
		t.Fatal(err)
	}
	rows := sheetRows(t, doc)
	if rows != d.Total.Overdue {
		t.Fatalf("the overdue list has %d rows, the dashboard counts %d", rows, d.Total.Overdue)
	}
	if !e.auditHas(t, hall.ActExport, "旗县汇总逾期办件") {
		t.Fatal("the export was not audited at the banner")
	}
	p := hall.Period{From: hall.DateOf(now.AddDate(0, -2, 0)), To: hall.DateOf(now)}
	cards, err := e.reports(e.admin).Scorecards(p)
	if err != nil || len(cards) != 3 {
		t.Fatalf("scorecards of %d halls, %v", len(cards), err)
	}
	if _, err := e.reports(e.admin).ExportScorecards(p); err != nil {
		t.Fatal(err)
	}
}

// sheetRows counts the data rows of an exported workbook's first sheet.
func sheetRows(t *testing.T, doc app.Document) int {
	t.Helper()
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := xlsx.ReadFirstSheet(data)
	if err != nil {
		t.Fatal(err)
	}
	return len(rows) - 1
}

func testRefresh(t *testing.T, e *bannerEnv) {
	hs := e.hallService(e.admin)
	list, err := hs.List()
	if err != nil {
		t.Fatal(err)
	}
	id := list[0].ID
	p := hall.Period{From: hall.DateOf(now.AddDate(0, -2, 0)), To: hall.DateOf(now)}
	before, err := e.reports(e.admin).Dashboard(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hs.Refresh(id); err != nil {
		t.Fatal(err)
	}
	after, err := e.reports(e.admin).Dashboard(p)
	if err != nil {
		t.Fatal(err)
	}
	if before.Total != after.Total {
		t.Fatalf("a refresh of unchanged halls changed the totals: %+v → %+v", before.Total, after.Total)
	}
	// A replica that cannot be read keeps the former copy and says why.
	restore := e.console.Restore
	e.console.Restore = func(context.Context, replica.Target, string, time.Time) error { return os.ErrNotExist }
	defer func() { e.console.Restore = restore }()
	list, err = hs.Refresh(id)
	if err != nil {
		t.Fatal(err)
	}
	if list[0].Error == "" {
		t.Fatal("a failed refresh should show why")
	}
	if again, err := e.reports(e.admin).Dashboard(p); err != nil || again.Total != before.Total {
		t.Fatalf("after a failed refresh the former copy should still answer: %v", err)
	}
	if !e.auditHas(t, hall.ActRefresh, "旗县汇总数据副本") {
		t.Fatal("the refresh was not audited")
	}
}

// testSwapUnderReaders refreshes every copy again and again while dashboards read them: a reader
// sees the old copy or the new one, never an error or a half-restored hall.
func testSwapUnderReaders(t *testing.T, e *bannerEnv) {
	p := hall.Period{From: hall.DateOf(now.AddDate(0, -2, 0)), To: hall.DateOf(now)}
	want, err := e.reports(e.admin).Dashboard(p)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 64)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				d, err := e.reports(e.admin).Dashboard(p)
				if err == nil && d.Total != want.Total {
					err = fmt.Errorf("totals changed under a refresh: %+v", d.Total)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for range 4 {
		if _, err := e.hallService(e.admin).Refresh(0); err != nil {
			errs <- err
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(e.dir, "halls", "*.db"))
	if len(left) != len(want.Halls) {
		t.Fatalf("%d copy files left for %d halls: old copies must be removed once unread", len(left), len(want.Halls))
	}
}
