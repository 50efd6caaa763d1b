package sqlite

import (
	"reflect"
	"testing"
	"time"

	"halldesk/backend/hall"
)

func TestPrintCountsByKindAndChinaDate(t *testing.T) {
	s, c, _ := newStore(t)
	at := func(utc string) {
		tm, err := time.Parse(time.RFC3339, utc)
		must(t, err)
		c.t = tm
	}
	at("2025-03-09T15:59:00Z") // 2025-03-09 23:59 in China
	must(t, s.RecordPrint(ctx, admin, hall.PrintCard, "巴图塔村", 10, "巴特尔等10人"))
	at("2025-03-09T16:00:00Z") // 2025-03-10 00:00 in China
	must(t, s.RecordPrint(ctx, admin, hall.PrintCard, "哈拉沟村", 7, ""))
	at("2025-03-10T02:00:00Z")
	must(t, s.RecordPrint(ctx, admin, hall.PrintGuide, "医保口袋书", 50, ""))
	at("2025-03-11T15:59:59Z") // 2025-03-11 23:59:59 in China
	must(t, s.RecordPrint(ctx, admin, hall.PrintCard, "上湾社区", 3, ""))
	at("2025-03-11T16:00:00Z") // 2025-03-12 in China
	must(t, s.RecordPrint(ctx, admin, hall.PrintLeaflet, "低保政策", 100, ""))

	a := lastAudit(t, s)
	if a.Action != hall.ActPrint || a.Entity != "打印" || a.Detail != "宣传单 低保政策 100份" || a.OperatorName != "管理员甲" {
		t.Fatalf("audit %+v", a)
	}
	for _, tc := range []struct {
		name     string
		from, to hall.Date
		want     map[string]int
	}{
		{"everything", hall.Date{}, hall.Date{}, map[string]int{"民情联系卡": 20, "口袋书": 50, "宣传单": 100}},
		{"one China day", hall.MustDate("2025-03-10"), hall.MustDate("2025-03-10"), map[string]int{"民情联系卡": 7, "口袋书": 50}},
		{"range, both days included", hall.MustDate("2025-03-10"), hall.MustDate("2025-03-11"), map[string]int{"民情联系卡": 10, "口袋书": 50}},
		{"open start", hall.Date{}, hall.MustDate("2025-03-09"), map[string]int{"民情联系卡": 10}},
		{"open end", hall.MustDate("2025-03-12"), hall.Date{}, map[string]int{"宣传单": 100}},
		{"nothing printed", hall.MustDate("2025-04-01"), hall.MustDate("2025-04-30"), map[string]int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.PrintCounts(ctx, tc.from, tc.to)
			must(t, err)
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}

	t.Run("refusals", func(t *testing.T) {
		n := auditCount(t, s)
		wantCode(t, s.RecordPrint(ctx, admin, hall.PrintCard, "空", 0, ""), hall.CodeInvalid)
		wantCode(t, s.RecordPrint(ctx, admin, " ", "无类别", 1, ""), hall.CodeInvalid)
		if auditCount(t, s) != n {
			t.Fatal("a refused print wrote an audit line")
		}
		if _, err := s.db.Exec(`DELETE FROM print_records`); err == nil {
			t.Fatal("print records can be deleted")
		}
	})
}
