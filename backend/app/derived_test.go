package app_test

import (
	"database/sql"
	"testing"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
	"halldesk/backend/workday"
)

// checkDerived reads the database file and checks that every stored value derived from another
// agrees with its source, recomputed now by the rule that owns it:
//
//   - an open case's due date and its verified flag: hall.CaseDue over the calendar in force, the
//     case's acceptance, limits, extension, meeting and waits for materials;
//   - an open remedy's deadline: hall.RemedyDue from the day of the rating;
//   - an undecided petition's deadline to point it elsewhere: hall.ForwardDue; every petition's
//     running deadline (due_date, the ledger's order): Petition.CurrentDue;
//   - a case's village: set, and a village that exists (it is frozen at intake on purpose: a case
//     belongs to the village where it was taken, TestCaseVillageAgrees);
//   - a resident's reversed ID number (the tail search), birth date and sex: from the ID number.
func checkDerived(t *testing.T, e *env) {
	t.Helper()
	info, err := calendarService(e, e.login("admin")).Years()
	must(t, err)
	cal, err := workday.New(info.Years)
	must(t, err)
	db, err := sql.Open("sqlite3", "file:"+e.path+"?mode=ro")
	must(t, err)
	defer db.Close()
	each := func(query string, scan func(sc func(...any) error)) {
		t.Helper()
		rows, err := db.Query(query)
		must(t, err)
		defer rows.Close()
		for rows.Next() {
			scan(rows.Scan)
		}
		must(t, rows.Err())
	}

	pauses := map[int64][]hall.Pause{}
	each(`SELECT case_id, from_date, to_date FROM case_pauses ORDER BY id`, func(sc func(...any) error) {
		var id int64
		var p hall.Pause
		must(t, sc(&id, &p.From, &p.To))
		pauses[id] = append(pauses[id], p)
	})
	each(`SELECT id, number, status, ledger, accepted_on, promised_days, statutory_days, extension_days, meeting_deadline,
		due_date, due_verified FROM cases`, func(sc func(...any) error) {
		var cs hall.CaseRecord
		var meeting hall.Date
		var verified bool
		must(t, sc(&cs.ID, &cs.Number, &cs.Status, &cs.Ledger, &cs.AcceptedOn, &cs.PromisedDays, &cs.StatutoryDays,
			&cs.ExtensionDays, &meeting, &cs.DueDate, &verified))
		if !cs.Status.Open() {
			return // a finished case keeps the deadline it ran against
		}
		if !meeting.IsZero() {
			cs.Meeting = &hall.Meeting{Deadline: meeting}
		}
		due, ok, err := hall.CaseDue(cal, cs, pauses[cs.ID])
		must(t, err)
		if due != cs.DueDate || ok != verified {
			t.Errorf("case %s (%s): stored due %s (verified %v), its rule gives %s (%v)", cs.Number, cs.Status, cs.DueDate, verified, due, ok)
		}
	})
	each(`SELECT c.number, c.remedy_due, (SELECT date(MAX(e.at), '+8 hours') FROM case_events e WHERE e.case_id=c.id AND e.action='rate')
		FROM cases c WHERE c.rating IN (4,5) AND c.remedy_resolved=0`, func(sc func(...any) error) {
		var number, stored string
		var rated hall.Date
		must(t, sc(&number, &stored, &rated))
		if want := hall.RemedyDue(cal, rated.Time()); rated.IsZero() || stored != want.String() {
			t.Errorf("case %s: stored remedy due %s, its rule gives %s", number, stored, want)
		}
	})
	each(`SELECT number, status, received_on, forward_due, decision_due, settle_due, review_due, rereview_due, due_date FROM petitions`,
		func(sc func(...any) error) {
			var p hall.Petition
			var due string
			must(t, sc(&p.Number, &p.Status, &p.ReceivedOn, &p.ForwardDue, &p.DecisionDue, &p.SettleDue, &p.ReviewDue, &p.RereviewDue, &due))
			if want, _ := p.CurrentDue(); due != want.String() {
				t.Errorf("petition %s (%s): stored running deadline %s, its rule gives %s", p.Number, p.Status, due, want)
			}
			if p.Status != hall.PtRegistered {
				return
			}
			if want, _ := hall.ForwardDue(cal, p.ReceivedOn); p.ForwardDue != want {
				t.Errorf("petition %s: stored forward due %s, its rule gives %s", p.Number, p.ForwardDue, want)
			}
		})
	each(`SELECT c.number FROM cases c WHERE NOT EXISTS (SELECT 1 FROM villages v WHERE v.id=c.village_id)`, func(sc func(...any) error) {
		var number string
		must(t, sc(&number))
		t.Errorf("case %s has no village", number)
	})
	each(`SELECT name, id_number, COALESCE(id_reversed,''), birth_date, sex FROM residents WHERE id_number IS NOT NULL`,
		func(sc func(...any) error) {
			var name, number, reversed, born, sex string
			must(t, sc(&name, &number, &reversed, &born, &sex))
			id, err := idcard.Parse(number, time.Now())
			must(t, err)
			if reversed != reverseString(number) || born != id.BirthDate.Format(hall.DateLayout) || sex != string(id.Sex) {
				t.Errorf("resident %s: stored reversed %s, born %s, sex %s disagree with the ID number", name, reversed, born, sex)
			}
		})
}

func reverseString(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// Every stored value derived from another agrees with its source after a month of a hall's
// cases (waits, extensions, meetings, bad ratings and their remedies), petitions through their
// lifecycle, and a correction of the calendar.
func TestStoredValuesAgreeWithTheirSources(t *testing.T) {
	h := newDashHall(t)
	checkDerived(t, h.e)
	addHoliday(t, h.e, "2025-03-21")
	checkDerived(t, h.e)

	p := newPetitionHall(t)
	p.at("2026-11-02")
	for _, name := range []string{"某人甲", "某人乙"} {
		_, err := p.reception.Register(hall.PetitionInput{Form: "来电", Name: name, Address: "某地", Category: "其他", Facts: "f", Request: "r"})
		must(t, err)
	}
	checkDerived(t, p.e)
	addHoliday(t, p.e, "2026-11-04")
	checkDerived(t, p.e)
}
