package pdf

import (
	"testing"
	"time"

	"halldesk/backend/hall"
)

// The scorecards come back from the PDF with every name and figure, ratios written as 好评/已评价.
func TestScorecardText(t *testing.T) {
	sc := hall.Scorecards{Period: hall.Period{From: hall.MustDate("2026-03-01"), To: hall.MustDate("2026-03-31")}, Today: hall.MustDate("2026-03-20"),
		Cadres: []hall.CadreScore{{CadreID: 1, Name: "额尔敦毕力格", Households: 64, Duties: 66, DutiesOnTime: 61, ExpectedVisits: 80,
			Visits: 72, Cases: 9, Solved: 6, OnTime: 5, Feedback: 4, Rated: 5, Good: 4, Bad: 1, Petitions: 2, PetitionsOnTime: 1}},
		Clerks: []hall.ClerkScore{{OperatorID: 2, Name: "王丽娜", Role: "窗口人员", Cases: 31, Finished: 27, Solved: 25, OnTime: 26,
			InProgress: 4, Overdue: 1, Feedback: 20, Rated: 18, Good: 16, Bad: 1, RemedyOpen: 1}}}
	data, bad, err := Scorecard(ScorecardDoc{Cards: sc, Hall: visitHall, PrintedBy: "巴特尔", At: time.Date(2026, 3, 20, 2, 0, 0, 0, time.UTC)})
	if err != nil || len(bad) > 0 {
		t.Fatalf("scorecard: %v %q", err, string(bad))
	}
	vdRequire(t, "scorecard", data, []string{"乌兰木伦镇便民服务大厅", "干部考评表", "考评期间：2026年3月1日至2026年3月31日",
		"统计截至：2026年3月20日", "额尔敦毕力格", "64", "61/66", "80", "72", "90%", "4/5", "1/2",
		"王丽娜", "31", "27", "25", "26", "16", "88.9%", "督导组（签字）", "打印人：巴特尔"})
}
