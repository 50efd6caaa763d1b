package app

import (
	"context"
	"fmt"

	"halldesk/backend/pdf"

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
		if err := hall.CheckQuery(q.Text); err != nil {
			return hall.HouseholdPage{}, err
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

// PrintSheet prints the household's member sheet (家庭户成员信息登记表) for the head to check
// and sign. Numbers stay masked on paper; the print is audited.
func (s *HouseholdService) PrintSheet(id int64) (Document, error) {
	return run(s.c, s.seat, hall.PermViewResidents, func(ctx context.Context, op hall.Operator) (Document, error) {
		h, err := s.c.Store.Household(ctx, id)
		if err != nil {
			return Document{}, err
		}
		hs, err := s.c.Store.Settings(ctx)
		if err != nil {
			return Document{}, err
		}
		data, missing, err := pdf.HouseholdSheet(s.c.maskHousehold(h), hs, op.Name, s.c.Now())
		if err != nil {
			return Document{}, err
		}
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActPrint, "家庭户", id, "家庭户成员信息登记表"); err != nil {
			return Document{}, err
		}
		return s.c.deliver(ctx, actor(op), fmt.Sprintf("家庭户成员信息登记表-%s", h.HeadNameOr(h.Address)), data, missing)
	})
}
