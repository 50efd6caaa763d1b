package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// sixtyNext is a resident who turns 60 next month (the clock starts on 2025-03-10), so that
// every list that shows a birth month shows his.
type sixtyNext struct {
	id, phone, birth string
	resident         hall.Resident
	household        int64
	caseID           int64
	petitionID       int64
}

// newPrivacyHall is the petition hall (one operator per role) with a resident turning 60 next
// month in a household, his approved 低保 case and his petition.
func newPrivacyHall(t *testing.T) (*petitionHall, sixtyNext) {
	h := newPetitionHall(t)
	p := sixtyNext{phone: "13912345678", birth: "1965-04-17"}
	p.id = "15062719650417013" + string(idcard.CheckChar("15062719650417013"))
	hh, err := h.admin.hh.Save(hall.HouseholdInput{VillageID: h.village, Address: "巴图塔村二组3号"})
	must(t, err)
	p.household = hh.ID
	p.resident, err = h.admin.res.Save(hall.ResidentInput{Name: "李建国", IDNumber: p.id, Phone: p.phone,
		VillageID: h.village, HouseholdID: hh.ID})
	must(t, err)
	clerk := casesOf(h.e, h.e.login("clerk"))
	items, err := catalogOf(h.e, h.admin).List(false)
	must(t, err)
	var db hall.ServiceItem
	for _, it := range items {
		if it.Code == "DB-01" {
			db = it
		}
	}
	cs, err := clerk.Intake(hall.IntakeInput{ApplicantID: p.resident.ID, ItemID: db.ID, Source: "大厅窗口",
		Summary: "无固定收入", Received: materialNames(db)})
	must(t, err)
	p.caseID = cs.ID
	_, err = actOn(clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})
	must(t, err)
	_, err = actOn(clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone,
		MonthlyAmount: "650", FirstPaidMonth: "2025-04"})
	must(t, err)
	pt, err := h.reception.Register(hall.PetitionInput{Form: "来访", ResidentID: p.resident.ID, Category: "低保救助",
		Facts: "家庭困难", Request: "申请低保"})
	must(t, err)
	p.petitionID = pt.ID
	return h, p
}

// idRuns finds what looks like an ID number, masked or not.
var idRuns = regexp.MustCompile(`[0-9X*]{15,18}`)

// leaks says what of p's numbers and birth date text gives away. With full set (an audited
// output of a role that may reveal), the full numbers and birth date may be there; otherwise
// no full number, no birth date in any spelling, and every ID number shows at most 4 characters.
func (p sixtyNext) leaks(text string, full bool) []string {
	var out []string
	if full {
		return out
	}
	compact := strings.ReplaceAll(p.birth, "-", "")
	for _, s := range []string{p.id, p.id[:14], p.phone, p.birth, compact, "1965年4月17日", "1965/04/17", "1965.04.17", "04-17"} {
		if strings.Contains(text, s) {
			out = append(out, s)
		}
	}
	for _, run := range idRuns.FindAllString(text, -1) {
		if strings.Contains(run, "*") && len(run)-strings.Count(run, "*") > 4 {
			out = append(out, "mask "+run)
		}
	}
	return out
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	must(t, err)
	return string(b)
}

func sheetText(t *testing.T, doc app.Document) string {
	t.Helper()
	var b strings.Builder
	for _, r := range sheetRows(t, doc) {
		b.WriteString(strings.Join(r, "|") + "\n")
	}
	return b.String()
}

