package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/demo"
	"halldesk/backend/hall"
)

// Documents that are posted or sent to the villages (the monthly briefing, the petition-day
// roster notice, pocket guides, leaflets, contact cards, the scorecards) carry no resident's
// name, ID number or phone number. Documents handed to the citizen (a receipt, a notice, the
// petition record) carry that citizen's own; working lists for the village assistants (call
// lists, the sign-for sheet) carry names with masked numbers, see TestNoRoleRebuildsAnIDNumber.

// TestDistributedDocumentsNameNobody fills a hall with the demo data, has the counter take a
// case whose summary and result name the applicant and a relative with their numbers (as
// clerks type them), lets the supervisor pick it for the briefing and type the name into the
// printed text too, then prints every distributed document and scans its text for every
// resident's name and every ID and phone number in the data.
func TestDistributedDocumentsNameNobody(t *testing.T) {
	e := newEnv(t)
	now := time.Date(2025, 11, 12, 2, 30, 0, 0, time.UTC) // 10:30 in China
	e.clock.t = now
	ctx := context.Background()
	st := e.core.Store
	hash := func(pw string) (string, error) {
		b, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
		return string(b), err
	}
	_, err := demo.Fill(ctx, st, now, hash, 2014)
	must(t, err)
	_, err = demo.Cases(ctx, st, now, 2014)
	must(t, err)
	_, err = demo.Petitions(ctx, st, now, 2014)
	must(t, err)
	e.clock.t = now
	login := func(user string) *desk {
		d := e.desk()
		_, err := d.auth.Login(app.LoginInput{Username: user, Password: demo.Password})
		must(t, err)
		return d
	}
	clerk, sup, reception := login("chuangkou"), login("dudao"), login("jiedai")

	// Every resident, unmasked, and one with a relative and both numbers to leak.
	var people []hall.Resident
	for page := 1; ; page++ {
		p, err := st.SearchResidents(ctx, hall.ResidentQuery{Page: page, PageSize: 100})
		must(t, err)
		people = append(people, p.Items...)
		if len(people) >= p.Total || len(p.Items) == 0 {
			break
		}
	}
	var applicant, relative hall.Resident
	for _, a := range people {
		for _, b := range people {
			if applicant.ID == 0 && a.ID != b.ID && a.HouseholdID != 0 && a.HouseholdID == b.HouseholdID && a.Phone != "" &&
				a.HasIDNumber && hall.AgeOn(a.BirthDate, now) >= 18 && utf8.RuneCountInString(b.Name) >= 2 {
				applicant, relative = a, b
			}
		}
	}
	if applicant.ID == 0 {
		t.Fatal("the demo has no household to leak from")
	}

	// The counter takes a case as clerks write them: names and numbers in the free text.
	cases := casesOf(e, clerk)
	items, err := catalogOf(e, clerk).List(false)
	must(t, err)
	var item hall.ServiceItem
	for _, it := range items {
		if it.Code == "YB-01" {
			item = it
		}
	}
	cs, err := cases.Intake(hall.IntakeInput{ApplicantID: applicant.ID, ItemID: item.ID, Source: "大厅窗口",
		Summary:  fmt.Sprintf("%s想办理，%s陪同，电话%s，身份证%s", applicant.Name, relative.Name, applicant.Phone, applicant.IDNumber),
		Received: materialNames(item)})
	must(t, err)
	for _, in := range []hall.TransitionInput{
		{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone, Note: "已当面告知" + applicant.Name},
		{CaseID: cs.ID, Action: hall.ActFeedback, FeedbackMethod: "当面"},
	} {
		_, err := actOn(cases, in)
		must(t, err)
	}
	_, err = ratingsOf(e, sup).Enter(hall.RatingEntry{CaseID: cs.ID, Channel: hall.ChannelPhone, Level: 1})
	must(t, err)

	// The supervisor picks it, and types the name and the phone into the printed text as well.
	month := now.In(hall.China).Format("2006-01")
	brief := briefingOf(e, sup)
	b, err := brief.Preview(month)
	must(t, err)
	cands, err := brief.Candidates(hall.NotableQuery{Month: month, Text: cs.Number})
	must(t, err)
	if cands.Total != 1 {
		t.Fatalf("candidates for %s: %+v", cs.Number, cands)
	}
	edited := cands.Items[0].Text + "经回访，" + applicant.Name + "（" + applicant.Phone + "）和" + relative.Name + "表示满意。"
	_, err = brief.Save(hall.BriefingInput{Month: month, IssueNo: b.IssueNo, Settings: b.Settings,
		Notables: []hall.NotableInput{{CaseID: cs.ID, Text: edited}}})
	must(t, err)

	// Every distributed document.
	docs := map[string]app.Document{}
	add := func(name string, doc app.Document, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs[name] = doc
	}
	doc, err := brief.Print(month)
	add("工作简报", doc, err)
	q := hall.QuarterOf(now.In(hall.China))
	doc, err = petitionsOf(e, reception).PrintRoster(q.String())
	add("信访接待日安排表", doc, err)
	prints := printOf(e, clerk)
	var itemIDs []int64
	for _, it := range items {
		itemIDs = append(itemIDs, it.ID)
	}
	doc, err = prints.PocketGuide(app.GuideInput{ItemIDs: itemIDs, Year: 2025, Copies: 1})
	add("政策口袋书", doc, err)
	doc, err = prints.Leaflet(app.LeafletInput{ItemID: item.ID, Copies: 1})
	add("宣传单", doc, err)
	cadres, err := st.Cadres(ctx, hall.CadreQuery{PageSize: 100})
	must(t, err)
	var cadreIDs []int64
	for _, c := range cadres.Items {
		if len(cadreIDs) < hall.MaxPrintCopies {
			cadreIDs = append(cadreIDs, c.ID)
		}
	}
	doc, err = prints.ContactCards(app.CardsInput{CadreIDs: cadreIDs, Back: true})
	add("干部民情联系卡", doc, err)
	p, err := hall.ParseMonth(month)
	must(t, err)
	doc, err = dashboardOf(e, sup).PrintScorecards(p)
	add("干部考评表", doc, err)

	// Names of officials and places are public; a resident's name that is also part of one (乌兰
	// in 乌兰木伦镇) cannot be told apart on paper and is not looked for.
	hs, err := st.Settings(ctx)
	must(t, err)
	ops, err := st.Operators(ctx)
	must(t, err)
	villages, err := st.Villages(ctx, true)
	must(t, err)
	public, err := json.Marshal([]any{hs, ops, villages, cadres.Items, items})
	must(t, err)
	var names, numbers []string
	for _, r := range people {
		if utf8.RuneCountInString(r.Name) >= 2 && !strings.Contains(string(public), r.Name) {
			names = append(names, r.Name)
		}
		for _, n := range []string{r.IDNumber, r.Phone} {
			if n != "" && !strings.Contains(string(public), n) {
				numbers = append(numbers, n, n[len(n)-8:]) // nor the hidden part with the tail
			}
		}
	}
	if !containsString(names, applicant.Name) || !containsString(names, relative.Name) {
		t.Fatalf("the names to leak (%s, %s) are public text", applicant.Name, relative.Name)
	}
	for name, doc := range docs {
		text := pdfTextOf(t, doc)
		for _, n := range append(names, numbers...) {
			if i := strings.Index(text, n); i >= 0 {
				t.Errorf("%s holds %q: …%s…", name, n, around(text, i, len(n)))
			}
		}
	}
	if text := pdfTextOf(t, docs["工作简报"]); !strings.Contains(text, hall.PrivateName(applicant.Name)) {
		t.Errorf("the briefing lost the case: %s", text)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// around is the text near a byte offset, for a readable failure.
func around(text string, at, n int) string {
	from, to := max(0, at-60), min(len(text), at+n+60)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	return text[from:to]
}
