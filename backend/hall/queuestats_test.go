package hall

import (
	"reflect"
	"testing"
)

func TestPercentile90IsNearestRank(t *testing.T) {
	ten := []int{10, 1, 9, 2, 8, 3, 7, 4, 6, 5}
	for _, tc := range []struct {
		name string
		in   []int
		want int
	}{
		{"none", nil, 0},
		{"one", []int{42}, 42},
		{"ten: the 9th smallest", ten, 9},
		{"eleven: the 10th smallest", append(ten, 11), 10},
		{"two: the larger", []int{5, 1}, 5},
		{"twenty: the 18th smallest", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 18},
		{"ties", []int{3, 3, 3, 3, 100}, 100},
	} {
		if got := Percentile90(tc.in); got != tc.want {
			t.Errorf("%s: Percentile90(%v) = %d, want %d", tc.name, tc.in, got, tc.want)
		}
	}
	if ten[0] != 10 {
		t.Errorf("Percentile90 sorted its argument: %v", ten)
	}
}

func TestSummarizeQueue(t *testing.T) {
	p := Period{From: MustDate("2026-12-01"), To: MustDate("2026-12-02")}
	tk := func(day, g string, win int, taken, called, served, done string, noShow bool) QueueTicketTimes {
		return QueueTicketTimes{Day: day, GroupKey: g, GroupName: "组" + g, WindowNo: win, WindowName: itoa(win) + "号窗口",
			TakenAt: taken, CalledAt: called, ServedAt: served, DoneAt: done, NoShow: noShow}
	}
	tickets := []QueueTicketTimes{
		// 08:30 China time: waited 60 s, served 300 s at window 1.
		tk("2026-12-01", "A", 1, "2026-12-01T00:30:00Z", "2026-12-01T00:31:00Z", "2026-12-01T00:32:00Z", "2026-12-01T00:37:00Z", false),
		// 08:40: waited 600 s at window 2, service not finished.
		tk("2026-12-01", "A", 2, "2026-12-01T00:40:00Z", "2026-12-01T00:50:00Z", "2026-12-01T00:51:00Z", "", false),
		// 09:05: called after 120 s, did not come.
		tk("2026-12-01", "B", 1, "2026-12-01T01:05:00Z", "2026-12-01T01:07:00Z", "", "", true),
		// next day 14:00: still waiting, never called.
		tk("2026-12-02", "B", 0, "2026-12-02T06:00:00Z", "", "", "", false),
		// a called time before the taken time (a clock set back) is no wait at all.
		tk("2026-12-02", "B", 2, "2026-12-02T06:10:00Z", "2026-12-02T06:09:00Z", "", "", false),
		// 14:20: waited 120 s, finished at the window without 开始受理 after 240 s from the call.
		tk("2026-12-02", "B", 2, "2026-12-02T06:20:00Z", "2026-12-02T06:22:00Z", "2026-12-02T06:26:00Z", "2026-12-02T06:26:00Z", false),
	}
	got := SummarizeQueue(p, tickets, 3)
	if got.WaitingNow != 3 || got.Period != p {
		t.Errorf("waiting now / period: %+v", got)
	}
	// Waits 60, 600, 120, 120: average 225, 90th percentile the 4th of 4. Services 300 and 240.
	wantTotal := QueueTimes{Tickets: 6, Called: 4, Served: 2, NoShows: 1, AvgWait: 225, P90Wait: 600, AvgService: 270, P90Service: 300}
	if got.Total != wantTotal {
		t.Errorf("total = %+v, want %+v", got.Total, wantTotal)
	}
	if want := []QueueCount{{"2026-12-01", 3}, {"2026-12-02", 3}}; !reflect.DeepEqual(got.ByDay, want) {
		t.Errorf("by day = %v, want %v", got.ByDay, want)
	}
	if want := []QueueCount{{"08", 2}, {"09", 1}, {"14", 3}}; !reflect.DeepEqual(got.ByHour, want) {
		t.Errorf("by hour = %v, want %v", got.ByHour, want)
	}
	wantGroups := []QueueTimes{
		{Key: "A", Name: "组A", Tickets: 2, Called: 2, Served: 1, AvgWait: 330, P90Wait: 600, AvgService: 300, P90Service: 300},
		{Key: "B", Name: "组B", Tickets: 4, Called: 2, Served: 1, NoShows: 1, AvgWait: 120, P90Wait: 120, AvgService: 240, P90Service: 240},
	}
	if !reflect.DeepEqual(got.ByGroup, wantGroups) {
		t.Errorf("by group = %+v, want %+v", got.ByGroup, wantGroups)
	}
	wantWindows := []QueueTimes{
		{Key: "1", Name: "1号窗口", Tickets: 2, Called: 2, Served: 1, NoShows: 1, AvgWait: 90, P90Wait: 120, AvgService: 300, P90Service: 300},
		{Key: "2", Name: "2号窗口", Tickets: 3, Called: 2, Served: 1, AvgWait: 360, P90Wait: 600, AvgService: 240, P90Service: 240},
	}
	if !reflect.DeepEqual(got.ByWindow, wantWindows) {
		t.Errorf("by window = %+v, want %+v", got.ByWindow, wantWindows)
	}
}

func TestSummarizeQueueOfNothingHasEmptyLists(t *testing.T) {
	got := SummarizeQueue(Period{}, nil, 0)
	if got.ByDay == nil || got.ByHour == nil || got.ByGroup == nil || got.ByWindow == nil || got.Total != (QueueTimes{}) {
		t.Errorf("empty figures should have empty lists and zero times: %+v", got)
	}
}
