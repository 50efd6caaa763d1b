package sqlite

import (
	"sort"
	"sync"
	"testing"
	"time"

	"halldesk/backend/hall"
)

// TestReserveLoginIsAtomic takes many attempts at once: exactly the allowed number is reserved,
// each with its own number, and the last one locks the account.
func TestReserveLoginIsAtomic(t *testing.T) {
	s, c, _ := newStore(t)
	boss := setupHall(t, s)
	a := hall.Actor{OperatorID: boss.ID, Name: boss.Name}
	clerk, err := s.CreateOperator(ctx, a, hall.OperatorInput{Username: "wang", Name: "王芳", Role: hall.RoleClerk}, hashOf("pw"))
	must(t, err)

	var mu sync.Mutex
	var got []int
	var wg sync.WaitGroup
	for range 24 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			at, ok, err := s.ReserveLogin(ctx, "wang", c.now(), hall.MaxFailedLogins, hall.LockDuration)
			if err != nil {
				t.Error(err)
				return
			}
			if ok {
				mu.Lock()
				got = append(got, at.Failed)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Ints(got)
	if len(got) != hall.MaxFailedLogins || got[0] != 1 || got[len(got)-1] != hall.MaxFailedLogins {
		t.Fatalf("reserved attempts = %v, want 1..%d", got, hall.MaxFailedLogins)
	}
	op, err := s.Operator(ctx, clerk.ID)
	must(t, err)
	if op.LockedUntil != c.now().Add(hall.LockDuration).UTC().Format(time.RFC3339) {
		t.Fatalf("locked until %q", op.LockedUntil)
	}

	t.Run("a deactivated account is never reserved", func(t *testing.T) {
		must(t, s.SetOperatorActive(ctx, a, clerk.ID, versionOf(t, s, "operators", clerk.ID), false))
		c.advance(time.Hour)
		if _, ok, err := s.ReserveLogin(ctx, "wang", c.now(), hall.MaxFailedLogins, hall.LockDuration); err != nil || ok {
			t.Fatalf("reserved: %v %v", ok, err)
		}
	})
}
