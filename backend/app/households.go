package app

import (
	"context"

	"halldesk/backend/hall"
)

// HouseholdService manages households (家庭户) and lists their members.
type HouseholdService struct {
	c    *Core
	seat *Seat
}

// Search returns one page of households.
func (s *HouseholdService) Search(q hall.HouseholdQuery) (hall.HouseholdPage, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.HouseholdPage, error) {
		if len(q.Text) > 100 {
			return hall.HouseholdPage{}, hall.Invalid("text", "查询内容过长")
		}
		return s.c.Store.SearchHouseholds(ctx, q)
	})
}

// Get returns a household with its members, masked.
func (s *HouseholdService) Get(id int64) (hall.Household, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, _ hall.Operator) (hall.Household, error) {
		h, err := s.c.Store.Household(ctx, id)
		return s.c.maskHousehold(h), err
	})
}

// Save creates (ID 0) or edits a household.
func (s *HouseholdService) Save(in hall.HouseholdInput) (hall.Household, error) {
	return run(s.c, s.seat, hall.PermEditResidents, func(ctx context.Context, op hall.Operator) (hall.Household, error) {
		in, err := in.Clean()
		if err != nil {
			return hall.Household{}, err
		}
		id, err := s.c.Store.SaveHousehold(ctx, actor(op), in)
		if err != nil {
			return hall.Household{}, err
		}
		h, err := s.c.Store.Household(ctx, id)
		return s.c.maskHousehold(h), err
	})
}

func (c *Core) maskHousehold(h hall.Household) hall.Household {
	for i := range h.Members {
		h.Members[i] = c.mask(h.Members[i])
	}
	return h
}
