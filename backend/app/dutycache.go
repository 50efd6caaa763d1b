package app

import (
	"context"
	"sync"
	"time"

	"halldesk/backend/hall"
)

// dutyCache keeps the visit-duty figures of the dashboard and the scorecards. They are folded
// from every household with its members, cover and visits, a chunk at a time (at county scale
// most of a second), so they are computed once and reused until the store's 'duties' change
// counter moves, the settings change or the day turns. The lock also makes concurrent callers
// wait for one computation instead of running several side by side.
type dutyCache struct {
	mu       sync.Mutex
	key      dutyKey
	coverage *[2]int
	tallies  map[hall.Period]map[int64]hall.DutyTally
}

type dutyKey struct {
	changes  int64
	day      string
	settings hall.VisitSettings
}

// current makes the cache match key, dropping what was computed for another one. mu is held.
func (d *dutyCache) current(key dutyKey) {
	if d.key != key || d.tallies == nil {
		d.key, d.coverage, d.tallies = key, nil, map[hall.Period]map[int64]hall.DutyTally{}
	}
}

func (c *Core) dutyKey(ctx context.Context, vs hall.VisitSettings, today time.Time) (dutyKey, error) {
	n, err := c.Store.ChangeCount(ctx, "duties")
	return dutyKey{changes: n, day: today.Format(hall.DateLayout), settings: vs}, err
}

// dutyCoverage is the number of visit duties of all households today and how many are kept.
func (c *Core) dutyCoverage(ctx context.Context, vs hall.VisitSettings) (duties, onTime int, err error) {
	today := c.today()
	c.duties.mu.Lock()
	defer c.duties.mu.Unlock()
	key, err := c.dutyKey(ctx, vs, today)
	if err != nil {
		return 0, 0, err
	}
	c.duties.current(key)
	if c.duties.coverage == nil {
		var sum [2]int
		err := c.Store.EachDutyFacts(ctx, func(facts []hall.DutyFacts) error {
			d, o := hall.DutyCoverage(facts, vs, today)
			sum[0], sum[1] = sum[0]+d, sum[1]+o
			return nil
		})
		if err != nil {
			return 0, 0, err
		}
		c.duties.coverage = &sum
	}
	return c.duties.coverage[0], c.duties.coverage[1], nil
}

// cadreDuties tallies each cadre's visit duties over the asked period (see hall.CadreDuties).
func (c *Core) cadreDuties(ctx context.Context, vs hall.VisitSettings, asked hall.Period) (map[int64]hall.DutyTally, error) {
	today := c.today()
	c.duties.mu.Lock()
	defer c.duties.mu.Unlock()
	key, err := c.dutyKey(ctx, vs, today)
	if err != nil {
		return nil, err
	}
	c.duties.current(key)
	if t, ok := c.duties.tallies[asked]; ok {
		return t, nil
	}
	t := map[int64]hall.DutyTally{}
	err = c.Store.EachDutyFacts(ctx, func(facts []hall.DutyFacts) error {
		for id, part := range hall.CadreDuties(facts, vs, today, asked) {
			sum := t[id]
			sum.Duties, sum.OnTime, sum.Expected = sum.Duties+part.Duties, sum.OnTime+part.OnTime, sum.Expected+part.Expected
			t[id] = sum
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(c.duties.tallies) >= 16 { // periods asked for are few; do not let them pile up
		clear(c.duties.tallies)
	}
	c.duties.tallies[asked] = t
	return t, nil
}
