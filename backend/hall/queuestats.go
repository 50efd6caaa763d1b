package hall

import (
	"maps"
	"math"
	"slices"
	"time"
)

// QueueTicketTimes is one ticket of a period as the queue figures read it: when it was taken,
// called, served (开始受理) and done, its group and the window that called it. Times are UTC
// RFC 3339 text as stored; an empty time did not happen.
type QueueTicketTimes struct {
	Day        string
	GroupKey   string // the group's letter prefix
	GroupName  string
	WindowNo   int // 0 when no window called it
	WindowName string
	NoShow     bool
	TakenAt    string
	CalledAt   string
	ServedAt   string
	DoneAt     string
}

// QueueTimes are the figures of one group, one window or the whole hall: the tickets, how many
// were called and served, the no-shows, and the wait (taken → called) and service (served →
// done, see serviceStart) times in whole seconds, on average and at the 90th percentile (see
// Percentile90).
type QueueTimes struct {
	Key        string `json:"key"` // the group's prefix, the window's number, or "" for the hall
	Name       string `json:"name"`
	Tickets    int    `json:"tickets"`
	Called     int    `json:"called"`
	Served     int    `json:"served"`
	NoShows    int    `json:"noShows"`
	AvgWait    int    `json:"avgWait"`
	P90Wait    int    `json:"p90Wait"`
	AvgService int    `json:"avgService"`
	P90Service int    `json:"p90Service"`
}

// QueueCount is the number of tickets taken on one day (YYYY-MM-DD) or in one hour of the day
// (the hall's clock, "08" for 8:00–8:59).
type QueueCount struct {
	Key     string `json:"key"`
	Tickets int    `json:"tickets"`
}

// QueueFigures is the dashboard's queue section for a period: tickets per day and per hour of
// the day, wait and service times for the hall, by group and by window, and who waits now.
type QueueFigures struct {
	Period     Period       `json:"period"`
	Total      QueueTimes   `json:"total"`
	ByDay      []QueueCount `json:"byDay"`
	ByHour     []QueueCount `json:"byHour"`
	ByGroup    []QueueTimes `json:"byGroup"`
	ByWindow   []QueueTimes `json:"byWindow"`
	WaitingNow int          `json:"waitingNow"` // tickets of today still waiting to be called
	// Ratings are the citizens' ratings of the period's tickets served with no case (see
	// SummarizeTicketRatings); a case's rating counts with the cases.
	Ratings TicketRatings `json:"ratings"`
}

// Percentile90 is the 90th percentile of durations by the nearest-rank rule: the smallest value
// that at least 90 % of the values do not exceed (the ⌈0.9·n⌉-th smallest). It is 0 for none.
// Nearest rank always answers a duration that really happened, never an interpolated one.
func Percentile90(durations []int) int {
	if len(durations) == 0 {
		return 0
	}
	s := slices.Clone(durations)
	slices.Sort(s)
	rank := int(math.Ceil(0.9 * float64(len(s))))
	return s[max(rank, 1)-1]
}

// averageSeconds is the mean of durations rounded to the nearest second; 0 for none.
func averageSeconds(durations []int) int {
	if len(durations) == 0 {
		return 0
	}
	sum := 0
	for _, d := range durations {
		sum += d
	}
	return int(math.Round(float64(sum) / float64(len(durations))))
}

// secondsBetween is the whole seconds from one stored time to a later one; ok is false when either
// is missing or unreadable, or the second comes before the first (a clock set back).
func secondsBetween(from, to string) (int, bool) {
	if from == "" || to == "" {
		return 0, false
	}
	a, err := time.Parse(time.RFC3339, from)
	if err != nil {
		return 0, false
	}
	b, err := time.Parse(time.RFC3339, to)
	if err != nil || b.Before(a) {
		return 0, false
	}
	return int(b.Sub(a) / time.Second), true
}

// serviceStart is when a ticket's service began: 开始受理 (its served time), or, for a ticket
// finished at the window without 开始受理 (the store then gives it its done time as served time),
// its call: the citizen was at the window from then on.
func serviceStart(tk QueueTicketTimes) string {
	if tk.ServedAt == tk.DoneAt && tk.CalledAt != "" {
		return tk.CalledAt
	}
	return tk.ServedAt
}

// queueTally gathers one group's, window's or the hall's tickets before they are summed up.
type queueTally struct {
	QueueTimes
	waits, services []int
}

func (t *queueTally) add(tk QueueTicketTimes) {
	t.Tickets++
	if tk.NoShow {
		t.NoShows++
	}
	if w, ok := secondsBetween(tk.TakenAt, tk.CalledAt); ok {
		t.Called++
		t.waits = append(t.waits, w)
	}
	if s, ok := secondsBetween(serviceStart(tk), tk.DoneAt); ok {
		t.Served++
		t.services = append(t.services, s)
	}
}

func (t *queueTally) times() QueueTimes {
	q := t.QueueTimes
	q.AvgWait, q.P90Wait = averageSeconds(t.waits), Percentile90(t.waits)
	q.AvgService, q.P90Service = averageSeconds(t.services), Percentile90(t.services)
	return q
}

// SummarizeQueue sums a period's tickets up into the dashboard's queue figures. A ticket counts
// on the day it was taken and in the hour of the hall's clock it was taken; its wait counts once
// it was called and its service once it was done. Groups come in the order of their prefix,
// windows by number; a ticket no window called counts for its group and the hall only.
func SummarizeQueue(p Period, tickets []QueueTicketTimes, waitingNow int) QueueFigures {
	total := &queueTally{}
	groups, windows := map[string]*queueTally{}, map[int]*queueTally{}
	days, hours := map[string]int{}, map[string]int{}
	for _, tk := range tickets {
		total.add(tk)
		g := groups[tk.GroupKey]
		if g == nil {
			g = &queueTally{QueueTimes: QueueTimes{Key: tk.GroupKey, Name: tk.GroupName}}
			groups[tk.GroupKey] = g
		}
		g.add(tk)
		if tk.WindowNo > 0 {
			w := windows[tk.WindowNo]
			if w == nil {
				w = &queueTally{QueueTimes: QueueTimes{Key: itoa(tk.WindowNo), Name: tk.WindowName}}
				windows[tk.WindowNo] = w
			}
			w.add(tk)
		}
		days[tk.Day]++
		if at, err := time.Parse(time.RFC3339, tk.TakenAt); err == nil {
			hours[at.In(China).Format("15")]++
		}
	}
	out := QueueFigures{Period: p, Total: total.times(), WaitingNow: waitingNow,
		ByDay: counts(days), ByHour: counts(hours), ByGroup: []QueueTimes{}, ByWindow: []QueueTimes{},
		Ratings: SummarizeTicketRatings(nil)}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		out.ByGroup = append(out.ByGroup, groups[k].times())
	}
	for _, k := range slices.Sorted(maps.Keys(windows)) {
		out.ByWindow = append(out.ByWindow, windows[k].times())
	}
	return out
}

// counts lists a tally in the order of its keys.
func counts(m map[string]int) []QueueCount {
	out := []QueueCount{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, QueueCount{Key: k, Tickets: m[k]})
	}
	return out
}
