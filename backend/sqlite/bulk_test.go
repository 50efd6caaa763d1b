package sqlite

import (
	"testing"

	"halldesk/backend/hall"
)

func TestBulkLoad(t *testing.T) {
	s, _, _ := newStore(t)
	// One connection, so the checks below see the connection the load used.
	s.db.SetMaxOpenConns(1)
	b, err := s.OpenBulk(ctx, 3) // tiny batches: several commits
	if err != nil {
		t.Fatal(err)
	}
	at := "2024-05-06T01:00:00Z"
	op := hall.Actor{OperatorID: 1, Name: "王丽娜"}
	steps := []func() error{
		func() error { return b.Village(1, "巴音图嘎查", "嘎查", 0) },
		func() error { return b.Group(1, 1, "一组") },
		func() error { return b.Household(1, 1, 1, "巴音图嘎查一组3号", at) },
		func() error {
			return b.Resident(hall.ResidentInput{ID: 1, Name: "王建国", IDNumber: "11010519491231002X", BirthDate: hall.MustDate("1949-12-31"),
				Sex: "女", VillageID: 1, GroupID: 1, HouseholdID: 1, Relation: "户主", Residency: "常住", Tags: []string{"高龄", "低保户"}}, at)
		},
		func() error {
			return b.Cadre(hall.Cadre{ID: 1, Name: "斯琴", Phone: "13904770001", Type: "领导干部", Active: true, VillageIDs: []int64{1}}, at)
		},
		func() error { return b.Coverage(1, 1, "2024-01-01", "", "", at) },
		func() error {
			return b.Case(hall.CaseRecord{ID: 1, Number: "2024D0041", Ledger: hall.LedgerProxy, ItemID: 1, ItemCode: "YB-02", ItemName: "城乡居民医保代缴费",
				ItemCategory: "医保", ApplicantID: 1, Source: "大厅窗口", Status: hall.StatusAccepted, CreatedAt: at, AcceptedOn: hall.MustDate("2024-05-06"),
				DueDate: hall.MustDate("2024-05-09"), DueVerified: true, HandlerID: 1, Materials: []hall.CaseMaterial{{Name: "身份证", Original: true, Required: true, Received: true}}}, 1, at)
		},
		func() error { return b.CaseEvent(1, at, op, "intake", "", hall.StatusAccepted, "") },
		func() error {
			return b.Petition(hall.Petition{ID: 1, Number: "2024X0007", Form: "来访", PetitionerName: "王建国", Category: "其他", Facts: "路灯坏了",
				Request: "修路灯", ReceivedOn: hall.MustDate("2024-05-06"), CreatedAt: at, Status: hall.PtRegistered, DecisionDue: hall.MustDate("2024-05-21"),
				ForwardDue: hall.MustDate("2024-05-13"), HeadCount: 1}, 1, at)
		},
		func() error { return b.PetitionEvent(1, at, op, "register", "", hall.PtRegistered, "") },
		func() error {
			return b.Visit(hall.Visit{ID: 1, Date: hall.MustDate("2024-05-06"), CadreID: 1, HouseholdID: 1, Way: "入户", Diary: "户主身体还好",
				CreatedAt: at, Issues: []hall.VisitIssue{{Kind: "suggestion", Text: "希望安装路灯"}}}, 1)
		},
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if b.Rows() != 16 {
		t.Errorf("rows %d, want 16", b.Rows())
	}
	q := func(sql string, args ...any) string {
		t.Helper()
		var out string
		if err := s.db.QueryRowContext(ctx, sql, args...).Scan(&out); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return out
	}
	checks := []struct{ sql, want string }{
		{`SELECT id_reversed FROM residents WHERE id=1`, "X20013219491501011"},
		{`SELECT group_concat(tag) FROM (SELECT tag FROM resident_tags ORDER BY tag)`, "低保户,高龄"},
		{`SELECT due_date FROM petitions WHERE id=1`, "2024-05-21"}, // the running deadline, as the store keeps it
		{`SELECT last FROM case_sequences WHERE year=2024 AND letter='D'`, "41"},
		{`SELECT last FROM petition_sequences WHERE year=2024`, "7"},
		{`SELECT COUNT(*) FROM case_materials`, "1"},
		{`SELECT COUNT(*) FROM visit_issues`, "1"},
		{`SELECT COUNT(*) FROM cadre_villages`, "1"},
		// The connection is handed back with the store's own settings.
		{`PRAGMA foreign_keys`, "1"},
		{`PRAGMA synchronous`, "2"},
	}
	for _, c := range checks {
		if got := q(c.sql); got != c.want {
			t.Errorf("%s = %q, want %q", c.sql, got, c.want)
		}
	}
	// The write lock is released: ordinary writes go on.
	if err := s.Audit(ctx, op, hall.ActImport, "演示数据", 0, "批量生成"); err != nil {
		t.Fatal(err)
	}
	if v, err := s.VerifyAuditChain(ctx, nil); err != nil || v.Broken != nil {
		t.Fatalf("audit chain: %+v %v", v, err)
	}
}

func TestBulkErrorReleases(t *testing.T) {
	s, _, _ := newStore(t)
	b, err := s.OpenBulk(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Village(1, "巴音图嘎查", "嘎查", 0); err != nil {
		t.Fatal(err)
	}
	if err := b.Village(1, "乌兰嘎查", "嘎查", 1); err == nil {
		t.Fatal("a repeated id was accepted")
	}
	b.Close()
	if err := s.Audit(ctx, hall.Actor{OperatorID: 1, Name: "其其格"}, hall.ActImport, "演示数据", 0, "失败后"); err != nil {
		t.Fatalf("store still locked after a failed load: %v", err)
	}
}
