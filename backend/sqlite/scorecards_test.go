package sqlite

import (
	"testing"
	"time"

	"halldesk/backend/hall"
)

// scoreFixture writes, row by row, a month of work (March 2025, today 03-20):
//
//	cadre 1 (额尔敦) covers household 1; visits it 02-20, 03-03 and 03-18
//	K3 raised on the 02-20 visit, taken 02-20: not March's
//	K1 raised on the 03-03 visit, 代办, finished 办成 03-07 (due 03-10), fed back on the 03-18 visit (03-18), rated 满意
//	K2 raised on the 03-18 visit, accepted, due 03-19: overdue today
//	K4 at the counter by 宝音, 即办 taken 03-11 23:30 and refused 03-12 00:30 China time (due 03-11): late
//	petitions of cadre 1: P1 received 03-02, answered 03-15 (due 05-01); P2 received 01-05, answered 03-12
//	(due 03-06, late); P3 received 02-10, in progress, due 03-15 (overdue); P4 answered 02-20, closed 03-05
//	prints: 口袋书 30 on 03-10 and 5 on 02-28, 民情联系卡 50 on 03-10
func scoreFixture(t *testing.T) (*Store, DashboardDates) {
	s, c, _ := newStore(t)
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	now := "2025-03-01T00:00:00Z"
	exec(`INSERT INTO operators(id,username,name,role,password_hash,created_at,updated_at) VALUES
		(1,'wang','王丽娜','clerk','x',?,?), (2,'bao','宝音','clerk','x',?,?), (3,'ba','巴特尔','supervisor','x',?,?)`, now, now, now, now, now, now)
	exec(`INSERT INTO villages(id,name,kind) VALUES (1,'巴图塔村','村')`)
	exec(`INSERT INTO households(id,village_id,address,created_at,updated_at) VALUES (1,1,'一组',?,?)`, now, now)
	exec(`INSERT INTO residents(id,name,birth_date,sex,village_id,household_id,created_at,updated_at) VALUES (1,'张伟','1960-01-01','男',1,1,?,?)`, now, now)
	exec(`INSERT INTO cadres(id,name,phone,type,created_at,updated_at) VALUES (1,'额尔敦','13900000000','驻村干部',?,?), (2,'苏和','13900000001','驻村干部',?,?)`, now, now, now, now)
	exec(`INSERT INTO coverage(household_id,cadre_id,from_date,created_at) VALUES (1,1,'2025-01-01',?)`, now)
	for i, d := range []string{"2025-02-20", "2025-03-03", "2025-03-18"} {
		exec(`INSERT INTO visits(id,date,cadre_id,household_id,way,diary,created_at,created_by) VALUES (?,?,1,1,'入户','走访',?,1)`, i+1, d, now)
	}
	var item int64
	if err := s.db.QueryRow(`SELECT id FROM service_items ORDER BY id LIMIT 1`).Scan(&item); err != nil {
		t.Fatal(err)
	}
	kase := func(id int64, ledger, created, status, outcome, due string, rating int, handler int64, feedback, completed string) {
		t.Helper()
		exec(`INSERT INTO cases(id,number,ledger,item_id,item_code,item_name,item_category,applicant_id,source,status,created_at,created_by,
			promised_days,statutory_days,due_date,handler_id,outcome,rating,feedback_at,updated_at)
			VALUES (?,?,?,?,'X','事项','医保',1,'入户走访',?,?,1,1,1,?,?,?,?,?,?)`,
			id, "2025K000"+string(rune('0'+id)), ledger, item, status, created, due, handler, outcome, rating, feedback, created)
		if completed != "" {
			exec(`INSERT INTO case_events(case_id,at,operator_id,operator_name,action,to_status) VALUES (?,?,1,'王丽娜','complete','done')`, id, completed)
		}
	}
	kase(3, "代办", "2025-02-20T02:00:00Z", "done", "办成", "2025-03-01", 0, 1, "", "2025-03-05T02:00:00Z")
	kase(1, "代办", "2025-03-03T02:00:00Z", "rated", "办成", "2025-03-10", 2, 1, "2025-03-18", "2025-03-07T02:00:00Z")
	kase(2, "代办", "2025-03-18T02:00:00Z", "accepted", "", "2025-03-19", 0, 1, "", "")
	kase(4, "即办", "2025-03-11T15:30:00Z", "done", "不予办理", "2025-03-11", 0, 2, "", "2025-03-11T16:30:00Z")
	exec(`INSERT INTO visit_issues(visit_id,pos,kind,text,case_id,feedback_on,feedback_visit_id) VALUES
		(1,0,'case','a',3,'',NULL), (2,0,'case','b',1,'2025-03-18',3), (3,0,'case','c',2,'',NULL), (3,1,'suggestion','d',NULL,'',NULL)`)
	pet := func(id int64, received, status, settle, replied, due, closed string) {
		t.Helper()
		exec(`INSERT INTO petitions(id,number,form,petitioner_name,category,facts,request,received_on,recorded_by,created_at,status,
			decision_due,forward_due,responsible_id,settle_due,replied_on,due_date,closed_at,updated_at)
			VALUES (?,?,'来访','张伟','低保','f','r',?,1,?,?,'','',1,?,?,?,?,?)`,
			id, "P"+string(rune('0'+id)), received, now, status, settle, replied, due, closed, now)
	}
	pet(1, "2025-03-02", "replied", "2025-05-01", "2025-03-15", "", "")
	pet(2, "2025-01-05", "replied", "2025-03-06", "2025-03-12", "", "")
	pet(3, "2025-02-10", "in_progress", "2025-03-15", "", "2025-03-15", "")
	pet(4, "2025-02-01", "closed", "2025-04-01", "2025-02-20", "", "2025-03-05T02:00:00Z")
	must(t, s.RecordPrint(ctx, admin, hall.PrintGuide, "医保", 30, ""))
	must(t, s.RecordPrint(ctx, admin, hall.PrintCard, "巴图塔村", 50, ""))
	c.t = time.Date(2025, 2, 28, 2, 0, 0, 0, time.UTC)
	must(t, s.RecordPrint(ctx, admin, hall.PrintGuide, "医保", 5, ""))
	return s, DashboardDates{Period: hall.Period{From: hall.MustDate("2025-03-01"), To: hall.MustDate("2025-03-31")}, Today: hall.MustDate("2025-03-20"), DueBy: hall.MustDate("2025-03-25")}
}

