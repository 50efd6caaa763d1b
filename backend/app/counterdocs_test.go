package app_test

import (
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// The receipt printed at the counter names the hall by its own settings (name, address, office
// hours), never the catalog's placeholder; 份数 is a number, with the hand-back of an original
// said apart; and each receipt printed counts under 受理回执 in 宣传印刷's tiles.
func TestCounterReceiptPrintsTheHallAndCounts(t *testing.T) {
	c := newCounter(t)
	admin := c.e.login("admin")
	hs, err := admin.sys.Settings()
	must(t, err)
	hs.Address, hs.OfficeHours = "乌兰木伦镇政府大楼一层", "周一至周五8:30—12:00，14:30—18:00"
	_, err = admin.sys.SaveSettings(hs)
	must(t, err)
	if got, err := admin.sys.Settings(); err != nil || got.Address != hs.Address || got.OfficeHours != hs.OfficeHours {
		t.Fatalf("settings read back %+v, %v", got, err)
	}

	c.at("2025-03-10")
	yb := c.items["YB-01"]
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "大厅窗口", Received: materialNames(yb)})
	must(t, err)
	prints := printsOf(c.e, c.e.login("clerk"))
	counts := func() int {
		t.Helper()
		n, err := prints.Counts(app.PrintCountsInput{From: hall.MustDate("2025-03-01"), To: hall.MustDate("2025-03-31")})
		must(t, err)
		return n[hall.PrintReceipt]
	}
	if n := counts(); n != 0 {
		t.Fatalf("receipts before printing: %d", n)
	}
	receipt, err := c.clerk.PrintReceipt(cs.ID)
	must(t, err)
	text := pdfTextOf(t, receipt) // without whitespace
	for _, want := range []string{"便民服务大厅（乌兰木伦镇政府大楼一层）；周一至周五8:30—12:00，14:30—18:00",
		"居民身份证或户口簿原件1已验退还"} {
		if !strings.Contains(text, want) {
			t.Errorf("receipt lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "苏木乡镇便民服务大厅") {
		t.Errorf("receipt prints the catalog's placeholder:\n%s", text)
	}
	if n := counts(); n != 1 {
		t.Errorf("受理回执 counted %d after one receipt, want 1", n)
	}
	if _, err := c.clerk.PrintReceipt(cs.ID); err != nil {
		t.Fatal(err)
	}
	if n := counts(); n != 2 {
		t.Errorf("受理回执 counted %d after two receipts, want 2", n)
	}
}

// Every operator keeps their own reading size: it is theirs alone, survives a new login, and
// only the sizes offered are taken.
func TestOperatorPreferences(t *testing.T) {
	c := newCounter(t)
	clerk := c.e.login("clerk")
	if p, err := clerk.auth.Preferences(); err != nil || p.TextScale != 100 {
		t.Fatalf("default preferences %+v, %v", p, err)
	}
	if p, err := clerk.auth.SavePreferences(hall.OperatorPrefs{TextScale: 130}); err != nil || p.TextScale != 130 {
		t.Fatalf("save: %+v, %v", p, err)
	}
	if _, err := clerk.auth.SavePreferences(hall.OperatorPrefs{TextScale: 300}); codeOf(err) != hall.CodeInvalid {
		t.Fatalf("a size not offered: %v", err)
	}
	again := c.e.login("clerk") // another login, another counter
	if p, err := again.auth.Preferences(); err != nil || p.TextScale != 130 {
		t.Fatalf("after a new login %+v, %v", p, err)
	}
	if p, err := c.e.login("sup").auth.Preferences(); err != nil || p.TextScale != 100 {
		t.Fatalf("another operator's preferences %+v, %v", p, err)
	}
	if _, err := c.e.desk().auth.Preferences(); codeOf(err) != hall.CodeUnauthenticated {
		t.Fatalf("signed out: %v", err)
	}
}