// TestNoRoleRebuildsAnIDNumber fetches one resident as each role through every list, detail,
// export and print that shows him, and holds each to the rule: on every screen, and in
// everything a role without the reveal permission gets, the ID number shows its last 4
// characters, the phone is masked and the birth date is absent (the age, or the month on the
// list of those turning 60, instead). Only an audited output of a role that may reveal (an
// export, a list printed in full) carries the full number and the birth date.
func TestNoRoleRebuildsAnIDNumber(t *testing.T) {
	h, p := newPrivacyHall(t)
	e := h.e
	roles := map[string]hall.Role{"clerk": hall.RoleClerk, "jiedai": hall.RoleReception, "dudao": hall.RoleSupervisor,
		"lingdao": hall.RoleLeader, "admin": hall.RoleAdmin}
	for user, role := range roles {
		t.Run(string(role), func(t *testing.T) {
			d := e.login(user)
			reveal := role.Can(hall.PermRevealSensitive)
			check := func(channel string, text string, full bool) {
				t.Helper()
				if leaks := p.leaks(text, full && reveal); len(leaks) > 0 {
					t.Errorf("%s: %s gives away %q", role, channel, leaks)
				}
			}
			get := func(channel string, v any, err error) string {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", channel, err)
				}
				return asJSON(t, v)
			}

			// the registry on screen: the last 4, the age, no birth date
			page, err := d.res.Search(hall.ResidentQuery{Text: "李建国"})
			check("resident list", get("resident list", page, err), false)
			if page.Total != 1 || page.Items[0].IDNumber != "**************"+p.id[14:] || page.Items[0].Age != 59 || page.Items[0].BirthDate != (hall.Date{}) {
				t.Errorf("list row: %+v", page.Items)
			}
			r, err := d.res.Get(p.resident.ID)
			check("resident detail", get("resident detail", r, err), false)
			hh, err := d.hh.Get(p.household)
			check("household", get("household", hh, err), false)
			doc, err := d.hh.PrintSheet(p.household)
			must(t, err)
			check("household sheet", pdfTextOf(t, doc), false)

			// the registry's exports: full (and audited) only for a role that may reveal
			ex := exportsOf(e, d)
			doc, err = ex.Residents(hall.ResidentQuery{})
			must(t, err)
			sheet := sheetText(t, doc)
			check("registry export", sheet, true)
			if reveal != strings.Contains(sheet, p.birth) || reveal != strings.Contains(sheet, p.id) {
				t.Errorf("registry export, full %v:\n%s", reveal, sheet)
			}
			doc, err = ex.Households(hall.HouseholdQuery{})
			must(t, err)
			check("household export", sheetText(t, doc), false)
			doc, err = ex.Ledger(hall.CaseQuery{})
			must(t, err)
			check("ledger export", sheetText(t, doc), true)

			// the counter's case views and documents
			cs := casesOf(e, d)
			c, err := cs.Get(p.caseID)
			check("case", get("case", c, err), false)
			ledger, err := cs.Ledger(hall.CaseQuery{})
			check("ledger", get("ledger", ledger, err), false)
			doc, err = cs.PrintReceipt(p.caseID)
			must(t, err)
			check("receipt", pdfTextOf(t, doc), false)

			// the proactive lists: on screen and masked prints the month of turning 60, never the day
			out := outreachOf(e, d)
			list, err := out.List(hall.OutreachQuery{List: hall.ListTurning60})
			check("turning 60 list", get("turning 60 list", list, err), false)
			if list.Total != 1 || list.Items[0].Due != (hall.Date{}) || list.Items[0].DueMonth != "2025-04" || list.Items[0].BirthMonth != "1965-04" {
				t.Errorf("turning 60: %+v", list.Items)
			}
			doc, err = out.Export(hall.OutreachExport{List: hall.ListTurning60})
			must(t, err)
			check("turning 60 export", sheetText(t, doc), false)
			doc, err = out.PrintCallList(hall.OutreachExport{List: hall.ListTurning60})
			must(t, err)
			check("turning 60 call list", pdfTextOf(t, doc), false)
			doc, err = out.Export(hall.OutreachExport{List: hall.ListTurning60, Full: true})
			if reveal {
				must(t, err)
				if sheet := sheetText(t, doc); !strings.Contains(sheet, p.birth) || !strings.Contains(sheet, p.id) {
					t.Errorf("full export lacks the full number:\n%s", sheet)
				}
			} else {
				wantCode(t, err, hall.CodeForbidden)
			}
			pay, err := out.Allowances(hall.PaySheetInput{Month: "2025-04"})
			check("allowances", get("allowances", pay, err), false)
			doc, err = out.PrintPaySheet(hall.PaySheetInput{Month: "2025-04"})
			must(t, err)
			check("pay sheet", pdfTextOf(t, doc), false)

			// petitions: a petition's own page and record carry the phone for reception
			if !role.Can(hall.PermViewPetitions) {
				return
			}
			pt := petitionsOf(e, d)
			looks := petitionLooks(t, e)
			one, err := pt.Get(p.petitionID)
			check("petition", get("petition", one, err), true)
			if reveal != (one.Phone == p.phone) {
				t.Errorf("petition phone %q", one.Phone)
			}
			if audited := petitionLooks(t, e) == looks+1; audited != reveal {
				t.Errorf("a look at the petition's full phone audited: %v, want %v", audited, reveal)
			}
			pl, err := pt.List(hall.PetitionQuery{Scope: "all"})
			check("petition list", get("petition list", pl, err), false)
			doc, err = pt.PrintRecord(p.petitionID)
			must(t, err)
			check("petition record", pdfTextOf(t, doc), true)
			doc, err = ex.Petitions(hall.PetitionQuery{Scope: "all"})
			must(t, err)
			check("petition export", sheetText(t, doc), true)
		})
	}
}