// The petition, visit and print figures of the dashboard, counted by hand from scoreFixture.
func TestDashboardPetitionsVisitsPrints(t *testing.T) {
	s, d := scoreFixture(t)
	got, err := s.Dashboard(ctx, d)
	must(t, err)
	// Received in March: P1. Closed in March: P4. Answered in March: P1 (on time), P2 (late).
	// Open today: P1, P2 (answered, review window open), P3; overdue: P3.
	if want := (hall.PetitionCount{Received: 1, Closed: 1, Replied: 2, RepliedOnTime: 1, Open: 3, Overdue: 1}); got.Petitions != want {
		t.Errorf("petitions %+v, want %+v", got.Petitions, want)
	}
	// Visits in March: 03-03 and 03-18, one household.
	if got.Visits.Visits != 2 || got.Visits.Households != 1 {
		t.Errorf("visits %+v", got.Visits)
	}
	// 口袋书 30 (the 5 of February do not count), cards 50.
	if got.Prints != (hall.PrintCount{Guides: 30, Cards: 50}) {
		t.Errorf("prints %+v", got.Prints)
	}
	// Cases of March: K1 K2 K4; K2 overdue, and of all cases K2 only (K3 is finished).
	if got.Summary.Sorted != 3 || got.Summary.Proxy != 1 || got.Summary.Declined != 1 || got.Overdue != 1 || got.OverdueAll != 1 {
		t.Errorf("cases %+v overdue %d/%d", got.Summary, got.Overdue, got.OverdueAll)
	}
}

// The cadres' and clerks' scorecards counted by hand from scoreFixture.
func TestScorecardsCountedByHand(t *testing.T) {
	s, d := scoreFixture(t)
	sc, err := s.Scorecards(ctx, d)
	must(t, err)
	if len(sc.Cadres) != 2 || sc.Cadres[1].Name != "苏和" || sc.Cadres[1] != (hall.CadreScore{CadreID: 2, Name: "苏和", Type: "驻村干部"}) {
		t.Fatalf("cadres %+v", sc.Cadres)
	}
	// 额尔敦: 1 household; visits 03-03, 03-18; cases K1 (办成 on time, rated 满意), K2 (open); feedback
	// on K1 given on the 03-18 visit; petitions answered P1 (on time) and P2 (late); P3 overdue.
	want := hall.CadreScore{CadreID: 1, Name: "额尔敦", Type: "驻村干部", Households: 1, Visits: 2, Cases: 2, Solved: 1, OnTime: 1,
		InProgress: 1, Feedback: 1, Rated: 1, Good: 1, Petitions: 2, PetitionsOnTime: 1, PetitionsOverdue: 1}
	if sc.Cadres[0] != want {
		t.Errorf("cadre %+v\nwant  %+v", sc.Cadres[0], want)
	}
	// 王丽娜: K1 (finished on time, fed back 03-18, rated 满意), K2 (open, overdue). 宝音: K4, refused at
	// 00:30 on 03-12 China time, a day after its deadline. The supervisor handled nothing.
	if len(sc.Clerks) != 2 {
		t.Fatalf("clerks %+v", sc.Clerks)
	}
	wang := hall.ClerkScore{OperatorID: 1, Name: "王丽娜", Role: "窗口人员", Cases: 2, Solved: 1, Finished: 1, OnTime: 1, Overdue: 1,
		InProgress: 1, Feedback: 1, Rated: 1, Good: 1, Satisfaction: 1}
	bao := hall.ClerkScore{OperatorID: 2, Name: "宝音", Role: "窗口人员", Cases: 1, Finished: 1}
	if sc.Clerks[0] != wang || sc.Clerks[1] != bao {
		t.Errorf("clerks %+v\nwant   %+v %+v", sc.Clerks, wang, bao)
	}
}
