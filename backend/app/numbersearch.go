package app

import (
	"context"
	"strconv"
	"sync"
	"time"

	"halldesk/backend/hall"
)

// Limits on searching by number, per operator of a role that may not reveal numbers (the
// supervisor, the leader): at most NumberSearchLimit searches by ID or phone number in any
// NumberSearchWindow. A search repeated while it still counts (the next page of the same results,
// coming back to the list) does not count again. Which roles are limited is hall.RateLimited's
// rule; every search by number is audited.
const (
	NumberSearchLimit  = 30
	NumberSearchWindow = 10 * time.Minute
)

// numberSearches remembers each operator's searches by number over the last window, in memory
// (the audit lines are what lasts). The zero value is ready to use.
type numberSearches struct {
	mu   sync.Mutex
	seen map[int64][]searchMark
}

type searchMark struct {
	at  time.Time
	key string
}

// take counts a search by operator op at now. It reports false, with how long until one more
// is allowed, when the operator has used up the window.
func (n *numberSearches) take(op int64, key string, now time.Time) (bool, time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.seen == nil {
		n.seen = map[int64][]searchMark{}
	}
	marks := n.seen[op][:0:0]
	for _, m := range n.seen[op] {
		if now.Sub(m.at) < NumberSearchWindow {
			marks = append(marks, m)
		}
	}
	n.seen[op] = marks
	for _, m := range marks {
		if m.key == key {
			return true, 0
		}
	}
	if len(marks) >= NumberSearchLimit {
		return false, NumberSearchWindow - now.Sub(marks[0].at)
	}
	n.seen[op] = append(marks, searchMark{at: now, key: key})
	return true, 0
}

// numberSearch guards every search box that matches ID or phone numbers. Text that is not a
// number (hall.ParseNumberSearch) passes. A number must be no longer than the operator's role
// may search by, within the operator's limit if the role may not reveal numbers, and the search
// is audited on entity with what kind of number it matches and the query masked.
func (c *Core) numberSearch(ctx context.Context, op hall.Operator, entity, kind, text string) error {
	q, ok := hall.ParseNumberSearch(text)
	if !ok {
		return nil
	}
	if err := q.Allowed(op.Role); err != nil {
		return err
	}
	if !hall.RateLimited(op.Role) {
		return c.Store.Audit(ctx, actor(op), hall.ActNumberSearch, entity, 0, q.AuditDetail(kind))
	}
	if ok, wait := c.searches.take(op.ID, entity+"\x00"+q.Text, c.Now()); !ok {
		minutes := int(wait/time.Minute) + 1
		return hall.Forbidden("按号码查询过于频繁：每" + strconv.Itoa(int(NumberSearchWindow/time.Minute)) + "分钟最多查询" +
			strconv.Itoa(NumberSearchLimit) + "次，请约" + strconv.Itoa(minutes) + "分钟后再试")
	}
	return c.Store.Audit(ctx, actor(op), hall.ActNumberSearch, entity, 0, q.AuditDetail(kind))
}