// TestTailSearchIsNoOracle replays the attack that spelled out a phone number by searching ever
// longer tails of it: as the supervisor, every search by more than the last 4 characters is
// refused, so the 23 searches learn nothing the mask does not show; every search by number is
// counted against the operator's limit and audited without the number itself.
func TestTailSearchIsNoOracle(t *testing.T) {
	h, p := newPrivacyHall(t)
	e := h.e
	sup := e.login("dudao")
	// the attack: tails of 4, 5, … characters of the phone, then of the ID number
	var attack []string
	for n := 4; n <= len(p.phone); n++ {
		attack = append(attack, p.phone[len(p.phone)-n:])
	}
	for n := 4; n <= len(p.id); n++ {
		attack = append(attack, p.id[len(p.id)-n:])
	}
	answered := 0
	for _, q := range attack {
		page, err := sup.res.Search(hall.ResidentQuery{Text: q})
		if len(q) > hall.SearchTail {
			if er := wantCode(t, err, hall.CodeInvalid); !strings.Contains(er.Message, "后4位") {
				t.Errorf("refusal of %q: %s", q, er.Message)
			}
			if len(page.Items) != 0 {
				t.Fatalf("a refused search answered %+v", page.Items)
			}
			continue
		}
		must(t, err)
		answered++
	}
	if answered != 2 {
		t.Fatalf("%d of the suffix searches answered, want the two 4-character ones", answered)
	}
	// the same refusal on every other box that matches numbers, and in the exports that take a query
	if _, err := petitionsOf(e, sup).List(hall.PetitionQuery{Scope: "all", Text: p.phone[3:]}); codeOf(err) != hall.CodeInvalid {
		t.Errorf("petition ledger search by 8 digits: %v", err)
	}
	if _, err := exportsOf(e, sup).Residents(hall.ResidentQuery{Text: p.phone}); codeOf(err) != hall.CodeInvalid {
		t.Errorf("registry export by a phone number: %v", err)
	}
	if _, err := exportsOf(e, sup).Petitions(hall.PetitionQuery{Scope: "all", Text: p.phone}); codeOf(err) != hall.CodeInvalid {
		t.Errorf("petition export by a phone number: %v", err)
	}
	// the petition form's repeat warning does not match a typed number for the supervisor
	reps, err := petitionsOf(e, sup).Repeats(app.RepeatInput{Phone: p.phone})
	must(t, err)
	if len(reps) != 0 {
		t.Errorf("repeats by phone for the supervisor: %+v", reps)
	}
	reps, err = h.reception.Repeats(app.RepeatInput{Phone: p.phone})
	must(t, err)
	if len(reps) != 1 {
		t.Errorf("repeats by phone for reception: %+v", reps)
	}
	// the petition ledger finds a phone by its last 4, for any role
	pl, err := petitionsOf(e, sup).List(hall.PetitionQuery{Scope: "all", Text: p.phone[7:]})
	must(t, err)
	if pl.Total != 1 || pl.Items[0].Phone != "139****5678" {
		t.Errorf("petition by phone tail: %+v", pl)
	}

	// A clerk may search by the whole number (and may reveal it anyway); the audit line keeps
	// only its last 4 characters.
	clerk := e.login("clerk")
	page, err := clerk.res.Search(hall.ResidentQuery{Text: p.id})
	must(t, err)
	if page.Total != 1 {
		t.Fatalf("clerk by full ID: %d", page.Total)
	}
	log, err := e.login("admin").audit.List(hall.AuditQuery{Action: hall.ActNumberSearch, PageSize: 100})
	must(t, err)
	var lines []string
	for _, l := range log.Items {
		if strings.Contains(l.Detail, p.id[:10]) || strings.Contains(l.Detail, p.phone[:7]) {
			t.Errorf("audit line holds the number: %+v", l)
		}
		lines = append(lines, l.OperatorName+" "+l.Entity+" "+l.Detail)
	}
	// newest first: the clerk's search, the petition ledger's, the supervisor's two tails
	want := []string{
		"王丽娜 群众 按群众身份证号码或电话号码查询：**************" + p.id[14:] + "（18位）",
		"巴特尔 信访件 按信访人电话号码查询：5678（4位）",
		"巴特尔 群众 按群众身份证号码或电话号码查询：" + p.id[14:] + "（4位）",
		"巴特尔 群众 按群众身份证号码或电话号码查询：5678（4位）",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("audit:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestNumberSearchLimit trips the limit of searches by number per operator: repeats of a search
// (the next page) are free, the limit is the operator's own, and it lifts as the window moves on.
func TestNumberSearchLimit(t *testing.T) {
	h, _ := newPrivacyHall(t)
	e := h.e
	sup, leader := e.login("dudao"), e.login("lingdao")
	tail := func(i int) string { return fmt.Sprintf("%04d", i) }
	for i := 0; i < app.NumberSearchLimit; i++ {
		_, err := sup.res.Search(hall.ResidentQuery{Text: tail(i)})
		must(t, err)
		e.clock.advance(10 * time.Second) // ten seconds apart
	}
	_, err := sup.res.Search(hall.ResidentQuery{Text: tail(0), Page: 2})
	must(t, err) // the same search again is not one more
	_, err = sup.res.Search(hall.ResidentQuery{Text: "张伟"})
	must(t, err) // names are not numbers
	_, err = sup.res.Search(hall.ResidentQuery{Text: tail(app.NumberSearchLimit)})
	if er := wantCode(t, err, hall.CodeForbidden); !strings.Contains(er.Message, "过于频繁") || !strings.Contains(er.Message, "分钟后再试") {
		t.Errorf("limit message: %s", er.Message)
	}
	if _, err := exportsOf(e, sup).Residents(hall.ResidentQuery{Text: tail(app.NumberSearchLimit + 1)}); codeOf(err) != hall.CodeForbidden {
		t.Errorf("the export's query counts too: %v", err)
	}
	_, err = leader.res.Search(hall.ResidentQuery{Text: tail(app.NumberSearchLimit)})
	must(t, err) // another operator has a limit of its own
	// the first search is now 10 minutes and 1 second old
	e.clock.advance(app.NumberSearchWindow - 5*time.Minute + time.Second)
	_, err = sup.res.Search(hall.ResidentQuery{Text: tail(app.NumberSearchLimit)})
	must(t, err) // the first search has left the window
	log, err := e.login("admin").audit.List(hall.AuditQuery{Action: hall.ActNumberSearch, PageSize: 100})
	must(t, err)
	if log.Total != app.NumberSearchLimit+3 {
		t.Errorf("%d number searches audited, want %d (refused ones are not)", log.Total, app.NumberSearchLimit+3)
	}

	// the counter looks citizens up by number all day and may reveal numbers anyway: no limit,
	// every search audited
	clerk := e.login("clerk")
	for i := 0; i < 2*app.NumberSearchLimit; i++ {
		_, err := clerk.res.Search(hall.ResidentQuery{Text: tail(i)})
		must(t, err)
	}
	log, err = e.login("admin").audit.List(hall.AuditQuery{Action: hall.ActNumberSearch, PageSize: 1})
	must(t, err)
	if want := 3*app.NumberSearchLimit + 3; log.Total != want {
		t.Errorf("%d number searches audited, want %d", log.Total, want)
	}
}

// TestEditWithoutIDKeepsBirthDate: the form of a resident without an ID number is not given the
// birth date to show, so sending it back empty keeps the stored one.
func TestEditWithoutIDKeepsBirthDate(t *testing.T) {
	r := newRegistry(t)
	baby, err := r.clerk.res.Save(hall.ResidentInput{Name: "张小宝", NoIDNumber: true, BirthDate: hall.MustDate("2024-05-01"), Sex: "男",
		VillageID: r.village, HouseholdID: r.household, Relation: "孙子女"})
	must(t, err)
	if baby.BirthDate != (hall.Date{}) || baby.Age != 0 || baby.HasIDNumber {
		t.Fatalf("saved: %+v", baby)
	}
	_, err = r.clerk.res.Save(hall.ResidentInput{ID: baby.ID, Version: baby.Version, Name: "张小宝", NoIDNumber: true, Sex: "男",
		VillageID: r.village, HouseholdID: r.household, Relation: "孙子女", Note: "已改名"})
	must(t, err)
	doc, err := exportsOf(r.e, r.clerk).Residents(hall.ResidentQuery{Text: "张小宝"})
	must(t, err)
	if rows := sheetRows(t, doc); len(rows) != 2 || column(rows, "出生日期")[0] != "2024-05-01" || column(rows, "备注")[0] != "已改名" {
		t.Fatalf("after edit: %q", rows)
	}
}

// petitionLooks counts the audited looks at petitions' full phone numbers.
func petitionLooks(t *testing.T, e *env) int {
	t.Helper()
	page, err := e.core.Store.AuditLog(context.Background(), hall.AuditQuery{Action: hall.ActReveal, Entity: "信访件", PageSize: 1})
	must(t, err)
	return page.Total
}
