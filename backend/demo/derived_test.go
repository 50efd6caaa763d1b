package demo

import (
	"testing"

	"halldesk/backend/hall"
	"halldesk/backend/workday"
)

// The county loader writes cases and petitions straight into the tables and works out their
// deadlines as it goes: every stored deadline must still be what the rule that owns it gives
// (hall.CaseDue, hall.RemedyDue, hall.ForwardDue, Petition.CurrentDue), and every case's village
// the village its applicant lived in when it was taken (nobody moves in the generated county).
func TestCountyStoredValuesFollowTheirRules(t *testing.T) {
	_, db, _ := countyAt(t, 0.002)
	cal, err := workday.New(workday.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT c.number, c.ledger, c.accepted_on, c.promised_days, c.statutory_days, c.extension_days,
		c.meeting_deadline, c.due_date, c.due_verified, c.village_id, r.village_id, c.rating, c.remedy_due,
		COALESCE((SELECT date(MAX(e.at), '+8 hours') FROM case_events e WHERE e.case_id=c.id AND e.action='rate'), '')
		FROM cases c JOIN residents r ON r.id=c.applicant_id
		WHERE NOT EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_id=c.id)`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var cs hall.CaseRecord
		var meeting hall.Date
		var rated hall.Date
		var verified bool
		var village, applicantVillage int64
		if err := rows.Scan(&cs.Number, &cs.Ledger, &cs.AcceptedOn, &cs.PromisedDays, &cs.StatutoryDays, &cs.ExtensionDays,
			&meeting, &cs.DueDate, &verified, &village, &applicantVillage, &cs.Rating, &cs.RemedyDue, &rated); err != nil {
			t.Fatal(err)
		}
		n++
		if !meeting.IsZero() {
			cs.Meeting = &hall.Meeting{Deadline: meeting}
		}
		due, ok, err := hall.CaseDue(cal, cs, nil)
		if err != nil || due != cs.DueDate || ok != verified {
			t.Fatalf("case %s: stored due %s (%v), the rule gives %s (%v, %v)", cs.Number, cs.DueDate, verified, due, ok, err)
		}
		if village != applicantVillage {
			t.Fatalf("case %s: village %d, its applicant's %d", cs.Number, village, applicantVillage)
		}
		if hall.RatingIsBad(cs.Rating) {
			if rated.IsZero() || hall.RemedyDue(cal, rated.Time()) != cs.RemedyDue {
				t.Fatalf("case %s rated on %s: remedy due %s, the rule gives %s", cs.Number, rated, cs.RemedyDue, hall.RemedyDue(cal, rated.Time()))
			}
		}
	}
	rows.Close()
	if n == 0 {
		t.Fatal("no case to check")
	}

	rows, err = db.Query(`SELECT number, status, received_on, forward_due, decision_due, settle_due, review_due, rereview_due, due_date FROM petitions`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var p hall.Petition
		var stored string
		if err := rows.Scan(&p.Number, &p.Status, &p.ReceivedOn, &p.ForwardDue, &p.DecisionDue, &p.SettleDue, &p.ReviewDue,
			&p.RereviewDue, &stored); err != nil {
			t.Fatal(err)
		}
		if want, _ := p.CurrentDue(); stored != want.String() {
			t.Fatalf("petition %s (%s): running deadline %s, the rule gives %s", p.Number, p.Status, stored, want)
		}
		if want, _ := hall.ForwardDue(cal, p.ReceivedOn); p.ForwardDue != want {
			t.Fatalf("petition %s: forward due %s, the rule gives %s", p.Number, p.ForwardDue, want)
		}
	}
}
