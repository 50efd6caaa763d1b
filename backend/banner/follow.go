package banner

import (
	"context"
	"time"
)

// Follow keeps every hall's copy following its replica until ctx ends: every interval it asks
// each replica for its newest state and restores the halls whose replica moved on since their
// copy was taken (or that have none yet).
func (c *Console) Follow(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		c.catchUp(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// catchUp refreshes the halls whose replica is newer than their copy.
func (c *Console) catchUp(ctx context.Context) {
	halls, err := c.Core.Store.BannerHalls(ctx)
	if err != nil {
		c.Core.Log.Warn("banner: reading the halls", "err", err)
		return
	}
	for _, h := range halls {
		if ctx.Err() != nil {
			return
		}
		if c.copies.has(h.ID) && h.ReplicatedAt != "" {
			t, err := c.targets.get(h.ID)
			if err != nil {
				continue
			}
			at, err := c.Latest(ctx, t)
			if err != nil || at.UTC().Format(time.RFC3339) <= h.ReplicatedAt {
				continue // unreachable now (the next refresh says why) or nothing new
			}
		}
		c.refresh(ctx, h.ID)
	}
}
