package hall

import (
	"cmp"
	"maps"
	"slices"
)

// The citizens' ratings of tickets served with no case (办结 at the window: a question answered,
// a form handed over). A case's rating counts in the case figures; these count in the queue
// section, by window and by clerk, on the same rule (the store's ratedOn: 未评价 and a rating an
// approved review found malicious are out of the satisfaction rate).

// TicketRatingCount is what the store counts for one window and one clerk: the ratings that
// count (Rated, of them Good and Bad) and the requests the citizen left untouched (Unrated).
type TicketRatingCount struct {
	WindowNo   int
	WindowName string
	ClerkID    int64
	ClerkName  string
	ClerkNo    string // the clerk's work number (登录名)
	Rated      int
	Good       int
	Bad        int
	Unrated    int
}

// RatingTally is the ratings of one window, one clerk or the whole hall: Rated counts toward the
// satisfaction rate (Good ÷ Rated, 0 when nothing was rated), Unrated is 未评价.
type RatingTally struct {
	Key          string  `json:"key"` // the window's number or the clerk's work number; "" for the hall
	Name         string  `json:"name"`
	Rated        int     `json:"rated"`
	Good         int     `json:"good"`
	Bad          int     `json:"bad"`
	Unrated      int     `json:"unrated"`
	Satisfaction float64 `json:"satisfaction"`
}

func (t *RatingTally) add(c TicketRatingCount) {
	t.Rated += c.Rated
	t.Good += c.Good
	t.Bad += c.Bad
	t.Unrated += c.Unrated
	if t.Rated > 0 {
		t.Satisfaction = float64(t.Good) / float64(t.Rated)
	}
}

// TicketRatings is the queue section's satisfaction with window service: the ratings of tickets
// served with no case, for the hall, by window (in window order) and by clerk (by work number).
type TicketRatings struct {
	Total    RatingTally   `json:"total"`
	ByWindow []RatingTally `json:"byWindow"`
	ByClerk  []RatingTally `json:"byClerk"`
}

// SummarizeTicketRatings sums the store's counts up by window and by clerk.
func SummarizeTicketRatings(counts []TicketRatingCount) TicketRatings {
	out := TicketRatings{ByWindow: []RatingTally{}, ByClerk: []RatingTally{}}
	windows, clerks := map[int]*RatingTally{}, map[int64]*RatingTally{}
	for _, c := range counts {
		out.Total.add(c)
		w := windows[c.WindowNo]
		if w == nil {
			w = &RatingTally{Key: itoa(c.WindowNo), Name: c.WindowName}
			windows[c.WindowNo] = w
		}
		w.add(c)
		k := clerks[c.ClerkID]
		if k == nil {
			k = &RatingTally{Key: c.ClerkNo, Name: c.ClerkName}
			clerks[c.ClerkID] = k
		}
		k.add(c)
	}
	for _, no := range slices.Sorted(maps.Keys(windows)) {
		out.ByWindow = append(out.ByWindow, *windows[no])
	}
	for _, k := range clerks {
		out.ByClerk = append(out.ByClerk, *k)
	}
	slices.SortFunc(out.ByClerk, func(a, b RatingTally) int { return cmp.Or(cmp.Compare(a.Key, b.Key), cmp.Compare(a.Name, b.Name)) })
	return out
}

// TicketRating is a rating of a ticket served with no case as a supervisor's list shows it: the
// rating (with its callbacks and reviews), the ticket's number and day and the window's name.
// It names no citizen: the ticket keeps none but an ID number, which never leaves the store here.
type TicketRating struct {
	Rating     Rating `json:"rating"`
	TicketNo   string `json:"ticketNo"`
	TicketDay  string `json:"ticketDay"`
	WindowName string `json:"windowName"`
}
