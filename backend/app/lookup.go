package app

import (
	"context"
	"sync"
	"time"

	"halldesk/backend/hall"
)

// LookupService answers the query codes (查询码) that citizens type or scan at the hall's
// lookup terminal (查询机) or the kiosk's lookup panel. What an answer may hold, and the limit
// on wrong codes, are hall's rules (lookup.go); every lookup is audited under the device's name,
// without the applicant's data.
type LookupService struct {
	c    *Core
	seat *Seat
}

// lookupRoles are the devices that may look a code up.
var lookupRoles = []hall.DeviceRole{hall.DeviceLookup, hall.DeviceKiosk}

// Find reads the query code in text (typed, or read off the QR code by a scanner) and answers
// it: a case's item, stage, missing materials, promised date, clerk and masked applicant, or a
// queue ticket's status and the people ahead. A malformed code and a code that matches nothing
// get the same answer; after too many of them the device is refused for a while.
func (s *LookupService) Find(text string) (hall.LookupAnswer, error) {
	return runDevice(s.c, s.seat, lookupRoles, func(ctx context.Context, dev hall.Device) (hall.LookupAnswer, error) {
		now := s.c.Now()
		if !s.c.lookups.allowed(dev.ID, now) {
			if err := s.c.Store.Audit(ctx, dev.Actor(), hall.ActLookup, "查询机", dev.ID, "错误次数过多，已拒绝查询"); err != nil {
				return hall.LookupAnswer{}, err
			}
			return hall.LookupAnswer{}, hall.LookupRefused()
		}
		answer, entity, id, err := s.find(ctx, text)
		if err != nil {
			return hall.LookupAnswer{}, err
		}
		detail := "查询码查询"
		if answer.Kind == hall.LookupNone {
			s.c.lookups.miss(dev.ID, now)
			entity, id, detail = "查询机", dev.ID, "查询码无效或未查到"
		}
		if err := s.c.Store.Audit(ctx, dev.Actor(), hall.ActLookup, entity, id, detail); err != nil {
			return hall.LookupAnswer{}, err
		}
		return answer, nil
	})
}

// find looks the code up among the cases, then the queue tickets; entity and id name what it
// found for the audit line.
func (s *LookupService) find(ctx context.Context, text string) (answer hall.LookupAnswer, entity string, id int64, err error) {
	code, ok := hall.ReadQueryCode(text)
	if !ok {
		return hall.NoMatch(), "", 0, nil
	}
	c, found, err := s.c.Store.CaseByQueryCode(ctx, code)
	if err != nil || found {
		return hall.LookupOfCase(c), "办件", c.ID, err
	}
	t, found, err := s.c.Store.TicketByQueryCode(ctx, code)
	if err != nil || found {
		return hall.LookupOfTicket(t), "排队号", 0, err
	}
	return hall.NoMatch(), "", 0, nil
}

// lookupMisses remembers each device's wrong codes over the last hall.LookupWindow, in memory
// (the audit lines are what lasts). The zero value is ready to use.
type lookupMisses struct {
	mu   sync.Mutex
	seen map[int64][]time.Time
}

// recent drops device dev's misses older than the window and returns the rest; mu is held.
func (l *lookupMisses) recent(dev int64, now time.Time) []time.Time {
	if l.seen == nil {
		l.seen = map[int64][]time.Time{}
	}
	kept := l.seen[dev][:0:0]
	for _, at := range l.seen[dev] {
		if now.Sub(at) < hall.LookupWindow {
			kept = append(kept, at)
		}
	}
	l.seen[dev] = kept
	return kept
}

// allowed reports whether device dev may look up a code at now.
func (l *lookupMisses) allowed(dev int64, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.recent(dev, now)) < hall.LookupLimit
}

// miss counts a wrong code of device dev at now.
func (l *lookupMisses) miss(dev int64, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seen[dev] = append(l.recent(dev, now), now)
}
