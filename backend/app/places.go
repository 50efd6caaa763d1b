package app

import (
	"context"

	"halldesk/backend/hall"
)

// PlaceService lists and edits the hall's villages (嘎查村/社区) and groups (组).
type PlaceService struct {
	c    *Core
	seat *Seat
}

// Villages lists villages with their groups; inactive ones too when includeInactive.
func (s *PlaceService) Villages(includeInactive bool) ([]hall.Village, error) {
	return run(s.c, s.seat, "", func(ctx context.Context, _ hall.Operator) ([]hall.Village, error) {
		return s.c.Store.Villages(ctx, includeInactive)
	})
}

// SaveVillage adds or edits a village (administrator).
func (s *PlaceService) SaveVillage(in hall.VillageInput) (int64, error) {
	return run(s.c, s.seat, hall.PermManagePlaces, func(ctx context.Context, op hall.Operator) (int64, error) {
		in, err := in.Clean()
		if err != nil {
			return 0, err
		}
		return s.c.Store.SaveVillage(ctx, actor(op), in)
	})
}

// SaveGroup adds or edits a group (administrator).
func (s *PlaceService) SaveGroup(in hall.GroupInput) (int64, error) {
	return run(s.c, s.seat, hall.PermManagePlaces, func(ctx context.Context, op hall.Operator) (int64, error) {
		in, err := in.Clean()
		if err != nil {
			return 0, err
		}
		return s.c.Store.SaveGroup(ctx, actor(op), in)
	})
}
